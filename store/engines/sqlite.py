"""The SQLite engine: one private file on one machine (the default).

Connection policy: one connection per engine, used from the thread that
opened it (sqlite3's default check); work in another thread opens its own
`Store`. The connection runs in autocommit mode between writes, so
`PRAGMA data_version` can be polled (the live view) without an open read
transaction freezing it. Write transactions start with `BEGIN IMMEDIATE`,
retried within the busy timeout.

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
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import engine as engine_module
from ..audit_key import make_private_dirs
from ..clock import now
from ..engine import BUSY_MESSAGE, CheckItem, Engine
from ..errors import (
    DISK_FULL_MESSAGE,
    READ_ONLY_MESSAGE,
    DatabaseProblem,
    DiskFull,
    NotRundbordFile,
    OlderSchema,
    ReadOnlyDatabase,
    StoreBusy,
    StoreError,
    WriteFailed,
)
from ..messages import Message, joined, msg
from ..versions import SCHEMA_VERSION

APPLICATION_ID = 0x52424F44  # "RBOD": marks a Rundbord file

SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14

AfterMigrations = Callable[[Engine, int], None]
"""Called inside the upgrade's transaction with the version the file had (db.py marks the keyed chain)."""


def _timeout_s() -> float:
    return engine_module.BUSY_TIMEOUT_MS / 1000


def group_or_world_readable(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))
    except OSError:
        return False


def readable_warning(path: Path) -> str:
    return (
        f"Advarsel: andre brugere kan læse {path}, som indeholder følsomme "
        f"personoplysninger. Ret det med: chmod 600 '{path}'"
    )


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


def write_problem(path: Path) -> Message | None:
    """Why Rundbord cannot write the database at `path` (a message in either language), or None.

    SQLite writes beside the file (`-wal`, `-shm`), so the directory must be
    writable too. Root may write anywhere except on a read-only file system.
    """
    if path.exists() and not path.is_dir() and not os.access(path, os.W_OK):
        return msg("db.file_read_only", path=path)
    folder = _nearest_existing(path.parent if str(path.parent) else Path("."))
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        return msg("db.folder_read_only", folder=folder, name=path.name)
    return None


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
    from ..snapshot import copy_database

    stamp = now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-v{version}-{stamp}{path.suffix or '.db'}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.backup-v{version}-{stamp}-{n}{path.suffix or '.db'}")
    copy_database(conn, target)
    return target


def begin_immediate(conn: sqlite3.Connection) -> None:
    """`BEGIN IMMEDIATE`, retried within the busy timeout; then StoreBusy in Danish."""
    deadline = time.monotonic() + _timeout_s()
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
                raise StoreBusy(BUSY_MESSAGE) from exc
            time.sleep(0.05)


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open (SQLite ends one itself after a full disk)."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


def _tables_in_sync(conn: sqlite3.Connection) -> bool:
    """True when every model's table and column exists already (then `sync_tables` has nothing to do).

    Asked of the models' fields as `row_types.py` holds them (tests/store/test_row_types.py: the same),
    so an up-to-date file opens without loading pydantic and the models (the app's first screen).
    """
    from ..row_types import SPECS

    for spec in SPECS.values():
        have = {str(r[1]) for r in conn.execute(f"PRAGMA table_info([{spec.table}])").fetchall()}
        if not have or any(name not in have for name, _, _ in spec.fields):
            return False
    return True


