"""Pilot tests of every editor on the real app and a real database."""
from __future__ import annotations

from datetime import date

from textual.widgets import Input, Select

from screens.editors import (
    ActivityEditor,
    AgreementEditor,
    CitizenEditor,
    GoalEditor,
    GoalHistoryScreen,
    ObservationEditor,
    OverallGoalEditor,
    ParticipantEditor,
    ScaleReadingEditor,
)
from screens.editors.smart_panel import SmartPanel
from screens.forms import ConfirmScreen
from store import Store
from store.enums import AgreementStatus, Area, Decision, GoalLevel, GoalStatus, Role
from store.models import Goal, Observation, ScaleReading
from tests.conftest import DEMO_TODAY
from tests.keys import press_one_by_one
from tui.app import build_app

from .editor_helpers import choose, error_text, field_value, paste_into, push, save, type_into

SIZE = (100, 30)


def _plan_id(store: Store, citizen_id: int) -> int:
    plan_id = store.plan_of(citizen_id).id
    assert plan_id is not None
    return plan_id


def _goal(store: Store, citizen_id: int, area: Area = Area.HEALTH) -> Goal:
    return next(g for g in store.goals(_plan_id(store, citizen_id)) if g.area is area)


# -- citizen -------------------------------------------------------------------------
async def test_new_citizen_with_plan_type(store: Store) -> None:
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        editor = CitizenEditor(store)
        results = await push(pilot, editor)
        await type_into(pilot, editor, "name", "Ida Holm")
        choose(editor, "plan_type", "min_plan")
        await save(pilot)
        assert app.screen is not editor
    (citizen,) = results
    assert citizen.name == "Ida Holm"
    assert store.plan_of(citizen.id).plan_type == "min_plan"
    assert [c.name for c in store.list_citizens()] == ["Ida Holm"]


async def test_new_citizen_offers_catalogue_plan_types(store: Store) -> None:
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        editor = CitizenEditor(store)
        await push(pilot, editor)
        select = editor.query_one("#f-plan_type", Select)
        values = [v for _, v in select._options if v is not Select.NULL]  # noqa: SLF001 - read-only check
        assert set(values) == set(store.catalog.plan_types)
        assert select.value == "jobafklaringsforloeb"  # the first one open to new citizens


