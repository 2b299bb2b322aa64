"""The plan's notes (N) and sharing with consent (d), by keyboard on the real app; and the shared screen
drops what a withdrawn consent covered at once."""
from __future__ import annotations

from typing import Any

from textual.widgets import Checkbox, DataTable

from screens.consents import ConsentsScreen
from screens.editors.consent import ConsentEditor, WithdrawConsentEditor
from screens.editors.note import NoteEditor
from screens.live.content import LiveReader
from screens.notes import PlanNotesScreen
from screens.plan import PlanScreen
from store import Store
from store.enums import Area, Audience, Sharing
from tests.conftest import DEMO_TODAY
from tests.screens.editor_helpers import choose, error_text, save, type_into
from tests.keys import press_one_by_one
from tui.app import build_app


def _rows(screen: Any, table_id: str) -> list[str]:
    table = screen.query_one(f"#{table_id}", DataTable)
    return [" | ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]


async def _open(pilot: Any, key: str) -> Any:
    await pilot.pause()
    assert isinstance(pilot.app.screen, PlanScreen)
    await press_one_by_one(pilot, key)
    return pilot.app.screen


async def test_plan_notes_written_at_each_level(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot, "N")
        assert isinstance(screen, PlanNotesScreen)
        rows = _rows(screen, "note-table")
        assert any("Delt | Møde 29-10-2026 | Nanna fortalte stolt" in r for r in rows)
        assert any("Intern | Planen | Karsten holder ferie" in r for r in rows)
        assert any("Privat | Planen | Søvnmedicinen" in r for r in rows)

        await press_one_by_one(pilot, "n")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.focused is editor.query_one("#f-text")  # the cursor in the first field
        await type_into(pilot, editor, "text", "Jens henter Nanna efter VUC om torsdagen.")
        choose(editor, "sharing", Sharing.SHARED.value)
        await save(pilot)
        assert app.screen is screen
        assert any("Delt, mangler samtykke | Planen | Jens henter" in r for r in _rows(screen, "note-table"))
        waiting = next(n for n in demo_store.plan_notes(plan_id) if n.text.startswith("Jens henter"))
        assert waiting.shared_with_relatives
        assert not demo_store.viewer(plan_id, Audience.RELATIVE).sees(waiting)

        table = screen.query_one("#note-table", DataTable)
        table.move_cursor(row=table.get_row_index(str(waiting.id)))
        await press_one_by_one(pilot, "enter")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        editor.query_one("#f-consent", Checkbox).value = True  # the citizen says yes in the room
        await save(pilot)
        assert any("Delt | Planen | Jens henter" in r for r in _rows(screen, "note-table"))
        assert "Jens henter Nanna efter VUC" in demo_store.plan_markdown(demo_citizen_id, Audience.RELATIVE)

        # A note written in a closed meeting cannot be changed: the reason shows, what was typed stays.
        closed = next(n for n in demo_store.plan_notes(plan_id) if n.text.startswith("Fatima sender"))
        table.move_cursor(row=table.get_row_index(str(closed.id)))
        await press_one_by_one(pilot, "enter")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        await type_into(pilot, editor, "text", "Ændret bagefter")
        await press_one_by_one(pilot, "ctrl+s")
        assert app.screen is editor and "afsluttet" in str(editor.query_one("#form-error").render())
        assert editor.raw("text") == "Ændret bagefter"
        assert demo_store.db.get(type(closed), closed.id or 0).text == closed.text


async def test_sharing_screen_marks_records_consent_and_withdraws(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    school = next(g for g in demo_store.goals(plan_id) if g.area is Area.EDUCATION)
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot, "d")
        assert isinstance(screen, ConsentsScreen)
        consents = _rows(screen, "consent-table")
        assert consents[0].startswith("24-09-2026 | Nanna Kildegaard (borgeren selv) | 26-07-2027 | 9 | Gælder")
        items = screen.query_one("#item-table", DataTable)
        assert any("Sofie Dahl | Nej: ikke delt" in r for r in _rows(screen, "item-table"))
        assert any("Mål | Jeg vil tale med min læge" in r and "Nej: privat" in r for r in _rows(screen, "item-table"))

        # Nothing waits yet: n says what to do first.
        await press_one_by_one(pilot, "n")
        assert app.screen is screen

        items.move_cursor(row=items.get_row_index(f"goal:{school.id}"))
        await press_one_by_one(pilot, "space")
        assert any("FVU-dansk" in r and "mangler samtykke" in r for r in _rows(screen, "item-table"))
        await press_one_by_one(pilot, "n")
        editor = app.screen
        assert isinstance(editor, ConsentEditor)
        await type_into(pilot, editor, "valid_until", "31-02-2027")
        await press_one_by_one(pilot, "ctrl+s")
        assert "findes ikke" in error_text(editor, "valid_until")  # a bad date: said in place, nothing written
        assert len(demo_store.consents(plan_id)) == 1
        await type_into(pilot, editor, "valid_until", "30-06-2027")
        await type_into(pilot, editor, "note", "Far må gerne vide, at jeg går på VUC.")
        await save(pilot)
        assert app.screen is screen
        newest = demo_store.consents(plan_id)[0]
        assert (newest.given_by, newest.valid_until.isoformat() if newest.valid_until else "") == (
            "Nanna Kildegaard", "2027-06-30")
        assert "Jeg vil tage FVU-dansk" in demo_store.plan_markdown(demo_citizen_id, Audience.RELATIVE)

        # Withdraw the newest consent: the goal is gone from the relatives' copy at once.
        await pilot.press("tab")
        table = screen.query_one("#consent-table", DataTable)
        table.move_cursor(row=0)
        await press_one_by_one(pilot, "w")
        editor = app.screen
        assert isinstance(editor, WithdrawConsentEditor)
        await type_into(pilot, editor, "reason", "Nanna har ombestemt sig.")
        await save(pilot)
        assert _rows(screen, "consent-table")[0].split(" | ")[4].startswith("Trukket tilbage 23-11-2026")
        assert "Jeg vil tage FVU-dansk" not in demo_store.plan_markdown(demo_citizen_id, Audience.RELATIVE)


async def test_the_shared_screen_drops_a_withdrawn_item_at_once(demo_store: Store, demo_citizen_id: int) -> None:
    """In a relatives' meeting the room sees what the consent covers; withdrawn, it is gone on the next read."""
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    m = demo_store.plan_meeting(plan_id, "relative", DEMO_TODAY)
    demo_store.set_focus(citizen_id=demo_citizen_id, meeting_id=m.id)
    reader = LiveReader(demo_store)
    first = reader.read(citizen_id=None, follow=True, today=DEMO_TODAY)
    texts = [g.text for g in first.goals]
    assert "Jeg vil ringe til min søster én gang om ugen." in texts and len(texts) == 3
    assert first.overall_goal == "" and not first.overall_shown and first.relatives_only
    social = next(g for g in demo_store.goals(plan_id) if g.area is Area.SOCIAL)
    demo_store.withdraw_sharing("goal", social.id or 0)
    after = reader.read(citizen_id=None, follow=True, today=DEMO_TODAY)
    assert [g.text for g in after.goals] == [t for t in texts if "søster" not in t]
    consent = demo_store.consents(plan_id)[0]
    demo_store.withdraw_consent(consent.id or 0)
    assert reader.read(citizen_id=None, follow=True, today=DEMO_TODAY).goals == ()


def test_notes_screen_snapshot(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    assert snap_compare(app, terminal_size=(100, 30), press=["N"])


def test_sharing_screen_snapshot(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    assert snap_compare(app, terminal_size=(100, 30), press=["d"])


async def test_the_meeting_planned_at_closing_can_be_changed(demo_store: Store, demo_citizen_id: int) -> None:
    from datetime import date

    from textual.widgets import OptionList

    from screens.meetings.list import MeetingListScreen
    from tests.screens.meeting_pilot import dialog_error, fill

    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    planned = demo_store.meetings(plan_id)[-1]
    me = next(p for p in demo_store.participants(plan_id) if p.role.value == "citizen")
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot, "m")
        assert isinstance(screen, MeetingListScreen)
        widget = screen.query_one("#meetings", OptionList)
        widget.highlighted = 0  # the network meeting, closed: not changed here
        await press_one_by_one(pilot, "e")
        assert app.screen is screen and "Kun et planlagt møde" in str(screen.query_one("#message").content)
        widget.highlighted = len(screen.meetings) - 1
        await press_one_by_one(pilot, "e")
        await fill(pilot, date="31-12-2026x")
        assert "dd-mm-åååå" in dialog_error(app)
        await fill(pilot, date="10-12-2026", time="09:30", place="Jobcentret", people=[me.id])
        assert app.screen is screen
    moved = demo_store.get_meeting(planned.id or 0)
    assert (moved.date, moved.time, moved.place) == (date(2026, 12, 10), "09:30", "Jobcentret")
    assert [p.id for p in demo_store.meeting_participants(moved.id or 0)] == [me.id]


def test_sharing_screen_snapshot_80x24(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    """Usable at 80x24: every column on screen, long texts wrapped."""
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    assert snap_compare(app, terminal_size=(80, 24), press=["d"])
