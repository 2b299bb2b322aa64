"""kill -9 of the real facilitator's app (in a terminal) during a meeting.

The app runs as `python -m tui.cli --db FILE --citizen ID` in a pseudo-terminal,
with the demo's next meeting open. The test types like a person: `o` opens
the overall goal (the cursor at the end of its text), a marker is typed, ctrl+s saves. A save
counts as confirmed once the form has closed and another connection reads the
new text. After a few confirmed saves the test types one more, presses ctrl+s
and kills the app at once (mid-save). Afterwards: every confirmed text is in
the file and in the audit log, the in-flight one is there whole or not at all,
the meeting is still open, and `rundbord check` passes.
"""
from __future__ import annotations

import fcntl
import os
import pty
import random
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

from store import Store
from store.enums import MeetingStatus

from .cli_helpers import ROOT, no_traceback, rundbord


class Terminal:
    """The app in a 100x30 pseudo-terminal; everything it prints is kept."""

    def __init__(self, argv: list[str]) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "TEXTUAL_ANIMATIONS": "none", "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT,
                                     close_fds=True, start_new_session=True)
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self._lock = threading.Lock()
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            with self._lock:
                self.output += data

    def mark(self) -> int:
        with self._lock:
            return len(self.output)

    def wait_for_text(self, text: str, since: int, timeout: float = 20) -> None:
        needle = text.encode()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if needle in self.output[since:]:
                    return
            if self.proc.poll() is not None:
                raise AssertionError(f"the app stopped (code {self.proc.returncode})")
            time.sleep(0.01)
        raise AssertionError(f"{text!r} never appeared on the screen")

    def type(self, keys: str | bytes) -> None:
        os.write(self.master, keys.encode() if isinstance(keys, str) else keys)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
        os.close(self.master)


def _overall_goal(db: Path, citizen_id: int) -> str:
    with Store(db, user="reader") as s:
        return s.plan_of(citizen_id).overall_goal


def _wait_saved(db: Path, citizen_id: int, marker: str, term: Terminal, timeout: float = 20) -> None:
    """Until the overall goal in the file ends with `marker` (typed at the end of the text)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _overall_goal(db, citizen_id).endswith(marker):
            return
        if term.proc.poll() is not None:
            raise AssertionError("the app stopped")
        time.sleep(0.01)
    raise AssertionError(f"the save of {marker!r} never reached the file")


def test_kill_9_of_the_app_mid_meeting_loses_nothing_confirmed(demo_db: Path) -> None:
    db = demo_db
    with Store(db, user="test") as s:
        cid = s.list_citizens()[0].id or 0
        plan_id = s.plan_of(cid).id or 0
        planned = [m for m in s.meetings(plan_id) if m.status is MeetingStatus.PLANNED and m.id is not None]
        meeting_id = planned[0].id or 0
        s.open_meeting(meeting_id)
        original = s.plan_of(cid).overall_goal
    term = Terminal([sys.executable, "-m", "tui.cli", "--db", str(db), "--citizen", str(cid), "--user", "mette"])
    confirmed: list[str] = []
    """The overall goal as another connection read it after each confirmed save."""
    rounds = random.Random(11).randint(3, 6)
    try:
        term.wait_for_text("Storskærm", since=0, timeout=30)  # the plan screen's footer
        for i in range(rounds + 1):
            since = term.mark()
            term.type("o")
            term.wait_for_text("Niveau", since)  # the overall goal form is open
            marker = f"ZQ{i}-"
            _type_until_shown(term, marker)
            term.type(b"\x13")  # ctrl+s
            if i == rounds:
                os.killpg(term.proc.pid, signal.SIGKILL)  # mid-save: the last one may or may not be in
                break
            _wait_saved(db, cid, marker, term)
            confirmed.append(_overall_goal(db, cid))
        term.proc.wait(timeout=10)
        assert term.proc.returncode == -signal.SIGKILL
    finally:
        term.close()

    out = rundbord("check", "--db", db)
    no_traceback(out)
    assert out.returncode == 0, out.stdout + out.stderr
    assert len(confirmed) == rounds
    with Store(db, user="test") as s:
        goal = s.plan_of(cid).overall_goal
        # The in-flight save is there whole or not at all.
        assert goal == confirmed[-1] or goal == confirmed[-1] + f"ZQ{rounds}-", goal
        logged = [e for e in s.record_history("plan", plan_id) if e.field == "overall_goal"]
        texts = [e.new_value for e in logged]
        for text in confirmed:
            assert text in texts
        assert texts.index(confirmed[0]) < texts.index(confirmed[-1])
        assert all(e.user == "mette" for e in logged if e.new_value in confirmed)
        assert original in [e.new_value for e in logged] or logged[0].old_value == original
        assert s.get_meeting(meeting_id).status is MeetingStatus.OPEN
        assert s.verify_audit_chain().ok


def _type_until_shown(term: Terminal, marker: str) -> None:
    """Type `marker` into the form (keys typed while it opens wait for it: none is lost), once."""
    since = term.mark()
    term.type(marker)
    term.wait_for_text(marker, since, timeout=20)
