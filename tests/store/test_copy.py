"""`rundbord copy` (SQLite -> PostgreSQL and back: every row and the audit chain; `check` passes on the
copy) and `rundbord backup` of a PostgreSQL database (one SQLite file of the whole database)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store import Store
from store.copying import TABLES, CopyRefused, copy_database
from store.engine import quote
from store.maintenance import backup, integrity_report
from tests.conftest import TEST_USER
from tui.cli import main


def _everything(location: str | Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every Rundbord table, by table, in id order."""
    with Store(location, user=TEST_USER, read_only=True) as s:
        engine = s.db.engine
        return {t: [tuple(r) for r in engine.fetchall(f"SELECT * FROM {quote(t)} ORDER BY id")] for t in TABLES}


def test_a_file_copied_into_postgresql_and_back_is_the_same_and_checks(
    demo_db: Path, pg_blank_url: str, tmp_path: Path
) -> None:
    copied = copy_database(demo_db, pg_blank_url, user=TEST_USER)
    assert copied.rows > 500 and copied.audit_rows > 400
    report = integrity_report(pg_blank_url, user=TEST_USER)
    assert report.ok, report.text()
    back = tmp_path / "tilbage.db"
    again = copy_database(pg_blank_url, back, user=TEST_USER)
    assert again == copied
    assert integrity_report(back, user=TEST_USER).ok
    original = _everything(demo_db)
    assert _everything(pg_blank_url) == original == _everything(back)
    assert back.stat().st_mode & 0o777 == 0o600


def test_the_copy_goes_on_where_the_source_stopped(demo_db: Path, pg_blank_url: str) -> None:
    copy_database(demo_db, pg_blank_url, user=TEST_USER)
    with Store(pg_blank_url, user=TEST_USER) as s:
        highest = int(s.db.engine.fetchall("SELECT max(id) FROM citizen")[0][0])
        c = s.create_citizen("Ny Borger Efter Kopien")
        assert c.id is not None and c.id > highest
        assert s.list_citizens("efter kopien")[0].id == c.id  # the search index was built on the copy
        assert s.verify_audit_chain().ok


def test_a_copy_never_writes_over_data(demo_db: Path, pg_demo_url: str, tmp_path: Path) -> None:
    with pytest.raises(CopyRefused, match="har allerede Rundbord-data"):
        copy_database(demo_db, pg_demo_url, user=TEST_USER)
    with pytest.raises(CopyRefused, match="findes allerede"):
        copy_database(pg_demo_url, demo_db, user=TEST_USER)
    with pytest.raises(CopyRefused, match="samme database"):
        copy_database(demo_db, demo_db, user=TEST_USER)


def test_backup_of_postgresql_is_one_sqlite_file_of_everything(pg_demo_url: str, tmp_path: Path) -> None:
    target = tmp_path / "kopi.db"
    with Store(pg_demo_url, user=TEST_USER, read_only=True) as s:
        assert backup(s, target) == target
    assert target.stat().st_mode & 0o777 == 0o600
    assert not target.with_name("kopi.db-wal").exists()
    assert sqlite3.connect(target).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert _everything(target) == _everything(pg_demo_url)
    report = integrity_report(target, user=TEST_USER)
    assert report.ok, report.text()


def test_the_copy_command_says_what_it_did_without_the_password(
    demo_db: Path, pg_blank_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["copy", str(demo_db), pg_blank_url]) == 0
    out = capsys.readouterr().out
    assert "Kopieret" in out and "Alt er i orden." in out
    assert "rundbord-test" not in out and ":•••@" in out
    assert main(["copy", str(demo_db), pg_blank_url]) == 2
    err = capsys.readouterr().err
    assert "har allerede Rundbord-data" in err and "rundbord-test" not in err
    assert main(["check", "--db", pg_blank_url]) == 0
    assert main(["backup", "--db", pg_blank_url, str(tmp_path / "b.db")]) == 0
    assert main(["check", "--db", str(tmp_path / "b.db")]) == 0
