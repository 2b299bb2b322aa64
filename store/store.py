"""`Store`: the one API screens and commands use. One method per use case.

The use cases are grouped by subject in mixins (plans.py, agreements.py,
meetings.py, ...); `Store` composes them over one `Database`.
"""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from .agreements import AgreementUseCases
from .audit import AuditUseCases
from .catalog import Catalog, load_catalog
from .db import Database, now
from .live import LiveReads
from .meetings import MeetingUseCases
from .minutes import MinutesUseCases
from .models import Activity, Meeting, ScaleReading, ViewState
from .plans import GoalView, PlanUseCases, PlanView
from .progression import ProgressionUseCases
from .removal import RemovalUseCases
from .search import SearchUseCases

ENV_DB = "RUNDBORD_DB"


def default_db_path() -> Path:
    """$RUNDBORD_DB, else `rundbord.db` in the user's data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("rundbord")) / "rundbord.db"


class Store(PlanUseCases, AgreementUseCases, MeetingUseCases, AuditUseCases, LiveReads, ProgressionUseCases,
            RemovalUseCases, SearchUseCases, MinutesUseCases):
    def __init__(self, path: str | os.PathLike[str], *, user: str | None = None, catalog: Catalog | None = None) -> None:
        self.db = Database(path, user=user)
        self.catalog = catalog or load_catalog()

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def warnings(self) -> list[str]:
        return self.db.warnings

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def data_version(self) -> int:
        return self.db.data_version()

    def plan_view(self, citizen_id: int) -> PlanView:
        """Everything the plan screen and the live view show, read in one go."""
        citizen = self.get_citizen(citizen_id)
        plan = self.plan_of(citizen_id)
        assert plan.id is not None
        goals = self.goals(plan.id)
        ids = [g.id for g in goals]
        readings: dict[int, list[ScaleReading]] = {gid: [] for gid in ids if gid is not None}
        activities: dict[int, list[Activity]] = {gid: [] for gid in ids if gid is not None}
        if ids:
            marks = ",".join("?" for _ in ids)
            for r in self.db.select(ScaleReading, f"goal_id IN ({marks})", ids, order_by="date, id"):
                readings[r.goal_id].append(r)
            for a in self.db.select(Activity, f"goal_id IN ({marks})", ids, order_by="position, id"):
                activities[a.goal_id].append(a)
        return PlanView(
            citizen=citizen,
            plan=plan,
            plan_type=self.plan_type_of(plan),
            participants=self.participants(plan.id),
            goals=[GoalView(g, readings[g.id or 0], activities[g.id or 0]) for g in goals],
            agreements=self.agreements(plan.id),
            meetings=self.db.select(Meeting, "plan_id = ?", (plan.id,), order_by="date, time, id"),
        )

    # -- what the facilitator shows (the live view follows it) -------------
    def view_state(self) -> ViewState:
        found = self.db.find(ViewState, 1)
        return found or ViewState(id=1)

    def set_focus(self, **fields: Any) -> ViewState:
        """Record what the facilitator shows: citizen_id, meeting_id, agenda_item_id, goal_id.

        Items revealed on the shared screen hide again whenever the focus moves.
        """
        stored = self.db.find(ViewState, 1)
        current = stored or ViewState(id=1)
        moved = any(getattr(current, k) != v for k, v in fields.items() if k != "revealed")
        if not moved and stored is not None:
            return stored
        if moved:
            fields.setdefault("revealed", "")
        return self._write_view_state(**fields)

    def reveal_on_screen(self, table: str, record_id: int) -> ViewState:
        """Show one private item on the shared screen until the focus moves."""
        keys = [k for k in self.view_state().revealed.split(",") if k]
        key = f"{table}:{record_id}"
        if key not in keys:
            keys.append(key)
        return self._write_view_state(revealed=",".join(keys))

    def hide_revealed(self) -> ViewState:
        return self._write_view_state(revealed="")

    def revealed_keys(self) -> set[str]:
        return {k for k in self.view_state().revealed.split(",") if k}

    def _write_view_state(self, **fields: Any) -> ViewState:
        fields["updated_at"] = now()
        with self.db.write():
            if self.db.find(ViewState, 1) is None:
                return self.db.insert(self.db.validate(ViewState, dict(id=1, **fields)))
            return self.db.update(ViewState, 1, **fields)

    def last_change(self) -> datetime | None:
        rows = self.db.query("SELECT max(at) AS at FROM audit_log")
        return datetime.fromisoformat(rows[0]["at"]) if rows and rows[0]["at"] else None
