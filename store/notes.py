"""Notes with a home: plan notes and meeting notes, each private, internal or shared with relatives.

- private: only the authority's and the citizen's copies (a placeholder on the
  shared screen until revealed);
- internal: everyone working with the plan, not relatives;
- shared: relatives too, once the citizen's consent covers the note.

An agenda item's notes are marked the same way. The level is stored in the
items' two flags (`private`, `shared_with_relatives`); `sharing_of` reads it.
"""
from __future__ import annotations

from typing import Any

from .base import UseCases
from .clock import now
from .consent import ConsentUseCases
from .enums import Sharing
from .errors import InputError
from .models import AgendaItem, ConsentItem, Goal, Meeting, Note

_NO_CHANGE: Any = object()


def sharing_of(item: Note | AgendaItem) -> Sharing:
    """The item's level: private wins over shared."""
    if item.private:
        return Sharing.PRIVATE
    return Sharing.SHARED if item.shared_with_relatives else Sharing.INTERNAL


def to_sharing(value: Sharing | str) -> Sharing:
    try:
        return Sharing(str(getattr(value, "value", value)))
    except ValueError:
        raise InputError("sharing", "Vælg privat, intern eller delt med pårørende.") from None


def _flags(level: Sharing) -> dict[str, bool]:
    return {"private": level is Sharing.PRIVATE, "shared_with_relatives": level is Sharing.SHARED}


class NoteUseCases(ConsentUseCases, UseCases):
    """Mixed into `Store`."""

    def plan_notes(self, plan_id: int) -> list[Note]:
        """All the plan's notes, the plan's own and those written in meetings (oldest first)."""
        return self.db.select(Note, "plan_id = ?", (plan_id,), order_by="created_at, id")

    def write_note(
        self,
        plan_id: int,
        text: str,
        *,
        sharing: Sharing | str = Sharing.INTERNAL,
        goal_id: int | None = None,
        meeting_id: int | None = None,
        consent: bool = False,
    ) -> Note:
        """A plan note (or, with `meeting_id`, a meeting note) at a sharing level.

        Shared with relatives and `consent`: the citizen consented in the room
        today, and the consent is recorded with the note (one transaction).
        """
        level = to_sharing(sharing)
        self.refuse_if_meeting_closed(meeting_id)
        self._check_goal(plan_id, goal_id)
        if meeting_id is not None and self.db.get(Meeting, meeting_id).plan_id != plan_id:
            raise InputError("meeting_id", "Mødet hører ikke til denne plan.")
        record = self.db.validate(Note, dict(plan_id=plan_id, text=text, goal_id=goal_id, meeting_id=meeting_id,
                                             created_at=now(), **_flags(level)))
        with self.db.write():
            note = self.db.insert(record)
            if level is Sharing.SHARED and consent:
                self._consent_now(plan_id, f"note:{note.id}", meeting_id)
        return self.db.get(Note, note.id or 0)

    def update_note(
        self,
        note_id: int,
        *,
        text: str | None = None,
        sharing: Sharing | str | None = None,
        goal_id: int | None = _NO_CHANGE,
        consent: bool = False,
        expected_version: int | None = None,
    ) -> Note:
        """Change a note's text, level or goal; no longer shared takes it out of every consent at once."""
        note = self.db.get(Note, note_id)
        self.refuse_if_meeting_closed(note.meeting_id)
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = text
        if goal_id is not _NO_CHANGE:
            self._check_goal(note.plan_id, goal_id)
            changes["goal_id"] = goal_id
        level = to_sharing(sharing) if sharing is not None else sharing_of(note)
        changes.update(_flags(level))
        self.db.validate(Note, {**note.model_dump(), **changes})
        with self.db.write():
            note = self.db.update(Note, note_id, expected_version=expected_version, **changes)
            if level is not Sharing.SHARED:
                self._withdraw_items(f"note:{note_id}")
            elif consent:
                self._consent_now(note.plan_id, f"note:{note_id}", note.meeting_id)
        return self.db.get(Note, note_id)

    def set_agenda_item_sharing(self, item_id: int, sharing: Sharing | str, *, consent: bool = False) -> AgendaItem:
        """Mark an agenda item's notes private, internal or shared with relatives."""
        level = to_sharing(sharing)
        item = self.db.get(AgendaItem, item_id)
        self.refuse_if_meeting_closed(item.meeting_id)
        with self.db.write():
            item = self.db.update(AgendaItem, item_id, **_flags(level))
            if level is not Sharing.SHARED:
                self._withdraw_items(f"agenda_item:{item_id}")
            elif consent:
                plan_id = self.db.get(Meeting, item.meeting_id).plan_id
                self._consent_now(plan_id, f"agenda_item:{item_id}", item.meeting_id)
        return self.db.get(AgendaItem, item_id)

    # -- helpers ------------------------------------------------------------------
    def _check_goal(self, plan_id: int, goal_id: int | None) -> None:
        if goal_id is None:
            return
        goal = self.db.find(Goal, goal_id)
        if goal is None or goal.plan_id != plan_id:
            raise InputError("goal_id", "Delmålet hører ikke til denne plan.")

    def _consent_now(self, plan_id: int, key: str, meeting_id: int | None) -> None:
        """The citizen consents in the room (inside the caller's transaction)."""
        self.consent_in_the_room(plan_id, [key], meeting_id=meeting_id)

    def _withdraw_items(self, key: str) -> None:
        at = now()
        for ci in self.db.select(ConsentItem, "item = ? AND withdrawn_at IS NULL", (key,)):
            assert ci.id is not None
            self.db.update(ConsentItem, ci.id, withdrawn_at=at, withdrawn_by=self.db.user)
