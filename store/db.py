"""The SQLite file: opening it safely, transactions, and audited writes.

Connection policy: one connection per `Database`, used from the thread that
opened it (sqlite3's default check). Work in another thread opens its own
`Database` on the same path. The connection runs in autocommit mode between
writes, so `PRAGMA data_version` can be polled (the live view) without an
open read transaction freezing it.

Every write goes through `insert` / `update` / `delete` inside `write()`;
those append one audit row per changed field, hash-chained to the row before,
and keep the search index in step (search_index.py), in the same transaction.
"""
from __future__ import annotations

import getpass
import hashlib
import json
import os
import sqlite3
import stat
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import ValidationError

from . import search_index
from .clock import now
from .enums import AuditAction
from .errors import DatabaseProblem, InputError, NotFound, StoreBusy, from_pydantic
from .models import MODEL_BY_TABLE, AuditEntry, Record
from .schema import MIGRATIONS, SCHEMA_VERSION, sync_tables, tables_in_sync

if TYPE_CHECKING:
    import sqlite_utils
from .textrules import STORED

R = TypeVar("R", bound=Record)

BUSY_TIMEOUT_MS = 5000
GENESIS_HASH = "0" * 64
APPLICATION_ID = 0x52424F44  # "RBOD": marks a Rundbord file


def to_sql(value: Any) -> Any:
    """A Python value as SQLite stores it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def audit_text(value: Any) -> str | None:
    v = to_sql(value)
    return None if v is None else str(v)


_STORED_CONTEXT = {STORED: True}


def rows_to(model: type[R], names: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[R]:
    """Models from rows of the columns `names` (read back: text rules never refuse them)."""
    validate = model.__pydantic_validator__.validate_python
    return [validate(dict(zip(names, row)), context=_STORED_CONTEXT) for row in rows]


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "ukendt"


def group_or_world_readable(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))
    except OSError:
        return False


def _create_private(path: Path) -> None:
    """Create the directory (0700) and an empty file (0600) before SQLite does."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)


