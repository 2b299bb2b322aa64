"""Deleting a record with everything that depends on it, and undoing that at once.

`remove` deletes children first (rows whose required reference points at the
record, recursively) and clears optional references from rows that stay
(an agreement linked to a deleted goal keeps existing, unlinked). It returns a
`Removed` that `restore` puts back with the same ids. Both go through the
audited `insert` / `update` / `delete`, so the change log shows both.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .base import UseCases
from .errors import InputError
from .models import ALL_MODELS, MODEL_BY_TABLE, Record
from .schema import foreign_keys_of

_NOT_REMOVABLE = {"citizen", "audit_log", "view_state", "frozen_minutes"}
"""Citizens are not deleted from the app; the log and frozen minutes never are."""


@dataclass
class Removed:
    """What one `remove` took away: enough to put it all back."""

    table: str
    record_id: int
    records: list[Record] = field(default_factory=list)
    """Deleted records, children first (the removed record itself last)."""
    unlinked: list[tuple[str, int, str, Any]] = field(default_factory=list)
    """(table, id, column, old value) of optional references that were cleared."""

    @property
    def record(self) -> Record:
        return self.records[-1]

    @property
    def dependents(self) -> int:
        """How many records went with the removed one."""
        return len(self.records) - 1


def _references_to(table: str) -> list[tuple[type[Record], str, bool]]:
    """(model, column, required) for every column that references `table`."""
    refs: list[tuple[type[Record], str, bool]] = []
    for model in ALL_MODELS:
        if model.__table__ in ("audit_log", "view_state"):
            continue
        for column, target, _ in foreign_keys_of(model):
            if target == table:
                refs.append((model, column, model.model_fields[column].is_required()))
    return refs


class RemovalUseCases(UseCases):
    """Mixed into `Store`."""

    def removal_preview(self, table: str, record_id: int) -> Removed:
        """What `remove` would take away (nothing is written)."""
        if table in _NOT_REMOVABLE or table not in MODEL_BY_TABLE:
            raise InputError("table", "Den slags kan ikke slettes her.")
        removed = Removed(table, record_id)
        self._collect(table, record_id, removed, set())
        return removed

    def remove(self, table: str, record_id: int) -> Removed:
        """Delete the record and its dependent rows (children first); see `restore`."""
        removed = self.removal_preview(table, record_id)
        gone = {(type(r).__table__, r.id) for r in removed.records}
        with self.db.write():
            # References are checked at commit, so the order inside cannot trip them.
            self.db.defer_foreign_keys()
            for tbl, rid, column, _old in removed.unlinked:
                if (tbl, rid) not in gone:
                    self.db.update(MODEL_BY_TABLE[tbl], rid, **{column: None})
            for record in removed.records:
                assert record.id is not None
                self.db.delete(type(record), record.id)
        removed.unlinked = [u for u in removed.unlinked if (u[0], u[1]) not in gone]
        return removed

    def restore(self, removed: Removed) -> None:
        """Put back what `remove` took away, with the same ids (parents first)."""
        with self.db.write():
            self.db.defer_foreign_keys()
            for record in reversed(removed.records):
                self.db.insert(record)
            for tbl, rid, column, old in removed.unlinked:
                self.db.update(MODEL_BY_TABLE[tbl], rid, **{column: old})

    def _collect(self, table: str, record_id: int, removed: Removed, seen: set[tuple[str, int]]) -> None:
        if (table, record_id) in seen:
            return
        seen.add((table, record_id))
        record = self.db.get(MODEL_BY_TABLE[table], record_id)
        for model, column, required in _references_to(table):
            for row in self.db.select(model, f'"{column}" = ?', (record_id,)):
                assert row.id is not None
                if required:
                    self._collect(model.__table__, row.id, removed, seen)
                else:
                    removed.unlinked.append((model.__table__, row.id, column, record_id))
        removed.records.append(record)
