"""A whole myndighedsmøde on a real database: planned, the checklist, the order, review, closed, read-only."""
from __future__ import annotations

from datetime import date

from store import Store
from store.enums import Area, MeetingStatus, Role
from store.checklist import ChecklistResult
from screens.meetings import AuthorityMeetingScreen
from tests.keys import press_one_by_one
from tests.screens.meeting_pilot import (
    SIZE,
    add_agenda_item,
    assert_demo_review_stored,
    assert_read_only,
    close_meeting,
    fill,
    goto_part,
    goto_row_where,
    open_highlighted,
    open_list,
    plan_meeting,
    review_demo_agreements,
    row_label,
    screen_text,
)
from tui.app import build_app


async def test_a_whole_authority_meeting(demo_store: Store, demo_citizen_id: int) -> None:
    store = demo_store
    plan = store.plan_of(demo_citizen_id)
    assert plan.id is not None
    people = {p.role: p for p in store.participants(plan.id)}
    citizen, officer = people[Role.CITIZEN], people[Role.AUTHORITY]
    assert citizen.id and officer.id
    # A new sub-goal written since the last meeting: not yet linked to the order, no activities yet.
    jobs = store.add_goal(plan.id, Area.EMPLOYMENT, "Jeg vil søge tre butiksjob inden sommer.",
                          rationale="Praktikken har vist, at jeg kan.")
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_list(pilot, store, plan.id)
        meeting = await plan_meeting(pilot, store, plan.id, kind="authority", on="26-11-2026", time="09:00",
                                     place="Jobcenter Nordby, lokale 4", people=[citizen.id, officer.id])
        assert meeting.id is not None
        assert [i.part for i in store.agenda(meeting.id)] == ["order", "checklist", "review", "agreements", "next"]
        screen = await open_highlighted(pilot)
        assert isinstance(screen, AuthorityMeetingScreen)
        assert store.get_meeting(meeting.id).status is MeetingStatus.OPEN
        await add_agenda_item(pilot, "Mentorordning")

        # The checklist: each missing part in Danish, with where to fix it.
        await goto_part(pilot, "checklist")
        results = [r for r in screen.rows if isinstance(r, ChecklistResult)]
        missing = [r for r in results if not r.ok]
        assert [r.code for r in missing] == ["activities_aim"]
        assert f"1 af {len(results)} dele mangler" in screen_text(app)
        assert row_label(screen, lambda r: r.code == "activities_aim").startswith("✗ ")
        await goto_row_where(pilot, lambda r: r.code == "activities_aim")
        text = screen_text(app)
        assert "Ret her: Planen › Delmål › Aktiviteter" in text
        assert "Jeg vil tale med min læge" in text and "Jeg vil søge tre butiksjob" in text

        # The order: its text, a new goal of the order, and the unlinked plan goal linked to it.
        await goto_part(pilot, "order")
        assert "Delmål uden kobling til bestillingen: 1" in screen_text(app)
        assert "ikke knyttet til bestillingen" in row_label(screen, lambda g: g.id == jobs.id)
        await press_one_by_one(pilot, "b")
        await fill(pilot, text="Ressourceforløb: afklaring af arbejdsevne, 12 måneder.")
        await press_one_by_one(pilot, "o")
        await fill(pilot, text="Job i detailhandlen inden for et år")
        new_og = store.order_goals(plan.id)[-1]
        assert "Job i detailhandlen inden for et år" in screen_text(app)
        await goto_row_where(pilot, lambda g: g.id == jobs.id)
        await press_one_by_one(pilot, "l")
        await fill(pilot, og=new_og.id)
        assert "Delmål uden kobling til bestillingen: 0" in screen_text(app)
        assert "→ Job i detailhandlen" in row_label(screen, lambda g: g.id == jobs.id)

        ids = await review_demo_agreements(pilot, store, meeting.id)

        # A new agreement: the case officer's task.
        await goto_part(pilot, "agreements")
        await press_one_by_one(pilot, "a")
        await fill(pilot, who=officer.id, what="Sende den opdaterede plan til Nanna", due="01-12-2026")
        assert "Sende den opdaterede plan til Nanna" in screen_text(app)

        await close_meeting(pilot, "07-01-2027")
        assert "Mødet er afsluttet. Næste møde: 07-01-2027" in screen_text(app)
        await assert_read_only(pilot, store, meeting.id)

    m = store.get_meeting(meeting.id)
    assert m.status is MeetingStatus.CLOSED and m.next_meeting_date == date(2027, 1, 7)
    assert [i.title for i in store.agenda(meeting.id)][-2:] == ["Mentorordning", "Næste møde"]
    assert {p.id for p in store.meeting_participants(meeting.id)} == {citizen.id, officer.id}
    stored_plan = store.get_plan(plan.id)
    assert stored_plan.order_text == "Ressourceforløb: afklaring af arbejdsevne, 12 måneder."
    assert store.get_goal(jobs.id or 0).order_goal_id == new_og.id
    assert store.unlinked_goals(plan.id) == []
    assert store.meeting_readings(meeting.id) == []
    made = store.meeting_agreements(meeting.id)
    assert [(a.who_id, a.what, a.due_date) for a in made] == [
        (officer.id, "Sende den opdaterede plan til Nanna", date(2026, 12, 1))]
    assert_demo_review_stored(store, meeting.id, ids)
