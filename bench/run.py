"""Run the benchmark: one table of median / max / target / met, and bench/RESULTS.md.

    .venv/bin/python -m bench.run [--runs 5] [--scale 1.0] [--db PATH] [--regenerate]

Generates the synthetic database first when it is missing (bench/out/, kept
out of git). Every measure runs several times; the table shows the median and
the maximum. Timings depend on the machine and on what else runs on it.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.generate import DEFAULT_OUT, Meta, generate, load_meta

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "bench" / "driver.py"
RESULTS = ROOT / "bench" / "RESULTS.md"
"""Poll interval of the fallback live-view reader (TECH-NOTES: 50 ms gives ~24 ms median)."""


SMOKE = False
"""Set by `measure_all(smoke=True)`: each measure once, short typing, no warm-up (the test suite)."""


def reps(least: int, wanted: int) -> int:
    """How many times to repeat a measure: at least `least`, once in a smoke run."""
    return 1 if SMOKE else max(least, wanted)


def typed(name: str) -> str:
    """What the keystroke measures type: the whole name, or three letters in a smoke run."""
    return name[:3] if SMOKE else name


@dataclass
class Row:
    """One line of the table."""

    measure: str
    unit: str = "ms"
    values: list[float] = field(default_factory=list)
    target: str = ""
    ok: Callable[[float, float], bool] | None = None
    """(median, max) -> met?"""
    note: str = ""
    skipped: str = ""

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None

    @property
    def max(self) -> float | None:
        return max(self.values) if self.values else None

    @property
    def met(self) -> str:
        if self.skipped:
            return "not measured"
        if self.ok is None or self.median is None or self.max is None:
            return ""
        return "yes" if self.ok(self.median, self.max) else "**no**"


def _fmt(v: float | None, unit: str) -> str:
    if v is None:
        return "-"
    if unit == "x":
        return f"{v:.2f}x"
    if unit == "MiB":
        return f"{v:.0f} MiB"
    if unit == "s":
        return f"{v:.3f} s"
    return f"{v:.1f} ms"


def table(rows: Sequence[Row]) -> str:
    out = ["| measure | median | max | target | met? |", "|---|---|---|---|---|"]
    for r in rows:
        if r.skipped:
            out.append(f"| {r.measure} | - | - | {r.target} | not measured: {r.skipped} |")
        else:
            out.append(f"| {r.measure} | {_fmt(r.median, r.unit)} | {_fmt(r.max, r.unit)} | {r.target} | {r.met} |")
    return "\n".join(out)


def ms_since(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


# -- 1 and 6: start-up and memory (separate processes) ------------------------------
@dataclass
class Startup:
    seconds: float
    maxrss_mib: float
    screen: str
    workers_still_running: list[str]


def child_env() -> dict[str, str]:
    """The environment for measured child processes: as a person's shell has it.

    Without PYTHONDONTWRITEBYTECODE (any non-empty value, even "0", turns writing off): a
    person's `rundbord` finds its byte code cached, and so must the benchmark's.
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def compile_tree() -> None:
    """Write the byte code of the project's packages, so no measured start compiles source."""
    import compileall

    for pkg in ("store", "screens", "tui", "bench"):
        compileall.compile_dir(str(ROOT / pkg), quiet=1)


def spawn_startup(kind: str, cli_args: Sequence[str] = ()) -> Startup:
    """Start `kind` (minimal | app) headless in a new process; time from spawn to first screen ready."""
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "result.json"
        errors = Path(tmp) / "stderr"
        env = child_env()
        with open(errors, "wb") as err:
            t0 = time.time()
            proc = subprocess.Popen(
                [sys.executable, str(DRIVER), "startup", kind, str(result), "--", *cli_args],
                cwd=tmp, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, env=env,
            )
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        if not result.exists():
            raise RuntimeError(f"{kind} did not get ready: {errors.read_text(errors='replace')[-2000:]}")
        data = json.loads(result.read_text())
    return Startup(
        seconds=data["ready"] - t0,
        maxrss_mib=max(usage.ru_maxrss, data["maxrss_kib"]) / 1024,
        screen=data["screen"],
        workers_still_running=data["workers_still_running"],
    )


