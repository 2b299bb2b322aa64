"""Progression made visible: reading history per goal, goal attainment scaling, the follow-up year.

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
- The follow-up year window (`due_items`) runs from `today` to
  `today + 7*weeks` days, both ends inclusive. Overdue agreements are open
  agreements due before `today` (the due day itself is not overdue).
"""
from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from .base import UseCases
from .enums import AgreementStatus, Area, GoalStatus, MeetingStatus, Role
from .errors import InputError
from .labels import ROLE_DA
from .models import Agreement, Goal, Meeting, Participant, Plan, ScaleReading
from .repeat import describe_repeat, next_occurrence
from .rules import headline_reading

ENV_IMPORTANT = "RUNDBORD_IMPORTANT_CHANGE"
DEFAULT_IMPORTANT = 2
GAS_RHO = 0.3
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
    """One series per person who scored; agreed first, then the citizen, then by participant id."""
    people = {p.id: p for p in participants}
    meeting_list = list(meetings)
    groups: dict[int | None, list[ScaleReading]] = {}
    for r in _ordered(readings):
        groups.setdefault(r.participant_id, []).append(r)

    def order(pid: int | None) -> tuple[int, int]:
        if pid is None:
            return (0, 0)
        p = people.get(pid)
        return (1 if p is not None and p.role is Role.CITIZEN else 2, pid)

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


def previous_scores(readings: Iterable[ScaleReading]) -> dict[int, int]:
    """For each reading (by id), the score the same person gave the same goal just before it.

    A reading without an earlier one by that person is absent. "Before" is the
    order of date, then id, as everywhere else.
    """
    last: dict[tuple[int, int | None], int] = {}
    out: dict[int, int] = {}
    for r in _ordered(readings):
        key = (r.goal_id, r.participant_id)
        if key in last and r.id is not None:
            out[r.id] = last[key]
        last[key] = r.score
    return out


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


# -- goal attainment scaling ---------------------------------------------------------------
GAS_FIELDS: dict[int, str] = {
    -2: "gas_minus2",
    -1: "gas_minus1",
    0: "gas_zero",
    1: "gas_plus1",
    2: "gas_plus2",
}


def _scale_range(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}-{hi}"


def propose_gas_levels(goal: Goal, target_from: int, target_to: int) -> dict[int, str]:
    """Five level descriptions from the scale: the target is the expected outcome (0).

    "From 4 to 6": 0 = 6; -1 = 5 (on the way); -2 = 4 or lower (no progress);
    +1 = 7; +2 = 8 or more. Near the top of the scale the upper levels say so.
    """
    for name, v in (("target_from", target_from), ("target_to", target_to)):
        if not isinstance(v, int) or not 1 <= v <= 10:
            raise InputError(name, "Skalaen går fra 1 til 10.")
    if target_to <= target_from:
        raise InputError("target_to", "Målet skal ligge over udgangspunktet på skalaen.")
    anchor = f" Skala: {goal.scale_anchor.strip()}" if goal.scale_anchor.strip() else ""
    below = _scale_range(target_from + 1, target_to - 1) if target_to - target_from >= 2 else None
    levels = {
        -2: f"Meget mindre end forventet: {target_from} eller lavere på skalaen (ingen fremgang).",
        -1: (
            f"Mindre end forventet: {below} på skalaen (på vej, men ikke nået {target_to})."
            if below
            else f"Mindre end forventet: tæt på {target_to}, men ikke helt nået."
        ),
        0: f"Forventet: {target_to} på skalaen (fra {target_from}).{anchor}",
    }
    if target_to <= 8:
        levels[1] = f"Mere end forventet: {target_to + 1} på skalaen."
        levels[2] = f"Meget mere end forventet: {target_to + 2} eller højere på skalaen."
    elif target_to == 9:
        levels[1] = "Mere end forventet: 10 på skalaen."
        levels[2] = "Meget mere end forventet: 10 på skalaen, og før tiden."
    else:
        levels[1] = "Mere end forventet: 10 nået før tiden."
        levels[2] = "Meget mere end forventet: 10 nået før tiden, og et nyt mål er i gang."
    return dict(sorted(levels.items()))


