"""A screenshot of the screen shows the plan: it is saved owner-only where the exports go, said in Danish."""
from __future__ import annotations

import stat
from pathlib import Path

from screens.export_dialog import documents_folder
from store import Store
from tests.conftest import DEMO_TODAY
from tui.app import build_app


def _notices(app: object) -> list[str]:
    return [str(n.message) for n in getattr(app, "_notifications")]


async def test_a_screenshot_is_a_private_file_in_the_documents_folder(demo_store: Store,
                                                                       demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.action_screenshot()  # the palette's "Skærmbillede", with Textual's defaults
        await pilot.pause()
        shots = sorted(documents_folder().glob("rundbord-*.svg"))
        assert shots, _notices(app)
        shot = shots[-1]
        assert stat.S_IMODE(shot.stat().st_mode) == 0o600
        assert "Nanna Kildegaard" in shot.read_text(encoding="utf-8").replace("&#160;", " ")
        assert any(n.startswith("Skærmbilledet er gemt i") and str(shot) in n for n in _notices(app))


async def test_a_screenshot_that_cannot_be_saved_says_why_in_danish(demo_store: Store, tmp_path: Path) -> None:
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.action_screenshot(path=str(tmp_path / "no" / "such" / "folder"))
        await pilot.pause()
        assert not any(tmp_path.rglob("*.svg"))
        notices = _notices(app)
        assert notices and "findes ikke" in notices[-1], notices
