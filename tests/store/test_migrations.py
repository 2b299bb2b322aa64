"""An older file opens, is upgraded, and keeps every row."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store import DatabaseProblem, Store
from store.schema import SCHEMA_VERSION

V1 = Path(__file__).resolve().parents[1] / "data" / "schema_v1.sql"


def load_v1(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    conn.executescript(V1.read_text(encoding="utf-8"))
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    counts = {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}
    conn.close()
    path.chmod(0o600)
    return counts


def test_v1_file_opens_with_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    counts = load_v1(path)
    assert counts["citizen"] == 1 and counts["scale_reading"] > 0
    with Store(path) as s:
        assert s.db.schema_version == SCHEMA_VERSION
        for table, n in counts.items():
            assert s.db.query(f"SELECT count(*) FROM [{table}]")[0][0] >= n, table
        view = s.plan_view(1)
        assert view.citizen.name == "Nanna Kildegaard"
        assert len(view.goals) == 5


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(DatabaseProblem, match="nyere version"):
        Store(path)


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(DatabaseProblem):
        Store(path)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem, match="mappe"):
        Store(tmp_path)