async def test_edit_citizen_details(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = CitizenEditor(demo_store, demo_citizen_id)
        results = await push(pilot, editor)
        assert field_value(editor, "values").startswith("Familien")
        await type_into(pilot, editor, "strengths", "Jeg er god til dyr.")
        editor.query_one("#f-mentor_needed").focus()
        await pilot.press("space")
        await save(pilot)
    c = demo_store.get_citizen(demo_citizen_id)
    assert c.strengths == "Jeg er god til dyr."
    assert c.mentor_needed is False
    assert results == [c]


# -- overall goal ------------------------------------------------------------------------
async def test_overall_goal(store: Store) -> None:
    citizen = store.create_citizen("Ida Holm")
    assert citizen.id is not None
    plan_id = _plan_id(store, citizen.id)
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        editor = OverallGoalEditor(store, plan_id)
        results = await push(pilot, editor)
        await type_into(pilot, editor, "overall_goal", "Job som lagermedarbejder")
        choose(editor, "goal_level", GoalLevel.JOB)
        await type_into(pilot, editor, "start_date", "01-12-2026")
        await type_into(pilot, editor, "end_date", "1.6.27")
        await type_into(pilot, editor, "purpose", "Stabil hverdag")
        await save(pilot)
    plan = store.get_plan(plan_id)
    assert plan.overall_goal == "Job som lagermedarbejder"
    assert plan.goal_level is GoalLevel.JOB
    assert (plan.start_date, plan.end_date) == (date(2026, 12, 1), date(2027, 6, 1))
    assert plan.purpose == "Stabil hverdag"
    assert results == [plan]


async def test_overall_goal_level_has_danish_labels(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = OverallGoalEditor(demo_store, _plan_id(demo_store, demo_citizen_id))
        await push(pilot, editor)
        select = editor.query_one("#f-goal_level", Select)
        labels = [str(label) for label, _ in select._options]  # noqa: SLF001 - read-only check
        assert "Branche" in labels and "Konkret job" in labels
        assert select.value is GoalLevel.TRADE


# -- goals ---------------------------------------------------------------------------------
async def test_new_goal_with_smart_help(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = GoalEditor(demo_store, plan_id, area=Area.SOCIAL)
        results = await push(pilot, editor)
        assert editor.query_one("#f-area", Select).value is Area.SOCIAL
        await type_into(pilot, editor, "text", "Jeg vil forbedre mit netværk")
        side = editor.query_one("#smart-side", SmartPanel)
        assert any("'forbedre' er vagt" in h for h in side.hints)
        assert any("intet tal" in h for h in side.hints)
        assert not any(i.answered for i in side.items)
        assert "○ S" in str(side.render()) and "åben" in str(side.render())
        await type_into(pilot, editor, "text", "Jeg vil gå til fællesspisning i Kilden hver torsdag")
        await type_into(pilot, editor, "start_date", "01-12-2026")
        await type_into(pilot, editor, "end_date", "01-03-2027")
        await type_into(pilot, editor, "smart_measurable", "Kryds i kalenderen")
        assert side.hints == []
        assert [i.answered for i in side.items] == [False, True, False, False, False]
        assert "✓ M" in str(side.render()) and "besvaret" in str(side.render())
        await type_into(pilot, editor, "rationale", "Flere at tale med")
        await save(pilot)
    (goal,) = results
    stored = demo_store.get_goal(goal.id)
    assert stored.area is Area.SOCIAL
    assert stored.text == "Jeg vil gå til fællesspisning i Kilden hver torsdag"
    assert stored.smart_measurable == "Kryds i kalenderen"
    assert (stored.start_date, stored.end_date) == (date(2026, 12, 1), date(2027, 3, 1))
    assert stored.rationale == "Flere at tale med"


async def test_smart_help_never_blocks_saving(store: Store) -> None:
    c = store.create_citizen("Ida Holm")
    assert c.id is not None
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        editor = GoalEditor(store, _plan_id(store, c.id), area=Area.HEALTH)
        results = await push(pilot, editor)
        await type_into(pilot, editor, "text", "Forbedre helbredet")
        assert len(editor.query_one("#smart-side", SmartPanel).hints) >= 3
        await save(pilot)
    assert results[0].text == "Forbedre helbredet"


async def test_narrow_editor_shows_smart_help_under_the_text(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        editor = GoalEditor(demo_store, _plan_id(demo_store, demo_citizen_id), _goal(demo_store, demo_citizen_id).id)
        await push(pilot, editor)
        assert editor.query_one("#smart-inline").display
        assert not editor.query_one("#smart-side").display
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = GoalEditor(demo_store, _plan_id(demo_store, demo_citizen_id), _goal(demo_store, demo_citizen_id).id)
        await push(pilot, editor)
        assert not editor.query_one("#smart-inline").display
        assert editor.query_one("#smart-side").display


async def test_revising_a_goal_keeps_the_earlier_wording(demo_store: Store, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id, Area.SOCIAL)
    assert goal.id is not None
    before = len(demo_store.goal_history(goal.id))
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = GoalEditor(demo_store, goal.plan_id, goal.id)
        results = await push(pilot, editor)
        await type_into(pilot, editor, "text", "Jeg vil ringe til min søster to gange om ugen.")
        await type_into(pilot, editor, "reason", "Det gik godt")
        choose(editor, "status", GoalStatus.PAUSED)
        await save(pilot)
        history = demo_store.goal_history(goal.id)
        assert len(history) == before + 1
        assert history[-1].text == goal.text and history[-1].reason == "Det gik godt"
        screen = GoalHistoryScreen(demo_store, goal.id)
        await push(pilot, screen)
        shown = str(screen.query_one("#history").render())
        assert shown.index(goal.text) < shown.index("Jeg vil ringe til min søster to gange om ugen.")
        assert "Det gik godt" in shown
        await press_one_by_one(pilot, "escape")
        assert app.screen is not screen
    stored = demo_store.get_goal(goal.id)
    assert stored.text == "Jeg vil ringe til min søster to gange om ugen."
    assert stored.status is GoalStatus.PAUSED
    assert results == [stored]


async def test_editing_other_fields_does_not_revise(demo_store: Store, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id, Area.EDUCATION)
    assert goal.id is not None
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = GoalEditor(demo_store, goal.plan_id, goal.id)
        await push(pilot, editor)
        await type_into(pilot, editor, "smtte_signs", "Nanna læser højt")
        await type_into(pilot, editor, "smtte_due", "15-01-2027")
        editor.query_one("#f-private").focus()
        await pilot.press("space")
        await save(pilot)
    stored = demo_store.get_goal(goal.id)
    assert demo_store.goal_history(goal.id) == []
    assert stored.smtte_signs == "Nanna læser højt" and stored.smtte_due == date(2027, 1, 15)
    assert stored.private is True


async def test_goal_history_without_revisions(demo_store: Store, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id, Area.EDUCATION)
    assert goal.id is not None
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = GoalHistoryScreen(demo_store, goal.id)
        await push(pilot, screen)
        shown = str(screen.query_one("#history").render())
        assert "ikke været omformuleret" in shown and goal.text in shown


# -- activity, participant ---------------------------------------------------------------------
async def test_activity_new_and_edit(demo_store: Store, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id, Area.EDUCATION)
    assert goal.id is not None
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = ActivityEditor(demo_store, goal.id)
        results = await push(pilot, editor)
        await type_into(pilot, editor, "text", "Lektiecafé")
        await type_into(pilot, editor, "who", "Nanna")
        await type_into(pilot, editor, "place", "Biblioteket")
        await type_into(pilot, editor, "short_term_aim", "Hver onsdag i 4 uger")
        await save(pilot)
        activity = results[0]
        editor = ActivityEditor(demo_store, goal.id, activity.id)
        await push(pilot, editor)
        assert field_value(editor, "place") == "Biblioteket"
        await type_into(pilot, editor, "place", "VUC")
        await save(pilot)
    stored = [a for a in demo_store.activities(goal.id) if a.id == activity.id][0]
    assert (stored.text, stored.who, stored.place, stored.short_term_aim) == (
        "Lektiecafé", "Nanna", "VUC", "Hver onsdag i 4 uger")


async def test_participant_new_with_role_by_keyboard(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = ParticipantEditor(demo_store, plan_id)
        results = await push(pilot, editor)
        await type_into(pilot, editor, "name", "Lone Berg")
        await pilot.press("tab")  # to the role
        assert editor.focused is editor.query_one("#f-role")
        await pilot.press("enter", "down", "down", "enter")  # blank prompt -> Borger -> Myndighed
        await pilot.pause()
        await type_into(pilot, editor, "organisation", "Jobcenter Nordby")
        await save(pilot)
    (p,) = results
    assert p.name == "Lone Berg" and p.role is Role.AUTHORITY and p.organisation == "Jobcenter Nordby"
    assert p in demo_store.participants(plan_id)


async def test_participant_needs_a_role(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    before = demo_store.participants(plan_id)
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = ParticipantEditor(demo_store, plan_id)
        await push(pilot, editor)
        await type_into(pilot, editor, "name", "Lone Berg")
        await save(pilot)
        assert app.screen is editor
        assert error_text(editor, "role") == "Vælg personens rolle."
        assert field_value(editor, "name") == "Lone Berg"
    assert demo_store.participants(plan_id) == before


async def test_participant_e_mail_is_checked_in_place(demo_store: Store, demo_citizen_id: int) -> None:
    """A bad address is refused under its field in Danish, the text stays, nothing is written; a good one saves."""
    plan_id = _plan_id(demo_store, demo_citizen_id)
    mentor = next(p for p in demo_store.participants(plan_id) if p.role is Role.MENTOR)
    assert mentor.id is not None and mentor.email == ""
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = ParticipantEditor(demo_store, plan_id, mentor.id)
        results = await push(pilot, editor)
        await type_into(pilot, editor, "email", "ole.krogh@mentorkorps")
        await save(pilot)
        assert app.screen is editor
        assert error_text(editor, "email").startswith("E-mailadressen ser ikke rigtig ud.")
        assert field_value(editor, "email") == "ole.krogh@mentorkorps"
        assert next(p for p in demo_store.participants(plan_id) if p.id == mentor.id).email == ""
        await type_into(pilot, editor, "email", ".example", clear=False)
        await save(pilot)
    (saved,) = results
    assert saved.email == "ole.krogh@mentorkorps.example" and saved.name == "Ole Krogh"


# -- agreements --------------------------------------------------------------------------------
async def test_new_agreement(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    goal = _goal(demo_store, demo_citizen_id, Area.SOCIAL)
    father = next(p for p in demo_store.participants(plan_id) if p.role is Role.RELATIVE)
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = AgreementEditor(demo_store, plan_id, goal_id=goal.id)
        results = await push(pilot, editor)
        assert editor.query_one("#f-goal_id", Select).value == goal.id
        choose(editor, "who_id", father.id)
        await type_into(pilot, editor, "what", "Køre Nanna til søsteren")
        await type_into(pilot, editor, "when", "10-12-2026")
        await type_into(pilot, editor, "target_from", "6")
        await type_into(pilot, editor, "target_to", "7")
        await save(pilot)
    (a,) = results
    stored = demo_store.get_agreement(a.id)
    assert (stored.who_id, stored.what, stored.due_date) == (father.id, "Køre Nanna til søsteren", date(2026, 12, 10))
    assert (stored.target_from, stored.target_to, stored.goal_id) == (6, 7, goal.id)
    assert [e.decision for e in demo_store.agreement_events(a.id)] == [Decision.CREATED]


async def test_editing_an_agreement_keeps_its_history(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    a = next(x for x in demo_store.agreements(plan_id) if x.status is AgreementStatus.OPEN)
    assert a.id is not None
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = AgreementEditor(demo_store, plan_id, a.id)
        await push(pilot, editor)
        assert field_value(editor, "what") == a.what
        await type_into(pilot, editor, "what", "Ringe til Nanna hver mandag kl. 10")
        editor.query_one("#f-shared_with_relatives").focus()
        await pilot.press("space")
        await save(pilot)
    stored = demo_store.get_agreement(a.id)
    assert stored.what == "Ringe til Nanna hver mandag kl. 10"
    assert stored.shared_with_relatives is not a.shared_with_relatives
    events = demo_store.agreement_events(a.id)
    assert events[-1].decision is Decision.CHANGED and events[-1].old_what == a.what


async def test_agreement_who_lists_participants_with_roles(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = AgreementEditor(demo_store, plan_id)
        await push(pilot, editor)
        labels = [str(lbl) for lbl, _ in editor.query_one("#f-who_id", Select)._options]  # noqa: SLF001
        assert "Karsten Bro (Myndighed)" in labels and "Ole Krogh (Mentor)" in labels


# -- scale reading, observation ----------------------------------------------------------------------
async def test_scale_reading(demo_store: Store, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id, Area.EMPLOYMENT)
    assert goal.id is not None
    citizen_p = next(p for p in demo_store.participants(goal.plan_id) if p.role is Role.CITIZEN)
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = ScaleReadingEditor(demo_store, goal.id, participant_id=citizen_p.id, today=DEMO_TODAY)
        results = await push(pilot, editor)
        assert goal.scale_anchor in str(editor.query_one("#anchor").render())
        assert field_value(editor, "date") == "23-11-2026"
        await type_into(pilot, editor, "score", "7")
        await save(pilot)
    (r,) = results
    assert isinstance(r, ScaleReading)
    latest = demo_store.readings(goal.id)[-1]
    assert (latest.score, latest.participant_id, latest.date) == (7, citizen_p.id, DEMO_TODAY)


async def test_observation(demo_store: Store, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id, Area.EMPLOYMENT)
    assert goal.id is not None
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = ObservationEditor(demo_store, goal.id, today=DEMO_TODAY)
        results = await push(pilot, editor)
        await type_into(pilot, editor, "text", "Nanna kom til tiden")
        await type_into(pilot, editor, "observer", "Fatima")
        await save(pilot)
    (o,) = results
    assert isinstance(o, Observation)
    assert demo_store.observations(goal.id)[-1].text == "Nanna kom til tiden"
    assert demo_store.observations(goal.id)[-1].date == DEMO_TODAY


# -- confirm, cancel ------------------------------------------------------------------------------------
async def test_confirm_yes_and_no(store: Store) -> None:
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        for keys, expected in ((("y",), True), (("enter",), True), (("n",), False), (("escape",), False)):
            screen = ConfirmScreen("Slet [bold]aftalen[/]?")
            results = await push(pilot, screen)
            assert "Slet [bold]aftalen[/]?" in str(screen.query_one("#confirm-question").render())
            await press_one_by_one(pilot, *keys)
            assert results == [expected]


async def test_escape_cancels_and_writes_nothing(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    before = demo_store.agreements(plan_id)
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = AgreementEditor(demo_store, plan_id)
        results = await push(pilot, editor)
        await type_into(pilot, editor, "what", "Noget")
        await press_one_by_one(pilot, "escape")
        assert app.screen is not editor
    assert results == [None]
    assert demo_store.agreements(plan_id) == before


async def test_gem_button_saves(demo_store: Store, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id, Area.EMPLOYMENT)
    assert goal.id is not None
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = ObservationEditor(demo_store, goal.id, today=DEMO_TODAY)
        results = await push(pilot, editor)
        paste_into(editor, "text", "Mødte op")
        await pilot.click("#save")
        await pilot.pause()
    assert results and results[0].text == "Mødte op"


# -- validation: message next to the field, typed text kept, nothing written ----------------------------------
async def test_score_11_is_refused(demo_store: Store, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id, Area.EMPLOYMENT)
    assert goal.id is not None
    before = demo_store.readings(goal.id)
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = ScaleReadingEditor(demo_store, goal.id, today=DEMO_TODAY)
        await push(pilot, editor)
        await type_into(pilot, editor, "score", "11")
        await type_into(pilot, editor, "note", "Godt")
        await save(pilot)
        assert app.screen is editor
        assert error_text(editor, "score") == "Værdien må højst være 10."
        assert field_value(editor, "score") == "11" and field_value(editor, "note") == "Godt"
        await type_into(pilot, editor, "score", "")
        await save(pilot)
        assert error_text(editor, "score") == "Skriv et tal fra 1 til 10."
    assert demo_store.readings(goal.id) == before


async def test_end_before_start_is_refused(demo_store: Store, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id, Area.EDUCATION)
    assert goal.id is not None
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = GoalEditor(demo_store, goal.plan_id, goal.id)
        await push(pilot, editor)
        await type_into(pilot, editor, "text", "Jeg vil tage FVU-dansk trin 2")
        await type_into(pilot, editor, "start_date", "01-03-2027")
        await type_into(pilot, editor, "end_date", "01-02-2027")
        await save(pilot)
        assert app.screen is editor
        assert error_text(editor, "end_date") == "Slutdatoen ligger før startdatoen."
        assert field_value(editor, "text") == "Jeg vil tage FVU-dansk trin 2"
        assert field_value(editor, "end_date") == "01-02-2027"
        assert editor.errors() == {"end_date": "Slutdatoen ligger før startdatoen."}
    assert demo_store.get_goal(goal.id) == goal
    assert demo_store.goal_history(goal.id) == []


async def test_empty_goal_text_is_refused(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    before = demo_store.goals(plan_id)
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = GoalEditor(demo_store, plan_id, area=Area.HEALTH)
        await push(pilot, editor)
        await type_into(pilot, editor, "text", "   ")
        await type_into(pilot, editor, "rationale", "Fordi")
        await save(pilot)
        assert app.screen is editor
        assert error_text(editor, "text") == "Feltet må ikke være tomt."
        assert field_value(editor, "rationale") == "Fordi"
    assert demo_store.goals(plan_id) == before


async def test_impossible_date_is_refused(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    before = demo_store.agreements(plan_id)
    who = demo_store.participants(plan_id)[0]
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = AgreementEditor(demo_store, plan_id, who_id=who.id)
        await push(pilot, editor)
        await type_into(pilot, editor, "what", "Ringe til lægen")
        await type_into(pilot, editor, "when", "31-02-2026")
        await save(pilot)
        assert app.screen is editor
        assert error_text(editor, "when") == "Datoen 31-02-2026 findes ikke."
        assert field_value(editor, "when") == "31-02-2026"
        assert field_value(editor, "what") == "Ringe til lægen"
        await type_into(pilot, editor, "when", "i morgen")
        await save(pilot)
        assert "dd-mm-åååå" in error_text(editor, "when")
    assert demo_store.agreements(plan_id) == before


async def test_cpr_like_text_is_refused(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    before = demo_store.agreements(plan_id)
    who = demo_store.participants(plan_id)[0]
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = AgreementEditor(demo_store, plan_id, who_id=who.id)
        await push(pilot, editor)
        await type_into(pilot, editor, "what", "Send 010190-1234 til lægen")
        await save(pilot)
        assert app.screen is editor
        assert "CPR-nummer" in error_text(editor, "what")
        assert field_value(editor, "what") == "Send 010190-1234 til lægen"
    assert demo_store.agreements(plan_id) == before


async def test_cpr_in_citizen_name_is_refused(store: Store) -> None:
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        editor = CitizenEditor(store)
        await push(pilot, editor)
        await type_into(pilot, editor, "name", "Ida 010190-1234")
        await save(pilot)
        assert "CPR-nummer" in error_text(editor, "name")
        assert field_value(editor, "name") == "Ida 010190-1234"
    assert store.list_citizens() == []


async def test_agreement_without_who_is_refused(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    before = demo_store.agreements(plan_id)
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = AgreementEditor(demo_store, plan_id)
        await push(pilot, editor)
        await type_into(pilot, editor, "what", "Noget")
        await save(pilot)
        assert error_text(editor, "who_id") == "Vælg hvem der står for det."
    assert demo_store.agreements(plan_id) == before


async def test_bad_field_on_edit_leaves_agreement_untouched(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = _plan_id(demo_store, demo_citizen_id)
    a = demo_store.agreements(plan_id)[1]
    assert a.id is not None
    events = demo_store.agreement_events(a.id)
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = AgreementEditor(demo_store, plan_id, a.id)
        await push(pilot, editor)
        await type_into(pilot, editor, "what", "Ny ordlyd")
        await type_into(pilot, editor, "target_to", "12")
        await save(pilot)
        assert error_text(editor, "target_to") == "Værdien må højst være 10."
    assert demo_store.get_agreement(a.id) == a
    assert demo_store.agreement_events(a.id) == events


async def test_error_clears_when_fixed(demo_store: Store, demo_citizen_id: int) -> None:
    goal = _goal(demo_store, demo_citizen_id, Area.EMPLOYMENT)
    assert goal.id is not None
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        editor = ScaleReadingEditor(demo_store, goal.id, today=DEMO_TODAY)
        results = await push(pilot, editor)
        await type_into(pilot, editor, "score", "0")
        await save(pilot)
        assert error_text(editor, "score") == "Værdien skal være mindst 1."
        await type_into(pilot, editor, "score", "5")
        await save(pilot)
    assert results and results[0].score == 5
