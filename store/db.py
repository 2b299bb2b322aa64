"""The store's one way to the data: audited writes and typed reads, on either engine.

`Database` speaks to an `Engine` (engine.py): SQLite, one private file (the
default), or PostgreSQL, one database shared by a municipality. Nothing here
knows which; the SQL is what both read.

Every write goes through `insert` / `update` / `delete` inside `write()`;
those append one audit row per changed field, chained to the row before by an
HMAC-SHA-256 keyed with a secret kept outside the database (`audit_key.py`),
and keep the search index in step (search_index.py), in the same transaction.
The engine lets one write transaction run at a time, so the chain's head read
and the new rows written are never interleaved with another writer's.
`append_access` adds a row saying who looked at a citizen's data (the same
chain), also from a database opened read-only.

Every editable record carries a `version`: `update` with `expected_version`
refuses, with `EditConflict`, a change made from a form opened on an older
version, naming who changed it since and when (nothing is overwritten).

Rows are read into models by one function, `rows_to`.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from . import search_index
from .audit_key import AuditKey
from .engine import Engine, quote
from .engines.sqlite import write_problem
from .messages import msg
from .enums import AuditAction
from .errors import (
    READ_ONLY_MESSAGE,
    EditConflict,
    InputError,
    NotFound,
    ReadOnlyDatabase,
    from_pydantic,
)
from .models import MODEL_BY_TABLE, AuditEntry, Record
from .reader import RowReader, is_row_class, mark_keyed_chain
from .row_types import UnreadableRow, plain_rows
from .rows import rows_to
from .schema import KEYED_CHAIN_VERSION, NOT_AUDITED_FIELDS
from .textrules import UNCHANGED

R = TypeVar("R", bound=Record)

from .chain import (  # noqa: F401 - the chain's helpers, as the store's modules and tests import them from here
    ACCESS_TABLE,
    AUDIT_COLUMNS,
    GENESIS_HASH,
    AuditRow,
    append_rows,
    audit_text,
    default_user,
    entry_hash,
    keyed_hash,
    last_hash,
    to_sql,
)


class Database(RowReader):
    """One open Rundbord database (a SQLite file or a PostgreSQL database), used from one thread."""

    def __init__(
        self,
        location: str | os.PathLike[str],
        *,
        user: str | None = None,
        create: bool = True,
        read_only: bool = False,
        allow_older: bool = False,
        engine: Engine | None = None,
    ) -> None:
        """`engine`: one already open on `location` (`ListStore.full`: the first screen's reader, then the
        full store on the same connection)."""
        from .engines import open_engine

        self.user = user or ""
        self._key: AuditKey | None = None
        self._in_tx = False
        if engine is None:
            engine = open_engine(location, user=user, create=create, read_only=read_only,
                                 allow_older=allow_older, after_migrations=self._after_migrations)
        super().__init__(engine, user)

    # -- what it is -------------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        """The SQLite file (None on PostgreSQL)."""
        return self.engine.path

    @property
    def where(self) -> str:
        """The database as a person may read it (a path, or a URL without its password)."""
        return self.engine.where

    @property
    def read_only(self) -> bool:
        return self.engine.read_only

    @property
    def warnings(self) -> list[str]:
        return self.engine.warnings

    @property
    def upgrade_backup(self) -> Path | None:
        """The copy written beside the file before it was upgraded (this open)."""
        return self.engine.upgrade_backup

    @property
    def conn(self) -> Any:
        """The engine's own connection (sqlite3 or psycopg): for tests and the engine's tools only."""
        return getattr(self.engine, "conn")

    def close(self) -> None:
        self.engine.close()

    @property
    def schema_version(self) -> int:
        return self.engine.schema_version

    def data_version(self) -> int:
        """Moves when another connection commits (the first half of `change_marker`)."""
        return self.engine.change_marker()[0]

    def _after_migrations(self, engine: Engine, version: int) -> None:
        """Inside an upgrade's transaction: the keyed chain's marker row (`reader.mark_keyed_chain`)."""
        mark_keyed_chain(engine, version, user=self.user or engine.user, key=self.signing_key())

    # -- transactions ----------------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction (one writer at a time, waited for within the busy timeout).

        Nested use joins the outer transaction.
        """
        if self._in_tx:
            yield
            return
        if self.read_only:
            raise ReadOnlyDatabase(READ_ONLY_MESSAGE)
        engine = self.engine
        engine.begin_write()
        self._in_tx = True
        try:
            yield
            engine.commit()
        except BaseException as exc:
            engine.rollback()
            self._citizen_cache.clear()
            problem = engine.problem(exc)
            if problem is not None:
                raise problem from exc
            raise
        finally:
            self._in_tx = False

    @property
    def in_transaction(self) -> bool:
        return self._in_tx

    # -- reading ---------------------------------------------------------------------------------
    def select(
        self, model: type[R], where: str = "", params: Sequence[Any] = (), order_by: str = "id"
    ) -> list[R]:
        """Records of `model`'s table: pydantic models, or plain rows for a class of `row_types.py`
        (a row the plain path cannot read is read as its model, whose validation reports it)."""
        names, rows = self._fetch(model, where, params, order_by)
        if is_row_class(model):
            try:
                return plain_rows(model, names, rows)
            except UnreadableRow:
                return rows_to(MODEL_BY_TABLE[model.__table__], names, rows)  # type: ignore[arg-type]
        return rows_to(model, names, rows)

    # -- audited writes --------------------------------------------------------------------------
    def validate(self, model: type[R], data: dict[str, Any], *, unchanged: frozenset[str] = frozenset()) -> R:
        """`data` as a model, or InputError in Danish. Text rules are not applied again to the fields
        in `unchanged` (an update's fields kept as stored)."""
        try:
            if unchanged:
                return model.model_validate(data, context={UNCHANGED: unchanged})
            return model.model_validate(data)
        except ValidationError as exc:
            raise from_pydantic(exc) from None

    def _refuse_nul(self, data: dict[str, Any]) -> None:
        """PostgreSQL cannot store NUL in a text: refused in Danish before anything is written (SQLite keeps
        it as typed; screens show it as ␀, exports leave it out)."""
        if self.engine.stores_nul:
            return
        for field, value in data.items():
            if isinstance(value, str) and "\x00" in value:
                raise InputError(field, msg("pg.nul"))

    def insert(self, record: R) -> R:
        self._require_tx()
        data = {k: to_sql(v) for k, v in record.model_dump().items() if k != "id" or v is not None}
        self._refuse_nul(data)
        table = type(record).__table__
        rid = self.engine.insert(table, list(data), list(data.values()))
        search_index.written(self.engine, table, rid, data)
        stored = record.model_copy(update={"id": rid})
        changes = [(k, None, v) for k, v in data.items()
                   if k != "id" and k not in NOT_AUDITED_FIELDS and v is not None and v != ""]
        self._audit(AuditAction.INSERT, table, rid, changes, stored)
        return stored

    def update(self, model: type[R], record_id: int, *, expected_version: int | None = None, **changes: Any) -> R:
        """Validate the record with `changes` applied, write the changed fields (and a new version).

        With `expected_version` (the version a form was opened on), a record changed by
        someone else since is refused with `EditConflict` and nothing is written.
        """
        self._require_tx()
        old = self.get(model, record_id)
        stored = old.model_dump()
        if expected_version is not None and "version" in stored and stored["version"] != expected_version:
            raise self.conflict(old, expected_version, changes)
        changes.pop("version", None)
        merged = {**stored, **changes}
        new = self.validate(model, merged, unchanged=frozenset(k for k, v in merged.items() if stored.get(k) == v))
        old_sql = {k: to_sql(v) for k, v in stored.items()}
        new_sql = {k: to_sql(v) for k, v in new.model_dump().items()}
        diff = [(k, old_sql[k], new_sql[k]) for k in new_sql if k not in ("id", "version") and old_sql[k] != new_sql[k]]
        if not diff:
            return old
        self._refuse_nul({k: v for k, _, v in diff})
        sets = [f"{quote(k)} = ?" for k, _, _ in diff]
        params: list[Any] = [v for _, _, v in diff]
        where = "id = ?"
        if "version" in stored:
            sets.append('"version" = ?')
            params.append(int(stored["version"]) + 1)
            new = new.model_copy(update={"version": int(stored["version"]) + 1})
            new_sql["version"] = int(stored["version"]) + 1
            where += ' AND "version" = ?'
        params.append(record_id)
        if "version" in stored:
            params.append(stored["version"])
        if self.engine.execute(f'UPDATE "{model.__table__}" SET {", ".join(sets)} WHERE {where}', params) != 1:
            raise self.conflict(self.get(model, record_id), int(stored.get("version") or 0), changes)
        search_index.written(self.engine, model.__table__, record_id, new_sql, changed=[k for k, _, _ in diff])
        self._audit(AuditAction.UPDATE, model.__table__, record_id, diff, new)
        return new

    def require_version(self, model: type[R], record_id: int, expected_version: int | None,
                        changes: dict[str, Any]) -> None:
        """Inside a write: refuse (EditConflict) when the record is no longer at `expected_version`.

        For a use case that changes a record through several statements (the GAS editor's levels):
        checked once, first, before anything is written.
        """
        self._require_tx()
        if expected_version is None:
            return
        current = self.get(model, record_id)
        if getattr(current, "version", expected_version) != expected_version:
            raise self.conflict(current, expected_version, changes)

    def conflict(self, current: Record, expected_version: int, changes: dict[str, Any]) -> EditConflict:
        """The refusal of a change made from a form opened on `expected_version` of `current`."""
        table = type(current).__table__
        assert current.id is not None
        rows = self.engine.fetchall(
            f'SELECT "user", at FROM {AuditEntry.__table__} WHERE table_name = ? AND record_id = ? '
            "AND action = ? ORDER BY id DESC LIMIT 1",
            (table, current.id, AuditAction.UPDATE.value),
        )
        who, at = (str(rows[0][0]), datetime.fromisoformat(str(rows[0][1]))) if rows else ("", None)
        return EditConflict(current, expected_version, who, at, dict(changes))

    def delete(self, model: type[R], record_id: int) -> R:
        self._require_tx()
        old = self.get(model, record_id)
        citizen = self.citizen_of(old)
        self.engine.execute(f'DELETE FROM "{model.__table__}" WHERE id = ?', (record_id,))
        old_sql = {k: to_sql(v) for k, v in old.model_dump().items() if k != "id"}
        search_index.deleted(self.engine, model.__table__, record_id, old_sql)
        changes = [(k, v, None) for k, v in old_sql.items()
                   if k not in NOT_AUDITED_FIELDS and v is not None and v != ""]
        self._audit(AuditAction.DELETE, model.__table__, record_id, changes, None, citizen=citizen)
        return old

    def defer_foreign_keys(self) -> None:
        """In this write transaction, references are checked at commit (rows put back in any order)."""
        self._require_tx()
        self.engine.defer_foreign_keys()

    def _require_tx(self) -> None:
        if not self._in_tx:
            raise RuntimeError("write outside a transaction: use `with db.write():`")

    # -- audit -------------------------------------------------------------------------------------
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
        self._append_rows(self.engine, [
            (action, table, record_id, field, audit_text(old), audit_text(new), citizen)
            for field, old, new in changes
        ])

    def append_access(self, record_id: int, event: str, details: str, citizen_id: int | None) -> None:
        """One access row (who looked) in the chain, in its own transaction.

        A database opened read-only gets it through a short write of this row only
        (SQLite: a second, short-lived connection); one that cannot be written raises
        `ReadOnlyDatabase` and nothing is written.
        """
        row: list[AuditRow] = [(AuditAction.ACCESS, ACCESS_TABLE, record_id, event, None, details, citizen_id)]
        if not self.read_only or self._in_tx:
            with self.write():
                self._append_rows(self.engine, row)
            return
        with self.engine.side_write() as side:
            self._append_rows(side, row)


def check_input(model: type[R], **data: Any) -> R:
    """Validate without a database (for screens that check before saving)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise from_pydantic(exc) from None


__all__ = ["Database", "InputError", "check_input", "to_sql", "write_problem"]
