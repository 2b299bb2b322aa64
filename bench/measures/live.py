"""4: the live view, from a commit in one process to the change visible in another.

A real `rundbord view --db DB --citizen N` runs in a 160x48 pseudo-terminal.
This process changes an item the view shows at that size (by default the big
plan's overall goal, at the top of the view) through the store's own use case,
50 times; before each, the harness waits until the view has been silent for
0.3 s, then 0-40 ms more at random (off the view's 20 ms poll). Each change is timed from the moment the store
call has returned (committed) to the arrival of the bytes after which the new
text is visible on the emulated screen. The new text starts with a counter
("Måling 007: ...") so no earlier frame can show it.

An item the view does not show cannot be timed: the first change is a probe,
not counted, and if it is not visible within `VISIBLE_WITHIN_S` the measure
raises `NotOnScreen` instead of reporting a figure (so does any later change).
The item's text is put back at the end.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from bench.report import Row, Target

from .common import COLS, QUIET_S, ROWS, START_TIMEOUT_S, TYPING_QUIET_S, Context, child_env, ms, now, rundbord_argv, visible_part
from .markers import frame_with, plan_markers
from .session import SessionError, TerminalSession

if TYPE_CHECKING:
    from store import Store

CHANGES = 50
VISIBLE_WITHIN_S = 5.0


class NotOnScreen(SessionError):
    """The edited item never showed on the live view's screen: there is nothing to time."""


class Edit(Protocol):
    """An item of a plan that the measure changes again and again."""

    what: str

    def prepare(self, store: Store) -> None: ...
    def change(self, store: Store, i: int) -> str:
        """Commit change number `i`; returns the text that is visible once the view shows it."""
        ...
    def restore(self, store: Store) -> None: ...


def numbered(i: int, original: str) -> str:
    return f"Måling {i:03d}: {original}"


@dataclass
class OverallGoal:
    """The plan's overall goal: the top line of the live view."""

    citizen_id: int
    what: str = "the overall goal"
    plan_id: int = 0
    original: str = ""

    def prepare(self, store: Store) -> None:
        plan = store.plan_of(self.citizen_id)
        self.plan_id, self.original = int(plan.id or 0), plan.overall_goal

    def change(self, store: Store, i: int) -> str:
        text = numbered(i, self.original)
        store.update_plan(self.plan_id, overall_goal=text)
        return visible_part(text)

    def restore(self, store: Store) -> None:
        store.update_plan(self.plan_id, overall_goal=self.original)


@dataclass
class AgreementText:
    """An agreement's text (on the big plan the board is below the goal cards at 160x48)."""

    agreement_id: int
    what: str = "an agreement's text"
    original: str = field(default="")

    def prepare(self, store: Store) -> None:
        self.original = store.get_agreement(self.agreement_id).what

    def change(self, store: Store, i: int) -> str:
        text = numbered(i, self.original)
        store.update_agreement(self.agreement_id, what=text)
        return visible_part(text)

    def restore(self, store: Store) -> None:
        store.update_agreement(self.agreement_id, what=self.original)


def live_latencies(db: Path, citizen_id: int, edit: Edit, changes: int, *,
                   visible_within: float = VISIBLE_WITHIN_S, ctx: Context | None = None) -> list[float]:
    """ms from each commit to the change visible in `rundbord view` (see the module's docstring)."""
    from store import Store

    values: list[float] = []
    argv = rundbord_argv("view", "--db", str(db), "--citizen", str(citizen_id))
    with Store(db, user="bench-writer") as store, \
            TerminalSession(argv, cols=COLS, rows=ROWS, env=child_env()) as session:
        edit.prepare(store)
        markers = plan_markers(db, citizen_id)
        session.wait_until(frame_with(markers), timeout=START_TIMEOUT_S,
                           what=f"the live view showing the plan's {list(markers)} (the current meeting's "
                           "audience may hide them)")
        session.wait_quiet(QUIET_S, timeout=5)
        rng = random.Random(5)
        try:
            for i in range(changes + 1):  # change 0 is the probe: is the item on the screen at all?
                session.wait_quiet(TYPING_QUIET_S, timeout=5)  # the view has finished the last change
                session.pause(rng.random() * 0.04)  # off the view's poll phase
                needle = edit.change(store, i)
                committed = now()
                try:
                    seen = session.wait_until(lambda s: s.shows(needle), timeout=visible_within,
                                              what=f"{edit.what}: {needle!r}")
                except SessionError as exc:
                    raise NotOnScreen(
                        f"{edit.what} was changed but the change did not show on the {COLS}x{ROWS} live view "
                        f"within {visible_within:g} s: the item is not visible there, so it cannot be timed"
                    ) from exc
                if i:
                    values.append(ms(seen - committed))
        finally:
            edit.restore(store)
        if ctx is not None:
            ctx.peak("live view", session.peak_rss_mib())
    return values


def measure(ctx: Context) -> Row:
    changes = 3 if ctx.smoke else CHANGES
    big = ctx.meta.big_citizen_id
    values = live_latencies(ctx.db, big, OverallGoal(big), changes, ctx=ctx)
    return Row("4. live view: commit -> change visible in `rundbord view` in another process", "ms", values,
               Target((("median", 50), ("max", 250))),
               note=f"`rundbord view --citizen {big}` in a real 160x48 pseudo-terminal; the big plan's overall goal "
               f"changed {changes} times through `store.update_plan` in this process; from the commit's return to the "
               "bytes after which the new text is on the emulated screen")
