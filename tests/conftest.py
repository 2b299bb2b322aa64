"""Shared fixtures: real SQLite files in tmp_path, the demo case on a fixed day."""
from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from store import Store
from store.demo import write_demo

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
# Municipality catalogues on this machine must not leak into tests.
os.environ["RUNDBORD_CATALOG"] = os.pathsep

DEMO_TODAY = date(2026, 11, 23)
"""The fixed "today" of every test that uses the demo case."""


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rundbord.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store(db_path, user="test")
    yield s
    s.close()


@pytest.fixture
def demo_store(db_path: Path) -> Iterator[Store]:
    s = Store(db_path, user="test")
    write_demo(s, DEMO_TODAY)
    yield s
    s.close()


@pytest.fixture
def demo_citizen_id(demo_store: Store) -> int:
    return demo_store.list_citizens()[0].id
