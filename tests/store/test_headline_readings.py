"""The plan screen's read: each goal with the readings that decide its headline, not its whole history.

`Store.plan_view` reads, per goal, only the readings taken on the first and
the last date of each kind (the citizen's own or someone else's, private or
not). Over them, the headline (`headline_reading`) and the first headline
(`first_headline`), with or without the private readings, must be exactly
what they are over every reading; the live view's `history=True` reads them
all. Both engines (tests/store/conftest.py).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import NotFound, Store
from store.enums import Area, Role
from store.models import Participant, ScaleReading
from store.progression import area_progress_of, first_headline
from store.rules import headline_reading
from tests.store.test_live_follower import WRITES

START = date(2026, 1, 5)

Reading = tuple[int, str, bool, int]
"""(days after START, who: "agreed" / "citizen" / "officer", private, score)."""


def _plan(store: Store, name: str = "Aske Testesen") -> tuple[int, int, dict[str, int | None]]:
    """A citizen, the plan's id, and who may score: agreed (no one), the citizen, a case officer."""
    citizen = store.create_citizen(name)
    assert citizen.id is not None
    plan = store.plan_of(citizen.id)
    assert plan.id is not None
    people = store.participants(plan.id)
    own = next((p.id for p in people if p.role is Role.CITIZEN), None)
    if own is None:
        own = store.add_participant(plan.id, name, Role.CITIZEN).id
    officer = store.add_participant(plan.id, "Sagsbehandler Birk", Role.AUTHORITY).id
    return citizen.id, plan.id, {"agreed": None, "citizen": own, "officer": officer}


def _record(store: Store, goal_id: int, who: dict[str, int | None], readings: list[Reading]) -> None:
    for days, person, private, score in readings:
        store.record_scale_reading(goal_id, score, on=START + timedelta(days=days), participant_id=who[person],
                                   private=private)


def _what_shows(readings: list[ScaleReading], people: list[Participant]) -> list[ScaleReading | None]:
    """Everything the screens work out from a goal's readings: headline and first, with and without private."""
    public = [r for r in readings if not r.private]
    return [headline_reading(readings, people), first_headline(readings, people),
            headline_reading(public, people), first_headline(public, people)]


def test_a_goal_with_many_readings_shows_its_latest_score_from_a_few(store: Store) -> None:
    cid, pid, who = _plan(store)
    work = store.add_goal(pid, Area.EMPLOYMENT, "Komme i praktik to dage om ugen").id
    sleep = store.add_goal(pid, Area.HEALTH, "Sove godt fem nætter om ugen").id
    assert work is not None and sleep is not None
    # 150 readings on work over a year: the officer last, a private one after the citizen's last.
    many: list[Reading] = [(d, ("agreed", "citizen", "officer")[d % 3], d % 7 == 0, 1 + d % 10) for d in range(150)]
    _record(store, work, who, [*many, (150, "citizen", False, 7), (151, "citizen", True, 2), (152, "officer", False, 9)])
    _record(store, sleep, who, [(3, "officer", False, 4)])  # only someone else's score: it is the headline

    view = store.plan_view(cid)
    whole = store.plan_view(cid, history=True)
    assert not view.history and whole.history
    shown = {gv.goal.id: gv.readings for gv in view.goals}
    every = {gv.goal.id: gv.readings for gv in whole.goals}
    assert len(every[work]) == 153 and len(shown[work]) < 20
    for gid in (work, sleep):
        assert shown[gid] == sorted(shown[gid], key=lambda r: (r.date, r.id or 0))
        assert {r.id for r in shown[gid]} <= {r.id for r in every[gid]}
        assert _what_shows(shown[gid], view.participants) == _what_shows(every[gid], view.participants)
    latest = headline_reading(shown[work], view.participants)
    assert latest is not None and (latest.score, latest.private) == (2, True)  # the citizen's newest, private
    public = headline_reading([r for r in shown[work] if not r.private], view.participants)
    assert public is not None and public.score == 7
    other = headline_reading(shown[sleep], view.participants)
    assert other is not None and other.score == 4
    for private in (True, False):
        assert area_progress_of(((g.goal, g.readings) for g in view.goals), view.participants,
                                include_private=private) == area_progress_of(
            ((g.goal, g.readings) for g in whole.goals), whole.participants, include_private=private)
    # everything else is read as before
    assert (view.citizen, view.plan, view.participants, view.agreements, view.meetings) == (
        whole.citizen, whole.plan, whole.participants, whole.agreements, whole.meetings)


