"""The plan type's required parts in a copy: each with its content, "mangler", or who ticked it off."""
from __future__ import annotations

from datetime import date

from ..checklist import check_parts
from ..dates import format_date
from ..enums import Area, GoalStatus
from ..labels import GOAL_LEVEL_DA
from ..markdown_safe import inline
from ..models import Goal, PartTick
from .gather import PlanBasics


def tick_text(tick: PartTick) -> str:
    """'afkrydset af anna 23-11-2026' (who and when, as kept)."""
    return f"afkrydset af {inline(tick.ticked_by)} {format_date(tick.ticked_at.date())}"


def required_rows(data: PlanBasics, next_date: date | None) -> list[list[str]]:
    """Each required part of the plan type: "✓" and its content, or "✗ mangler" and what is missing.

    Met and missing are said the same way (a mark and a plain word), so neither shouts over the other.
    """
    results = check_parts(data.plan_type, data.plan, data.citizen, data.goals, data.activities, data.ticks)
    rows = []
    for res in results:
        if res.manual:
            content = "✓ " + tick_text(res.tick) if res.tick else "✗ mangler: ikke krydset af"
        elif res.ok:
            content = "✓ " + part_content(res.code, data, next_date)
        else:
            content = "✗ mangler" + (": " + "; ".join(inline(d) for d in res.details) if res.details else "")
        rows.append([inline(res.label), content])
    return rows


def part_content(code: str, data: PlanBasics, next_date: date | None) -> str:
    """What the plan holds for one required part, or 'mangler'."""
    plan, citizen = data.plan, data.citizen
    active = [g for g in data.goals if g.status is GoalStatus.ACTIVE]

    def text_or_missing(value: str) -> str:
        return inline(value) or "mangler"

    def goals_missing(pred_ok: list[bool], goals: list[Goal]) -> str:
        missing = [g for g, ok in zip(goals, pred_ok) if not ok]
        if not goals:
            return "mangler"
        if not missing:
            return "opfyldt"
        return "mangler for: " + "; ".join(inline(g.text) for g in missing)

    if code == "overall_goal":
        return text_or_missing(plan.overall_goal)
    if code == "goal_level":
        return GOAL_LEVEL_DA[plan.goal_level]
    if code == "sub_goals":
        return (f"{len(active)} aktive delmål" if len(active) != 1 else "1 aktivt delmål") if active else "mangler"
    if code == "sub_goal_rationale":
        return goals_missing([bool(g.rationale.strip()) for g in active], active)
    if code == "activities_aim":
        return "se planen" if active else "mangler"
    if code == "stabilising":
        n = sum(1 for g in active if g.area in (Area.HEALTH, Area.SOCIAL))
        return f"{n} delmål i sundhed/socialt" if n else "mangler"
    if code == "follow_up":
        if plan.follow_up.strip():
            return inline(plan.follow_up)
        return f"næste møde {format_date(next_date)}" if next_date else "mangler"
    if code == "mentor":
        if not citizen.mentor_needed:
            return "vurderet: intet behov"
        return f"behov; rolle: {text_or_missing(citizen.mentor_role)}"
    if code in ("purpose", "support_needed", "expected_duration", "other_matters", "order_text"):
        return text_or_missing(str(getattr(plan, code)))
    if code == "made_with_citizen":
        return "ja" if plan.made_with_citizen else "mangler"
    if code == "smtte":
        return goals_missing([bool(g.smtte_context.strip() and g.smtte_signs.strip() and g.smtte_actions.strip())
                              for g in active], active)
    if code == "order_link":
        return goals_missing([g.order_goal_id is not None for g in active], active)
    return "kan ikke vurderes automatisk"
