"""The two engines behind `Store`: SQLite (one private file) and PostgreSQL (one shared database).

`open_engine` picks one from the location: a `postgresql://` (or `postgres://`)
URL is PostgreSQL, anything else is the path of a SQLite file.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..location import is_url

if TYPE_CHECKING:
    from ..engine import Engine


def url_problem(location: str | os.PathLike[str]) -> str | None:
    """Why a PostgreSQL URL cannot be opened here (Danish, the password never shown), else None."""
    from ..location import shown

    try:
        import psycopg  # noqa: F401
    except ImportError:
        return (f"{shown(location)}: PostgreSQL-delen af Rundbord er ikke installeret på denne maskine "
                "(installér med: pip install 'rundbord[postgres]'). Brug ellers en SQLite-fil (en sti).")
    return None


def open_engine(
    location: str | os.PathLike[str],
    *,
    user: str | None,
    create: bool = True,
    read_only: bool = False,
    allow_older: bool = False,
    after_migrations: Callable[["Engine", int], None] | None = None,
) -> "Engine":
    """The engine for `location` (a SQLite file's path or a PostgreSQL URL), opened."""
    from ..chain import default_user

    if is_url(location):
        from ..errors import DatabaseProblem

        problem = url_problem(location)
        if problem:
            raise DatabaseProblem(problem)
        from .postgres import PostgresEngine

        engine: Engine = PostgresEngine(str(location), user=user, create=create, read_only=read_only,
                                        allow_older=allow_older, after_migrations=after_migrations)
        return engine
    from .sqlite import SqliteEngine

    return SqliteEngine(Path(location), user=user or default_user(), create=create, read_only=read_only,
                        allow_older=allow_older, after_migrations=after_migrations)
