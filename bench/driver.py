"""Child processes of the benchmark (run as a script, one measure per process).

    python bench/driver.py startup minimal RESULT.json
    python bench/driver.py startup app RESULT.json -- --db PATH [--citizen N]
    python bench/driver.py view -- --db PATH view --citizen N --status-file FILE

`startup` runs the app headless the way `rundbord` does (through `tui.cli.main`,
with `App.run` wrapped to add `headless=True` and an autopilot) and writes to
RESULT the wall-clock time (`time.time()`) when the first screen is ready:
the screen has processed its pending messages and started workers are done.
The parent subtracts the time it spawned the process.

`view` runs a command (`rundbord view ...`) headless until it is killed.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SIZE = (160, 48)
WORKER_GRACE_S = 2.0


def _ready_pilot(result: Path, extra: dict[str, Any]) -> Any:
    async def auto_pilot(pilot: Any) -> None:
        import asyncio
        import resource

        await pilot.pause()
        deadline = time.monotonic() + WORKER_GRACE_S
        waited_out: list[str] = []
        while True:
            busy = [w for w in pilot.app.workers if not w.is_finished]
            if not busy:
                break
            if time.monotonic() > deadline:
                waited_out = [w.name or repr(w) for w in busy]
                break
            await asyncio.sleep(0.002)
        await pilot.pause()
        ready = time.time()
        extra.update(
            ready=ready,
            screen=type(pilot.app.screen).__name__,
            workers_still_running=waited_out,
            maxrss_kib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        )
        result.write_text(json.dumps(extra), encoding="utf-8")
        pilot.app.exit()

    return auto_pilot


def startup(kind: str, result: Path, cli_args: list[str]) -> int:
    extra: dict[str, Any] = {}
    pilot = _ready_pilot(result, extra)
    if kind == "minimal":
        from bench.minimal_app import MinimalApp

        MinimalApp().run(headless=True, size=SIZE, auto_pilot=pilot)
        return 0
    from textual.app import App

    original = App.run

    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        kwargs.update(headless=True, size=SIZE, auto_pilot=pilot)
        return original(self, *args, **kwargs)

    App.run = run  # type: ignore[method-assign]
    from tui.cli import main

    return main(cli_args)


def headless(cli_args: list[str]) -> int:
    """Run a `rundbord` command whose app runs headless until the process is killed."""
    from textual.app import App

    original = App.run

    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        kwargs.update(headless=True, size=SIZE)
        return original(self, *args, **kwargs)

    App.run = run  # type: ignore[method-assign]
    from tui.cli import main

    return main(cli_args)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    mode = argv[0]
    if mode == "startup":
        rest = argv[3:]
        if rest[:1] == ["--"]:
            rest = rest[1:]
        return startup(argv[1], Path(argv[2]), rest)
    if mode == "view":
        rest = argv[1:]
        return headless(rest[1:] if rest[:1] == ["--"] else rest)
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
