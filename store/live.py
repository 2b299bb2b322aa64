"""Reads for the live view (the projector): cheap change detection."""
from __future__ import annotations

from .base import UseCases


class LiveReads(UseCases):
    """Mixed into `Store`."""

    def change_marker(self) -> tuple[int, int]:
        """Changes whenever anyone commits: another connection (data_version) or this one.

        `PRAGMA data_version` never moves for this connection's own commits, so
        the count of rows this connection changed is added (a view pushed inside
        the facilitator's own app shares its store). Costs a few microseconds.
        """
        return self.db.data_version(), self.db.conn.total_changes