def measure_startup(db: Path, meta: Meta, runs: int, *, warm: bool = True) -> tuple[list[Row], float]:
    """Rows for start-up (and peak memory); returns the minimal app's median start-up in seconds."""
    minimal: list[Startup] = []
    app: list[Startup] = []
    big: list[Startup] = []
    if warm:  # not counted: the OS file cache, byte code
        spawn_startup("minimal")
        spawn_startup("app", ["--db", str(db)])
    for _ in range(runs):  # interleaved, so both see the same machine
        minimal.append(spawn_startup("minimal"))
        app.append(spawn_startup("app", ["--db", str(db)]))
        big.append(spawn_startup("app", ["--db", str(db), "--citizen", str(meta.big_citizen_id)]))
    m_med = statistics.median(s.seconds for s in minimal)
    ratios = [a.seconds / m_med for a in app]
    ratios_big = [a.seconds / m_med for a in big]
    stuck = sorted({w for s in app + big for w in s.workers_still_running})
    note = f"first screen: {app[0].screen}" + (f"; workers still running after 2 s: {stuck}" if stuck else "")
    rows = [
        Row("1. start-up, minimal Textual app (the floor)", "s", [s.seconds for s in minimal]),
        Row("1. start-up, Rundbord on the big database", "s", [s.seconds for s in app], note=note),
        Row("1. start-up ratio Rundbord / minimal", "x", ratios, "<= 1.3x", lambda med, mx: med <= 1.3),
        Row(f"1. start-up ratio, opening citizen {meta.big_citizen_id} (`--citizen`)", "x", ratios_big,
            "<= 1.3x", lambda med, mx: med <= 1.3, note=f"first screen: {big[0].screen}"),
        Row("6. peak memory (maxrss), Rundbord on the big database", "MiB",
            [s.maxrss_mib for s in app + big], "<= 120 MiB", lambda med, mx: mx <= 120),
        Row("6. peak memory, minimal Textual app (for reference)", "MiB", [s.maxrss_mib for s in minimal]),
    ]
    return rows, m_med


# -- 2. search as you type ------------------------------------------------------------
def keystrokes(name: str) -> list[str]:
    return [name[:i] for i in range(1, len(name) + 1)]


def measure_search_store(store: Any, meta: Meta, runs: int) -> Row:
    values: list[float] = []
    for _ in range(runs):
        for word in (meta.search_name, meta.search_name.split()[0][:3] + "z", "Jeg vil gå"):
            for prefix in keystrokes(word):
                t0 = time.perf_counter()
                store.list_citizens(prefix)
                values.append(ms_since(t0))
    return Row("2. search as you type, `store.list_citizens` per keystroke", "ms", values, "<= 30 ms",
               lambda med, mx: mx <= 30,
               note=f"typing {meta.search_name!r}, a name that matches nothing, and goal words; {runs} times")


SCREEN_NOTE = (
    "CPU time of the process (`time.process_time`) from the Pilot action until the app is idle again: "
    "Pilot's idle detection sleeps ~100 ms of wall time per step, which no person sees, so wall time "
    "would measure Pilot, not the screen; CPU time is also steadier on a shared machine"
)


async def _settle(app: Any, pilot: Any) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def _push_cpu(db: Path, make: Callable[[Any], Any], times: int) -> list[float]:
    """CPU ms from pushing the screen `make(store)` builds until the app is idle, `times` times,
    in the facilitator's app (120x40) on the database `db`."""

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


async def _type_cpu(app: Any, pilot: Any, text: str) -> list[float]:
    values: list[float] = []
    for ch in text:
        t0 = time.process_time()
        await pilot.press(ch if ch != " " else "space")
        await _settle(app, pilot)
        values.append((time.process_time() - t0) * 1000)
    return values


def measure_keystroke_floor(meta: Meta) -> Row:
    """The same keystroke measure on a minimal app (an Input and a Static): what Textual itself costs."""
    from bench.minimal_app import MinimalInputApp

    async def go() -> list[float]:
        app = MinimalInputApp()
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            return await _type_cpu(app, pilot, typed(meta.search_name))

    return Row("2. keystroke floor: minimal app with an Input (for reference)", "ms", asyncio.run(go()),
               note="CPU time per keystroke, measured as on the citizens screen")


