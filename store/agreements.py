"""Use cases on agreements (who does what, when) and scale readings.

Every status change appends an `AgreementEvent`: the decision history
(created, done, continued, changed, cancelled, reopened) is never overwritten.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from .base import UseCases
from .clock import now, today
from .consent import ConsentUseCases
from .dates import format_date, parse_date
from .enums import AgreementStatus, Decision
from .errors import InputError
from .messages import msg
from .models import Agreement, AgreementEvent, Goal, Meeting, Participant, ScaleReading
from .repeat import check_code, parse_when


class AgreementUseCases(ConsentUseCases, UseCases):
    """Mixed into `Store`."""

    # -- agreements ------------------------------------------------------------
    def add_agreement(
        self,
        plan_id: int,
        who_id: int | None,
        what: str,
        due_date: date | str | None = None,
        *,
        repeat: str = "",
        when: str | None = None,
        consent: bool = False,
        **fields: Any,
    ) -> Agreement:
        """A new agreement: who, what, and when — a due date or a repeat (`when` as typed: either).

        Shared with relatives and `consent`: the citizen consented in the room to
        relatives seeing it, and the consent is recorded with it (one transaction).
        """
        self.require_participant(plan_id, who_id)
        self.refuse_if_meeting_closed(fields.get("meeting_id"))
        data = dict(plan_id=plan_id, who_id=who_id, what=what, due_date=None, repeat="", created_at=now(), **fields)
        self.db.validate(Agreement, data)  # who, then what (and the rest), then when: in the order of the form
        due_date, repeat = self._when(due_date, repeat, when, fields.get("meeting_id"))
        self._require_goal_of_plan(plan_id, fields.get("goal_id"))
        data.update(due_date=due_date or None, repeat=repeat)
        with self.db.write():
            data["position"] = self._next_position("agreement", "plan_id", plan_id)
            agreement = self.db.insert(self.db.validate(Agreement, data))
            assert agreement.id is not None
            self._event(agreement.id, Decision.CREATED, fields.get("meeting_id"), new_what=agreement.what,
                        new_due=agreement.due_date)
            if consent and agreement.shared_with_relatives:
                self.consent_in_the_room(plan_id, [f"agreement:{agreement.id}"], meeting_id=fields.get("meeting_id"))
        return self.db.get(Agreement, agreement.id) if consent else agreement

    def edit_agreement(
        self,
        agreement_id: int,
        *,
        who_id: int | None,
        what: str,
        when: str | None = None,
        due_date: date | str | None = None,
        repeat: str = "",
        meeting_id: int | None = None,
        expected_version: int | None = None,
        **fields: Any,
    ) -> Agreement:
        """Correct an agreement in one go (who, what, when, goal, target, sharing): one transaction.

        A new wording or "when" is kept in the history (an event with the old and
        the new), as `change_agreement` does, without counting as carried over.
        Everything is checked before anything is written.
        """
        old = self.get_agreement(agreement_id)
        self.refuse_if_meeting_closed(meeting_id)
        self.require_participant(old.plan_id, who_id)
        self.db.validate(Agreement, {**old.model_dump(), **fields, "who_id": who_id, "what": what})
        due, code = self._when(due_date, repeat, when, meeting_id)
        self._require_goal_of_plan(old.plan_id, fields.get("goal_id"))
        changes: dict[str, Any] = {**fields, "who_id": who_id, "what": what, "due_date": due, "repeat": code}
        new = self.db.validate(Agreement, {**old.model_dump(), **changes})
        with self.db.write():
            updated = self.db.update(Agreement, agreement_id, expected_version=expected_version, **changes)
            if (new.what, new.due_date, new.repeat) != (old.what, old.due_date, old.repeat):
                self._event(agreement_id, Decision.CHANGED, meeting_id, old_what=old.what, new_what=new.what,
                            old_due=old.due_date, new_due=new.due_date)
            return updated

    def _require_goal_of_plan(self, plan_id: int, goal_id: int | None) -> None:
        if goal_id is not None:
            goal = self.db.find(Goal, goal_id)
            if goal is None or goal.plan_id != plan_id:
                raise InputError("goal_id", msg("agreement.goal_not_in_plan"))

    def _when(
        self, due_date: date | str | None, repeat: str, when: str | None, meeting_id: int | None,
        *, required: bool = True,
    ) -> tuple[date | None, str]:
        """An agreement's "when": a date or a repeat, one of them required; a date not before its meeting."""
        if when is not None:
            due, code = parse_when(when, "due_date", required=required)
        else:
            due = parse_date(due_date, "due_date") if isinstance(due_date, str) else due_date
            code = repeat or ""
            if code:
                try:
                    check_code(code)
                except ValueError as exc:
                    raise InputError("due_date", str(exc)) from None
            if required and due is None and not code:
                raise InputError("due_date", msg("agreement.when_required"))
        if due is not None and code:
            raise InputError("due_date", msg("agreement.date_or_repeat"))
        if due is not None and meeting_id is not None:
            meeting = self.db.find(Meeting, meeting_id)
            if meeting is not None and due < meeting.date:
                raise InputError("due_date", msg("agreement.before_meeting", date=format_date(due),
                                                 meeting=format_date(meeting.date)))
        return due, code

    def get_agreement(self, agreement_id: int) -> Agreement:
        return self.db.get(Agreement, agreement_id)

    def agreements(self, plan_id: int, status: AgreementStatus | None = None) -> list[Agreement]:
        if status is None:
            return self.db.select(Agreement, "plan_id = ?", (plan_id,), order_by="position, id")
        return self.db.select(
            Agreement, "plan_id = ? AND status = ?", (plan_id, status.value), order_by="position, id"
        )

    def update_agreement(self, agreement_id: int, **fields: Any) -> Agreement:
        """Edit details (flags, goal, target) without a decision; use the verbs below for status."""
        if "who_id" in fields:
            self.require_participant(self.get_agreement(agreement_id).plan_id, fields["who_id"])
        with self.db.write():
            return self.db.update(Agreement, agreement_id, **fields)

    def mark_agreement_done(self, agreement_id: int, *, meeting_id: int | None = None, on: date | None = None) -> Agreement:
        self.refuse_if_meeting_closed(meeting_id)
        with self.db.write():
            a = self.db.update(Agreement, agreement_id, status=AgreementStatus.DONE, done_at=on or today())
            self._event(agreement_id, Decision.DONE, meeting_id)
            return a

    def continue_agreement(
        self, agreement_id: int, new_due: date | str | None = None, *, meeting_id: int | None = None,
        when: str | None = None,
    ) -> Agreement:
        """Carried over to the next period with a new date or a repeat (fortsættes), not before the meeting."""
        self.refuse_if_meeting_closed(meeting_id)
        old = self.get_agreement(agreement_id)
        if when is None and not new_due:
            raise InputError("due_date", msg("agreement.new_date"))
        due, code = self._when(new_due, "", when, meeting_id)
        with self.db.write():
            a = self.db.update(
                Agreement, agreement_id, due_date=due, repeat=code, carried_over=old.carried_over + 1,
                status=AgreementStatus.OPEN,
            )
            self._event(agreement_id, Decision.CONTINUED, meeting_id, old_due=old.due_date, new_due=a.due_date)
            return a

    def change_agreement(
        self, agreement_id: int, new_what: str, new_due: date | str | None = None, *, meeting_id: int | None = None,
        when: str | None = None,
    ) -> Agreement:
        """New wording (ændres), and optionally a new date or repeat; the old wording stays in the history."""
        self.refuse_if_meeting_closed(meeting_id)
        old = self.get_agreement(agreement_id)
        changes: dict[str, Any] = {"what": new_what, "carried_over": old.carried_over + 1}
        due, code = self._when(new_due, "", when, meeting_id, required=False)
        if due is not None or code:
            changes["due_date"] = due
            changes["repeat"] = code
        with self.db.write():
            a = self.db.update(Agreement, agreement_id, **changes)
            self._event(agreement_id, Decision.CHANGED, meeting_id, old_what=old.what, new_what=a.what,
                        old_due=old.due_date, new_due=a.due_date)
            return a

    def cancel_agreement(self, agreement_id: int, reason: str, *, meeting_id: int | None = None) -> Agreement:
        """Dropped (afsluttes) with a reason."""
        self.refuse_if_meeting_closed(meeting_id)
        if not reason.strip():
            raise InputError("cancel_reason", msg("cancel_reason"))
        with self.db.write():
            a = self.db.update(Agreement, agreement_id, status=AgreementStatus.CANCELLED, cancel_reason=reason)
            self._event(agreement_id, Decision.CANCELLED, meeting_id, reason=reason)
            return a

    def reopen_agreement(self, agreement_id: int, *, meeting_id: int | None = None) -> Agreement:
        self.refuse_if_meeting_closed(meeting_id)
        with self.db.write():
            a = self.db.update(Agreement, agreement_id, status=AgreementStatus.OPEN, done_at=None, cancel_reason="")
            self._event(agreement_id, Decision.REOPENED, meeting_id)
            return a

    def restore_agreement_state(self, agreement_id: int, before: Agreement) -> Agreement:
        """Undo a status change: the status, done date and reason exactly as in `before`.

        The history gets the decision that leads back there (reopened, done or
        cancelled), so the change and its undoing both stay visible.
        """
        if before.id != agreement_id:
            raise InputError("agreement", "Kan ikke fortryde: det er en anden aftale.")
        decision = {AgreementStatus.OPEN: Decision.REOPENED, AgreementStatus.DONE: Decision.DONE,
                    AgreementStatus.CANCELLED: Decision.CANCELLED}[before.status]
        with self.db.write():
            a = self.db.update(Agreement, agreement_id, status=before.status, done_at=before.done_at,
                               cancel_reason=before.cancel_reason)
            self._event(agreement_id, decision, None, reason=before.cancel_reason)
            return a

    def move_agreement(self, agreement_id: int, delta: int) -> list[Agreement]:
        """Move an agreement up (-1) or down (+1) among the plan's agreements."""
        a = self.get_agreement(agreement_id)
        items = self.agreements(a.plan_id)
        idx = next(i for i, x in enumerate(items) if x.id == agreement_id)
        new_idx = max(0, min(len(items) - 1, idx + delta))
        if new_idx == idx:
            return items
        items.insert(new_idx, items.pop(idx))
        with self.db.write():
            for pos, item in enumerate(items):
                if item.position != pos and item.id is not None:
                    self.db.update(Agreement, item.id, position=pos)
        return self.agreements(a.plan_id)

    def agreement_events(self, agreement_id: int) -> list[AgreementEvent]:
        return self.db.select(AgreementEvent, "agreement_id = ?", (agreement_id,), order_by="at, id")

    def _event(self, agreement_id: int, decision: Decision, meeting_id: int | None, **fields: Any) -> None:
        self.db.insert(
            self.db.validate(
                AgreementEvent,
                dict(agreement_id=agreement_id, meeting_id=meeting_id, at=now(), decision=decision, **fields),
            )
        )

    # -- scale readings ------------------------------------------------------------
    def record_scale_reading(
        self,
        goal_id: int,
        score: int | str,
        *,
        on: date | str | None = None,
        participant_id: int | None = None,
        meeting_id: int | None = None,
        note: str = "",
        private: bool = False,
    ) -> ScaleReading:
        goal = self.db.get(Goal, goal_id)
        self.refuse_if_meeting_closed(meeting_id)
        if participant_id is not None:
            p = self.db.find(Participant, participant_id)
            if p is None or p.plan_id != goal.plan_id:
                raise InputError("participant_id", msg("reading.not_participant"))
        reading = self.db.validate(
            ScaleReading,
            dict(goal_id=goal_id, score=score, date=on or today(), participant_id=participant_id,
                 meeting_id=meeting_id, note=note, private=private),
        )
        with self.db.write():
            return self.db.insert(reading)

    def readings(self, goal_id: int) -> list[ScaleReading]:
        return self.db.select(ScaleReading, "goal_id = ?", (goal_id,), order_by="date, id")
