"""A small modal list of one kind of record under the plan, with new / edit / delete / undo.

The participants of a plan and the activities of a goal are both short lists a
facilitator opens from the plan, edits in the record's own editor and may
delete (asking first, undone at once with ctrl+z). `RecordListScreen` holds
that behaviour; a subclass says which records, which columns and which editor.

| key | action |
|---|---|
| n | new record |
| enter, e | edit the selected record |
| delete | delete the selected record (asks first) |
| ctrl+z | undo the last delete |
| escape | back to the plan |
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Static

from screens.i18n import error_text, t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import LocalizedModal
from screens.widgets.removal import confirm_and_remove, undo_last_removal
from screens.widgets.plan_text import harmless
from store import Store, StoreError
from store.removal import Removed


Column = tuple[str, int | None]
"""A column's heading (already translated) and its width (None: the rest)."""


def list_bindings(prefix: str) -> list[Binding | tuple[str, str] | tuple[str, str, str]]:
    """The list's keys, labelled from the catalogue under `prefix` ("participants.key.new" ...)."""
    return [
        Binding("n", "new", f"{prefix}.key.new", id=f"{prefix}.new"),
        Binding("e", "edit", f"{prefix}.key.edit", id=f"{prefix}.edit"),
        Binding("delete", "delete", f"{prefix}.key.delete", id=f"{prefix}.delete"),
        Binding("ctrl+z", "undo", f"{prefix}.key.undo", show=False, id=f"{prefix}.undo"),
        Binding("escape", "close", f"{prefix}.key.close", id=f"{prefix}.close"),
    ]


class RecordListScreen(LocalizedModal):
    """Lists records of one table; dismisses with None. Subclasses fill in the hooks."""

    DEFAULT_CSS = """
    RecordListScreen { align: center middle; background: $background 60%; }
    RecordListScreen > .record-box {
        width: 90; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface;
    }
    RecordListScreen .record-title { text-style: bold; background: $primary 30%; padding: 0 1; }
    RecordListScreen .record-empty { color: $text-muted; padding: 1 1; }
    RecordListScreen DataTable { height: auto; max-height: 20; }
    """

    BINDINGS = list_bindings("records")

    table_name: str = ""
    """The store table, for removal."""
    box_id: str = "record-box"
    table_id: str = "record-table"

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.undo_stack: list[Removed] = []

    # -- hooks ---------------------------------------------------------------
    def title_text(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        return ""

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def rows(self) -> list[tuple[int, list[Text]]]:
        """(record id, cells) in display order."""
        raise NotImplementedError

    def editor(self, record_id: int | None) -> Screen[Any]:
        """The editor for one record (None: a new one)."""
        raise NotImplementedError

    def delete_question(self, record: Any, preview: Any) -> str:
        raise NotImplementedError

    # -- screen ----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Vertical(id=self.box_id, classes="record-box"):
            yield Static(Text(self.title_text()), classes="record-title")
            yield Static(Text(self.empty_text()), classes="record-empty")
            yield DataTable(id=self.table_id, cursor_type="row", zebra_stripes=True)
        yield KeyBar(compact=True)

    def on_mount(self) -> None:
        table: DataTable[Text] = self.query_one(DataTable)
        columns = self.columns()
        # The last, open-ended column takes what is left of the box (90 wide at most),
        # so nothing runs off to the right behind a horizontal scrollbar.
        rest = min(90, self.app.size.width) - 2 - sum((w or 0) + 2 for _, w in columns) - 2
        for index, (heading, width) in enumerate(columns):
            table.add_column(heading, key=str(index), width=width if width is not None else max(10, rest))
        self.reload()
        table.focus()

    def reload(self) -> None:
        table: DataTable[Text] = self.query_one(DataTable)
        selected = self.selected_id()
        table.clear()
        rows = self.rows()
        for record_id, cells in rows:
            table.add_row(*cells, key=str(record_id))
        self.query_one(".record-empty").display = not rows and bool(self.empty_text())
        if selected is not None and any(rid == selected for rid, _ in rows):
            table.move_cursor(row=table.get_row_index(str(selected)))

    def selected_id(self) -> int | None:
        table: DataTable[Text] = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return int(key) if key else None

    def _open_editor(self, record_id: int | None) -> None:
        self.app.push_screen(self.editor(record_id), callback=self._edited)

    def _edited(self, result: Any) -> None:
        if result is not None:
            self.reload()

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_edit()

    def action_new(self) -> None:
        self._open_editor(None)

    def action_edit(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self._open_editor(record_id)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_delete(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        try:
            preview = self.store.removal_preview(self.table_name, record_id)
        except StoreError as exc:
            self.notify(harmless(error_text(exc)), severity="error", markup=False)
            return
        question = self.delete_question(preview.record, preview)
        confirm_and_remove(self, self.store, self.table_name, record_id, question, self.undo_stack, self.reload)

    def action_undo(self) -> None:
        undo_last_removal(self, self.store, self.undo_stack, self.reload)
