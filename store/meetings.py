"""Use cases on meetings: planning, agenda, running, closing."""
from __future__ import annotations

from datetime import date
from typing import Any

from .base import UseCases
from .db import now
from .enums import MeetingStatus
from .errors import ClosedMeetingError
from .models import AgendaItem, Meeting, MeetingParticipant, Participant, Plan


class MeetingUseCases(UseCases):
    """Mixed into `Store`."""

    def plan_meeting(
        self,
        plan_id: int,
        kind: str,
        on: date | str,
        *,
        time: str = "",
        place: str = "",
        participant_ids: list[int] | None = None,
    ) -> Meeting:
        """A planned meeting with the agenda from its kind's template."""
        self.db.get(Plan, plan_id)
        template = self.catalog.meeting_kind(kind)
        meeting = self.db.validate(Meeting, dict(plan_id=plan_id, kind=kind, date=on, time=time, place=place))
        for pid in participant_ids or []:
            self.require_participant(plan_id, pid, "participant_ids")
        with self.db.write():
            meeting = self.db.insert(meeting)
            assert meeting.id is not None
            for pos, item in enumerate(template.agenda):
                self.db.insert(AgendaItem(meeting_id=meeting.id, position=pos, title=item.title, part=item.part))
            for pid in participant_ids or []:
                self.db.insert(MeetingParticipant(meeting_id=meeting.id, participant_id=pid))
        return meeting

    def get_meeting(self, meeting_id: int) -> Meeting:
        return self.db.get(Meeting, meeting_id)

    def meetings(self, plan_id: int) -> list[Meeting]:
        return self.db.select(Meeting, "plan_id = ?", (plan_id,), order_by="date, time, id")

    def agenda(self, meeting_id: int) -> list[AgendaItem]:
        return self.db.select(AgendaItem, "meeting_id = ?", (meeting_id,), order_by="position, id")

    def meeting_participants(self, meeting_id: int) -> list[Participant]:
        rows = self.db.select(MeetingParticipant, "meeting_id = ?", (meeting_id,))
        return [self.db.get(Participant, r.participant_id) for r in rows]

    def require_open_meeting(self, meeting_id: int) -> Meeting:
        meeting = self.get_meeting(meeting_id)
        if meeting.status is MeetingStatus.CLOSED:
            raise ClosedMeetingError(
                "Mødet er afsluttet, og referatet kan ikke ændres. Skriv rettelser som et tillæg."
            )
        return meeting

    def open_meeting(self, meeting_id: int) -> Meeting:
        self.require_open_meeting(meeting_id)
        with self.db.write():
            return self.db.update(Meeting, meeting_id, status=MeetingStatus.OPEN)

    def update_agenda_item(self, item_id: int, **fields: Any) -> AgendaItem:
        item = self.db.get(AgendaItem, item_id)
        self.require_open_meeting(item.meeting_id)
        with self.db.write():
            return self.db.update(AgendaItem, item_id, **fields)

    def close_meeting(self, meeting_id: int, next_meeting_date: date | str | None) -> Meeting:
        """Close: set the next date; the meeting becomes read-only."""
        self.require_open_meeting(meeting_id)
        with self.db.write():
            meeting = self.db.update(
                Meeting, meeting_id, status=MeetingStatus.CLOSED, next_meeting_date=next_meeting_date,
                closed_at=now(),
            )
            self.on_meeting_closed(meeting_id)
            return meeting
