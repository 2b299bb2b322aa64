"""Snapshots of the citizens list and the plan screen on the demo case (fixed today)."""
from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from store import Store
from tests.conftest import DEMO_TODAY
from tui.app import build_app

SIZES = [(100, 30), (80, 24)]


async def _no_blink(pilot: Pilot[Any]) -> None:
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "80x24"])
def test_citizens_list(snap_compare: Any, demo_store: Store, size: tuple[int, int]) -> None:
    demo_store.create_citizen("Bent Hansen")
    app = build_app(demo_store, today=DEMO_TODAY)
    assert snap_compare(app, terminal_size=size, run_before=_no_blink)


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "80x24"])
def test_plan_screen(snap_compare: Any, demo_store: Store, demo_citizen_id: int, size: tuple[int, int]) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    assert snap_compare(app, terminal_size=size, run_before=_no_blink)


def test_plan_screen_projector_theme(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY, theme="projector")
    assert snap_compare(app, terminal_size=(100, 30), run_before=_no_blink)
