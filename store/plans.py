"""Use cases on citizens, plans, goals, participants, activities, notes."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from .base import UseCases
from .catalog import PlanType
from .clock import now, today
from .danish_order import participant_order
from .enums import Area, GoalLevel, GoalStatus, Role
from .errors import InputError, NotFound
from .messages import msg
from .models import (
    Activity,
    Agreement,
    Citizen,
    Goal,
    GoalRevision,
    Note,
    Observation,
    OrderGoal,
    Participant,
    Plan,
    ScaleReading,
)
from .plan_view import GoalView, PlanView, headline_statement  # noqa: F401 - imported from here too


class PlanUseCases(UseCases):
    """Mixed into `Store`."""

    # -- citizens ----------------------------------------------------------
    def create_citizen(
        self,
        name: str,
        *,
        plan_type: str = "jobafklaringsforloeb",
        values: str = "",
        strengths: str = "",
        mentor_needed: bool = False,
        mentor_role: str = "",
    ) -> Citizen:
        """A citizen with an empty plan of `plan_type`, and the citizen as participant.

        A plan type closed to new citizens (the catalogue's `closed_to_new_from`)
        is refused: plans already running keep their type.
        """
        self.require_open_plan_type(plan_type, today())
        citizen = self.db.validate(
            Citizen,
            dict(name=name, values=values, strengths=strengths, mentor_needed=mentor_needed,
                 mentor_role=mentor_role, created_at=now()),
        )
        with self.db.write():
            citizen = self.db.insert(citizen)
            assert citizen.id is not None
            plan = self.db.insert(Plan(citizen_id=citizen.id, plan_type=plan_type, start_date=today()))
            assert plan.id is not None
            self.db.insert(Participant(plan_id=plan.id, name=citizen.name, role=Role.CITIZEN))
        return citizen

    def update_citizen(self, citizen_id: int, **fields: Any) -> Citizen:
        with self.db.write():
            return self.db.update(Citizen, citizen_id, **fields)

    def get_citizen(self, citizen_id: int) -> Citizen:
        return self.db.get(Citizen, citizen_id)

    # -- plan --------------------------------------------------------------
    def plan_of(self, citizen_id: int) -> Plan:
        plans = self.db.select(Plan, "citizen_id = ?", (citizen_id,), order_by="id DESC")
        if not plans:
            raise NotFound(msg("plan.none", n=citizen_id))
        return plans[0]

    def get_plan(self, plan_id: int) -> Plan:
        return self.db.get(Plan, plan_id)

    def plan_type_of(self, plan: Plan) -> PlanType:
        return self.catalog.plan_type(plan.plan_type)

    def set_overall_goal(self, plan_id: int, text: str, level: GoalLevel | str, **fields: Any) -> Plan:
        with self.db.write():
            return self.db.update(Plan, plan_id, overall_goal=text, goal_level=level, **fields)

    def require_open_plan_type(self, code: str, day: date) -> PlanType:
        """The plan type, if a new plan may start as it on `day`; else a Danish message why not."""
        pt = self.catalog.plan_type(code)
        if not pt.open_on(day):
            since = msg("plan_type.closed_since", date=f"{pt.closed_from:%d-%m-%Y}") if pt.closed_from else ""
            raise InputError("plan_type", msg("plan_type.closed", plan_type=pt.short, since=since))
        return pt

    def update_plan(self, plan_id: int, **fields: Any) -> Plan:
        """Change the plan's fields; changing to a plan type closed to new citizens is refused."""
        if "plan_type" in fields and fields["plan_type"] != self.get_plan(plan_id).plan_type:
            self.require_open_plan_type(fields["plan_type"], today())
        with self.db.write():
            return self.db.update(Plan, plan_id, **fields)

    # -- goals ---------------------------------------------------------------
    def goals(self, plan_id: int) -> list[Goal]:
        return self.db.select(Goal, "plan_id = ?", (plan_id,), order_by="position, id")

    def get_goal(self, goal_id: int) -> Goal:
        return self.db.get(Goal, goal_id)

    def add_goal(self, plan_id: int, area: Area | str, text: str, **fields: Any) -> Goal:
        self.get_plan(plan_id)
        with self.db.write():
            pos = self._next_position("goal", "plan_id", plan_id)
            goal = self.db.validate(Goal, dict(plan_id=plan_id, area=area, text=text, position=pos, **fields))
            return self.db.insert(goal)

    def update_goal(self, goal_id: int, **fields: Any) -> Goal:
        """Change a goal's other fields; use `revise_goal` for a new wording.

        A new evaluation or SMTTE evaluation typed here is kept as a dated round too.
        """
        with self.db.write():
            self._history_of_goal_edit(goal_id, fields)
            return self.db.update(Goal, goal_id, **fields)

    def revise_goal(self, goal_id: int, text: str, *, rationale: str | None = None, reason: str = "") -> Goal:
        """A new wording; the earlier one is kept in the goal's history."""
        old = self.get_goal(goal_id)
        changes: dict[str, Any] = {"text": text}
        if rationale is not None:
            changes["rationale"] = rationale
        self.db.validate(Goal, {**old.model_dump(), **changes})
        if text == old.text and (rationale is None or rationale == old.rationale):
            return old
        with self.db.write():
            self.db.insert(
                self.db.validate(
                    GoalRevision,
                    dict(goal_id=goal_id, text=old.text, rationale=old.rationale, replaced_at=now(), reason=reason),
                )
            )
            return self.db.update(Goal, goal_id, **changes)

    def edit_goal(self, goal_id: int, text: str, *, rationale: str, reason: str = "",
                  expected_version: int | None = None, **fields: Any) -> Goal:
        """Edit a goal in one go (one transaction); a new wording or rationale keeps the earlier one.

        `expected_version`: the version the form was opened on; a goal saved by someone else
        since is refused with `EditConflict` (nothing written).
        """
        old = self.get_goal(goal_id)
        changes: dict[str, Any] = {**fields, "text": text, "rationale": rationale}
        self.db.validate(Goal, {**old.model_dump(), **changes})
        with self.db.write():
            if text != old.text or rationale != old.rationale:
                self.db.insert(
                    self.db.validate(
                        GoalRevision,
                        dict(goal_id=goal_id, text=old.text, rationale=old.rationale, replaced_at=now(),
                             reason=reason),
                    )
                )
            return self.db.update(Goal, goal_id, expected_version=expected_version, **changes)

    def goal_history(self, goal_id: int) -> list[GoalRevision]:
        """Earlier wordings, oldest first."""
        return self.db.select(GoalRevision, "goal_id = ?", (goal_id,), order_by="replaced_at, id")

    def set_goal_status(self, goal_id: int, status: GoalStatus | str) -> Goal:
        return self.update_goal(goal_id, status=status)

    # -- order (bestilling) --------------------------------------------------
    def add_order_goal(self, plan_id: int, text: str) -> OrderGoal:
        with self.db.write():
            pos = self._next_position("order_goal", "plan_id", plan_id)
            return self.db.insert(self.db.validate(OrderGoal, dict(plan_id=plan_id, text=text, position=pos)))

    def order_goals(self, plan_id: int) -> list[OrderGoal]:
        return self.db.select(OrderGoal, "plan_id = ?", (plan_id,), order_by="position, id")

    # -- activities ------------------------------------------------------------
    def add_activity(self, goal_id: int, text: str, **fields: Any) -> Activity:
        self.get_goal(goal_id)
        with self.db.write():
            pos = self._next_position("activity", "goal_id", goal_id)
            return self.db.insert(self.db.validate(Activity, dict(goal_id=goal_id, text=text, position=pos, **fields)))

    def update_activity(self, activity_id: int, **fields: Any) -> Activity:
        with self.db.write():
            return self.db.update(Activity, activity_id, **fields)

    def headline_readings(self, goal_ids: Sequence[int], participants: Iterable[Participant]) -> list[ScaleReading]:
        """The readings of these goals that decide what the plan screen shows of them, by date: those on
        the first and the last date of each of a goal's four kinds (`plan_view.headline_statement`, the one
        statement of both read paths; ~160 of 2,000 on the big plan)."""
        ids = list(goal_ids)
        if not ids:
            return []
        where, params = headline_statement(ids, participants)
        return self.db.select(ScaleReading, where, params, order_by="date, id")

    def activities(self, goal_id: int) -> list[Activity]:
        return self.db.select(Activity, "goal_id = ?", (goal_id,), order_by="position, id")

    # -- participants ----------------------------------------------------------
    def add_participant(self, plan_id: int, name: str, role: Role | str, **fields: Any) -> Participant:
        self.get_plan(plan_id)
        record = self.db.validate(Participant, dict(plan_id=plan_id, name=name, role=role, **fields))
        with self.db.write():
            self._refuse_duplicate_participant(record)
            return self.db.insert(record)

    def update_participant(self, participant_id: int, *, expected_version: int | None = None,
                           **fields: Any) -> Participant:
        old = self.db.get(Participant, participant_id)
        record = self.db.validate(Participant, {**old.model_dump(), **fields})
        with self.db.write():
            self._refuse_duplicate_participant(record)
            return self.db.update(Participant, participant_id, expected_version=expected_version, **fields)

    def participants(self, plan_id: int) -> list[Participant]:
        """The plan's people as every list shows them: the citizen first, then by name in Danish order."""
        return sorted(self.db.select(Participant, "plan_id = ?", (plan_id,)), key=participant_order)

    # -- notes and observations -------------------------------------------------
    def add_note(self, plan_id: int, text: str, **fields: Any) -> Note:
        self.refuse_if_meeting_closed(fields.get("meeting_id"))
        with self.db.write():
            return self.db.insert(
                self.db.validate(Note, dict(plan_id=plan_id, text=text, created_at=now(), **fields))
            )

    def notes(self, plan_id: int, meeting_id: int | None = None) -> list[Note]:
        if meeting_id is None:
            return self.db.select(Note, "plan_id = ?", (plan_id,), order_by="created_at, id")
        return self.db.select(Note, "plan_id = ? AND meeting_id = ?", (plan_id, meeting_id), order_by="id")

    def add_observation(self, goal_id: int, text: str, on: date | str | None = None, **fields: Any) -> Observation:
        self.get_goal(goal_id)
        with self.db.write():
            return self.db.insert(
                self.db.validate(
                    Observation, dict(goal_id=goal_id, text=text, date=on or today(), **fields)
                )
            )

    def observations(self, goal_id: int, since: date | None = None) -> list[Observation]:
        if since is None:
            return self.db.select(Observation, "goal_id = ?", (goal_id,), order_by="date, id")
        return self.db.select(
            Observation, "goal_id = ? AND date >= ?", (goal_id, since.isoformat()), order_by="date, id"
        )
