"""The engine interface: what the store asks of a database, whichever one holds the data.

Two engines implement it: SQLite, one private file on one machine (the default;
`engines/sqlite.py`), and PostgreSQL, one database a municipality's
facilitators share (`engines/postgres.py`). `Database` (db.py) and every use
case above it speak only to this interface, in SQL both engines read:
identifiers in double quotes, `?` for a parameter (the PostgreSQL engine turns
them into its own), `RETURNING id` for a new row's id (through `insert`), no
engine's own hints. What differs is here, behind a method:

- opening: creating, identifying and upgrading the schema (`schema_version`);
- one write transaction at a time (`begin_write`): SQLite's `BEGIN IMMEDIATE`,
  PostgreSQL's advisory transaction lock, both waiting at most the busy timeout
  and then refusing in Danish (`StoreBusy`); under it the audit chain's head is
  read and the new rows written, so two writers never fork the chain;
- telling readers that something changed (`change_marker`): SQLite's
  `data_version`, PostgreSQL's `LISTEN`/`NOTIFY` sent inside the writing
  transaction;
- the search index's own part (`search`: FTS5 trigram tables or pg_trgm GIN
  indexes over the same folded texts);
- looking after the data: what `rundbord check` asks of the engine
  (`structure_items`, `triggers_problem`) and a backup as one SQLite file
  (`copy_to_sqlite`).

An engine turns its driver's errors that a person can act on into the store's
Danish `StoreError`s (a full disk, a lost connection, a lock held too long).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from .messages import Message

if TYPE_CHECKING:
    from .search_index import Source

BUSY_TIMEOUT_MS = 5000
"""How long a write waits for another writer before it is refused (`StoreBusy`)."""

BUSY_MESSAGE = "Databasen er optaget af et andet program lige nu. Intet er gemt; prøv igen om et øjeblik."


class Row(Protocol):
    """A row read by `query`: by position (`r[0]`) or by column name (`r["id"]`)."""

    def __getitem__(self, key: int | str) -> Any: ...

    def keys(self) -> list[str]: ...


_ROW_CLASSES: dict[tuple[str, ...], type[tuple[Any, ...]]] = {}


def row_class(names: Sequence[str]) -> type[tuple[Any, ...]]:
    """A tuple type whose items can also be read by column name (as `sqlite3.Row`)."""
    key = tuple(names)
    found = _ROW_CLASSES.get(key)
    if found is None:
        index = {name: i for i, name in enumerate(key)}

        class NamedRow(tuple[Any, ...]):
            __slots__ = ()

            def __getitem__(self, item: Any) -> Any:
                if isinstance(item, str):
                    return tuple.__getitem__(self, index[item])
                return tuple.__getitem__(self, item)

            def keys(self) -> list[str]:
                return list(key)

        found = _ROW_CLASSES[key] = NamedRow
    return found


@dataclass(frozen=True)
class CheckItem:
    """One line of `rundbord check`: what was checked (Danish words), whether it is well, and what was found
    (a message by key: `rundbord check --lang en` says it in English)."""

    name: str
    ok: bool
    said: Message

    @property
    def message(self) -> str:
        """What was found, in Danish."""
        return self.said.text("da")


class SearchDialect(Protocol):
    """The engine's own part of the search index (search_index.py holds the rest, the same on both)."""

    def create(self, engine: "Engine") -> None:
        """The tables of folded texts and their substring indexes, if missing."""

    def put(self, engine: "Engine", index: str, record_id: int, old: str | None, new: str | None) -> None:
        """A text of `index`'s table changed from `old` to `new` (None: absent): keep the index in step."""

    def rebuilt(self, engine: "Engine", index: str) -> None:
        """The texts of `index` were all written anew."""

    def damaged(self, engine: "Engine", index: str) -> bool:
        """True when the index itself fails its own check."""

    def hits(self, index: str, texts: str) -> str:
        """A subquery of the ids (as `id`) whose folded text contains the parameter given by `needle`."""

    def needle(self, folded: str) -> str:
        """The parameter for `hits` that finds `folded` anywhere in a text."""

    def contains(self, column: str) -> str:
        """A condition: `column` contains the next parameter (the folded needle itself)."""


