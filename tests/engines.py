"""Fixtures for running tests on both engines: a SQLite file in tmp_path, or a PostgreSQL database of its own.

The PostgreSQL server is the one `$RUNDBORD_TEST_PG` names (a URL of a role that
may create databases; `.ci/postgres-up` starts one and prints it). Without it, or
when the server cannot be reached, the PostgreSQL variants skip with the reason;
under `RUNDBORD_CI=1` they fail instead (CI must run them).

Each test gets a database that no other test uses while it runs, a copy of a
template (an empty Rundbord database, or one with the demo case) that each xdist
worker writes once: parallel workers never share a database. A worker keeps one
copy of each template and, when a test ends, puts it back as it was made
(tests/pg_reuse.py: other sessions ended, the catalogue compared, the rows and
sequences restored); a test that changed the catalogue has its copy dropped and
the next test gets a new one. `RUNDBORD_TEST_PG_FRESH=1` makes and drops a copy
for every test instead (as before; slower, for comparing).

Fixtures:
- `engine_kind`: "sqlite" or "postgresql" (parametrised: a test using any fixture
  below runs once on each engine);
- `any_empty`, `any_demo`: the location of an empty / demo database on that engine;
- `any_store`, `any_demo_store`: a `Store` open on it (user "test");
- `pg_url`, `pg_demo_url`: PostgreSQL only (skips without a server).
"""
from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from .pg_reuse import Snapshot, put_back, take_snapshot

ENGINES = ("sqlite", "postgresql")
_counter = itertools.count()


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def _no_server(reason: str) -> None:
    if os.environ.get("RUNDBORD_CI") == "1":
        pytest.fail(f"PostgreSQL tests must run in CI: {reason}")
    pytest.skip(f"no PostgreSQL server: {reason}")


class PgServer:
    """The test server: makes and drops databases (the admin connection is in autocommit)."""

    def __init__(self, url: str, worker: str) -> None:
        import psycopg

        self.url = url
        self.worker = worker
        self.admin = psycopg.connect(url, autocommit=True, connect_timeout=5)
        self.templates: dict[str, str] = {}
        self.fresh_each_test = os.environ.get("RUNDBORD_TEST_PG_FRESH") == "1"
        self.leased: dict[str, str] = {}
        """kind -> the URL of this worker's copy of that template, while it exists."""
        self.snapshots: dict[str, Snapshot] = {}
        self.made: dict[str, int] = {}
        """kind -> how many copies were made (1 while every test put its copy back)."""

    def create(self, name: str, template: str | None = None) -> str:
        self.drop(name)
        self.admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return _with_database(self.url, name)

    def drop(self, name: str) -> None:
        """Drop the database, ending what is still connected to it (a Store a test left open, autovacuum)."""
        import time

        import psycopg

        for attempt in range(20):
            try:
                self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except psycopg.errors.InsufficientPrivilege:  # a worker the role may not end (no pg_signal_backend)
                if attempt == 19:
                    raise
                time.sleep(0.1)

    def template(self, kind: str) -> str:
        """The name of this worker's template database of `kind` ("empty" or "demo"), written once."""
        found = self.templates.get(kind)
        if found is None:
            from datetime import date

            from store import Store, clock
            from store.demo import write_demo

            from .conftest import DEMO_NOW, DEMO_TODAY, TEST_USER

            found = f"rbt_{self.worker}_{os.getpid()}_{kind}"  # two runs on one server never share one
            url = self.create(found)
            clock.fix(DEMO_NOW)
            with Store(url, user=TEST_USER) as s:
                if kind == "demo":
                    write_demo(s, date(DEMO_TODAY.year, DEMO_TODAY.month, DEMO_TODAY.day))
            self.templates[kind] = found
        return found

    def database(self, kind: str) -> tuple[str, str]:
        """A new database copied from the template of `kind`: (name, url)."""
        template = self.template(kind)
        name = f"rbt_{self.worker}_{os.getpid()}_{next(_counter)}"
        return name, self.create(name, template)

    def lease(self, kind: str) -> str:
        """The URL of this worker's copy of the template of `kind`, as the template was made."""
        url = self.leased.get(kind)
        if url is None:
            url = self.create(self._copy_name(kind), self.template(kind))
            if kind not in self.snapshots:
                self.snapshots[kind] = take_snapshot(url)
            self.made[kind] = self.made.get(kind, 0) + 1
            self.leased[kind] = url
        return url

    def give_back(self, kind: str) -> None:
        """Put the copy back as it was made; a copy that cannot be (its catalogue changed) is dropped."""
        url = self.leased[kind]
        try:
            restored = put_back(url, self.snapshots[kind])
        except Exception:  # noqa: BLE001 - whatever the test did to it, the next test gets a new copy
            restored = False
        if not restored:
            del self.leased[kind]
            self.drop(self._copy_name(kind))

    def _copy_name(self, kind: str) -> str:
        return f"rbt_{self.worker}_{os.getpid()}_{kind}_copy"

    def close(self) -> None:
        for kind in list(self.leased):
            self.drop(self._copy_name(kind))
        for name in self.templates.values():
            try:
                self.drop(name)
            except Exception:  # noqa: BLE001 - the server may be gone at the end of the run
                pass
        self.admin.close()


