"""What the plan screen and the live view show of one plan (`PlanView`), and it read as plain rows.

`Store.plan_view` reads it as models; `plain_plan_view` reads the same rows, in the same
order, as the plain row classes of `row_types.py` (no pydantic, no models): the plan
screen's first frame of `rundbord --citizen N` is drawn from it (`ListStore.plan_view`)
while the models load after that frame. Every record was validated by its model when it was
written; tests/store/test_plan_view.py holds the two views equal field by field.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .danish_order import participant_order
from .enums import Area
from .errors import NotFound
from .messages import msg

if TYPE_CHECKING:
    from .catalog import Catalog, PlanType
    from .models import (
        Activity,
        Agreement,
        Citizen,
        Consent,
        ConsentItem,
        Goal,
        Meeting,
        Participant,
        Plan,
        ScaleReading,
    )
    from .reader import RowReader


@dataclass
class GoalView:
    goal: Goal
    readings: list[ScaleReading] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)


@dataclass
class PlanView:
    """Everything the plan screen and the live view show, read in one go."""

    citizen: Citizen
    plan: Plan
    plan_type: PlanType
    participants: list[Participant]
    goals: list[GoalView]
    agreements: list[Agreement]
    meetings: list[Meeting]
    consents: list[Consent] = field(default_factory=list)
    consent_items: list[ConsentItem] = field(default_factory=list)
    """The consents to share with relatives and the items they cover (the visibility rule reads them)."""

    def participant(self, pid: int | None) -> Participant | None:
        return next((p for p in self.participants if p.id == pid), None)

    def goals_in(self, area: Area) -> list[GoalView]:
        return [g for g in self.goals if g.goal.area is area]


def plain_plan_view(db: RowReader, catalog: Catalog, citizen_id: int) -> PlanView:
    """`Store.plan_view(citizen_id)` read as plain rows: the same statements' rows in the same order
    (the citizen's latest plan; goals, agreements by position; readings by date; participants in
    Danish order; meetings by date and time; consents newest first)."""
    from . import row_types as rt

    citizen = db.get(rt.Citizen, citizen_id)
    plans = db.select(rt.Plan, "citizen_id = ?", (citizen_id,), order_by="id DESC")
    if not plans:
        raise NotFound(msg("plan.none", n=citizen_id))
    plan = plans[0]
    goals = db.select(rt.Goal, "plan_id = ?", (plan.id,), order_by="position, id")
    views = {g.id: GoalView(g) for g in goals}
    if views:
        marks = ",".join("?" for _ in views)
        ids = list(views)
        for r in db.select(rt.ScaleReading, f"goal_id IN ({marks})", ids, order_by="date, id"):
            views[r.goal_id].readings.append(r)
        for a in db.select(rt.Activity, f"goal_id IN ({marks})", ids, order_by="position, id"):
            views[a.goal_id].activities.append(a)
    return PlanView(
        citizen=citizen,
        plan=plan,
        plan_type=catalog.plan_type(plan.plan_type),
        participants=sorted(db.select(rt.Participant, "plan_id = ?", (plan.id,)), key=participant_order),
        goals=list(views.values()),
        agreements=db.select(rt.Agreement, "plan_id = ?", (plan.id,), order_by="position, id"),
        meetings=db.select(rt.Meeting, "plan_id = ?", (plan.id,), order_by="date, time, id"),
        consents=db.select(rt.Consent, "plan_id = ?", (plan.id,), order_by="given_on DESC, id DESC"),
        consent_items=db.select(rt.ConsentItem, "consent_id IN (SELECT id FROM consent WHERE plan_id = ?)",
                                (plan.id,), order_by="id"),
    )
