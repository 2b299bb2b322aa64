"""The follow-up year (årshjul): what needs the facilitator, across all citizens.

Two views. The next weeks: planned meetings, goal periods ending and
agreements falling due from today to today + N weeks (both days included),
SMTTE evaluations due in that window or already past, and overdue
agreements; sorted by date (`rundbord due` prints the same list). The year
(`y`): twelve months from this month, month by month: every meeting (planned
or held), goal periods ending, SMTTE evaluations due and held, agreements due
(`rundbord due --year` prints it).

Bindings:

| key | action |
|---|---|
| + / - | one week more / less (the next weeks) |
| [ / ] | a month earlier / later (the year) |
| y | the year, or the next weeks again |
| enter | open the citizen's plan |
| escape | back |
"""
from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Static

from screens.i18n import t
from screens.widgets.footer import KeyBar
from screens.widgets.plan_text import harmless
from screens.widgets.localized import LocalizedBindings
from store import Store
from store.dates import format_date
from store.follow_up import PRIVATE_MARK, DueItem, DueKind, MonthOfYear, due_window, month_start, year_window
from store import clock

KIND_MARK = {
    DueKind.OVERDUE: "!",
    DueKind.MEETING: "◷",
    DueKind.GOAL_END: "⏵",
    DueKind.SMTTE: "✎",
    DueKind.REPEAT: "↻",
    DueKind.SMTTE_HELD: "✓",
    DueKind.AGREEMENT: "→",
}
YEAR_MONTHS = 12


class DueScreen(LocalizedBindings):
    """The facilitator's "what needs me" list across all citizens."""

    CSS_PATH = "progression.tcss"
    BINDINGS = [
        Binding("plus,+", "weeks(1)", "duelist.key.more"),
        Binding("minus,-", "weeks(-1)", "duelist.key.less"),
        Binding("left_square_bracket", "months(-1)", "duelist.key.earlier", key_display="["),
        Binding("right_square_bracket", "months(1)", "duelist.key.later", key_display="]"),
        Binding("y", "toggle_year", "duelist.key.year"),
        Binding("enter", "open_plan", "duelist.key.open", show=True),
        Binding("escape", "back", "duelist.key.back"),
    ]

    def __init__(self, store: Store, *, today: date | None = None, weeks: int = 4, year: bool = False) -> None:
        super().__init__()
        self.store = store
        self.today = today or clock.today()
        self.weeks = max(0, weeks)
        self.year = year
        """Show the year month by month (else the next weeks)."""
        self.first_month = month_start(self.today)
        self.items: list[DueItem] = []
        self.rows: list[DueItem | None] = []
        """What each table row is (None: a month's heading)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The week keys in the list of the next weeks, the month keys in the year."""
        if action == "weeks":
            return not self.year
        if action == "months":
            return self.year
        return True

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="due-window", markup=False)
        yield DataTable(id="due-table", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = t("duelist.title")
        table = self.query_one("#due-table", DataTable)
        self.reload()

    def reload(self) -> None:
        table = self.query_one("#due-table", DataTable)
        table.clear(columns=True)
        # Fixed widths so the details stay on screen; long texts wrap onto more lines.
        width = table.scrollable_content_region.width or table.size.width or self.app.size.width
        side = 16 if width >= 96 else 12
        fixed = {"date": 10, "kind": 20, "citizen": side, "detail": side + 2}
        what = max(14, width - sum(fixed.values()) - 2 * 5 - 1)
        for key in ("date", "kind", "citizen", "what", "detail"):
            table.add_column(t(f"duelist.col.{key}"), key=key, width=fixed.get(key, what))
        if self.year:
            self._fill_year(table)
        else:
            self._fill_weeks(table)
        self.refresh_bindings()

    def _fill_weeks(self, table: DataTable[Text]) -> None:
        self.items = self.store.due_items(self.today, self.weeks)
        self.rows = list(self.items)
        start, end = due_window(self.today, self.weeks)
        header = Text(t("duelist.window", start=format_date(start), end=format_date(end), weeks=self.weeks,
                        unit=t("duelist.week" if self.weeks == 1 else "duelist.weeks"), count=len(self.items),
                        items=t("duelist.item" if len(self.items) == 1 else "duelist.items")))
        if not self.items:
            header.append("\n" + t("duelist.empty"), style="italic")
        self.query_one("#due-window", Static).update(header)
        for i, item in enumerate(self.items):
            self._add_item(table, item, str(i))

    def _fill_year(self, table: DataTable[Text]) -> None:
        months: list[MonthOfYear] = self.store.year_wheel(self.first_month, YEAR_MONTHS, today=self.today)
        self.items = [it for m in months for it in m.items]
        start, end = year_window(self.first_month, YEAR_MONTHS)
        count = len(self.items)
        self.query_one("#due-window", Static).update(Text(t(
            "duelist.year", start=format_date(start), end=format_date(end), count=count,
            items=t("duelist.item" if count == 1 else "duelist.items"))))
        self.rows = []
        for m in months:
            n = len(m.items)
            in_month = f"{n} {t('duelist.item' if n == 1 else 'duelist.items')}" if n else t("duelist.month_empty")
            self.rows.append(None)  # the month's heading: its name in the date column, the year and count beside it
            table.add_row(Text(t(f"month.{m.month}").capitalize(), style="bold reverse"),
                          Text(t("duelist.month", year=m.year, count=in_month), style="bold reverse"),
                          Text(""), Text(""), Text(""), key=f"month-{m.year}-{m.month}")
            for item in m.items:
                self.rows.append(item)
                self._add_item(table, item, f"{m.year}-{m.month}-{len(self.rows)}")

    def _add_item(self, table: DataTable[Text], item: DueItem, key: str) -> None:
        style = "bold" if item.kind is DueKind.OVERDUE else ""
        table.add_row(
            Text(format_date(item.date), style=style),
            Text(f"{KIND_MARK[item.kind]} {t(f'duelist.kind.{item.kind.value}')}", style=style),
            Text(harmless(item.citizen_name)),
            Text((PRIVATE_MARK if item.private else "") + harmless(item.what)),
            Text(harmless(item.detail), style="dim"),
            key=key,
            height=None,
        )

    def on_resize(self) -> None:
        if self.is_mounted:
            self.reload()

    def action_weeks(self, delta: int) -> None:
        self.weeks = max(0, min(52, self.weeks + delta))
        self.reload()

    def action_months(self, delta: int) -> None:
        self.first_month = month_start(self.first_month, delta)
        self.reload()

    def action_toggle_year(self) -> None:
        self.year = not self.year
        self.first_month = month_start(self.today)
        self.reload()

    def selected(self) -> DueItem | None:
        table = self.query_one("#due-table", DataTable)
        if not self.rows or table.cursor_row < 0 or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def action_open_plan(self) -> None:
        item = self.selected()
        if item is None:
            return
        from screens.plan import plan_screen

        self.app.push_screen(plan_screen(self.app, self.store, item.citizen_id))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_plan()

    def action_back(self) -> None:
        self.dismiss()
