"""The PostgreSQL engine: one database a municipality's facilitators share (psycopg 3).

Connection policy: one connection per engine (per `Store`), used from the
thread that opened it, in autocommit mode between writes: a read is one
statement and leaves no transaction open (an idle open transaction would hold
its locks and keep old row versions alive for as long as an app sits on a
screen). A write is one explicit transaction:

    BEGIN; SET LOCAL lock_timeout; SELECT pg_advisory_xact_lock(WRITE_LOCK);
    ... the rows, the audit rows (head read under the lock) ...; NOTIFY; COMMIT

The advisory lock makes the writers take turns, as SQLite's write lock does:
the audit chain's head is read and the new rows are written under it, so two
writers never fork the chain, and audit ids grow in commit order (a live view
reads "the rows after N"). A writer that waits longer than the busy timeout is
refused with the store's Danish `StoreBusy`. Ids come from identity columns by
`RETURNING id`; a rolled-back write leaves a gap in the numbers (`check`
accepts gaps where the chain's links hold).

The schema comes from the pydantic models as on SQLite (schema.py's
`columns_of`, `foreign_keys_of`): missing tables and columns are made at every
open by the database's owner. `rundbord_meta` marks the database as
Rundbord's and holds its schema version; `PG_MIGRATIONS` holds the changes
after the schema version a PostgreSQL database starts at (`BASE_VERSION`,
today's). The audit log is append-only twice over: triggers refuse UPDATE,
DELETE and TRUNCATE for everyone, and the facilitators' group role
`rundbord_facilitator` is granted only SELECT and INSERT on it.

Search: the same folded-text tables as SQLite, with pg_trgm GIN indexes (a
`LIKE '%needle%'` over the casefolded text is served from them). Danish order:
the same stored sort key as SQLite, in a `COLLATE "C"` column (code point order,
whatever the database's locale), so both engines list names in the same order.

Change notification: every write transaction sends `NOTIFY rundbord` before it
commits (PostgreSQL delivers it only if the transaction commits); an engine
asked for `change_marker` listens and counts what arrives.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.pq import TransactionStatus

from .. import engine as engine_module
from ..engine import BUSY_MESSAGE, CheckItem, Engine, quote, row_class
from ..errors import (
    DISK_FULL_MESSAGE,
    DatabaseProblem,
    DatabaseUnavailable,
    DiskFull,
    NotRundbordFile,
    OlderSchema,
    ReadOnlyDatabase,
    StoreBusy,
    StoreError,
)
from ..location import shown
from ..models import ALL_MODELS, AuditEntry
from ..messages import Message, joined, msg
from ..schema import SCHEMA_VERSION, _stored_default, columns_of, foreign_keys_of

WRITE_LOCK = 0x52424F44
"""The advisory lock every write transaction holds ("RBOD"): one writer at a time."""
CHANNEL = "rundbord"
"""The NOTIFY channel a write transaction signals on."""
META = "rundbord_meta"
"""Marks the database as Rundbord's: `application` = 'rundbord', `schema_version`."""
FACILITATOR_ROLE = "rundbord_facilitator"
"""The group role facilitators' logins are members of (docs/municipality.md)."""

BASE_VERSION = 8
"""The schema version a new PostgreSQL database is made at (everything before it is in `_base_schema`)."""
PG_MIGRATIONS: dict[int, Callable[["PostgresEngine"], None]] = {}
"""Schema versions after `BASE_VERSION` -> what the change is on PostgreSQL (kept in step with schema.py)."""


_TYPES = {int: "BIGINT", float: "DOUBLE PRECISION", str: "TEXT"}

