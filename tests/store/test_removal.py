"""Deleting with dependents, and undoing it with the same ids."""
from __future__ import annotations

import pytest

from store import InputError, Store
from store.enums import Area, Role
from store.models import AgreementEvent, AuditEntry, Goal, ScaleReading


def _plan(store: Store) -> tuple[int, int]:
    c = store.create_citizen("Test Borger")
    assert c.id is not None
    plan = store.plan_of(c.id)
    assert plan.id is not None
    return c.id, plan.id


def test_remove_goal_takes_its_readings_and_unlinks_agreements(store: Store) -> None:
    cid, pid = _plan(store)
    goal = store.add_goal(pid, Area.HEALTH, "Jeg vil gå tre ture om ugen.")
    assert goal.id is not None
    store.record_scale_reading(goal.id, 4)
    store.add_activity(goal.id, "Gåtur")
    who = store.participants(pid)[0].id
    agreement = store.add_agreement(pid, who, "Købe sko", "2026-12-01", goal_id=goal.id)

    removed = store.remove("goal", goal.id)

    assert store.db.find(Goal, goal.id) is None
    assert store.db.select(ScaleReading, "goal_id = ?", (goal.id,)) == []
    assert removed.record.id == goal.id
    assert removed.dependents == 2  # reading + activity
    assert store.get_agreement(agreement.id or 0).goal_id is None  # kept, unlinked

    store.restore(removed)

    back = store.get_goal(goal.id)
    assert back.text == goal.text
    assert [r.score for r in store.readings(goal.id)] == [4]
    assert [a.text for a in store.activities(goal.id)] == ["Gåtur"]
    assert store.get_agreement(agreement.id or 0).goal_id == goal.id
    assert store.plan_view(cid).goals[0].goal.id == goal.id


def test_remove_agreement_with_its_history_and_restore(store: Store) -> None:
    _, pid = _plan(store)
    who = store.participants(pid)[0].id
    a = store.add_agreement(pid, who, "Ringe til lægen", "2026-12-01")
    assert a.id is not None
    store.mark_agreement_done(a.id)
    removed = store.remove("agreement", a.id)
    assert store.agreements(pid) == []
    assert store.db.select(AgreementEvent, "agreement_id = ?", (a.id,)) == []
    store.restore(removed)
    assert [x.id for x in store.agreements(pid)] == [a.id]
    assert len(store.agreement_events(a.id)) == 2


def test_remove_participant_takes_their_agreements(store: Store) -> None:
    _, pid = _plan(store)
    karsten = store.add_participant(pid, "Karsten Bro", Role.AUTHORITY)
    assert karsten.id is not None
    store.add_agreement(pid, karsten.id, "Sende bevilling", when="hver mandag")
    removed = store.remove("participant", karsten.id)
    assert store.agreements(pid) == []
    assert [p.name for p in store.participants(pid)] == ["Test Borger"]
    store.restore(removed)
    assert [a.what for a in store.agreements(pid)] == ["Sende bevilling"]


def test_remove_and_restore_are_audited(store: Store) -> None:
    _, pid = _plan(store)
    goal = store.add_goal(pid, Area.SOCIAL, "Jeg vil ringe til min søster.")
    assert goal.id is not None
    store.restore(store.remove("goal", goal.id))
    actions = [e.action.value for e in store.db.select(AuditEntry, "table_name = 'goal' AND record_id = ?", (goal.id,))]
    assert "delete" in actions
    assert actions.count("insert") >= 2


def test_citizens_and_the_log_cannot_be_removed(store: Store) -> None:
    cid, _ = _plan(store)
    with pytest.raises(InputError):
        store.remove("citizen", cid)
    with pytest.raises(InputError):
        store.remove("audit_log", 1)
