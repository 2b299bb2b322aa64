"""What `rundbord check` asks of the file beyond SQLite's own checks.

- The append-only triggers on the audit log exist and still stop UPDATE and
  DELETE (`triggers_problem`).
- Every record's current values are what the audit log says they became
  (`records_problems`): the log is replayed, insert by update by delete, and
  compared with the tables. A row changed, added or removed with SQL, outside
  Rundbord, is named.
- Every frozen minutes copy still matches its SHA-256, and the audit row it
  names as the chain head at closing still has that hash (`frozen_problems`).

Each returns Danish sentences, empty when all is well. Reads only.
"""
from __future__ import annotations

import re
import sqlite3
from typing import Any

from .audit import field_label, one_line, table_label
from .db import GENESIS_HASH, audit_text
from .enums import AuditAction
from .frozen import altered, altered_message
from .labels import AUDIENCE_DA
from .models import MODEL_BY_TABLE, AuditEntry, FrozenMinutes, Record
from .schema import APPEND_ONLY_TRIGGERS

SHOWN = 10
"""At most this many problems of one kind are listed; the rest are counted."""
NOT_LOGGED = frozenset({AuditEntry.__table__, "view_state"})
"""Tables whose rows are not in the audit log."""


def _flat(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip().upper()


def triggers_problem(conn: sqlite3.Connection) -> str | None:
    """Which append-only trigger is missing or no longer stops its statement, or None."""
    table = AuditEntry.__table__
    found = {str(r[0]): str(r[1] or "") for r in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))}
    missing: list[str] = []
    for name, statement in APPEND_ONLY_TRIGGERS.items():
        sql = _flat(found.get(name, ""))
        stops = (
            re.search(rf"\bBEFORE {statement} ON \[?\"?{table.upper()}\"?\]? ", sql) is not None
            and "RAISE(ABORT" in sql.replace(" ", "") and " WHEN " not in sql
        )
        if not stops:
            missing.append(f"{name} ({'mangler' if name not in found else 'er ændret'})")
    if not missing:
        return None
    return (
        "udløserne, der gør ændringsloggen skrivebeskyttet, er fjernet eller ændret udenom Rundbord: "
        + ", ".join(missing) + ". Loggen kan nu ændres med SQL."
    )


def _norm(value: Any) -> str | None:
    """A stored or logged value compared as the log writes it ("" and NULL are both nothing)."""
    if value is None or value == "":
        return None
    return str(value)


def _logged_state(conn: sqlite3.Connection) -> dict[tuple[str, int], dict[str, str | None] | None]:
    """(table, id) -> each field's value as the log says it became (None: deleted)."""
    state: dict[tuple[str, int], dict[str, str | None] | None] = {}
    rows = conn.execute(
        "SELECT action, table_name, record_id, field, new_value FROM audit_log "
        "WHERE action IN (?, ?, ?) ORDER BY id",
        (AuditAction.INSERT.value, AuditAction.UPDATE.value, AuditAction.DELETE.value),
    ).fetchall()
    inserting: tuple[str, int] | None = None  # the rows of one insert come together (one transaction)
    for action, table, record_id, field, new in rows:
        key = (str(table), int(record_id))
        if action == AuditAction.INSERT.value:
            fields = state.get(key) if inserting == key else None
            if fields is None:
                fields = state[key] = {}
            fields[str(field)] = _norm(new)
            inserting = key
            continue
        inserting = None
        if action == AuditAction.DELETE.value:
            state[key] = None
        else:
            current = state.get(key)
            if current is None:
                current = state[key] = {}
            current[str(field)] = _norm(new)
    return state


def records_problems(conn: sqlite3.Connection) -> list[str]:
    """Records whose current values differ from what the audit log says they became."""
    state = _logged_state(conn)
    problems: list[str] = []
    seen: set[tuple[str, int]] = set()
    for table, model in MODEL_BY_TABLE.items():
        if table in NOT_LOGGED:
            continue
        columns = [str(r[1]) for r in conn.execute(f"PRAGMA table_info([{table}])").fetchall()]
        if not columns:
            continue
        fields = [c for c in columns if c != "id" and c in model.model_fields]
        defaults = _defaults(model)
        for row in conn.execute(f"SELECT {', '.join(f'[{c}]' for c in ['id', *fields])} FROM [{table}]"):
            key = (table, int(row[0]))
            seen.add(key)
            name = f"{table_label(table)} nr. {row[0]}"
            if key not in state:
                problems.append(f"{name} findes i filen, men ændringsloggen har aldrig oprettet den.")
                continue
            logged = state[key]
            if logged is None:
                problems.append(f"{name} findes i filen, men ifølge ændringsloggen er den slettet.")
                continue
            for column, value in zip(fields, row[1:]):
                now_value, log_value = _norm(value), logged.get(column)
                if log_value is None and column not in logged and now_value == defaults.get(column):
                    continue  # never logged, and the field's default: a column added since, filled by a migration
                if now_value != log_value:
                    problems.append(_changed(name, model, column, now_value, log_value))
    for (table, record_id), logged in state.items():
        if logged is not None and (table, record_id) not in seen and table in MODEL_BY_TABLE:
            problems.append(
                f"{table_label(table)} nr. {record_id} mangler i filen, men ændringsloggen har aldrig slettet den."
            )
    return problems


def _defaults(model: type[Record]) -> dict[str, str | None]:
    """Each field's default as the log would write it (fields without a default are left out)."""
    out: dict[str, str | None] = {}
    for name, info in model.model_fields.items():
        if not info.is_required():
            out[name] = _norm(audit_text(info.get_default(call_default_factory=True)))
    return out


def _changed(name: str, model: type[Record], column: str, now_value: str | None, log_value: str | None) -> str:
    def shown(v: str | None) -> str:
        return f"'{one_line(v, 40)}'" if v is not None else "tom"

    return (
        f"{name}: {field_label(column)} er {shown(now_value)} i filen, men ændringsloggen siger {shown(log_value)}"
        " (ændret udenom Rundbord)."
    )


def frozen_problems(conn: sqlite3.Connection, rows: list[FrozenMinutes]) -> list[str]:
    """Frozen copies whose text no longer matches its checksum, or whose chain head no longer matches the log."""
    problems: list[str] = []
    for frozen in rows:
        if altered(frozen):
            problems.append(altered_message(frozen))
        if frozen.chain_row is None or frozen.chain_head is None:
            continue
        head: str | None
        if frozen.chain_row == 0:
            head = GENESIS_HASH
        else:
            found = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (frozen.chain_row,)).fetchone()
            head = str(found[0]) if found else None
        if head != frozen.chain_head:
            problems.append(
                f"Ændringsloggen frem til afslutningen af møde nr. {frozen.meeting_id} passer ikke med "
                f"kontrolsummen i referatet til {AUDIENCE_DA[frozen.audience].lower()} (række {frozen.chain_row}): "
                "loggen er ændret eller afkortet siden."
            )
    return problems


def summary(problems: list[str]) -> str:
    """The first problems, and how many more."""
    shown = problems[:SHOWN]
    more = len(problems) - len(shown)
    return " ".join(shown) + (f" (og {more} mere)" if more else "")
