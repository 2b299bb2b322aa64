"""The minutes preview: switch audience with 1-4, save Markdown (e) and HTML (h)."""
from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Static

from screens.minutes_preview import MinutesDocument, MinutesPreviewScreen
from store import Store
from store.enums import Audience, MeetingStatus
from tests.keys import press_one_by_one
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

        await press_one_by_one(pilot, "e")
        saved = tmp_path / f"referat-{mid}-citizen.md"
        assert saved.read_bytes() == demo_store.minutes_markdown(mid, Audience.CITIZEN).encode("utf-8")
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
        assert screen.last_saved == saved.resolve()

        await press_one_by_one(pilot, "h")
        html = (tmp_path / f"referat-{mid}-citizen.html").read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>")


async def test_preview_reports_an_unwritable_folder(demo_store: Store, demo_citizen_id: int, tmp_path: Path) -> None:
    mid = closed_meeting(demo_store, demo_citizen_id)
    app = build_app(demo_store)
    async with app.run_test(size=(110, 36)) as pilot:
        screen = MinutesPreviewScreen(demo_store, mid, Audience.DAY_SERVICE, export_dir=tmp_path / "findes-ikke")
        app.push_screen(screen)
        await pilot.pause()
        await press_one_by_one(pilot, "e")
        assert screen.last_saved is None
        assert not (tmp_path / "findes-ikke").exists()


async def test_meeting_screen_opens_the_preview_and_export_says_where(
    demo_store: Store, demo_citizen_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`r` (in the meeting screen's Footer) opens the preview; `e` writes the file in the current folder."""
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
        await press_one_by_one(pilot, "e")
    saved = tmp_path / f"referat-{mid}-{screen.audience.value}.md"
    assert saved.read_bytes().decode("utf-8") == demo_store.minutes_markdown(mid, screen.audience)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert any(str(saved.resolve()) in n for n in notes), notes
