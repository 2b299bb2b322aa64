"""The one export dialog, driven by keys on the real app: plan, meeting and minutes preview open it.

It opens with the cursor in its first field, proposes the documents folder,
shows only the fields the chosen export uses, writes exactly what
`rundbord export` writes (0600), says where, and refuses a bad path in place.
"""
from __future__ import annotations

import email
import stat
from email import policy
from pathlib import Path
from typing import Any

import icalendar
import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from screens.export_dialog import ExportDialog, documents_folder
from screens.minutes_preview import MinutesPreviewScreen
from screens.plan import PlanScreen
from store import Store
from store.enums import Audience, MeetingStatus, Role
from tests.extras import needs_pdf
from tests.conftest import DEMO_NOW
from tests.keys import press_one_by_one
from tui.app import build_app

from .editor_helpers import error_text, type_into

SIZE = (100, 30)


def closed(store: Store, citizen_id: int) -> list[int]:
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    return [m.id for m in store.meetings(plan.id) if m.status is MeetingStatus.CLOSED and m.id is not None]


async def finished(pilot: Pilot[Any]) -> None:
    """Wait for the export's worker and what it hands back to the screen."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def result(dialog: ExportDialog) -> str:
    return str(dialog.query_one("#export-result", Static).render())


async def choose(pilot: Pilot[Any], dialog: ExportDialog, name: str, value: object) -> None:
    dialog.query_one(f"#f-{name}", Select).value = value
    await pilot.pause()


async def open_from_plan(pilot: Pilot[Any], store: Store, citizen_id: int) -> ExportDialog:
    await pilot.app.push_screen(PlanScreen(store, citizen_id))
    await pilot.pause()
    await press_one_by_one(pilot, "E")
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


async def test_plan_screen_opens_it_in_the_first_field_and_writes_the_plan(
    demo_store: Store, demo_citizen_id: int, tmp_path: Path
) -> None:
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_from_plan(pilot, demo_store, demo_citizen_id)
        assert dialog.focused is dialog.query_one("#f-what", Select)
        path = dialog.query_one("#f-path", Input)
        assert path.value == str(documents_folder() / f"plan-{demo_citizen_id}-authority.md")
        assert dialog.query_one("#field-audience").display and not dialog.query_one("#field-person").display
        assert not dialog.query_one("#field-meeting").display
        await choose(pilot, dialog, "audience", Audience.RELATIVE)
        assert path.value.endswith(f"plan-{demo_citizen_id}-relative.md")  # the proposal follows the choices
        target = tmp_path / "til-far.md"
        await type_into(pilot, dialog, "path", str(target))
        await press_one_by_one(pilot, "ctrl+s")
        await finished(pilot)
        assert target.read_bytes() == demo_store.plan_markdown(demo_citizen_id, Audience.RELATIVE).encode("utf-8")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert f"Skrevet: {target}" in result(dialog)
        last = demo_store.access_log(demo_citizen_id)[-1]  # who looked: the export is logged from the app
        assert (last.event, last.detail("channel"), last.detail("kind"), last.detail("audience"),
                last.detail("format"), last.detail("destination")) == (
            "export", "app", "plan", "relative", "md", str(target))
        assert app.screen is dialog  # stays open for the next copy
        await press_one_by_one(pilot, "escape")
        assert isinstance(app.screen, PlanScreen)


async def test_a_path_that_cannot_be_written_is_refused_in_place(demo_store: Store, demo_citizen_id: int,
                                                                 tmp_path: Path) -> None:
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_from_plan(pilot, demo_store, demo_citizen_id)
        typed = str(tmp_path / "findes-ikke" / "plan.md")
        await type_into(pilot, dialog, "path", typed)
        await press_one_by_one(pilot, "ctrl+s")
        await finished(pilot)
        assert error_text(dialog, "path") == f"Mappen {tmp_path / 'findes-ikke'} findes ikke."
        assert dialog.query_one("#f-path", Input).value == typed
        await type_into(pilot, dialog, "path", str(tmp_path))
        await press_one_by_one(pilot, "ctrl+s")
        await finished(pilot)
        assert "er en mappe" in error_text(dialog, "path")
    assert not (tmp_path / "findes-ikke").exists() and not list(tmp_path.glob("*.md"))


async def test_meeting_screen_exports_its_minutes_and_a_calendar(demo_store: Store, demo_citizen_id: int,
                                                                 tmp_path: Path) -> None:
    from screens.meetings import MeetingScreen

    mid = closed(demo_store, demo_citizen_id)[-1]
    app = build_app(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(MeetingScreen(demo_store, mid))
        await pilot.pause()
        await press_one_by_one(pilot, "E")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#f-what", Select).value == "minutes"
        assert dialog.query_one("#f-meeting", Select).value == mid
        assert dialog.query_one("#f-audience", Select).value is Audience.CITIZEN  # a citizen meeting
        target = tmp_path / "referat.html"
        await choose(pilot, dialog, "format", "html")
        await type_into(pilot, dialog, "path", str(target))
        await press_one_by_one(pilot, "ctrl+s")
        await finished(pilot)
        assert target.read_text(encoding="utf-8") == demo_store.minutes_html(mid, Audience.CITIZEN)

        await choose(pilot, dialog, "what", "calendar")
        assert not dialog.query_one("#field-meeting").display and dialog.query_one("#field-person").display
        assert dialog.query_one("#f-format", Select).value == "ics"
        assert result(dialog) == ""  # the last result belonged to the earlier choice
        father = next(p for p in demo_store.participants(demo_store.plan_of(demo_citizen_id).id or 0)
                      if p.role is Role.RELATIVE)
        await choose(pilot, dialog, "person", father.id)
        target = tmp_path / f"kalender-jens-kildegaard-{father.id}.ics"
        assert dialog.query_one("#f-path", Input).value == str(target)  # the name follows; the folder stays
        await press_one_by_one(pilot, "ctrl+s")
        await finished(pilot)
        assert father.id is not None
        assert target.read_bytes() == demo_store.participant_calendar(father.id).ics(DEMO_NOW)
        cal = icalendar.Calendar.from_ical(target.read_bytes())
        assert "Karsten" not in cal.to_ical().decode("utf-8").replace("\r\n ", "")
        assert result(dialog) == f"Skrevet: {target}"


async def test_mail_drafts_from_the_dialog(demo_store: Store, demo_citizen_id: int, tmp_path: Path) -> None:
    network = closed(demo_store, demo_citizen_id)[0]
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        dialog = ExportDialog(demo_store, demo_citizen_id, meeting_id=network, kind="mail", folder=tmp_path)
        await app.push_screen(dialog)
        await pilot.pause()
        folder = Path(dialog.query_one("#f-path", Input).value)
        assert folder == tmp_path / f"mailudkast-moede-{network}"
        assert "Hvor (mappe til udkastene)" in str(dialog.query_one("#field-path .field-label").render())
        await press_one_by_one(pilot, "ctrl+s")
        await finished(pilot)
        shown = result(dialog)
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 5
    assert f"5 udkast skrevet i {folder}" in shown
    assert "Bemærk: Ole Krogh (Mentor) har ingen e-mailadresse og får ikke et udkast." in shown
    relative = next(f for f in files if "jens" in f.name)
    assert email.message_from_bytes(relative.read_bytes(), policy=policy.default)["X-Rundbord-Audience"] == "relative"


@needs_pdf
async def test_pdf_is_made_in_a_worker_and_written(demo_store: Store, demo_citizen_id: int, tmp_path: Path) -> None:
    mid = closed(demo_store, demo_citizen_id)[-1]
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        dialog = ExportDialog(demo_store, demo_citizen_id, meeting_id=mid, folder=tmp_path)
        await app.push_screen(dialog)
        await pilot.pause()
        await choose(pilot, dialog, "format", "pdf")
        await press_one_by_one(pilot, "ctrl+s")
        await finished(pilot)
        target = tmp_path / f"referat-{mid}-authority.pdf"
        assert target.read_bytes().startswith(b"%PDF-")
        assert f"Skrevet: {target}" in result(dialog)
        await press_one_by_one(pilot, "escape")
    assert dialog.written == [target]


async def test_without_the_pdf_extra_the_dialog_says_how_to_get_it(
    demo_store: Store, demo_citizen_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # as if the extra were not installed
    mid = closed(demo_store, demo_citizen_id)[-1]
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        dialog = ExportDialog(demo_store, demo_citizen_id, meeting_id=mid, folder=tmp_path)
        await app.push_screen(dialog)
        await pilot.pause()
        await choose(pilot, dialog, "format", "pdf")
        await press_one_by_one(pilot, "ctrl+s")
        await finished(pilot)
        assert "pip install 'rundbord[pdf]'" in dialog.errors()[""]
        assert app.screen is dialog
    assert not list(tmp_path.glob("*.pdf"))


async def test_minutes_preview_e_opens_the_dialog_for_the_shown_audience(demo_store: Store, demo_citizen_id: int,
                                                                        tmp_path: Path) -> None:
    mid = closed(demo_store, demo_citizen_id)[-1]
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(MinutesPreviewScreen(demo_store, mid, export_dir=tmp_path))
        await pilot.pause()
        await press_one_by_one(pilot, "3", "e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#f-audience", Select).value is Audience.DAY_SERVICE
        await press_one_by_one(pilot, "ctrl+s")
        await finished(pilot)
    saved = tmp_path / f"referat-{mid}-day_service.md"
    assert saved.read_bytes() == demo_store.minutes_markdown(mid, Audience.DAY_SERVICE).encode("utf-8")


async def test_export_is_in_the_command_palette(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(PlanScreen(demo_store, demo_citizen_id))
        await pilot.pause()
        descriptions = {b.binding.description for b in app.screen.active_bindings.values()}
        assert "Eksportér" in descriptions
