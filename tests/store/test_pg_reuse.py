"""A worker's PostgreSQL database is reused from test to test (tests/pg_reuse.py): prove that no test
sees what the test before it did.

"As it was made" is checked against a new copy of the same template: every table's rows, every
sequence's position (the next id), the catalogue, the schema version. The two fixture tests at the end
both check that and then leave a mess; `test_the_fixture_tests_in_both_orders` runs them one after the
other in one process, in both orders, on the same database.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest

from store import Store
from store.schema import SCHEMA_VERSION
from tests.conftest import TEST_USER
from tests.engines import PgServer, _server
from tests.pg_reuse import FINGERPRINT_SQL

ROOT = Path(__file__).resolve().parents[2]
_SEEN = "RUNDBORD_TEST_PG_REUSE_SEEN"
"""A file the fixture tests append the database they were given to (set by the test that runs them)."""


def _contents(url: str) -> dict[str, Any]:
    """Everything a test could read: each table's rows (sorted), each sequence's position, the catalogue."""
    with psycopg.connect(url, autocommit=True) as conn:
        tables = [str(r[0]) for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")]
        rows = {t: sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{t}"')) for t in tables}
        sequences = conn.execute("SELECT sequencename, last_value FROM pg_sequences ORDER BY 1").fetchall()
        catalogue = conn.execute(FINGERPRINT_SQL).fetchone()
    return {"rows": rows, "sequences": sequences, "catalogue": catalogue}


_NEW: dict[str, dict[str, Any]] = {}


def _new_copy(server: PgServer, kind: str) -> dict[str, Any]:
    """What a new copy of the template of `kind` holds (read once per process)."""
    if kind not in _NEW:
        name, url = server.database(kind)
        try:
            _NEW[kind] = _contents(url)
        finally:
            server.drop(name)
    return _NEW[kind]


_LEFT_OPEN: list[psycopg.Connection[Any]] = []
"""Sessions the fixture tests leave open for the fixture to end (kept here, not collected mid-run)."""


def _mess_up(url: str, n: int) -> psycopg.Connection[Any]:
    """Write through the store and behind its back; return a session left open, holding things."""
    with Store(url, user=TEST_USER) as s:
        for i in range(n):
            s.create_citizen(f"Rodet Borger {i}")
    left_open = psycopg.connect(url, autocommit=True)
    left_open.execute("LISTEN rundbord")
    left_open.execute("SELECT pg_advisory_lock(4242)")
    left_open.execute("CREATE TEMPORARY TABLE kladde (x int)")
    left_open.execute("SELECT nextval('citizen_id_seq')")
    left_open.execute("INSERT INTO rundbord_meta (key, value) VALUES ('rodet', 'ja')")
    return left_open


def _next_citizen_id(url: str) -> int | None:
    with Store(url, user=TEST_USER) as s:
        return s.create_citizen("Ny Borger").id


@pytest.fixture
def server(pg_server: PgServer | None) -> PgServer:
    found = _server(pg_server)
    if found.fresh_each_test:
        pytest.skip("RUNDBORD_TEST_PG_FRESH=1: every test has a new database")
    return found


@pytest.mark.parametrize("kinds", [("empty", "demo"), ("demo", "empty")])
def test_a_copy_given_back_is_as_it_was_made(server: PgServer, kinds: tuple[str, str]) -> None:
    for kind in kinds:
        expected = _new_copy(server, kind)
        url = server.lease(kind)
        made = server.made[kind]
        assert _contents(url) == expected
        left_open = _mess_up(url, 3)
        assert _contents(url) != expected  # the mess is there to be cleared
        server.give_back(kind)
        assert left_open.closed or left_open.broken or _is_ended(left_open)
        assert server.lease(kind) == url and server.made[kind] == made  # the same database, reused
        assert _contents(url) == expected
        with Store(url, user=TEST_USER) as s:  # opens without a migration: the schema version is intact
            assert s.db.engine.fetchall("SELECT value FROM rundbord_meta WHERE key = 'schema_version'") == [
                (str(SCHEMA_VERSION),)]
        fresh = server.database(kind)
        try:
            assert _next_citizen_id(url) == _next_citizen_id(fresh[1])  # ids go on as in a new copy
        finally:
            server.drop(fresh[0])
        server.give_back(kind)
        left_open.close()


def _is_ended(conn: psycopg.Connection[Any]) -> bool:
    try:
        conn.execute("SELECT 1")
    except psycopg.OperationalError:
        return True
    return False


@pytest.mark.parametrize("change", [
    "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete",
    "ALTER TABLE citizen ADD COLUMN skjult TEXT",
    "CREATE SCHEMA andet; CREATE TABLE andet.ekstra (id int)",
    "GRANT ALL ON audit_log TO PUBLIC",
    "CREATE OR REPLACE FUNCTION rundbord_append_only() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN OLD; END$$",
])
def test_a_changed_catalogue_gets_a_new_copy(server: PgServer, change: str) -> None:
    expected = _new_copy(server, "demo")
    url = server.lease("demo")
    made = server.made["demo"]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(change)
    server.give_back("demo")
    again = server.lease("demo")
    assert server.made["demo"] == made + 1  # dropped and made again from the template
    assert _contents(again) == expected
    server.give_back("demo")


def _record(url: str) -> None:
    seen = os.environ.get(_SEEN)
    if seen:
        with open(seen, "a", encoding="utf-8") as f:
            f.write(json.dumps(url) + "\n")


def _fresh_then_mess(pg_url: str, pg_demo_url: str, pg_server: PgServer | None, n: int) -> None:
    server = _server(pg_server)
    for kind, url in (("empty", pg_url), ("demo", pg_demo_url)):
        _record(url)
        assert _contents(url) == _new_copy(server, kind)
        _LEFT_OPEN.append(_mess_up(url, n))  # the open session is left for the fixture to end


def test_fixture_first(pg_url: str, pg_demo_url: str, pg_server: PgServer | None) -> None:
    _fresh_then_mess(pg_url, pg_demo_url, pg_server, 2)


def test_fixture_second(pg_url: str, pg_demo_url: str, pg_server: PgServer | None) -> None:
    _fresh_then_mess(pg_url, pg_demo_url, pg_server, 5)


def test_the_fixture_tests_in_both_orders(server: PgServer, tmp_path: Path) -> None:
    """first, second, third (the first's body): each order once, in one process, each on the database the other left."""
    seen = tmp_path / "seen.jsonl"
    here = Path(__file__).relative_to(ROOT)
    order = ["test_fixture_first", "test_fixture_second", "test_fixture_third"]
    env = {**os.environ, _SEEN: str(seen)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider", "-p", "no:randomly",
         *(f"{here}::{name}" for name in order)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "3 passed" in run.stdout
    urls = [json.loads(line) for line in seen.read_text(encoding="utf-8").splitlines()]
    assert len(urls) == 6 and urls[0::2] == [urls[0]] * 3 and urls[1::2] == [urls[1]] * 3  # reused each time


def test_fixture_third(pg_url: str, pg_demo_url: str, pg_server: PgServer | None) -> None:
    """The first test's body again, run after the second (the other order)."""
    _fresh_then_mess(pg_url, pg_demo_url, pg_server, 2)
