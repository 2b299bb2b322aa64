"""Snapshots of the export dialog: over the plan at 100x30, over a meeting at 80x24, after a calendar export.

The folder shown is fixed (`folder=`), so the snapshot does not depend on the
test's home directory; nothing is written there except in the last one, which
writes into a fixed temporary folder and shows the result lines.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Select

from screens.export_dialog import ExportDialog
from screens.plan import PlanScreen
from store import Store
from store.enums import MeetingStatus
from tests.conftest import DEMO_TODAY
from tui.app import build_app

FOLDER = Path("/home/facilitator/Dokumenter")


def _meetings(store: Store, citizen_id: int) -> list[int]:
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    return [m.id for m in store.meetings(plan.id) if m.status is MeetingStatus.CLOSED and m.id is not None]


def test_export_dialog_over_the_plan(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, today=DEMO_TODAY)

    async def open_dialog(pilot: Pilot[Any]) -> None:
        await app.push_screen(PlanScreen(demo_store, demo_citizen_id, today=DEMO_TODAY))
        await pilot.pause()
        await app.push_screen(ExportDialog(demo_store, demo_citizen_id, folder=FOLDER))
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_dialog)


def test_export_dialog_minutes_at_80x24(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    mid = _meetings(demo_store, demo_citizen_id)[-1]
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)

    async def open_dialog(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        dialog = ExportDialog(demo_store, demo_citizen_id, meeting_id=mid, kind="minutes", folder=FOLDER)
        await app.push_screen(dialog)
        await pilot.pause()
        dialog.query_one("#f-format", Select).value = "pdf"
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_dialog)


def test_export_dialog_after_a_calendar(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    """What a person sees after exporting: the path written and what was left out (counted, not named).

    The file goes to a fixed folder under the system's temporary directory (the path is on screen), made
    and removed here; only this test uses it.
    """
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    contact = next(p.id for p in demo_store.participants(plan.id) if p.role.value == "contact")
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    folder = Path("/tmp/rundbord-export-snapshot")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700)

    async def export(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        dialog = ExportDialog(demo_store, demo_citizen_id, kind="calendar", folder=folder)
        await app.push_screen(dialog)
        await pilot.pause()
        dialog.query_one("#f-person", Select).value = contact
        await pilot.pause()
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.clear_notifications()
        await pilot.pause()

    try:
        assert snap_compare(app, terminal_size=(100, 30), run_before=export)
        assert (folder / f"kalender-sofie-dahl-{contact}.ics").is_file()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_participants_with_their_e_mail(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    """Who will get a mail draft: the participants list shows each address (– for none), at 80x24."""
    from screens.participants import ParticipantsScreen

    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    plan_id = plan.id
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)

    async def open_list(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await app.push_screen(ParticipantsScreen(demo_store, plan_id))
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_list)
