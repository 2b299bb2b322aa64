"""Hostile text typed into every free-text field of every editor (issue 7), on the real app.

Each value is either stored verbatim (read back through the store) and shown
verbatim (no markup interpreted, app still running), or refused with a Danish
message next to the field, with nothing written and the typed text kept.

Control characters (ESC, BEL, NUL ...) are invisible and a terminal acts on them,
so an editor removes them the moment they arrive (a paste) and says so under the
field; everything visible stays in the field. The store itself keeps control
characters as data (tests/tui/test_hostile_cli.py); the screens show them as
harmless control pictures.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import unicodedata

import pytest
from textual import events
from textual.app import App
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, TextArea

from screens.editors import (
    ActivityEditor,
    AgreementEditor,
    CitizenEditor,
    GoalEditor,
    ObservationEditor,
    OverallGoalEditor,
    ParticipantEditor,
    ScaleReadingEditor,
)
from screens.forms import FormScreen as EditorScreen
from screens.participants import ParticipantsScreen
from screens.plan import PlanScreen
from store import Store
from store.enums import Area
from store.models import Activity, Agreement, Citizen, Goal, Observation, Participant, Plan, ScaleReading
from tests.conftest import DEMO_TODAY
from tests.keys import key_name, press_one_by_one, type_text
from tests.screens.editor_helpers import choose, error_text, field_value, paste_into
from tests.screens.plan_helpers import board_rows, goal_lines, static_text
from tui.app import build_app

SIZE = (100, 30)

PRINTABLE = [
    "[bold]x",
    "[/]",
    "[link=x]y[/link]",
    "[@click=app.quit]klik[/]",
    "<b>fed</b>",
    "<script>alert(1)</script>",
    "👩‍👩‍👧",
    "مرحبا שלום",
    "æøå ÆØÅ",
    "'; DROP TABLE goal; --",
    "|",
    "#",
]
"""Stored and shown verbatim wherever they are typed."""
SAMPLE = " ".join(PRINTABLE)
"""Typed key by key into the first field of one editor per widget kind (TYPED_AT_PILOTS_PACE); pasted,
with its last character typed as a key after the paste, into the first field of every other editor."""
TYPED_AT_PILOTS_PACE = ("citizen", "observation")
"""Where SAMPLE is typed key by key, part of it (AT_PILOTS_PACE) with Pilot's own presses, an idle wait
after every key: one editor whose first field is an Input (citizen: name), one whose first field is a
TextArea (observation: text). The rest of SAMPLE is typed with the same Key events without the wait after
each (tests/keys.py). The key path of a character does not depend on the editor around the field: every
editor's text fields are the same two widgets (`TextInput`, `TextBox` in screens/forms/controls.py) and its
format characters go through the same `FormScreen.on_key`, so the other editors get SAMPLE as a paste."""
AT_PILOTS_PACE = "👩‍👩‍👧 مرحبا שלום"
"""The keys whose path is delicate: a zero-width-joiner sequence (the joiners reach the field through
the editor screen) and right-to-left letters."""
CONTROL = "før\x1b[2J\x07midt\x00\x08efter\x9b"
"""Pasted into every field: the control characters go, the rest stays."""
CONTROL_KEPT = "før[2Jmidtefter"
BLANKS = ["   ", ""]
EMPTY_MESSAGE = "Feltet må ikke være tomt."
CONTROL_MESSAGE = "Teksten indeholdt usynlige styretegn"


def value_for(n: int, multiline: bool) -> str:
    """A distinct hostile value for the n-th other field (two corpus items, a line break if allowed)."""
    a, b = PRINTABLE[n % len(PRINTABLE)], PRINTABLE[(n + 5) % len(PRINTABLE)]
    return f"{a}\n{b} {n}" if multiline else f"{a} {b} {n}"


@dataclass
class Case:
    """One editor: how to open it from the plan, its free-text fields, where its text is shown."""

    editor: type[EditorScreen[Any]]
    keys: tuple[str, ...]
    fields: tuple[str, ...]
    required: tuple[str, ...] = ()
    prepare: Callable[[EditorScreen[Any]], None] | None = None
    shown: Callable[[App[None]], str] | None = None
    """What the screen shows after saving (plain text of the widgets)."""
    shown_fields: tuple[str, ...] = ()
    extra_keys: tuple[str, ...] = field(default=())


def _plan(app: App[None]) -> PlanScreen:
    screen = app.screen
    assert isinstance(screen, PlanScreen)
    return screen


def _plan_text(app: App[None]) -> str:
    screen = _plan(app)
    parts = [static_text(app, sel) for sel in ("#plan-header", "#plan-overall", "#plan-values-text",
                                               "#plan-strengths-text")]
    return "\n".join(parts + goal_lines(screen) + board_rows(screen))


def _table_text(app: App[None]) -> str:
    """The rows of a record list (participants, activities) as plain text."""
    table = app.screen.query_one(DataTable)
    return "\n".join(" ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count))


def _type_score(editor: EditorScreen[Any]) -> None:
    editor.query_one("#f-score", Input).value = "7"


def _choose_who(editor: EditorScreen[Any]) -> None:
    who = editor.store.participants(getattr(editor, "plan_id"))[0]
    choose(editor, "who_id", who.id)
    paste_into(editor, "when", "hver torsdag")


def _choose_role(editor: EditorScreen[Any]) -> None:
    from store.enums import Role

    choose(editor, "role", Role.CONTACT)


SMART = ("smart_specific", "smart_measurable", "smart_accepted", "smart_realistic", "smart_timed")
SMTTE = ("smtte_context", "smtte_signs", "smtte_actions", "smtte_evaluation")

CASES = {
    "citizen": Case(CitizenEditor, ("c",), ("name", "values", "strengths", "mentor_role"), ("name",),
                    shown=_plan_text, shown_fields=("name", "values", "strengths")),
    "overall_goal": Case(OverallGoalEditor, ("o",),
                         ("overall_goal", "follow_up", "purpose", "support_needed", "expected_duration",
                          "other_matters", "order_text"),
                         shown=_plan_text, shown_fields=("overall_goal",)),
    "goal_new": Case(GoalEditor, ("n",), ("text", "rationale", "scale_anchor", *SMART, *SMTTE), ("text",),
                     shown=_plan_text, shown_fields=("text",)),
    "goal_revised": Case(GoalEditor, ("e",), ("text", "rationale", "reason", "scale_anchor", *SMART, *SMTTE),
                         ("text",), shown=_plan_text, shown_fields=("text",)),
    "activity": Case(ActivityEditor, ("t", "n"), ("text", "who", "place", "short_term_aim"), ("text",),
                     shown=_table_text, shown_fields=("text", "who", "short_term_aim")),
    "participant": Case(ParticipantEditor, ("p", "n"), ("name", "organisation", "contact_info"), ("name",),
                        prepare=_choose_role, shown=_table_text, shown_fields=("name", "organisation")),
    "agreement": Case(AgreementEditor, ("a",), ("what",), ("what",), prepare=_choose_who, shown=_plan_text,
                      shown_fields=("what",)),
    "scale_reading": Case(ScaleReadingEditor, ("s",), ("note",), prepare=_type_score),
    "observation": Case(ObservationEditor, ("b",), ("text", "observer"), ("text",)),
}


def stored(store: Store, record: Any, name: str) -> str:
    """A field of the saved record, read back from the file."""
    if isinstance(record, Goal) and name == "reason":
        return store.goal_history(record.id or 0)[-1].reason
    fresh: Any
    if isinstance(record, Citizen):
        fresh = store.get_citizen(record.id or 0)
    elif isinstance(record, Plan):
        fresh = store.get_plan(record.id or 0)
    elif isinstance(record, Goal):
        fresh = store.get_goal(record.id or 0)
    elif isinstance(record, Agreement):
        fresh = store.get_agreement(record.id or 0)
    elif isinstance(record, Activity):
        fresh = next(a for a in store.activities(record.goal_id) if a.id == record.id)
    elif isinstance(record, Participant):
        fresh = next(p for p in store.participants(record.plan_id) if p.id == record.id)
    elif isinstance(record, ScaleReading):
        fresh = next(r for r in store.readings(record.goal_id) if r.id == record.id)
    elif isinstance(record, Observation):
        fresh = next(o for o in store.observations(record.goal_id) if o.id == record.id)
    else:  # pragma: no cover - a new editor needs a line here
        raise TypeError(type(record))
    value = getattr(fresh, name)
    assert isinstance(value, str)
    return value


def saved_record(store: Store, editor: EditorScreen[Any]) -> Any:
    """The record the editor just wrote, read back from the store."""
    def newest(records: list[Any]) -> Any:
        return max(records, key=lambda r: r.id)

    e: Any = editor
    if isinstance(editor, CitizenEditor):
        return store.get_citizen(e.citizen_id)
    if isinstance(editor, OverallGoalEditor):
        return store.get_plan(e.plan_id)
    if isinstance(editor, GoalEditor):
        return store.get_goal(e.goal_id) if e.goal_id is not None else newest(store.goals(e.plan_id))
    if isinstance(editor, ActivityEditor):
        return newest(store.activities(e.goal_id))
    if isinstance(editor, ParticipantEditor):
        return newest(store.participants(e.plan_id))
    if isinstance(editor, AgreementEditor):
        return newest(store.agreements(e.plan_id))
    if isinstance(editor, ScaleReadingEditor):
        return newest(store.readings(e.goal_id))
    if isinstance(editor, ObservationEditor):
        return newest(store.observations(e.goal_id))
    raise TypeError(type(editor))  # pragma: no cover


def snapshot(store: Store) -> list[Any]:
    """Everything the editors can write (to prove nothing was written)."""
    rows = store.db.query("SELECT count(*) AS n FROM audit_log")
    return [next(iter(rows))["n"]]


async def paste(pilot: Pilot[Any], editor: EditorScreen[Any], name: str, text: str) -> None:
    """Clear a field and paste text into it, as a terminal delivers a paste.

    The focus change and the paste queue up in the app in that order (`focus`
    is a callback on the app's queue), so the paste lands in this field.
    """
    widget = editor.query_one(f"#f-{name}")
    widget.focus()
    if isinstance(widget, Input):
        widget.value = ""
    elif isinstance(widget, TextArea):
        widget.load_text("")
    if text:  # the driver hands a paste to the app, which forwards it to the focused field
        pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def type_keys(
    pilot: Pilot[Any], editor: EditorScreen[Any], name: str, text: str, *, at_pilots_pace: bool = False,
) -> None:
    """Clear a field and type text into it, one Key event per character.

    The keys follow each other as fast as a terminal delivers them (one wait at
    the end); with `at_pilots_pace`, the AT_PILOTS_PACE part of the text is typed
    with Pilot, which waits for the app to go idle after every key.
    """
    widget = editor.query_one(f"#f-{name}")
    widget.focus()  # a callback on the app's queue, ahead of the keys
    if isinstance(widget, Input):
        widget.value = ""
    elif isinstance(widget, TextArea):
        widget.load_text("")
    if at_pilots_pace:
        assert AT_PILOTS_PACE in text
        before, _, after = text.partition(AT_PILOTS_PACE)
        await type_text(pilot, before)
        await press_text(pilot, AT_PILOTS_PACE)
        await type_text(pilot, after)
    else:
        await type_text(pilot, text)


async def press_text(pilot: Pilot[Any], text: str) -> None:
    """Key presses for text, as a terminal sends them (one Key event per character).

    Pilot cannot name a zero-width joiner or a direction mark as a key (it sends
    no character for them), so those go to the driver as the terminal's parser
    would deliver them.
    """
    run: list[str] = []
    for ch in text:
        if unicodedata.category(ch) != "Cf":
            run.append(key_name(ch))
            continue
        await pilot.press(*run)
        run = []
        key = events.Key(_character_to_key(ch), ch)
        key.set_sender(pilot.app)
        driver = pilot.app._driver  # noqa: SLF001 - the terminal's key, as the driver hands it on
        assert driver is not None
        driver.send_message(key)
        await pilot.pause()
    await press_one_by_one(pilot, *run)


async def open_editor(pilot: Pilot[Any], case: Case) -> EditorScreen[Any]:
    for key in case.keys:
        await press_one_by_one(pilot, key)
    editor = pilot.app.screen
    assert isinstance(editor, case.editor), type(editor).__name__
    if case.prepare is not None:
        case.prepare(editor)
        await pilot.pause()
    return editor


def multiline(editor: EditorScreen[Any], name: str) -> bool:
    return isinstance(editor.query_one(f"#f-{name}"), TextArea)


@pytest.mark.parametrize("name", list(CASES))
async def test_hostile_text_in_every_field(demo_store: Store, demo_citizen_id: int, name: str) -> None:
    case = CASES[name]
    store = demo_store
    app = build_app(store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plan_screen = _plan(app)
        if name == "goal_new":  # a new sub-goal in the social area
            plan_screen.select(goal_id=next(g.id for g in store.goals(plan_screen.plan_id) if g.area is Area.SOCIAL))
            await pilot.pause()
        editor = await open_editor(pilot, case)
        before = snapshot(store)

        # Control characters: removed as they arrive, a Danish message under the field, the rest kept.
        for f in case.fields:
            await paste(pilot, editor, f, CONTROL)
            assert field_value(editor, f) == CONTROL_KEPT, f
            assert error_text(editor, f).startswith(CONTROL_MESSAGE), f
        assert snapshot(store) == before

        # Blank text where text is required: refused in Danish, nothing written, the rest kept.
        for f in case.required:
            for blank in BLANKS:
                await paste(pilot, editor, f, blank)
                await press_one_by_one(pilot, "ctrl+s")
                assert app.screen is editor, f"{f}={blank!r} was saved"
                assert error_text(editor, f) == EMPTY_MESSAGE
                assert field_value(editor, f) == blank
                assert all(field_value(editor, o) == CONTROL_KEPT for o in case.fields if o != f)
        assert snapshot(store) == before

        # The corpus: typed into the first field, pasted into the others (blank where allowed).
        values: dict[str, str] = {}
        optional = [f for f in case.fields if f not in case.required]
        for n, f in enumerate(case.fields):
            if n == 0:
                values[f] = SAMPLE
                if name in TYPED_AT_PILOTS_PACE:
                    await type_keys(pilot, editor, f, SAMPLE, at_pilots_pace=True)
                else:  # pasted, and a key typed after the paste
                    await paste(pilot, editor, f, SAMPLE[:-1])
                    await type_text(pilot, SAMPLE[-1])
            else:
                if optional[-2:] and f == optional[-1] and len(optional) > 1:
                    values[f] = ""
                elif len(optional) > 1 and f == optional[-2]:
                    values[f] = "   "
                else:
                    values[f] = value_for(n, multiline(editor, f))
                await paste(pilot, editor, f, values[f])
            assert field_value(editor, f) == values[f], f
        await press_one_by_one(pilot, "ctrl+s")
        assert app.screen is not editor, editor.errors()
        record = saved_record(store, editor)
        for f, value in values.items():
            assert stored(store, record, f) == value, f

        # Shown verbatim where the plan (or the participants list) shows it; the app still runs.
        assert app.is_running
        if case.shown is not None:
            shown = case.shown(app)
            for f in case.shown_fields:
                assert values[f] in shown, f
        lines = screen_lines(app)
        assert not any("\x1b" in line for line in lines)
        if name in ("citizen", "overall_goal"):  # full-width lines: the markup is there, as typed
            assert "[bold]x [/] [link=x]y[/link]" in "\n".join(lines)


def screen_lines(app: App[None]) -> list[str]:
    """The characters the terminal would get, line by line."""
    strips = app.screen._compositor.render_strips()  # noqa: SLF001 - what is painted
    return ["".join(seg.text for seg in strip) for strip in strips]


async def test_100000_characters_in_a_text_area(demo_store: Store, demo_citizen_id: int) -> None:
    long_text = ("Nanna vil [bold]gerne[/] <b>læse</b> æøå 👩‍👩‍👧 مرحبا " * 3000)[:100_000]
    assert len(long_text) == 100_000
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plan_screen = _plan(app)
        editor = await open_editor(pilot, CASES["citizen"])
        await paste(pilot, editor, "values", long_text)
        assert field_value(editor, "values") == long_text
        await press_one_by_one(pilot, "ctrl+s")
        assert app.screen is plan_screen
        assert demo_store.get_citizen(demo_citizen_id).values == long_text
        assert static_text(app, "#plan-values-text").endswith(long_text)
        # Still responsive: the next keys open the editor again with the whole text in it.
        await press_one_by_one(pilot, "c")
        again = app.screen
        assert isinstance(again, CitizenEditor)
        assert field_value(again, "values") == long_text
        await press_one_by_one(pilot, "escape")
        assert app.screen is plan_screen


BAD_VALUES: dict[str, list[tuple[str, str, str]]] = {
    "goal_revised": [
        ("start_date", "31-02-2026", "Datoen 31-02-2026 findes ikke."),
        ("end_date", "29-02-2027", "Datoen 29-02-2027 findes ikke."),
        ("smtte_due", "31-02-2026", "Datoen 31-02-2026 findes ikke."),
        ("end_date", "i morgen", "dd-mm-åååå"),
    ],
    "overall_goal": [
        ("start_date", "31-02-2026", "Datoen 31-02-2026 findes ikke."),
        ("end_date", "32-13-2026", "Datoen 32-13-2026 findes ikke."),
    ],
    "scale_reading": [
        ("score", "abc", "Skriv et helt tal."),
        ("score", "5.5", "Skriv et helt tal."),
        ("score", "-1", "Værdien skal være mindst 1."),
        ("date", "31-02-2026", "Datoen 31-02-2026 findes ikke."),
        ("date", "", "dd-mm-åååå"),
    ],
    "observation": [
        ("date", "31-02-2026", "Datoen 31-02-2026 findes ikke."),
    ],
    "agreement": [
        ("target_from", "0", "Værdien skal være mindst 1."),
        ("target_from", "11", "Værdien må højst være 10."),
        ("target_to", "abc", "Skriv et helt tal."),
    ],
}
"""Impossible dates and out-of-range scores, per editor: (field, typed, part of the Danish message).

Score 0 and 11 in the scale reading and 31-02-2026 as an agreement's date are in test_editors.py.
"""


@pytest.mark.parametrize("name", list(BAD_VALUES))
async def test_impossible_dates_and_scores_are_refused_in_danish(
    demo_store: Store, demo_citizen_id: int, name: str,
) -> None:
    case = CASES[name]
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        editor = await open_editor(pilot, case)
        first = case.fields[0]
        await type_keys(pilot, editor, first, "Mål æøå [bold]x")
        before = snapshot(demo_store)
        for f, typed, message in BAD_VALUES[name]:
            kept = {o: field_value(editor, o) for o in case.fields}
            await type_keys(pilot, editor, f, typed)
            await press_one_by_one(pilot, "ctrl+s")
            assert app.screen is editor, f"{f}={typed!r} was saved"
            assert message in error_text(editor, f), (f, typed)
            assert field_value(editor, f) == typed
            assert {o: field_value(editor, o) for o in case.fields} == kept
            assert snapshot(demo_store) == before
            await paste(pilot, editor, f, "1" if f in ("score", "target_from", "target_to") else "01-12-2026")


async def test_control_characters_already_in_the_file_are_shown_harmlessly(
    demo_store: Store, demo_citizen_id: int,
) -> None:
    """Text written by other means (store API, an older file) keeps its control characters as data;
    the plan never sends them to the terminal."""
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    hostile = "rød\x1b[2J\x1b[31mskærm\x07"
    demo_store.update_citizen(demo_citizen_id, name="Nanna " + hostile, values=hostile, strengths=hostile)
    demo_store.set_overall_goal(plan_id, hostile, demo_store.get_plan(plan_id).goal_level)
    goal = demo_store.add_goal(plan_id, Area.SOCIAL, hostile)
    who = demo_store.participants(plan_id)[0]
    demo_store.add_agreement(plan_id, who.id, hostile, when="hver uge")
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = "\n".join(screen_lines(app))
        assert "\x1b" not in lines and "\x07" not in lines
        assert "rød␛[2J␛[31mskærm␇" in lines
        # The citizen editor: the control characters are taken out of the fields and the person is told.
        editor = await open_editor(pilot, CASES["citizen"])
        assert "\x1b" not in "\n".join(screen_lines(app))
        assert field_value(editor, "values") == "rød[2J[31mskærm"
        assert error_text(editor, "values").startswith(CONTROL_MESSAGE)
        await press_one_by_one(pilot, "escape")
        # The citizens list.
        await press_one_by_one(pilot, "escape")
        lines = "\n".join(screen_lines(app))
        assert "Nanna rød␛[2J␛[31mskærm␇" in lines and "\x1b" not in lines
    assert demo_store.get_goal(goal.id or 0).text == hostile  # the data is untouched
    assert demo_store.get_citizen(demo_citizen_id).values == hostile  # cancelled: nothing written
