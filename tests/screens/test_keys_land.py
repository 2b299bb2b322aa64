"""Every key lands where the facilitator sees the cursor, also when typed faster than the screen draws.

Each test presses the key that opens a form and every key of every field
(Tab between them) in ONE `pilot.press(...)` call, with no pause, and then
reads each field's exact text. `burst` hands all keys to the app at once, as a
terminal hands over what a fast typist (or a paste without bracketed paste)
sends: the strictest case.
"""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from textual.widgets import Input, Select, TextArea

from screens.editors import AgreementEditor, GoalEditor
from screens.forms import FormScreen, QuickForm
from screens.meetings import MeetingFrame, MeetingListScreen, MeetingScreen
from screens.plan import PlanScreen
from store import Store
from store.enums import MeetingStatus, Role
from store.models import Goal
from tests.conftest import DEMO_TODAY
from tests.keys import burst, form_keys, keys_for
from tests.screens.meeting_pilot import goto_part, goto_row_where, meeting_screen
from tui.app import build_app

SIZE = (100, 30)

NEW_GOAL = {
    "text": "Jeg vil gå til træning 2 gange om ugen",
    "rationale": "Det giver mig energi om morgenen",
    "start_date": "01-12-2026",
    "end_date": "01-03-2027",
    "scale_anchor": "5 er en gang om ugen",
    "smart_specific": "Nanna og Ole i Nordby Fitness",
    "smart_measurable": "Kryds i kalenderen",
    "smart_accepted": "Nanna har selv valgt det",
    "smart_realistic": "Nanna tror på to gange",
    "smart_timed": "Opfølgning 01-02-2027",
}
"""The text fields of a new goal in Tab order (the status select sits between the end date and the anchor)."""
SHORT_GOAL = {name: value if "date" in name else value.split()[0] + f" {n}"
              for n, (name, value) in enumerate(NEW_GOAL.items())}
"""The same fields with a few letters each (Pilot waits after every key; the burst test types the long ones)."""


def _goal_keys(v: dict[str, str]) -> list[str]:
    keys = form_keys(v["text"], v["rationale"], v["start_date"], v["end_date"])
    keys += ["tab", "tab"]  # past the status select, which keeps its value
    keys += form_keys(v["scale_anchor"], v["smart_specific"], v["smart_measurable"], v["smart_accepted"],
                      v["smart_realistic"], v["smart_timed"])
    return keys


async def _press(pilot: Any, how: str, *keys: str) -> None:
    if how == "pilot":
        await pilot.press(*keys)
    else:
        await burst(pilot, *keys)


@pytest.mark.parametrize("how", ["pilot", "burst"])
async def test_a_whole_new_goal_typed_at_once_lands_field_by_field(
    demo_store: Store, demo_citizen_id: int, how: str
) -> None:
    values = SHORT_GOAL if how == "pilot" else NEW_GOAL
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        # n opens the new-goal form: the keys after it, in the same call, go into it.
        await _press(pilot, how, "n", *_goal_keys(values))
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        assert {name: editor.raw(name) for name in values} == values
        assert editor.choice("area") is not None  # the area select was not typed into
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
    goal = demo_store.goals(demo_store.plan_of(demo_citizen_id).id or 0)[-1]
    assert {name: str(getattr(goal, name)) if name not in ("start_date", "end_date")
            else getattr(goal, name).strftime("%d-%m-%Y") for name in values} == values


async def test_editing_a_goal_tab_and_type_adds_to_each_field(demo_store: Store, demo_citizen_id: int) -> None:
    """Tab into a field with text and type: the text is added at the end, never replaces (no select on focus)."""
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    goal = next(g for g in demo_store.goals(plan_id) if g.smart_specific)
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        screen.select(goal_id=goal.id)
        await pilot.pause()
        # e, then from the wording: rationale, reason, start, end, status, anchor, S, M, A.
        # (rationale → reason, start, end, status, anchor, S: six tabs)
        keys = ["e", *keys_for(" A0"), "tab", *keys_for(" A1"), *(["tab"] * 6), *keys_for(" X1"), "tab",
                *keys_for(" X2"), "tab", *keys_for(" X3")]
        await burst(pilot, *keys)
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        assert editor.raw("text") == goal.text + " A0"
        assert editor.raw("rationale") == goal.rationale + " A1"
        assert editor.raw("smart_specific") == goal.smart_specific + " X1"
        assert editor.raw("smart_measurable") == goal.smart_measurable + " X2"
        assert editor.raw("smart_accepted") == goal.smart_accepted + " X3"
        assert editor.raw("smart_realistic") == goal.smart_realistic


