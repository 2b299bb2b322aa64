"""Reads for the live view (the projector): cheap change detection, and a plan kept current."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .base import UseCases

if TYPE_CHECKING:
    from .plans import PlanView
    from .store import Store


class LiveReads(UseCases):
    """Mixed into `Store`."""

    def change_marker(self) -> tuple[int, int]:
        """Changes whenever anyone commits: another connection or this one (the engine's own way).

        SQLite: `PRAGMA data_version` (never moves for this connection's own commits)
        and the count of rows this connection changed (a view pushed inside the
        facilitator's own app shares its store). PostgreSQL: the notifications
        received (every write transaction sends one as it commits) and this
        connection's own commits. Costs a few microseconds.
        """
        return self.db.engine.change_marker()

    def database_identity(self) -> object | None:
        """What the database is (a file's device and inode; a server's database); None when it is gone.

        A live view that sees it change opens the database again.
        """
        return self.db.engine.identity()

    def audit_position(self) -> int:
        """The newest audit row's number (0 for an empty log): where `tables_changed_since` starts."""
        row = self.db.query("SELECT coalesce(max(id), 0) AS n FROM audit_log")
        return int(row[0]["n"])

    def changes_since(self, position: int) -> dict[str, set[int]]:
        """table -> ids of its rows inserted, changed or deleted after audit row `position`."""
        rows = self.db.query("SELECT DISTINCT table_name, record_id FROM audit_log WHERE id > ?", (position,))
        changes: dict[str, set[int]] = {}
        for r in rows:
            changes.setdefault(str(r["table_name"]), set()).add(int(r["record_id"]))
        return changes


class PlanFollower:
    """One citizen's `PlanView`, kept current by re-reading only the parts that changed.

    Every write to the file goes through the audited writes (`Database.insert`,
    `update`, `delete`), so the audit rows after the last read name every table
    that changed. The audit position is read *before* the data: a write that
    lands in between is read now and named again next time (read twice, never
    missed).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._view: PlanView | None = None
        self._position = 0

    def view(self, citizen_id: int) -> PlanView:
        """The plan of `citizen_id` as it is now (raises `NotFound` like `Store.plan_view`)."""
        position = self.store.audit_position()
        old = self._view
        self._view = None  # a failed read leaves nothing half-known behind
        if old is None or old.citizen.id != citizen_id:
            view = self.store.plan_view(citizen_id, history=True)
        else:
            view = self.store.plan_view_after(old, self.store.changes_since(self._position))
        self._view, self._position = view, position
        return view
