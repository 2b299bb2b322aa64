"""The authority meeting's checklist: the plan held against its plan type's required parts.

`check_parts` is pure (records in, results out); `ChecklistUseCases.check_plan`
(checklist_use_cases.py) reads the records and calls it. Each missing part says, in Danish, what is
missing and where in the app to fix it.

A part the store cannot check (a municipality's own part, or one marked
`"manual": true` in the catalogue) is met when a person ticks it off
(`tick_part`): who ticked it and when is kept, also after it is unticked,
and the authority's copies show it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .catalog import PlanType, RequiredPart
from .enums import Area, GoalLevel, GoalStatus
from .messages import msg

if TYPE_CHECKING:  # records in (models, or plain rows: row_types.py), results out
    from .models import Activity, Citizen, Goal, PartTick, Plan


@dataclass(frozen=True)
class ChecklistResult:
    code: str
    label: str
    ok: bool
    details: tuple[str, ...] = field(default_factory=tuple)
    """What is missing, e.g. which goals lack a rationale."""
    fix: str = ""
    """Where in the app to fix it."""
    manual: bool = False
    """A person checks this part and ticks it off."""
    tick: PartTick | None = None
    """The tick in force (who and when), for a manual part."""


NOT_GOALS = {"fleksjob", "job", "arbejde", "uddannelse"}
"""Overall goals too vague to count at a concrete level ("Fleksjob" alone is not a goal)."""


GOAL_NAME_WIDTH = 60
"""A checklist line names a goal by its opening words, cut at a word boundary."""


_DETAILS_EN = {
    "Delmål {n}: {text}": "Sub-goal {n}: {text}",
    "Der er intet overordnet mål endnu.": "There is no overall goal yet.",
    "'{goal}' alene er ikke et mål.": "'{goal}' alone is not a goal.",
    "Målet er på formålsniveau, men formålet er ikke skrevet.":
        "The goal is at the level of purpose, but the purpose is not written.",
    "Der er ingen delmål.": "There are no sub-goals.",
    "Ingen delmål i sundhed eller socialt har aktiviteter.": "No sub-goal in health or social has activities.",
    "Der er behov for mentor, men rollen er ikke beskrevet.": "A mentor is needed, but the role is not described.",
    "Bestillingen er ikke skrevet.": "The order is not written.",
    "{goal} er ikke knyttet til bestillingen": "{goal} is not linked to the order",
    "Tjek denne del og sæt kryds, når den er opfyldt.": "Check this part and tick it off when it is met.",
}
"""The checklist's details in English, keyed by their Danish text (`check_parts(..., lang="en")`)."""


def _say(lang: str, da: str, **values: object) -> str:
    text = _DETAILS_EN.get(da, da) if lang == "en" else da
    return text.format(**values) if values else text


