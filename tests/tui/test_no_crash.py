"""No crash reaches the screen: a save the store cannot do, and an error nobody expected.

- Another process holds the write lock while the app saves (the file busy
  beyond its timeout): the Danish message is in the form, what was typed
  stays, nothing is written, and the app goes on (the save works once the
  lock is gone).
- An unexpected exception in the real app in a real terminal: a Danish
  message that names a private log file and shows nothing of the plan, the
  traceback in that 0600 file, exit code 70, and none of Textual's traceback
  (which prints every frame's local variables) on the screen.
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from textual.widgets import TextArea

from screens.editors import OverallGoalEditor
from screens.plan import PlanScreen
from store import Store
from tests.conftest import DEMO_TODAY
from tests.keys import keys_for
from tui.app import build_app

from .test_crash_app import Terminal

BUSY = "Databasen er optaget af et andet program lige nu. Intet er gemt; prøv igen om et øjeblik."


def _hold_write_lock(db: Path) -> subprocess.Popen[str]:
    """A second process that takes the file's write lock and keeps it until told (a line on stdin)."""
    script = textwrap.dedent("""
        import sqlite3, sys
        c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
        c.execute("BEGIN IMMEDIATE")
        print("locked", flush=True)
        sys.stdin.readline()
        c.execute("ROLLBACK")
    """)
    proc = subprocess.Popen([sys.executable, "-c", script, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def _dump(db: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


async def test_a_save_while_another_process_holds_the_lock(demo_db: Path, demo_citizen_id: int) -> None:
    store = Store(demo_db, user="test")
    app = build_app(store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        await pilot.press("o", *keys_for(" Og en fast rytme."))
        editor = app.screen
        assert isinstance(editor, OverallGoalEditor)
        typed = editor.raw("overall_goal")
        assert typed.endswith("i en butik. Og en fast rytme.")
        before = _dump(demo_db)
        locker = _hold_write_lock(demo_db)
        try:
            await pilot.press("ctrl+s")  # waits out the busy timeout, then the store says why
            await pilot.pause()
            assert app.screen is editor, "the form stays open"
            assert editor.errors() == {"": BUSY}
            assert editor.raw("overall_goal") == typed
            assert isinstance(editor.focused, TextArea)
        finally:
            assert locker.stdin is not None
            locker.stdin.write("go\n")
            locker.stdin.flush()
            locker.wait(timeout=30)
        assert _dump(demo_db) == before, "nothing was written"
        assert app.return_code is None, "the app goes on"
        # The lock is gone: the same form saves what was typed.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
    assert store.plan_of(demo_citizen_id).overall_goal == typed
    store.close()


async def test_a_store_refusal_outside_a_form_is_a_message(demo_db: Path, demo_citizen_id: int) -> None:
    """Any key's action (here: x on the board) that meets a busy file says so in Danish; the app goes on."""
    store = Store(demo_db, user="test")
    app = build_app(store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    said: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        original = app.notify

        def keep(message: str, *args: object, **kw: object) -> None:
            said.append(str(message))
            original(message, *args, **kw)  # type: ignore[arg-type]

        app.notify = keep  # type: ignore[method-assign]
        await pilot.press("tab")  # to the board
        assert screen.focused is screen.board
        aid = screen.selected_agreement_id()
        assert aid is not None
        before = store.get_agreement(aid)
        locker = _hold_write_lock(demo_db)
        try:
            await pilot.press("x")
            await pilot.pause()
        finally:
            assert locker.stdin is not None
            locker.stdin.write("go\n")
            locker.stdin.flush()
            locker.wait(timeout=30)
        assert BUSY in said
        assert app.screen is screen and app.return_code is None
        assert store.get_agreement(aid) == before
    store.close()


CRASHING_APP = """
import sys
from screens.plan import PlanScreen
from tui.cli import main

def overall_goal(self):
    secret = self.view.plan.overall_goal  # plan text in a local variable, as any screen holds
    raise RuntimeError("noget gik galt: " + secret)

PlanScreen.action_overall_goal = overall_goal
sys.exit(main(sys.argv[1:]))
"""


def test_an_unexpected_error_shows_danish_and_no_plan_data(demo_db: Path, demo_citizen_id: int, tmp_path: Path) -> None:
    with Store(demo_db, user="test") as s:
        goal = s.plan_of(demo_citizen_id).overall_goal
        name = s.get_citizen(demo_citizen_id).name
    data_dir = Path(os.environ["XDG_DATA_HOME"]) / "rundbord"
    before = set(data_dir.glob("fejl-*.log")) if data_dir.exists() else set()
    term = Terminal([sys.executable, "-c", CRASHING_APP, "--db", str(demo_db), "--citizen", str(demo_citizen_id)])
    try:
        term.wait_for_text("Storskærm", since=0, timeout=30)  # the plan screen's key bar
        term.type("o")
        deadline = time.monotonic() + 30
        while term.proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert term.proc.returncode == 70
        time.sleep(0.2)  # the last output from the pseudo-terminal
        shown = bytes(term.output).decode("utf-8", "replace")
    finally:
        term.close()
    logs = sorted(set(data_dir.glob("fejl-*.log")) - before)
    assert len(logs) == 1, logs
    log = logs[0]
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert "RuntimeError" in log.read_text(encoding="utf-8")
    flat = " ".join(shown.split())
    assert "Rundbord stødte på en uventet fejl" in flat
    after = flat.split("Rundbord stødte på en uventet fejl", 1)[1]
    assert log.name in after
    # Nothing of Textual's crash output, and nothing from the plan, with or after the message.
    assert "Traceback" not in shown and "RuntimeError" not in shown and "secret" not in shown
    assert goal[:25] not in after and name not in after