@pytest.mark.parametrize("how", ["pilot", "burst"])
async def test_a_new_agreement_from_the_plan(demo_store: Store, demo_citizen_id: int, how: str) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # a: the cursor starts in "Hvad" (not on "Hvem", a select that would take the letters).
        await _press(pilot, how, "a", *form_keys("Ringe til søster", "hver torsdag", between="tab"))
        editor = app.screen
        assert isinstance(editor, AgreementEditor)
        assert (editor.raw("what"), editor.raw("when")) == ("Ringe til søster", "hver torsdag")
        editor.query_one("#f-who_id", Select).value = demo_store.participants(editor.plan_id)[0].id
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
    made = demo_store.agreements(demo_store.plan_of(demo_citizen_id).id or 0)[-1]
    assert (made.what, made.repeat, made.due_date) == ("Ringe til søster", "FREQ=WEEKLY;BYDAY=TH", None)


async def test_overall_goal_keys_right_after_o(demo_store: Store, demo_citizen_id: int) -> None:
    before = demo_store.plan_of(demo_citizen_id).overall_goal
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await burst(pilot, "o", *keys_for(" Også om lørdagen."), "ctrl+s")
        assert isinstance(app.screen, PlanScreen)
    assert demo_store.plan_of(demo_citizen_id).overall_goal == before + " Også om lørdagen."


# -- the meetings list: planning, and closing ------------------------------------------------------------
@pytest.mark.parametrize("how", ["pilot", "burst"])
async def test_planning_a_meeting_typed_at_once(demo_store: Store, demo_citizen_id: int, how: str) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    people = demo_store.participants(plan_id)
    second = people[1]  # the second in the list (the citizen first, then by name)
    before = {m.id for m in demo_store.meetings(plan_id)}
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MeetingListScreen)
        # n, then: the date (the field is empty: a date typed is never appended to a proposal), the time,
        # the place, the participants (the citizen is ticked; down to the next person, space ticks), a new
        # participant's name.
        keys = ["n", *keys_for("01-12-2026"), "tab", *keys_for("10:00"), "tab", *keys_for("Jobcentret"),
                "tab", "down", "space", "tab", *keys_for("Mette Hansen")]
        await _press(pilot, how, *keys)
        form = app.screen
        assert isinstance(form, QuickForm)
        assert (form.raw("date"), form.raw("time"), form.raw("place"), form.raw("new_name")) == (
            "01-12-2026", "10:00", "Jobcentret", "Mette Hansen")
        assert form.chosen("people") == [str(people[0].id), str(second.id)]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MeetingListScreen)
    (made,) = [m for m in demo_store.meetings(plan_id) if m.id not in before]
    assert (made.date, made.time, made.place, made.status) == (date(2026, 12, 1), "10:00", "Jobcentret",
                                                               MeetingStatus.PLANNED)
    assert [p.name for p in demo_store.meeting_participants(made.id or 0)] == [
        people[0].name, second.name, "Mette Hansen"]


