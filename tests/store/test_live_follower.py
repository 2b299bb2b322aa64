"""`PlanFollower`: the live view's plan, re-read only where the audit log says it changed.

Whatever another connection writes, and in whatever order, the followed view
must equal a whole fresh `plan_view`.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import NotFound, Store
from store.enums import Area, Role
from store.live import PlanFollower

Write = Callable[[Store, int, int], object]
"""One write by the facilitator's connection: (store, citizen id, plan id)."""


def _first_goal(s: Store, plan_id: int) -> int:
    goal_id = s.goals(plan_id)[0].id
    assert goal_id is not None
    return goal_id


def _someone(s: Store, plan_id: int) -> int:
    participant_id = s.participants(plan_id)[0].id
    assert participant_id is not None
    return participant_id


def _first_agreement(s: Store, plan_id: int) -> int:
    agreement_id = s.agreements(plan_id)[0].id
    assert agreement_id is not None
    return agreement_id


WRITES: dict[str, Write] = {
    "new goal": lambda s, c, p: s.add_goal(p, Area.EMPLOYMENT, "Komme i praktik to dage om ugen"),
    "goal text": lambda s, c, p: s.update_goal(_first_goal(s, p), text="Møde op til praktik kl. 9"),
    "reading": lambda s, c, p: s.record_scale_reading(_first_goal(s, p), 6, on=date(2026, 11, 20)),
    "reading on the newest goal": lambda s, c, p: s.record_scale_reading(s.goals(p)[-1].id or 0, 3, on="2026-10-02"),
    "remove reading": lambda s, c, p: s.remove("scale_reading", s.readings(_first_goal(s, p))[0].id or 0),
    "activity": lambda s, c, p: s.add_activity(_first_goal(s, p), "Øve bustur med mentor"),
    "agreement": lambda s, c, p: s.add_agreement(p, _someone(s, p), "Ringe til praktikstedet", "2026-12-01"),
    "agreement text": lambda s, c, p: s.update_agreement(_first_agreement(s, p), what="Skrive til praktikstedet"),
    "agreement done": lambda s, c, p: s.mark_agreement_done(_first_agreement(s, p), on=date(2026, 11, 21)),
    "move agreement": lambda s, c, p: s.move_agreement(_first_agreement(s, p), 1),
    "goal position": lambda s, c, p: s.update_goal(_first_goal(s, p), position=9),
    "participant": lambda s, c, p: s.add_participant(p, f"Mentor Birk {len(s.participants(p))}", Role.MENTOR),
    "citizen": lambda s, c, p: s.update_citizen(c, strengths="God til at lytte"),
    "overall goal": lambda s, c, p: s.set_overall_goal(p, "Have et job med mening", "job"),
    "meeting": lambda s, c, p: s.plan_meeting(p, "citizen", "2026-12-03"),
    "focus": lambda s, c, p: s.set_focus(citizen_id=c),
    "remove goal": lambda s, c, p: s.remove("goal", _first_goal(s, p)),
    "remove agreement": lambda s, c, p: s.remove("agreement", _first_agreement(s, p)),
}


@pytest.fixture
def two_connections(any_empty: Path | str) -> tuple[Store, Store, int, int]:
    """The facilitator's store (writes, seeded) and the view's store (reads), on one database (either engine)."""
    path = any_empty
    writer = Store(path, user="facilitator")
    citizen = writer.create_citizen("Aske Testesen")
    assert citizen.id is not None
    plan = writer.plan_of(citizen.id)
    assert plan.id is not None
    writer.add_goal(plan.id, Area.HEALTH, "Sove godt fem nætter om ugen")
    if not writer.participants(plan.id):
        writer.add_participant(plan.id, "Aske Testesen", Role.CITIZEN)
    writer.add_agreement(plan.id, _someone(writer, plan.id), "Købe en vækkeur", "2026-11-30")
    reader = Store(path, user="live-view")
    return writer, reader, citizen.id, plan.id


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(sorted(WRITES)), max_size=3), min_size=1, max_size=8))
def test_followed_view_equals_a_fresh_read(
    two_connections: tuple[Store, Store, int, int], rounds: list[list[str]]
) -> None:
    writer, reader, cid, pid = two_connections
    follower = PlanFollower(reader)
    assert follower.view(cid) == reader.plan_view(cid, history=True)
    for writes in rounds:
        for name in writes:
            try:
                WRITES[name](writer, cid, pid)
            except (IndexError, NotFound):  # nothing left to edit or remove
                pass
        assert follower.view(cid) == reader.plan_view(cid, history=True), writes


def test_an_agreement_edit_rereads_only_that_agreement(two_connections: tuple[Store, Store, int, int]) -> None:
    """The point of following: rows already read are the very same objects afterwards."""
    writer, reader, cid, pid = two_connections
    goal_id = _first_goal(writer, pid)
    writer.record_scale_reading(goal_id, 4, on=date(2026, 11, 1))
    follower = PlanFollower(reader)
    before = follower.view(cid)
    writer.add_agreement(pid, _someone(writer, pid), "Sætte vækkeuret til 7.30", "2026-12-02")
    before = follower.view(cid)
    writer.update_agreement(_first_agreement(writer, pid), what="Låne et vækkeur")
    after = follower.view(cid)
    assert after.goals[0].readings[0] is before.goals[0].readings[0]
    assert after.agreements[1] is before.agreements[1]
    assert after.agreements[0].what == "Låne et vækkeur"
    assert reader.changes_since(reader.audit_position()) == {}


def test_a_failed_read_keeps_nothing(two_connections: tuple[Store, Store, int, int]) -> None:
    writer, reader, cid, pid = two_connections
    follower = PlanFollower(reader)
    follower.view(cid)
    with pytest.raises(NotFound):
        follower.view(9999)
    writer.update_agreement(_first_agreement(writer, pid), what="Låne et vækkeur")
    assert follower.view(cid) == reader.plan_view(cid, history=True)


def test_another_citizen_is_read_whole(two_connections: tuple[Store, Store, int, int]) -> None:
    writer, reader, cid, _ = two_connections
    other = writer.create_citizen("Bo Opdigtet")
    assert other.id is not None
    follower = PlanFollower(reader)
    follower.view(cid)
    assert follower.view(other.id) == reader.plan_view(other.id, history=True)