def test_a_plan_without_readings_or_goals(store: Store) -> None:
    cid, pid, _ = _plan(store)
    assert store.plan_view(cid).goals == []
    store.add_goal(pid, Area.SOCIAL, "Ringe til min søster hver søndag")
    assert [gv.readings for gv in store.plan_view(cid).goals] == [[]]


readings_strategy = st.lists(
    st.tuples(st.integers(0, 12), st.sampled_from(["agreed", "citizen", "officer"]), st.booleans(),
              st.integers(1, 10)),
    min_size=1, max_size=14,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(readings_strategy, min_size=1, max_size=3))
def test_the_few_readings_decide_as_all_of_them_would(store: Store, goals: list[list[Reading]]) -> None:
    """Any readings (same days, same people, private or not, in any order): the same headlines."""
    cid, pid, who = _plan(store)
    for n, readings in enumerate(goals):
        gid = store.add_goal(pid, list(Area)[n % 4], f"Delmål {n}").id
        assert gid is not None
        _record(store, gid, who, readings)
    view, whole = store.plan_view(cid), store.plan_view(cid, history=True)
    for few, every in zip(view.goals, whole.goals, strict=True):
        assert few.goal == every.goal
        assert _what_shows(few.readings, view.participants) == _what_shows(every.readings, view.participants)


def _newest_reading(s: Store, plan_id: int) -> int:
    readings = [r for g in s.goals(plan_id) for r in s.readings(g.id or 0)]
    return max(readings, key=lambda r: (r.date, r.id or 0)).id or 0


def _officer_becomes_citizen(s: Store, citizen_id: int, plan_id: int) -> object:
    officer = next(p for p in s.participants(plan_id) if p.role is not Role.CITIZEN)
    assert officer.id is not None
    return s.update_participant(officer.id, role=Role.CITIZEN)


SUMMARY_WRITES: dict[str, Callable[[Store, int, int], object]] = {
    **WRITES,
    "someone else's later reading": lambda s, c, p: s.record_scale_reading(
        s.goals(p)[0].id or 0, 9, on="2026-11-22",
        participant_id=next(x.id for x in s.participants(p) if x.role is not Role.CITIZEN)),
    "private reading": lambda s, c, p: s.record_scale_reading(s.goals(p)[0].id or 0, 2, on="2026-11-21",
                                                              private=True),
    "earlier reading": lambda s, c, p: s.record_scale_reading(s.goals(p)[0].id or 0, 1, on="2025-01-02"),
    "remove newest reading": lambda s, c, p: s.remove("scale_reading", _newest_reading(s, p)),
    "officer becomes a citizen": _officer_becomes_citizen,
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(sorted(SUMMARY_WRITES)), max_size=3), min_size=1, max_size=6))
def test_the_plan_read_again_after_changes_equals_a_fresh_read(store: Store, rounds: list[list[str]]) -> None:
    """`plan_view_after` on the plan screen's view (not the whole history) reads the headlines again."""
    cid, pid, who = _plan(store)
    gid = store.add_goal(pid, Area.HEALTH, "Sove godt fem nætter om ugen").id
    assert gid is not None
    _record(store, gid, who, [(1, "citizen", False, 3), (2, "officer", False, 5), (2, "agreed", True, 4)])
    position = store.audit_position()
    reader_view = store.plan_view(cid)
    for writes in rounds:
        for name in writes:
            try:
                SUMMARY_WRITES[name](store, cid, pid)
            except (IndexError, NotFound, ValueError, StopIteration):  # nothing left to edit or remove
                pass
        now = store.audit_position()
        reader_view = store.plan_view_after(reader_view, store.changes_since(position))
        position = now
        assert reader_view == store.plan_view(cid), writes
        assert not reader_view.history


@pytest.mark.parametrize("history", [True, False])
def test_the_view_keeps_its_kind_when_the_plan_is_new(store: Store, history: bool) -> None:
    cid, pid, who = _plan(store)
    view = store.plan_view(cid, history=history)
    assert store.plan_view_after(view, {"citizen": {cid}}).history is history