@pytest.fixture(scope="session")
def pg_server(worker_id: str) -> Iterator[PgServer | None]:
    """The test server, or None (then `pg_url` skips or, in CI, fails)."""
    url = os.environ.get("RUNDBORD_TEST_PG", "").strip()
    if not url:
        yield None
        return
    try:
        server = PgServer(url, worker_id)
    except Exception:  # noqa: BLE001 - any reason the server cannot be had
        yield None
        return
    yield server
    server.close()


def _server(pg_server: PgServer | None) -> PgServer:
    if pg_server is None:
        url = os.environ.get("RUNDBORD_TEST_PG", "").strip()
        if not url:
            _no_server("$RUNDBORD_TEST_PG is not set (start one with: export RUNDBORD_TEST_PG=$(.ci/postgres-up))")
        from store.location import shown

        _no_server(f"cannot connect to {shown(url)}")
    assert pg_server is not None
    return pg_server


def _database(pg_server: PgServer | None, kind: str) -> Iterator[str]:
    server = _server(pg_server)
    if server.fresh_each_test:
        name, url = server.database(kind)
        yield url
        server.drop(name)
        return
    yield server.lease(kind)
    server.give_back(kind)


@pytest.fixture
def pg_url(pg_server: PgServer | None) -> Iterator[str]:
    """The URL of an empty Rundbord database that only this test uses while it runs."""
    yield from _database(pg_server, "empty")


@pytest.fixture
def pg_demo_url(pg_server: PgServer | None) -> Iterator[str]:
    """The URL of a database with the demo case (written on DEMO_TODAY) that only this test uses while it runs."""
    yield from _database(pg_server, "demo")


@pytest.fixture
def pg_blank_url(pg_server: PgServer | None) -> Iterator[str]:
    """The URL of a new database with nothing in it at all (not even Rundbord's tables)."""
    server = _server(pg_server)
    name = f"rbt_{server.worker}_{os.getpid()}_{next(_counter)}"
    url = server.create(name)
    yield url
    server.drop(name)


@pytest.fixture(params=ENGINES)
def engine_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def any_empty(engine_kind: str, request: pytest.FixtureRequest) -> str | Path:
    """An empty Rundbord database on the engine of `engine_kind`."""
    if engine_kind == "sqlite":
        return Path(request.getfixturevalue("empty_db"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def any_demo(engine_kind: str, request: pytest.FixtureRequest) -> str | Path:
    """The demo case on the engine of `engine_kind`."""
    if engine_kind == "sqlite":
        return Path(request.getfixturevalue("demo_db"))
    return str(request.getfixturevalue("pg_demo_url"))


@pytest.fixture
def any_store(any_empty: str | Path) -> Iterator[object]:
    from store import Store

    from .conftest import TEST_USER

    s = Store(any_empty, user=TEST_USER)
    yield s
    s.close()


@pytest.fixture
def any_demo_store(any_demo: str | Path) -> Iterator[object]:
    from store import Store

    from .conftest import TEST_USER

    s = Store(any_demo, user=TEST_USER)
    yield s
    s.close()
