"""No key can change data in the live view: the file stays byte-identical."""
from __future__ import annotations

import hashlib
import string
from pathlib import Path

from store import Store
from tests.conftest import DEMO_TODAY
from tests.keys import press_in_turn
from tui.view_app import build_view_app

from .live_helpers import presentation

KEYS = (
    [ch for ch in string.ascii_letters + string.digits + string.punctuation]
    + ["space", "enter", "tab", "shift+tab", "escape", "backspace", "delete", "insert",
       "up", "down", "left", "right", "home", "end", "pageup", "pagedown"]
    + [f"f{n}" for n in range(1, 13)]
    + [f"ctrl+{c}" for c in string.ascii_lowercase if c not in "cq"]
)


def _digest(db_path: Path) -> dict[str, str]:
    out = {}
    for p in (db_path, db_path.with_name(db_path.name + "-wal")):
        out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-"
    return out


async def test_every_key_leaves_the_file_byte_identical(
    demo_store: Store, demo_citizen_id: int, db_path: Path
) -> None:
    demo_store.set_focus(citizen_id=demo_citizen_id)
    app = build_view_app(Store(db_path, user="view"), today=lambda: DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        before = _digest(db_path)
        await press_in_turn(pilot, *KEYS)  # focus-moving keys one by one, the rest in bursts
        await pilot.pause()
        await presentation(app).check_now()
        assert _digest(db_path) == before
        assert app.is_running
        assert presentation(app).content is not None
        assert app.ENABLE_COMMAND_PALETTE is False
