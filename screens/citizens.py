"""The citizens list: search as you type, create a citizen, open a plan.

Keys: `/` search, `n` new citizen, `enter` open, `w` what needs me this week.

The list shows the first `PAGE` citizens by name and says how many there are
in all: with 10,000 citizens a person types a few letters rather than scroll.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from screens.forms.text_input import TextInput
from screens.i18n import language, t
from screens.widgets.citizen_list import CitizenList, CitizenRow
from screens.widgets.footer import KeyBar
from screens.widgets.localized import LocalizedBindings
from screens.widgets.plan_text import harmless
from store.errors import InputError
from store.search_index import MAX_SEARCH_CHARS

if TYPE_CHECKING:  # the first screen is drawn from a ListStore, before the models load (store/list_store.py)
    from store import Store
    from store.list_store import ListStore


PAGE = 50
"""Citizens shown at a time; typing narrows the list."""


def thousands(n: int) -> str:
    """10000 -> '10.000' in Danish, '10,000' in English."""
    grouped = f"{n:,}"
    return grouped.replace(",", ".") if language() == "da" else grouped


class CitizensScreen(LocalizedBindings):
    """Every citizen, filtered by name or goal text while typing."""

    CSS_PATH = "citizens.tcss"
    AUTO_FOCUS = "#citizen-table"
    """Focused as the screen is built, so the table is drawn once, focused, for the first frame."""

    BINDINGS = [
        Binding("slash", "search", "citizens.key.search", id="citizens.search"),
        Binding("n", "new_citizen", "citizens.key.new", id="citizens.new"),
        Binding("enter", "open_selected", "citizens.key.open", id="citizens.open"),
        Binding("w", "due", "citizens.key.due", id="citizens.due"),
        Binding("escape", "leave_search", "citizens.key.list", show=False, id="citizens.list"),
    ]

    def __init__(self, store: Store | ListStore, *, today: date | None = None, selected: int | None = None) -> None:
        super().__init__()
        self.store = store
        self.today = today
        self._selected = selected
        """The citizen to select when the list is first read (the plan the facilitator came back from)."""
        self._count_said: str | None = None
        self._just_filled = False

    def compose(self) -> ComposeResult:
        with Vertical(id="citizens"):
            yield Static(Text(t("citizens.title")), id="citizens-title")
            yield TextInput(placeholder=t("citizens.search_placeholder"), id="citizen-search", compact=False)
            yield CitizenList((t("citizens.col.name"), t("citizens.col.plan_type"), t("citizens.col.goal")),
                              id="citizen-table")
            yield Static(id="citizens-count", markup=False)
            yield Static(Text(t("citizens.empty")), id="citizens-empty")
        yield KeyBar()

    def on_mount(self) -> None:
        # The list is read in the same turn as the key that changed the field (a watcher runs as the
        # value is set), so the field and the rows are drawn in one frame; `Input.Changed` reaches the
        # screen only after the field has drawn its own frame, and the rows followed one frame later.
        self.watch(self.query_one("#citizen-search", Input), "value", self._search_changed, init=False)
        if self.app.screen is self:  # not when a plan opens on top at once (rundbord --citizen N)
            self.reload()
            if self._selected is not None:
                self.query_one("#citizen-table", CitizenList).select_citizen(self._selected)
            self._just_filled = True

    def on_screen_resume(self) -> None:
        # The first resume is the screen's start (on_mount filled it), or comes when a
        # plan already covers it; the list is read when the screen is shown.
        if self._just_filled or self.app.screen is not self:
            self._just_filled = False
            return
        self.reload()

    @property
    def search_text(self) -> str:
        return self.query_one("#citizen-search", Input).value

    def reload(self) -> None:
        """Re-read the list with the current search, keeping the selected citizen."""
        table = self.query_one("#citizen-table", CitizenList)
        try:
            rows = self.store.list_citizens(self.search_text, limit=PAGE + 1)
        except InputError:  # too long to search: the text stays in the field, the reason shows in place
            self._show_message(t("citizens.search_too_long", max=MAX_SEARCH_CHARS))
            return
        more = len(rows) > PAGE
        rows = rows[:PAGE]
        # A key that leaves the list as it was (typing on into a name) draws nothing again; the
        # selected citizen stays selected while the list holds them.
        table.show([CitizenRow(row.id or 0, harmless(row.name), self._plan_type_name(row.plan_type),
                               harmless(row.overall_goal)) for row in rows])
        if not more:
            self._say_count("")
        elif self.search_text.strip():
            self._say_count(t("citizens.first_matches", shown=PAGE))
        else:
            self._say_count(t("citizens.shown_of", shown=PAGE, total=thousands(self.store.count_citizens())))
        if rows:
            # The count line keeps its place under the list (blank when all matches show): showing or
            # hiding it would lay the whole screen out again in the middle of typing.
            self.query_one("#citizens-count", Static).display = True
            self.query_one("#citizens-empty", Static).display = False
            table.display = True
        else:
            search = self.search_text.strip()
            self._show_message(t("citizens.no_match", text=search) if search else t("citizens.empty"))

    def _say_count(self, text: str) -> None:
        """The line under the list, drawn again only when its words change.

        Its size is fixed (one line, the list's width), so new words repaint it without
        laying the screen out again (`layout=False`).
        """
        if text != self._count_said:
            self._count_said = text
            self.query_one("#citizens-count", Static).update(Text(text, style="italic"), layout=False)

    def _plan_type_name(self, code: str) -> str:
        try:
            return self.store.catalog.plan_type(code).short
        except InputError:  # an unknown plan type still lists the citizen
            return code

    def _show_message(self, message: str) -> None:
        """`message` where the list would be (no match, no citizens, a search that cannot be made)."""
        table = self.query_one("#citizen-table", CitizenList)
        table.show(())
        table.display = False
        self.query_one("#citizens-count", Static).display = False
        empty = self.query_one("#citizens-empty", Static)
        empty.update(Text(harmless(message)))
        empty.display = True

    def selected_id(self) -> int | None:
        return self.query_one("#citizen-table", CitizenList).selected_id

    def _search_changed(self) -> None:
        self.reload()

    @on(Input.Submitted, "#citizen-search")
    def _search_submitted(self) -> None:
        table = self.query_one("#citizen-table", CitizenList)
        if table.row_count:
            table.focus()

    @on(CitizenList.Selected, "#citizen-table")
    def _row_selected(self, event: CitizenList.Selected) -> None:
        self.open_citizen(event.citizen_id)

    def action_search(self) -> None:
        self.query_one("#citizen-search", Input).focus()

    def action_leave_search(self) -> None:
        self.query_one("#citizen-table", CitizenList).focus()

    def action_open_selected(self) -> None:
        cid = self.selected_id()
        if cid is not None:
            self.open_citizen(cid)

    def full_store(self) -> Store:
        """The full store for what this screen opens (the list itself may be read from a `ListStore`)."""
        from store.list_store import full_store

        return full_store(self.store)

    def open_citizen(self, citizen_id: int) -> None:
        from screens.plan import plan_screen

        self.app.push_screen(plan_screen(self.app, self.full_store(), citizen_id, today=self.today))

    def action_new_citizen(self) -> None:
        from screens.editors import CitizenEditor

        self.app.push_screen(CitizenEditor(self.full_store()), callback=self._citizen_created)

    def _citizen_created(self, citizen: Any) -> None:
        self.reload()
        cid = getattr(citizen, "id", None)
        if cid is not None:
            self.open_citizen(int(cid))

    def action_due(self) -> None:
        from screens.due import DueScreen

        self.app.push_screen(DueScreen(self.full_store(), today=self.today))

