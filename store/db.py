"""The SQLite file: opening it safely, transactions, and audited writes.

Connection policy: one connection per `Database`, used from the thread that
opened it (sqlite3's default check). Work in another thread opens its own
`Database` on the same path. The connection runs in autocommit mode between
writes, so `PRAGMA data_version` can be polled (the live view) without an
open read transaction freezing it.

Every write goes through `insert` / `update` / `delete` inside `write()`;
those append one audit row per changed field, chained to the row before by an
HMAC-SHA-256 keyed with a secret kept outside the file (`audit_key.py`), and
keep the search index in step (search_index.py), in the same transaction.
`append_access` adds a row saying who looked at a citizen's data (the same
chain), also from a file opened read-only.

Two ways to open a file:

- for writing (the app, `demo`, `upgrade`): a missing file is created (0600,
  new directories 0700); a file of an older schema is copied beside itself
  (`<name>.backup-v<N>-<time>.db`) and then upgraded;
- read-only (`read_only=True`: check, export, view, serve, due, backup):
  SQLite's `mode=ro`, nothing is created, migrated or changed; a zero-byte or
  foreign file is "ikke en Rundbord-database", an older schema is refused with
  "åbn filen i Rundbord for at opgradere den" (unless `allow_older`, for a
  backup of the file as it is). In a read-only directory, where SQLite cannot
  make its `-shm` file, the file is read as immutable.
"""
from __future__ import annotations

import errno
import getpass
import hashlib
import json
import os
import sqlite3
import stat
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import ValidationError

from . import search_index
from .audit_key import AuditKey, make_private_dirs, signing_key
from .clock import now
from .enums import AuditAction
from .errors import (
    DISK_FULL_MESSAGE,
    READ_ONLY_MESSAGE,
    DatabaseProblem,
    DiskFull,
    InputError,
    NotFound,
    NotRundbordFile,
    OlderSchema,
    ReadOnlyDatabase,
    StoreBusy,
    StoreError,
    WriteFailed,
    from_pydantic,
)
from .models import MODEL_BY_TABLE, AuditEntry, Record
from .schema import KEYED_CHAIN_VERSION, MIGRATIONS, SCHEMA_VERSION, sync_tables, tables_in_sync
from .rows import rows_to
from .textrules import UNCHANGED

if TYPE_CHECKING:
    import sqlite_utils

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
    """Create the directories (0700, whatever the umask) and an empty file (0600) before SQLite does."""
    make_private_dirs(path.parent)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)


def _nearest_existing(path: Path) -> Path:
    p = path
    while not p.exists() and p.parent != p:
        p = p.parent
    return p


def write_problem(path: Path) -> str | None:
    """Why Rundbord cannot write the database at `path` (Danish), or None.

    SQLite writes beside the file (`-wal`, `-shm`), so the directory must be
    writable too. Root may write anywhere except on a read-only file system.
    """
    if path.exists() and not path.is_dir() and not os.access(path, os.W_OK):
        return f"Filen {path} er skrivebeskyttet."
    folder = _nearest_existing(path.parent if str(path.parent) else Path("."))
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        return (
            f"Mappen {folder} er skrivebeskyttet, så Rundbord kan ikke skrive der "
            f"(SQLite lægger {path.name}-wal og {path.name}-shm ved siden af filen)."
        )
    return None


