"""Edits never overwrite, in the store: every editable record has a version; a stale save is refused.

Two `Store` objects on one file stand for two facilitators.
"""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from store import Store
from store.errors import EditConflict, StoreBusy
from store.models import Editable, MODEL_BY_TABLE
from tests.store.test_migrations import load_v1


def _first_goal(store: Store, citizen_id: int) -> tuple[int, int]:
    plan_id = store.plan_of(citizen_id).id
    assert plan_id is not None
    goal = store.goals(plan_id)[0]
    assert goal.id is not None
    return goal.id, goal.version


def test_every_table_a_person_edits_has_a_version_column(demo_store: Store) -> None:
    editable = [m for m in MODEL_BY_TABLE.values() if issubclass(m, Editable)]
    assert {"citizen", "plan", "goal", "agreement", "meeting", "note", "activity"} <= {m.__table__ for m in editable}
    for model in editable:
        assert "version" in demo_store.db.engine.columns(model.__table__), model.__table__


def test_a_change_counts_up_the_version_and_a_save_without_change_does_not(demo_store: Store,
                                                                           demo_citizen_id: int) -> None:
    goal_id, version = _first_goal(demo_store, demo_citizen_id)
    goal = demo_store.get_goal(goal_id)
    same = demo_store.edit_goal(goal_id, goal.text, rationale=goal.rationale, expected_version=version)
    assert same.version == version
    changed = demo_store.edit_goal(goal_id, "Ny ordlyd", rationale=goal.rationale, expected_version=version)
    assert changed.version == version + 1 == demo_store.get_goal(goal_id).version


def test_a_stale_save_is_refused_with_who_when_and_both_values(any_demo: Path | str, demo_citizen_id: int) -> None:
    with Store(any_demo, user="anna") as anna, Store(any_demo, user="bo") as bo:
        goal_id, version = _first_goal(anna, demo_citizen_id)
        rationale = anna.get_goal(goal_id).rationale
        bo.edit_goal(goal_id, "Bos ordlyd", rationale=rationale, expected_version=version)
        position = anna.audit_position()
        with pytest.raises(EditConflict) as refused:
            anna.edit_goal(goal_id, "Annas ordlyd", rationale=rationale, expected_version=version)
        err = refused.value
        assert err.headline == "Ændret af bo kl. 09:30, mens du skrev"
        assert err.changed_by == "bo" and err.expected_version == version
        assert err.current.version == version + 1
        assert err.mine["text"] == "Annas ordlyd" and err.theirs["text"] == "Bos ordlyd"
        # nothing written: not the goal, not its history, not the log
        assert anna.get_goal(goal_id).text == "Bos ordlyd"
        assert anna.audit_position() == position
        assert [r.text for r in anna.goal_history(goal_id)].count("Annas ordlyd") == 0
        # on top of theirs, knowingly: the new version goes through, theirs stays in the history
        anna.edit_goal(goal_id, "Annas ordlyd", rationale=rationale, expected_version=err.current.version)
        assert anna.get_goal(goal_id).text == "Annas ordlyd"
        assert "Bos ordlyd" in [r.text for r in anna.goal_history(goal_id)]
        assert anna.verify_audit_chain().ok


def test_two_stale_saves_of_one_goal_end_as_one_save_and_one_conflict(any_demo: Path | str, demo_citizen_id: int) -> None:
    """Both forms opened on the same version and saved at the same moment (threads, one store each)."""
    with Store(any_demo) as s:
        goal_id, version = _first_goal(s, demo_citizen_id)
        rationale = s.get_goal(goal_id).rationale
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def save(who: str) -> None:
        with Store(any_demo, user=who) as mine:
            start.wait()
            try:
                mine.edit_goal(goal_id, f"{who}s ordlyd", rationale=rationale, expected_version=version)
                outcomes.append("saved")
            except EditConflict:
                outcomes.append("conflict")
            except StoreBusy:  # pragma: no cover - the busy timeout is 5 s; two writers never wait that long
                outcomes.append("busy")

    threads = [threading.Thread(target=save, args=(who,)) for who in ("anna", "bo")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "saved"]
    with Store(any_demo) as s:
        assert s.get_goal(goal_id).version == version + 1
        assert s.verify_audit_chain().ok


def test_an_older_file_gets_versions_for_the_rows_it_has(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    load_v1(path)
    with Store(path) as s:
        goals = s.goals(s.plan_of(1).id or 0)
        assert goals and {g.version for g in goals} == {1}
        goal = goals[0]
        assert goal.id is not None
        s.edit_goal(goal.id, "Ny ordlyd", rationale=goal.rationale, expected_version=1)
        with pytest.raises(EditConflict):
            s.edit_goal(goal.id, "Endnu en", rationale=goal.rationale, expected_version=1)


def test_the_gas_editors_save_is_checked_once_before_its_several_writes(any_demo: Path | str, demo_citizen_id: int) -> None:
    with Store(any_demo, user="anna") as anna, Store(any_demo, user="bo") as bo:
        goal_id, version = _first_goal(anna, demo_citizen_id)
        levels = anna.gas_levels(goal_id)
        bo.save_gas(goal_id, {**levels, 0: "Bos forventede niveau"}, 0, expected_version=version)
        position = anna.audit_position()
        with pytest.raises(EditConflict) as refused:
            anna.save_gas(goal_id, {**levels, 0: "Annas forventede niveau"}, 1, weighting=(2, 2),
                          expected_version=version)
        err = refused.value
        assert err.theirs["gas_zero"] == "Bos forventede niveau" and err.mine["gas_zero"] == "Annas forventede niveau"
        assert anna.audit_position() == position
        assert anna.gas_levels(goal_id)[0] == "Bos forventede niveau"
