"""The follow-up year (årshjul): what needs the facilitator, across all citizens.

Planned meetings and goal periods ending from today to today + N weeks (both
days included), SMTTE evaluations due in that window or already past, and
overdue agreements; sorted by date. `rundbord due` prints the same list.

Bindings:

| key | action |
|---|---|
| + | one week more |
| - | one week less |
| enter | open the citizen's plan (when the plan screen exists) |
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
from screens.widgets.localized import LocalizedBindings
from store import Store
from store.dates import format_date
from store.progression import PRIVATE_MARK, DueItem, DueKind, due_window
from store import clock

KIND_MARK = {
    DueKind.OVERDUE: "!",
    DueKind.MEETING: "◷",
    DueKind.GOAL_END: "⏵",
    DueKind.SMTTE: "✎",
    DueKind.REPEAT: "↻",
}


class DueScreen(LocalizedBindings):
    """The facilitator's "what needs me" list across all citizens."""

    CSS_PATH = "progression.tcss"
    BINDINGS = [
        Binding("plus,+", "weeks(1)", "duelist.key.more"),
        Binding("minus,-", "weeks(-1)", "duelist.key.less"),
        Binding("enter", "open_plan", "duelist.key.open", show=True),
        Binding("escape", "back", "duelist.key.back"),
    ]

    def __init__(self, store: Store, *, today: date | None = None, weeks: int = 4) -> None:
        super().__init__()
        self.store = store
        self.today = today or clock.today()
        self.weeks = max(0, weeks)
        self.items: list[DueItem] = []

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
        self.items = self.store.due_items(self.today, self.weeks)
        start, end = due_window(self.today, self.weeks)
        header = Text(t("duelist.window", start=format_date(start), end=format_date(end), weeks=self.weeks,
                        unit=t("duelist.week" if self.weeks == 1 else "duelist.weeks"), count=len(self.items),
                        items=t("duelist.item" if len(self.items) == 1 else "duelist.items")))
        if not self.items:
            header.append("\n" + t("duelist.empty"), style="italic")
        self.query_one("#due-window", Static).update(header)
        table = self.query_one("#due-table", DataTable)
        table.clear(columns=True)
        # Fixed widths so the details stay on screen; long texts wrap onto more lines.
        width = table.scrollable_content_region.width or table.size.width or self.app.size.width
        side = 16 if width >= 96 else 12
        fixed = {"date": 10, "kind": 20, "citizen": side, "detail": side + 2}
        what = max(14, width - sum(fixed.values()) - 2 * 5 - 1)
        for key in ("date", "kind", "citizen", "what", "detail"):
            table.add_column(t(f"duelist.col.{key}"), key=key, width=fixed.get(key, what))
        for i, item in enumerate(self.items):
            style = "bold" if item.kind is DueKind.OVERDUE else ""
            table.add_row(
                Text(format_date(item.date), style=style),
                Text(f"{KIND_MARK[item.kind]} {t(f'duelist.kind.{item.kind.value}')}", style=style),
                Text(item.citizen_name),
                Text((PRIVATE_MARK if item.private else "") + item.what),
                Text(item.detail, style="dim"),
                key=str(i),
                height=None,
            )

    def on_resize(self) -> None:
        if self.is_mounted:
            self.reload()

    def action_weeks(self, delta: int) -> None:
        self.weeks = max(0, min(52, self.weeks + delta))
        self.reload()

    def selected(self) -> DueItem | None:
        table = self.query_one("#due-table", DataTable)
        if not self.items or table.cursor_row < 0 or table.cursor_row >= len(self.items):
            return None
        return self.items[table.cursor_row]

    def action_open_plan(self) -> None:
        item = self.selected()
        if item is None:
            return
        from screens.plan import PlanScreen

        self.app.push_screen(PlanScreen(self.store, item.citizen_id))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_plan()

    def action_back(self) -> None:
        self.dismiss()