def entry_hash(prev_hash: str, fields: Sequence[Any]) -> str:
    """The unkeyed SHA-256 of the rows written before the chain was keyed (schema < 7)."""
    payload = json.dumps([prev_hash, *[audit_text(f) for f in fields]], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def keyed_hash(key: AuditKey, prev_hash: str, fields: Sequence[Any], key_id: str) -> str:
    """HMAC-SHA-256 over the row's fields, the previous row's hash and the key's id."""
    payload = json.dumps([prev_hash, *[audit_text(f) for f in fields], key_id], ensure_ascii=False)
    return key.sign(payload.encode("utf-8"))


SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14


def _primary_code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def store_problem(exc: BaseException) -> StoreError | None:
    """A Danish StoreError for a failed write the person can act on (full disk, read-only, I/O), else None."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFull(DISK_FULL_MESSAGE)
    if not isinstance(exc, sqlite3.Error):
        return None
    code = _primary_code(exc)
    text = str(exc).lower()
    if code == SQLITE_FULL or "disk is full" in text:
        return DiskFull(DISK_FULL_MESSAGE)
    if code == SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyDatabase(READ_ONLY_MESSAGE)
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return WriteFailed(f"Filen kunne ikke skrives ({exc}) – intet er gemt. Det, du skrev, er bevaret.")
    return None


def backup_beside(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A copy of the open file beside it before an upgrade: `<stem>.backup-v<version>-<time><suffix>`."""
    from .snapshot import copy_database

    stamp = now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-v{version}-{stamp}{path.suffix or '.db'}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.backup-v{version}-{stamp}-{n}{path.suffix or '.db'}")
    copy_database(conn, target)
    return target


class Database:
    """One open Rundbord file."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        user: str | None = None,
        create: bool = True,
        read_only: bool = False,
        allow_older: bool = False,
    ) -> None:
        self.path = Path(path)
        self.user = user or default_user()
        self.read_only = read_only
        self.immutable = False
        """Read-only in a directory where SQLite cannot make its -shm file: read as it is."""
        self.warnings: list[str] = []
        self.upgrade_backup: Path | None = None
        """The copy written beside the file before it was upgraded (this open)."""
        self._column_lists: dict[type[Record], tuple[tuple[str, ...], str]] = {}
        self._key: AuditKey | None = None
        if self.path.is_dir():
            raise DatabaseProblem(f"{self.path} er en mappe, ikke en databasefil.")
        if read_only:
            self._open_read_only(allow_older)
        else:
            self._open_for_writing(create)
        self._sdb: sqlite_utils.Database | None = None
        self._in_tx = False
        self._citizen_cache: dict[tuple[str, int], int | None] = {}

    def _open_for_writing(self, create: bool) -> None:
        is_new = not self.path.exists() or self.path.stat().st_size == 0
        if not self.path.exists():
            if not create:
                raise DatabaseProblem(f"Databasen {self.path} findes ikke.")
            problem = write_problem(self.path)
            if problem:
                raise DatabaseProblem(f"Kan ikke oprette databasen {self.path}: {problem}")
            try:
                _create_private(self.path)
            except OSError as exc:
                raise DatabaseProblem(f"Kan ikke oprette databasen {self.path}: {exc.strerror}.") from exc
        elif group_or_world_readable(self.path):
            self.warnings.append(_readable_warning(self.path))
        old_umask = os.umask(0o077)
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            self._configure(is_new)
            self._column_lists.clear()  # a migration may have added columns
        except sqlite3.DatabaseError as exc:
            failed = store_problem(exc)
            if failed is not None:
                raise DatabaseProblem(f"{self.path}: {failed.message}") from exc
            raise NotRundbordFile(
                f"{self.path} er ikke en Rundbord-database (SQLite kan ikke læse den: {exc})."
            ) from exc
        finally:
            os.umask(old_umask)

    def _open_read_only(self, allow_older: bool) -> None:
        if not self.path.exists():
            raise DatabaseProblem(f"Databasen {self.path} findes ikke.")
        try:
            empty = self.path.stat().st_size == 0
        except OSError as exc:
            raise DatabaseProblem(f"Databasen {self.path} kan ikke læses: {exc.strerror}.") from exc
        if empty:
            raise NotRundbordFile(f"{self.path} er ikke en Rundbord-database (filen er tom).")
        if group_or_world_readable(self.path):
            self.warnings.append(_readable_warning(self.path))
        try:
            self.conn = self._connect_read_only()
            c = self.conn
            c.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            c.execute("PRAGMA foreign_keys=ON")
            version = self._identify(c)
        except sqlite3.DatabaseError as exc:
            raise NotRundbordFile(
                f"{self.path} er ikke en Rundbord-database (SQLite kan ikke læse den: {exc})."
            ) from exc
        if version < SCHEMA_VERSION and not allow_older:
            self.conn.close()
            raise OlderSchema(
                f"{self.path} er lavet af en ældre version af Rundbord (skema {version}, nu {SCHEMA_VERSION}): "
                "åbn filen i Rundbord for at opgradere den (eller kør 'rundbord upgrade'). "
                "Der tages en sikkerhedskopi ved siden af filen først."
            )

    def _connect_read_only(self) -> sqlite3.Connection:
        """`mode=ro`; in a read-only directory without a -shm file, `immutable=1` (nothing can change it)."""
        uri = self.path.resolve().as_uri()
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as exc:
            if _primary_code(exc) not in (SQLITE_READONLY, SQLITE_CANTOPEN):
                raise
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self.immutable = True
        return conn

    def _identify(self, c: sqlite3.Connection) -> int:
        """The file's schema version; refuses another program's file and a newer Rundbord's."""
        app_id = c.execute("PRAGMA application_id").fetchone()[0]
        version = int(c.execute("PRAGMA user_version").fetchone()[0])
        has_tables = c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if (has_tables or self.read_only) and app_id != APPLICATION_ID:
            raise NotRundbordFile(f"{self.path} er ikke en Rundbord-database.")
        if version > SCHEMA_VERSION:
            raise DatabaseProblem(
                f"{self.path} er lavet af en nyere version af Rundbord (skema {version}, "
                f"denne version kender op til {SCHEMA_VERSION}). Opdatér Rundbord."
            )
        return version

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
        version = self._identify(c)
        has_tables = c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        mode = c.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            self.warnings.append(f"Advarsel: WAL-journal kunne ikke slås til ({mode}).")
        c.execute("PRAGMA synchronous=NORMAL")
        if has_tables and 0 < version < SCHEMA_VERSION:
            self.upgrade_backup = backup_beside(c, self.path, version)
            self.warnings.append(
                f"Databasen er opgraderet fra skema {version} til {SCHEMA_VERSION}. "
                f"En kopi af filen, som den var, er gemt i {self.upgrade_backup}."
            )
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
                self._rollback()
                raise

    def _begin(self, conn: sqlite3.Connection | None = None) -> None:
        conn = conn or self.conn
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    problem = store_problem(exc)
                    if problem is not None:
                        raise problem from exc
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
            if version < KEYED_CHAIN_VERSION and self._last_hash(c) != GENESIS_HASH:
                # The rows so far carry unkeyed hashes; from here on every row is keyed. This
                # keyed row marks the place (check refuses an unkeyed row after it, or a log with none).
                self._append_rows(c, [(AuditAction.KEY, AuditEntry.__table__, 0, "hash", None, "HMAC-SHA-256", None)])
            c.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            c.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self, conn: sqlite3.Connection | None = None) -> None:
        """Roll back if a transaction is still open (SQLite ends one itself after a full disk)."""
        conn = conn or self.conn
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

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
        if self.read_only:
            raise ReadOnlyDatabase(READ_ONLY_MESSAGE)
        self._begin()
        self._in_tx = True
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            problem = store_problem(exc)
            if problem is not None:
                raise problem from exc
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

    def has_column(self, model: type[Record], name: str) -> bool:
        """Whether the file's table has the field's column (a file opened read-only before the app
        has added a newer field's column may not)."""
        return name in self._columns(model)[0]

    # -- audited writes --------------------------------------------------
    def validate(self, model: type[R], data: dict[str, Any], *, unchanged: frozenset[str] = frozenset()) -> R:
        """`data` as a model, or InputError in Danish. Text rules are not applied again to the fields
        in `unchanged` (an update's fields kept as stored)."""
        try:
            if unchanged:
                return model.model_validate(data, context={UNCHANGED: unchanged})
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
        stored = old.model_dump()
        merged = {**stored, **changes}
        new = self.validate(model, merged, unchanged=frozenset(k for k, v in merged.items() if stored.get(k) == v))
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

    def _last_hash(self, conn: sqlite3.Connection | None = None) -> str:
        conn = conn or self.conn
        row = conn.execute(f"SELECT hash FROM {AuditEntry.__table__} ORDER BY id DESC LIMIT 1").fetchone()
        return str(row[0]) if row else GENESIS_HASH

    def signing_key(self) -> AuditKey:
        """The audit chain's key (read, or made on first use, at the first write)."""
        if self._key is None:
            self._key = signing_key()
        return self._key

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
        self._append_rows(self.conn, [
            (action, table, record_id, field, audit_text(old), audit_text(new), citizen)
            for field, old, new in changes
        ])

    def _append_rows(self, conn: sqlite3.Connection, rows: Sequence[AuditRow]) -> None:
        """Append audit rows on `conn` (inside its write transaction), each keyed and chained to the one before."""
        if not rows:
            return
        key = self.signing_key()
        at = to_sql(now())
        prev = self._last_hash(conn)
        for action, table, record_id, field, old, new, citizen in rows:
            fields = [at, self.user, action.value, table, record_id, field, old, new, citizen]
            h = keyed_hash(key, prev, fields, key.id)
            conn.execute(
                f"INSERT INTO {AuditEntry.__table__} (at, user, action, table_name, record_id, field, "
                "old_value, new_value, citizen_id, prev_hash, hash, key_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [*fields, prev, h, key.id],
            )
            prev = h

    def append_access(self, record_id: int, event: str, details: str, citizen_id: int | None) -> None:
        """One access row (who looked) in the chain, in its own transaction.

        A file opened read-only gets it through a second, short-lived connection
        that writes only this row; a file that cannot be written raises
        `ReadOnlyDatabase` and nothing is written.
        """
        row: list[AuditRow] = [(AuditAction.ACCESS, ACCESS_TABLE, record_id, event, None, details, citizen_id)]
        if not self.read_only or self._in_tx:
            with self.write():
                self._append_rows(self.conn, row)
            return
        if self.immutable or write_problem(self.path):
            raise ReadOnlyDatabase(READ_ONLY_MESSAGE)
        try:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise store_problem(exc) or ReadOnlyDatabase(READ_ONLY_MESSAGE) from exc
        try:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            self._begin(conn)
            try:
                self._append_rows(conn, row)
                conn.execute("COMMIT")
            except BaseException as exc:
                self._rollback(conn)
                problem = store_problem(exc)
                if problem is not None:
                    raise problem from exc
                raise
        finally:
            conn.close()


AuditRow = tuple[AuditAction, str, int, str, "str | None", "str | None", "int | None"]
"""(action, table, record id, field, old value, new value, citizen) of one audit row to append."""

ACCESS_TABLE = "access"
"""The `table_name` of access rows (who looked): no table of that name holds data."""


def _readable_warning(path: Path) -> str:
    return (
        f"Advarsel: andre brugere kan læse {path}, som indeholder følsomme "
        f"personoplysninger. Ret det med: chmod 600 '{path}'"
    )


def check_input(model: type[R], **data: Any) -> R:
    """Validate without a database (for screens that check before saving)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise from_pydantic(exc) from None


__all__ = ["Database", "InputError", "check_input", "to_sql"]
