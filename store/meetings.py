"""Use cases on meetings: planning, agenda, running, review, closing.

A meeting is planned (agenda from its kind's template, editable), run (notes,
decisions, agreements, readings per agenda item), and closed. Open agreements
from earlier meetings come up for review and each needs a decision before the
meeting can close. A closed meeting is read-only: corrections go in an
addendum.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .catalog import MeetingKind
from .checklist_use_cases import ChecklistUseCases
from .consent import ConsentUseCases
from .danish_order import participant_order
from .dates import parse_date
from .clock import now, today
from .enums import AgreementStatus, Audience, Decision, MeetingStatus, Role
from .errors import ClosedMeetingError, InputError
from .messages import msg
from .models import (
    Addendum,
    AgendaItem,
    Agreement,
    AgreementEvent,
    Citizen,
    Goal,
    Meeting,
    MeetingParticipant,
    Note,
    Participant,
    PdsaCycle,
    OrderGoal,
    Plan,
    ScaleReading,
)
from .removal import Removed, RemovalUseCases
from .rules import is_overdue


@dataclass(frozen=True)
class ReviewItem:
    """An agreement from before this meeting that needs a decision in it."""

    agreement: Agreement
    carried_over: int
    overdue: bool
    decision: Decision | None
    """The decision taken in this meeting (None: not decided yet)."""
    event: AgreementEvent | None = None

    @property
    def decided(self) -> bool:
        return self.decision is not None


class MeetingUseCases(ChecklistUseCases, ConsentUseCases, RemovalUseCases):
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
        new_participant: tuple[str, Role | str] | None = None,
    ) -> Meeting:
        """A planned meeting with the agenda from its kind's template (and a new participant, if named).

        In a relatives' meeting the agenda items are marked shared with relatives
        (their notes reach the relatives' copy once the citizen's consent covers them).
        """
        self.db.get(Plan, plan_id)
        template = self.catalog.meeting_kind(kind)
        day = parse_date(on, "date", required=True) if isinstance(on, str) else on
        meeting = self.db.validate(Meeting, dict(plan_id=plan_id, kind=kind, date=day, time=time, place=place))
        for pid in participant_ids or []:
            self.require_participant(plan_id, pid, "participant_ids")
        new = self._new_participant(plan_id, new_participant)
        with self.db.write():
            meeting = self.db.insert(meeting)
            assert meeting.id is not None
            self._insert_agenda(meeting.id, template)
            self._write_meeting_participants(meeting.id, participant_ids or [], new)
        return meeting

    def edit_meeting(
        self,
        meeting_id: int,
        *,
        kind: str,
        on: date | str,
        time: str = "",
        place: str = "",
        participant_ids: list[int] | None = None,
        new_participant: tuple[str, Role | str] | None = None,
        expected_version: int | None = None,
    ) -> Meeting:
        """Correct a planned meeting: kind, date, time, place, participants (one transaction).

        A new kind brings its own agenda (a planned meeting's agenda is still the
        template). A meeting that has started is changed in the meeting itself.
        """
        old = self.get_meeting(meeting_id)
        if old.status is not MeetingStatus.PLANNED:
            raise InputError("kind", "Kun et planlagt møde kan rettes her; et møde i gang rettes i selve mødet.")
        template = self.catalog.meeting_kind(kind)
        day = parse_date(on, "date", required=True) if isinstance(on, str) else on
        changes: dict[str, Any] = dict(kind=kind, date=day, time=time.strip(), place=place)
        self.db.validate(Meeting, {**old.model_dump(), **changes})
        for pid in participant_ids or []:
            self.require_participant(old.plan_id, pid, "participant_ids")
        new = self._new_participant(old.plan_id, new_participant)
        with self.db.write():
            meeting = self.db.update(Meeting, meeting_id, expected_version=expected_version, **changes)
            if kind != old.kind:
                for item in self.agenda(meeting_id):
                    assert item.id is not None
                    self.db.delete(AgendaItem, item.id)
                if old.current_item_id is not None:
                    meeting = self.db.update(Meeting, meeting_id, current_item_id=None)
                self._insert_agenda(meeting_id, template)
            self._write_meeting_participants(meeting_id, participant_ids or [], new)
        return meeting

    def update_planned_meeting(
        self,
        meeting_id: int,
        *,
        on: date | str | None = None,
        time: str | None = None,
        place: str | None = None,
        participant_ids: list[int] | None = None,
    ) -> Meeting:
        """Change some of a planned meeting's date, time, place or participants (one transaction).

        What is not given stays as it is; `edit_meeting` does the work.
        """
        meeting = self.get_meeting(meeting_id)
        if meeting.status is not MeetingStatus.PLANNED:
            raise InputError("date", msg("meeting.only_planned_moves"))
        if participant_ids is None:
            participant_ids = [p.id for p in self.meeting_participants(meeting_id) if p.id is not None]
        return self.edit_meeting(
            meeting_id, kind=meeting.kind, on=meeting.date if on is None else on,
            time=meeting.time if time is None else time, place=meeting.place if place is None else place,
            participant_ids=participant_ids,
        )

    def set_meeting_participants(
        self, meeting_id: int, participant_ids: list[int], new_participant: tuple[str, Role | str] | None = None,
    ) -> list[Participant]:
        """Who takes part in a planned or open meeting: exactly these (plus a new one, if named)."""
        meeting = self.require_open_meeting(meeting_id)
        for pid in participant_ids:
            self.require_participant(meeting.plan_id, pid, "participant_ids")
        new = self._new_participant(meeting.plan_id, new_participant)
        with self.db.write():
            self._write_meeting_participants(meeting_id, participant_ids, new)
        return self.meeting_participants(meeting_id)

    def delete_meeting(self, meeting_id: int) -> Removed:
        """Delete a planned meeting that was never held (its agenda and participants go with it).

        Returns what was removed, for `restore` (undo).
        """
        meeting = self.get_meeting(meeting_id)
        if meeting.status is not MeetingStatus.PLANNED:
            raise InputError("meeting", "Kun et planlagt møde, der ikke er holdt, kan slettes.")
        for model in (ScaleReading, Agreement, Note, PdsaCycle, AgreementEvent):
            if self.db.select(model, "meeting_id = ?", (meeting_id,)):
                raise InputError("meeting", "Mødet har allerede indhold (målinger, aftaler eller noter) "
                                            "og kan ikke slettes.")
        return self.remove("meeting", meeting_id)

    def _new_participant(self, plan_id: int, new: tuple[str, Role | str] | None) -> Participant | None:
        """A participant to add with a meeting (checked now, written with the meeting); None if no name."""
        if new is None or not new[0].strip():
            return None
        record = self.db.validate(Participant, dict(plan_id=plan_id, name=new[0], role=new[1]))
        self._refuse_duplicate_participant(record)
        return record

    def _insert_agenda(self, meeting_id: int, template: MeetingKind) -> None:
        """Inside a transaction: the kind's agenda; in a relatives' meeting its items are shared with relatives."""
        shared = template.screen == "relative"
        for pos, item in enumerate(template.agenda):
            self.db.insert(AgendaItem(meeting_id=meeting_id, position=pos, title=item.title, part=item.part,
                                      shared_with_relatives=shared))

    def _write_meeting_participants(self, meeting_id: int, ids: list[int], new: Participant | None) -> None:
        """Inside a transaction: the meeting's participants become `ids`, plus `new` (added to the plan)."""
        wanted = list(dict.fromkeys(ids))
        if new is not None:
            self._refuse_duplicate_participant(new)
            added = self.db.insert(new)
            assert added.id is not None
            wanted.append(added.id)
        have = self.db.select(MeetingParticipant, "meeting_id = ?", (meeting_id,))
        for row in have:
            assert row.id is not None
            if row.participant_id not in wanted:
                self.db.delete(MeetingParticipant, row.id)
        present = {row.participant_id for row in have}
        for pid in wanted:
            if pid not in present:
                self.db.insert(MeetingParticipant(meeting_id=meeting_id, participant_id=pid))

    def get_meeting(self, meeting_id: int) -> Meeting:
        return self.db.get(Meeting, meeting_id)

    def meetings(self, plan_id: int) -> list[Meeting]:
        return self.db.select(Meeting, "plan_id = ?", (plan_id,), order_by="date, time, id")

    def agenda(self, meeting_id: int) -> list[AgendaItem]:
        return self.db.select(AgendaItem, "meeting_id = ?", (meeting_id,), order_by="position, id")

    def meeting_participants(self, meeting_id: int) -> list[Participant]:
        """Who was (or will be) at the meeting: the citizen first, then by name in Danish order."""
        rows = self.db.select(MeetingParticipant, "meeting_id = ?", (meeting_id,))
        return sorted((self.db.get(Participant, r.participant_id) for r in rows), key=participant_order)

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

    def close_meeting(
        self,
        meeting_id: int,
        next_meeting_date: date | str | None,
        *,
        next_kind: str | None = None,
        next_time: str | None = None,
        next_place: str | None = None,
        next_participant_ids: list[int] | None = None,
    ) -> Meeting:
        """Close: every reviewed agreement decided, the next date set; then read-only.

        The next meeting is created as planned in the same transaction (so it is
        in `due` and the årshjul at once): the same kind, time, place and
        participants unless given, all editable afterwards
        (`update_planned_meeting`). A meeting already planned that day is used
        instead of a second one.
        """
        meeting = self.require_open_meeting(meeting_id)
        undecided = [r for r in self.agreements_for_review(meeting_id) if not r.decided]
        if undecided:
            n = len(undecided)
            raise InputError("review", msg("meeting.undecided.one") if n == 1 else msg("meeting.undecided.many", n=n))
        if isinstance(next_meeting_date, str):
            next_meeting_date = parse_date(next_meeting_date, "next_meeting_date")
        if not next_meeting_date:
            raise InputError("next_meeting_date", msg("meeting.next_date_required"))
        checked = self.db.validate(Meeting, {**meeting.model_dump(), "next_meeting_date": next_meeting_date})
        assert checked.next_meeting_date is not None
        if checked.next_meeting_date <= meeting.date:
            raise InputError("next_meeting_date", msg("meeting.next_after_this"))
        kind = next_kind or meeting.kind
        self.catalog.meeting_kind(kind)
        time = meeting.time if next_time is None else next_time.strip()
        place = meeting.place if next_place is None else next_place
        self.db.validate(Meeting, dict(plan_id=meeting.plan_id, kind=kind, date=checked.next_meeting_date,
                                       time=time, place=place))
        people = next_participant_ids
        if people is None:
            people = [p.id for p in self.meeting_participants(meeting_id) if p.id is not None and p.active]
        for pid in people:
            self.require_participant(meeting.plan_id, pid, "next_participant_ids")
        with self.db.write():
            meeting = self.db.update(
                Meeting, meeting_id, status=MeetingStatus.CLOSED, next_meeting_date=checked.next_meeting_date,
                closed_at=now(),
            )
            already = self.db.select(
                Meeting, "plan_id = ? AND date = ? AND status = ? AND id != ?",
                (meeting.plan_id, checked.next_meeting_date.isoformat(), MeetingStatus.PLANNED.value, meeting_id),
            )
            if not already:
                self.plan_meeting(meeting.plan_id, kind, checked.next_meeting_date, time=time, place=place,
                                  participant_ids=people)
            self.on_meeting_closed(meeting_id)
            return meeting

    def next_meeting_of(self, meeting_id: int) -> Meeting | None:
        """The meeting planned at closing (the plan's first meeting on the next meeting's date)."""
        meeting = self.get_meeting(meeting_id)
        if meeting.next_meeting_date is None:
            return None
        found = self.db.select(Meeting, "plan_id = ? AND date = ? AND id != ?",
                               (meeting.plan_id, meeting.next_meeting_date.isoformat(), meeting_id),
                               order_by="time, id")
        return found[0] if found else None

    def is_closed(self, meeting_id: int) -> bool:
        return self.get_meeting(meeting_id).status is MeetingStatus.CLOSED

    # -- planning: agenda and participants --------------------------------------
    def add_agenda_item(self, meeting_id: int, title: str, part: str = "free") -> AgendaItem:
        """A new item at the end of the agenda."""
        self.require_open_meeting(meeting_id)
        with self.db.write():
            pos = self._next_position("agenda_item", "meeting_id", meeting_id)
            return self.db.insert(
                self.db.validate(AgendaItem, dict(meeting_id=meeting_id, position=pos, title=title, part=part))
            )

    def rename_agenda_item(self, item_id: int, title: str) -> AgendaItem:
        return self.update_agenda_item(item_id, title=title)

    def remove_agenda_item(self, item_id: int) -> list[AgendaItem]:
        item = self.db.get(AgendaItem, item_id)
        meeting = self.require_open_meeting(item.meeting_id)
        with self.db.write():
            self.db.delete(AgendaItem, item_id)
            if meeting.current_item_id == item_id:
                self.db.update(Meeting, item.meeting_id, current_item_id=None)
        return self.agenda(item.meeting_id)

    def move_agenda_item(self, item_id: int, delta: int) -> list[AgendaItem]:
        """Move an item up (-1) or down (+1) on the agenda."""
        item = self.db.get(AgendaItem, item_id)
        self.require_open_meeting(item.meeting_id)
        items = self.agenda(item.meeting_id)
        idx = next(i for i, x in enumerate(items) if x.id == item_id)
        new_idx = max(0, min(len(items) - 1, idx + delta))
        if new_idx != idx:
            items.insert(new_idx, items.pop(idx))
        with self.db.write():
            for pos, it in enumerate(items):
                if it.position != pos and it.id is not None:
                    self.db.update(AgendaItem, it.id, position=pos)
        return self.agenda(item.meeting_id)

    def add_meeting_participant(self, meeting_id: int, participant_id: int) -> MeetingParticipant:
        meeting = self.require_open_meeting(meeting_id)
        self.require_participant(meeting.plan_id, participant_id, "participant_id")
        existing = self.db.select(
            MeetingParticipant, "meeting_id = ? AND participant_id = ?", (meeting_id, participant_id)
        )
        if existing:
            return existing[0]
        with self.db.write():
            return self.db.insert(MeetingParticipant(meeting_id=meeting_id, participant_id=participant_id))

    def remove_meeting_participant(self, meeting_id: int, participant_id: int) -> None:
        self.require_open_meeting(meeting_id)
        rows = self.db.select(
            MeetingParticipant, "meeting_id = ? AND participant_id = ?", (meeting_id, participant_id)
        )
        with self.db.write():
            for r in rows:
                assert r.id is not None
                self.db.delete(MeetingParticipant, r.id)

    # -- running -------------------------------------------------------------
    def set_current_item(self, meeting_id: int, item_id: int | None) -> Meeting:
        """The agenda item being discussed (kept on the meeting for the minutes and the live view)."""
        self.require_open_meeting(meeting_id)
        with self.db.write():
            return self.db.update(Meeting, meeting_id, current_item_id=item_id)

    def meeting_readings(self, meeting_id: int) -> list[ScaleReading]:
        return self.db.select(ScaleReading, "meeting_id = ?", (meeting_id,), order_by="date, id")

    def meeting_agreements(self, meeting_id: int) -> list[Agreement]:
        """Agreements made in this meeting."""
        return self.db.select(Agreement, "meeting_id = ?", (meeting_id,), order_by="position, id")

    def previous_meeting(self, meeting_id: int) -> Meeting | None:
        """The plan's latest meeting before this one (by date)."""
        m = self.get_meeting(meeting_id)
        before = [
            x for x in self.meetings(m.plan_id) if x.id != meeting_id and (x.date, x.id or 0) < (m.date, meeting_id)
        ]
        return before[-1] if before else None

    def add_strength(self, citizen_id: int, text: str) -> Citizen:
        """Scaling step 3: what the citizen names is added to their strengths, as said."""
        if not text.strip():
            raise InputError("strengths", "Skriv hvad borgeren fortæller.")
        citizen = self.db.get(Citizen, citizen_id)
        joined = (citizen.strengths.rstrip() + "\n" + text.strip()).strip()
        with self.db.write():
            return self.db.update(Citizen, citizen_id, strengths=joined)

    # -- review of agreements carried over -------------------------------------
    def agreements_for_review(self, meeting_id: int) -> list[ReviewItem]:
        """Open agreements made before this meeting, each with the decision taken here (if any)."""
        meeting = self.get_meeting(meeting_id)
        closed = meeting.status is MeetingStatus.CLOSED
        viewer = self.meeting_viewer(meeting_id)
        relatives_only = viewer.audience is Audience.RELATIVE
        dates = {m.id: (m.date, m.id or 0) for m in self.meetings(meeting.plan_id)}
        here = (meeting.date, meeting_id)
        events: dict[int, list[AgreementEvent]] = {}
        for ev in self.db.select(AgreementEvent, "meeting_id = ?", (meeting_id,), order_by="at, id"):
            if ev.decision is not Decision.CREATED:
                events.setdefault(ev.agreement_id, []).append(ev)
        out: list[ReviewItem] = []
        for a in self.db.select(Agreement, "plan_id = ?", (meeting.plan_id,), order_by="position, id"):
            assert a.id is not None
            if a.meeting_id == meeting_id:
                continue
            if relatives_only and not viewer.sees(a):
                continue  # a relatives' meeting reviews only what the citizen shares with them (the one rule)
            made = dates.get(a.meeting_id) if a.meeting_id is not None else None
            if made is not None and made > here:
                continue
            last = events.get(a.id, [None])[-1]
            decision = None if last is None or last.decision is Decision.REOPENED else last.decision
            if decision is None and (closed or a.status is not AgreementStatus.OPEN):
                continue
            out.append(
                ReviewItem(
                    agreement=a,
                    carried_over=a.carried_over,
                    overdue=is_overdue(a, meeting.date),
                    decision=decision,
                    event=last,
                )
            )
        return out

    # -- corrections after closing ---------------------------------------------
    def add_addendum(self, meeting_id: int, text: str) -> Addendum:
        """A dated correction to a closed meeting's minutes."""
        meeting = self.get_meeting(meeting_id)
        if meeting.status is not MeetingStatus.CLOSED:
            raise InputError("text", "Mødet er ikke afsluttet: ret direkte i mødet.")
        record = self.db.validate(Addendum, dict(meeting_id=meeting_id, text=text, created_at=now()))
        with self.db.write():
            return self.db.insert(record)

    def addenda(self, meeting_id: int) -> list[Addendum]:
        return self.db.select(Addendum, "meeting_id = ?", (meeting_id,), order_by="created_at, id")

    # -- day service: PDSA ------------------------------------------------------
    def add_pdsa_cycle(
        self,
        goal_id: int,
        plan: str,
        *,
        meeting_id: int | None = None,
        on: date | str | None = None,
        do: str = "",
        study: str = "",
        act: str = "",
    ) -> PdsaCycle:
        """A small trial of new practice (Plan, Do, Study, Act) for a goal."""
        self.db.get(Goal, goal_id)
        self.refuse_if_meeting_closed(meeting_id)
        record = self.db.validate(
            PdsaCycle,
            dict(goal_id=goal_id, meeting_id=meeting_id, date=on or today(), plan=plan, do=do, study=study,
                 act=act),
        )
        with self.db.write():
            return self.db.insert(record)

    def update_pdsa_cycle(self, cycle_id: int, *, in_meeting: int | None = None, **fields: Any) -> PdsaCycle:
        """Write how a trial went (do, study, act). Followed up `in_meeting` (an open meeting of the same
        plan), a cycle begun in an earlier, closed meeting can be written on; its frozen minutes stay."""
        cycle = self.db.get(PdsaCycle, cycle_id)
        if in_meeting is None:
            self.refuse_if_meeting_closed(cycle.meeting_id)
        else:
            meeting = self.require_open_meeting(in_meeting)
            if meeting.plan_id != self.db.get(Goal, cycle.goal_id).plan_id:
                raise InputError("meeting_id", "Mødet hører ikke til denne plan.")
        with self.db.write():
            return self.db.update(PdsaCycle, cycle_id, **fields)

    def pdsa_cycles(self, goal_id: int) -> list[PdsaCycle]:
        return self.db.select(PdsaCycle, "goal_id = ?", (goal_id,), order_by="date, id")

    # -- authority: the order (bestilling) ---------------------------------------
    def link_goal_to_order(self, goal_id: int, order_goal_id: int | None) -> Goal:
        """Link a plan goal to the order's goal it serves (None: unlink)."""
        goal = self.db.get(Goal, goal_id)
        if order_goal_id is not None:
            found = self.db.find(OrderGoal, order_goal_id)
            if found is None or found.plan_id != goal.plan_id:
                raise InputError("order_goal_id", "Bestillingens mål hører ikke til denne plan.")
        with self.db.write():
            return self.db.update(Goal, goal_id, order_goal_id=order_goal_id)

    def unlinked_goals(self, plan_id: int) -> list[Goal]:
        """Active goals not linked to any goal of the order."""
        return [
            g for g in self.db.select(Goal, "plan_id = ?", (plan_id,), order_by="position, id")
            if g.order_goal_id is None and g.status.value != "dropped"
        ]