def measure_search_screen(db: Path, meta: Meta) -> Row:
    from screens.citizens import CitizensScreen

    name = "2. search as you type on the citizens screen"

    async def go() -> list[float]:
        from textual.widgets import Input

        from store import Store
        from tui.app import build_app

        with Store(db, user="bench") as store:
            app = build_app(store)
            async with app.run_test(size=(120, 40)) as pilot:
                await _settle(app, pilot)
                assert isinstance(app.screen, CitizensScreen)
                app.screen.query_one(Input).focus()
                await pilot.pause()
                return await _type_cpu(app, pilot, typed(meta.search_name))

    values = asyncio.run(go())
    return Row(f"{name} (`screens.citizens.CitizensScreen`), CPU per keystroke to list updated", "ms", values, "<= 30 ms",
               lambda med, mx: med <= 30, note=f"typing {meta.search_name!r}; " + SCREEN_NOTE)


# -- 3. open the big plan ------------------------------------------------------------
def measure_plan_store(store: Any, meta: Meta, runs: int) -> Row:
    values: list[float] = []
    store.plan_view(meta.big_citizen_id)  # warm the page cache once
    for _ in range(reps(3, runs * 2)):
        t0 = time.perf_counter()
        store.plan_view(meta.big_citizen_id)
        values.append(ms_since(t0))
    return Row("3. open the big plan, `store.plan_view` (40 goals, 500 agreements, 2,000 readings)", "ms",
               values, "<= 100 ms", lambda med, mx: med <= 100)


def measure_plan_screen(db: Path, meta: Meta, runs: int) -> Row:
    from screens.plan import PlanScreen

    values = _push_cpu(db, lambda store: PlanScreen(store, meta.big_citizen_id), reps(3, runs))
    return Row("3. open the big plan on the screen (`screens.plan.PlanScreen`), CPU from push to idle", "ms", values,
               "<= 100 ms", lambda med, mx: med <= 100, note=SCREEN_NOTE)


# -- 4. live view -----------------------------------------------------------------------
def measure_live(db: Path, meta: Meta, runs: int) -> list[Row]:
    """Commit in this process; time until the view in another process has repainted."""
    return [measure_live_view(db, meta, runs)]


def _first_open_agreement(store: Any, citizen_id: int) -> int:
    from store.enums import AgreementStatus

    plan_id = store.plan_of(citizen_id).id or 0
    open_ = store.agreements(plan_id, AgreementStatus.OPEN)
    return int(open_[0].id)


