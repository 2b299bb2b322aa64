"""Goal attainment scaling (GAS): five levels per goal, the result, and the citizen's T-score.

The levels are proposed from the 1-10 scale and the target ("from 4 to 6":
6 is the expected outcome, level 0) and stay editable. The T-score is
Kiresuk-Sherman's over the goals with a result.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from .base import UseCases
from .enums import AgreementStatus
from .errors import InputError
from .models import Agreement, Goal, Participant, ScaleReading
from .rules import headline_reading

GAS_RHO = 0.3

GAS_FIELDS: dict[int, str] = {
    -2: "gas_minus2",
    -1: "gas_minus1",
    0: "gas_zero",
    1: "gas_plus1",
    2: "gas_plus2",
}


def _scale_range(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}-{hi}"


def propose_gas_levels(goal: Goal, target_from: int, target_to: int) -> dict[int, str]:
    """Five level descriptions from the scale: the target is the expected outcome (0).

    "From 4 to 6": 0 = 6; -1 = 5 (on the way); -2 = 4 or lower (no progress);
    +1 = 7; +2 = 8 or more. Near the top of the scale the upper levels say so.
    """
    for name, v in (("target_from", target_from), ("target_to", target_to)):
        if not isinstance(v, int) or not 1 <= v <= 10:
            raise InputError(name, "Skalaen går fra 1 til 10.")
    if target_to <= target_from:
        raise InputError("target_to", "Målet skal ligge over udgangspunktet på skalaen.")
    anchor = f" Skala: {goal.scale_anchor.strip()}" if goal.scale_anchor.strip() else ""
    below = _scale_range(target_from + 1, target_to - 1) if target_to - target_from >= 2 else None
    levels = {
        -2: f"Meget mindre end forventet: {target_from} eller lavere på skalaen (ingen fremgang).",
        -1: (
            f"Mindre end forventet: {below} på skalaen (på vej, men ikke nået {target_to})."
            if below
            else f"Mindre end forventet: tæt på {target_to}, men ikke helt nået."
        ),
        0: f"Forventet: {target_to} på skalaen (fra {target_from}).{anchor}",
    }
    if target_to <= 8:
        levels[1] = f"Mere end forventet: {target_to + 1} på skalaen."
        levels[2] = f"Meget mere end forventet: {target_to + 2} eller højere på skalaen."
    elif target_to == 9:
        levels[1] = "Mere end forventet: 10 på skalaen."
        levels[2] = "Meget mere end forventet: 10 på skalaen, og før tiden."
    else:
        levels[1] = "Mere end forventet: 10 nået før tiden."
        levels[2] = "Meget mere end forventet: 10 nået før tiden, og et nyt mål er i gang."
    return dict(sorted(levels.items()))


def gas_weight_of(goal: Goal) -> float:
    """importance × difficulty when both are set, else the goal's gas_weight (default 1)."""
    if goal.gas_importance is not None and goal.gas_difficulty is not None:
        return float(goal.gas_importance * goal.gas_difficulty)
    return float(goal.gas_weight)


def gas_t_score(results: Sequence[tuple[float, int]], rho: float = GAS_RHO) -> float:
    """Kiresuk-Sherman T = 50 + 10·Σ(wᵢxᵢ) / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²) over (weight, level) pairs."""
    if not results:
        raise ValueError("no GAS results")
    sw = sum(w for w, _ in results)
    sw2 = sum(w * w for w, _ in results)
    swx = sum(w * x for w, x in results)
    denominator = math.sqrt((1 - rho) * sw2 + rho * sw * sw)
    if denominator == 0:
        raise ValueError("GAS weights must be positive")
    return 50 + 10 * swx / denominator


