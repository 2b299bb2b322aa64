"""Progression: change computation, GAS T-score, the follow-up year across date boundaries."""
from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from store import InputError, Store
from store.enums import Area, MeetingStatus, Role
from store.models import Goal, Meeting, Participant, ScaleReading
from store.rules import is_overdue
from store.follow_up import DueKind
from store.gas import gas_t_score, propose_gas_levels
from store.progression import change_of, important_change_threshold
from tests.conftest import DEMO_TODAY

D0 = date(2026, 1, 5)


def r(score: int, days: int, pid: int | None = None, rid: int = 0) -> ScaleReading:
    return ScaleReading(id=rid or None, goal_id=1, date=D0 + timedelta(days=days), score=score, participant_id=pid)


def closed(days: int, mid: int) -> Meeting:
    return Meeting(id=mid, plan_id=1, kind="citizen", date=D0 + timedelta(days=days), status=MeetingStatus.CLOSED)


CITIZEN = Participant(id=1, plan_id=1, name="Borger", role=Role.CITIZEN)
OFFICER = Participant(id=2, plan_id=1, name="Sagsbehandler", role=Role.AUTHORITY)


# -- change computation ------------------------------------------------------------------
def test_no_readings() -> None:
    c = change_of([], [closed(0, 1)], [CITIZEN])
    assert c.first is None and c.latest is None and c.since_first is None and c.since_last_meeting is None


def test_one_reading_has_no_change_yet() -> None:
    c = change_of([r(4, 0, 1, 1)], [closed(0, 1)], [CITIZEN])
    assert c.first is not None and c.first.score == 4
    assert c.latest is not None and c.latest.score == 4
    assert c.since_first is None
    assert c.since_last_meeting is None  # the only meeting is not before the latest reading


def test_first_latest_and_since_last_meeting() -> None:
    readings = [r(2, 0, 1, 1), r(4, 30, 1, 2), r(7, 60, 1, 3)]
    meetings = [closed(0, 1), closed(30, 2), closed(60, 3)]
    c = change_of(readings, meetings, [CITIZEN])
    assert c.first and c.first.score == 2
    assert c.latest and c.latest.score == 7
    assert c.since_first == 5
    assert c.baseline and c.baseline.score == 4
    assert c.since_last_meeting == 3


def test_open_meeting_is_not_the_last_meeting() -> None:
    readings = [r(2, 0, 1, 1), r(4, 30, 1, 2), r(7, 60, 1, 3)]
    meetings = [closed(0, 1), Meeting(id=2, plan_id=1, kind="citizen", date=D0 + timedelta(days=30))]
    c = change_of(readings, meetings, [CITIZEN])
    assert c.baseline and c.baseline.score == 2 and c.since_last_meeting == 5


def test_person_without_reading_at_last_meeting_uses_earlier_score() -> None:
    # The citizen did not score at the meeting on day 30 (only the officer did).
    readings = [r(3, 0, 1, 1), r(5, 0, 2, 2), r(6, 30, 2, 3), r(6, 60, 1, 4)]
    meetings = [closed(0, 1), closed(30, 2), closed(60, 3)]
    c = change_of(readings, meetings, [CITIZEN, OFFICER])
    assert c.latest and c.latest.participant_id == 1 and c.latest.score == 6
    assert c.baseline and c.baseline.participant_id == 1 and c.baseline.score == 3
    assert c.since_last_meeting == 3


def test_agreed_value_is_headline() -> None:
    readings = [r(3, 0, 2, 1), r(4, 0, None, 2), r(6, 10, None, 3), r(9, 10, 2, 4)]
    c = change_of(readings, [], [CITIZEN, OFFICER])
    assert c.first and c.first.score == 4 and c.latest and c.latest.score == 6 and c.since_first == 2


def test_threshold_parameter_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RUNDBORD_IMPORTANT_CHANGE", raising=False)
    assert important_change_threshold() == 2
    monkeypatch.setenv("RUNDBORD_IMPORTANT_CHANGE", "3")
    assert important_change_threshold() == 3
    assert important_change_threshold(1) == 1


