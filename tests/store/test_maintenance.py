"""`integrity_report` and `backup` on real files."""
from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from store import DatabaseProblem, Store
from store.maintenance import BackupFailed, backup, integrity_report

from ..conftest import DEMO_TODAY


def _demo(path: Path) -> None:
    from store.demo import write_demo

    with Store(path, user="test") as s:
        write_demo(s, DEMO_TODAY)


def test_report_ok_on_demo(db_path: Path) -> None:
    _demo(db_path)
    report = integrity_report(db_path)
    assert report.ok, report.text()
    text = report.text()
    assert "Alt er i orden" in text
    for word in ("Rettigheder", "Filens opbygning", "Henvisninger", "Ændringsloggen"):
        assert word in text


def test_report_finds_broken_references(db_path: Path) -> None:
    _demo(db_path)
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE goal SET plan_id = 9999 WHERE id = 1")
    conn.close()
    report = integrity_report(db_path)
    assert not report.ok
    # The reference is broken, and the goal's plan is not what the audit log says it became.
    assert [p.name for p in report.problems] == ["Henvisninger", "Data mod loggen"]
    assert "goal" in report.text() and "Fandt 2 problemer" in report.text()
    assert "Delmål nr. 1: plan er '9999' i filen" in report.text()


def test_report_finds_a_tampered_audit_log(db_path: Path) -> None:
    _demo(db_path)
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET new_value = 'forfalsket' WHERE id = 7")
    conn.close()
    report = integrity_report(db_path)
    assert [p.name for p in report.problems] == ["Ændringsloggen", "Loggens beskyttelse", "Data mod loggen"]
    assert "række 7" in report.text() and "audit_log_no_update (mangler)" in report.text()


def test_report_finds_open_permissions(db_path: Path) -> None:
    _demo(db_path)
    os.chmod(db_path, 0o644)
    report = integrity_report(db_path)
    assert [p.name for p in report.problems] == ["Rettigheder"]
    assert f"chmod 600 '{db_path}'" in report.text()


def test_report_on_damaged_pages(db_path: Path) -> None:
    _demo(db_path)
    with Store(db_path) as s:
        s.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db_path.stat().st_size
    with open(db_path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(os.urandom(8192))
    try:
        report = integrity_report(db_path)
    except DatabaseProblem as exc:
        assert "Rundbord-database" in exc.message
    else:
        assert not report.ok
        assert "beskadiget" in report.text() or "kunne ikke" in report.text()


@pytest.mark.parametrize("kind", ["missing", "directory", "random", "foreign", "newer", "empty", "older"])
def test_report_refuses_what_cannot_be_opened(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.db"
    if kind == "empty":
        path.touch()
    elif kind == "older":
        from .test_migrations import load_v1

        load_v1(path)
    if kind == "directory":
        path.mkdir()
    elif kind == "random":
        path.write_bytes(os.urandom(4096))
    elif kind == "foreign":
        conn = sqlite3.connect(str(path))
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        Store(path).close()
        conn = sqlite3.connect(str(path))
        conn.execute("PRAGMA user_version=999")
        conn.close()
    with pytest.raises(DatabaseProblem) as info:
        integrity_report(path)
    assert str(path) in info.value.message
    if kind == "missing":
        assert not path.exists()  # a check never creates a database
    if kind == "empty":
        assert "ikke en Rundbord-database" in info.value.message and path.stat().st_size == 0
    if kind == "older":
        assert "åbn filen i Rundbord for at opgradere den" in info.value.message


def test_backup_is_a_private_consistent_single_file(db_path: Path, tmp_path: Path) -> None:
    _demo(db_path)
    target = tmp_path / "kopi" / "backup.db"
    target.parent.mkdir()
    with Store(db_path, user="test") as s:
        n = len(s.citizen_log(1))
        assert backup(s, target) == target
        s.create_citizen("Efter Kopien")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["backup.db"]
    assert integrity_report(target).ok
    with Store(target) as copy:
        assert len(copy.citizen_log(1)) == n
        assert [c.name for c in copy.list_citizens()] == ["Nanna Kildegaard"]


def test_backup_overwrites_with_private_mode(db_path: Path, tmp_path: Path) -> None:
    _demo(db_path)
    target = tmp_path / "old.db"
    target.write_text("gammel")
    os.chmod(target, 0o644)
    with Store(db_path) as s:
        backup(s, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert integrity_report(target).ok


@pytest.mark.parametrize("where", ["directory", "itself", "parent_is_file", "no_parent", "proc"])
def test_backup_refuses_bad_targets(db_path: Path, tmp_path: Path, where: str) -> None:
    _demo(db_path)
    (tmp_path / "fil.txt").write_text("x")
    target = {
        "directory": tmp_path,
        "itself": db_path,
        "parent_is_file": tmp_path / "fil.txt" / "b.db",
        "no_parent": tmp_path / "findes-ikke" / "b.db",
        "proc": Path("/proc/rundbord-backup.db"),
    }[where]
    with Store(db_path) as s:
        with pytest.raises(BackupFailed) as info:
            backup(s, target)
    assert info.value.message
    assert not info.value.message.startswith("[Errno")
    assert integrity_report(db_path).ok
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