def goal_name(index: int, goal: Goal, lang: str = "da") -> str:
    text = " ".join(goal.text.split())
    if len(text) > GOAL_NAME_WIDTH:
        cut = text[: GOAL_NAME_WIDTH - 1]
        space = cut.rfind(" ")
        text = (cut[:space] if space > GOAL_NAME_WIDTH // 2 else cut).rstrip(" ,.;:") + "…"
    return _say(lang, "Delmål {n}: {text}", n=index, text=text)


def _check_one(
    code: str,
    plan: Plan,
    citizen: Citizen,
    goals: Sequence[Goal],
    activities: Mapping[int, Sequence[Activity]],
    lang: str = "da",
) -> tuple[bool, list[str]]:
    active = [(i, g) for i, g in enumerate(goals, start=1) if g.status is not GoalStatus.DROPPED]

    def lacking(pred: object) -> list[str]:
        assert callable(pred)
        return [goal_name(i, g, lang) for i, g in active if not pred(g)]

    none = [_say(lang, "Der er ingen delmål.")]

    if code == "overall_goal":
        return bool(plan.overall_goal.strip()), []
    if code == "goal_level":
        if not plan.overall_goal.strip():
            return False, [_say(lang, "Der er intet overordnet mål endnu.")]
        if plan.overall_goal.strip().lower().rstrip(".") in NOT_GOALS:
            return False, [_say(lang, "'{goal}' alene er ikke et mål.", goal=plan.overall_goal.strip())]
        if plan.goal_level is GoalLevel.PURPOSE and not plan.purpose.strip():
            return False, [_say(lang, "Målet er på formålsniveau, men formålet er ikke skrevet.")]
        return True, []
    if code == "sub_goals":
        return bool(active), []
    if code == "sub_goal_rationale":
        miss = lacking(lambda g: bool(g.rationale.strip()))
        return bool(active) and not miss, miss or ([] if active else none)
    if code == "activities_aim":
        miss = lacking(lambda g: any(a.short_term_aim.strip() for a in activities.get(g.id or 0, ())))
        return bool(active) and not miss, miss or ([] if active else none)
    if code == "stabilising":
        ok = any(
            g.area in (Area.HEALTH, Area.SOCIAL) and activities.get(g.id or 0) for _, g in active
        )
        return ok, [] if ok else [_say(lang, "Ingen delmål i sundhed eller socialt har aktiviteter.")]
    if code == "follow_up":
        ok = bool(plan.follow_up.strip()) or (bool(active) and all(g.end_date for _, g in active))
        return ok, []
    if code == "mentor":
        ok = not citizen.mentor_needed or bool(citizen.mentor_role.strip())
        return ok, [] if ok else [_say(lang, "Der er behov for mentor, men rollen er ikke beskrevet.")]
    if code in ("purpose", "support_needed", "expected_duration", "other_matters", "order_text"):
        return bool(str(getattr(plan, code)).strip()), []
    if code == "made_with_citizen":
        return bool(plan.made_with_citizen), []
    if code == "smtte":
        miss = lacking(
            lambda g: bool(g.smtte_context.strip() and g.smtte_signs.strip() and g.smtte_actions.strip())
        )
        return bool(active) and not miss, miss or ([] if active else none)
    if code == "order_link":
        details: list[str] = []
        if not plan.order_text.strip():
            details.append(_say(lang, "Bestillingen er ikke skrevet."))
        details += [_say(lang, "{goal} er ikke knyttet til bestillingen", goal=d)
                    for d in lacking(lambda g: g.order_goal_id is not None)]
        return not details, details
    raise KeyError(code)  # pragma: no cover - manual parts never get here (see `is_manual`)


CHECKED_CODES = frozenset({
    "overall_goal", "goal_level", "sub_goals", "sub_goal_rationale", "activities_aim", "stabilising", "follow_up",
    "mentor", "purpose", "support_needed", "expected_duration", "other_matters", "order_text", "made_with_citizen",
    "smtte", "order_link",
})
"""The parts the store checks itself; any other code is checked by a person."""


def is_manual(part: RequiredPart) -> bool:
    """A person checks this part: marked manual in the catalogue, or a code the store does not know."""
    return part.manual or part.code not in CHECKED_CODES


def check_parts(
    plan_type: PlanType,
    plan: Plan,
    citizen: Citizen,
    goals: Sequence[Goal],
    activities: Mapping[int, Sequence[Activity]],
    ticks: Mapping[str, PartTick] | None = None,
    lang: str = "da",
) -> list[ChecklistResult]:
    """One result per required part of the plan type, in the plan type's order.

    `ticks` (part code -> the tick in force) decide the manual parts; the details are in `lang`.
    """
    out: list[ChecklistResult] = []
    for part in plan_type.required_parts:
        if is_manual(part):
            tick = (ticks or {}).get(part.code)
            details = [] if tick else [_say(lang, "Tjek denne del og sæt kryds, når den er opfyldt.")]
            out.append(_result(part, tick is not None, details, manual=True, tick=tick))
            continue
        ok, details = _check_one(part.code, plan, citizen, goals, activities, lang)
        out.append(_result(part, ok, details))
    return out


def _result(
    part: RequiredPart, ok: bool, details: list[str], *, manual: bool = False, tick: PartTick | None = None
) -> ChecklistResult:
    fix = part.fix or ("Myndighedsmøde › Planen holdt op mod lovens krav › sæt kryds" if manual else "")
    return ChecklistResult(
        code=part.code, label=part.label, ok=ok, details=tuple(details), fix="" if ok else fix, manual=manual,
        tick=tick,
    )


def ticks_in_force(ticks: Sequence[PartTick]) -> dict[str, PartTick]:
    """Part code -> its latest tick that was not taken back."""
    out: dict[str, PartTick] = {}
    for tick in sorted(ticks, key=lambda t: (t.ticked_at, t.id or 0)):
        if tick.unticked_at is None:
            out[tick.part] = tick
        else:
            out.pop(tick.part, None)
    return out
