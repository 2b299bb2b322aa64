"""Commands that only read never write (finding 5 of issue 16).

check, export, view, serve, due and backup open the file with SQLite's
mode=ro. A zero-byte file is "ikke en Rundbord-database" and stays zero bytes;
a file of an older schema is refused with "åbn filen i Rundbord for at
opgradere den" and stays byte for byte as it was (only `backup` copies it, as
it is). The app and `rundbord upgrade` upgrade it, after writing a copy beside
it. Directories Rundbord makes are 0700 whatever the umask.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from store import Store
from store.schema import SCHEMA_VERSION
from tests.store.test_migrations import load_v1
from tui.cli import main

from .cli_helpers import rundbord, rundbord_here

READERS: dict[str, list[str]] = {
    "view": ["view"],
    "serve": ["serve", "--port", "9"],
    "export-minutes": ["export", "minutes", "1"],
    "export-plan": ["export", "plan", "1"],
    "export-log": ["export", "log", "1"],
    "check": ["check"],
    "due": ["due"],
}


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("command", list(READERS))
def test_a_zero_byte_file_is_not_a_rundbord_database(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     command: str) -> None:
    db = tmp_path / "tom.db"
    db.touch()
    code = main([*READERS[command], "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("rundbord: ") and "ikke en Rundbord-database" in err, err
    assert db.stat().st_size == 0 and [p.name for p in tmp_path.iterdir()] == ["tom.db"]


@pytest.mark.parametrize("command", list(READERS))
def test_an_older_file_is_refused_and_left_as_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    command: str) -> None:
    db = tmp_path / "gammel.db"
    load_v1(db)
    before = _files(tmp_path)
    code = main([*READERS[command], "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "åbn filen i Rundbord for at opgradere den" in err, err
    assert _files(tmp_path) == before


def test_backup_copies_an_older_file_as_it_is(tmp_path: Path) -> None:
    db = tmp_path / "gammel.db"
    load_v1(db)
    before = _files(tmp_path)
    out = rundbord_here("backup", tmp_path / "kopi.db", "--db", db)
    assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(tmp_path / "kopi.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2  # tests/data/schema_v1.sql is schema 2
    conn.close()
    assert {k: v for k, v in _files(tmp_path).items() if k != "kopi.db"} == before


def test_upgrade_writes_a_copy_beside_the_file_first(tmp_path: Path) -> None:
    db = tmp_path / "gammel.db"
    counts = load_v1(db)
    out = rundbord_here("upgrade", "--db", db)
    assert out.returncode == 0, out.stderr
    copies = sorted(tmp_path.glob("gammel.backup-v2-*.db"))
    assert len(copies) == 1 and str(copies[0]) in out.stdout and f"skema {SCHEMA_VERSION}" in out.stdout
    copy = sqlite3.connect(copies[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 2  # the file as it was
    assert copy.execute("SELECT count(*) FROM audit_log").fetchone()[0] == counts["audit_log"]
    copy.close()
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    with Store(db, read_only=True) as s:
        assert s.db.schema_version == SCHEMA_VERSION
        for table, n in counts.items():
            assert s.db.query(f"SELECT count(*) FROM [{table}]")[0][0] >= n, table
        chain = s.verify_audit_chain()
        assert chain.ok, chain.message
        assert "fra før nøglen" in chain.message  # the old rows keep their unkeyed hashes
    out = rundbord_here("check", "--db", db)
    assert out.returncode == 0, out.stdout
    out = rundbord_here("upgrade", "--db", db)
    assert out.returncode == 0 and "allerede opdateret" in out.stdout
    assert len(sorted(tmp_path.glob("gammel.backup-v2-*.db"))) == 1


def test_the_app_upgrades_with_a_copy_beside_it(tmp_path: Path) -> None:
    db = tmp_path / "gammel.db"
    load_v1(db)
    with Store(db) as s:  # what the app opens
        assert s.db.upgrade_backup is not None and s.db.upgrade_backup.parent == tmp_path
        assert any("opgraderet fra skema 2" in w for w in s.warnings)


def test_new_folders_are_private_whatever_the_umask(tmp_path: Path) -> None:
    db = tmp_path / "a" / "b" / "c" / "rundbord.db"
    old = os.umask(0)
    try:
        out = rundbord("demo", "--db", db)  # a real process at umask 000
    finally:
        os.umask(old)
    assert out.returncode == 0, out.stderr
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    key_dir = Path(os.environ["XDG_CONFIG_HOME"]) / "rundbord"
    assert stat.S_IMODE(key_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((key_dir / "audit-key").stat().st_mode) == 0o600
