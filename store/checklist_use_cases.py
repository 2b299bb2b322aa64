"""`ChecklistUseCases`: the plan held against its plan type's required parts, and the manual ticks.

The rule itself is pure (`checklist.py`: records in, results out), so an export can use it
without the store's use cases.
"""
from __future__ import annotations

from .base import UseCases
from .catalog import RequiredPart
from .checklist import ChecklistResult, check_parts, is_manual, ticks_in_force
from .clock import now
from .errors import InputError
from .messages import msg
from .models import Activity, Citizen, Goal, PartTick, Plan


class ChecklistUseCases(UseCases):
    """Mixed into `Store` (through the meeting use cases)."""

    def check_plan(self, citizen_id: int) -> list[ChecklistResult]:
        """The plan held against what its plan type requires; missing parts say where to fix them."""
        citizen = self.db.get(Citizen, citizen_id)
        plans = self.db.select(Plan, "citizen_id = ?", (citizen_id,), order_by="id")
        plan = plans[-1]
        goals = self.db.select(Goal, "plan_id = ?", (plan.id,), order_by="position, id")
        acts: dict[int, list[Activity]] = {}
        for g in goals:
            assert g.id is not None
            acts[g.id] = self.db.select(Activity, "goal_id = ?", (g.id,), order_by="position, id")
        assert plan.id is not None
        return check_parts(self.catalog.plan_type(plan.plan_type), plan, citizen, goals, acts,
                           self.part_ticks(plan.id), lang=self.lang)

    # -- parts a person ticks ------------------------------------------------------
    def part_ticks(self, plan_id: int) -> dict[str, PartTick]:
        """The ticks in force, by part code."""
        return ticks_in_force(self.db.select(PartTick, "plan_id = ?", (plan_id,), order_by="ticked_at, id"))

    def tick_history(self, plan_id: int) -> list[PartTick]:
        """Every tick of the plan, also those taken back (oldest first)."""
        return self.db.select(PartTick, "plan_id = ?", (plan_id,), order_by="ticked_at, id")

    def tick_part(self, plan_id: int, code: str, *, meeting_id: int | None = None, note: str = "") -> PartTick:
        """Tick off a required part the store cannot check (who: the app's user; when: now)."""
        part = self._manual_part(plan_id, code)
        self.refuse_if_meeting_closed(meeting_id)
        if part.code in self.part_ticks(plan_id):
            raise InputError("part", msg("tick.already", part=part.label))
        record = self.db.validate(PartTick, dict(plan_id=plan_id, part=part.code, meeting_id=meeting_id, note=note,
                                                 ticked_by=self.db.user, ticked_at=now()))
        with self.db.write():
            return self.db.insert(record)

    def untick_part(self, plan_id: int, code: str, *, meeting_id: int | None = None) -> PartTick:
        """Take a tick back (the tick and who took it back are kept)."""
        part = self._manual_part(plan_id, code)
        self.refuse_if_meeting_closed(meeting_id)
        tick = self.part_ticks(plan_id).get(part.code)
        if tick is None or tick.id is None:
            raise InputError("part", msg("tick.not", part=part.label))
        with self.db.write():
            return self.db.update(PartTick, tick.id, unticked_by=self.db.user, unticked_at=now())

    def _manual_part(self, plan_id: int, code: str) -> RequiredPart:
        plan = self.db.get(Plan, plan_id)
        part = next((p for p in self.catalog.plan_type(plan.plan_type).required_parts if p.code == code), None)
        if part is None:
            raise InputError("part", msg("tick.unknown", code=code))
        if not is_manual(part):
            raise InputError("part", msg("tick.automatic", part=part.label))
        return part
