"""The live view as a separate OS process on a real file: changes from this
process show up there. Prints the measured latency (commit -> painted)."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import statistics
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path
from typing import Any

from store import Store

CHANGES = 20


def _read_status(path: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data
    except (OSError, ValueError):
        return None


def _wait_for(path: Path, predicate: Any, timeout: float) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = _read_status(path)
        if status is not None and predicate(status):
            return status
        time.sleep(0.001)
    raise AssertionError(f"the view did not show it within {timeout} s; last status: {_read_status(path)}")


def _start_view(db_path: Path, status: Path, *extra: str) -> tuple[subprocess.Popen[bytes], int]:
    """`python -m tui.cli view` in a pseudo-terminal of 100x30 (as in a real terminal)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "TEXTUAL_ANIMATIONS": "none"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "view", "--db", str(db_path), "--status-file", str(status), *extra],
        stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True,
    )
    os.close(slave)

    def drain() -> None:  # keep the terminal's buffer empty so the view never blocks
        while True:
            try:
                if not os.read(master, 65536):
                    return
            except OSError:
                return

    threading.Thread(target=drain, daemon=True).start()
    return proc, master


def test_changes_from_another_process_appear_in_the_view(
    demo_store: Store, demo_citizen_id: int, db_path: Path, tmp_path: Path
) -> None:
    status = tmp_path / "status.json"
    writer = Store(db_path, user="facilitator")
    writer.set_focus(citizen_id=demo_citizen_id)
    plan = writer.plan_of(demo_citizen_id)
    assert plan.id is not None
    proc, master = _start_view(db_path, status)
    try:
        _wait_for(status, lambda s: s["citizen_id"] == demo_citizen_id, timeout=30)
        latencies: list[float] = []
        for i in range(CHANGES):
            text = f"Jeg vil arbejde {i + 1} timer om ugen i en butik."
            writer.set_overall_goal(plan.id, text, "trade")
            committed = time.monotonic()
            seen = _wait_for(status, lambda s, text=text: s["overall_goal"] == text, timeout=10)
            latencies.append((seen["seen_at"] - committed) * 1000)
            time.sleep(0.03)  # let the facilitator "type" the next change
        median, worst = statistics.median(latencies), max(latencies)
        print(f"\nlive view latency over {CHANGES} changes (commit -> painted): "
              f"median {median:.1f} ms, max {worst:.1f} ms")
        assert worst < 5000  # a sanity bound only; the figures are printed
        # Following the facilitator: a new focus (another citizen) is followed.
        other = writer.create_citizen("Ida Testesen")
        writer.set_focus(citizen_id=other.id)
        _wait_for(status, lambda s: s["name"] == "Ida Testesen", timeout=10)
        assert proc.poll() is None
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        os.close(master)
        writer.close()
