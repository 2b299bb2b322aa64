"""The benchmark's table: rows, the one pass rule, the growth table and bench/RESULTS.md.

Every row keeps all its values; the table shows n, median, p95 and max. A
target names the statistics it limits (`Target`), and one rule judges every
row (`PASS_RULE`).
"""
from __future__ import annotations

import math
import os
import platform
import sqlite3
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

UNIT_FORMAT = {"x": "{:.2f}x", "MiB": "{:.0f} MiB", "s": "{:.3f} s", "ms": "{:.1f} ms"}

PASS_RULE = (
    "Pass rule (the same for every row): a row is met when every statistic its target names is "
    "within its limit, over all values of this run. A target written as one limit (\"<= L\") "
    "limits both the p95 and the max: a person feels every keystroke, start and change, not the "
    "typical one. p95 is the nearest-rank 95th percentile (with fewer than 20 values it is the "
    "max). A row whose measure failed counts as not met. Rows without a target are for reference."
)


def p95(values: Sequence[float]) -> float:
    """Nearest-rank 95th percentile: the smallest value with at least 95 % of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def _max(values: Sequence[float]) -> float:
    return max(values)


STATISTICS: dict[str, Callable[[Sequence[float]], float]] = {"median": _median, "p95": p95, "max": _max}


@dataclass(frozen=True)
class Target:
    """Limits on named statistics, e.g. (("median", 50), ("max", 250))."""

    limits: tuple[tuple[str, float], ...]
    unit: str = "ms"

    def text(self) -> str:
        return ", ".join(f"{name} <= {fmt(limit, self.unit)}" for name, limit in self.limits)

    def met(self, values: Sequence[float]) -> bool:
        return all(STATISTICS[name](values) <= limit for name, limit in self.limits)


def at_most(limit: float, unit: str = "ms") -> Target:
    """The usual target, "<= limit": on the p95 and the max."""
    return Target((("p95", limit), ("max", limit)), unit)


def fmt(v: float | None, unit: str) -> str:
    if v is None:
        return "-"
    return UNIT_FORMAT.get(unit, "{:.1f} " + unit).format(v)


@dataclass
class Row:
    """One line of the table: what was measured, every value, and its target (if any)."""

    measure: str
    unit: str = "ms"
    values: list[float] = field(default_factory=list)
    target: Target | None = None
    note: str = ""
    error: str = ""
    """Set when the measure failed: the row counts as not met and says why."""
    load: str = ""
    """The machine's load average (1 / 5 min) before and after the measure."""

    def stat(self, name: str) -> float | None:
        return STATISTICS[name](self.values) if self.values else None

    @property
    def median(self) -> float | None:
        return self.stat("median")

    @property
    def max(self) -> float | None:
        return self.stat("max")

    @property
    def met(self) -> str:
        if self.error:
            return "**no** (failed)"
        if self.target is None:
            return ""
        if not self.values:
            return "**no** (no values)"
        return "yes" if self.target.met(self.values) else "**no**"


