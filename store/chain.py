"""The audit chain's rows without the models: how a value is stored, how a row is keyed, appending rows.

`Database` (db.py) writes every change's rows through `append_rows`; a reader that
needs no models (`store/reader.py`: the command line's exports) appends the row saying
who looked (`ACCESS_TABLE`) through the same function, so the chain is made one way.
"""
from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

from .audit_key import AuditKey
from .clock import now
from .engine import Engine, quote
from .enums import AuditAction

AUDIT_TABLE = "audit_log"
"""`models.AuditEntry.__table__` (tests/store/test_row_types.py holds the two equal)."""

GENESIS_HASH = "0" * 64



def to_sql(value: Any) -> Any:
    """A Python value as both engines store it (dates as ISO text, booleans as 0/1)."""
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


def entry_hash(prev_hash: str, fields: Sequence[Any]) -> str:
    """The unkeyed SHA-256 of the rows written before the chain was keyed (schema < 7)."""
    payload = json.dumps([prev_hash, *[audit_text(f) for f in fields]], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def keyed_hash(key: AuditKey, prev_hash: str, fields: Sequence[Any], key_id: str) -> str:
    """HMAC-SHA-256 over the row's fields, the previous row's hash and the key's id."""
    payload = json.dumps([prev_hash, *[audit_text(f) for f in fields], key_id], ensure_ascii=False)
    return key.sign(payload.encode("utf-8"))


AUDIT_COLUMNS = ("at", "user", "action", "table_name", "record_id", "field", "old_value", "new_value",
                 "citizen_id", "prev_hash", "hash", "key_id")
"""The audit log's columns as written (the hash covers the first nine, the previous hash and the key id)."""
_AUDIT_INSERT = (
    f"INSERT INTO {AUDIT_TABLE} ({', '.join(quote(c) for c in AUDIT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)})"
)


AuditRow = tuple[AuditAction, str, int, str, "str | None", "str | None", "int | None"]
"""(action, table, record id, field, old value, new value, citizen) of one audit row to append."""

ACCESS_TABLE = "access"
"""The `table_name` of access rows (who looked): no table of that name holds data."""


def last_hash(engine: Engine) -> str:
    """The hash of the chain's last row (the genesis hash of an empty log)."""
    row = engine.fetchone(f"SELECT hash FROM {AUDIT_TABLE} ORDER BY id DESC LIMIT 1")
    return str(row[0]) if row else GENESIS_HASH


def append_rows(engine: Engine, key: AuditKey, user: str, rows: Sequence[AuditRow]) -> None:
    """Append audit rows (inside the engine's one write transaction), each keyed and chained to the one before.

    The engine lets one write transaction run at a time (SQLite's write lock, PostgreSQL's
    advisory lock), so the head read here is the chain's head until this transaction ends.
    """
    if not rows:
        return
    at = to_sql(now())
    prev = last_hash(engine)
    values: list[list[Any]] = []
    for action, table, record_id, field, old, new, citizen in rows:
        fields = [at, user, action.value, table, record_id, field, old, new, citizen]
        h = keyed_hash(key, prev, fields, key.id)
        values.append([*fields, prev, h, key.id])
        prev = h
    engine.executemany(_AUDIT_INSERT, values)