class GasUseCases(UseCases):
    """Mixed into `Store`."""

    def set_gas_levels(
        self,
        goal_id: int,
        levels: dict[int, str] | None = None,
        *,
        weight: float | None = None,
        importance: int | None = None,
        difficulty: int | None = None,
    ) -> Goal:
        """Describe the five GAS levels (-2..+2) and optionally the weight (or importance × difficulty)."""
        changes: dict[str, Any] = {}
        for level, text in (levels or {}).items():
            if level not in GAS_FIELDS:
                raise InputError("gas_level", "Niveauet skal være -2, -1, 0, +1 eller +2.")
            changes[GAS_FIELDS[level]] = text.strip()
        if levels is not None and not changes.get("gas_zero", self.db.get(Goal, goal_id).gas_zero):
            raise InputError("gas_zero", "Beskriv det forventede udbytte (niveau 0).")
        if weight is not None:
            changes["gas_weight"] = weight
        if importance is not None:
            changes["gas_importance"] = importance
        if difficulty is not None:
            changes["gas_difficulty"] = difficulty
        with self.db.write():
            return self.db.update(Goal, goal_id, **changes)

    def gas_target(self, goal_id: int) -> tuple[int, int]:
        """(from, to) for the GAS proposal: the newest open agreement on the goal naming a target,
        else the latest headline reading and two steps up (1 → 3 without readings)."""
        targets = self.db.select(
            Agreement, "goal_id = ? AND target_to IS NOT NULL AND status = ?", (goal_id, AgreementStatus.OPEN.value),
            order_by="id DESC",
        )
        for a in targets:
            if a.target_from is not None and a.target_to is not None and a.target_from < a.target_to:
                return a.target_from, a.target_to
        goal = self.db.get(Goal, goal_id)
        readings = self.db.select(ScaleReading, "goal_id = ?", (goal_id,), order_by="date, id")
        latest = headline_reading(readings, self.db.select(Participant, "plan_id = ?", (goal.plan_id,)))
        start = min(latest.score, 9) if latest else 1
        return start, min(start + 2, 10)

    def gas_levels(self, goal_id: int, *, propose_missing: bool = True) -> dict[int, str]:
        """The goal's five GAS descriptions; empty ones filled from `propose_gas_levels` when asked."""
        goal = self.db.get(Goal, goal_id)
        stored = {level: str(getattr(goal, name)) for level, name in GAS_FIELDS.items()}
        if not propose_missing or all(stored.values()):
            return stored
        proposal = propose_gas_levels(goal, *self.gas_target(goal_id))
        return {level: stored[level] or proposal[level] for level in GAS_FIELDS}

    def record_gas_result(self, goal_id: int, level: int | None) -> Goal:
        """The level reached at evaluation (-2..+2), or None to clear it."""
        if level is not None and level not in GAS_FIELDS:
            raise InputError("gas_result", "Niveauet skal være -2, -1, 0, +1 eller +2.")
        with self.db.write():
            return self.db.update(Goal, goal_id, gas_result=level)

    def save_gas(
        self,
        goal_id: int,
        levels: dict[int, str],
        result: int | None,
        *,
        weighting: tuple[int | None, int | None] | None = None,
        expected_version: int | None = None,
    ) -> Goal:
        """The five descriptions and the level reached, in one transaction (the GAS editor).

        `expected_version`: the goal's version the editor opened on (a colleague's save since is
        refused with `EditConflict`, nothing written).

        `weighting` = (importance, difficulty), each 1-3 or None: both set makes the
        goal's weight importance × difficulty; None in either clears both (weight 1,
        or the goal's own `gas_weight`). Without `weighting` the weight is left alone.
        """
        if result is not None and result not in GAS_FIELDS:
            raise InputError("gas_result", "Niveauet skal være -2, -1, 0, +1 eller +2.")
        importance, difficulty = weighting if weighting is not None else (None, None)
        for name, v in (("gas_importance", importance), ("gas_difficulty", difficulty)):
            if v is not None and v not in (1, 2, 3):
                raise InputError(name, "Vigtighed og sværhed angives som 1, 2 eller 3.")
        with self.db.write():
            mine: dict[str, Any] = {GAS_FIELDS[level]: text for level, text in levels.items() if level in GAS_FIELDS}
            mine["gas_result"] = result
            if weighting is not None:
                mine.update(gas_importance=importance, gas_difficulty=difficulty)
            self.db.require_version(Goal, goal_id, expected_version, mine)
            self.set_gas_levels(goal_id, levels)
            if weighting is not None:
                both = importance is not None and difficulty is not None
                self.db.update(Goal, goal_id, gas_importance=importance if both else None,
                               gas_difficulty=difficulty if both else None)
            return self.record_gas_result(goal_id, result)

    def citizen_gas_t_score(self, citizen_id: int) -> float | None:
        """The GAS T-score over the goals of the citizen's plan that have a result; None without any."""
        goals = self.db.select(
            Goal,
            "plan_id = (SELECT max(id) FROM plan WHERE citizen_id = ?) AND gas_result IS NOT NULL",
            (citizen_id,),
        )
        results = [(gas_weight_of(g), int(g.gas_result)) for g in goals if g.gas_result is not None]
        return gas_t_score(results) if results else None