def measure_live_view(db: Path, meta: Meta, runs: int) -> Row:
    """`rundbord view --citizen N --status-file F` headless; the status file says when it repainted."""
    from store import Store

    changes = reps(3, runs * 6)
    with tempfile.TemporaryDirectory() as tmp:
        status = Path(tmp) / "status.json"
        errors = Path(tmp) / "stderr"
        with open(errors, "wb") as err:
            proc = subprocess.Popen(
                [sys.executable, str(DRIVER), "view", "--", "view", "--db", str(db),
                 "--citizen", str(meta.big_citizen_id), "--status-file", str(status)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, env=child_env(),
            )
        latencies: list[float] = []
        try:
            def read() -> dict[str, Any] | None:
                try:
                    return dict(json.loads(status.read_text(encoding="utf-8")))
                except (OSError, ValueError):
                    return None

            deadline = time.monotonic() + 60
            while read() is None:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(errors.read_text(errors="replace")[-300:] or "no status file")
                time.sleep(0.01)
            rng = random.Random(5)
            with Store(db, user="bench-writer") as store:
                aid = _first_open_agreement(store, meta.big_citizen_id)
                original = store.get_agreement(aid).what
                try:
                    for i in range(changes):
                        time.sleep(0.15 + rng.random() * 0.15)  # off the view's poll phase
                        before = read() or {}
                        store.update_agreement(aid, what=f"{original} (bench {i})")
                        committed = time.monotonic()
                        limit = time.monotonic() + 5
                        while True:
                            now_ = read()
                            if now_ and now_.get("refreshes") != before.get("refreshes") and \
                                    now_.get("data_version") != before.get("data_version"):
                                latencies.append((float(now_["seen_at"]) - committed) * 1000)
                                break
                            if time.monotonic() > limit:
                                raise RuntimeError("the view did not repaint within 5 s")
                            time.sleep(0.001)
                finally:
                    store.update_agreement(aid, what=original)
        finally:
            proc.kill()
            proc.wait()
    return Row("4. live view: commit to repainted `rundbord view` in another process", "ms", latencies,
               "median <= 50 ms, max <= 250 ms", lambda med, mx: med <= 50 and mx <= 250,
               note="headless `rundbord view --citizen N --status-file F`; an agreement's text changed "
               "through `store.update_agreement`; time from commit to the status file's `seen_at`")


# -- 5. minutes and plan export ---------------------------------------------------------
def measure_exports(store: Any, db: Path, meta: Meta, runs: int, minimal_s: float, *,
                    warm: bool = True) -> list[Row]:
    rows: list[Row] = []
    n = reps(3, runs * 2)
    values = []
    for _ in range(n):
        t0 = time.perf_counter()
        store.minutes_markdown(meta.long_meeting_id)
        values.append(ms_since(t0))
    rows.append(Row(f"5. minutes of the long meeting (nr. {meta.long_meeting_id}), `store.minutes_markdown`",
                    "ms", values, "<= 20 ms", lambda med, mx: med <= 20))
    values = []
    for _ in range(n):
        t0 = time.perf_counter()
        store.plan_markdown(meta.big_citizen_id)
        values.append(ms_since(t0))
    rows.append(Row("5. the big plan with all history, `store.plan_markdown`", "ms", values, "<= 200 ms",
                    lambda med, mx: med <= 200))
    rows.append(measure_export_command(db, meta, runs, minimal_s, warm=warm))
    rows.append(measure_minutes_preview(db, meta, runs))
    return rows


def measure_minutes_preview(db: Path, meta: Meta, runs: int) -> Row:
    from screens.minutes_preview import MinutesPreviewScreen

    name = "5. minutes preview on screen (long meeting)"
    values = _push_cpu(db, lambda store: MinutesPreviewScreen(store, meta.long_meeting_id), reps(2, runs))
    return Row(f"{name}, `MinutesPreviewScreen`, CPU from push to idle", "ms", values, "<= 300 ms",
               lambda med, mx: med <= 300, note=SCREEN_NOTE)


def measure_export_command(db: Path, meta: Meta, runs: int, minimal_s: float, *, warm: bool = True) -> Row:
    name = "5. `rundbord export minutes` whole command / minimal app start-up"
    target = "<= 0.6x"
    values: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "referat.md"
        script = Path(sys.executable).parent / "rundbord"
        head = [str(script)] if script.exists() else [sys.executable, "-m", "tui.cli"]
        cmd = [*head, "export", "minutes", str(meta.long_meeting_id), "--db", str(db), "-o", str(out)]
        if warm:
            subprocess.run(cmd, cwd=ROOT, capture_output=True, env=child_env())  # not counted
        for _ in range(reps(3, runs)):
            t0 = time.perf_counter()
            done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=child_env())
            seconds = time.perf_counter() - t0
            if done.returncode != 0:
                return Row(name, target=target, skipped=f"command failed: {done.stderr.strip()[-160:]}")
            values.append(seconds / minimal_s)
    return Row(name, "x", values, target, lambda med, mx: med <= 0.6,
               note="`rundbord export minutes ID --db DB -o FILE`, spawn to exit, over the minimal app's median")


# -- the machine --------------------------------------------------------------------------
def machine() -> str:
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
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"- CPU: {cpu}, `nproc` = {os.cpu_count()}; memory {mem}; load average at the end {load}\n"
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, Textual {textual.__version__}, "
        f"{platform.system()} {platform.release()}"
    )


ANALYSIS_MARK = "<!-- analysis: kept when bench.run rewrites this file -->"


