"""Shared fixtures: real SQLite files in tmp_path, the demo case on a fixed day, one fixed clock.

Process-wide settings are made here, once per process (so once per xdist
worker too), before any test module is imported:

- HOME and the XDG directories point into a temporary directory: no test reads
  or writes the user's data, config or cache;
- `$RUNDBORD_TODAY` fixes the clock of this process and of every child it
  starts (a live view, a crash test, the command line) at `DEMO_NOW`;
- municipality catalogues on this machine are not read;
- the apps of one process share their stylesheet parses, and the garbage
  collector runs less often (tests/process_speed.py).

Every test starts with the clock at `DEMO_NOW` and the UI in Danish, whatever
the test before it changed. The demo case is written once per process and
copied into each test's `tmp_path` with SQLite's backup API.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

DEMO_TODAY = date(2026, 11, 23)
"""The fixed "today" of every test."""
DEMO_NOW = datetime(2026, 11, 23, 9, 30)
"""The fixed clock of every test (and of the processes the tests start)."""

_HOME = Path(tempfile.mkdtemp(prefix="rundbord-test-home-"))
for _name, _sub in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                    ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
    (_HOME / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_name] = str(_HOME / _sub)
# One fixed audit key for the whole run (as the clock is fixed): the keyed chain, and the chain heads the
# frozen minutes and the change log show, are the same on every run and in every process the tests start.
_KEY = _HOME / ".config" / "rundbord" / "audit-key"
_KEY.parent.mkdir(mode=0o700)
_KEY.parent.chmod(0o700)
_KEY.write_text("5a" * 32 + "\n", encoding="ascii")
_KEY.chmod(0o600)
os.environ.pop("RUNDBORD_AUDIT_KEY", None)
os.environ.pop("RUNDBORD_DB", None)
os.environ["RUNDBORD_TODAY"] = DEMO_NOW.isoformat(timespec="seconds")
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
os.environ["RUNDBORD_CATALOG"] = os.pathsep  # municipality catalogues on this machine must not leak in

import pytest  # noqa: E402 - after the environment above

from store import Store, clock  # noqa: E402
from store.demo import write_demo  # noqa: E402

from .extras import skip_if_missing  # noqa: E402
from .precompile import precompile  # noqa: E402
from .process_speed import fewer_collections, share_stylesheet_parses  # noqa: E402

share_stylesheet_parses()
fewer_collections()

TEST_USER = "test"


def pytest_configure(config: pytest.Config) -> None:
    """The session's first process writes the bytecode every worker and child reads (tests/precompile.py)."""
    if not hasattr(config, "workerinput"):
        precompile(config)


def pytest_runtest_setup(item: pytest.Item) -> None:
    skip_if_missing(item)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)


DATED_MODULES = ("golden", "progression", "due", "dates", "clock")
"""Test modules whose output shows or compares dates (besides every snapshot test)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `dated` every test whose result shows a date: `.ci/run` runs them again under
    `faketime '+400 days'` to prove no test depends on the day it runs."""
    for item in items:
        module = item.nodeid.split("::", 1)[0]
        if "snap_compare" in getattr(item, "fixturenames", ()) or any(k in module for k in DATED_MODULES):
            item.add_marker(pytest.mark.dated)


@pytest.fixture(autouse=True)
def _fixed_clock_and_language() -> Iterator[None]:
    """Each test starts at DEMO_NOW, in Danish: the screens' language and the command line's (a command
    run in-process with `--lang en` sets it for the process; the next test on the worker must not inherit
    it, as test_loopback_and_the_danish_warning once did)."""
    from screens.i18n import set_language
    from tui.commands.common import set_cli_language

    clock.fix(DEMO_NOW)
    set_cli_language("da")
    yield
    clock.fix(DEMO_NOW)
    set_language("da")
    set_cli_language("da")


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite file (the backup API), private like every Rundbord file."""
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty Rundbord file and one with the demo case, written once per process."""
    folder = tmp_path_factory.mktemp("templates")
    clock.fix(DEMO_NOW)
    empty, demo = folder / "empty.db", folder / "demo.db"
    Store(empty, user=TEST_USER).close()
    with Store(demo, user=TEST_USER) as s:
        write_demo(s, DEMO_TODAY)
    return {"empty": empty, "demo": demo}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rundbord.db"


@pytest.fixture
def empty_db(_templates: dict[str, Path], db_path: Path) -> Path:
    """A new, empty Rundbord file at `db_path`."""
    copy_database(_templates["empty"], db_path)
    return db_path


@pytest.fixture
def demo_db(_templates: dict[str, Path], db_path: Path) -> Path:
    """The demo case (written on DEMO_TODAY) in a file of its own at `db_path`."""
    copy_database(_templates["demo"], db_path)
    return db_path


@pytest.fixture
def store(empty_db: Path) -> Iterator[Store]:
    s = Store(empty_db, user=TEST_USER)
    yield s
    s.close()


@pytest.fixture
def demo_store(demo_db: Path) -> Iterator[Store]:
    s = Store(demo_db, user=TEST_USER)
    yield s
    s.close()


@pytest.fixture
def demo_citizen_id(demo_store: Store) -> int:
    return demo_store.list_citizens()[0].id


from .engines import (  # noqa: E402,F401 - fixtures for tests on both engines (tests/engines.py)
    any_demo,
    any_demo_store,
    any_empty,
    any_store,
    engine_kind,
    pg_blank_url,
    pg_demo_url,
    pg_server,
    pg_url,
)
