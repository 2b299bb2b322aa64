"""The authority checklist: each missing part is found; a complete plan passes."""
from __future__ import annotations

import pytest

from store import Store
from store.catalog import PlanType
from store.checklist import ChecklistResult, check_parts
from store.enums import Area, GoalLevel
from store.models import Activity, Citizen, Goal, Plan

ALL_CODES = (
    "overall_goal", "goal_level", "sub_goals", "sub_goal_rationale", "activities_aim", "stabilising",
    "follow_up", "mentor", "purpose", "support_needed", "expected_duration", "other_matters",
    "made_with_citizen", "smtte", "order_link",
)


@pytest.fixture
def every_part(store: Store) -> PlanType:
    parts = tuple(store.catalog.parts[c] for c in ALL_CODES)
    return PlanType(code="alt", name="Alle dele", short="Alle", required_parts=parts)


def complete() -> tuple[Plan, Citizen, list[Goal], dict[int, list[Activity]]]:
    plan = Plan(
        id=1, citizen_id=1, plan_type="alt", overall_goal="Job som lagermedarbejder", goal_level=GoalLevel.JOB,
        follow_up="Hver 8. uge", purpose="Stabil hverdag", support_needed="Mentor og praktik",
        expected_duration="12 måneder", other_matters="Bolig er i orden", made_with_citizen=True,
        order_text="Bestilling: afklaring mod job",
    )
    citizen = Citizen(id=1, name="Test", mentor_needed=True, mentor_role="Planlægger ugen med borgeren")
    smtte = dict(smtte_context="Bestilling", smtte_signs="Møder til tiden", smtte_actions="Mentor ringer")
    goals = [
        Goal(id=1, plan_id=1, area=Area.EMPLOYMENT, text="Jeg vil i praktik.", rationale="Tættere på job",
             order_goal_id=1, **smtte),
        Goal(id=2, plan_id=1, area=Area.HEALTH, text="Jeg vil gå ture.", rationale="Sove bedre",
             order_goal_id=1, **smtte),
    ]
    acts = {
        1: [Activity(goal_id=1, text="Praktik", short_term_aim="2 formiddage")],
        2: [Activity(goal_id=2, text="Gåtur", short_term_aim="3 ture om ugen")],
    }
    return plan, citizen, goals, acts


def failing(results: list[ChecklistResult]) -> set[str]:
    return {r.code for r in results if not r.ok}


def test_a_complete_plan_passes(every_part: PlanType) -> None:
    results = check_parts(every_part, *complete())
    assert [r.code for r in results] == list(ALL_CODES)
    assert failing(results) == set()
    assert all(r.fix == "" for r in results)


@pytest.mark.parametrize(
    "code, breaks",
    [
        ("overall_goal", lambda p, c, g, a: p.__setattr__("overall_goal", "")),
        ("goal_level", lambda p, c, g, a: p.__setattr__("overall_goal", "Fleksjob")),
        ("sub_goals", lambda p, c, g, a: g.clear()),
        ("sub_goal_rationale", lambda p, c, g, a: g[1].__setattr__("rationale", "")),
        ("activities_aim", lambda p, c, g, a: a[1][0].__setattr__("short_term_aim", "")),
        ("stabilising", lambda p, c, g, a: a.pop(2)),
        ("follow_up", lambda p, c, g, a: p.__setattr__("follow_up", "")),
        ("mentor", lambda p, c, g, a: c.__setattr__("mentor_role", "")),
        ("purpose", lambda p, c, g, a: p.__setattr__("purpose", " ")),
        ("support_needed", lambda p, c, g, a: p.__setattr__("support_needed", "")),
        ("expected_duration", lambda p, c, g, a: p.__setattr__("expected_duration", "")),
        ("other_matters", lambda p, c, g, a: p.__setattr__("other_matters", "")),
        ("made_with_citizen", lambda p, c, g, a: p.__setattr__("made_with_citizen", False)),
        ("smtte", lambda p, c, g, a: g[0].__setattr__("smtte_signs", "")),
        ("order_link", lambda p, c, g, a: g[1].__setattr__("order_goal_id", None)),
    ],
)
def test_each_missing_part_is_found(every_part: PlanType, code: str, breaks: object) -> None:
    plan, citizen, goals, acts = complete()
    assert callable(breaks)
    breaks(plan, citizen, goals, acts)
    results = {r.code: r for r in check_parts(every_part, plan, citizen, goals, acts)}
    assert code in failing(list(results.values()))
    assert results[code].fix == every_part.required_parts[ALL_CODES.index(code)].fix
    assert results[code].label


def test_details_name_the_goals_that_lack_it(every_part: PlanType) -> None:
    plan, citizen, goals, acts = complete()
    goals[1].rationale = ""
    goals[1].order_goal_id = None
    results = {r.code: r for r in check_parts(every_part, plan, citizen, goals, acts)}
    assert results["sub_goal_rationale"].details == ("Delmål 2: Jeg vil gå ture.",)
    assert any("Delmål 2" in d and "bestillingen" in d for d in results["order_link"].details)
    assert results["sub_goal_rationale"].fix.startswith("Planen")


def test_purpose_level_needs_the_purpose_written(every_part: PlanType) -> None:
    plan, citizen, goals, acts = complete()
    plan.goal_level = GoalLevel.PURPOSE
    plan.purpose = ""
    assert "goal_level" in failing(check_parts(every_part, plan, citizen, goals, acts))


def test_check_plan_on_the_demo(demo_store: Store, demo_citizen_id: int) -> None:
    results = demo_store.check_plan(demo_citizen_id)
    plan_type = demo_store.plan_type_of(demo_store.plan_of(demo_citizen_id))
    assert [r.code for r in results] == [p.code for p in plan_type.required_parts]
    # The demo's education goal has an activity with an aim, the sleep goal has none.
    missing = {r.code: r for r in results if not r.ok}
    assert "activities_aim" in missing
    assert any("søvnmedicin" in d for d in missing["activities_aim"].details)
    assert "Aktiviteter" in missing["activities_aim"].fix
