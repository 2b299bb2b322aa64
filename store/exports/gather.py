"""Gathering what a copy needs from the database, in a few batched reads.

`gather_meeting` and `gather_plan` read everything the renderers need into
plain dataclasses; the renderers (`minutes.py`, `plan.py`) never touch the
database, so a copy is a pure function of these values and the audience.
The records are plain rows (`row_types.py`), read the same way through the
full store's `Database` and through the command line's `RowReader`: no
pydantic on this path.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from ..catalog import Catalog, PlanType
from ..checklist import ticks_in_force
from ..danish_order import participant_order
from ..enums import AgreementStatus, Role
from ..reader import RowReader as Database
from ..errors import InputError
from ..messages import msg
from ..row_types import (  # plain rows; for the type checker, the models
    Activity,
    AgendaItem,
    Agreement,
    AgreementEvent,
    Citizen,
    Consent,
    ConsentItem,
    Goal,
    GoalEvaluation,
    Meeting,
    Note,
    Observation,
    OrderGoal,
    Participant,
    PartTick,
    PdsaCycle,
    Plan,
    ScaleReading,
    ScalingAnswers,
    SmtteEvaluation,
)

if TYPE_CHECKING:
    from ..models import Record

R = TypeVar("R", bound="Record")


@dataclass
class PlanBasics:
    """What both copies share: the plan, its people and goals, and the consents."""

    citizen: Citizen
    plan: Plan
    plan_type: PlanType
    people: dict[int, Participant]
    goals: list[Goal]
    activities: dict[int, list[Activity]]
    ticks: dict[str, PartTick]
    consents: list[Consent]
    consent_items: list[ConsentItem]
    day: date
    """The day the copy is made (consents in force that day)."""

    def goal(self, goal_id: int | None) -> Goal | None:
        return next((g for g in self.goals if g.id == goal_id), None) if goal_id is not None else None


@dataclass
class MeetingData(PlanBasics):
    """Everything one meeting's minutes show."""

    meeting: Meeting
    kind_name: str
    present: list[Participant] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    readings: list[ScaleReading] = field(default_factory=list)
    """This meeting's readings."""
    previous: dict[int, int] = field(default_factory=dict)
    """Reading id -> the score the same person gave the same goal just before it."""
    agreements: dict[int, Agreement] = field(default_factory=dict)
    """The agreements the minutes show (`_meeting_agreements`), by id."""
    events: list[AgreementEvent] = field(default_factory=list)
    next_meeting: Meeting | None = None
    next_kind_name: str = ""
    evaluations: list[GoalEvaluation] = field(default_factory=list)
    """Goal evaluations made at this meeting."""
    scaling: list[ScalingAnswers] = field(default_factory=list)
    """The scaling conversation's answers at this meeting."""
    smtte_rounds: list[SmtteEvaluation] = field(default_factory=list)
    """SMTTE rounds up to this meeting's date (the history the day service reads)."""
    pdsa: list[PdsaCycle] = field(default_factory=list)
    """Trials recorded in this meeting or dated since the previous one."""
    signs: list[Observation] = field(default_factory=list)
    """Signs observed since the previous meeting, up to this one's date."""
    since: date | None = None
    """The previous meeting's date."""


