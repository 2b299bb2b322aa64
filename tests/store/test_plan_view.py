"""The plan read as plain rows (`ListStore.plan_view`, the first frame of `rundbord --citizen N`) is the plan
`Store.plan_view` reads: the same records, in the same order, field by field."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from store import NotFound, Store
from store.list_store import ListStore
from store.plan_view import PlanView
from tests.child import assert_python_ok
from tests.conftest import TEST_USER


def _fields(record: Any) -> dict[str, Any]:
    """A model's or a plain row's fields with their values and types."""
    values = record._asdict() if hasattr(record, "_asdict") else record.model_dump()
    return {name: (value, type(value)) for name, value in values.items()}


def assert_same_view(plain: PlanView, models: PlanView) -> None:
    assert _fields(plain.citizen) == _fields(models.citizen)
    assert _fields(plain.plan) == _fields(models.plan)
    assert plain.plan_type == models.plan_type and plain.history == models.history is False
    for name in ("participants", "agreements", "meetings", "consents", "consent_items"):
        mine, theirs = getattr(plain, name), getattr(models, name)
        assert [_fields(r) for r in mine] == [_fields(r) for r in theirs], name
    assert [_fields(g.goal) for g in plain.goals] == [_fields(g.goal) for g in models.goals]
    for mine_g, theirs_g in zip(plain.goals, models.goals):
        assert [_fields(r) for r in mine_g.readings] == [_fields(r) for r in theirs_g.readings]
        assert [_fields(a) for a in mine_g.activities] == [_fields(a) for a in theirs_g.activities]


def test_the_demo_plan_reads_the_same_as_plain_rows(demo_db: Path, demo_citizen_id: int) -> None:
    with Store(demo_db, user=TEST_USER) as full, ListStore(demo_db, user=TEST_USER) as first:
        models = full.plan_view(demo_citizen_id)
        plain = first.plan_view(demo_citizen_id)
        assert models.goals and models.agreements and models.meetings and models.consents
        assert_same_view(plain, models)


HOSTILE = "[bold red]x[/] \x1b[2J \u202e *fed* | <script> \u00a0"


def _hostile_plan(store: Store) -> int:
    """Ties everywhere the order could differ (same position, date, time), Danish names, private items,
    markup, escape codes and a right-to-left override in every text."""
    citizen = store.create_citizen("Åse Ørum " + HOSTILE, values=HOSTILE, strengths=HOSTILE, mentor_needed=True)
    assert citizen.id is not None
    plan = store.plan_of(citizen.id)
    assert plan.id is not None
    store.set_overall_goal(plan.id, "Mål " + HOSTILE, "trade")
    people = [store.add_participant(plan.id, name, role) for name, role in
              (("Østergaard " + HOSTILE, "relative"), ("Aase Andersen", "day_service"), ("Zenia Æbelø", "authority"),
               ("ærlig Ågård", "mentor"))]
    goals = [store.add_goal(plan.id, area, f"Mål {i} " + HOSTILE, private=i % 2 == 0, rationale=HOSTILE,
                            start_date=date(2026, 9, 1), end_date=date(2027, 1, 31))
             for i, area in enumerate(("employment", "health", "health", "social", "education", "employment"))]
    for goal in goals:
        assert goal.id is not None
        for day, score in ((date(2026, 10, 1), 3), (date(2026, 10, 1), 5), (date(2026, 9, 1), 2), (date(2026, 9, 15), 4)):
            store.record_scale_reading(goal.id, score, on=day, participant_id=people[0].id, note=HOSTILE,
                                       private=score == 5)
        store.add_activity(goal.id, "Aktivitet " + HOSTILE)
        store.add_activity(goal.id, "Anden aktivitet")
    for i in range(8):
        store.add_agreement(plan.id, people[i % len(people)].id, f"Aftale {i} " + HOSTILE,
                            date(2026, 11, 1 + i), private=i % 3 == 0, goal_id=goals[i % len(goals)].id)
    store.plan_meeting(plan.id, "citizen", date(2026, 12, 1), time="10:00", place=HOSTILE)
    store.plan_meeting(plan.id, "citizen", date(2026, 12, 1), time="10:00")
    store.plan_meeting(plan.id, "authority", date(2026, 11, 2))
    store.consent_in_the_room(plan.id, [f"goal:{goals[1].id}"])
    store.consent_in_the_room(plan.id, [f"goal:{goals[3].id}"])
    return citizen.id


def test_a_hostile_plan_reads_the_same_as_plain_rows(db_path: Path) -> None:
    with Store(db_path, user=TEST_USER) as full:
        cid = _hostile_plan(full)
        models = full.plan_view(cid)
    assert len(models.goals) == 6 and len(models.agreements) == 8 and len(models.meetings) == 3
    assert all(len(g.readings) == 3 for g in models.goals)  # the headline's readings: not the one in between
    with ListStore(db_path, user=TEST_USER) as first:
        plain = first.plan_view(cid)
    assert_same_view(plain, models)
    assert plain.plan.overall_goal.startswith("Mål [bold red]")


def test_a_citizen_that_is_not_there_is_refused_as_the_store_refuses_it(demo_db: Path) -> None:
    with Store(demo_db, user=TEST_USER) as full, ListStore(demo_db, user=TEST_USER) as first:
        with pytest.raises(NotFound) as theirs:
            full.plan_view(999)
        with pytest.raises(NotFound) as mine:
            first.plan_view(999)
        assert str(mine.value) == str(theirs.value)


def test_reading_the_plain_plan_loads_no_models(demo_db: Path, demo_citizen_id: int) -> None:
    code = (
        "import sys\n"
        "from store.list_store import ListStore\n"
        f"with ListStore({str(demo_db)!r}, user='test') as s:\n"
        f"    view = s.plan_view({demo_citizen_id})\n"
        "assert view.goals and view.agreements\n"
        "loaded = [m for m in ('pydantic', 'store.models', 'store.store', 'store.db') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "print('ok')\n"
    )
    assert_python_ok(code)
