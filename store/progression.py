"""Progression made visible: reading history per goal, and across goals by area.

Goal attainment scaling is in `gas.py`; the follow-up year (due, årshjul) in
`follow_up.py`.

Pure functions over records (no database) come first; `ProgressionUseCases`
is the mixin `Store` composes, reading everything a view needs in a few
batched queries.

Conventions (documented in the README):

- The *headline* of a set of readings follows `rules.headline_reading`: the
  agreed value (no participant) or the citizen's own score, else anyone's.
- "Change since the last meeting" compares the latest headline reading with
  the headline as it stood at the last *closed* meeting dated strictly before
  the latest reading (the newest reading on or before that meeting's date, so
  a person who did not score at that meeting is compared with their score
  before it). No such meeting or no earlier reading: no change (None).
- An important change is |change| >= N points; N is the `threshold`
  argument, else `$RUNDBORD_IMPORTANT_CHANGE`, else 2.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .base import UseCases
from .danish_order import participant_order
from .enums import Area, MeetingStatus, Role
from .models import Agreement, Goal, Meeting, Participant, Plan, ScaleReading
from .rules import headline_reading, previous_scores  # noqa: F401 - previous_scores: imported from here too

ENV_IMPORTANT = "RUNDBORD_IMPORTANT_CHANGE"
DEFAULT_IMPORTANT = 2
AGREED = "Fælles vurdering"
"""Name of the series of agreed readings (no participant)."""


def important_change_threshold(value: int | None = None) -> int:
    """N for "important change": `value`, else $RUNDBORD_IMPORTANT_CHANGE, else 2."""
    if value is not None:
        return max(1, int(value))
    env = os.environ.get(ENV_IMPORTANT, "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    return DEFAULT_IMPORTANT


def is_important(change: int | None, threshold: int) -> bool:
    return change is not None and abs(change) >= threshold


def _ordered(readings: Iterable[ScaleReading]) -> list[ScaleReading]:
    return sorted(readings, key=lambda r: (r.date, r.id or 0))


# -- per goal ---------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    """First and latest reading of a set, and the changes."""

    first: ScaleReading | None
    latest: ScaleReading | None
    since_first: int | None
    baseline: ScaleReading | None
    """The reading as it stood at the last closed meeting before the latest reading."""
    since_last_meeting: int | None


def first_headline(readings: Sequence[ScaleReading], participants: Iterable[Participant] = ()) -> ScaleReading | None:
    """The headline reading at the earliest date that has one (agreed/citizen's first)."""
    people = list(participants)
    latest = headline_reading(readings, people)
    if latest is None:
        return None
    citizen_ids = {p.id for p in people if p.role is Role.CITIZEN}
    ordered = _ordered(readings)
    own = [r for r in ordered if r.participant_id is None or r.participant_id in citizen_ids]
    pool = own or ordered
    first_day = pool[0].date
    return headline_reading([r for r in pool if r.date == first_day], people)


def change_of(
    readings: Sequence[ScaleReading],
    meetings: Iterable[Meeting],
    participants: Iterable[Participant] = (),
) -> Change:
    """First, latest and the changes, by the headline rule (see the module docstring)."""
    people = list(participants)
    latest = headline_reading(readings, people)
    first = first_headline(readings, people)
    if latest is None or first is None:
        return Change(None, None, None, None, None)
    # One reading only: nothing to compare with yet (None, not 0).
    since_first = latest.score - first.score if (first.date, first.id or 0) < (latest.date, latest.id or 0) else None
    meeting = last_meeting_before(meetings, latest.date)
    baseline = None
    if meeting is not None:
        baseline = headline_reading([r for r in readings if r.date <= meeting.date], people)
    since_meeting = latest.score - baseline.score if baseline is not None else None
    return Change(first, latest, since_first, baseline, since_meeting)


def last_meeting_before(meetings: Iterable[Meeting], day: date) -> Meeting | None:
    """The last closed meeting dated strictly before `day`."""
    closed = [m for m in meetings if m.status is MeetingStatus.CLOSED and m.date < day]
    return max(closed, key=lambda m: (m.date, m.time, m.id or 0)) if closed else None


@dataclass(frozen=True)
class Series:
    """One person's readings of one goal (participant_id None: the agreed value)."""

    participant_id: int | None
    name: str
    role: Role | None
    readings: list[ScaleReading]
    change: Change

    @property
    def points(self) -> list[tuple[date, int]]:
        return [(r.date, r.score) for r in self.readings]


@dataclass(frozen=True)
class DoneBetween:
    """Agreements done after one reading date and up to the next."""

    after: date
    until: date
    agreements: list[Agreement]


@dataclass(frozen=True)
class GoalProgression:
    goal: Goal
    series: list[Series]
    change: Change
    """The headline (agreed/citizen's) change."""
    last_meeting: Meeting | None
    spread: list[tuple[date, int, int]]
    """(date, lowest, highest) for each date with readings by two or more people."""
    done_between: list[DoneBetween]
    threshold: int

    @property
    def dates(self) -> list[date]:
        return sorted({r.date for s in self.series for r in s.readings})

    @property
    def important_since_first(self) -> bool:
        return is_important(self.change.since_first, self.threshold)

    @property
    def important_since_meeting(self) -> bool:
        return is_important(self.change.since_last_meeting, self.threshold)


def series_of(
    readings: Sequence[ScaleReading], participants: Iterable[Participant], meetings: Iterable[Meeting]
) -> list[Series]:
    """One series per person who scored; agreed first, then the citizen, then by name (Danish order)."""
    people = {p.id: p for p in participants}
    meeting_list = list(meetings)
    groups: dict[int | None, list[ScaleReading]] = {}
    for r in _ordered(readings):
        groups.setdefault(r.participant_id, []).append(r)

    def order(pid: int | None) -> tuple[bool, bool, str, int]:
        if pid is None:
            return (False, False, "", 0)
        p = people.get(pid)
        return (True, *participant_order(p)) if p is not None else (True, True, "", pid)

    out: list[Series] = []
    for pid in sorted(groups, key=order):
        p = people.get(pid) if pid is not None else None
        name = AGREED if pid is None else (p.name if p else f"Deltager {pid}")
        rs = groups[pid]
        # Within one person's series every reading is "own": the change is theirs.
        out.append(Series(pid, name, p.role if p else None, rs, change_of(rs, meeting_list)))
    return out


def spread_by_date(readings: Sequence[ScaleReading]) -> list[tuple[date, int, int]]:
    """(date, min, max) for dates where two or more readings were given."""
    by_day: dict[date, list[int]] = {}
    for r in readings:
        by_day.setdefault(r.date, []).append(r.score)
    return [(d, min(s), max(s)) for d, s in sorted(by_day.items()) if len(s) >= 2]


def done_between_readings(readings: Sequence[ScaleReading], agreements: Iterable[Agreement]) -> list[DoneBetween]:
    """Agreements with done_at in (d0, d1] for consecutive reading dates d0 < d1."""
    days = sorted({r.date for r in readings})
    done = sorted((a for a in agreements if a.done_at is not None), key=lambda a: (a.done_at, a.id or 0))
    out: list[DoneBetween] = []
    for d0, d1 in zip(days, days[1:]):
        items = [a for a in done if a.done_at is not None and d0 < a.done_at <= d1]
        if items:
            out.append(DoneBetween(d0, d1, items))
    return out


def goal_progression(
    goal: Goal,
    readings: Sequence[ScaleReading],
    participants: Sequence[Participant],
    meetings: Sequence[Meeting],
    agreements: Iterable[Agreement],
    *,
    threshold: int | None = None,
) -> GoalProgression:
    """Everything the progression view shows for one goal (pure)."""
    change = change_of(readings, meetings, participants)
    last = last_meeting_before(meetings, change.latest.date) if change.latest else None
    return GoalProgression(
        goal=goal,
        series=series_of(readings, participants, meetings),
        change=change,
        last_meeting=last,
        spread=spread_by_date(readings),
        done_between=done_between_readings(readings, [a for a in agreements if a.goal_id == goal.id]),
        threshold=important_change_threshold(threshold),
    )


@dataclass(frozen=True)
class ProgressionRow:
    """One line of the readings table (exports, minutes): change vs the same person's previous score."""

    date: date
    who: str
    score: int
    change: int | None


def progression_rows(readings: Sequence[ScaleReading], participants: Iterable[Participant]) -> list[ProgressionRow]:
    names = {p.id: p.name for p in participants}
    previous = previous_scores(readings)
    rows: list[ProgressionRow] = []
    for r in _ordered(readings):
        who = AGREED if r.participant_id is None else names.get(r.participant_id, f"Deltager {r.participant_id}")
        before = previous.get(r.id) if r.id is not None else None
        rows.append(ProgressionRow(r.date, who, r.score, None if before is None else r.score - before))
    return rows


# -- across goals --------------------------------------------------------------------
@dataclass(frozen=True)
class AreaProgress:
    """One area at the first and the latest reading: the mean headline over its goals."""

    area: Area
    first: float | None
    latest: float | None
    goals: int
    """Goals in the area that have readings."""

    @property
    def change(self) -> float | None:
        if self.first is None or self.latest is None:
            return None
        return round(self.latest - self.first, 1)


def area_progress_of(
    goals: Iterable[tuple[Goal, Sequence[ScaleReading]]],
    participants: Iterable[Participant],
    *,
    include_private: bool = True,
) -> list[AreaProgress]:
    """The four areas, each with the mean first and latest headline of its goals."""
    people = list(participants)
    firsts: dict[Area, list[int]] = {a: [] for a in Area}
    latests: dict[Area, list[int]] = {a: [] for a in Area}
    for goal, readings in goals:
        if goal.private and not include_private:
            continue
        rs = [r for r in readings if include_private or not r.private]
        first = first_headline(rs, people)
        latest = headline_reading(rs, people)
        if first is None or latest is None:
            continue
        firsts[goal.area].append(first.score)
        latests[goal.area].append(latest.score)

    def mean(xs: list[int]) -> float | None:
        return round(sum(xs) / len(xs), 1) if xs else None

    return [AreaProgress(a, mean(firsts[a]), mean(latests[a]), len(latests[a])) for a in Area]


# -- the use cases ----------------------------------------------------------------
class ProgressionUseCases(UseCases):
    """Mixed into `Store`."""

    def goal_progression(self, goal_id: int, *, threshold: int | None = None) -> GoalProgression:
        """The readings history of one goal, with changes, spread and agreements done between readings."""
        goal = self.db.get(Goal, goal_id)
        readings = self.db.select(ScaleReading, "goal_id = ?", (goal_id,), order_by="date, id")
        participants = self.db.select(Participant, "plan_id = ?", (goal.plan_id,))
        meetings = self.db.select(Meeting, "plan_id = ?", (goal.plan_id,), order_by="date, time, id")
        done = self.db.select(
            Agreement, "goal_id = ? AND done_at IS NOT NULL", (goal_id,), order_by="done_at, id"
        )
        return goal_progression(goal, readings, participants, meetings, done, threshold=threshold)

    def progression_rows(self, goal_id: int) -> list[ProgressionRow]:
        """The readings table of one goal: date, who, score, change vs that person's previous score."""
        goal = self.db.get(Goal, goal_id)
        readings = self.db.select(ScaleReading, "goal_id = ?", (goal_id,), order_by="date, id")
        return progression_rows(readings, self.db.select(Participant, "plan_id = ?", (goal.plan_id,)))

    def area_progress(self, citizen_id: int, *, include_private: bool = True) -> list[AreaProgress]:
        """The four areas at the first and the latest reading (mean headline over the area's goals)."""
        plans = self.db.select(Plan, "citizen_id = ?", (citizen_id,), order_by="id DESC")
        if not plans:
            return [AreaProgress(a, None, None, 0) for a in Area]
        plan_id = plans[0].id
        goals = self.db.select(Goal, "plan_id = ?", (plan_id,), order_by="position, id")
        readings: dict[int, list[ScaleReading]] = {g.id: [] for g in goals if g.id is not None}
        if readings:
            for r in self.db.select(
                ScaleReading, "goal_id IN (SELECT id FROM goal WHERE plan_id = ?)", (plan_id,), order_by="date, id"
            ):
                readings.setdefault(r.goal_id, []).append(r)
        return area_progress_of(
            ((g, readings.get(g.id or 0, [])) for g in goals),
            self.db.select(Participant, "plan_id = ?", (plan_id,)),
            include_private=include_private,
        )


__all__ = [
    "AreaProgress",
    "Change",
    "DoneBetween",
    "GoalProgression",
    "ProgressionRow",
    "ProgressionUseCases",
    "Series",
    "area_progress_of",
    "change_of",
    "goal_progression",
    "important_change_threshold",
]
