"""5: minutes and plan export, in process and as the `rundbord export minutes` command.

The command is timed from the moment before it is spawned to its exit
(`subprocess.run`, output to a file). Its ratio is to the minimal app's start-up
to first frame (`startup.minimal_start`), measured in the same loop: minimal,
export, minimal, export, ... and each export over the minimal start right
before it. No constant stands in for the floor.
"""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from bench.report import Row, at_most

from .common import ROOT, Context, child_env, ms, now, rundbord_argv
from .session import SessionError
from .startup import minimal_start

if TYPE_CHECKING:
    from store import Store


def measure_store(ctx: Context, store: Store) -> list[Row]:
    meta = ctx.meta
    n = ctx.reps(3, ctx.runs * 2)
    minutes: list[float] = []
    plan: list[float] = []
    # One call of each first, not counted (as the plan_view and search rows): the renderers' import and
    # the page cache, which the app has loaded after its first frame (tui/app.py) before anyone exports.
    store.minutes_markdown(meta.long_meeting_id)
    store.plan_markdown(meta.big_citizen_id)
    for _ in range(n):
        t0 = now()
        store.minutes_markdown(meta.long_meeting_id)
        minutes.append(ms(now() - t0))
    for _ in range(n):
        t0 = now()
        store.plan_markdown(meta.big_citizen_id)
        plan.append(ms(now() - t0))
    return [
        Row(f"5. minutes of the long meeting (nr. {meta.long_meeting_id}), `store.minutes_markdown`", "ms",
            minutes, at_most(20), note="in process, after one uncounted call"),
        Row("5. the big plan with all history, `store.plan_markdown`", "ms", plan, at_most(200),
            note="in process, after one uncounted call"),
    ]


def export_pairs(db: Path, meeting_id: int, runs: int, *, warm: bool = True) -> list[tuple[float, float]]:
    """(minimal app's start-up s, `rundbord export minutes` s), measured one right after the other."""
    pairs: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "referat.md"
        cmd = rundbord_argv("export", "minutes", str(meeting_id), "--db", str(db), "-o", str(out))

        def export_once() -> float:
            t0 = now()
            done = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                  env=child_env())
            took = now() - t0
            if done.returncode != 0 or not out.exists():
                raise SessionError(f"`rundbord export minutes` failed ({done.returncode}): {done.stderr.strip()[-300:]}")
            out.unlink()
            return took

        if warm:  # not counted: the OS file cache, byte code
            minimal_start()
            export_once()
        for _ in range(runs):
            floor = minimal_start().first_frame_s
            pairs.append((floor, export_once()))
    return pairs


def export_ratios(db: Path, meeting_id: int, runs: int, *, warm: bool = True) -> list[float]:
    """`rundbord export minutes` over the minimal start right before it, `runs` times."""
    return [took / floor for floor, took in export_pairs(db, meeting_id, runs, warm=warm)]


def measure_command(ctx: Context) -> list[Row]:
    runs = ctx.reps(1, ctx.runs)
    pairs = export_pairs(ctx.db, ctx.meta.long_meeting_id, runs, warm=not ctx.smoke)
    seconds = [took for _, took in pairs]
    ratios = [took / floor for floor, took in pairs]
    how = (f"`rundbord export minutes {ctx.meta.long_meeting_id} --db DB -o FILE`, spawn to exit")
    return [
        Row("5. `rundbord export minutes` whole command, seconds (reference)", "s", seconds, note=how),
        Row("5. `rundbord export minutes` whole command / minimal app start-up", "x", ratios, at_most(0.6, "x"),
            note=how + ", over the minimal app's start-up to first frame measured right before it (ABAB)"),
    ]