def test_demo_goal_progression(demo_store: Store, demo_citizen_id: int) -> None:
    view = demo_store.plan_view(demo_citizen_id)
    work = next(g.goal for g in view.goals if g.goal.area is Area.EMPLOYMENT)
    assert work.id is not None
    p = demo_store.goal_progression(work.id)
    assert [s.name for s in p.series] == ["Nanna Kildegaard", "Fatima Ali", "Karsten Bro"]  # citizen, then A-Å
    assert p.change.first and p.change.first.score == 2
    assert p.change.latest and p.change.latest.score == 4
    assert p.change.since_first == 2 and p.important_since_first
    assert p.change.since_last_meeting == 2
    assert p.last_meeting and p.last_meeting.date == DEMO_TODAY - timedelta(days=60)
    assert p.spread == [(DEMO_TODAY - timedelta(days=60), 2, 3), (DEMO_TODAY - timedelta(days=25), 4, 5)]
    assert len(p.done_between) == 1
    assert [a.what for a in p.done_between[0].agreements] == ["Besøge Gensyn sammen med Ole og aftale startdato"]
    assert not demo_store.goal_progression(work.id, threshold=3).important_since_first
    rows = demo_store.progression_rows(work.id)
    assert [(x.who, x.score, x.change) for x in rows] == [
        ("Nanna Kildegaard", 2, None), ("Karsten Bro", 3, None), ("Nanna Kildegaard", 4, 2), ("Fatima Ali", 5, None),
    ]


def test_area_progress(demo_store: Store, demo_citizen_id: int) -> None:
    areas = {a.area: a for a in demo_store.area_progress(demo_citizen_id)}
    assert (areas[Area.EMPLOYMENT].first, areas[Area.EMPLOYMENT].latest) == (2.0, 4.0)
    assert areas[Area.SOCIAL].change == 2.0
    public = {a.area: a for a in demo_store.area_progress(demo_citizen_id, include_private=False)}
    assert public[Area.HEALTH].goals == 1  # the private sleep goal is left out


# -- goal attainment scaling -------------------------------------------------------------
def test_t_score_all_zero_is_50() -> None:
    assert gas_t_score([(1.0, 0), (1.0, 0), (2.0, 0)]) == pytest.approx(50.0)


def test_t_score_three_goals_at_minus_one() -> None:
    t = gas_t_score([(1.0, -1)] * 3)
    assert t == pytest.approx(50 - 30 / math.sqrt(4.8))
    assert round(t, 1) == 36.3


def test_t_score_weights_follow_formula() -> None:
    results = [(3.0, 2), (1.0, -1)]
    expected = 50 + 10 * (3 * 2 + 1 * -1) / math.sqrt(0.7 * (9 + 1) + 0.3 * 16)
    assert gas_t_score(results) == pytest.approx(expected)
    assert gas_t_score(results) != pytest.approx(gas_t_score([(1.0, 2), (1.0, -1)]))
    assert gas_t_score([(1.0, 1)], rho=0.0) == pytest.approx(60.0)


def test_propose_levels_from_4_to_6() -> None:
    goal = Goal(plan_id=1, area=Area.EMPLOYMENT, text="Jeg vil")
    levels = propose_gas_levels(goal, 4, 6)
    assert list(levels) == [-2, -1, 0, 1, 2]
    assert "6" in levels[0] and "5" in levels[-1] and "4" in levels[-2] and "7" in levels[1]
    with pytest.raises(InputError):
        propose_gas_levels(goal, 6, 6)
    assert "10" in propose_gas_levels(goal, 8, 10)[1]


def test_gas_store_roundtrip(demo_store: Store, demo_citizen_id: int) -> None:
    goals = [g.goal for g in demo_store.plan_view(demo_citizen_id).goals]
    assert demo_store.citizen_gas_t_score(demo_citizen_id) is None
    g0, g1, g2 = (g.id for g in goals[:3])
    assert g0 and g1 and g2
    levels = propose_gas_levels(goals[0], 4, 6)
    stored = demo_store.set_gas_levels(g0, levels)
    assert stored.gas_zero == levels[0] and stored.gas_minus2 == levels[-2]
    for gid in (g0, g1, g2):
        demo_store.record_gas_result(gid, -1)
    assert round(demo_store.citizen_gas_t_score(demo_citizen_id) or 0, 1) == 36.3
    demo_store.set_gas_levels(g0, importance=3, difficulty=2)  # weight 6
    expected = 50 + 10 * (-6 - 1 - 1) / math.sqrt(0.7 * (36 + 1 + 1) + 0.3 * 64)
    assert demo_store.citizen_gas_t_score(demo_citizen_id) == pytest.approx(expected)
    with pytest.raises(InputError):
        demo_store.record_gas_result(g0, 3)
    with pytest.raises(InputError):
        demo_store.set_gas_levels(g1, {0: "  "})
    assert demo_store.get_goal(g0).gas_result == -1