class SqliteEngine(Engine):
    """One open Rundbord file."""

    kind = "sqlite"
    title = "SQLite"

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        user: str,
        create: bool = True,
        read_only: bool = False,
        allow_older: bool = False,
        after_migrations: AfterMigrations | None = None,
    ) -> None:
        from .sqlite_search import Fts5Search

        self._path = Path(path)
        self.user = user
        self.read_only = read_only
        self.immutable = False
        """Read-only in a directory where SQLite cannot make its -shm file: read as it is."""
        self.warnings: list[str] = []
        self.upgrade_backup: Path | None = None
        self.search = Fts5Search()
        self._after_migrations = after_migrations
        self._columns: dict[str, list[str]] = {}
        if self._path.is_dir():
            raise DatabaseProblem(msg("db.is_folder", path=self._path))
        if read_only:
            self._open_read_only(allow_older)
        else:
            self._open_for_writing(create)

    @property
    def where(self) -> str:
        return str(self._path)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def location(self) -> Path:
        return self._path

    # -- opening ----------------------------------------------------------------------------------
    def _open_for_writing(self, create: bool) -> None:
        path = self._path
        is_new = not path.exists() or path.stat().st_size == 0
        if not path.exists():
            if not create:
                raise DatabaseProblem(msg("db.missing", path=path))
            problem = write_problem(path)
            if problem:
                raise DatabaseProblem(msg("db.cannot_create", path=path, reason=problem))
            try:
                _create_private(path)
            except OSError as exc:
                raise DatabaseProblem(msg("db.cannot_create", path=path, reason=f"{exc.strerror}.")) from exc
        elif group_or_world_readable(path):
            self.warnings.append(readable_warning(path))
        old_umask = os.umask(0o077)
        try:
            self.conn = sqlite3.connect(str(path), isolation_level=None, timeout=_timeout_s())
            self._configure(is_new)
            self._columns.clear()  # a migration may have added columns
        except sqlite3.DatabaseError as exc:
            failed = store_problem(exc)
            if failed is not None:
                raise DatabaseProblem(msg("db.problem", path=path, reason=failed.said or failed.message)) from exc
            raise NotRundbordFile(msg("db.unreadable", path=path, reason=exc)) from exc
        finally:
            os.umask(old_umask)

    def _open_read_only(self, allow_older: bool) -> None:
        path = self._path
        if not path.exists():
            raise DatabaseProblem(msg("db.missing", path=path))
        try:
            empty = path.stat().st_size == 0
        except OSError as exc:
            raise DatabaseProblem(msg("db.cannot_read", path=path, reason=exc.strerror)) from exc
        if empty:
            raise NotRundbordFile(msg("db.empty", path=path))
        if group_or_world_readable(path):
            self.warnings.append(readable_warning(path))
        try:
            self.conn = self._connect_read_only()
            c = self.conn
            c.execute(f"PRAGMA busy_timeout={engine_module.BUSY_TIMEOUT_MS}")
            c.execute("PRAGMA foreign_keys=ON")
            version = self._identify(c)
        except sqlite3.DatabaseError as exc:
            raise NotRundbordFile(msg("db.unreadable", path=path, reason=exc)) from exc
        if version < SCHEMA_VERSION and not allow_older:
            self.conn.close()
            raise OlderSchema(msg("db.older", path=path, version=version, current=SCHEMA_VERSION))

    def _connect_read_only(self) -> sqlite3.Connection:
        """`mode=ro`; in a read-only directory without a -shm file, `immutable=1` (nothing can change it)."""
        uri = self._path.resolve().as_uri()
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=_timeout_s())
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
            raise NotRundbordFile(msg("db.not_rundbord", path=self._path))
        if version > SCHEMA_VERSION:
            raise DatabaseProblem(msg("db.newer", path=self._path, version=version, current=SCHEMA_VERSION))
        return version

    def _configure(self, is_new: bool) -> None:
        c = self.conn
        c.execute(f"PRAGMA busy_timeout={engine_module.BUSY_TIMEOUT_MS}")
        c.execute("PRAGMA foreign_keys=ON")
        version = self._identify(c)
        has_tables = c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        mode = c.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            self.warnings.append(f"Advarsel: WAL-journal kunne ikke slås til ({mode}).")
        c.execute("PRAGMA synchronous=NORMAL")
        if has_tables and 0 < version < SCHEMA_VERSION:
            self.upgrade_backup = backup_beside(c, self._path, version)
            self.warnings.append(
                f"Databasen er opgraderet fra skema {version} til {SCHEMA_VERSION}. "
                f"En kopi af filen, som den var, er gemt i {self.upgrade_backup}."
            )
        if is_new or version < SCHEMA_VERSION or not has_tables:
            self._migrate(version)
        elif not _tables_in_sync(c):
            # Columns added to models since the file was made (additive). Checked first without
            # a write lock or sqlite-utils, so an up-to-date file opens fast.
            import sqlite_utils

            from ..schema import sync_tables

            begin_immediate(c)
            try:
                sync_tables(sqlite_utils.Database(c))
                c.execute("COMMIT")
            except BaseException:
                rollback(c)
                raise

    def _migrate(self, version: int) -> None:
        c = self.conn
        begin_immediate(c)
        try:
            c.execute(f"PRAGMA application_id={APPLICATION_ID}")
            import sqlite_utils

            from ..schema import MIGRATIONS, sync_tables

            db = sqlite_utils.Database(c)
            sync_tables(db)
            for number, migration in enumerate(MIGRATIONS, start=1):
                if number > version:
                    migration(db)
            if self._after_migrations is not None:
                self._after_migrations(self, version)
            c.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            c.execute("COMMIT")
        except BaseException:
            rollback(c)
            raise

    # -- statements -------------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.conn.execute(sql, params).rowcount

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        cur = self.conn.execute(sql, params)
        cur.row_factory = sqlite3.Row
        return cur.fetchall()

    def insert(self, table: str, columns: Sequence[str], values: Sequence[Any]) -> int:
        cols = ", ".join(f'"{c}"' for c in columns)
        cur = self.conn.execute(
            f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" for _ in columns)}) RETURNING id', values
        )
        row = cur.fetchone()
        cur.close()
        return int(row[0])

    # -- transactions -----------------------------------------------------------------------------
    def begin_write(self) -> None:
        if self.read_only:
            raise ReadOnlyDatabase(READ_ONLY_MESSAGE)
        begin_immediate(self.conn)

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        rollback(self.conn)

    def defer_foreign_keys(self) -> None:
        self.conn.execute("PRAGMA defer_foreign_keys = ON")

    def problem(self, exc: BaseException) -> Exception | None:
        return store_problem(exc)

    @contextmanager
    def side_write(self) -> Iterator[Engine]:
        """A second, short-lived connection that may write (the file itself was opened `mode=ro`)."""
        if self.immutable or write_problem(self._path):
            raise ReadOnlyDatabase(READ_ONLY_MESSAGE)
        try:
            conn = sqlite3.connect(f"{self._path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None,
                                   timeout=_timeout_s())
        except sqlite3.Error as exc:
            raise store_problem(exc) or ReadOnlyDatabase(READ_ONLY_MESSAGE) from exc
        side = wrap(conn, self._path, self.user)
        try:
            conn.execute(f"PRAGMA busy_timeout={engine_module.BUSY_TIMEOUT_MS}")
            begin_immediate(conn)
            try:
                yield side
                conn.execute("COMMIT")
            except BaseException as exc:
                rollback(conn)
                problem = store_problem(exc)
                if problem is not None:
                    raise problem from exc
                raise
        finally:
            conn.close()

    # -- the schema -------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def columns(self, table: str) -> list[str]:
        found = self._columns.get(table)
        if found is None:
            found = [str(r[1]) for r in self.conn.execute(f'PRAGMA table_info("{table}")').fetchall()]
            if found:
                self._columns[table] = found
        return found

    # -- watching ---------------------------------------------------------------------------------
    def data_version(self) -> int:
        """Changes when *another* connection commits (never for our own)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def change_marker(self) -> tuple[int, int]:
        """`PRAGMA data_version` (another connection's commits) and this connection's own change count."""
        return self.data_version(), self.conn.total_changes

    def identity(self) -> object | None:
        try:
            st = os.stat(self._path)
        except OSError:
            return None
        return (st.st_dev, st.st_ino) if st.st_size > 0 else None

    # -- looking after it -------------------------------------------------------------------------
    def structure_items(self) -> list[CheckItem]:
        from ..maintenance import permissions_item

        items = [permissions_item(self._path)]
        conn = self.conn
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if rows == ["ok"]:
                items.append(CheckItem("Filens opbygning", True, msg("check.sqlite_whole")))
            else:
                shown = "; ".join(rows[:5]) + (" ..." if len(rows) > 5 else "")
                items.append(CheckItem("Filens opbygning", False, msg("check.damaged", found=shown)))
        except sqlite3.DatabaseError as exc:
            items.append(CheckItem("Filens opbygning", False, msg("check.damaged_error", error=exc)))
        try:
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if not fk:
                items.append(CheckItem("Henvisninger", True, msg("check.references_ok")))
            else:
                tables = sorted({str(r[0]) for r in fk})
                items.append(CheckItem("Henvisninger", False,
                                       msg("check.references_broken", n=len(fk), tables=", ".join(tables))))
        except sqlite3.DatabaseError as exc:
            items.append(CheckItem("Henvisninger", False, msg("check.unchecked", error=exc)))
        return items

    def triggers_problem(self, table: str, triggers: dict[str, str]) -> Message | None:
        import re

        def flat(sql: str) -> str:
            return re.sub(r"\s+", " ", sql).strip().upper()

        found = {str(r[0]): str(r[1] or "") for r in self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))}
        missing: list[Message] = []
        for name, statement in triggers.items():
            sql = flat(found.get(name, ""))
            stops = (
                re.search(rf"\bBEFORE {statement} ON \[?\"?{table.upper()}\"?\]? ", sql) is not None
                and "RAISE(ABORT" in sql.replace(" ", "") and " WHEN " not in sql
            )
            if not stops:
                missing.append(msg("check.trigger_missing" if name not in found else "check.trigger_changed",
                                   name=name))
        if not missing:
            return None
        return msg("check.triggers_gone", which=joined(missing, ", "))

    def copy_to_sqlite(self, target: Path) -> None:
        from ..snapshot import copy_database

        copy_database(self.conn, target)

    def close(self) -> None:
        self.conn.close()


class _Wrapped(SqliteEngine):
    """An engine over a connection opened elsewhere (statements only; see `wrap`)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, user: str) -> None:  # noqa: D107 - no open here
        from .sqlite_search import Fts5Search

        self._path = path
        self.user = user
        self.read_only = False
        self.immutable = False
        self.warnings = []
        self.upgrade_backup = None
        self.search = Fts5Search()
        self._after_migrations = None
        self._columns = {}
        self.conn = conn


def wrap(conn: sqlite3.Connection, path: Path | None = None, user: str = "") -> SqliteEngine:
    """An engine over `conn` as it is (a migration's connection, the benchmark's generator): no opening,
    no checks; the caller owns the connection and its transaction."""
    return _Wrapped(conn, path or Path(""), user)


__all__ = ["APPLICATION_ID", "SqliteEngine", "backup_beside", "store_problem", "wrap", "write_problem"]
