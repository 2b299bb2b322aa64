"""Use cases on agreements (who does what, when) and scale readings.

Every status change appends an `AgreementEvent`: the decision history
(created, done, continued, changed, cancelled, reopened) is never overwritten.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from .base import UseCases
from .clock import now, today
from .enums import AgreementStatus, Decision
from .errors import InputError
from .models import Agreement, AgreementEvent, Goal, Participant, ScaleReading


class AgreementUseCases(UseCases):
    """Mixed into `Store`."""

    # -- agreements ------------------------------------------------------------
    def add_agreement(
        self,
        plan_id: int,
        who_id: int | None,
        what: str,
        due_date: date | str | None = None,
        **fields: Any,
    ) -> Agreement:
        self.require_participant(plan_id, who_id)
        self.refuse_if_meeting_closed(fields.get("meeting_id"))
        goal_id = fields.get("goal_id")
        if goal_id is not None:
            goal = self.db.find(Goal, goal_id)
            if goal is None or goal.plan_id != plan_id:
                raise InputError("goal_id", "Delmålet hører ikke til denne plan.")
        data = dict(plan_id=plan_id, who_id=who_id, what=what, due_date=due_date or None, created_at=now(), **fields)
        with self.db.write():
            data["position"] = self._next_position("agreement", "plan_id", plan_id)
            agreement = self.db.insert(self.db.validate(Agreement, data))
            assert agreement.id is not None
            self._event(agreement.id, Decision.CREATED, fields.get("meeting_id"), new_what=agreement.what,
                        new_due=agreement.due_date)
        return agreement

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

    def continue_agreement(self, agreement_id: int, new_due: date | str | None, *, meeting_id: int | None = None) -> Agreement:
        """Carried over to the next period with a new date (fortsættes)."""
        self.refuse_if_meeting_closed(meeting_id)
        old = self.get_agreement(agreement_id)
        if not new_due:
            raise InputError("due_date", "Skriv en ny dato for aftalen.")
        with self.db.write():
            a = self.db.update(
                Agreement, agreement_id, due_date=new_due, carried_over=old.carried_over + 1,
                status=AgreementStatus.OPEN,
            )
            self._event(agreement_id, Decision.CONTINUED, meeting_id, old_due=old.due_date, new_due=a.due_date)
            return a

    def change_agreement(
        self, agreement_id: int, new_what: str, new_due: date | str | None = None, *, meeting_id: int | None = None
    ) -> Agreement:
        """New wording (ændres); the old wording stays in the history."""
        self.refuse_if_meeting_closed(meeting_id)
        old = self.get_agreement(agreement_id)
        changes: dict[str, Any] = {"what": new_what, "carried_over": old.carried_over + 1}
        if new_due:
            changes["due_date"] = new_due
        with self.db.write():
            a = self.db.update(Agreement, agreement_id, **changes)
            self._event(agreement_id, Decision.CHANGED, meeting_id, old_what=old.what, new_what=a.what,
                        old_due=old.due_date, new_due=a.due_date)
            return a

    def cancel_agreement(self, agreement_id: int, reason: str, *, meeting_id: int | None = None) -> Agreement:
        """Dropped (afsluttes) with a reason."""
        self.refuse_if_meeting_closed(meeting_id)
        if not reason.strip():
            raise InputError("cancel_reason", "Skriv hvorfor aftalen droppes.")
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
                raise InputError("participant_id", "Personen er ikke deltager i planen.")
        reading = self.db.validate(
            ScaleReading,
            dict(goal_id=goal_id, score=score, date=on or today(), participant_id=participant_id,
                 meeting_id=meeting_id, note=note, private=private),
        )
        with self.db.write():
            return self.db.insert(reading)

    def readings(self, goal_id: int) -> list[ScaleReading]:
        return self.db.select(ScaleReading, "goal_id = ?", (goal_id,), order_by="date, id")