def entry_hash(prev_hash: str, fields: Sequence[Any]) -> str:
    payload = json.dumps([prev_hash, *[audit_text(f) for f in fields]], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Database:
    """One open Rundbord file."""

    def __init__(self, path: str | os.PathLike[str], *, user: str | None = None, create: bool = True) -> None:
        self.path = Path(path)
        self.user = user or default_user()
        self.warnings: list[str] = []
        self._column_lists: dict[type[Record], tuple[tuple[str, ...], str]] = {}
        if self.path.is_dir():
            raise DatabaseProblem(f"{self.path} er en mappe, ikke en databasefil.")
        is_new = not self.path.exists() or self.path.stat().st_size == 0
        if not self.path.exists():
            if not create:
                raise DatabaseProblem(f"Databasen {self.path} findes ikke.")
            try:
                _create_private(self.path)
            except OSError as exc:
                raise DatabaseProblem(f"Kan ikke oprette databasen {self.path}: {exc.strerror}.") from exc
        elif group_or_world_readable(self.path):
            self.warnings.append(
                f"Advarsel: andre brugere kan læse {self.path}, som indeholder følsomme "
                f"personoplysninger. Ret det med: chmod 600 '{self.path}'"
            )
        old_umask = os.umask(0o077)
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            self._configure(is_new)
            self._column_lists.clear()  # a migration may have added columns
        except sqlite3.DatabaseError as exc:
            raise DatabaseProblem(
                f"{self.path} kan ikke læses som en Rundbord-database ({exc})."
            ) from exc
        finally:
            os.umask(old_umask)
        self._sdb: sqlite_utils.Database | None = None
        self._in_tx = False
        self._citizen_cache: dict[tuple[str, int], int | None] = {}

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on this connection, imported on first use (it is slow to import)."""
        if self._sdb is None:
            import sqlite_utils

            self._sdb = sqlite_utils.Database(self.conn)
        return self._sdb

    # -- opening ---------------------------------------------------------
    def _configure(self, is_new: bool) -> None:
        c = self.conn
        c.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        c.execute("PRAGMA foreign_keys=ON")
        app_id = c.execute("PRAGMA application_id").fetchone()[0]
        version = c.execute("PRAGMA user_version").fetchone()[0]
        has_tables = c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if has_tables and app_id != APPLICATION_ID:
            raise DatabaseProblem(f"{self.path} er ikke en Rundbord-database.")
        if version > SCHEMA_VERSION:
            raise DatabaseProblem(
                f"{self.path} er lavet af en nyere version af Rundbord (skema {version}, "
                f"denne version kender op til {SCHEMA_VERSION}). Opdatér Rundbord."
            )
        mode = c.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            self.warnings.append(f"Advarsel: WAL-journal kunne ikke slås til ({mode}).")
        c.execute("PRAGMA synchronous=NORMAL")
        if is_new or version < SCHEMA_VERSION or not has_tables:
            self._migrate(version)
        elif not tables_in_sync(c):
            # Columns added to models since the file was made (additive). Checked first without
            # a write lock or sqlite-utils, so an up-to-date file opens fast.
            import sqlite_utils

            self._begin()
            try:
                sync_tables(sqlite_utils.Database(c))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    def _begin(self) -> None:
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise StoreBusy(
                        "Databasen er optaget af et andet program lige nu. Intet er gemt; "
                        "prøv igen om et øjeblik."
                    ) from exc
                time.sleep(0.05)

    def _migrate(self, version: int) -> None:
        c = self.conn
        self._begin()
        try:
            c.execute(f"PRAGMA application_id={APPLICATION_ID}")
            import sqlite_utils

            db = sqlite_utils.Database(c)
            sync_tables(db)
            for number, migration in enumerate(MIGRATIONS, start=1):
                if number > version:
                    migration(db)
            c.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def data_version(self) -> int:
        """Changes when *another* connection commits (never for our own)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    # -- transactions ----------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction (BEGIN IMMEDIATE, retried within the busy timeout).

        Nested use joins the outer transaction.
        """
        if self._in_tx:
            yield
            return
        self._begin()
        self._in_tx = True
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self._in_tx = False

    # -- reading ---------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        cur = self.conn.execute(sql, params)
        cur.row_factory = sqlite3.Row
        return cur.fetchall()

    def get(self, model: type[R], record_id: int) -> R:
        found = self.select(model, "id = ?", (record_id,), order_by="")
        if not found:
            raise NotFound(f"Fandt ikke {model.__table__} nr. {record_id}.")
        return found[0]

    def find(self, model: type[R], record_id: int | None) -> R | None:
        if record_id is None:
            return None
        try:
            return self.get(model, record_id)
        except NotFound:
            return None

    def select(
        self, model: type[R], where: str = "", params: Sequence[Any] = (), order_by: str = "id"
    ) -> list[R]:
        names, columns = self._columns(model)
        sql = f"SELECT {columns} FROM [{model.__table__}]"
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        return rows_to(model, names, self.conn.execute(sql, params).fetchall())

    def _columns(self, model: type[Record]) -> tuple[tuple[str, ...], str]:
        """The model's fields that the table has, and them as a SELECT list (worked out once per table).

        Reading named columns as plain tuples, not `SELECT *` as `sqlite3.Row`s
        made into dicts, is a third of the cost of reading a plan back.
        """
        found = self._column_lists.get(model)
        if found is None:
            have = {str(r[1]) for r in self.conn.execute(f"PRAGMA table_info([{model.__table__}])").fetchall()}
            names = tuple(name for name in model.model_fields if name in have)
            found = names, ", ".join(f"[{name}]" for name in names)
            self._column_lists[model] = found
        return found

    # -- audited writes --------------------------------------------------
    def validate(self, model: type[R], data: dict[str, Any]) -> R:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise from_pydantic(exc) from None

    def insert(self, record: R) -> R:
        self._require_tx()
        data = {k: to_sql(v) for k, v in record.model_dump().items() if k != "id" or v is not None}
        cols = ", ".join(f"[{k}]" for k in data)
        marks = ", ".join("?" for _ in data)
        table = type(record).__table__
        cur = self.conn.execute(f"INSERT INTO [{table}] ({cols}) VALUES ({marks})", list(data.values()))
        rid = int(cur.lastrowid or 0)
        search_index.written(self.conn, table, rid, data)
        stored = record.model_copy(update={"id": rid})
        changes = [(k, None, v) for k, v in data.items() if k != "id" and v is not None and v != ""]
        self._audit(AuditAction.INSERT, table, rid, changes, stored)
        return stored

    def update(self, model: type[R], record_id: int, **changes: Any) -> R:
        """Validate the record with `changes` applied, write the changed fields."""
        self._require_tx()
        old = self.get(model, record_id)
        merged = {**old.model_dump(), **changes}
        new = self.validate(model, merged)
        old_sql = {k: to_sql(v) for k, v in old.model_dump().items()}
        new_sql = {k: to_sql(v) for k, v in new.model_dump().items()}
        diff = [(k, old_sql[k], new_sql[k]) for k in new_sql if k != "id" and old_sql[k] != new_sql[k]]
        if not diff:
            return old
        sets = ", ".join(f"[{k}] = ?" for k, _, _ in diff)
        self.conn.execute(
            f"UPDATE [{model.__table__}] SET {sets} WHERE id = ?", [v for _, _, v in diff] + [record_id]
        )
        search_index.written(self.conn, model.__table__, record_id, new_sql, changed=[k for k, _, _ in diff])
        self._audit(AuditAction.UPDATE, model.__table__, record_id, diff, new)
        return new

    def delete(self, model: type[R], record_id: int) -> R:
        self._require_tx()
        old = self.get(model, record_id)
        citizen = self.citizen_of(old)
        self.conn.execute(f"DELETE FROM [{model.__table__}] WHERE id = ?", (record_id,))
        old_sql = {k: to_sql(v) for k, v in old.model_dump().items() if k != "id"}
        search_index.deleted(self.conn, model.__table__, record_id, old_sql)
        changes = [(k, v, None) for k, v in old_sql.items() if v is not None and v != ""]
        self._audit(AuditAction.DELETE, model.__table__, record_id, changes, None, citizen=citizen)
        return old

    def _require_tx(self) -> None:
        if not self._in_tx:
            raise RuntimeError("write outside a transaction: use `with db.write():`")

    # -- audit -------------------------------------------------------------
    def citizen_of(self, record: Record) -> int | None:
        """The citizen a record belongs to, following `__parent__` links."""
        from .models import Citizen

        if isinstance(record, Citizen):
            return record.id
        parent = type(record).__parent__
        if parent is None:
            return None
        column, table = parent
        pid = getattr(record, column)
        return self._citizen_of_row(table, pid)

    def _citizen_of_row(self, table: str, record_id: int | None) -> int | None:
        if record_id is None:
            return None
        if table == "citizen":
            return record_id
        key = (table, record_id)
        if key not in self._citizen_cache:
            model = MODEL_BY_TABLE[table]
            found = self.find(model, record_id)
            self._citizen_cache[key] = self.citizen_of(found) if found else None
        return self._citizen_cache[key]

    def _last_hash(self) -> str:
        row = self.conn.execute(f"SELECT hash FROM {AuditEntry.__table__} ORDER BY id DESC LIMIT 1").fetchone()
        return str(row[0]) if row else GENESIS_HASH

    def _audit(
        self,
        action: AuditAction,
        table: str,
        record_id: int,
        changes: list[tuple[str, Any, Any]],
        record: Record | None,
        *,
        citizen: int | None = None,
    ) -> None:
        if table == AuditEntry.__table__ or table == "view_state":
            return  # the log does not log itself; the view focus is not personal data
        if citizen is None and record is not None:
            citizen = self.citizen_of(record)
        at = to_sql(now())
        prev = self._last_hash()
        for field, old, new in changes:
            fields = [at, self.user, action.value, table, record_id, field, audit_text(old), audit_text(new), citizen]
            h = entry_hash(prev, fields)
            self.conn.execute(
                f"INSERT INTO {AuditEntry.__table__} (at, user, action, table_name, record_id, field, "
                "old_value, new_value, citizen_id, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [*fields, prev, h],
            )
            prev = h


def check_input(model: type[R], **data: Any) -> R:
    """Validate without a database (for screens that check before saving)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise from_pydantic(exc) from None


__all__ = ["Database", "InputError", "check_input", "to_sql"]
