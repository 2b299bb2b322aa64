"""5: the minutes preview of the long meeting on screen, in process.

This one is not measured in a terminal: it pushes `MinutesPreviewScreen` in the
facilitator's app under Textual's test driver (`App.run_test`, 120x40) and
counts the process's CPU time (`time.process_time`) from the push until the app
is idle again. Pilot's idle waits sleep, which no person sees, so wall time
would measure Pilot; CPU time leaves the sleeps out but also leaves out any
time the app waits. Treat it as a lower bound of what a person waits.
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.report import Row, at_most

from .common import Context

NOTE = ("CPU time of the process (`time.process_time`) from pushing the screen in `App.run_test` (120x40) "
        "until the app is idle again; not a frame time (a lower bound)")


async def _settle(app: Any, pilot: Any) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def push_cpu(db: Path, make: Callable[[Any], Any], times: int) -> list[float]:
    """CPU ms from pushing the screen `make(store)` until the app is idle, `times` times."""

    async def go() -> list[float]:
        from store import Store
        from tui.app import build_app

        values: list[float] = []
        with Store(db, user="bench") as store:
            app = build_app(store)
            async with app.run_test(size=(120, 40)) as pilot:
                await _settle(app, pilot)
                for _ in range(times):
                    t0 = time.process_time()
                    app.push_screen(make(store))
                    await _settle(app, pilot)
                    values.append((time.process_time() - t0) * 1000)
                    app.pop_screen()
                    await _settle(app, pilot)
        return values

    return asyncio.run(go())


def measure(ctx: Context) -> Row:
    from screens.minutes_preview import MinutesPreviewScreen

    meeting = ctx.meta.long_meeting_id
    values = push_cpu(ctx.db, lambda store: MinutesPreviewScreen(store, meeting), ctx.reps(2, ctx.runs))
    return Row("5. minutes preview on screen (long meeting), `MinutesPreviewScreen`, CPU push to idle", "ms",
               values, at_most(300), note=NOTE)
