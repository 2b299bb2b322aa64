"""`Store`: the one API screens and commands use. One method per use case.

The use cases are grouped by subject in mixins (plans.py, agreements.py,
meetings.py, ...); `Store` composes them over one `Database`.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Collection, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .access import AccessUseCases
from .agreements import AgreementUseCases
from .audit import AuditUseCases
from .catalog import Catalog, load_catalog
from .clock import now
from .danish_order import participant_order
from .db import Database, R
from .engine import Engine
from .live import LiveReads
from .location import ENV_DB, Location, default_db_path, parse_location  # noqa: F401 - imported from here too
from .evaluation import EvaluationUseCases
from .exports.deliver import DeliveryUseCases
from .follow_up import FollowUpUseCases
from .gas import GasUseCases
from .meetings import MeetingUseCases
from .models import Activity, Agreement, Goal, Participant, ScaleReading, ViewState
from .notes import NoteUseCases
from .plans import GoalView, PlanUseCases, PlanView
from .progression import ProgressionUseCases
from .removal import RemovalUseCases
from .search import SearchUseCases

class Store(PlanUseCases, AgreementUseCases, MeetingUseCases, AuditUseCases, AccessUseCases, LiveReads,
            ProgressionUseCases, GasUseCases, FollowUpUseCases, EvaluationUseCases, NoteUseCases, RemovalUseCases,
            SearchUseCases, DeliveryUseCases):
    """One open Rundbord database: a SQLite file's path, or a PostgreSQL URL (engines/).

    `read_only=True` opens it read-only (SQLite's `mode=ro`; a PostgreSQL session
    whose transactions are read-only): every change raises `ReadOnlyDatabase`,
    except what the facilitator shows (`set_focus`, `reveal_on_screen`), which
    is then kept in memory for this store's views, and `log_access`, which
    appends its one row in a short write of its own when the database can be
    written at all.
    """

    db: Database

    def __init__(
        self,
        location: str | os.PathLike[str],
        *,
        user: str | None = None,
        catalog: Catalog | None = None,
        read_only: bool = False,
        allow_older: bool = False,
        create: bool = True,
        engine: Engine | None = None,
    ) -> None:
        self.db = Database(location, user=user, read_only=read_only, allow_older=allow_older, create=create,
                           engine=engine)
        self.catalog = catalog or load_catalog()
        self.document_catalog = self.catalog
        """The catalogue as loaded (Danish), for the exported documents; an export in English reads
        `document_catalog.in_language("en")` (`ExportUseCases.catalog_in`)."""
        self._shown_in_memory: ViewState | None = None

    def use_language(self, lang: str) -> None:
        """Words for a person in `lang`: the catalogue's plan types, meeting kinds and agenda titles, and the
        vocabulary's words in lists the store composes, the checklist's details (a municipality's
        Danish-only entries stay Danish). An export's language is its own (`ExportRequest.lang`), and the
        store's refusals are said in a language by the surface (`messages.said`)."""
        self.lang = lang
        self.catalog = self.catalog.in_language(lang)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def user(self) -> str:
        """Who the audit log names for what this store writes."""
        return self.db.user

    @property
    def path(self) -> Path | None:
        """The SQLite file (None on PostgreSQL)."""
        return self.db.path

    @property
    def where(self) -> str:
        """The database as a person may read it: the file's path, or the URL without its password."""
        return self.db.where

    @property
    def location(self) -> Location:
        """What opens this database again (`Store(store.location)`): the path, or the URL."""
        return self.db.engine.location

    @property
    def engine_name(self) -> str:
        """"SQLite" or "PostgreSQL"."""
        return self.db.engine.title

    @property
    def warnings(self) -> list[str]:
        """What a person should know about the file and the catalogue (Danish; the CLI prints them)."""
        return [*self.db.warnings, *self.catalog.warnings]

    def warnings_in(self, lang: str) -> list[str]:
        """`warnings` in `lang` (a catalogue file skipped is said in English too; the file's own notices
        are Danish)."""
        catalog = [w.text(lang) for w in self.catalog.said_warnings] or list(self.catalog.warnings)
        return [*self.db.warnings, *catalog]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def data_version(self) -> int:
        return self.db.data_version()

    def rebuild_search_index(self) -> int:
        """Build the search index and the citizens list again from the rows (one transaction); how many citizens."""
        from . import search_index

        with self.db.write():
            search_index.rebuild(self.db.engine)
        return int(self.db.query("SELECT count(*) FROM citizen_list")[0][0])

    def plan_view(self, citizen_id: int, *, history: bool = False) -> PlanView:
        """Everything the plan screen and the live view show, read in one go.

        Each goal comes with the scale readings that decide its headline and
        first headline (`headline_readings`: on the big plan ~160 of 2,000);
        `history=True` reads every reading instead (the live view draws each
        goal's history).
        """
        citizen = self.get_citizen(citizen_id)
        plan = self.plan_of(citizen_id)
        assert plan.id is not None
        goals = self.goals(plan.id)
        participants = self.participants(plan.id)
        return PlanView(
            citizen=citizen,
            plan=plan,
            plan_type=self.plan_type_of(plan),
            participants=participants,
            goals=self._goal_views(goals, participants, history),
            agreements=self.agreements(plan.id),
            meetings=self.meetings(plan.id),
            consents=self.consents(plan.id),
            consent_items=self.consent_items(plan.id),
            history=history,
        )

    def plan_view_after(self, view: PlanView, changes: Mapping[str, Collection[int]]) -> PlanView:
        """`view` brought up to date when only the rows in `changes` (table -> ids) have changed.

        Only those rows are read again (the live view: an agreement edited is
        one row read, not the plan's 500 agreements and 2,000 scale readings).
        A new plan for the citizen reads it all again; a citizen that is gone
        raises `NotFound` as `plan_view` does.
        """
        if not changes:
            return view
        cid, plan_id = view.citizen.id, view.plan.id
        assert cid is not None and plan_id is not None
        plan = self.plan_of(cid) if "plan" in changes else view.plan
        if plan.id != plan_id:
            return self.plan_view(cid, history=view.history)

        participants = self._patched(Participant, view.participants, changes,
                                     lambda p: p.plan_id == plan_id, participant_order)
        goal_views = view.goals  # the same list when nothing of it changed (the live view reuses its cards)
        if not view.history and changes.keys() & {"goal", "scale_reading", "participant"}:
            # A headline's readings depend on the others (and on who is the citizen): read them again.
            goals = self._patched(Goal, [gv.goal for gv in view.goals], changes, lambda g: g.plan_id == plan_id,
                                  _by_position)
            goal_views = self._goal_views(goals, participants, history=False)
        elif changes.keys() & {"goal", "scale_reading", "activity"}:
            goal_views = self._goal_views_after(view.goals, changes, plan_id)
        return PlanView(
            citizen=self.get_citizen(cid) if "citizen" in changes else view.citizen,
            plan=plan,
            plan_type=self.plan_type_of(plan),
            participants=participants,
            goals=goal_views,
            agreements=self._patched(Agreement, view.agreements, changes, lambda a: a.plan_id == plan_id, _by_position),
            meetings=self.meetings(plan_id) if "meeting" in changes else view.meetings,
            consents=self.consents(plan_id) if changes.keys() & _CONSENT_TABLES else view.consents,
            consent_items=self.consent_items(plan_id) if changes.keys() & _CONSENT_TABLES else view.consent_items,
            history=view.history,
        )

    def _goal_views_after(
        self, before: list[GoalView], changes: Mapping[str, Collection[int]], plan_id: int
    ) -> list[GoalView]:
        """The plan's goals with their readings and activities, the rows in `changes` read again."""

        goals = self._patched(Goal, [gv.goal for gv in before], changes, lambda g: g.plan_id == plan_id, _by_position)
        goal_ids = {g.id for g in goals}
        old_views = {gv.goal.id: gv for gv in before}
        readings = self._patched(
            ScaleReading, [r for gv in before if gv.goal.id in goal_ids for r in gv.readings], changes,
            lambda r: r.goal_id in goal_ids, _by_date,
        )
        activities = self._patched(
            Activity, [a for gv in before if gv.goal.id in goal_ids for a in gv.activities], changes,
            lambda a: a.goal_id in goal_ids, _by_position,
        )
        new_goals = [g.id for g in goals if g.id is not None and g.id not in old_views]
        if new_goals:  # a goal new to this plan (added, or moved here) brings its own rows
            known_r, known_a = {r.id for r in readings}, {a.id for a in activities}
            readings = sorted(readings + [r for r in self._of_goals(ScaleReading, new_goals) if r.id not in known_r],
                              key=_by_date)
            activities = sorted(activities + [a for a in self._of_goals(Activity, new_goals) if a.id not in known_a],
                                key=_by_position)
        return _grouped(goals, readings, activities)

    def _patched(self, model: type[R], rows: list[R], changes: Mapping[str, Collection[int]],
                 belongs: Callable[[R], bool], order: Callable[[R], Any]) -> list[R]:
        """`rows` with the changed ones of their table read again: changed rows replaced, new ones
        added (if they `belong`), gone ones dropped; the same list when none changed."""
        ids = set(changes.get(model.__table__, ()))
        if not ids:
            return rows
        kept = [r for r in rows if r.id not in ids]
        marks = ",".join("?" for _ in ids)
        fresh = [r for r in self.db.select(model, f"id IN ({marks})", sorted(ids)) if belongs(r)]
        return sorted(kept + fresh, key=order)

    def _goal_views(self, goals: list[Goal], participants: list[Participant], history: bool) -> list[GoalView]:
        """Each goal with its readings (by date: all of them, or those of its headline) and activities."""
        ids = [g.id for g in goals if g.id is not None]
        if not ids:
            return [GoalView(g) for g in goals]
        readings = self._of_goals(ScaleReading, ids) if history else self.headline_readings(ids, participants)
        return _grouped(goals, readings, self._of_goals(Activity, ids))

    def _of_goals(self, model: type[R], goal_ids: list[int]) -> list[R]:
        """The readings or activities of these goals, in the order the plan shows them."""
        marks = ",".join("?" for _ in goal_ids)
        return self.db.select(model, f"goal_id IN ({marks})", goal_ids, order_by=_GOAL_ROWS_ORDER[model.__table__])

    # -- what the facilitator shows (the live view follows it) -------------
    def view_state(self) -> ViewState:
        if self._shown_in_memory is not None:
            return self._shown_in_memory
        found = self.db.find(ViewState, 1)
        return found or ViewState(id=1)

    def set_focus(self, **fields: Any) -> ViewState:
        """Record what the facilitator shows: citizen_id, meeting_id, agenda_item_id, goal_id.

        Items revealed on the shared screen hide again whenever the focus moves.
        """
        stored = self._shown_in_memory if self.read_only else self.db.find(ViewState, 1)
        current = stored or self.view_state()
        moved = any(getattr(current, k) != v for k, v in fields.items() if k != "revealed")
        if not moved and stored is not None:
            return stored
        if moved:
            fields.setdefault("revealed", "")
        return self._write_view_state(**fields)

    def reveal_on_screen(self, table: str, record_id: int) -> ViewState:
        """Show one private item on the shared screen until the focus moves."""
        keys = self.view_state().revealed_keys
        key = f"{table}:{record_id}"
        if key not in keys:
            keys.append(key)
        return self._write_view_state(revealed=",".join(keys))

    def hide_revealed(self) -> ViewState:
        return self._write_view_state(revealed="")

    def revealed_keys(self) -> set[str]:
        return set(self.view_state().revealed_keys)

    def _write_view_state(self, **fields: Any) -> ViewState:
        fields["updated_at"] = now()
        if self.read_only:  # a file that cannot be written: what the facilitator shows lives in memory
            current = self.view_state()
            self._shown_in_memory = self.db.validate(ViewState, {**current.model_dump(), **fields, "id": 1})
            return self._shown_in_memory
        with self.db.write():
            if self.db.find(ViewState, 1) is None:
                return self.db.insert(self.db.validate(ViewState, dict(id=1, **fields)))
            return self.db.update(ViewState, 1, **fields)

    def last_change(self) -> datetime | None:
        rows = self.db.query("SELECT max(at) AS at FROM audit_log")
        return datetime.fromisoformat(rows[0]["at"]) if rows and rows[0]["at"] else None


_CONSENT_TABLES = {"consent", "consent_item"}
"""A change to these re-reads the plan's consents (a few rows): what relatives may see changes at once."""
_GOAL_ROWS_ORDER = {"scale_reading": "date, id", "activity": "position, id"}
"""How a goal's readings and activities are read (`_by_date` and `_by_position` sort the same way)."""


def _by_position(record: Goal | Activity | Agreement) -> tuple[int, int]:
    """The order the lists are read in: `ORDER BY position, id`."""
    return record.position, record.id or 0


def _by_date(reading: ScaleReading) -> tuple[date, int]:
    """The order readings are read in: `ORDER BY date, id`."""
    return reading.date, reading.id or 0


def _grouped(goals: list[Goal], readings: list[ScaleReading], activities: list[Activity]) -> list[GoalView]:
    """Goal views from the plan's goals and their readings and activities (each list already in order)."""
    views = {g.id: GoalView(g) for g in goals}
    for r in readings:
        views[r.goal_id].readings.append(r)
    for a in activities:
        views[a.goal_id].activities.append(a)
    return list(views.values())