@dataclass
class PlanData(PlanBasics):
    """Everything the plan copy shows."""

    agreements: list[Agreement] = field(default_factory=list)
    readings: dict[int, list[ScaleReading]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    """The plan's own notes (not written in a meeting)."""
    signs: dict[int, list[Observation]] = field(default_factory=dict)
    pdsa: dict[int, list[PdsaCycle]] = field(default_factory=dict)
    evaluations: dict[int, list[GoalEvaluation]] = field(default_factory=dict)
    smtte_rounds: dict[int, list[SmtteEvaluation]] = field(default_factory=dict)
    scaling: dict[int, list[ScalingAnswers]] = field(default_factory=dict)
    order_goals: list[OrderGoal] = field(default_factory=list)
    next_meeting: Meeting | None = None
    next_kind_name: str = ""


def _of_goals(db: Database, model: type[R], goal_ids: list[int], order_by: str) -> dict[int, list[R]]:
    out: dict[int, list[R]] = {gid: [] for gid in goal_ids}
    if goal_ids:
        marks = ",".join("?" for _ in goal_ids)
        for r in db.select(model, f"goal_id IN ({marks})", goal_ids, order_by=order_by):
            out.setdefault(getattr(r, "goal_id"), []).append(r)
    return out


def _basics(db: Database, catalog: Catalog, plan: Plan, day: date) -> dict[str, Any]:
    """The `PlanBasics` fields, as keyword arguments for `MeetingData` or `PlanData`."""
    assert plan.id is not None
    goals = db.select(Goal, "plan_id = ?", (plan.id,), order_by="position, id")
    gids = [g.id for g in goals if g.id is not None]
    consents = db.select(Consent, "plan_id = ?", (plan.id,), order_by="given_on, id")
    return dict(
        citizen=db.get(Citizen, plan.citizen_id),
        plan=plan,
        plan_type=catalog.plan_type(plan.plan_type),
        people={p.id: p for p in db.select(Participant, "plan_id = ?", (plan.id,)) if p.id is not None},
        goals=goals,
        activities=_of_goals(db, Activity, gids, "position, id"),
        ticks=ticks_in_force(db.select(PartTick, "plan_id = ?", (plan.id,), order_by="ticked_at, id")),
        consents=consents,
        consent_items=db.select(ConsentItem, "consent_id IN (SELECT id FROM consent WHERE plan_id = ?)",
                                (plan.id,), order_by="id"),
        day=day,
    )


def _kind_name(catalog: Catalog, code: str) -> str:
    kind = catalog.meeting_kinds.get(code)
    return kind.name if kind else code


def _next_meeting(db: Database, meeting: Meeting) -> Meeting | None:
    if meeting.next_meeting_date is None:
        return None
    later = db.select(Meeting, "plan_id = ? AND date = ? AND id != ?",
                      (meeting.plan_id, meeting.next_meeting_date.isoformat(), meeting.id or 0), order_by="time, id")
    return later[0] if later else None


def _meeting_agreements(db: Database, plan_id: int, meeting_id: int) -> list[Agreement]:
    """The plan's agreements that one meeting's minutes show, in the plan's order: made in the meeting,
    decided on in it (an event), and the open ones a day-service participant holds (the day service's copy
    lists them). Not the rest of a long plan's agreements (the big plan has 500: reading them all was most
    of the minutes' time)."""
    return db.select(
        Agreement,
        "plan_id = ? AND (meeting_id = ? OR id IN (SELECT agreement_id FROM agreement_event WHERE meeting_id = ?)"
        " OR (status = ? AND who_id IN (SELECT id FROM participant WHERE plan_id = ? AND role = ?)))",
        (plan_id, meeting_id, meeting_id, AgreementStatus.OPEN.value, plan_id, Role.DAY_SERVICE.value),
        order_by="position, id",
    )


def _previous_scores(db: Database, meeting_id: int, goal_ids: list[int]) -> dict[int, int]:
    """For each of the meeting's readings (by id), the score the same person gave the same goal just before it
    (`progression.previous_scores`: the order of date, then id), in one statement: each reading's previous
    one is one indexed look-up inside it, not a round trip of its own (the long meeting has ~40 readings)."""
    marks = ",".join("?" for _ in goal_ids)
    rows = db.query(
        "SELECT r.id AS id, (SELECT p.score FROM scale_reading p WHERE p.goal_id = r.goal_id"
        " AND p.participant_id IS NOT DISTINCT FROM r.participant_id"
        " AND (p.date < r.date OR (p.date = r.date AND p.id < r.id))"
        " ORDER BY p.date DESC, p.id DESC LIMIT 1) AS before"
        f" FROM scale_reading r WHERE r.meeting_id = ? AND r.goal_id IN ({marks})",
        [meeting_id, *goal_ids],
    )
    return {int(r["id"]): int(r["before"]) for r in rows if r["before"] is not None}


def gather_meeting(db: Database, catalog: Catalog, meeting_id: int, day: date) -> MeetingData:
    """Everything the minutes of one meeting show, read once."""
    meeting = db.get(Meeting, meeting_id)
    plan = db.get(Plan, meeting.plan_id)
    assert plan.id is not None
    basics = _basics(db, catalog, plan, day)
    people: dict[int, Participant] = basics["people"]
    goals: list[Goal] = basics["goals"]
    gids = [g.id for g in goals if g.id is not None]
    present_ids = [
        int(r["participant_id"])
        for r in db.query("SELECT participant_id FROM meeting_participant WHERE meeting_id = ? ORDER BY id",
                          (meeting_id,))
    ]
    earlier = db.select(Meeting, "plan_id = ? AND id != ? AND date < ?",
                        (plan.id, meeting_id, meeting.date.isoformat()), order_by="date DESC, id DESC LIMIT 1")
    since = earlier[0].date if earlier else None
    readings: list[ScaleReading] = []
    previous: dict[int, int] = {}
    signs: list[Observation] = []
    pdsa: list[PdsaCycle] = []
    rounds: list[SmtteEvaluation] = []
    if gids:
        marks = ",".join("?" for _ in gids)
        readings = db.select(ScaleReading, f"meeting_id = ? AND goal_id IN ({marks})", [meeting_id, *gids],
                             order_by="date, id")
        previous = _previous_scores(db, meeting_id, gids)
        window = [meeting.date.isoformat(), *gids]
        after = "" if since is None else " AND date > ?"
        if since is not None:
            window.append(since.isoformat())
        signs = db.select(Observation, f"date <= ? AND goal_id IN ({marks}){after}", window, order_by="date, id")
        pdsa = db.select(PdsaCycle, f"(meeting_id = ? OR (date <= ?{after})) AND goal_id IN ({marks})",
                         [meeting_id, meeting.date.isoformat(), *([since.isoformat()] if since else []), *gids],
                         order_by="date, id")
        rounds = db.select(SmtteEvaluation, f"date <= ? AND goal_id IN ({marks})", [meeting.date.isoformat(), *gids],
                           order_by="date, id")
    nxt = _next_meeting(db, meeting)
    return MeetingData(
        **basics,
        meeting=meeting,
        kind_name=_kind_name(catalog, meeting.kind),
        present=sorted((people[i] for i in present_ids if i in people), key=participant_order),
        agenda=[item.model_copy(update={"title": catalog.agenda_title(item.title)})
                for item in db.select(AgendaItem, "meeting_id = ?", (meeting_id,), order_by="position, id")],
        notes=db.select(Note, "meeting_id = ?", (meeting_id,), order_by="created_at, id"),
        readings=readings,
        previous=previous,
        agreements={a.id: a for a in _meeting_agreements(db, plan.id, meeting_id) if a.id is not None},
        events=db.select(AgreementEvent, "meeting_id = ?", (meeting_id,), order_by="at, id"),
        next_meeting=nxt,
        next_kind_name=_kind_name(catalog, nxt.kind) if nxt else "",
        evaluations=db.select(GoalEvaluation, "meeting_id = ?", (meeting_id,), order_by="date, id"),
        scaling=db.select(ScalingAnswers, "meeting_id = ?", (meeting_id,), order_by="id"),
        smtte_rounds=rounds,
        pdsa=pdsa,
        signs=signs,
        since=since,
    )


def latest_plan(db: Database, citizen_id: int) -> Plan:
    db.get(Citizen, citizen_id)
    plans = db.select(Plan, "citizen_id = ?", (citizen_id,), order_by="id DESC LIMIT 1")
    if not plans or plans[0].id is None:
        raise InputError("citizen_id", msg("plan.none", n=citizen_id))
    return plans[0]


def gather_plan(db: Database, catalog: Catalog, citizen_id: int, day: date) -> PlanData:
    """Everything the plan copy shows, read once."""
    plan = latest_plan(db, citizen_id)
    assert plan.id is not None
    basics = _basics(db, catalog, plan, day)
    goals: list[Goal] = basics["goals"]
    gids = [g.id for g in goals if g.id is not None]
    upcoming = db.select(Meeting, "plan_id = ? AND date >= ? AND status != 'closed'", (plan.id, day.isoformat()),
                         order_by="date, time, id LIMIT 1")
    nxt = upcoming[0] if upcoming else None
    return PlanData(
        **basics,
        agreements=db.select(Agreement, "plan_id = ?", (plan.id,), order_by="position, id"),
        readings=_of_goals(db, ScaleReading, gids, "date, id"),
        notes=db.select(Note, "plan_id = ? AND meeting_id IS NULL", (plan.id,), order_by="created_at, id"),
        signs=_of_goals(db, Observation, gids, "date, id"),
        pdsa=_of_goals(db, PdsaCycle, gids, "date, id"),
        evaluations=_of_goals(db, GoalEvaluation, gids, "date, id"),
        smtte_rounds=_of_goals(db, SmtteEvaluation, gids, "date, id"),
        scaling=_of_goals(db, ScalingAnswers, gids, "date, id"),
        order_goals=db.select(OrderGoal, "plan_id = ?", (plan.id,), order_by="position, id"),
        next_meeting=nxt,
        next_kind_name=_kind_name(catalog, nxt.kind) if nxt else "",
    )
