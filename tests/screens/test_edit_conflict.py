"""Edits never overwrite: two Store objects on one file, a form opened before a colleague's save.

The app holds one store (the facilitator); a second `Store` on the same file is
the colleague. The colleague saves while the facilitator's form is open; the
facilitator's save is refused and the conflict dialog shows who, when and both
values; each of its three choices is tried.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Static

from screens.editors import ActivityEditor, AgreementEditor, GoalEditor
from screens.forms import ConflictScreen, Field, QuickForm
from store import Store
from store.models import Goal
from tests.conftest import DEMO_TODAY, TEST_USER
from tui.app import build_app

from .editor_helpers import field_value, push, save, type_into

SIZE = (100, 30)


def _goal(store: Store, citizen_id: int) -> Goal:
    plan_id = store.plan_of(citizen_id).id
    assert plan_id is not None
    return store.goals(plan_id)[0]


def _dialog_text(screen: ConflictScreen) -> str:
    return "\n".join(str(w.render()) for w in screen.query("Label, Static") if isinstance(w, Static))


async def test_a_save_over_a_colleagues_change_shows_both_values_and_writes_mine_on_top(any_demo: str | Path) -> None:
    """On either engine (SQLite here, PostgreSQL where a server is given: the same walk)."""
    with Store(any_demo, user=TEST_USER) as store, Store(any_demo, user="kollega") as colleague:
        goal = store.goals(store.plan_of(store.list_citizens()[0].id).id or 0)[0]
        assert goal.id is not None
        app = build_app(store)
        async with app.run_test(size=SIZE) as pilot:
            editor = GoalEditor(store, goal.plan_id, goal.id)
            results = await push(pilot, editor)
            colleague.edit_goal(goal.id, "Kollegaens ordlyd", rationale=goal.rationale)
            await type_into(pilot, editor, "text", "Min ordlyd")
            await save(pilot)
            dialog = app.screen
            assert isinstance(dialog, ConflictScreen)
            shown = _dialog_text(dialog)
            assert "Ændret af kollega kl. 09:30, mens du skrev" in shown
            assert "Kollegaens ordlyd" in shown and "Min ordlyd" in shown
            assert dialog.focused is not None and dialog.focused.id == "theirs"
            # nothing was written by the refused save
            assert store.get_goal(goal.id).text == "Kollegaens ordlyd"
            await pilot.press("m")
            await pilot.pause()
            assert app.screen is not editor and app.screen is not dialog
        (saved,) = results
        stored = store.get_goal(goal.id)
        assert saved.text == stored.text == "Min ordlyd"
        assert stored.version == goal.version + 2
        # nothing lost: the colleague's wording is in the goal's history
        assert "Kollegaens ordlyd" in [r.text for r in store.goal_history(goal.id)]
        assert store.verify_audit_chain().ok


async def test_taking_theirs_shows_their_values_in_the_form_and_writes_nothing(
        demo_store: Store, demo_db: Path, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id)
    assert goal.id is not None
    colleague = Store(demo_db, user="kollega")
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = GoalEditor(demo_store, goal.plan_id, goal.id)
        results = await push(pilot, editor)
        colleague.edit_goal(goal.id, "Kollegaens ordlyd", rationale="Kollegaens begrundelse")
        await type_into(pilot, editor, "text", "Min ordlyd")
        position = demo_store.audit_position()
        await save(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("d")
        await pilot.pause()
        assert app.screen is editor
        assert field_value(editor, "text") == "Kollegaens ordlyd"
        assert field_value(editor, "rationale") == "Kollegaens begrundelse"
        assert demo_store.audit_position() == position  # nothing written
        # saved now, on their version, it goes through (no second conflict)
        await type_into(pilot, editor, "text", "Kollegaens ordlyd, lidt rettet")
        await save(pilot)
        assert app.screen is not editor
    assert results[0].text == "Kollegaens ordlyd, lidt rettet"
    assert demo_store.get_goal(goal.id).rationale == "Kollegaens begrundelse"
    colleague.close()


async def test_back_from_the_conflict_keeps_what_was_typed(
        demo_store: Store, demo_db: Path, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id)
    assert goal.id is not None
    colleague = Store(demo_db, user="kollega")
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = GoalEditor(demo_store, goal.plan_id, goal.id)
        await push(pilot, editor)
        colleague.edit_goal(goal.id, "Kollegaens ordlyd", rationale=goal.rationale)
        await type_into(pilot, editor, "text", "Min ordlyd")
        await save(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is editor
        assert field_value(editor, "text") == "Min ordlyd"
        assert "Ændret af kollega kl. 09:30, mens du skrev" in editor.errors()[""]
        # saving again without choosing asks again: still nothing written over theirs
        await save(pilot)
        assert isinstance(app.screen, ConflictScreen)
    assert demo_store.get_goal(goal.id).text == "Kollegaens ordlyd"
    colleague.close()


async def test_every_editor_has_it_an_activity_and_an_agreement(
        demo_store: Store, demo_db: Path, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id)
    assert goal.id is not None
    plan_id = goal.plan_id
    activity = demo_store.activities(goal.id)[0]
    agreement = demo_store.agreements(plan_id)[0]
    assert activity.id is not None and agreement.id is not None
    colleague = Store(demo_db, user="kollega")
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = ActivityEditor(demo_store, goal.id, activity.id)
        await push(pilot, editor)
        colleague.update_activity(activity.id, who="Kollegaens hvem")
        await type_into(pilot, editor, "place", "Mit sted")
        await save(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert "Kollegaens hvem" in _dialog_text(app.screen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        form = AgreementEditor(demo_store, plan_id, agreement.id)
        await push(pilot, form)
        colleague.edit_agreement(agreement.id, who_id=agreement.who_id, what="Kollegaens aftale",
                                 due_date=agreement.due_date, repeat=agreement.repeat)
        await type_into(pilot, form, "what", "Min aftale")
        await save(pilot)
        assert isinstance(app.screen, ConflictScreen)
        text = _dialog_text(app.screen)
        assert "Kollegaens aftale" in text and "Min aftale" in text
    assert [a.place for a in demo_store.activities(goal.id) if a.id == activity.id] == [activity.place]
    assert demo_store.get_agreement(agreement.id).what == "Kollegaens aftale"
    colleague.close()


async def test_a_quick_form_correcting_a_planned_meeting_has_it_too(
        demo_store: Store, demo_db: Path, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id
    assert plan_id is not None
    meeting = demo_store.plan_meeting(plan_id, kind=next(iter(demo_store.catalog.meeting_kinds)), on="01-12-2026")
    assert meeting.id is not None
    mid = meeting.id
    colleague = Store(demo_db, user="kollega")
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        form = QuickForm("Ret møde", [], lambda v: demo_store.edit_meeting(
            mid, kind=meeting.kind, on="02-12-2026", place="Mit lokale",
            expected_version=v.get("expected_version")), record=meeting)
        await push(pilot, form)
        colleague.edit_meeting(mid, kind=meeting.kind, on="01-12-2026", place="Kollegaens lokale")
        await save(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert "Kollegaens lokale" in _dialog_text(app.screen)
    assert demo_store.get_meeting(mid).place == "Kollegaens lokale"
    colleague.close()


def test_the_conflict_dialog_at_80x24(snap_compare: Any, demo_store: Store, demo_db: Path,
                                      demo_citizen_id: int) -> None:
    """How the refusal looks to the person: who and when, the field, both values, three choices."""
    goal = _goal(demo_store, demo_citizen_id)
    assert goal.id is not None
    goal_id, plan_id = goal.id, goal.plan_id

    async def run_before(pilot: Pilot[Any]) -> None:
        editor = GoalEditor(demo_store, plan_id, goal_id)
        pilot.app.push_screen(editor)
        await pilot.pause()
        with Store(demo_db, user="kollega") as colleague:
            colleague.edit_goal(goal_id, "Jeg vil være i praktik i Gensyn tirsdag og torsdag.",
                                rationale=goal.rationale)
        editor.set_raw("text", "Jeg vil være i praktik i Gensyn 2 formiddage om ugen, sammen med Ole.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ConflictScreen)

    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


async def test_a_meeting_dialog_on_a_goal_has_it_too(demo_store: Store, demo_db: Path, demo_citizen_id: int) -> None:
    """The meeting's SMTTE dialog (a QuickForm opened on the goal) refuses a save over a colleague's."""
    goal = _goal(demo_store, demo_citizen_id)
    assert goal.id is not None
    gid = goal.id
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        form = QuickForm("SMTTE", [Field("smtte_context", "Sammenhæng", goal.smtte_context, kind="multiline")],
                         lambda v: demo_store.update_goal(gid, **v), record=goal)
        await push(pilot, form)
        with Store(demo_db, user="kollega") as colleague:
            colleague.update_goal(gid, smtte_context="Kollegaens sammenhæng")
        await type_into(pilot, form, "smtte_context", "Min sammenhæng")
        await save(pilot)
        assert isinstance(app.screen, ConflictScreen)
        text = _dialog_text(app.screen)
        assert "Kollegaens sammenhæng" in text and "Min sammenhæng" in text and "Sammenhæng" in text
        await pilot.press("m")
        await pilot.pause()
    assert demo_store.get_goal(gid).smtte_context == "Min sammenhæng"


async def test_a_participant_saved_from_its_form_and_refused_when_changed_since(
        demo_store: Store, demo_db: Path, demo_citizen_id: int) -> None:
    from screens.editors import ParticipantEditor
    from store.enums import Role

    plan_id = demo_store.plan_of(demo_citizen_id).id
    assert plan_id is not None
    mentor = next(p for p in demo_store.participants(plan_id) if p.role is Role.MENTOR)
    assert mentor.id is not None
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = ParticipantEditor(demo_store, plan_id, mentor.id)
        results = await push(pilot, editor)
        await type_into(pilot, editor, "name", "Ole K.")
        await save(pilot)
        assert [p.name for p in results] == ["Ole K."]
        editor = ParticipantEditor(demo_store, plan_id, mentor.id)
        await push(pilot, editor)
        with Store(demo_db, user="kollega") as colleague:
            colleague.update_participant(mentor.id, name="Ole Krogh (mentor)")
        await type_into(pilot, editor, "name", "Ole")
        await save(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert "Ole Krogh (mentor)" in _dialog_text(app.screen)
