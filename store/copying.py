"""Moving a whole database between engines: a SQLite file into PostgreSQL, or back (`rundbord copy`),
and PostgreSQL's backup as one SQLite file (`rundbord backup`).

Every row of every table is copied with its id, the audit log row for row (its
hashes untouched, so the chain verifies on the copy with the same audit key),
read from the source in one consistent snapshot and written to the destination
in one transaction: a copy is whole or not there. The search index and the
citizens list are built anew on the destination from the copied rows. On
PostgreSQL each table's id sequence is then set past its highest id.

The destination must hold no Rundbord data yet: a new SQLite file, or a
PostgreSQL database that is empty (or has Rundbord's tables with no rows).
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .engine import Engine, quote
from .errors import StoreError
from .messages import msg
from .location import is_url, shown
from .models import ALL_MODELS, AuditEntry
from .snapshot import CopyFailed


class CopyRefused(StoreError):
    """The copy cannot be made (the message says why, in Danish); nothing was written."""


@dataclass(frozen=True)
class Copied:
    """What a copy moved."""

    rows: int
    audit_rows: int
    tables: int


TABLES = tuple(m.__table__ for m in ALL_MODELS)


@contextmanager
def snapshot(engine: Engine) -> Iterator[None]:
    """Read the whole source as of one moment (SQLite: one read transaction; PostgreSQL: REPEATABLE READ)."""
    from .engines.postgres import PostgresEngine

    if isinstance(engine, PostgresEngine):
        with engine.snapshot():
            yield
        return
    conn: sqlite3.Connection = getattr(engine, "conn")
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def rows_in(engine: Engine) -> int:
    """How many rows the Rundbord tables of `engine` hold."""
    return sum(int(engine.fetchall(f"SELECT count(*) FROM {quote(t)}")[0][0]) for t in TABLES if engine.columns(t))


def copy_rows(source: Engine, target: Engine) -> Copied:
    """Every row of `source` into `target` (inside `target`'s open write transaction), then its search index."""
    from . import search_index

    target.defer_foreign_keys()
    total = audit = 0
    with snapshot(source):
        for table in TABLES:
            have = set(target.columns(table))
            columns = [c for c in source.columns(table) if c in have]
            if not columns:
                continue
            names = ", ".join(quote(c) for c in columns)
            rows = source.fetchall(f"SELECT {names} FROM {quote(table)} ORDER BY id")
            for start in range(0, len(rows), 5000):
                target.executemany(
                    f"INSERT INTO {quote(table)} ({names}) VALUES ({', '.join('?' for _ in columns)})",
                    rows[start:start + 5000],
                )
            total += len(rows)
            if table == AuditEntry.__table__:
                audit = len(rows)
    search_index.rebuild(target)
    reset = getattr(target, "reset_ids", None)
    if reset is not None:
        reset(TABLES)
    return Copied(total, audit, len(TABLES))


def copy_to_new_sqlite(source: Engine, target: Path) -> Copied:
    """`source` as one new SQLite file at `target` (0600, written beside it and then moved in place).

    Raises CopyFailed with a Danish message when it cannot be written.
    """
    from .engines.sqlite import SqliteEngine

    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise CopyFailed(msg("file.no_folder", path=parent))
    tmp = parent / f".{target.name}.{os.getpid()}.tmp"
    try:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            if leftover.exists():
                leftover.unlink()
        dst = SqliteEngine(tmp, user=source.user, create=True)
        try:
            dst.begin_write()
            try:
                copied = copy_rows(source, dst)
                dst.commit()
            except BaseException:
                dst.rollback()
                raise
            dst.conn.execute("PRAGMA journal_mode=DELETE")
            check = dst.conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
        if check != "ok":
            raise CopyFailed(msg("copy.not_checked", reason=check))
        os.chmod(tmp, 0o600)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        return copied
    except sqlite3.Error as exc:
        raise CopyFailed(msg("copy.failed", reason=exc)) from exc
    except OSError as exc:
        raise CopyFailed(msg("copy.cannot_write", path=target, reason=exc.strerror)) from exc
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm"),
                         tmp.with_name(tmp.name + "-journal")):
            try:
                leftover.unlink()
            except OSError:
                pass


def copy_database(source: str | os.PathLike[str], target: str | os.PathLike[str], *, user: str | None = None) -> Copied:
    """Copy the database at `source` to `target` (a new SQLite file, or an empty PostgreSQL database).

    Raises CopyRefused (the destination holds data, is the source itself, ...), or the
    store's errors for a database that cannot be opened.
    """
    from .store import Store

    if shown(source) == shown(target) or (not is_url(source) and not is_url(target)
                                          and Path(source).resolve() == Path(target).resolve()):
        raise CopyRefused(msg("copy.same"))
    if not is_url(target):
        path = Path(target)
        if path.is_dir():
            raise CopyRefused(msg("copy.is_folder", path=path, example=path / "rundbord.db"))
        if path.exists():
            raise CopyRefused(msg("copy.exists", path=path))
    with Store(source, user=user, read_only=True) as src:
        if not is_url(target):
            try:
                return copy_to_new_sqlite(src.db.engine, Path(target))
            except CopyFailed as exc:
                raise CopyRefused(exc.said or exc.message) from exc
        with Store(target, user=user) as dst:
            if rows_in(dst.db.engine):
                raise CopyRefused(msg("copy.has_data", where=dst.where))
            with dst.db.write():
                return copy_rows(src.db.engine, dst.db.engine)


__all__ = ["Copied", "CopyRefused", "copy_database", "copy_rows", "copy_to_new_sqlite", "rows_in"]
