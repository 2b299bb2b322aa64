"""The measures, one module each; `measure_all` runs them in the table's order.

    startup   1 and 6  start-up to first frame against the minimal app; peak memory
    search    2        search as you type: the store, and keystroke -> frame on the screen
    plan      3        the big plan: the store, and `enter` -> first / last frame
    live      4        the live view: commit -> change visible in another process
    export    5        minutes and plan export in process; the command against the minimal app
    preview   5        the minutes preview (in process, CPU)
    growth             the same at 1,000, 10,000 and 50,000 citizens

Every measure that shows something runs the real command in a real
pseudo-terminal (`session.TerminalSession`) and reads what it draws
(`terminal.Screen`). A measure that fails becomes a row that says so; it
never falls back to a different measure.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bench.report import GrowthLine, Row

from . import export, growth, live, plan, preview, search, startup
from .common import Context, compile_tree, guarded

MEASURES = ("startup", "search", "plan", "live", "export", "preview", "growth")


@dataclass
class Results:
    rows: list[Row]
    growth: list[GrowthLine] | None
    """None when the growth was skipped."""


def measure_all(ctx: Context, skip: set[str] | frozenset[str] = frozenset(), *,
                scales: Sequence[float] = (), growth_runs: int = 3) -> Results:
    """Every measure on `ctx.db` in the table's order, then the growth at `scales` (unless skipped),
    then the peak memory of every Rundbord process started."""
    from store import Store

    if not ctx.smoke:
        compile_tree()
    rows: list[Row] = []
    if "startup" not in skip:
        rows += guarded("start-up and memory", lambda: startup.measure(ctx))
    with Store(ctx.db, user="bench") as store:
        if "search" not in skip:
            rows += guarded("search in the store", lambda: search.measure_store(ctx, store))
            rows += guarded("search on the screen", lambda: search.measure_screen(ctx))
            rows += guarded("keystroke floor", lambda: search.measure_floor(ctx))
        if "plan" not in skip:
            rows += guarded("plan in the store", lambda: plan.measure_store(ctx, store))
            rows += guarded("plan on the screen", lambda: plan.measure_screen(ctx))
        if "live" not in skip:
            rows += guarded("live view", lambda: live.measure(ctx))
        if "export" not in skip:
            rows += guarded("exports in the store", lambda: export.measure_store(ctx, store))
            rows += guarded("export command", lambda: export.measure_command(ctx))
        if "preview" not in skip:
            rows += guarded("minutes preview", lambda: preview.measure(ctx))
    lines = None
    if "growth" not in skip and scales:
        lines = growth.run(ctx, rows, scales, growth_runs)
    rows += startup.memory_rows(ctx)
    return Results(rows, lines)
