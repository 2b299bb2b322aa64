"""What `rundbord check` asks of the file beyond SQLite's own checks.

- The append-only triggers on the audit log exist and still stop UPDATE and
  DELETE, and on PostgreSQL no role but the owner may change the log
  (`triggers_problem`, asked of the engine).
- Every record's current values are what the audit log says they became
  (`records_problems`): the log is replayed, insert by update by delete, and
  compared with the tables. A row changed, added or removed with SQL, outside
  Rundbord, is named.
- Every frozen minutes copy still matches its SHA-256, and the audit row it
  names as the chain head at closing still has that hash (`frozen_problems`).

Each returns messages by key (said in Danish or English), empty when all is well. Reads only, on either
engine.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .audit import field_label, one_line, table_label
from .db import GENESIS_HASH, audit_text
from .enums import AuditAction
from .frozen import altered, altered_message
from .messages import Both, Message, Vocab, joined, msg
from .models import MODEL_BY_TABLE, AuditEntry, FrozenMinutes, Record
from .schema import APPEND_ONLY_TRIGGERS, NOT_AUDITED_FIELDS

if TYPE_CHECKING:
    from .engine import Engine

SHOWN = 10
"""At most this many problems of one kind are listed; the rest are counted."""
NOT_LOGGED = frozenset({AuditEntry.__table__, "view_state"})
"""Tables whose rows are not in the audit log."""


def triggers_problem(engine: Engine) -> Message | None:
    """Which append-only protection of the audit log is missing or no longer stops its statement, or None.

    SQLite: the two triggers. PostgreSQL: the triggers, and no role but the owner may UPDATE, DELETE
    or TRUNCATE the log (engines/postgres.py).
    """
    return engine.triggers_problem(AuditEntry.__table__, APPEND_ONLY_TRIGGERS)


def _norm(value: Any) -> str | None:
    """A stored or logged value compared as the log writes it ("" and NULL are both nothing)."""
    if value is None or value == "":
        return None
    return str(value)


def _logged_state(engine: Engine) -> dict[tuple[str, int], dict[str, str | None] | None]:
    """(table, id) -> each field's value as the log says it became (None: deleted)."""
    state: dict[tuple[str, int], dict[str, str | None] | None] = {}
    rows = engine.fetchall(
        "SELECT action, table_name, record_id, field, new_value FROM audit_log "
        "WHERE action IN (?, ?, ?) ORDER BY id",
        (AuditAction.INSERT.value, AuditAction.UPDATE.value, AuditAction.DELETE.value),
    )
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


def records_problems(engine: Engine) -> list[Message]:
    """Records whose current values differ from what the audit log says they became."""
    state = _logged_state(engine)
    problems: list[Message] = []
    seen: set[tuple[str, int]] = set()
    for table, model in MODEL_BY_TABLE.items():
        if table in NOT_LOGGED:
            continue
        columns = engine.columns(table)
        if not columns:
            continue
        fields = [c for c in columns if c != "id" and c in model.model_fields and c not in NOT_AUDITED_FIELDS]
        defaults = _defaults(model)
        for row in engine.fetchall(f"SELECT {', '.join(f'{chr(34)}{c}{chr(34)}' for c in ['id', *fields])} "
                                   f'FROM "{table}" ORDER BY id'):
            key = (table, int(row[0]))
            seen.add(key)
            what = _table(table)
            if key not in state:
                problems.append(msg("check.never_created", what=what, n=row[0]))
                continue
            logged = state[key]
            if logged is None:
                problems.append(msg("check.deleted_in_log", what=what, n=row[0]))
                continue
            for column, value in zip(fields, row[1:]):
                now_value, log_value = _norm(value), logged.get(column)
                if log_value is None and column not in logged and now_value == defaults.get(column):
                    continue  # never logged, and the field's default: a column added since, filled by a migration
                if now_value != log_value:
                    problems.append(_changed(what, int(row[0]), column, now_value, log_value))
    for (table, record_id), logged in state.items():
        if logged is not None and (table, record_id) not in seen and table in MODEL_BY_TABLE:
            problems.append(msg("check.missing_row", what=_table(table), n=record_id))
    return problems


def _table(table: str) -> Both:
    """A table's name as the change log's extract says it, in both languages."""
    return Both(table_label(table), table_label(table, "en"))


def _defaults(model: type[Record]) -> dict[str, str | None]:
    """Each field's default as the log would write it (fields without a default are left out)."""
    out: dict[str, str | None] = {}
    for name, info in model.model_fields.items():
        if not info.is_required():
            out[name] = _norm(audit_text(info.get_default(call_default_factory=True)))
    return out


def _changed(what: Both, record_id: int, column: str, now_value: str | None, log_value: str | None) -> Message:
    def shown(v: str | None) -> str | Message:
        return f"'{one_line(v, 40)}'" if v is not None else msg("check.empty_value")

    return msg("check.changed", what=what, n=record_id, field=Both(field_label(column), field_label(column, "en")),
               now=shown(now_value), logged=shown(log_value))


def frozen_problems(engine: Engine, rows: list[FrozenMinutes]) -> list[Message]:
    """Frozen copies whose text no longer matches its checksum, or whose chain head no longer matches the log."""
    problems: list[Message] = []
    for frozen in rows:
        if altered(frozen):
            problems.append(altered_message(frozen))
        if frozen.chain_row is None or frozen.chain_head is None:
            continue
        head: str | None
        if frozen.chain_row == 0:
            head = GENESIS_HASH
        else:
            found = engine.fetchone("SELECT hash FROM audit_log WHERE id = ?", (frozen.chain_row,))
            head = str(found[0]) if found else None
        if head != frozen.chain_head:
            problems.append(msg("check.frozen_chain", n=frozen.meeting_id, row=frozen.chain_row,
                                audience=Vocab(f"audience.{frozen.audience.value}", lower=True)))
    return problems


def summary(problems: list[Message]) -> Message:
    """The first problems, and how many more."""
    shown = problems[:SHOWN]
    more = len(problems) - len(shown)
    listed = msg("check.joined", parts=joined(shown, " "))
    return msg("check.more", shown=listed, more=more) if more else listed
