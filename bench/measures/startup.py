"""1 and 6: start-up to the first frame, against the minimal app, and the peak memory of each start.

Each start runs in its own pseudo-terminal of 160x48 (`TerminalSession`), the
way a person starts it: `rundbord --db DB` (the installed script) and
`python bench/minimal_app.py`. No Pilot, no headless mode, no waiting on the
app from inside.

- Start: the moment before `fork`.
- First frame: the arrival of the bytes after which every row of the terminal
  has been drawn since the alternate screen began and the first screen's
  markers are visible (`markers.py`; the same rule for both apps).
- Last frame: the last bytes before the app is silent for 0.5 s (`QUIET_S`) (reference).
- Peak memory: `VmHWM` of /proc/PID/status of that process, read after its last
  frame, just before the harness quits it with ctrl+q.

Order: minimal, Rundbord, minimal, Rundbord --citizen N, ... (ABAB); each
Rundbord start is divided by the minimal start right before it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bench.report import Row, at_most

from .common import COLS, QUIET_S, ROWS, START_TIMEOUT_S, Context, child_env, minimal_argv, rundbord_argv
from .markers import MINIMAL_MARKERS, citizens_markers, frame_with, plan_markers
from .session import SessionError, TerminalSession


@dataclass
class Start:
    first_frame_s: float
    last_frame_s: float
    peak_mib: float


def start_once(argv: Sequence[str], markers: Sequence[str]) -> Start:
    """Spawn `argv` in a fresh terminal; time to its first whole frame showing `markers`."""
    if not markers:
        raise SessionError("no markers: the first frame could not be recognised")
    with TerminalSession(argv, cols=COLS, rows=ROWS, env=child_env()) as session:
        first = session.wait_until(frame_with(markers), timeout=START_TIMEOUT_S,
                                   what=f"the first frame showing {list(markers)}")
        last = session.wait_quiet(QUIET_S, timeout=10) or first
        peak = session.peak_rss_mib()
        spawned = session.spawned_at
    if session.exit_code not in (0, None):
        raise SessionError(f"{argv[0]} exited with {session.exit_code} after ctrl+q")
    return Start(first - spawned, max(first, last) - spawned, peak)


def minimal_start() -> Start:
    return start_once(minimal_argv(), MINIMAL_MARKERS)


def measure(ctx: Context) -> list[Row]:
    """Rows 1 (start-up) and the start-up part of 6 (memory)."""
    db = str(ctx.db)
    big = ctx.meta.big_citizen_id
    plain_argv = rundbord_argv("--db", db)
    big_argv = rundbord_argv("--db", db, "--citizen", str(big))
    plain_markers = citizens_markers(ctx.db)
    big_markers = plan_markers(ctx.db, big)
    if not ctx.smoke:  # not counted: the OS file cache, byte code
        minimal_start()
        start_once(plain_argv, plain_markers)
    floor: list[Start] = []
    plain: list[Start] = []
    opened: list[Start] = []
    plain_ratio: list[float] = []
    opened_ratio: list[float] = []
    for _ in range(ctx.reps(1, ctx.runs)):
        m = minimal_start()
        a = start_once(plain_argv, plain_markers)
        m2 = minimal_start()
        b = start_once(big_argv, big_markers)
        floor += [m, m2]
        plain.append(a)
        opened.append(b)
        plain_ratio.append(a.first_frame_s / m.first_frame_s)
        opened_ratio.append(b.first_frame_s / m2.first_frame_s)
    ctx.floor_peaks += [s.peak_mib for s in floor]
    for s in plain:
        ctx.peak("start-up, citizens list", s.peak_mib)
    for s in opened:
        ctx.peak(f"start-up, `--citizen {big}`", s.peak_mib)
    first_note = ("spawn (before fork) to the bytes that complete the first whole frame showing "
                  "{what}, read from a real 160x48 pseudo-terminal")
    return [
        Row("1. start-up to first frame, minimal Textual app (the floor)", "s", [s.first_frame_s for s in floor],
            note=first_note.format(what=f"{list(MINIMAL_MARKERS)}") + "; two per round (ABAB)"),
        Row("1. start-up to first frame, Rundbord on the big database", "s", [s.first_frame_s for s in plain],
            note=first_note.format(what=f"the citizens list ({list(plain_markers)})")),
        Row("1. start-up ratio Rundbord / minimal", "x", plain_ratio, at_most(1.3, "x"),
            note="each Rundbord start over the minimal start right before it"),
        Row(f"1. start-up ratio, opening citizen {big} (`--citizen`)", "x", opened_ratio, at_most(1.5, "x"),
            note=first_note.format(what=f"the plan screen ({list(big_markers)})")
            + "; over the minimal start right before it"),
        Row("1. start-up to last frame, minimal app (reference)", "s", [s.last_frame_s for s in floor],
            note=f"the last bytes before {QUIET_S:g} s of silence"),
        Row("1. start-up to last frame, Rundbord (reference)", "s", [s.last_frame_s for s in plain],
            note=f"the last bytes before {QUIET_S:g} s of silence"),
    ]


def memory_rows(ctx: Context) -> list[Row]:
    """Row 6: the peak of every Rundbord process the measures started (start-up, screens, live view),
    and the minimal app's for reference."""
    values = [v for vs in ctx.peaks.values() for v in vs]
    where = "; ".join(f"{k}: max {max(v):.0f} MiB" for k, v in ctx.peaks.items())
    how = ("`VmHWM` (the process's own peak resident memory, from /proc/PID/status), read while the "
           "process still runs, at its end")
    rows = [Row("6. peak memory of Rundbord, every process this run started", "MiB", values,
                at_most(120, "MiB"), note=f"{how} ({where})")]
    if ctx.floor_peaks:
        rows.append(Row("6. peak memory, minimal Textual app (reference)", "MiB", list(ctx.floor_peaks),
                        note=how + ", after its last frame"))
    return rows
