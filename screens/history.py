"""The audit log on screen: a citizen's change log and one record's history.

Read-only. Every logged value is user text: it is shown as `rich.text.Text`
(never markup), with control characters made visible, CPR numbers masked and
long text shortened. The facilitator's screen may be projected, so values of
private items are hidden until the facilitator presses R.
"""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from screens.i18n import language, t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import LocalizedBindings
from store import NotFound, Store
from store.audit import one_line, value_label
from store.models import AuditEntry

MAX_ROWS = 1000
"""The newest rows shown; the whole log is in `rundbord export log`."""
VALUE_WIDTH = 40
WHO_WIDTH = 20
WHAT_WIDTH = 50


def column_widths(screen_width: int) -> tuple[int, int, int]:
    """(who, what, value) widths so that before and after fit beside the rest.

    At 160 columns and more: 20, 50, 40. Narrower, the columns shrink so the
    old and the new value stay on screen (100 columns: 12, 20, 16).
    """
    fixed = 16 + 8 + 6 * 2 + 2  # when, action, cell padding, scrollbar
    room = screen_width - fixed
    if room >= WHO_WIDTH + WHAT_WIDTH + 2 * VALUE_WIDTH:
        return WHO_WIDTH, WHAT_WIDTH, VALUE_WIDTH
    who = 12
    rest = max(room - who, 30)
    value = max(rest * 3 // 10, 8)
    return who, max(rest - 2 * value, 10), value


def table_words(table: str) -> str:
    key = f"history.table.{table}"
    label = t(key)
    return table if label == key else label


def field_words(field: str) -> str:
    key = f"history.field.{field}"
    label = t(key)
    return field.replace("_", " ") if label == key else label


def action_words(action: str) -> str:
    key = f"history.action.{action}"
    label = t(key)
    return action if label == key else label


class _LogScreen(LocalizedBindings):
    """A DataTable of audit entries, newest first."""

    CSS_PATH = "history.tcss"
    BINDINGS = [
        Binding("escape,q", "back", "history.key.back"),
        Binding("R", "toggle_private", "history.key.reveal"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.show_private = False
        self.entries: list[AuditEntry] = []
        self.total = 0
        self.private: set[tuple[str, int]] = set()
        self.widths = (WHO_WIDTH, WHAT_WIDTH, VALUE_WIDTH)

    # -- what each screen supplies --------------------------------------
    def load(self) -> list[AuditEntry]:
        raise NotImplementedError

    def heading(self) -> str:
        raise NotImplementedError

    def what(self, entry: AuditEntry) -> str:
        return f"{table_words(entry.table_name)} {entry.record_id}: {field_words(entry.field)}"

    def capped_note(self) -> str:
        return t("history.count_capped", shown=len(self.entries), n=self.total, id="")

    # -- composing -------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(Text(self.heading()), classes="history-title", id="history-title")
        yield Static(Text(t("history.intro")), classes="history-note", id="history-intro")
        yield Static("", classes="history-note", id="history-status")
        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True, classes="history-table",
                                           id="history-table")
        yield table
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#history-table", DataTable)
        for key in ("when", "who", "action", "what", "old", "new"):
            table.add_column(t(f"history.col.{key}"), key=key)
        self.widths = column_widths(self.app.size.width)
        everything = self.load()
        self.total = len(everything)
        self.entries = list(reversed(everything))[:MAX_ROWS]
        self.private = self.store.private_records(everything)
        self.fill()
        table.focus()

    def fill(self) -> None:
        table = self.query_one("#history-table", DataTable)
        table.clear()
        for e in self.entries:
            table.add_row(*self.cells(e), key=str(e.id))
        status: list[str] = []
        if not self.entries:
            status.append(t("history.empty"))
        elif self.total > len(self.entries):
            status.append(self.capped_note())
        else:
            status.append(t("history.count", n=self.total))
        if any((e.table_name, e.record_id) in self.private for e in self.entries):
            status.append(t("history.revealed_note") if self.show_private else t("history.hidden_note"))
        self.query_one("#history-status", Static).update(Text("  ".join(status)))

    def cells(self, e: AuditEntry) -> list[Text]:
        who_width, what_width, value_width = self.widths
        hidden = (e.table_name, e.record_id) in self.private and not self.show_private
        if hidden and e.field != "private":
            old = new = Text(t("history.hidden"), style="italic")
        else:
            old = Text(one_line(value_label(e.table_name, e.field, e.old_value, self.store.catalog, language()), value_width))
            new = Text(one_line(value_label(e.table_name, e.field, e.new_value, self.store.catalog, language()), value_width))
        return [
            Text(f"{e.at:%d-%m-%Y %H:%M}"),
            Text(one_line(e.user, who_width)),
            Text(action_words(e.action.value)),
            Text(one_line(self.what(e), what_width)),
            old,
            new,
        ]

    def selected_entry(self) -> AuditEntry | None:
        table = self.query_one("#history-table", DataTable)
        if not self.entries or table.cursor_row < 0 or table.cursor_row >= len(self.entries):
            return None
        return self.entries[table.cursor_row]

    # -- actions -----------------------------------------------------------
    def action_back(self) -> None:
        self.dismiss(None)

    def action_toggle_private(self) -> None:
        self.show_private = not self.show_private
        table = self.query_one("#history-table", DataTable)
        row = table.cursor_row
        self.fill()
        if self.entries:
            table.move_cursor(row=min(row, len(self.entries) - 1))


class ChangeLogScreen(_LogScreen):
    """Everything done with one citizen's data: when, who, what, before -> after."""

    BINDINGS = [Binding("enter", "record", "history.key.record")]

    def __init__(self, store: Store, citizen_id: int) -> None:
        super().__init__(store)
        self.citizen_id = citizen_id

    def load(self) -> list[AuditEntry]:
        return self.store.citizen_log(self.citizen_id)

    def heading(self) -> str:
        try:
            name = self.store.get_citizen(self.citizen_id).name
        except NotFound:
            name = f"#{self.citizen_id}"
        return t("history.title", name=one_line(name, 80))

    def capped_note(self) -> str:
        return t("history.count_capped", shown=len(self.entries), n=self.total, id=self.citizen_id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_record()

    def action_record(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.app.push_screen(RecordHistoryScreen(self.store, entry.table_name, entry.record_id))


class RecordHistoryScreen(_LogScreen):
    """Every logged change to one record."""

    def __init__(self, store: Store, table: str, record_id: int) -> None:
        super().__init__(store)
        self.table_name = table
        self.record_id = record_id

    def load(self) -> list[AuditEntry]:
        return self.store.record_history(self.table_name, self.record_id)

    def heading(self) -> str:
        return t("history.record_title", what=table_words(self.table_name), id=self.record_id)

    def what(self, entry: AuditEntry) -> str:
        return field_words(entry.field)