_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("idx_citizen_name", "citizen", ("name",)),
    ("idx_agreement_status_due_date", "agreement", ("status", "due_date")),
    ("idx_scale_reading_goal_id_date", "scale_reading", ("goal_id", "date")),
    ("idx_meeting_date", "meeting", ("date",)),
    ("idx_audit_log_citizen_id", "audit_log", ("citizen_id",)),
    ("idx_goal_end_date", "goal", ("end_date",)),
    ("idx_goal_smtte_due", "goal", ("smtte_due",)),
    ("idx_meeting_kind_date", "meeting", ("kind", "date")),
    ("idx_consent_item_item", "consent_item", ("item",)),
    ("idx_audit_log_record", "audit_log", ("table_name", "record_id")),
)
"""SQLite's migrations' indexes (schema.py), the same on PostgreSQL."""

_COLUMNS_SQL = (
    "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
    "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND a.attnum > 0 "
    "AND NOT a.attisdropped"
)
"""Every table's columns (the catalogue itself: information_schema is slow); in order with ORDER BY attnum."""

APPEND_ONLY_FUNCTION = "rundbord_append_only"
TRUNCATE_TRIGGER = f"{AuditEntry.__table__}_no_truncate"


_ONE_ROW_INSERT = re.compile(r"(INSERT INTO [^?']+ VALUES )(\((?:\?, )*\?\))", re.DOTALL)
"""An INSERT of one row of parameters and nothing after it: `executemany` sends its rows as one statement."""
_MAX_PARAMETERS = 65535
"""The most parameters one PostgreSQL statement may carry (the protocol counts them in 16 bits)."""


@functools.lru_cache(maxsize=2048)
def pg_sql(sql: str) -> str:
    """The store's SQL (`?` parameters) as psycopg reads it (`%s`; a literal `%` doubled).

    Quoted strings and identifiers are copied as they are (a `?` in them is no parameter).
    """
    out: list[str] = []
    quote_char = ""
    for ch in sql:
        if quote_char:
            out.append("%%" if ch == "%" else ch)
            if ch == quote_char:
                quote_char = ""
        elif ch in ("'", '"'):
            quote_char = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


def unavailable(where: str, exc: BaseException) -> DatabaseUnavailable:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return DatabaseUnavailable(msg("pg.unavailable", where=where, reason=detail))


def pg_problem(exc: BaseException, where: str = "") -> StoreError | None:
    """A Danish StoreError for a failed statement the person can act on, else None."""
    if isinstance(exc, StoreError):
        return None
    if isinstance(exc, pg_errors.LockNotAvailable):
        return StoreBusy(BUSY_MESSAGE)
    if isinstance(exc, (pg_errors.DiskFull, pg_errors.OutOfMemory)):
        return DiskFull(DISK_FULL_MESSAGE)
    if isinstance(exc, pg_errors.ReadOnlySqlTransaction):
        return ReadOnlyDatabase(msg("pg.read_only"))
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return ReadOnlyDatabase(msg("pg.no_rights"))
    if isinstance(exc, psycopg.OperationalError) and not isinstance(exc, pg_errors.QueryCanceled):
        return unavailable(where, exc)
    return None


