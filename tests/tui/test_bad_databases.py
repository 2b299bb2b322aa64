"""Every command, given a database it cannot use, says so in Danish and exits 2.

Missing, a directory, random bytes, another program's SQLite file, a file from
a newer Rundbord, an unwritable system file: never a traceback, never a
terminal taken over, never a file created or changed.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from store import Store
from tui.cli import main

from .cli_helpers import no_traceback, rundbord, rundbord_here

COMMANDS: dict[str, list[str]] = {
    "app": [],
    "view": ["view"],
    "serve": ["serve", "--port", "9"],
    "export-minutes": ["export", "minutes", "1"],
    "export-plan": ["export", "plan", "1"],
    "export-log": ["export", "log", "1"],
    "check": ["check"],
    "reindex": ["reindex"],
    "backup": ["backup", "BACKUP"],
    "due": ["due"],
    "demo": ["demo"],
}
CREATES_ON_PURPOSE = {"app", "demo"}
"""The app and `demo` start a new database when the file is missing (first use)."""

KINDS = ["missing", "directory", "random", "foreign", "newer", "system-file", "uncreatable"]
DANISH = ("findes ikke", "er en mappe", "kan ikke læses", "ikke en Rundbord-database", "nyere version",
          "Kan ikke oprette")


def _make(kind: str, tmp_path: Path) -> Path:
    if kind == "missing":
        return tmp_path / "findes-ikke.db"
    if kind == "directory":
        d = tmp_path / "mappe.db"
        d.mkdir()
        return d
    if kind == "random":
        p = tmp_path / "støj.db"
        p.write_bytes(os.urandom(8192))
        return p
    if kind == "foreign":
        p = tmp_path / "fremmed.db"
        c = sqlite3.connect(p)
        c.execute("CREATE TABLE noter (id INTEGER PRIMARY KEY, tekst TEXT)")
        c.execute("INSERT INTO noter (tekst) VALUES ('ikke rundbord')")
        c.commit()
        c.close()
        return p
    if kind == "newer":
        p = tmp_path / "nyere.db"
        Store(p, user="test").close()
        c = sqlite3.connect(p)
        c.execute("PRAGMA user_version = 999")
        c.commit()
        c.close()  # the last connection checkpoints the WAL into the file
        return p
    if kind == "system-file":
        return Path("/proc/version")
    if kind == "uncreatable":
        return Path("/proc/rundbord/ny.db")
    raise AssertionError(kind)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "-"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_refuses_an_unusable_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, kind: str
) -> None:
    if kind == "missing" and command in CREATES_ON_PURPOSE:
        pytest.skip("the app and demo create a new database on purpose (see test_missing_database_is_created)")
    db = _make(kind, tmp_path)
    before = _digest(db) if kind != "system-file" else ""
    backup = tmp_path / "kopi.db"
    argv = [str(backup) if a == "BACKUP" else a for a in COMMANDS[command]]
    code = main([*argv, "--db", str(db)])
    captured = capsys.readouterr()
    assert code == 2, (command, kind, captured.err)
    assert captured.err.startswith("rundbord: "), captured.err
    assert any(word in captured.err for word in DANISH), captured.err
    assert "Traceback" not in captured.err + captured.out
    assert "\x1b[" not in captured.out, "a screen was started"
    if kind == "missing":
        assert not db.exists()
    elif kind != "system-file":
        assert _digest(db) == before
    assert not backup.exists()


@pytest.mark.parametrize("kind", ["random", "newer", "directory"])
def test_real_processes_print_no_traceback(tmp_path: Path, kind: str) -> None:
    """The same as real processes (the app and the view, which would otherwise take the terminal)."""
    db = _make(kind, tmp_path)
    for argv in ([], ["view"], ["serve", "--port", "9"]):
        out = rundbord(*argv, "--db", db)
        no_traceback(out)
        assert out.returncode == 2, (argv, out.stderr)
        assert out.stderr.startswith("rundbord: ") and out.stdout == ""


def test_missing_database_is_created_by_demo_only_where_asked(tmp_path: Path) -> None:
    """`demo` makes a new private file; `due` and `view` on a missing file create nothing."""
    db = tmp_path / "ny" / "rundbord.db"
    for argv in (["due"], ["view"]):
        out = rundbord_here(*argv, "--db", db)
        assert out.returncode == 2 and "findes ikke" in out.stderr, out.stderr
        assert not db.exists() and not db.parent.exists()
    out = rundbord("demo", "--db", db)  # a real process: the file and folder modes it leaves
    assert out.returncode == 0, out.stderr
    assert db.is_file() and (db.stat().st_mode & 0o777) == 0o600
    assert (db.parent.stat().st_mode & 0o777) == 0o700
