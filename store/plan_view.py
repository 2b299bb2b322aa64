"""What the plan screen and the live view show of one plan (`PlanView`), and it read as plain rows.

`Store.plan_view` reads it as models; `plain_plan_view` reads the same rows, in the same
order, as the plain row classes of `row_types.py` (no pydantic, no models): the plan
screen's first frame of `rundbord --citizen N` is drawn from it (`ListStore.plan_view`)
while the models load after that frame. Every record was validated by its model when it was
written; tests/store/test_plan_view.py holds the two views equal field by field.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .danish_order import participant_order
from .enums import Area, Role
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
    """By date. The goal's whole history in a view read with `history=True` (the live view); else the
    readings that decide its headline (`headline_statement`)."""
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
    history: bool = False
    """The goals carry every scale reading (the live view's sparklines); False: only the readings
    that decide each goal's headline and first headline (`PlanUseCases.headline_readings`)."""

    def participant(self, pid: int | None) -> Participant | None:
        return next((p for p in self.participants if p.id == pid), None)

    def goals_in(self, area: Area) -> list[GoalView]:
        return [g for g in self.goals if g.goal.area is area]


def headline_statement(goal_ids: Sequence[int], participants: Iterable[Participant]) -> tuple[str, list[Any]]:
    """The WHERE clause (and its parameters) that reads the scale readings deciding these goals' headlines.

    A goal's headline is its latest agreed or citizen's reading, else its
    latest of any, and its first headline likewise the first
    (`rules.headline_reading`, `progression.first_headline`), each with or
    without the private readings. So it is enough to read, for each goal,
    the readings taken on the first and the last date of each of its four
    kinds (the citizen's own or not, private or not): those two functions
    give the same reading over them as over the whole history, with or
    without the private ones (tests/store/test_headline_readings.py). On the
    big plan that is ~160 readings of 2,000, and the dates are found in
    SQL, so the other readings are never made into records. One statement for
    both read paths: `PlanUseCases.headline_readings` (models) and `plain_plan_view`.
    """
    ids = list(goal_ids)
    citizens = [p.id for p in participants if p.role is Role.CITIZEN and p.id is not None]
    own = "participant_id IS NULL"
    if citizens:
        own += f" OR participant_id IN ({_marks(citizens)})"
    kinds = (
        "SELECT goal_id, min(date) AS first, max(date) AS last FROM ("
        f"SELECT goal_id, date, private, CASE WHEN {own} THEN 1 ELSE 0 END AS own FROM scale_reading "
        f"WHERE goal_id IN ({_marks(ids)})) AS r GROUP BY goal_id, own, private"
    )
    where = (
        f"id IN (SELECT s.id FROM scale_reading AS s JOIN ({kinds}) AS k "
        "ON s.goal_id = k.goal_id AND (s.date = k.first OR s.date = k.last))"
    )
    return where, [*citizens, *ids]


def _marks(values: Sequence[object]) -> str:
    """One `?` per value, for `IN (...)`."""
    return ",".join("?" for _ in values)


def plain_plan_view(db: RowReader, catalog: Catalog, citizen_id: int) -> PlanView:
    """`Store.plan_view(citizen_id)` read as plain rows: the same statements' rows in the same order
    (the citizen's latest plan; goals, agreements by position; the readings that decide each goal's
    headline, by date; participants in Danish order; meetings by date and time; consents newest first)."""
    from . import row_types as rt

    citizen = db.get(rt.Citizen, citizen_id)
    plans = db.select(rt.Plan, "citizen_id = ?", (citizen_id,), order_by="id DESC")
    if not plans:
        raise NotFound(msg("plan.none", n=citizen_id))
    plan = plans[0]
    goals = db.select(rt.Goal, "plan_id = ?", (plan.id,), order_by="position, id")
    participants = sorted(db.select(rt.Participant, "plan_id = ?", (plan.id,)), key=participant_order)
    views = {g.id: GoalView(g) for g in goals}
    if views:
        ids = [gid for gid in views if gid is not None]
        where, params = headline_statement(ids, participants)
        for r in db.select(rt.ScaleReading, where, params, order_by="date, id"):
            views[r.goal_id].readings.append(r)
        for a in db.select(rt.Activity, f"goal_id IN ({_marks(ids)})", ids, order_by="position, id"):
            views[a.goal_id].activities.append(a)
    return PlanView(
        citizen=citizen,
        plan=plan,
        plan_type=catalog.plan_type(plan.plan_type),
        participants=participants,
        goals=list(views.values()),
        agreements=db.select(rt.Agreement, "plan_id = ?", (plan.id,), order_by="position, id"),
        meetings=db.select(rt.Meeting, "plan_id = ?", (plan.id,), order_by="date, time, id"),
        consents=db.select(rt.Consent, "plan_id = ?", (plan.id,), order_by="given_on DESC, id DESC"),
        consent_items=db.select(rt.ConsentItem, "consent_id IN (SELECT id FROM consent WHERE plan_id = ?)",
                                (plan.id,), order_by="id"),
    )
