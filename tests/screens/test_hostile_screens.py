"""Escape sequences and a hidden CPR number in every text field: no screen of the app sends either on.

Every text field of a case holds terminal escape sequences (tests/hostile_case.py);
a CPR number slipped in by SQL sits in the goal and the agreement. The facilitator
walks the app: citizens, plan, mirror (the shared screen inside the app), change
log, notes, sharing and consent, progression, meetings, the correction form of a
planned meeting (a CPR number slipped into its place), every agenda item of the
open meeting, the review's change and continue dialogs (the agreement's words
prefilled), who takes part in the meeting, the minutes preview and its export
dialog, the follow-up year. On every screen and dialog the characters the
terminal gets hold no control character (each is a picture, ␛) and no readable
CPR number.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import OptionList

from screens.forms import FormScreen
from screens.history import ChangeLogScreen
from screens.live import PresentationScreen
from screens.meetings import MeetingFrame
from screens.minutes_preview import MinutesPreviewScreen
from screens.plan import PlanScreen
from store import Store
from store.enums import MeetingStatus
from store.textrules import find_cpr
from tests.conftest import DEMO_TODAY
from tests.hostile_case import fill_case
from tests.keys import press_one_by_one
from tui.app import build_app

from .meeting_pilot import step_to

HOSTILE = "Nanna \x1b]0;PWNED\x07 \x1b[2J\x1b[31mrød\x1b[?1049l \x9b31m\x00 [bold]fed[/] slut"
SLIPPED = "Ring på 01.01.90\u200b-1234"
CONTROL = {chr(c) for c in [*range(0, 9), *range(11, 32), 127, *range(0x80, 0xA0)]}


def _painted(app: App[Any]) -> str:
    strips = app.screen._compositor.render_strips()  # noqa: SLF001 - what the terminal is sent
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


def _assert_harmless(app: App[Any], where: str) -> str:
    text = _painted(app)
    bad = CONTROL & set(text.replace("\n", ""))
    assert not bad, (where, bad)
    assert find_cpr(text) == [], (where, text)
    assert "fed[/]" in text or "fed" not in text, (where, "markup in user text was read as markup")
    return text


async def _visit(pilot: Pilot[Any], key: str, screen_type: type, where: str) -> str:
    await press_one_by_one(pilot, key)
    assert isinstance(pilot.app.screen, screen_type), (where, type(pilot.app.screen))
    return _assert_harmless(pilot.app, where)


async def _visit_dialog(pilot: Pilot[Any], key: str, where: str, *, picture: bool = False,
                        masked: bool = False) -> None:
    """Open a dialog with `key`, check what it paints, and close it with escape (nothing saved)."""
    under = pilot.app.screen
    await press_one_by_one(pilot, key)
    assert isinstance(pilot.app.screen, FormScreen), (where, type(pilot.app.screen))
    shown = _assert_harmless(pilot.app, where)
    if picture:
        assert "␛" in shown, (where, "the hostile text is there, as pictures")
    if masked:
        assert "••.••.••" in shown, (where, "the slipped-in number is there, masked")
    await press_one_by_one(pilot, "escape")
    assert pilot.app.screen is under, where


async def test_no_screen_sends_control_characters_or_a_cpr_number(store: Store) -> None:
    case = fill_case(store, HOSTILE, close=False)
    assert case.refused == []
    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute("UPDATE goal SET text = ? WHERE plan_id = ?", (SLIPPED, case.plan_id))
        conn.execute("UPDATE agreement SET what = ? WHERE plan_id = ?", (SLIPPED, case.plan_id))
        conn.execute("UPDATE meeting SET place = ? WHERE plan_id = ? AND status = ?",
                     (SLIPPED, case.plan_id, MeetingStatus.PLANNED.value))
    conn.close()
    app = build_app(store, citizen_id=case.citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        plan = _assert_harmless(app, "plan")
        assert "␛]0;PWNED␇" in plan and "••.••.••" in plan
        mirror = await _visit(pilot, "v", PresentationScreen, "mirror")
        assert "␛[2J" in mirror and "••" in mirror
        await press_one_by_one(pilot, "escape")
        await _visit(pilot, "l", ChangeLogScreen, "change log")
        await press_one_by_one(pilot, "escape")
        for key, where in (("N", "notes"), ("d", "sharing and consent")):
            await press_one_by_one(pilot, key)
            assert not isinstance(app.screen, PlanScreen), where
            shown = _assert_harmless(app, where)
            assert "␛" in shown, where  # the hostile text is there, as pictures
            await press_one_by_one(pilot, "escape")
        await press_one_by_one(pilot, "g")
        _assert_harmless(app, "progression")
        await press_one_by_one(pilot, "escape")
        await press_one_by_one(pilot, "m")
        _assert_harmless(app, "meetings")
        meetings = app.screen.query_one("#meetings", OptionList)
        planned = next(i for i, m in enumerate(app.screen.meetings)  # type: ignore[attr-defined]
                       if m.status is MeetingStatus.PLANNED)
        await step_to(pilot, meetings, planned)
        await _visit_dialog(pilot, "e", "meeting correction form", picture=True, masked=True)
        open_index = next(i for i, m in enumerate(app.screen.meetings) if m.id == case.meetings[0])  # type: ignore[attr-defined]
        await step_to(pilot, meetings, open_index)
        await press_one_by_one(pilot, "enter")
        meeting = app.screen
        assert isinstance(meeting, MeetingFrame)
        agenda = meeting.query_one("#agenda", OptionList)
        reviewed = False
        for index in range(len(meeting.items)):
            await step_to(pilot, agenda, index)
            _assert_harmless(app, f"agenda item {index}: {meeting.part}")
            if meeting.part_name == "review" and meeting.rows:
                await step_to(pilot, meeting.query_one("#rows", OptionList), 0)
                await _visit_dialog(pilot, "e", "review: change (the words prefilled)", masked=True)
                await _visit_dialog(pilot, "f", "review: continue (the words above)", masked=True)
                agenda.focus()
                reviewed = True
        assert reviewed, "the open meeting has a review item with the agreements to follow up"
        await _visit_dialog(pilot, "m", "who takes part in the meeting", picture=True)
        await press_one_by_one(pilot, "r")
        assert isinstance(app.screen, MinutesPreviewScreen)
        for audience in "1234":
            await press_one_by_one(pilot, audience)
            _assert_harmless(app, f"minutes preview {audience}")
        await _visit_dialog(pilot, "e", "minutes export dialog")
        while len(app.screen_stack) > 1:
            await press_one_by_one(pilot, "escape")
        citizens = _assert_harmless(app, "citizens")
        assert "Nanna ␛]0;PWNED␇" in citizens
        await press_one_by_one(pilot, "w")
        _assert_harmless(app, "follow-up year")
