"""The garbage collector held while a screen opens, and run once it is drawn.

Python's cyclic collector runs whenever enough objects have been allocated,
wherever that happens. Opening the big plan (40 goals, 500 agreements)
allocates enough for ~70 young and ~7 middle collections, and in 7 pushes
of 12 a full one of 11-86 ms, all between `enter` and the plan's
last frame (docs/benchmark.md, "Issue 19, part 6"). The app freezes what
start-up built (tui/app.py), so a full collection walks only what was made
since, but it still strikes in the middle of a push.

`hold_collector` turns automatic collection off while the screen is read and
drawn; `CollectorHold.release` turns it on again and collects once, when the
screen has been quiet for a moment and the person is reading it. The hold
ends by itself after `LONGEST_HOLD_S` in any case (a screen that is never
shown, an app that ended first), so the collector is never left off.
"""
from __future__ import annotations

import gc
import threading

LONGEST_HOLD_S = 5.0
"""The collector is on again after this long whatever happened to the screen."""


class CollectorHold:
    """One hold on the collector (a no-op when it was off already: someone else holds it)."""

    def __init__(self) -> None:
        self.held = gc.isenabled()
        self._timer: threading.Timer | None = None
        if not self.held:
            return
        gc.disable()
        # A thread of its own, not the app's event loop: the hold ends even if the app does first.
        self._timer = threading.Timer(LONGEST_HOLD_S, self.release, kwargs={"collect": False})
        self._timer.daemon = True
        self._timer.start()

    def release(self, collect: bool = True) -> None:
        """The collector on again (once); `collect`: run a full collection now."""
        if not self.held:
            return
        self.held = False
        if self._timer is not None:
            self._timer.cancel()
        gc.enable()
        if collect:
            gc.collect()


def hold_collector() -> CollectorHold:
    """Automatic collection off until the returned hold is released (or `LONGEST_HOLD_S` has passed)."""
    return CollectorHold()