class Engine(ABC):
    """One open database. Used from one thread (each thread opens its own `Store`)."""

    kind: ClassVar[str]
    """"sqlite" or "postgresql"."""
    title: ClassVar[str]
    """The engine's name as a person reads it ("SQLite", "PostgreSQL")."""
    stores_nul: ClassVar[bool] = True
    """Whether a text may hold NUL (PostgreSQL's text cannot; the store refuses it there in Danish)."""

    read_only: bool
    user: str
    """Who the audit log names by default (the OS user; on PostgreSQL the login)."""
    warnings: list[str]
    upgrade_backup: Path | None
    """A copy written before this open upgraded the schema (SQLite), else None."""
    search: SearchDialect

    @property
    @abstractmethod
    def where(self) -> str:
        """The database as a person reads it: the file's path, or the URL without its password."""

    @property
    @abstractmethod
    def location(self) -> Path | str:
        """What opens the database again: the file's path, or the URL (with what it needs to connect)."""

    @property
    def path(self) -> Path | None:
        """The file (SQLite), else None."""
        return None

    # -- statements -------------------------------------------------------------------------------
    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; the number of rows it changed."""

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """All rows as plain tuples (read to the end)."""

    @abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """All rows, readable by position or column name (read to the end)."""

    def fetchone(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        rows = self.fetchall(sql, params)
        return rows[0] if rows else None

    @abstractmethod
    def insert(self, table: str, columns: Sequence[str], values: Sequence[Any]) -> int:
        """Insert one row; its id (given in `values`, or the one the database chose)."""

    # -- transactions -----------------------------------------------------------------------------
    @abstractmethod
    def begin_write(self) -> None:
        """Start the one write transaction (waits for another writer at most the busy timeout)."""

    @abstractmethod
    def commit(self) -> None:
        """Commit, and tell the readers that something changed."""

    @abstractmethod
    def rollback(self) -> None:
        """Roll back if a transaction is open (never raises)."""

    @abstractmethod
    def defer_foreign_keys(self) -> None:
        """In the open transaction, check references at commit (rows put back parents last)."""

    def problem(self, exc: BaseException) -> Exception | None:
        """A Danish StoreError for a failed statement the person can act on, else None."""
        return None

    @contextmanager
    def side_write(self) -> Iterator["Engine"]:
        """One short write transaction on a database opened read-only (the row that says who looked).

        Raises ReadOnlyDatabase when the database cannot be written at all.
        """
        raise NotImplementedError
        yield self  # pragma: no cover

    # -- the schema -------------------------------------------------------------------------------
    @property
    @abstractmethod
    def schema_version(self) -> int: ...

    @abstractmethod
    def columns(self, table: str) -> list[str]:
        """The table's columns in order ([] when there is no such table)."""

    # -- watching ---------------------------------------------------------------------------------
    @abstractmethod
    def change_marker(self) -> tuple[int, int]:
        """Moves whenever anyone commits a change (another connection, or this one). Cheap: polled."""

    def identity(self) -> object | None:
        """What the database is (a file's device and inode); None when it is gone or cannot be reached.

        A live view that sees it change opens the database again.
        """
        return self.where

    # -- looking after it -------------------------------------------------------------------------
    @abstractmethod
    def structure_items(self) -> list[CheckItem]:
        """What `rundbord check` asks of the engine itself: structure, references, access."""

    @abstractmethod
    def triggers_problem(self, table: str, triggers: dict[str, str]) -> Message | None:
        """Which append-only protection of `table` is missing or disarmed (Danish), or None."""

    @abstractmethod
    def copy_to_sqlite(self, target: Path) -> None:
        """The whole database as one new SQLite file at `target` (a backup). Raises CopyFailed."""

    @abstractmethod
    def close(self) -> None: ...

    # -- helpers ----------------------------------------------------------------------------------
    def sources(self) -> "dict[str, Source]":
        from .search_index import SOURCES

        return SOURCES


def quote(name: str) -> str:
    """An identifier as both engines read it."""
    return '"' + name.replace('"', '""') + '"'


def marks(n: int) -> str:
    """`?, ?, ?` for n parameters."""
    return ", ".join("?" for _ in range(n))


__all__ = ["BUSY_MESSAGE", "BUSY_TIMEOUT_MS", "CheckItem", "Engine", "Row", "SearchDialect", "marks", "quote",
           "row_class"]