# -- the follow-up year -------------------------------------------------------------------
def _due_case(store: Store, today: date) -> dict[str, int]:
    c = store.create_citizen("Bo Testesen")
    assert c.id
    plan = store.plan_of(c.id)
    assert plan.id
    who = store.participants(plan.id)[0].id
    ids: dict[str, int] = {}
    for name, days in (("m_yesterday", -1), ("m_today", 0), ("m_end", 28), ("m_after", 29)):
        m = store.plan_meeting(plan.id, "citizen", today + timedelta(days=days))
        assert m.id
        ids[name] = m.id
    for name, days in (("g_yesterday", -1), ("g_today", 0), ("g_end", 28), ("g_after", 29)):
        g = store.add_goal(plan.id, Area.SOCIAL, f"Mål {name}", end_date=today + timedelta(days=days))
        assert g.id
        ids[name] = g.id
    for name, days in (("s_past", -40), ("s_end", 28), ("s_after", 29)):
        g = store.add_goal(plan.id, Area.HEALTH, f"SMTTE {name}", smtte_due=today + timedelta(days=days))
        assert g.id
        ids[name] = g.id
    for name, days in (("a_yesterday", -1), ("a_today", 0), ("a_done", -5)):
        a = store.add_agreement(plan.id, who, f"Aftale {name}", today + timedelta(days=days))
        assert a.id
        ids[name] = a.id
    store.mark_agreement_done(ids["a_done"], on=today)
    return ids


def test_due_items_window_boundaries(store: Store) -> None:
    today = date(2026, 3, 2)
    ids = _due_case(store, today)
    items = store.due_items(today, weeks=4)
    got = {(i.kind, i.ref_id) for i in items}
    assert (DueKind.MEETING, ids["m_today"]) in got and (DueKind.MEETING, ids["m_end"]) in got
    assert (DueKind.MEETING, ids["m_yesterday"]) not in got and (DueKind.MEETING, ids["m_after"]) not in got
    assert (DueKind.GOAL_END, ids["g_today"]) in got and (DueKind.GOAL_END, ids["g_end"]) in got
    assert (DueKind.GOAL_END, ids["g_yesterday"]) not in got and (DueKind.GOAL_END, ids["g_after"]) not in got
    assert (DueKind.SMTTE, ids["s_past"]) in got and (DueKind.SMTTE, ids["s_end"]) in got
    assert (DueKind.SMTTE, ids["s_after"]) not in got
    assert (DueKind.OVERDUE, ids["a_yesterday"]) in got
    assert (DueKind.OVERDUE, ids["a_today"]) not in got and (DueKind.OVERDUE, ids["a_done"]) not in got
    assert [i.date for i in items] == sorted(i.date for i in items)
    assert all(i.citizen_name == "Bo Testesen" for i in items)
    # A day later, yesterday's agreement is still overdue and today's one becomes overdue.
    later = {(i.kind, i.ref_id) for i in store.due_items(today + timedelta(days=1), weeks=4)}
    assert (DueKind.OVERDUE, ids["a_today"]) in later and (DueKind.MEETING, ids["m_after"]) in later
    # weeks=0: only today.
    zero = store.due_items(today, weeks=0)
    assert {i.date for i in zero if i.kind is not DueKind.OVERDUE and i.kind is not DueKind.SMTTE} == {today}
    with pytest.raises(InputError):
        store.due_items(today, weeks=-1)


def test_due_items_demo(demo_store: Store) -> None:
    items = demo_store.due_items(DEMO_TODAY, 4)
    kinds = [i.kind for i in items]
    assert DueKind.OVERDUE in kinds and DueKind.MEETING in kinds and DueKind.SMTTE in kinds
    # Overdue selection follows rules.is_overdue on every agreement, on several days.
    plan = demo_store.plan_of(demo_store.list_citizens()[0].id)
    assert plan.id
    for offset in range(-50, 40, 7):
        day = DEMO_TODAY + timedelta(days=offset)
        listed = {i.ref_id for i in demo_store.due_items(day, 4) if i.kind is DueKind.OVERDUE}
        assert listed == {a.id for a in demo_store.agreements(plan.id) if is_overdue(a, day)}


