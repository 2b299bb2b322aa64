"""What every group of use cases shares: the database, the catalogue, helpers."""
from __future__ import annotations

from typing import Any

from .catalog import Catalog
from .db import Database
from .errors import InputError
from .messages import Vocab, msg
from .models import Participant


class UseCases:
    """Base of the use-case mixins that `Store` composes."""

    db: Database
    catalog: Catalog
    document_catalog: Catalog
    lang: str = "da"
    """The language of the words the store puts into what it returns for a person to read (the one
    vocabulary's statuses and roles in lists; `Store.use_language`). Messages are said in a language by
    the surface (`messages.said`); an export has its own (`ExportRequest.lang`)."""

    def require_participant(self, plan_id: int, participant_id: int | None, field_name: str = "who_id") -> None:
        """Refuse a participant id that is not one of the plan's participants."""
        if participant_id is None:
            raise InputError(field_name, msg("who.required"))
        found = self.db.find(Participant, participant_id)
        if found is None or found.plan_id != plan_id:
            raise InputError(field_name, msg("who.not_participant"))

    def _refuse_duplicate_participant(self, record: Participant) -> None:
        """One person once per plan: the same name (any case, spaces) and role is refused in Danish."""
        key = " ".join(record.name.split()).casefold()
        for other in self.db.select(Participant, "plan_id = ? AND role = ?", (record.plan_id, record.role.value)):
            if other.id != record.id and " ".join(other.name.split()).casefold() == key:
                raise InputError("name", msg("participant.duplicate", name=other.name,
                                             role=Vocab(f"role.{record.role.value}", lower=True)))

    def refuse_if_meeting_closed(self, meeting_id: int | None) -> None:
        """Refuse a change that belongs to a closed meeting (corrections go in an addendum)."""
        if meeting_id is None:
            return
        from .enums import MeetingStatus
        from .errors import ClosedMeetingError
        from .models import Meeting

        meeting = self.db.find(Meeting, meeting_id)
        if meeting is not None and meeting.status is MeetingStatus.CLOSED:
            raise ClosedMeetingError(
                "Mødet er afsluttet, og referatet kan ikke ændres. Skriv rettelser som et tillæg."
            )

    def on_meeting_closed(self, meeting_id: int) -> None:
        """Called inside the closing transaction; the minutes mixin freezes the minutes here."""

    def _history_of_goal_edit(self, goal_id: int, fields: dict[str, Any]) -> None:
        """Called inside `update_goal`'s transaction before the change (evaluation.py keeps the history)."""

    def _next_position(self, table: str, column: str, value: int) -> int:
        row = self.db.query(
            f'SELECT coalesce(max(position), -1) + 1 AS p FROM "{table}" WHERE "{column}" = ?', (value,)
        )
        return int(row[0]["p"])
