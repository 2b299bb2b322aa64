"""Snapshots of the live view on the demo case (fixed day, pinned citizen)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from store import Store
from tests.conftest import DEMO_TODAY
from tui.view_app import build_view_app


def _app(db_path: Path, citizen_id: int) -> Any:
    return build_view_app(Store(db_path, user="view"), citizen_id=citizen_id, today=lambda: DEMO_TODAY)


def test_live_view_100x30(snap_compare: Any, demo_store: Store, demo_citizen_id: int, db_path: Path) -> None:
    assert snap_compare(_app(db_path, demo_citizen_id), terminal_size=(100, 30))


def test_live_view_160x45(snap_compare: Any, demo_store: Store, demo_citizen_id: int, db_path: Path) -> None:
    assert snap_compare(_app(db_path, demo_citizen_id), terminal_size=(160, 45))
