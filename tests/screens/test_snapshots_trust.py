"""Snapshots at 100x30: the minutes preview, the citizen's change log and one record's history.

The change log shows when each change was made, so these tests write the demo
case with the clock fixed (`store.clock.fix`) and a fixed user name.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from screens.history import ChangeLogScreen, RecordHistoryScreen
from screens.minutes_preview import MinutesPreviewScreen
from store import Store
from store import clock
from store.demo import write_demo
from store.enums import MeetingStatus
from tests.conftest import DEMO_TODAY
from tui.app import build_app

SIZE = (100, 30)


@pytest.fixture
def fixed_demo(db_path: Path) -> Iterator[tuple[Store, int]]:
    clock.fix(datetime(2026, 11, 23, 9, 30))
    s = Store(db_path, user="mette.sagsbehandler")
    cid = write_demo(s, DEMO_TODAY)
    yield s, cid
    s.close()


def _closed_meeting(store: Store, citizen_id: int) -> int:
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    return [m.id for m in store.meetings(plan.id) if m.status is MeetingStatus.CLOSED and m.id is not None][-1]


def test_minutes_preview(snap_compare: Any, demo_store: Store, demo_citizen_id: int, tmp_path: Path) -> None:
    mid = _closed_meeting(demo_store, demo_citizen_id)
    app = build_app(demo_store, today=DEMO_TODAY)

    async def open_preview(pilot: Pilot[Any]) -> None:
        await app.push_screen(MinutesPreviewScreen(demo_store, mid, export_dir=tmp_path))
        await pilot.press("2")  # the citizen's copy
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=open_preview)


def test_change_log(snap_compare: Any, fixed_demo: tuple[Store, int]) -> None:
    store, cid = fixed_demo
    app = build_app(store, citizen_id=cid, today=DEMO_TODAY)

    async def open_log(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.press("l")  # from the plan screen, as the facilitator does
        await pilot.pause()
        assert isinstance(app.screen, ChangeLogScreen)

    assert snap_compare(app, terminal_size=SIZE, run_before=open_log)


def test_record_history(snap_compare: Any, fixed_demo: tuple[Store, int]) -> None:
    store, cid = fixed_demo
    plan = store.plan_of(cid)
    assert plan.id is not None
    store.set_overall_goal(plan.id, "Jeg vil arbejde 20 timer om ugen i en butik.", "trade")
    app = build_app(store, citizen_id=cid, today=DEMO_TODAY)

    async def open_history(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("enter")  # the newest row: the plan's overall goal, just changed
        await pilot.pause()
        assert isinstance(app.screen, RecordHistoryScreen)

    assert snap_compare(app, terminal_size=SIZE, run_before=open_history)
