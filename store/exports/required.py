"""The plan type's required parts in a copy: each with its content, "mangler", or who ticked it off."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..checklist import check_parts
from ..dates import format_date
from ..enums import Area, GoalStatus
from ..markdown_safe import inline
from ..vocabulary import word
from .gather import PlanBasics
from .phrases import DANISH, Say

if TYPE_CHECKING:
    from ..models import Goal, PartTick


def tick_text(tick: PartTick, say: Say = DANISH) -> str:
    """'afkrydset af anna 23-11-2026' (who and when, as kept)."""
    return say("afkrydset af {who} {date}", who=inline(tick.ticked_by), date=format_date(tick.ticked_at.date()))


def required_rows(data: PlanBasics, next_date: date | None, say: Say = DANISH) -> list[list[str]]:
    """Each required part of the plan type: "✓" and its content, or "✗ mangler" and what is missing.

    Met and missing are said the same way (a mark and a plain word), so neither shouts over the other.
    """
    results = check_parts(data.plan_type, data.plan, data.citizen, data.goals, data.activities, data.ticks,
                          lang=say.lang)
    rows = []
    for res in results:
        if res.manual:
            content = "✓ " + tick_text(res.tick, say) if res.tick else say("✗ mangler: ikke krydset af")
        elif res.ok:
            content = "✓ " + part_content(res.code, data, next_date, say)
        else:
            content = say("✗ mangler") + (": " + "; ".join(inline(d) for d in res.details) if res.details else "")
        rows.append([inline(res.label), content])
    return rows


def part_content(code: str, data: PlanBasics, next_date: date | None, say: Say = DANISH) -> str:
    """What the plan holds for one required part, or 'mangler'."""
    plan, citizen = data.plan, data.citizen
    active = [g for g in data.goals if g.status is GoalStatus.ACTIVE]
    missing_word = say("mangler")

    def text_or_missing(value: str) -> str:
        return inline(value) or missing_word

    def goals_missing(pred_ok: list[bool], goals: list[Goal]) -> str:
        missing = [g for g, ok in zip(goals, pred_ok) if not ok]
        if not goals:
            return missing_word
        if not missing:
            return say("opfyldt")
        return say("mangler for: {goals}", goals="; ".join(inline(g.text) for g in missing))

    if code == "overall_goal":
        return text_or_missing(plan.overall_goal)
    if code == "goal_level":
        return word(f"level.{plan.goal_level.value}", say.lang)
    if code == "sub_goals":
        if not active:
            return missing_word
        return say("{n} aktive delmål", n=len(active)) if len(active) != 1 else say("1 aktivt delmål")
    if code == "sub_goal_rationale":
        return goals_missing([bool(g.rationale.strip()) for g in active], active)
    if code == "activities_aim":
        return say("se planen") if active else missing_word
    if code == "stabilising":
        n = sum(1 for g in active if g.area in (Area.HEALTH, Area.SOCIAL))
        return say("{n} delmål i sundhed/socialt", n=n) if n else missing_word
    if code == "follow_up":
        if plan.follow_up.strip():
            return inline(plan.follow_up)
        return say("næste møde {date}", date=format_date(next_date)) if next_date else missing_word
    if code == "mentor":
        if not citizen.mentor_needed:
            return say("vurderet: intet behov")
        return say("behov; rolle: {role}", role=text_or_missing(citizen.mentor_role))
    if code in ("purpose", "support_needed", "expected_duration", "other_matters", "order_text"):
        return text_or_missing(str(getattr(plan, code)))
    if code == "made_with_citizen":
        return say("ja") if plan.made_with_citizen else missing_word
    if code == "smtte":
        return goals_missing([bool(g.smtte_context.strip() and g.smtte_signs.strip() and g.smtte_actions.strip())
                              for g in active], active)
    if code == "order_link":
        return goals_missing([g.order_goal_id is not None for g in active], active)
    return say("kan ikke vurderes automatisk")
