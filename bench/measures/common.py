"""What every measure shares: the run's settings, how children are started, and the screens' markers."""
from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import Meta
from bench.report import Row

ROOT = Path(__file__).resolve().parents[2]
COLS, ROWS = 160, 48
"""The measured terminal size: a projector at a readable font."""
QUIET_S = 0.5
"""No output for this long after a frame: the app has stopped drawing (the "last frame" before it).
A screen with a focused text field blinks its cursor every 0.5 s, so those screens are never
measured to their last frame."""
TYPING_QUIET_S = 0.3
"""Between two timed keys: the app has been silent this long (a person typing ~3 keys a second)."""
START_TIMEOUT_S = 60.0


@dataclass
class Context:
    """One run of the benchmark on one database."""

    db: Path
    meta: Meta
    runs: int = 5
    smoke: bool = False
    """The test suite's run: each measure once or twice, short typing, no warm-up starts."""
    peaks: dict[str, list[float]] = field(default_factory=dict)
    """Peak memory (MiB) of every Rundbord process the measures started, by what it was doing."""
    floor_peaks: list[float] = field(default_factory=list)
    """Peak memory (MiB) of the minimal app's starts."""

    def reps(self, least: int, wanted: int) -> int:
        """How many times to repeat a measure: at least `least`; once (or `least` if 1) in a smoke run."""
        return 1 if self.smoke else max(least, wanted)

    def typed(self, text: str) -> str:
        """What the keystroke measures type: the whole text; in a smoke run up to the second word's
        first letter (so a space is typed too)."""
        if not self.smoke:
            return text
        space = text.find(" ")
        return text[: space + 2] if space > 0 else text[:3]

    def peak(self, label: str, mib: float) -> None:
        self.peaks.setdefault(label, []).append(mib)


def child_env() -> dict[str, str]:
    """The environment of measured children: as a person's shell has it.

    Without PYTHONDONTWRITEBYTECODE (any non-empty value turns writing off): a person's
    `rundbord` finds its byte code cached, and so must the benchmark's.
    """
    drop = {"PYTHONDONTWRITEBYTECODE", "RUNDBORD_DEBUG"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def compile_tree() -> None:
    """Write the byte code of the project's packages, so no measured start compiles source."""
    import compileall

    for pkg in ("store", "screens", "tui", "bench"):
        compileall.compile_dir(str(ROOT / pkg), quiet=1)


def rundbord_argv(*args: str) -> list[str]:
    """The `rundbord` command as a person runs it: the installed script (else `python -m tui.cli`)."""
    script = Path(sys.executable).parent / "rundbord"
    head = [str(script)] if script.exists() else [sys.executable, "-m", "tui.cli"]
    return [*head, *args]


def minimal_argv(*args: str) -> list[str]:
    """The floor: bench/minimal_app.py run as a script by the same interpreter."""
    return [sys.executable, str(ROOT / "bench" / "minimal_app.py"), *args]


def ms(seconds: float) -> float:
    return seconds * 1000


def now() -> float:
    return time.monotonic()


def visible_part(text: str, most: int = 40) -> str:
    """The start of `text` that is drawn on its first line at any width the measures use:
    at most `most` characters, cut at a space."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text.rfind(" ", 0, most)
    return text[: cut if cut > 10 else most]


def guarded(name: str, measure: Callable[[], Sequence[Row] | Row]) -> list[Row]:
    """Run one measure; a failure becomes a row with the error, and the run goes on.

    Each row gets the machine's load average (1 and 5 min) from before and after the measure.
    """
    print(f"{name} ...", file=sys.stderr)
    before = os.getloadavg()
    try:
        got = measure()
    except Exception as exc:  # noqa: BLE001 - reported in the table, never hidden
        traceback.print_exc(file=sys.stderr)
        rows = [Row(f"{name}: the measure failed", error=f"{type(exc).__name__}: {exc}")]
    else:
        rows = [got] if isinstance(got, Row) else list(got)
    after = os.getloadavg()
    for row in rows:
        row.load = f"{before[0]:.2f} / {before[1]:.2f} before, {after[0]:.2f} / {after[1]:.2f} after"
    return rows
