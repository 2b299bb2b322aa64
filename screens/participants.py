"""The plan's participants: who takes part, in which role (n new, enter edit, delete, ctrl+z)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text

from screens.editors import ParticipantEditor
from screens.i18n import t
from screens.record_list import Column, RecordListScreen, list_bindings
from screens.widgets.plan_text import harmless
from store import Store


class ParticipantsScreen(RecordListScreen):
    """Lists the participants of one plan; deleting one also deletes their agreements (asks first)."""

    BINDINGS = list_bindings("participants")
    table_name = "participant"
    box_id = "participants-box"
    table_id = "participant-table"

    def __init__(self, store: Store, plan_id: int) -> None:
        super().__init__(store)
        self.plan_id = plan_id

    def title_text(self) -> str:
        return t("participants.title")

    def columns(self) -> Sequence[Column]:
        return [(t("participants.col.name"), 20), (t("participants.col.role"), 14),
                (t("participants.col.organisation"), 18), (t("participants.col.email"), None)]

    def rows(self) -> list[tuple[int, list[Text]]]:
        return [(p.id or 0, [Text(harmless(p.name)), Text(t("role." + p.role.value)), Text(harmless(p.organisation)),
                             Text(harmless(p.email)) if p.email else Text(t("participants.no_email"), style="dim")])
                for p in self.store.participants(self.plan_id)]

    def editor(self, record_id: int | None) -> ParticipantEditor:
        return ParticipantEditor(self.store, self.plan_id, record_id)

    def delete_question(self, record: Any, preview: Any) -> str:
        question = t("plan.confirm_delete.participant", text=harmless(str(getattr(record, "name", ""))))
        agreements = sum(1 for r in preview.records if type(r).__table__ == "agreement")
        if agreements:
            question += " " + t("participants.confirm_agreements", count=agreements)
        return question