def table(rows: Sequence[Row]) -> str:
    out = ["| measure | n | median | p95 | max | target | met? |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        target = r.target.text() if r.target else ""
        if r.error:
            reason = " ".join(r.error.split())[:200].replace("|", "/")
            out.append(f"| {r.measure} | 0 | - | - | - | {target} | {r.met}: {reason} |")
            continue
        cells = [fmt(r.stat(s), r.unit) for s in ("median", "p95", "max")]
        out.append(f"| {r.measure} | {len(r.values)} | {' | '.join(cells)} | {target} | {r.met} |")
    return "\n".join(out)


@dataclass
class GrowthLine:
    """One database size of the growth table."""

    citizens: int
    scale: float
    cells: dict[str, str]
    load: str = ""
    """The 1-minute load average before and after this size was measured."""


GROWTH_COLUMNS = (
    "start-up ratio (median)",
    "search keystroke -> frame (p95)",
    "`store.list_citizens` (p95)",
    "plan push -> last frame (median)",
    "`rundbord export minutes` ratio (median)",
)


def growth_table(lines: Sequence[GrowthLine]) -> str:
    out = ["| citizens | " + " | ".join(GROWTH_COLUMNS) + " | load average (1 min) |",
           "|---" * (len(GROWTH_COLUMNS) + 2) + "|"]
    for line in lines:
        cells = [line.cells.get(c, "-") for c in GROWTH_COLUMNS]
        out.append(f"| {line.citizens:,} (scale {line.scale:g}) | " + " | ".join(cells) + f" | {line.load or '-'} |")
    return "\n".join(out)


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def machine(load_start: str) -> str:
    import textual

    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            kib = int(next(line for line in f if line.startswith("MemTotal")).split()[1])
            mem = f"{kib / 2**20:.1f} GiB"
    except (OSError, StopIteration):
        pass
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line for line in f if line.startswith("model name")).split(":", 1)[1].strip()
    except (OSError, StopIteration):
        pass
    return (
        f"- CPU: {cpu}, `nproc` = {os.cpu_count()}; memory {mem}\n"
        f"- load average (1, 5, 15 min) at the start: {load_start}; at the end: {load_average()}\n"
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, Textual {textual.__version__}, "
        f"{platform.system()} {platform.release()}"
    )


LOADED_NOTE = (
    "Figures from a loaded machine are not comparable with figures from a quiet one, nor with "
    "each other: every process here shares 2 cores with whatever else runs. The ratios to the "
    "minimal app are measured interleaved (one minimal start right before each measured start), "
    "which cancels part of the load but not all of it. Judge the targets on a run whose load "
    "average stayed below 1."
)

ANALYSIS_MARK = "<!-- analysis: kept when bench.run rewrites this file -->"
GROWTH_MARK = "<!-- growth: rewritten by bench.run when it measures the growth -->"


def kept_section(path: Path, start: str, end: str | None) -> str:
    """The text of an existing RESULTS.md from the `start` mark up to the `end` mark ('' if none)."""
    if not path.exists():
        return ""
    text = path.read_text(encoding="utf-8")
    if start not in text:
        return ""
    part = text[text.index(start):]
    if end and end in part:
        part = part[: part.index(end)]
    return part.rstrip() + "\n"


def growth_section(lines: Sequence[GrowthLine], stamp: str, runs: int, load: str) -> str:
    return f"""{GROWTH_MARK}
## Growth: the same measures at 1,000, 10,000 and 50,000 citizens

Measured by `bench.run`, finished {stamp} ({runs} runs per size; load average at the end {load}).
The main database's line is taken from the rows of the table above.
Each size is its own database made by `bench/generate.py --scale S` (the big case, citizen 1,
is the same in all of them; everything else grows with the scale). The load average column is
the 1-minute figure before and after that size was measured.

{growth_table(lines)}
"""


def write_results(path: Path, *, rows: Sequence[Row], data: str, runs: int, load_start: str,
                  growth: str | None, command: str, started: str) -> None:
    """Rewrite `path`: this run's table; the growth section (new, or kept); the hand-written analysis."""
    notes = [f"- {r.measure}: {r.note}" + (f" (load average {r.load})" if r.load else "")
             for r in rows if r.note or r.load]
    growth_text = growth if growth is not None else kept_section(path, GROWTH_MARK, ANALYSIS_MARK)
    analysis = kept_section(path, ANALYSIS_MARK, None) or ANALYSIS_MARK + "\n"
    text = f"""# Benchmark results

Written by `{command}`, run from {started} to {time.strftime('%Y-%m-%d %H:%M')} (machine time).

## Machine

{machine(load_start)}

{LOADED_NOTE}

## Data

{data}

## Results ({runs} runs per measure)

{table(rows)}

{PASS_RULE}

What each row measures:
{chr(10).join(notes)}

{growth_text}
{analysis}"""
    path.write_text(text, encoding="utf-8")
