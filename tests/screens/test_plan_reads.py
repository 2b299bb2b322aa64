"""What the plan screen reads to open: the latest score per goal from a few readings, and the collector
held while it opens (screens/widgets/collector.py)."""
from __future__ import annotations

import gc
import time
from datetime import date, timedelta

import pytest

from screens.plan import PlanScreen
from screens.widgets.collector import hold_collector
from store import NotFound, Store
from store.enums import Area, Role
from tests.conftest import DEMO_TODAY
from tests.screens.plan_helpers import goal_lines
from tui.app import build_app


def _plan_with_many_readings(store: Store) -> int:
    """A citizen whose work goal has 300 readings (the newest agreed 8, a case officer's 2 after it), and a
    health goal with only a case officer's readings."""
    citizen = store.create_citizen("Aske Testesen")
    assert citizen.id is not None
    plan_id = store.plan_of(citizen.id).id or 0
    officer = store.add_participant(plan_id, "Sagsbehandler Birk", Role.AUTHORITY).id
    own = next(p.id for p in store.participants(plan_id) if p.role is Role.CITIZEN)
    work = store.add_goal(plan_id, Area.EMPLOYMENT, "Komme i praktik to dage om ugen").id or 0
    health = store.add_goal(plan_id, Area.HEALTH, "Sove godt fem nætter om ugen").id or 0
    start = date(2025, 1, 6)
    for n in range(300):
        store.record_scale_reading(work, 1 + n % 5, on=start + timedelta(days=n), participant_id=(None, own)[n % 2])
    store.record_scale_reading(work, 8, on=start + timedelta(days=301))
    store.record_scale_reading(work, 2, on=start + timedelta(days=302), participant_id=officer)
    store.record_scale_reading(health, 3, on=start, participant_id=officer)
    store.record_scale_reading(health, 6, on=start + timedelta(days=9), participant_id=officer)
    return citizen.id


async def test_a_plan_with_many_readings_shows_the_latest_score_per_goal(store: Store) -> None:
    cid = _plan_with_many_readings(store)
    app = build_app(store, citizen_id=cid, today=DEMO_TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        lines = goal_lines(screen)
        work = next(line for line in lines if "praktik" in line)
        health = next(line for line in lines if "Sove" in line)
        assert "8/10" in work and "2/10" not in work  # the agreed newest, not the officer's later score
        assert "6/10" in health  # only someone else's scores: the newest of them
        assert sum(len(gv.readings) for gv in screen.view.goals) < 12  # of 304


async def test_the_collector_waits_while_the_plan_opens_and_runs_after(demo_store: Store, demo_citizen_id: int) -> None:
    assert gc.isenabled()
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(PlanScreen(demo_store, demo_citizen_id, today=DEMO_TODAY))
        assert not gc.isenabled()
        await pilot.pause()
        for _ in range(40):  # the plan is drawn and quiet: soon the collector runs and is on again
            if gc.isenabled():
                break
            await pilot.pause(0.1)
        assert isinstance(app.screen, PlanScreen)
        assert gc.isenabled()
        app.push_screen(PlanScreen(demo_store, demo_citizen_id, today=DEMO_TODAY))
        assert not gc.isenabled()
        await pilot.pause()
        app.pop_screen()  # closed before its collection: on again
        await pilot.pause()
        assert gc.isenabled()
        app.push_screen(PlanScreen(demo_store, demo_citizen_id, today=DEMO_TODAY))
        await pilot.pause()
    assert gc.isenabled()  # the app ended with the plan open: on again


async def test_a_plan_that_cannot_be_read_leaves_the_collector_on(store: Store) -> None:
    with pytest.raises(NotFound):
        PlanScreen(store, 9999)
    assert gc.isenabled()


def test_a_hold_ends_by_itself_and_leaves_an_off_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even with no app running (a screen made and never shown, an app that ended first)."""
    import screens.widgets.collector as collector

    monkeypatch.setattr(collector, "LONGEST_HOLD_S", 0.05)
    hold = hold_collector()
    assert not gc.isenabled()
    inner = hold_collector()  # someone holds it already: nothing to release
    assert not inner.held
    inner.release()
    assert not gc.isenabled()
    for _ in range(100):  # the hold's own thread ends it (waited for, not timed)
        if gc.isenabled():
            break
        time.sleep(0.05)
    assert gc.isenabled() and not hold.held
    gc.disable()
    try:
        assert not hold_collector().held
    finally:
        gc.enable()
