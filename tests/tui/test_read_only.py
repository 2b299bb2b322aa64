"""A file Rundbord cannot write: the app shows it read-only with a banner; the read-only commands work.

Tests run as root here, and root may write a chmod-400 file. So the app's
behaviour is tested twice: in-process on a store opened read-only on purpose
(`Store(read_only=True)`, what `rundbord` opens when it finds the file or its
folder not writable), and as a real process run by an unprivileged user
(`setpriv` to nobody, the system's Python on this checkout) on a file that user
owns with mode 0400, and on one in a folder of mode 0500. Without root (a
developer's machine) the same runs as the user itself.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from screens.forms import FormScreen as EditorScreen
from screens.live import PresentationScreen
from screens.meetings import MeetingFrame
from screens.widgets.banner import ReadOnlyBanner
from store import ReadOnlyDatabase, Store
from store.audit_key import key_file
from store.db import write_problem
from store.enums import MeetingStatus
from store.errors import READ_ONLY_MESSAGE
from tests.conftest import DEMO_TODAY
from tests.screens.meeting_pilot import step_to
from tui.app import build_app

from .cli_helpers import ROOT

NOBODY = 65534
SYSTEM_PYTHON = f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}"
SITE = next(p for p in sys.path if p.endswith("site-packages"))


def _digest(path: Path) -> dict[str, str]:
    out = {}
    for p in (path, path.with_name(path.name + "-wal")):
        out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-"
    return out


def _data(path: Path) -> list[Any]:
    """Every row of every table, the audit log without its access rows (who looked)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        rows: list[Any] = []
        for table in tables:
            where = " WHERE action != 'access'" if table == "audit_log" else ""
            rows.append((table, conn.execute(f"SELECT * FROM [{table}]{where} ORDER BY 1").fetchall()))
        return rows
    finally:
        conn.close()


async def test_the_app_on_a_read_only_store(demo_db: Path, demo_citizen_id: int) -> None:
    with Store(demo_db, user="test") as writable:  # the next meeting was opened (before the file became read-only)
        plan_id = writable.plan_of(demo_citizen_id).id or 0
        writable.open_meeting(next(m.id for m in writable.meetings(plan_id) if m.status is MeetingStatus.PLANNED
                                   and m.id is not None))
    before = _data(demo_db)
    store = Store(demo_db, user="test", read_only=True)
    app = build_app(store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        banner = app.screen.query_one(ReadOnlyBanner)
        assert "Filen er skrivebeskyttet – du kan se, men ikke ændre" in str(banner.render())
        # What the facilitator shows is kept in memory: the mirror follows it.
        assert store.view_state().citizen_id == demo_citizen_id
        await pilot.press("x")  # mark the selected agreement done: refused, no crash
        await pilot.pause()
        assert app.is_running
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, PresentationScreen)
        assert app.screen.content is not None and app.screen.content.citizen_id == demo_citizen_id
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("o")  # the overall goal's editor: a save is refused in place, what was typed kept
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        await pilot.press("end", *"!")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is editor
        assert READ_ONLY_MESSAGE in editor.errors().get("", "")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert app.screen.query(ReadOnlyBanner)
        # In the open meeting: stepping along the agenda works (the projector follows in memory, no
        # message for it); moving an agenda item is refused in Danish; no crash.
        meetings = app.screen.query_one("#meetings", OptionList)
        open_index = next(i for i, m in enumerate(app.screen.meetings)  # type: ignore[attr-defined]
                          if m.status is MeetingStatus.OPEN)
        await step_to(pilot, meetings, open_index)
        await pilot.press("enter")
        await pilot.pause()
        meeting = app.screen
        assert isinstance(meeting, MeetingFrame) and meeting.query(ReadOnlyBanner)
        await step_to(pilot, meeting.query_one("#agenda", OptionList), 1)
        assert meeting.message == ""
        assert store.view_state().agenda_item_id == meeting.items[1].id
        await pilot.press("shift+down")
        await pilot.pause()
        assert app.is_running and READ_ONLY_MESSAGE in meeting.message
        assert meeting.item_index == 1
    store.close()
    # Nothing changed; the file being writable for root, the plan's opening was logged (who looked).
    assert _data(demo_db) == before
    with Store(demo_db) as after:
        assert [a.event for a in after.access_log(demo_citizen_id)][:1] == ["plan_opened"]
    with pytest.raises(ReadOnlyDatabase):
        Store(demo_db, read_only=True).add_note(1, "x")


