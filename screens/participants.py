"""The plan's participants: who takes part, in which role.

| key | action |
|---|---|
| n | new participant |
| enter, e | edit the selected participant |
| delete | delete the selected participant (asks first; their agreements go too) |
| ctrl+z | undo the last delete |
| escape | back to the plan |
"""
from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Static

from screens.i18n import t
from screens.widgets.localized import LocalizedModal
from screens.widgets.optional import optional_screen
from screens.widgets.plan_text import harmless
from store import InputError, Store
from store.removal import Removed

EDITORS = "screens.editors"


class ParticipantsScreen(LocalizedModal):
    """Lists the participants of one plan; dismisses with None."""

    BINDINGS = [
        Binding("n", "new", "participants.key.new", id="participants.new"),
        Binding("e", "edit", "participants.key.edit", id="participants.edit"),
        Binding("delete", "delete", "participants.key.delete", id="participants.delete"),
        Binding("ctrl+z", "undo", "participants.key.undo", show=False, id="participants.undo"),
        Binding("escape", "close", "participants.key.close", id="participants.close"),
    ]

    def __init__(self, store: Store, plan_id: int) -> None:
        super().__init__()
        self.store = store
        self.plan_id = plan_id
        self.undo_stack: list[Removed] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="participants-box"):
            yield Static(Text(t("participants.title")), id="participants-title")
            yield DataTable(id="participant-table", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table: DataTable[Text] = self.query_one("#participant-table", DataTable)
        table.add_column(t("participants.col.name"), key="name", width=26)
        table.add_column(t("participants.col.role"), key="role", width=20)
        table.add_column(t("participants.col.organisation"), key="org")
        self.reload()
        table.focus()

    def reload(self) -> None:
        table: DataTable[Text] = self.query_one("#participant-table", DataTable)
        selected = self.selected_id()
        table.clear()
        for p in self.store.participants(self.plan_id):
            table.add_row(Text(harmless(p.name)), Text(t("role." + p.role.value)), Text(harmless(p.organisation)),
                          key=str(p.id))
        if selected is not None:
            try:
                table.move_cursor(row=table.get_row_index(str(selected)))
            except Exception:  # noqa: BLE001 - it was deleted
                pass

    def selected_id(self) -> int | None:
        table: DataTable[Text] = self.query_one("#participant-table", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return int(key) if key else None

    def _open_editor(self, participant_id: int | None) -> None:
        editor = optional_screen(EDITORS, "ParticipantEditor")
        if editor is None:
            self.notify(t("app.not_installed"), severity="warning")
            return
        self.app.push_screen(editor(self.store, self.plan_id, participant_id), callback=self._edited)

    def _edited(self, result: Any) -> None:
        if result is not None:
            self.reload()

    @on(DataTable.RowSelected, "#participant-table")
    def _row_selected(self) -> None:
        self.action_edit()

    def action_new(self) -> None:
        self._open_editor(None)

    def action_edit(self) -> None:
        pid = self.selected_id()
        if pid is not None:
            self._open_editor(pid)

    def action_delete(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        try:
            preview = self.store.removal_preview("participant", pid)
        except InputError as exc:
            self.notify(exc.message, severity="error")
            return
        name = str(getattr(preview.record, "name", ""))
        question = t("plan.confirm_delete.participant", text=name)
        agreements = sum(1 for r in preview.records if type(r).__table__ == "agreement")
        if agreements:
            question += " " + t("participants.confirm_agreements", count=agreements)
        confirm = optional_screen(EDITORS, "ConfirmScreen")
        if confirm is None:
            self.notify(t("app.not_installed"), severity="warning")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.undo_stack.append(self.store.remove("participant", pid))
                self.reload()
                self.notify(t("plan.deleted"))

        self.app.push_screen(confirm(question), callback=answered)

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify(t("plan.nothing_to_undo"), severity="warning")
            return
        self.store.restore(self.undo_stack.pop())
        self.reload()
        self.notify(t("plan.undone"))

    def action_close(self) -> None:
        self.dismiss(None)
