"""The engine seam: one Store over an engine; the location picks it."""
from __future__ import annotations

from pathlib import Path

import pytest

from store import DatabaseProblem, Store
from store.location import is_url, parse_location, shown


@pytest.mark.sqlite_only
def test_a_sqlite_file_is_the_sqlite_engine(store: Store, empty_db: Path) -> None:
    assert store.engine_name == "SQLite"
    assert store.path == empty_db and store.location == empty_db and store.where == str(empty_db)


def test_an_unreachable_server_is_said_in_danish_without_its_password() -> None:
    url = "postgresql://anna:hemmeligt@127.0.0.1:1/rundbord?sslmode=disable&connect_timeout=3"
    assert is_url(url) and parse_location(url) == url and not is_url("postgresql.db")
    with pytest.raises(DatabaseProblem) as refused:
        Store(url)
    assert refused.value.message.startswith("Kan ikke forbinde til databasen postgresql://anna:•••@127.0.0.1:1/")
    assert "hemmeligt" not in refused.value.message
    assert shown("postgresql://anna:hemmeligt@db.kommune.example:5432/rundbord?sslmode=verify-full") == (
        "postgresql://anna:•••@db.kommune.example:5432/rundbord?sslmode=verify-full")


def test_a_path_that_looks_like_a_url_without_the_scheme_is_a_file(tmp_path: Path) -> None:
    assert parse_location(str(tmp_path / "postgresql")) == tmp_path / "postgresql"
