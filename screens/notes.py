"""The plan's notes: the plan's own and those written in meetings, each private, internal or shared.

Opened with `N` on the plan. n new plan note, enter edit, delete (asks), ctrl+z undo. A shared note
that no consent covers yet says so ("Delt, mangler samtykke"): relatives do not see it.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text

from screens.editors.note import NoteEditor
from screens.i18n import t
from screens.record_list import Column, RecordListScreen, list_bindings
from screens.widgets.plan_text import harmless
from store import Store
from store.dates import format_date
from store.enums import Audience, Sharing
from store.models import Note
from store.notes import sharing_of


class PlanNotesScreen(RecordListScreen):
    """Lists the notes of one plan, oldest first."""

    BINDINGS = list_bindings("notes")
    table_name = "note"
    box_id = "notes-box"
    table_id = "note-table"

    def __init__(self, store: Store, plan_id: int) -> None:
        super().__init__(store)
        self.plan_id = plan_id

    def title_text(self) -> str:
        return t("notes.title")

    def empty_text(self) -> str:
        return t("notes.empty")

    def columns(self) -> Sequence[Column]:
        return [(t("notes.col.date"), 10), (t("notes.col.level"), 12), (t("notes.col.where"), 16),
                (t("notes.col.text"), None)]

    def level_text(self, note: Note, relatives_see: bool) -> Text:
        level = sharing_of(note)
        if level is Sharing.SHARED and not relatives_see:
            return Text(t("sharing.waiting"), style="bold")
        return Text(t(f"sharing.{level.value}"))

    def rows(self) -> list[tuple[int, list[Text]]]:
        relatives = self.store.viewer(self.plan_id, Audience.RELATIVE)
        meetings = {m.id: m for m in self.store.meetings(self.plan_id)}
        out = []
        for n in self.store.plan_notes(self.plan_id):
            meeting = meetings.get(n.meeting_id) if n.meeting_id is not None else None
            where = t("notes.where.meeting", date=format_date(meeting.date)) if meeting else t("notes.where.plan")
            day = format_date(n.created_at.date()) if n.created_at else ""
            out.append((n.id or 0, [Text(day), self.level_text(n, relatives.sees(n)), Text(where),
                                    Text(harmless(n.text))]))
        return out

    def editor(self, record_id: int | None) -> NoteEditor:
        return NoteEditor(self.store, self.plan_id, record_id)

    def delete_question(self, record: Any, preview: Any) -> str:
        return t("notes.confirm_delete", text=harmless(str(getattr(record, "text", ""))))
