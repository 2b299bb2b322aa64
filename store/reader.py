"""Reading a Rundbord database without the models: plain rows (`row_types.py`), and the row saying who looked.

`RowReader` is what a command that only reads needs (`rundbord export minutes`, `export plan`: the
documents in `store/exports/documents.py`), over an engine opened read-only, so neither pydantic nor the
models load. `Database` (db.py) is a `RowReader` that also writes, validates and reads models: the
look-ups here (`get`, `find`, `citizen_of`, appending an access row to the chain) are the same
methods on both.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .audit_key import AuditKey, signing_key
from .chain import ACCESS_TABLE, AUDIT_TABLE, GENESIS_HASH, AuditRow, append_rows, last_hash
from .engine import Engine, quote
from .enums import AuditAction
from .errors import NotFound
from .messages import MESSAGES, msg
from .row_types import SPECS, plain_rows
from .versions import KEYED_CHAIN_VERSION

if TYPE_CHECKING:
    from .models import Record

R = TypeVar("R", bound="Record")


def is_row_class(model: type[Any]) -> bool:
    """A plain row class of `row_types.py` (not a pydantic model)."""
    return hasattr(model, "__row_fields__")


def row_class_of(table: str) -> Any:
    """The plain row class of `table`."""
    import store.row_types as row_types

    return next(getattr(row_types, name) for name, spec in SPECS.items() if spec.table == table)


def not_found(table: str, record_id: int) -> NotFound:
    """'Der er ingen <kind> nr. N' for a record of `table` (the one wording, models or rows)."""
    kind = f"item_kind.{table}"
    return NotFound(msg("db.not_found", kind=msg(kind if kind in MESSAGES else "item_kind.record"), n=record_id))


def mark_keyed_chain(engine: Engine, version: int, *, user: str | None = None,
                     key: AuditKey | None = None) -> None:
    """Inside an upgrade's transaction: a file whose rows so far carry unkeyed hashes gets the keyed
    row that marks the place (check refuses an unkeyed row after it, or a log with none)."""
    if version < KEYED_CHAIN_VERSION and last_hash(engine) != GENESIS_HASH:
        append_rows(engine, key or signing_key(), user or engine.user,
                    [(AuditAction.KEY, AUDIT_TABLE, 0, "hash", None, "HMAC-SHA-256", None)])


def open_reader(location: str | os.PathLike[str], *, user: str | None = None, read_only: bool = False) -> RowReader:
    """The database at `location` opened as `Database` opens it (the same checks, refusals, warnings,
    migrations of an older file), read as plain rows."""
    from .engines import open_engine

    def after_migrations(engine: Engine, version: int) -> None:
        mark_keyed_chain(engine, version, user=user)

    return RowReader(open_engine(location, user=user, read_only=read_only, after_migrations=after_migrations), user)


class RowReader:
    """One open database read as plain rows; appends access rows to the audit chain."""

    def __init__(self, engine: Engine, user: str | None = None) -> None:
        self.engine = engine
        self.user = user or engine.user
        self._key: AuditKey | None = None
        self._citizen_cache: dict[tuple[str, int], int | None] = {}
        self._column_lists: dict[type[Any], tuple[tuple[str, ...], str]] = {}

    @property
    def read_only(self) -> bool:
        return self.engine.read_only

    def close(self) -> None:
        self.engine.close()

    # -- reading ---------------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Rows readable by position or by column name (`r["id"]`)."""
        return self.engine.query(sql, params)

    def get(self, model: type[R], record_id: int) -> R:
        found = self.select(model, "id = ?", (record_id,), order_by="")
        if not found:
            raise not_found(model.__table__, record_id)
        return found[0]

    def find(self, model: type[R], record_id: int | None) -> R | None:
        if record_id is None:
            return None
        try:
            return self.get(model, record_id)
        except NotFound:
            return None

    def select(self, model: type[R], where: str = "", params: Sequence[Any] = (), order_by: str = "id") -> list[R]:
        """Rows of `model`'s table (a plain row class of `row_types.py`)."""
        names, rows = self._fetch(model, where, params, order_by)
        return plain_rows(model, names, rows)

    def _fetch(self, model: type[Any], where: str, params: Sequence[Any],
               order_by: str) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
        names, columns = self._columns(model)
        sql = f'SELECT {columns} FROM "{model.__table__}"'
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        return names, self.engine.fetchall(sql, params)

    def _columns(self, model: type[Any]) -> tuple[tuple[str, ...], str]:
        """The model's fields that the table has, and them as a SELECT list (worked out once per table).

        Reading named columns as plain tuples, not `SELECT *` as named rows made
        into dicts, is a third of the cost of reading a plan back.
        """
        found = self._column_lists.get(model)
        if found is None:
            have = set(self.engine.columns(model.__table__))
            fields = model._fields if is_row_class(model) else tuple(model.model_fields)
            names = tuple(name for name in fields if name in have)
            found = names, ", ".join(quote(name) for name in names)
            self._column_lists[model] = found
        return found

    def has_column(self, model: type[Any], name: str) -> bool:
        """Whether the file's table has the field's column (a file opened read-only before the app
        has added a newer field's column may not)."""
        return name in self._columns(model)[0]

    # -- who a record belongs to, who looked ----------------------------------------------------------
    def citizen_of(self, record: Any) -> int | None:
        """The citizen a record (a model or a row) belongs to, following `__parent__` links."""
        if type(record).__table__ == "citizen":
            return int(record.id) if record.id is not None else None
        parent = type(record).__parent__
        if parent is None:
            return None
        column, table = parent
        return self._citizen_of_row(table, getattr(record, column))

    def _citizen_of_row(self, table: str, record_id: int | None) -> int | None:
        if record_id is None:
            return None
        if table == "citizen":
            return record_id
        key = (table, record_id)
        if key not in self._citizen_cache:
            found = self.find(row_class_of(table), record_id)
            self._citizen_cache[key] = self.citizen_of(found) if found else None
        return self._citizen_cache[key]

    @staticmethod
    def _last_hash(engine: Engine) -> str:
        return last_hash(engine)

    def signing_key(self) -> AuditKey:
        """The audit chain's key (read, or made on first use, at the first write)."""
        if self._key is None:
            self._key = signing_key()
        return self._key

    def _append_rows(self, engine: Engine, rows: Sequence[AuditRow], *, user: str | None = None) -> None:
        """Append audit rows in the engine's write transaction, keyed and chained (`chain.append_rows`)."""
        if rows:
            append_rows(engine, self.signing_key(), user or self.user, rows)

    def append_access(self, record_id: int, event: str, details: str, citizen_id: int | None) -> None:
        """One access row (who looked) in the chain, in its own transaction.

        A database opened read-only gets it through a short write of this row only
        (SQLite: a second, short-lived connection); one that cannot be written raises
        `ReadOnlyDatabase` and nothing is written.
        """
        row: list[AuditRow] = [(AuditAction.ACCESS, ACCESS_TABLE, record_id, event, None, details, citizen_id)]
        if not self.read_only:
            engine = self.engine
            engine.begin_write()
            try:
                self._append_rows(engine, row)
                engine.commit()
            except BaseException as exc:
                engine.rollback()
                problem = engine.problem(exc)
                if problem is not None:
                    raise problem from exc
                raise
            return
        with self.engine.side_write() as side:
            self._append_rows(side, row)