def test_save_gas_weighting(demo_store: Store, demo_citizen_id: int) -> None:
    goal = demo_store.plan_view(demo_citizen_id).goals[0].goal
    assert goal.id is not None
    levels = demo_store.gas_levels(goal.id)
    g = demo_store.save_gas(goal.id, levels, 1, weighting=(2, 3))
    assert (g.gas_importance, g.gas_difficulty, g.gas_result) == (2, 3, 1)
    assert demo_store.citizen_gas_t_score(demo_citizen_id) == pytest.approx(60.0)  # one goal: weight cancels
    g = demo_store.save_gas(goal.id, levels, 1)  # no weighting: left alone
    assert (g.gas_importance, g.gas_difficulty) == (2, 3)
    g = demo_store.save_gas(goal.id, levels, 1, weighting=(2, None))  # one missing: both cleared, weight 1
    assert (g.gas_importance, g.gas_difficulty) == (None, None)
    with pytest.raises(InputError):
        demo_store.save_gas(goal.id, levels, 1, weighting=(4, 1))
    assert demo_store.get_goal(goal.id).gas_importance is None


def test_due_items_across_year_end_and_week_boundaries(store: Store) -> None:
    c = store.create_citizen("Ulla Årsskifte")
    assert c.id
    plan = store.plan_of(c.id)
    assert plan.id
    who = store.participants(plan.id)[0].id
    monday = date(2026, 12, 28)  # the last Monday of 2026; one week ahead is Monday 4 January 2027
    meetings = {d: store.plan_meeting(plan.id, "citizen", date.fromisoformat(d)).id
                for d in ("2026-12-27", "2026-12-28", "2027-01-01", "2027-01-04", "2027-01-05")}
    goals = {d: store.add_goal(plan.id, Area.SOCIAL, f"Mål {d}", end_date=date.fromisoformat(d)).id
             for d in ("2026-12-31", "2027-01-04", "2027-01-05")}
    agreements = {d: store.add_agreement(plan.id, who, f"Aftale {d}", date.fromisoformat(d)).id
                  for d in ("2026-12-27", "2026-12-28", "2026-12-31")}

    def listed(today: date, weeks: int, kind: DueKind) -> set[int]:
        return {i.ref_id for i in store.due_items(today, weeks) if i.kind is kind}

    # One week from Monday 28-12-2026: through Monday 04-01-2027, both days included.
    assert listed(monday, 1, DueKind.MEETING) == {meetings[d] for d in ("2026-12-28", "2027-01-01", "2027-01-04")}
    assert listed(monday, 1, DueKind.GOAL_END) == {goals["2026-12-31"], goals["2027-01-04"]}
    # Sunday's agreement is overdue on Monday; Monday's own is not yet.
    assert listed(monday, 1, DueKind.OVERDUE) == {agreements["2026-12-27"]}
    # Sunday 27-12 with no weeks ahead: only that day; nothing from the next week.
    assert listed(monday - timedelta(days=1), 0, DueKind.MEETING) == {meetings["2026-12-27"]}
    # New Year's Day 2027: the agreements due in the old year are overdue.
    new_year = date(2027, 1, 1)
    assert listed(new_year, 0, DueKind.OVERDUE) == set(agreements.values())
    assert listed(new_year, 0, DueKind.MEETING) == {meetings["2027-01-01"]}
    items = store.due_items(monday, 2)
    assert [i.date for i in items] == sorted(i.date for i in items)
    assert items[-1].date == date(2027, 1, 5)


def test_plan_export_and_citizen_minutes_carry_the_progression(demo_store: Store, demo_citizen_id: int) -> None:
    """The readings table with the change is part of the plan export and of the citizen's minutes."""
    from store.enums import Audience

    plan_md = demo_store.plan_markdown(demo_citizen_id, Audience.AUTHORITY, today=DEMO_TODAY)
    section = plan_md.split("## Progression", 1)[1]
    assert "| Dato | Hvem | Vurdering | Ændring |" in section
    assert "| 29-10-2026 | Nanna Kildegaard | 4 | +2 (fra 2) |" in section
    plan = demo_store.plan_of(demo_citizen_id)
    closed = [m for m in demo_store.meetings(plan.id or 0) if m.status is MeetingStatus.CLOSED]
    minutes = demo_store.minutes_markdown(closed[-1].id or 0, Audience.CITIZEN)
    assert "## Hvor langt er du nået med dine mål?" in minutes and "| Du | 4 | +2 (fra 2) |" in minutes