def gas_weight_of(goal: Goal) -> float:
    """importance × difficulty when both are set, else the goal's gas_weight (default 1)."""
    if goal.gas_importance is not None and goal.gas_difficulty is not None:
        return float(goal.gas_importance * goal.gas_difficulty)
    return float(goal.gas_weight)


def gas_t_score(results: Sequence[tuple[float, int]], rho: float = GAS_RHO) -> float:
    """Kiresuk-Sherman T = 50 + 10·Σ(wᵢxᵢ) / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²) over (weight, level) pairs."""
    if not results:
        raise ValueError("no GAS results")
    sw = sum(w for w, _ in results)
    sw2 = sum(w * w for w, _ in results)
    swx = sum(w * x for w, x in results)
    denominator = math.sqrt((1 - rho) * sw2 + rho * sw * sw)
    if denominator == 0:
        raise ValueError("GAS weights must be positive")
    return 50 + 10 * swx / denominator


# -- the follow-up year -----------------------------------------------------------
class DueKind(StrEnum):
    MEETING = "meeting"
    GOAL_END = "goal_end"
    SMTTE = "smtte"
    OVERDUE = "overdue"
    REPEAT = "repeat"
    """An open agreement that repeats ("hver torsdag"): listed on its next day in the window."""


DUE_KIND_DA: dict[DueKind, str] = {
    DueKind.MEETING: "Møde",
    DueKind.GOAL_END: "Periode slutter",
    DueKind.SMTTE: "SMTTE-evaluering",
    DueKind.OVERDUE: "Overskredet aftale",
    DueKind.REPEAT: "Fast aftale",
}
_KIND_ORDER = {k: i for i, k in enumerate(DueKind)}
PRIVATE_MARK = "🔒 "
"""Before a private item's text in the follow-up list (screen and `rundbord due`)."""


@dataclass(frozen=True)
class DueItem:
    """One thing in the follow-up year that needs the facilitator."""

    date: date
    kind: DueKind
    citizen_id: int
    citizen_name: str
    what: str
    detail: str = ""
    ref_id: int = 0
    """The meeting, goal or agreement id."""
    private: bool = False
    """A private goal or agreement: marked 🔒 where it is listed (the facilitator's lists only)."""

    def sort_key(self) -> tuple[Any, ...]:
        return (self.date, _KIND_ORDER[self.kind], self.citizen_name.casefold(), self.citizen_id, self.ref_id)


