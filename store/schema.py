"""The database schema, derived from the pydantic models, and its migrations.

Tables and columns come from `models.ALL_MODELS`: at every open, missing
tables are created and missing columns added (additive evolution, never a
dropped row). Ordered migrations then run for what cannot be derived: indexes,
triggers, data changes. `PRAGMA user_version` holds the schema version.
"""
from __future__ import annotations

import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from . import search_index
from .models import ALL_MODELS, AuditEntry, Record
from .versions import KEYED_CHAIN_VERSION, SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils  # slow to import: only where the schema must change

Migration = Callable[["sqlite_utils.Database"], None]


def _base_type(annotation: Any) -> Any:
    """Unwrap Optional/Annotated to the underlying Python type."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _base_type(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _base_type(args[0]) if args else str
    return annotation


def column_type(info: FieldInfo) -> type:
    """The sqlite-utils column type for one model field."""
    base = _base_type(info.annotation)
    if isinstance(base, type):
        if issubclass(base, bool) or issubclass(base, int):
            return int
        if issubclass(base, float):
            return float
        if issubclass(base, (Enum, str, date, datetime)):
            return str
    return str


def columns_of(model: type[Record]) -> dict[str, type]:
    return {name: column_type(info) for name, info in model.model_fields.items()}


def foreign_keys_of(model: type[Record]) -> list[tuple[str, str, str]]:
    """Columns named `<table>_id` (or `who_id`) reference that table's id."""
    fks: list[tuple[str, str, str]] = []
    if model.__table__ == "view_state":
        return fks  # the focus may point at something just deleted: kept loose
    tables = {m.__table__ for m in ALL_MODELS}
    for name in model.model_fields:
        if name == "who_id":
            fks.append((name, "participant", "id"))
        elif name == "current_item_id":
            continue  # points into agenda_item; kept loose so agenda rows can be deleted
        elif name.endswith("_id") and name != "id":
            target = name[: -len("_id")]
            if target in tables:
                fks.append((name, target, "id"))
    return fks


def sync_tables(db: sqlite_utils.Database) -> None:
    """Create missing tables and add missing columns, from the models."""
    existing = set(db.table_names())
    for model in ALL_MODELS:
        table = model.__table__
        cols = columns_of(model)
        if table not in existing:
            db[table].create(  # type: ignore[union-attr]
                cols, pk="id", foreign_keys=foreign_keys_of(model), not_null={"id"}
            )
        else:
            have = set(db[table].columns_dict)
            for name, ctype in cols.items():
                if name not in have:
                    db[table].add_column(name, ctype)  # type: ignore[union-attr]
                    default = _stored_default(model.model_fields[name])
                    if default is not None:  # the rows already there get the model's default, not NULL
                        db.execute(f"UPDATE [{table}] SET [{name}] = ?", [default])


def _stored_default(info: FieldInfo) -> Any:
    """A field's default as SQLite stores it (None: no default, or None)."""
    default = info.get_default(call_default_factory=False)
    if default is None or default is PydanticUndefined or callable(default):
        return None
    if isinstance(default, Enum):
        return default.value
    if isinstance(default, bool):
        return int(default)
    if isinstance(default, (int, float, str)):
        return default
    return None


def _m1_indexes(db: sqlite_utils.Database) -> None:
    db.index_foreign_keys()
    db["citizen"].create_index(["name"], if_not_exists=True)  # type: ignore[union-attr]
    db["agreement"].create_index(["status", "due_date"], if_not_exists=True)  # type: ignore[union-attr]
    db["scale_reading"].create_index(["goal_id", "date"], if_not_exists=True)  # type: ignore[union-attr]
    db["meeting"].create_index(["date"], if_not_exists=True)  # type: ignore[union-attr]
    db["audit_log"].create_index(["citizen_id"], if_not_exists=True)  # type: ignore[union-attr]


