"""How the person-facing measures grow with the database: 1,000, 10,000 and 50,000 citizens.

Each size is its own generated database (`bench/generate.py --scale S`; 10,000
citizens is scale 1). For each size: start-up ratio, search keystroke -> frame,
`store.list_citizens`, plan push -> last frame and the export command ratio,
measured as in their own modules, with fewer runs. The main run's size is not
measured twice: its line is filled from the main table.
"""
from __future__ import annotations

import os
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.generate import DEFAULT_OUT, Meta, generate, load_meta
from bench.report import GROWTH_COLUMNS, GrowthLine, Row, fmt, p95

from .common import Context, guarded, rundbord_argv
from .export import export_ratios
from .markers import citizens_markers
from .plan import alternating_pushes, other_citizen
from .search import keystroke_frames, measure_store, screen_row
from .startup import minimal_start, start_once

SCALES = (0.1, 1.0, 5.0)
CITIZENS_AT_SCALE_1 = 10_000
COLUMNS = dict(zip(("startup", "screen", "store", "plan", "export"), GROWTH_COLUMNS))


def db_for(scale: float) -> Path:
    return DEFAULT_OUT if scale == 1.0 else DEFAULT_OUT.with_name(f"bench-{scale:g}.db")


def ensure_db(path: Path, scale: float) -> Meta:
    meta = load_meta(path)
    if meta is None or meta.scale != scale:
        print(f"generating {path} (scale {scale:g}) ...", file=sys.stderr)
        meta = generate(path, scale=scale, quiet=True)
    return meta


def _cell(values: Sequence[float], how: str, unit: str) -> str:
    if not values:
        return "-"
    return fmt(p95(values) if how == "p95" else statistics.median(values), unit)


def line_from_rows(rows: Sequence[Row], meta: Meta) -> GrowthLine:
    """The main run's size, from its own rows."""

    def values(start: str) -> list[float]:
        found = [r for r in rows if r.measure.startswith(start) and not r.error]
        return found[0].values if found else []

    cells = {
        COLUMNS["startup"]: _cell(values("1. start-up ratio Rundbord"), "median", "x"),
        COLUMNS["screen"]: _cell(values("2. search keystroke -> frame"), "p95", "ms"),
        COLUMNS["store"]: _cell(values("2. search as you type, `store.list_citizens`"), "p95", "ms"),
        COLUMNS["plan"]: _cell(values("3. open the big plan on the screen: `enter` -> last frame"), "median", "ms"),
        COLUMNS["export"]: _cell(values("5. `rundbord export minutes` whole command / minimal"), "median", "x"),
    }
    return GrowthLine(meta.counts.get("citizen", 0), meta.scale, cells)


def measure_size(ctx: Context) -> tuple[GrowthLine, list[float]]:
    """One size's line, and its keystroke -> frame values (the 50,000 row of the main table uses them)."""
    from store import Store

    db, meta, runs = ctx.db, ctx.meta, ctx.reps(1, ctx.runs)
    cells: dict[str, str] = {}
    argv = rundbord_argv("--db", str(db))
    markers = citizens_markers(db)
    start_once(argv, markers)  # not counted: the OS file cache
    ratios = []
    for _ in range(runs):
        floor = minimal_start().first_frame_s
        ratios.append(start_once(argv, markers).first_frame_s / floor)
    cells[COLUMNS["startup"]] = _cell(ratios, "median", "x")
    screen = keystroke_frames(db, ctx.typed(meta.search_name), runs, ctx)
    cells[COLUMNS["screen"]] = _cell(screen, "p95", "ms")
    with Store(db, user="bench") as store:
        cells[COLUMNS["store"]] = _cell(measure_store(ctx, store).values, "p95", "ms")
    big = meta.big_citizen_id
    # As the plan row: the big plan opened in turn with another citizen's, so the kept plan screen is
    # refilled with another plan at every opening.
    _, lasts = alternating_pushes(db, [big, other_citizen(db, big)], max(2, runs), ctx)[big]
    cells[COLUMNS["plan"]] = _cell(lasts, "median", "ms")
    export = export_ratios(db, meta.long_meeting_id, runs, warm=not ctx.smoke)
    cells[COLUMNS["export"]] = _cell(export, "median", "x")
    return GrowthLine(meta.counts.get("citizen", 0), meta.scale, cells), screen


def run(ctx: Context, rows: list[Row], scales: Sequence[float], runs: int) -> list[GrowthLine]:
    """The growth table's lines; adds the 50,000-citizen keystroke row to `rows` when that size is run."""
    lines: list[GrowthLine] = []
    for scale in scales:
        if scale == ctx.meta.scale and ctx.db.resolve() == db_for(scale).resolve():
            line = line_from_rows(rows, ctx.meta)
            line.load = "as the rows above"
            lines.append(line)
            continue
        path = db_for(scale)
        size_ctx = Context(path, ensure_db(path, scale), runs=runs, smoke=ctx.smoke)
        found: list[tuple[GrowthLine, list[float]]] = []

        def one() -> Row:
            line, screen = measure_size(size_ctx)
            found.append((line, screen))
            return screen_row(line.citizens, screen, f"as the row above, on `{path.name}` ({runs} runs)")

        before = os.getloadavg()[0]
        got = guarded(f"growth at scale {scale:g}", one)
        if found:
            found[0][0].load = f"{before:.2f} -> {os.getloadavg()[0]:.2f}"
            lines.append(found[0][0])
            if scale > ctx.meta.scale:  # the larger sizes' keystroke rows are targets too
                rows[_after_search(rows):_after_search(rows)] = got
        else:
            rows += got
        for label, values in size_ctx.peaks.items():
            ctx.peaks.setdefault(f"{label} (scale {scale:g})", []).extend(values)
    return lines


def _after_search(rows: Sequence[Row]) -> int:
    """Where a further keystroke -> frame row goes: after the last one in the table."""
    at = [i for i, r in enumerate(rows) if r.measure.startswith("2. search keystroke -> frame")]
    return at[-1] + 1 if at else len(rows)
