"""The store's tests run on both engines: `store` and `demo_store` here are a SQLite file's or a
PostgreSQL database's (tests/engines.py), each test once per engine. A test that needs the file itself
(`empty_db`, `demo_db`) stays on SQLite; one about SQLite's own machinery (its file, its PRAGMAs, its
statement trace) is marked `sqlite_only` and runs on SQLite alone."""
from __future__ import annotations

import pytest

from store import Store


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about SQLite's own machinery; not run on PostgreSQL")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    keep = [i for i in items if not (i.get_closest_marker("sqlite_only") and "[postgresql" in i.nodeid)]
    if len(keep) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in keep])
        items[:] = keep


@pytest.fixture
def store(any_store: Store) -> Store:
    return any_store


@pytest.fixture
def demo_store(any_demo_store: Store) -> Store:
    return any_demo_store