def _run_as_other_user() -> list[str] | None:
    """The argv prefix that runs a command as a user who cannot write root's files, or None."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None or not os.path.exists(SYSTEM_PYTHON):
        return None
    probe = subprocess.run(
        [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", SYSTEM_PYTHON, "-c",
         "import store, textual"],
        env={"PYTHONPATH": f"{ROOT}:{SITE}", "HOME": "/tmp"}, capture_output=True, timeout=60,
    )
    if probe.returncode != 0:
        return None
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


@pytest.fixture
def as_other_user(tmp_path: Path) -> Any:
    prefix = _run_as_other_user()
    if prefix is None:
        pytest.skip("cannot run a command as an unprivileged user here")
    home = Path(os.environ.get("RUNDBORD_RO_TMP", "/tmp")) / f"rundbord-ro-{os.getpid()}-{time.monotonic_ns()}"
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    # The same audit key as the files were made with (the user's own key file, as on their machine).
    key = home / ".config" / "rundbord" / "audit-key"
    key.parent.mkdir(parents=True, mode=0o700)
    shutil.copyfile(key_file(), key)
    os.chmod(key, 0o600)
    if prefix:
        for p in (home, home / ".config", key.parent, key):
            os.chown(p, NOBODY, NOBODY)
    python = SYSTEM_PYTHON if prefix else sys.executable

    def run(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        env = {"PYTHONPATH": f"{ROOT}:{SITE}", "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
               "XDG_DATA_HOME": str(home / ".data"), "RUNDBORD_TODAY": os.environ["RUNDBORD_TODAY"],
               "RUNDBORD_CATALOG": os.pathsep, "PATH": os.environ.get("PATH", "")}
        return subprocess.run([*prefix, python, "-m", "tui.cli", *map(str, args)], cwd=str(home), env=env,
                              capture_output=True, text=True, timeout=timeout)

    yield home, prefix, run
    shutil.rmtree(home, ignore_errors=True)


def _owned_copy(source: Path, folder: Path, prefix: list[str], mode: int) -> Path:
    """A copy of the demo file in `folder`, owned by the other user, with `mode`."""
    folder.mkdir(exist_ok=True)
    target = folder / "rundbord.db"
    shutil.copyfile(source, target)
    if prefix:
        os.chown(folder, NOBODY, NOBODY)
        os.chown(target, NOBODY, NOBODY)
    os.chmod(target, mode)
    return target


@pytest.mark.slow
@pytest.mark.parametrize("where", ["file-0400", "folder-0500"])
def test_commands_on_a_file_the_user_cannot_write(demo_store: Store, demo_db: Path, demo_citizen_id: int,
                                                  as_other_user: Any, where: str) -> None:
    home, prefix, run = as_other_user
    demo_store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = home / "data"
    db = _owned_copy(demo_db, folder, prefix, 0o400 if where == "file-0400" else 0o600)
    if where == "folder-0500":
        os.chmod(folder, 0o500)
    before = _digest(db)
    try:
        out = run("check", "--db", db)
        assert out.returncode == 0, out.stdout + out.stderr
        assert "Alt er i orden" in out.stdout
        out = run("export", "plan", str(demo_citizen_id), "--db", db)
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith("# ") and "skrivebeskyttet" in out.stderr  # exported; the look not logged
        out = run("due", "--db", db)
        assert out.returncode == 0, out.stderr
        out = run("demo", "--db", db)
        assert out.returncode == 2 and "skrivebeskyttet" in out.stderr, out.stderr
        # The detection the app uses, as that user.
        probe = subprocess.run(
            [*prefix, SYSTEM_PYTHON if prefix else sys.executable, "-c",
             f"from store.db import write_problem; from pathlib import Path; print(write_problem(Path({str(db)!r})))"],
            env={"PYTHONPATH": f"{ROOT}:{SITE}", "HOME": str(home)}, capture_output=True, text=True, timeout=60,
        )
        assert "skrivebeskyttet" in probe.stdout, probe.stdout + probe.stderr
        _app_in_tmux(prefix, home, db, demo_citizen_id)
    finally:
        os.chmod(folder, 0o700)
    after = _digest(db)
    assert after["rundbord.db"] == before["rundbord.db"]
    wal = db.with_name("rundbord.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # SQLite's reader may leave an empty -wal beside it
    assert write_problem(db) is None or not prefix  # root may write it: the point of running as another user


def _app_in_tmux(prefix: list[str], home: Path, db: Path, citizen_id: int) -> None:
    """The real app as that user in a tmux pane: the banner, the plan, and ctrl+q ends it cleanly."""
    tmux = shutil.which("tmux")
    if tmux is None:
        return
    socket = f"rundbord-ro-{os.getpid()}"
    env = (f"PYTHONPATH={ROOT}:{SITE} HOME={home} XDG_CONFIG_HOME={home}/.config "
           f"RUNDBORD_TODAY={os.environ['RUNDBORD_TODAY']} RUNDBORD_CATALOG=: TEXTUAL_ANIMATIONS=none")
    python = SYSTEM_PYTHON if prefix else sys.executable
    command = f"cd {ROOT} && env {env} {python} -m tui.cli --db {db} --citizen {citizen_id}; echo EXIT=$?; sleep 60"
    base = [*prefix, tmux, "-L", socket]
    try:
        # tmux starts the pane with $SHELL, else the user's login shell: nobody's is nologin.
        subprocess.run([*base, "new-session", "-d", "-x", "100", "-y", "30", command], check=True, timeout=30,
                       env={**os.environ, "TMUX_TMPDIR": str(home), "SHELL": "/bin/sh"})
        screen = _wait_for(base, home, "Filen er skrivebeskyttet")
        assert "Nanna Kildegaard" in screen, screen
        subprocess.run([*base, "send-keys", "C-q"], check=True, timeout=30, env={**os.environ, "TMUX_TMPDIR": str(home)})
        screen = _wait_for(base, home, "EXIT=")
        assert "EXIT=0" in screen and "Traceback" not in screen, screen
    finally:
        subprocess.run([*base, "kill-server"], capture_output=True, timeout=30,
                       env={**os.environ, "TMUX_TMPDIR": str(home)})


def _wait_for(base: list[str], home: Path, text: str) -> str:
    deadline = time.monotonic() + 60
    screen = ""
    while time.monotonic() < deadline:
        out = subprocess.run([*base, "capture-pane", "-p"], capture_output=True, text=True, timeout=30,
                             env={**os.environ, "TMUX_TMPDIR": str(home)})
        screen = out.stdout
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never showed:\n{screen}")
