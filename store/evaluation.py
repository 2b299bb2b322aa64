"""Evaluation in the record: a goal's evaluation per meeting, SMTTE rounds, the scaling conversation.

Nothing here overwrites: each evaluation and each SMTTE round is a dated row
with who wrote it; the goal keeps the latest text in `evaluation` /
`smtte_evaluation` for the screens that show one line. The scaling
conversation's answers are kept per goal and meeting (the scores themselves
are that meeting's scale readings).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from .base import UseCases
from .clock import now, today
from .dates import parse_date
from .errors import InputError
from .models import (
    Goal,
    GoalEvaluation,
    Meeting,
    Participant,
    ScaleReading,
    ScalingAnswers,
    SmtteEvaluation,
)
from .rules import headline_reading


def one_step_up(score: int | None) -> int | None:
    """Step 4's proposal: one step up from where the citizen is now ("ét trin ad gangen"), at most 10."""
    if score is None:
        return None
    return min(10, score + 1)


class EvaluationUseCases(UseCases):
    """Mixed into `Store`."""

    # -- the goal's evaluation (vurdering) ------------------------------------------------
    def evaluate_goal(
        self,
        goal_id: int,
        text: str,
        *,
        meeting_id: int | None = None,
        author_id: int | None = None,
        on: date | str | None = None,
    ) -> GoalEvaluation:
        """A dated evaluation of the goal (what went well, what could be done differently), kept as history."""
        goal = self.db.get(Goal, goal_id)
        meeting = self._meeting_of_goal(goal, meeting_id)
        if author_id is not None:
            self.require_participant(goal.plan_id, author_id, "author_id")
        day = _day(on, "date") or (meeting.date if meeting else today())
        record = self.db.validate(GoalEvaluation, dict(
            goal_id=goal_id, meeting_id=meeting_id, date=day, text=text, author_id=author_id,
            recorded_by=self.db.user, recorded_at=now(),
        ))
        with self.db.write():
            record = self.db.insert(record)
            self.db.update(Goal, goal_id, evaluation=record.text)
        return record

    def goal_evaluations(self, goal_id: int) -> list[GoalEvaluation]:
        """The goal's evaluations, oldest first."""
        return self.db.select(GoalEvaluation, "goal_id = ?", (goal_id,), order_by="date, id")

    # -- SMTTE, one round at a time ------------------------------------------------------
    def record_smtte_evaluation(
        self,
        goal_id: int,
        text: str,
        *,
        meeting_id: int | None = None,
        on: date | str | None = None,
        next_due: date | str | None = None,
    ) -> SmtteEvaluation:
        """One round of the goal's SMTTE evaluation, dated; `next_due` sets when the next round is."""
        goal = self.db.get(Goal, goal_id)
        meeting = self._meeting_of_goal(goal, meeting_id)
        day = _day(on, "date") or (meeting.date if meeting else today())
        due = _day(next_due, "next_due")
        if due is not None and due <= day:
            raise InputError("next_due", "Næste evaluering skal ligge efter denne.")
        record = self.db.validate(SmtteEvaluation, dict(
            goal_id=goal_id, meeting_id=meeting_id, date=day, text=text, next_due=due,
            recorded_by=self.db.user, recorded_at=now(),
        ))
        changes: dict[str, Any] = {"smtte_evaluation": record.text}
        if due is not None:
            changes["smtte_due"] = due
        with self.db.write():
            record = self.db.insert(record)
            self.db.update(Goal, goal_id, **changes)
        return record

    def smtte_evaluations(self, goal_id: int) -> list[SmtteEvaluation]:
        """The goal's SMTTE rounds, oldest first."""
        return self.db.select(SmtteEvaluation, "goal_id = ?", (goal_id,), order_by="date, id")

    def _history_of_goal_edit(self, goal_id: int, fields: dict[str, Any]) -> None:
        """Inside `update_goal`'s transaction: a changed evaluation or SMTTE evaluation typed straight
        into the goal is kept as a dated round too (never only overwritten)."""
        old = self.db.get(Goal, goal_id)
        for name, model in (("evaluation", GoalEvaluation), ("smtte_evaluation", SmtteEvaluation)):
            new = fields.get(name)
            if isinstance(new, str) and new.strip() and new != getattr(old, name):
                self.db.insert(self.db.validate(model, dict(
                    goal_id=goal_id, date=today(), text=new, recorded_by=self.db.user, recorded_at=now(),
                )))

    # -- the scaling conversation ---------------------------------------------------------
    def propose_one_step(self, goal_id: int, meeting_id: int | None = None) -> int | None:
        """Step 4's target: the citizen's (or the agreed) score now, plus one ("ét trin ad gangen").

        "Now" is the headline of this meeting's readings of the goal, else the
        goal's latest headline reading; None when the goal has no reading yet.
        """
        goal = self.db.get(Goal, goal_id)
        people = self.db.select(Participant, "plan_id = ?", (goal.plan_id,))
        readings = self.db.select(ScaleReading, "goal_id = ?", (goal_id,), order_by="date, id")
        here = [r for r in readings if meeting_id is not None and r.meeting_id == meeting_id]
        current = headline_reading(here or readings, people)
        return one_step_up(current.score if current else None)

    def save_scaling_answers(
        self,
        goal_id: int,
        meeting_id: int | None,
        *,
        ten: str | None = None,
        works: str | None = None,
        worse: str | None = None,
        next_step: str | None = None,
        target: int | str | None = None,
        on: date | str | None = None,
    ) -> ScalingAnswers:
        """The scaling conversation's answers for the goal at this meeting (one set per goal and meeting).

        Only the answers given are changed. What 10 looks like becomes the goal's
        scale anchor too (what the numbers mean, agreed in the room).
        """
        goal = self.db.get(Goal, goal_id)
        meeting = self._meeting_of_goal(goal, meeting_id)
        found = self.db.select(ScalingAnswers, "goal_id = ? AND meeting_id IS NOT DISTINCT FROM ?", (goal_id, meeting_id),
                               order_by="id DESC LIMIT 1") if meeting_id is not None else []
        changes: dict[str, Any] = {}
        for name, value in (("ten", ten), ("works", works), ("worse", worse), ("next_step", next_step)):
            if value is not None:
                changes[name] = value.strip()
        if target is not None:
            changes["target"] = None if str(target).strip() == "" else target
        with self.db.write():
            if found and found[0].id is not None:
                record = self.db.update(ScalingAnswers, found[0].id, **changes, recorded_by=self.db.user,
                                        recorded_at=now())
            else:
                day = _day(on, "date") or (meeting.date if meeting else today())
                record = self.db.insert(self.db.validate(ScalingAnswers, dict(
                    goal_id=goal_id, meeting_id=meeting_id, date=day, recorded_by=self.db.user, recorded_at=now(),
                    **changes,
                )))
            if record.ten and record.ten != goal.scale_anchor:
                self.db.update(Goal, goal_id, scale_anchor=record.ten)
        return record

    def scaling_answers(self, goal_id: int, meeting_id: int | None = None) -> list[ScalingAnswers]:
        """The goal's scaling conversations (oldest first), or the one at `meeting_id`."""
        if meeting_id is None:
            return self.db.select(ScalingAnswers, "goal_id = ?", (goal_id,), order_by="date, id")
        return self.db.select(ScalingAnswers, "goal_id = ? AND meeting_id = ?", (goal_id, meeting_id), order_by="id")

    # -- helpers ----------------------------------------------------------------------------
    def _meeting_of_goal(self, goal: Goal, meeting_id: int | None) -> Meeting | None:
        if meeting_id is None:
            return None
        meeting = self.db.get(Meeting, meeting_id)
        if meeting.plan_id != goal.plan_id:
            raise InputError("meeting_id", "Mødet hører ikke til denne plan.")
        self.refuse_if_meeting_closed(meeting_id)
        return meeting


def _day(value: date | str | None, field_name: str) -> date | None:
    if isinstance(value, str):
        return parse_date(value, field_name) if value.strip() else None
    return value