def _m2_audit_append_only(db: sqlite_utils.Database) -> None:
    """The audit log cannot be edited or deleted through SQL."""
    t = AuditEntry.__table__
    db.execute(
        f"CREATE TRIGGER IF NOT EXISTS {t}_no_update BEFORE UPDATE ON {t} "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
    db.execute(
        f"CREATE TRIGGER IF NOT EXISTS {t}_no_delete BEFORE DELETE ON {t} "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )


def _m3_follow_up_indexes(db: sqlite_utils.Database) -> None:
    """The follow-up year (årshjul) finds goal periods ending and SMTTE evaluations due by date."""
    db["goal"].create_index(["end_date"], if_not_exists=True)  # type: ignore[union-attr]
    db["goal"].create_index(["smtte_due"], if_not_exists=True)  # type: ignore[union-attr]


def _m4_bench_indexes(db: sqlite_utils.Database) -> None:
    """The citizens list walks names in display order and stops at its limit (bench/)."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_citizen_name_nocase ON citizen(name COLLATE NOCASE, id)")


def _m5_search_index(db: sqlite_utils.Database) -> None:
    """Search in any case and by any part of a text, and the citizens list in Danish order.

    Builds the trigram index and the citizens list (search_index.py) from the rows
    already there; the NOCASE name index (ASCII-only folding, not Danish order) goes.
    A meeting kind's meetings are found newest first through `idx_meeting_kind_date`.
    """
    from .engines.sqlite import wrap

    search_index.rebuild(wrap(db.conn))
    db.execute("DROP INDEX IF EXISTS idx_citizen_name_nocase")
    db.execute("CREATE INDEX IF NOT EXISTS idx_meeting_kind_date ON meeting(kind, date)")


def _m6_record_indexes(db: sqlite_utils.Database) -> None:
    """The record of consent, evaluations and ticks (issue 17): their references indexed, and an item's
    consents found by its key. Items marked shared before consent was kept as a record are not given a
    consent here: they wait, unseen by relatives, until a consent is recorded (Deling og samtykke)."""
    db.index_foreign_keys()
    db["consent_item"].create_index(["item"], if_not_exists=True)  # type: ignore[union-attr]


def _m7_keyed_chain(db: sqlite_utils.Database) -> None:
    """From schema 7 every audit row is keyed (HMAC-SHA-256, `audit_key.py`) and names its key
    (`audit_log.key_id`, added from the model). `Database._migrate` appends the keyed row that
    marks where a file's older, unkeyed rows end; the append-only triggers are made again in
    case they were dropped."""
    _m2_audit_append_only(db)


def _m8_versions(db: sqlite_utils.Database) -> None:
    """Every editable record carries a `version` (edits never overwrite: db.py); the column comes from the
    models, 1 for the rows already there. A record's changes are found in the log by its table and id
    (who changed it, when: the conflict a form shows, and the record's history)."""
    db.execute(f"CREATE INDEX IF NOT EXISTS idx_audit_log_record ON {AuditEntry.__table__}(table_name, record_id)")


MIGRATIONS: list[Migration] = [
    _m1_indexes,
    _m2_audit_append_only,
    _m3_follow_up_indexes,
    _m4_bench_indexes,
    _m5_search_index,
    _m6_record_indexes,
    _m7_keyed_chain,
    _m8_versions,
]
"""Ordered; index + 1 is the schema version after it. Append, never reorder."""

if len(MIGRATIONS) != SCHEMA_VERSION:  # versions.py is what opening a file checks: the two must agree
    raise RuntimeError(f"store/versions.py: SCHEMA_VERSION is {SCHEMA_VERSION}, but there are {len(MIGRATIONS)} migrations")

NOT_AUDITED_FIELDS = frozenset({"version"})
"""Fields kept out of the audit log (bookkeeping, not personal data): `check` does not replay them."""

APPEND_ONLY_TRIGGERS: dict[str, str] = {
    f"{AuditEntry.__table__}_no_update": "UPDATE",
    f"{AuditEntry.__table__}_no_delete": "DELETE",
}
"""The triggers that keep the audit log append-only (name -> the statement they stop); `check` looks for them."""
