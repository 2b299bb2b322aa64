"""The minutes preview: switch audience with 1-4; e (Markdown) and h (HTML) open the one export dialog on the copy shown."""
from __future__ import annotations

import stat
from pathlib import Path

import pytest
from platformdirs import user_documents_dir
from textual.widgets import Input, Select, Static

from screens.export_dialog import ExportDialog
from screens.minutes_preview import MinutesDocument, MinutesPreviewScreen
from store import Store
from store.enums import Audience, MeetingStatus
from tests.keys import press_one_by_one, type_text
from tui.app import build_app


def closed_meeting(store: Store, citizen_id: int) -> int:
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    ids = [m.id for m in store.meetings(plan.id) if m.status is MeetingStatus.CLOSED and m.id is not None]
    return ids[-1]


async def test_preview_switches_audience_and_saves(demo_store: Store, demo_citizen_id: int, tmp_path: Path) -> None:
    mid = closed_meeting(demo_store, demo_citizen_id)
    app = build_app(demo_store)
    async with app.run_test(size=(110, 36)) as pilot:
        screen = MinutesPreviewScreen(demo_store, mid, export_dir=tmp_path)
        app.push_screen(screen)
        await pilot.pause()
        assert app.screen is screen
        assert screen.audience is Audience.AUTHORITY
        assert screen.text == demo_store.minutes_markdown(mid, Audience.AUTHORITY)
        assert "myndighed" in str(screen.query_one("#minutes-title", Static).render())
        md = screen.query_one("#minutes-md", MinutesDocument)
        assert md.source == screen.text

        await press_one_by_one(pilot, "4")
        assert screen.audience is Audience.RELATIVE
        assert screen.text == demo_store.minutes_markdown(mid, Audience.RELATIVE)
        assert "pårørende" in str(screen.query_one("#minutes-title", Static).render())

        await press_one_by_one(pilot, "2")
        assert screen.audience is Audience.CITIZEN

        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ExportDialog) and form.focused is form.control("path")
        assert form.choice("audience") is Audience.CITIZEN and form.choice("format") == "md"
        saved = tmp_path / f"referat-{mid}-citizen.md"
        assert form.raw("path") == str(saved)  # asks where, and names the file
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert saved.read_bytes() == demo_store.minutes_markdown(mid, Audience.CITIZEN).encode("utf-8")
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
        assert form.written == [saved.resolve()]
        assert str(saved.resolve()) in str(form.query_one("#export-result", Static).render())  # the path written
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen

        await pilot.press("h")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ExportDialog) and form.query_one("#f-format", Select).value == "html"
        assert form.raw("path") == str(tmp_path / f"referat-{mid}-citizen.html")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        html = (tmp_path / f"referat-{mid}-citizen.html").read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>")


async def test_preview_reports_an_unwritable_folder(demo_store: Store, demo_citizen_id: int, tmp_path: Path) -> None:
    mid = closed_meeting(demo_store, demo_citizen_id)
    app = build_app(demo_store)
    async with app.run_test(size=(110, 36)) as pilot:
        screen = MinutesPreviewScreen(demo_store, mid, Audience.DAY_SERVICE, export_dir=tmp_path / "findes-ikke")
        app.push_screen(screen)
        await pilot.pause()
        await pilot.press("e", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ExportDialog), "the dialog stays open with the reason"
        assert form.errors() == {"path": f"Mappen {tmp_path / 'findes-ikke'} findes ikke."}
        assert form.raw("path") == str(tmp_path / "findes-ikke" / f"referat-{mid}-day_service.md")
        assert form.written == []
        assert not (tmp_path / "findes-ikke").exists()
        # Another file name, typed over the proposal: written there.
        form.query_one("#f-path", Input).value = ""
        await type_text(pilot, str(tmp_path / "til-dagtilbud.md"))
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert form.errors() == {}
        assert form.written == [tmp_path / "til-dagtilbud.md"]
        assert (tmp_path / "til-dagtilbud.md").read_text(encoding="utf-8") == screen.text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_meeting_screen_opens_the_preview_and_export_says_where(
    demo_store: Store, demo_citizen_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`r` (in the meeting screen's key bar) opens the preview; `e` the export dialog, proposing the user's
    documents folder (never the folder the app was started in); the notification names the file."""
    from screens.meetings import MeetingScreen
    from tests.tui.live_helpers import screen_text

    monkeypatch.chdir(tmp_path)
    mid = closed_meeting(demo_store, demo_citizen_id)
    app = build_app(demo_store)
    notes: list[str] = []
    async with app.run_test(size=(160, 45)) as pilot:
        await app.push_screen(MeetingScreen(demo_store, mid))
        await pilot.pause()
        assert "r Referat" in screen_text(app)
        await press_one_by_one(pilot, "r")
        screen = app.screen
        assert isinstance(screen, MinutesPreviewScreen)
        original = app.notify

        def keep(message: str, *args: object, **kw: object) -> None:
            notes.append(str(message))
            original(message, *args, **kw)  # type: ignore[arg-type]

        app.notify = keep  # type: ignore[method-assign]
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        documents = Path(user_documents_dir())
        assert app.screen.query_one("#f-path", Input).value == str(documents / f"referat-{mid}-citizen.md")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert not list(tmp_path.glob("referat-*")), "nothing in the current folder"
    saved = documents / f"referat-{mid}-{screen.audience.value}.md"
    assert saved.read_bytes().decode("utf-8") == demo_store.minutes_markdown(mid, screen.audience)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert any(str(saved.resolve()) in n for n in notes), notes