def due_window(today: date, weeks: int) -> tuple[date, date]:
    """The window [today, today + 7·weeks], both ends inclusive."""
    if weeks < 0:
        raise InputError("weeks", "Antal uger kan ikke være negativt.")
    return today, today + timedelta(days=7 * weeks)


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

    # -- goal attainment scaling ------------------------------------------------
    def set_gas_levels(
        self,
        goal_id: int,
        levels: dict[int, str] | None = None,
        *,
        weight: float | None = None,
        importance: int | None = None,
        difficulty: int | None = None,
    ) -> Goal:
        """Describe the five GAS levels (-2..+2) and optionally the weight (or importance × difficulty)."""
        changes: dict[str, Any] = {}
        for level, text in (levels or {}).items():
            if level not in GAS_FIELDS:
                raise InputError("gas_level", "Niveauet skal være -2, -1, 0, +1 eller +2.")
            changes[GAS_FIELDS[level]] = text.strip()
        if levels is not None and not changes.get("gas_zero", self.db.get(Goal, goal_id).gas_zero):
            raise InputError("gas_zero", "Beskriv det forventede udbytte (niveau 0).")
        if weight is not None:
            changes["gas_weight"] = weight
        if importance is not None:
            changes["gas_importance"] = importance
        if difficulty is not None:
            changes["gas_difficulty"] = difficulty
        with self.db.write():
            return self.db.update(Goal, goal_id, **changes)

    def gas_target(self, goal_id: int) -> tuple[int, int]:
        """(from, to) for the GAS proposal: the newest open agreement on the goal naming a target,
        else the latest headline reading and two steps up (1 → 3 without readings)."""
        targets = self.db.select(
            Agreement, "goal_id = ? AND target_to IS NOT NULL AND status = ?", (goal_id, AgreementStatus.OPEN.value),
            order_by="id DESC",
        )
        for a in targets:
            if a.target_from is not None and a.target_to is not None and a.target_from < a.target_to:
                return a.target_from, a.target_to
        goal = self.db.get(Goal, goal_id)
        readings = self.db.select(ScaleReading, "goal_id = ?", (goal_id,), order_by="date, id")
        latest = headline_reading(readings, self.db.select(Participant, "plan_id = ?", (goal.plan_id,)))
        start = min(latest.score, 9) if latest else 1
        return start, min(start + 2, 10)

    def gas_levels(self, goal_id: int, *, propose_missing: bool = True) -> dict[int, str]:
        """The goal's five GAS descriptions; empty ones filled from `propose_gas_levels` when asked."""
        goal = self.db.get(Goal, goal_id)
        stored = {level: str(getattr(goal, name)) for level, name in GAS_FIELDS.items()}
        if not propose_missing or all(stored.values()):
            return stored
        proposal = propose_gas_levels(goal, *self.gas_target(goal_id))
        return {level: stored[level] or proposal[level] for level in GAS_FIELDS}

    def record_gas_result(self, goal_id: int, level: int | None) -> Goal:
        """The level reached at evaluation (-2..+2), or None to clear it."""
        if level is not None and level not in GAS_FIELDS:
            raise InputError("gas_result", "Niveauet skal være -2, -1, 0, +1 eller +2.")
        with self.db.write():
            return self.db.update(Goal, goal_id, gas_result=level)

    def save_gas(
        self,
        goal_id: int,
        levels: dict[int, str],
        result: int | None,
        *,
        weighting: tuple[int | None, int | None] | None = None,
    ) -> Goal:
        """The five descriptions and the level reached, in one transaction (the GAS editor).

        `weighting` = (importance, difficulty), each 1-3 or None: both set makes the
        goal's weight importance × difficulty; None in either clears both (weight 1,
        or the goal's own `gas_weight`). Without `weighting` the weight is left alone.
        """
        if result is not None and result not in GAS_FIELDS:
            raise InputError("gas_result", "Niveauet skal være -2, -1, 0, +1 eller +2.")
        importance, difficulty = weighting if weighting is not None else (None, None)
        for name, v in (("gas_importance", importance), ("gas_difficulty", difficulty)):
            if v is not None and v not in (1, 2, 3):
                raise InputError(name, "Vigtighed og sværhed angives som 1, 2 eller 3.")
        with self.db.write():
            self.set_gas_levels(goal_id, levels)
            if weighting is not None:
                both = importance is not None and difficulty is not None
                self.db.update(Goal, goal_id, gas_importance=importance if both else None,
                               gas_difficulty=difficulty if both else None)
            return self.record_gas_result(goal_id, result)

    def citizen_gas_t_score(self, citizen_id: int) -> float | None:
        """The GAS T-score over the goals of the citizen's plan that have a result; None without any."""
        goals = self.db.select(
            Goal,
            "plan_id = (SELECT max(id) FROM plan WHERE citizen_id = ?) AND gas_result IS NOT NULL",
            (citizen_id,),
        )
        results = [(gas_weight_of(g), int(g.gas_result)) for g in goals if g.gas_result is not None]
        return gas_t_score(results) if results else None

    # -- the follow-up year ---------------------------------------------------------
    def due_items(self, today: date, weeks: int = 4) -> list[DueItem]:
        """Across all citizens: what needs the facilitator from `today` to `today + weeks` (inclusive).

        Planned meetings in the window; active goals whose period ends in the
        window; SMTTE evaluations due in the window or already past; open
        agreements due before `today` (overdue). Sorted by date, then kind.
        """
        start, end = due_window(today, weeks)
        s, e, t = start.isoformat(), end.isoformat(), today.isoformat()
        items: list[DueItem] = []
        join = "JOIN plan p ON p.id = {0}.plan_id JOIN citizen c ON c.id = p.citizen_id"
        for r in self.db.query(
            "SELECT m.id, m.date, m.time, m.kind, m.place, c.id AS cid, c.name "
            f"FROM meeting m {join.format('m')} WHERE m.date BETWEEN ? AND ? AND m.status = ?",
            (s, e, MeetingStatus.PLANNED.value),
        ):
            try:
                kind = self.catalog.meeting_kind(r["kind"]).name
            except Exception:  # noqa: BLE001 - a kind removed from the catalogue still shows
                kind = str(r["kind"])
            detail = " ".join(x for x in (r["time"] or "", r["place"] or "") if x)
            items.append(DueItem(date.fromisoformat(r["date"]), DueKind.MEETING, r["cid"], r["name"], kind,
                                 detail, r["id"]))
        for r in self.db.query(
            "SELECT g.id, g.text, g.end_date, g.smtte_due, g.private, c.id AS cid, c.name "
            f"FROM goal g {join.format('g')} WHERE g.status = ? AND "
            "((g.end_date BETWEEN ? AND ?) OR (g.smtte_due <= ?))",
            (GoalStatus.ACTIVE.value, s, e, e),
        ):
            if r["end_date"] and s <= r["end_date"] <= e:
                items.append(DueItem(date.fromisoformat(r["end_date"]), DueKind.GOAL_END, r["cid"], r["name"],
                                     r["text"], "", r["id"], bool(r["private"])))
            if r["smtte_due"] and r["smtte_due"] <= e:
                items.append(DueItem(date.fromisoformat(r["smtte_due"]), DueKind.SMTTE, r["cid"], r["name"],
                                     r["text"], "", r["id"], bool(r["private"])))
        # The same rule as `rules.is_overdue`, in SQL: open, and due before today (the due day is not overdue).
        rows = self.db.query(
            "SELECT a.id, a.what, a.due_date, a.private, c.id AS cid, c.name AS cname, w.name AS who_name, w.role AS who_role "
            f"FROM agreement a {join.format('a')} LEFT JOIN participant w ON w.id = a.who_id "
            "WHERE a.status = ? AND a.due_date < ? AND a.due_date != ''",
            (AgreementStatus.OPEN.value, t),
        )
        for r in rows:
            who = r["who_name"] or ""
            if r["who_role"] in {role.value for role in Role}:
                who = f"{who} ({ROLE_DA[Role(r['who_role'])].lower()})"
            items.append(DueItem(date.fromisoformat(r["due_date"]), DueKind.OVERDUE, r["cid"], r["cname"], r["what"],
                                 who, r["id"], bool(r["private"])))
        rows = self.db.query(
            "SELECT a.id, a.what, a.repeat, a.created_at, a.private, c.id AS cid, c.name AS cname, "
            f"w.name AS who_name, w.role AS who_role FROM agreement a {join.format('a')} "
            "LEFT JOIN participant w ON w.id = a.who_id WHERE a.status = ? AND a.repeat != ''",
            (AgreementStatus.OPEN.value,),
        )
        for r in rows:
            made = date.fromisoformat(r["created_at"][:10]) if r["created_at"] else start
            on = next_occurrence(r["repeat"], start, made)
            if on > end:
                continue
            who = r["who_name"] or ""
            if r["who_role"] in {role.value for role in Role}:
                who = f"{who} ({ROLE_DA[Role(r['who_role'])].lower()})"
            detail = describe_repeat(r["repeat"]) + (f" — {who}" if who else "")
            items.append(DueItem(on, DueKind.REPEAT, r["cid"], r["cname"], r["what"], detail, r["id"],
                                 bool(r["private"])))
        return sorted(items, key=DueItem.sort_key)


def format_due_items(items: Sequence[DueItem], today: date, weeks: int) -> list[str]:
    """The follow-up list as plain Danish lines (the `rundbord due` command prints these)."""
    from .dates import format_date

    start, end = due_window(today, weeks)
    unit = "uge" if weeks == 1 else "uger"
    count = "punkt" if len(items) == 1 else "punkter"
    lines = [f"Årshjul: {format_date(start)} til {format_date(end)} ({weeks} {unit}), {len(items)} {count}"]
    for it in items:
        extra = f" — {it.detail}" if it.detail else ""
        lock = PRIVATE_MARK if it.private else ""
        lines.append(f"{format_date(it.date)}  {DUE_KIND_DA[it.kind]:<18}  {it.citizen_name}: {lock}{it.what}{extra}")
    return lines


__all__ = [
    "AreaProgress",
    "Change",
    "DoneBetween",
    "DueItem",
    "DueKind",
    "GoalProgression",
    "ProgressionRow",
    "ProgressionUseCases",
    "Series",
    "area_progress_of",
    "change_of",
    "due_window",
    "gas_t_score",
    "goal_progression",
    "important_change_threshold",
    "propose_gas_levels",
]