async def test_closing_a_meeting_date_and_enter(store: Store) -> None:
    citizen = store.create_citizen("Testborger Ærø")
    plan_id = store.plan_of(citizen.id or 0).id or 0
    meeting = store.plan_meeting(plan_id, "citizen", DEMO_TODAY)
    assert meeting.id is not None
    store.open_meeting(meeting.id)
    app = build_app(store, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(MeetingScreen(store, meeting.id))
        await pilot.pause()
        # The date first; Enter moves on to the next meeting's time (it does not save), ctrl+s saves.
        await pilot.press("k", *keys_for("07-01-2027"), "enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, QuickForm) and form.raw("date") == "07-01-2027"
        assert form.focused is not None and form.focused.id == "f-time"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MeetingFrame) and app.screen.closed
    closed = store.get_meeting(meeting.id)
    assert closed.status is MeetingStatus.CLOSED and closed.next_meeting_date == date(2027, 1, 7)


# -- every dialog in a meeting --------------------------------------------------------------------------
DIALOGS: dict[str, tuple[str, str, list[str], dict[str, str]]] = {
    # name: (part, the key that opens it, the keys typed after it, each field's text before saving)
    "continue": ("review", "f", keys_for("15-12-2026"), {"due": "15-12-2026"}),
    "change": ("review", "e", ["ctrl+u", *keys_for("Ringe hver tirsdag"), "tab", "ctrl+u", *keys_for("hver tirsdag")],
               {"what": "Ringe hver tirsdag", "due": "hver tirsdag"}),
    "drop": ("review", "x", keys_for("Nanna ringer selv"), {"reason": "Nanna ringer selv"}),
    "score": ("scaling", "s", keys_for("6"), {"score": "6"}),
    "talk": ("scaling", "t", form_keys(" i Gensyn", "Ole ringer", "Sengen", "En formiddag mere"),
             {"ten": "~ i Gensyn", "works": "Ole ringer", "worse": "Sengen", "next_step": "En formiddag mere"}),
    "evaluate": ("scaling", "e", keys_for("Det gik godt"), {"text": "Det gik godt"}),
    "agreement": ("scaling", "a", [*form_keys("Prøve en tredje formiddag", "07-01-2027"), "tab", "tab", "ctrl+u",
                                   *form_keys("4", "6")],
                  {"what": "Prøve en tredje formiddag", "due": "07-01-2027", "from": "4", "to": "6"}),
    "smart": ("scaling", "q", [*keys_for(" S"), "tab", *keys_for(" M")],
              {"smart_specific": "~ S", "smart_measurable": "~ M"}),
    "smtte": ("smtte", "w", form_keys(" K", " T", " H"),
              {"smtte_context": "~ K", "smtte_signs": "~ T", "smtte_actions": "~ H"}),
    "smtte_round": ("smtte", "e", form_keys("Tegnene er der", "07-01-2027"),
                    {"text": "Tegnene er der", "next_due": "07-01-2027"}),
    "observation": ("observations", "n", [*keys_for("Mødte til tiden"), "tab", "tab", *keys_for("Fatima")],
                    {"text": "Mødte til tiden", "date": "26-11-2026", "observer": "Fatima"}),
    "pdsa": ("pdsa", "p", form_keys("Ny vækkeur", "Prøvet", "Virker", "Fortsæt"),
             {"plan": "Ny vækkeur", "do": "Prøvet", "study": "Virker", "act": "Fortsæt"}),
    "pdsa_follow": ("pdsa", "g", form_keys(" igen", " også", " og fortsæt"),
                    {"do": "~ igen", "study": "~ også", "act": "~ og fortsæt"}),
    "order_goal": ("order", "o", keys_for("Stabil søvn"), {"text": "Stabil søvn"}),
    "order_text": ("order", "b", keys_for(" Opdateret."), {"text": "~ Opdateret."}),
    "new_item": ("free", "plus", keys_for("Rundt om bordet"), {"title": "Rundt om bordet"}),
    "rename_item": ("free", "f2", ["ctrl+u", *keys_for("Velkommen")], {"title": "Velkommen"}),
    "participants": ("free", "m", keys_for("Lise Holm"), {"new_name": "Lise Holm"}),
    "meeting_note": ("free", "j", keys_for("Lise kommer næste gang"), {"text": "Lise kommer næste gang"}),
}
"""`~` in an expected text: what the field held before (the keys add to it at the end)."""


async def _network_meeting(store: Store, citizen_id: int) -> int:
    """An open network meeting on the demo plan with an item for every part (order, observations, pdsa too)."""
    plan_id = store.plan_of(citizen_id).id or 0
    people = [p.id or 0 for p in store.participants(plan_id)]
    meeting = store.plan_meeting(plan_id, "network", "26-11-2026", time="10:00", participant_ids=people[:3])
    assert meeting.id is not None
    for title, part in (("Bestilling", "order"), ("Observationer", "observations"), ("PDSA", "pdsa")):
        store.add_agenda_item(meeting.id, title, part)
    store.open_meeting(meeting.id)
    return meeting.id


@pytest.mark.parametrize("name", list(DIALOGS))
async def test_every_meeting_dialog_takes_the_keys_typed_with_its_key(
    demo_store: Store, demo_citizen_id: int, name: str
) -> None:
    part, key, keys, expected = DIALOGS[name]
    mid = await _network_meeting(demo_store, demo_citizen_id)
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(MeetingScreen(demo_store, mid))
        await pilot.pause()
        screen = meeting_screen(app)
        await goto_part(pilot, part)
        if part in ("scaling", "smtte", "observations", "pdsa", "order"):
            await goto_row_where(pilot, lambda g: isinstance(g, Goal) and bool(g.smart_specific) and bool(g.smtte_signs))
        elif part == "review":
            await goto_row_where(pilot, lambda r: "Ringe til Nanna" in r.agreement.what)
        before: dict[str, str] = {}
        await pilot.press(key, *keys)
        form = app.screen
        assert isinstance(form, QuickForm), (name, type(form))
        for field, text in expected.items():
            if text.startswith("~"):
                before[field] = _prefilled(demo_store, screen, field)
            assert form.raw(field) == (before[field] + text[1:] if text.startswith("~") else text), field
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen, (name, form.errors())


def _prefilled(store: Store, screen: MeetingFrame, field: str) -> str:
    """What a field held when its form opened (the highlighted goal's SMTTE, the plan's order)."""
    if field == "text":
        return store.get_plan(screen.ctx.plan_id).order_text
    goal = screen.highlighted_goal()
    assert goal is not None and goal.id is not None
    if field == "ten":  # the scaling talk starts from the goal's scale anchor
        return goal.scale_anchor
    if field in ("do", "study", "act"):  # the PDSA follow-up starts from the latest cycle
        return str(getattr(store.pdsa_cycles(goal.id)[-1], field))
    return str(getattr(goal, field))


async def test_addendum_on_a_closed_meeting(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    closed = next(m for m in demo_store.meetings(plan_id) if m.status is MeetingStatus.CLOSED)
    assert closed.id is not None
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(MeetingScreen(demo_store, closed.id))
        await pilot.pause()
        await pilot.press("i", *keys_for("Karsten deltog også"))
        form = app.screen
        assert isinstance(form, QuickForm) and form.raw("text") == "Karsten deltog også"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert [a.text for a in demo_store.addenda(closed.id)] == ["Karsten deltog også"]


async def test_every_form_opens_in_its_first_text_field(demo_store: Store, demo_citizen_id: int) -> None:
    """Never on a container, never on a select: the first Input or TextArea has the cursor, at its end."""
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    seen: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in ("o", "n", "e", "a", "c", "s", "b"):
            await pilot.press(key)
            await pilot.pause()
            form = app.screen
            assert isinstance(form, FormScreen), key
            first = next(c for c in form.controls() if isinstance(c, (Input, TextArea)))
            assert form.focused is first, (key, form.focused)
            if isinstance(first, Input):
                assert first.cursor_position == len(first.value) and first.selection.is_empty
            else:
                assert first.cursor_location == first.document.end
            seen.append(type(form).__name__)
            await pilot.press("escape")
            await pilot.pause()
    assert seen == ["OverallGoalEditor", "GoalEditor", "GoalEditor", "AgreementEditor", "CitizenEditor",
                    "ScaleReadingEditor", "ObservationEditor"]


def test_the_tests_above_cover_each_part_of_a_meeting() -> None:
    from screens.meetings.parts import PARTS

    covered = {part for part, _, _, _ in DIALOGS.values()}
    with_keys = {name for name, cls in PARTS.items() if cls.KEYS}
    # sharing's d is a list to choose from (no text to type); a in agreements and support is scaling's a;
    # the checklist's x needs a plan type with a part a person ticks (test_meeting_record.py drives it).
    assert with_keys - covered <= {"sharing", "support", "agreements", "checklist"}, with_keys - covered


async def test_a_tick_and_ctrl_s_in_one_burst_save_the_tick(demo_store: Store, demo_citizen_id: int) -> None:
    """Space ticks a participant by a message the list sends itself: ctrl+s right after it waits for that."""
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    people = demo_store.participants(plan_id)
    before = {m.id for m in demo_store.meetings(plan_id)}
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "m", "n", "ctrl+u", *keys_for("27-11-2026"), "tab", *keys_for("13:00"), "tab",
                    *keys_for("Værestedet Kilden"), "tab", "down", "down", "space", "ctrl+s")
        assert isinstance(app.screen, MeetingListScreen)
    (made,) = [m for m in demo_store.meetings(plan_id) if m.id not in before]
    assert [p.id for p in demo_store.meeting_participants(made.id or 0)] == [people[0].id, people[2].id]