def kept_analysis(path: Path) -> str:
    """The hand-written part of an existing RESULTS.md (from the mark on)."""
    if not path.exists():
        return ANALYSIS_MARK + "\n"
    text = path.read_text(encoding="utf-8")
    return text[text.index(ANALYSIS_MARK):] if ANALYSIS_MARK in text else ANALYSIS_MARK + "\n"


def write_results(path: Path, rows: Sequence[Row], meta: Meta, db: Path, runs: int, extra: str) -> None:
    notes = [f"- {r.measure}: {r.note}" for r in rows if r.note and not r.skipped]
    text = f"""# Benchmark results

Written by `.venv/bin/python -m bench.run` on {time.strftime('%Y-%m-%d %H:%M')} (machine time).

## Machine

{machine()}

## Data

`{db.name}`, generated by `bench/generate.py` (scale {meta.scale}, seed {meta.seed}) in {meta.seconds} s:
{", ".join(f"{v:,} {k}" for k, v in meta.counts.items())}.
Citizen {meta.big_citizen_id} is the big case; meeting {meta.long_meeting_id} the long one.
The audit log is not written for the bulk data (see `bench/generate.py`).

## Results ({runs} runs per measure; median and max)

{table(rows)}

Notes:
{chr(10).join(notes)}
{extra}"""
    path.write_text(text, encoding="utf-8")


MEASURES = ("startup", "search", "plan", "live", "export")


def measure_all(db: Path, meta: Meta, runs: int, skip: set[str] | frozenset[str] = frozenset(), *,
                smoke: bool = False) -> list[Row]:
    """Every measure on `db`, `runs` times each, in the table's order.

    `smoke=True` (the test suite): each measure once, no byte-code compile, no warm-up starts.
    """
    global SMOKE
    from store import Store

    SMOKE = smoke
    try:
        warm = not smoke
        if warm:
            compile_tree()
        rows: list[Row] = []
        minimal_s = 0.4
        if "startup" not in skip:
            print("start-up and memory ...", file=sys.stderr)
            startup_rows, minimal_s = measure_startup(db, meta, runs, warm=warm)
            rows += startup_rows
        with Store(db, user="bench") as store:
            if "search" not in skip:
                print("search ...", file=sys.stderr)
                rows.append(measure_search_store(store, meta, runs))
                rows.append(measure_search_screen(db, meta))
                rows.append(measure_keystroke_floor(meta))
            if "plan" not in skip:
                print("plan ...", file=sys.stderr)
                rows.append(measure_plan_store(store, meta, runs))
                rows.append(measure_plan_screen(db, meta, runs))
            if "live" not in skip:
                print("live view ...", file=sys.stderr)
                rows += measure_live(db, meta, runs)
            if "export" not in skip:
                print("exports ...", file=sys.stderr)
                rows += measure_exports(store, db, meta, runs, minimal_s, warm=warm)
        return rows
    finally:
        SMOKE = False


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=None, help="database to use (default: bench/out/bench.db)")
    ap.add_argument("--scale", type=float, default=1.0, help="size when generating (default 1.0)")
    ap.add_argument("--runs", type=int, default=5, help="runs per measure (default 5)")
    ap.add_argument("--regenerate", action="store_true", help="generate the database even if it exists")
    ap.add_argument("--results", type=Path, default=RESULTS, help="where to write RESULTS.md ('-': nowhere)")
    ap.add_argument("--skip", default="", help="comma-separated measures to skip: startup,search,plan,live,export")
    args = ap.parse_args(argv)
    db = args.db or DEFAULT_OUT
    meta = None if args.regenerate else load_meta(db)
    if meta is None or (args.db is None and meta.scale != args.scale):
        print(f"generating {db} (scale {args.scale}) ...", file=sys.stderr)
        meta = generate(db, scale=args.scale)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    runs = max(1, args.runs)

    rows = measure_all(db, meta, runs, skip)
    print(table(rows))
    if str(args.results) != "-":
        extra = "\n" + kept_analysis(args.results)
        write_results(args.results, rows, meta, db, runs, extra)
        print(f"\nwritten to {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