class PostgresEngine(Engine):
    """One open Rundbord database on a PostgreSQL server."""

    kind = "postgresql"
    title = "PostgreSQL"
    stores_nul = False

    def __init__(
        self,
        url: str,
        *,
        user: str | None,
        create: bool = True,
        read_only: bool = False,
        allow_older: bool = False,
        after_migrations: Callable[[Engine, int], None] | None = None,
    ) -> None:
        from .postgres_search import TrigramSearch

        self._url = url
        self.read_only = read_only
        self.warnings: list[str] = []
        self.upgrade_backup: Path | None = None
        self.search = TrigramSearch()
        self._after_migrations = after_migrations
        self._columns: dict[str, list[str]] = {}
        self._own_commits = 0
        self._heard = 0
        self._listening = False
        try:
            self.conn: psycopg.Connection[tuple[Any, ...]] = psycopg.connect(
                url, autocommit=True, connect_timeout=10, application_name="rundbord")
        except psycopg.Error as exc:
            raise DatabaseProblem(msg("pg.cannot_connect", where=self.where, reason=_first_line(exc))) from exc
        self.user = user or str(self.conn.info.user)
        try:
            self._open(create, allow_older)
        except BaseException:
            self.conn.close()
            raise

    @property
    def where(self) -> str:
        return shown(self._url)

    @property
    def location(self) -> str:
        return self._url

    # -- opening ----------------------------------------------------------------------------------
    def _version(self) -> int | None:
        """The database's schema version; None when it has no Rundbord tables at all."""
        if not self.fetchall(f"SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{META}'"):
            others = self.fetchall("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")[0][0]
            if others:
                raise NotRundbordFile(msg("pg.other_tables", where=self.where))
            return None
        rows = dict(self.fetchall(f"SELECT key, value FROM {META}"))
        if rows.get("application") != "rundbord":
            raise NotRundbordFile(msg("db.not_rundbord", path=self.where))
        version = int(rows.get("schema_version") or 0)
        if version > SCHEMA_VERSION:
            raise DatabaseProblem(msg("db.newer", path=self.where, version=version, current=SCHEMA_VERSION))
        return version

    def _open(self, create: bool, allow_older: bool) -> None:
        version = self._version()
        if self.read_only:
            self.conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            if version is None:
                raise NotRundbordFile(msg("pg.empty", where=self.where))
            if version < SCHEMA_VERSION and not allow_older:
                raise OlderSchema(msg("pg.older", where=self.where, version=version, current=SCHEMA_VERSION))
            return
        if version is None and not create:
            raise DatabaseProblem(msg("pg.no_data", where=self.where))
        if version is not None and version >= SCHEMA_VERSION and self._in_sync():
            return
        self._migrate(version)

    def _in_sync(self) -> bool:
        """Every model's table and column exists (then nothing needs the owner's rights)."""
        have: dict[str, set[str]] = {}
        for table, column in self.fetchall(_COLUMNS_SQL):
            have.setdefault(str(table), set()).add(str(column))
        return all(model.__table__ in have and set(model.model_fields) <= have[model.__table__]
                   for model in ALL_MODELS)

    def _migrate(self, version: int | None) -> None:
        """Make or bring up to date the schema, in one transaction under the write lock."""
        self.begin_write()
        try:
            version = self._version()  # another program may have done it while we waited
            if version is None:
                self.execute(f"CREATE TABLE IF NOT EXISTS {META} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                self.execute(f"INSERT INTO {META} (key, value) VALUES ('application', 'rundbord')")
                self.execute(f"INSERT INTO {META} (key, value) VALUES ('schema_version', ?)", (str(BASE_VERSION),))
            self._sync_tables()
            from .. import search_index

            search_index.create(self)
            self._base_schema()
            start = version if version is not None else BASE_VERSION
            for number in sorted(PG_MIGRATIONS):
                if number > start:
                    PG_MIGRATIONS[number](self)
            if version is not None and version < SCHEMA_VERSION and self._after_migrations is not None:
                self._after_migrations(self, version)
            self.execute(f"UPDATE {META} SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.rollback()
            if isinstance(exc, pg_errors.InsufficientPrivilege):
                raise DatabaseProblem(msg("pg.owner_only", where=self.where, reason=_first_line(exc))) from exc
            problem = pg_problem(exc, self.where)
            if problem is not None:
                raise problem from exc
            raise
        self._columns.clear()

    def _sync_tables(self) -> None:
        """Tables and columns from the models; references added once every table exists."""
        existing = {str(r[0]) for r in self.fetchall(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
        for model in ALL_MODELS:
            table = model.__table__
            cols = columns_of(model)
            if table not in existing:
                parts = ['"id" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY']
                parts += [f"{quote(name)} {_TYPES[t]}" for name, t in cols.items() if name != "id"]
                self.execute(f"CREATE TABLE {quote(table)} ({', '.join(parts)})")
                continue
            have = set(self.columns(table))
            for name, ctype in cols.items():
                if name not in have:
                    self.execute(f"ALTER TABLE {quote(table)} ADD COLUMN {quote(name)} {_TYPES[ctype]}")
                    default = _stored_default(model.model_fields[name])
                    if default is not None:
                        self.execute(f"UPDATE {quote(table)} SET {quote(name)} = ?", (default,))
            self._columns.pop(table, None)
        constraints = {str(r[0]) for r in self.fetchall(
            "SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = current_schema() AND contype = 'f'")}
        for model in ALL_MODELS:
            for column, target, target_column in foreign_keys_of(model):
                name = f"fk_{model.__table__}_{column}"
                if name not in constraints:
                    self.execute(
                        f"ALTER TABLE {quote(model.__table__)} ADD CONSTRAINT {quote(name)} FOREIGN KEY "
                        f"({quote(column)}) REFERENCES {quote(target)} ({quote(target_column)}) "
                        "DEFERRABLE INITIALLY IMMEDIATE"
                    )
                self.execute(f"CREATE INDEX IF NOT EXISTS {quote(f'idx_{model.__table__}_{column}')} "
                             f"ON {quote(model.__table__)} ({quote(column)})")

    def _base_schema(self) -> None:
        """Indexes, the audit log's protection and the facilitators' rights (idempotent)."""
        for name, table, columns in _INDEXES:
            self.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {quote(table)} ({', '.join(quote(c) for c in columns)})")
        t = AuditEntry.__table__
        self.execute(
            f"CREATE OR REPLACE FUNCTION {APPEND_ONLY_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$BEGIN RAISE EXCEPTION '{t} is append-only'; END$$"
        )
        for name, when in ((f"{t}_no_update", "BEFORE UPDATE ON {t} FOR EACH ROW"),
                           (f"{t}_no_delete", "BEFORE DELETE ON {t} FOR EACH ROW"),
                           (TRUNCATE_TRIGGER, "BEFORE TRUNCATE ON {t} FOR EACH STATEMENT")):
            self.execute(f"DROP TRIGGER IF EXISTS {name} ON {t}")
            self.execute(f"CREATE TRIGGER {name} {when.format(t=t)} EXECUTE FUNCTION {APPEND_ONLY_FUNCTION}()")
        self.execute(f"REVOKE UPDATE, DELETE, TRUNCATE ON {t} FROM PUBLIC")
        self.grant_facilitators()

    def grant_facilitators(self) -> None:
        """The group role `rundbord_facilitator` (when the server has it) may read and write the data,
        and only read and append to the audit log."""
        if not self.fetchall("SELECT 1 FROM pg_roles WHERE rolname = ?", (FACILITATOR_ROLE,)):
            return
        t = AuditEntry.__table__
        role = quote(FACILITATOR_ROLE)
        self.execute(f"GRANT USAGE ON SCHEMA {quote(self._schema())} TO {role}")
        self.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {quote(self._schema())} TO {role}")
        self.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {quote(self._schema())} TO {role}")
        self.execute(f"REVOKE UPDATE, DELETE, TRUNCATE ON {t} FROM {role}")
        self.execute(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {META} FROM {role}")

    def _schema(self) -> str:
        return str(self.fetchall("SELECT current_schema()")[0][0])

    # -- statements -------------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        cur = self.conn.execute(pg_sql(sql), params or None)
        return cur.rowcount

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """The rows of an `INSERT ... VALUES (?, ...)` go as one statement of many rows (the server
        parses and plans it once: a change's audit rows are one statement, not one each)."""
        if not rows:
            return
        values = _ONE_ROW_INSERT.fullmatch(sql)
        if values is None:
            with self.conn.cursor() as cur:
                cur.executemany(pg_sql(sql), rows)
            return
        head, one_row = pg_sql(values[1]), pg_sql(values[2])
        per_statement = _MAX_PARAMETERS // max(1, len(rows[0]))
        for start in range(0, len(rows), per_statement):
            chunk = rows[start:start + per_statement]
            self.conn.execute(head + ", ".join([one_row] * len(chunk)), [v for row in chunk for v in row])

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(pg_sql(sql), params or None).fetchall()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        cur = self.conn.execute(pg_sql(sql), params or None)
        if cur.description is None:
            return []
        cls = row_class([d.name for d in cur.description])
        return [cls(r) for r in cur.fetchall()]

    def insert(self, table: str, columns: Sequence[str], values: Sequence[Any]) -> int:
        cols = ", ".join(quote(c) for c in columns)
        row = self.conn.execute(
            f"INSERT INTO {quote(table)} ({cols}) VALUES ({', '.join('%s' for _ in columns)}) RETURNING id",
            list(values),
        ).fetchone()
        assert row is not None
        return int(row[0])

    # -- transactions -----------------------------------------------------------------------------
    def begin_write(self) -> None:
        if self.read_only:
            raise ReadOnlyDatabase(msg("pg.read_only"))
        self._begin("BEGIN")

    def _begin(self, statement: str) -> None:
        try:  # one round trip: the three statements in one simple query
            self.conn.execute(f"{statement}; SET LOCAL lock_timeout = {int(engine_module.BUSY_TIMEOUT_MS)}; "
                              f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        except BaseException as exc:
            self.rollback()
            problem = pg_problem(exc, self.where)
            if problem is not None:
                raise problem from exc
            raise

    def commit(self) -> None:
        self.conn.execute(f"NOTIFY {CHANNEL}; COMMIT")  # sent as the transaction commits, never before
        self._own_commits += 1

    def rollback(self) -> None:
        try:
            if self.conn.info.transaction_status != TransactionStatus.IDLE:
                self.conn.execute("ROLLBACK")
        except psycopg.Error:
            pass

    def defer_foreign_keys(self) -> None:
        self.conn.execute("SET CONSTRAINTS ALL DEFERRED")

    def problem(self, exc: BaseException) -> Exception | None:
        return pg_problem(exc, self.where)

    @contextmanager
    def side_write(self) -> Iterator[Engine]:
        """One short write on a database opened read-only: a READ WRITE transaction on the same connection."""
        self._begin("BEGIN READ WRITE")
        try:
            yield self
            self.commit()
        except BaseException as exc:
            self.rollback()
            problem = pg_problem(exc, self.where)
            if problem is not None:
                raise problem from exc
            raise

    # -- the schema -------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        row = self.fetchone(f"SELECT value FROM {META} WHERE key = 'schema_version'")
        return int(row[0]) if row else 0

    def columns(self, table: str) -> list[str]:
        found = self._columns.get(table)
        if found is None:
            found = [str(r[1]) for r in self.fetchall(_COLUMNS_SQL + " AND c.relname = ? ORDER BY a.attnum", (table,))]
            if found:
                self._columns[table] = found
        return found

    # -- watching ---------------------------------------------------------------------------------
    def change_marker(self) -> tuple[int, int]:
        """(notifications heard, this connection's own commits). Listens from the first call on."""
        if not self._listening:
            self.conn.execute(f"LISTEN {CHANNEL}")
            self._listening = True
        if self.conn.info.transaction_status == TransactionStatus.IDLE:
            for _ in self.conn.notifies(timeout=0):  # what has arrived, also during other statements
                self._heard += 1
        return self._heard, self._own_commits

    def identity(self) -> object | None:
        if self.conn.closed or self.conn.broken:
            return None
        return self.where

    # -- looking after it -------------------------------------------------------------------------
    def structure_items(self) -> list[CheckItem]:
        items: list[CheckItem] = []
        missing = [m.__table__ for m in ALL_MODELS if not self.columns(m.__table__)]
        if missing:
            items.append(CheckItem("Databasens opbygning", False, msg("check.pg_tables_missing", tables=", ".join(missing))))
        else:
            server = self.fetchall("SHOW server_version")[0][0]
            items.append(CheckItem("Databasens opbygning", True,
                                   msg("check.pg_tables_ok", server=server, schema=self.schema_version)))
        expected = {f"fk_{m.__table__}_{c}" for m in ALL_MODELS for c, _, _ in foreign_keys_of(m)}
        found = {str(r[0]): bool(r[1]) for r in self.fetchall(
            "SELECT conname, convalidated FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = current_schema() AND contype = 'f'")}
        gone = sorted(expected - set(found))
        unchecked = sorted(name for name, ok in found.items() if not ok)
        if gone or unchecked:
            parts = []
            if gone:
                parts.append(msg("check.pg_references_dropped", names=", ".join(gone[:5])))
            if unchecked:
                parts.append(msg("check.pg_references_unchecked", names=", ".join(unchecked[:5])))
            items.append(CheckItem("Henvisninger", False, msg("check.pg_references_broken", parts=joined(parts, "; "))))
        else:
            items.append(CheckItem("Henvisninger", True, msg("check.pg_references_ok")))
        return items

    def triggers_problem(self, table: str, triggers: dict[str, str]) -> Message | None:
        found = {str(r[0]): (str(r[1]), str(r[2])) for r in self.fetchall(
            "SELECT t.tgname, t.tgenabled, p.proname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relname = ? AND n.nspname = current_schema() AND NOT t.tgisinternal", (table,))}
        missing: list[Message] = []
        for name in [*triggers, TRUNCATE_TRIGGER]:
            state = found.get(name)
            if state is None:
                missing.append(msg("check.trigger_missing", name=name))
            elif state[0] == "D" or state[1] != APPEND_ONLY_FUNCTION:
                missing.append(msg("check.trigger_disabled" if state[0] == "D" else "check.trigger_changed", name=name))
        body = self.fetchall("SELECT prosrc FROM pg_proc WHERE proname = ?", (APPEND_ONLY_FUNCTION,))
        if not body or "RAISE EXCEPTION" not in str(body[0][0]).upper():
            missing.append(msg("check.trigger_missing" if not body else "check.trigger_changed",
                               name=f"{APPEND_ONLY_FUNCTION}()"))
        problems: list[Message] = []
        if missing:
            problems.append(msg("check.triggers_gone", which=joined(missing, ", ")))
        allowed = [str(r[0]) for r in self.fetchall(
            "SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a "
            "WHERE c.relname = ? AND n.nspname = current_schema() AND a.grantee <> c.relowner "
            "AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE') ORDER BY 1", (table,))]
        if allowed:
            problems.append(msg("check.roles_may_change", roles=", ".join(allowed), table=table))
        if not problems:
            return None
        return problems[0] if len(problems) == 1 else msg("check.joined", parts=joined(problems, " "))

    def copy_to_sqlite(self, target: Path) -> None:
        from ..copying import copy_to_new_sqlite

        copy_to_new_sqlite(self, target)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One consistent, read-only view of the whole database (a copy's source)."""
        if self.conn.info.transaction_status != TransactionStatus.IDLE:
            yield
            return
        self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield
        finally:
            self.rollback()

    def reset_ids(self, tables: Sequence[str]) -> None:
        """After rows were copied in with their ids: each table's next id comes after its highest."""
        for table in tables:
            self.fetchall(
                f"SELECT setval(pg_get_serial_sequence(?, 'id'), coalesce(max(id), 0) + 1, false) FROM {quote(table)}",
                (quote(table),))

    def close(self) -> None:
        self.conn.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def is_postgres(engine: Engine) -> bool:
    return isinstance(engine, PostgresEngine)


__all__ = ["CHANNEL", "FACILITATOR_ROLE", "PostgresEngine", "WRITE_LOCK", "is_postgres", "pg_problem", "pg_sql"]
