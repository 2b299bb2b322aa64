"""A whole borgermøde on a real database: planned from the list, run, closed, then read-only."""
from __future__ import annotations

from datetime import date

from store import Store
from store.enums import AgreementStatus, Decision, MeetingStatus, Role
from store.models import Meeting
from screens.meetings import CitizenMeetingScreen, MeetingListScreen
from tests.conftest import DEMO_TODAY
from tests.keys import press_one_by_one, type_text
from tests.screens.meeting_pilot import (
    SIZE,
    close_meeting,
    dialog_error,
    fill,
    goto_part,
    goto_row,
    meeting_screen,
    screen_text,
)
from textual.widgets import OptionList, TextArea
from tui.app import build_app


async def test_a_whole_citizen_meeting(demo_store: Store, demo_citizen_id: int) -> None:
    store = demo_store
    plan = store.plan_of(demo_citizen_id)
    assert plan.id is not None
    people = {p.role: p for p in store.participants(plan.id)}
    citizen, officer = people[Role.CITIZEN], people[Role.AUTHORITY]
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(MeetingListScreen(store, plan.id, today=DEMO_TODAY))
        await pilot.pause()
        # Plan: kind, date, time, place, participants from the plan, plus a new one.
        await press_one_by_one(pilot, "n")
        await fill(pilot, kind="citizen", date="26-11-2026", time="13:00", place="Kilden, lokale 1",
                   people=[citizen.id, officer.id], new_name="Bo Nabo", new_role="relative")
        meeting = [m for m in store.meetings(plan.id) if m.date == date(2026, 11, 26)][0]
        assert meeting.id is not None and meeting.kind == "citizen" and meeting.time == "13:00"
        names = {p.name for p in store.meeting_participants(meeting.id)}
        assert names == {citizen.name, officer.name, "Bo Nabo"}
        # Open it: enter on the highlighted (new) meeting, three days ahead, opens it to prepare the agenda
        # (still planned; k starts it, and closing is not offered yet).
        await press_one_by_one(pilot, "enter")
        screen = meeting_screen(app)
        assert isinstance(screen, CitizenMeetingScreen)
        assert store.get_meeting(meeting.id).status is MeetingStatus.PLANNED
        assert "planlagt til 26-11-2026" in screen_text(app)
        assert screen.active_bindings["k"].binding.action == "start_meeting"
        await press_one_by_one(pilot, "k")
        assert store.get_meeting(meeting.id).status is MeetingStatus.OPEN
        assert "Mødet er startet" in screen_text(app)
        assert screen.active_bindings["k"].binding.action == "close_meeting"
        assert store.view_state().meeting_id == meeting.id

        # Notes on the first item are saved when the facilitator moves on.
        screen.query_one("#notes", TextArea).focus()
        await type_text(pilot, "Velkommen Bo")
        # Escape leaves the notes field for the agenda (saved), not the meeting.
        await press_one_by_one(pilot, "escape")
        assert app.screen is screen and app.focused is screen.query_one("#agenda", OptionList)
        assert store.agenda(meeting.id)[0].notes == "Velkommen Bo"
        await goto_part(pilot, "review")
        assert store.agenda(meeting.id)[0].notes == "Velkommen Bo"
        assert store.view_state().agenda_item_id == store.agenda(meeting.id)[1].id

        review = store.agreements_for_review(meeting.id)
        assert len(review) == 5 and all(r.decision is None for r in review)
        ids = [r.agreement.id for r in review]
        # Closing now is refused, with the count, in Danish.
        await press_one_by_one(pilot, "k")
        dialog = await fill(pilot, date="07-01-2027")
        assert "5 aftaler mangler en beslutning" in dialog_error(app)
        await press_one_by_one(pilot, "escape")
        # Decide each: done, continued, changed, dropped with a reason, done.
        rows = screen.query_one("#rows", OptionList)
        await goto_row(pilot, 0)
        await press_one_by_one(pilot, "u")
        assert rows.highlighted == 1  # on to the next agreement waiting for a decision
        await goto_row(pilot, 1)
        await press_one_by_one(pilot, "f")
        await fill(pilot, due="15-12-2026")
        assert rows.highlighted == 2
        await goto_row(pilot, 2)
        await press_one_by_one(pilot, "e")
        await fill(pilot, what="Gå med Bamse to gange om ugen", due="20-12-2026")
        await goto_row(pilot, 3)
        await press_one_by_one(pilot, "x")
        await fill(pilot, reason="")
        assert "hvorfor" in dialog_error(app)
        await fill(pilot, reason="Lægen har selv ringet")
        await goto_row(pilot, 4)
        await press_one_by_one(pilot, "u")
        assert "Alle 5 aftaler har fået en beslutning." in screen_text(app)

        # Scaling: the citizen's own score and the officer's, each kept with the name.
        await goto_part(pilot, "scaling")
        work = screen.rows[0]
        await goto_row(pilot, 0)
        assert store.view_state().goal_id == work.id
        await press_one_by_one(pilot, "s")
        await fill(pilot, who=citizen.id, score="6")
        await press_one_by_one(pilot, "s")
        await fill(pilot, who=officer.id, score="11")
        assert "højst være 10" in dialog_error(app)
        await fill(pilot, score="5")
        text = screen_text(app)
        assert f"{citizen.name}: 6/10" in text and f"{officer.name}: 5/10" in text and "Spredning: 5–6" in text
        # Step 4 proposes one step up from the citizen's 6 before anything is written.
        assert "Forslag: 7, ét trin op" in screen_text(app)
        # Steps 1-4 in the citizen's words (t): the form opens in its first field, the target is the proposal.
        strengths_before = store.get_citizen(demo_citizen_id).strengths
        await press_one_by_one(pilot, "t")
        talk = await fill(pilot, save=False, ten="Jeg er i Gensyn tre formiddage om ugen.",
                          works="Ole ringer om mandagen.", worse="Jeg møder op, også når det regner.",
                          next_step="Spørge om en tredje formiddag.")
        assert talk.focused is not None and talk.focused.id == "f-ten"
        assert talk.values()["target"] == "7"
        await press_one_by_one(pilot, "ctrl+s")
        text = screen_text(app)
        for said in ("Jeg er i Gensyn tre formiddage om ugen.", "Ole ringer om mandagen.",
                     "Jeg møder op, også når det regner.", "Spørge om en tredje formiddag.", "Næste trin: 7"):
            assert said in text, said
        # Step 4's agreement: from the citizen's 6 (prefilled) to the next step, 7 (prefilled).
        await press_one_by_one(pilot, "a")
        dialog = await fill(pilot, save=False, what="Spørge Gensyn om en tredje formiddag", due="07-01-2027")
        assert dialog.values()["from"] == "6" and dialog.values()["to"] == "7"
        await press_one_by_one(pilot, "ctrl+s")
        # The goal's evaluation (e): kept with the meeting, by the citizen.
        await press_one_by_one(pilot, "e")
        evaluation = await fill(pilot, save=False, text="Det gik godt; jeg kom hver gang.")
        assert evaluation.values()["author"] == str(citizen.id)
        await press_one_by_one(pilot, "ctrl+s")
        assert "Det gik godt; jeg kom hver gang." in screen_text(app)

        await close_meeting(pilot, "07-01-2027")
        assert "Mødet er afsluttet. Næste møde: 07-01-2027" in screen_text(app)

        # Read-only after close: a further change is refused, with the message on screen.
        await goto_part(pilot, "review")
        await press_one_by_one(pilot, "u")
        assert "Mødet er afsluttet" in screen_text(app) and "tillæg" in screen_text(app)
        assert screen.query_one("#notes", TextArea).read_only

    # The stored result.
    m: Meeting = store.get_meeting(meeting.id)
    assert m.status is MeetingStatus.CLOSED and m.next_meeting_date == date(2027, 1, 7)
    readings = {(r.participant_id, r.score) for r in store.meeting_readings(meeting.id)}
    assert readings == {(citizen.id, 6), (officer.id, 5)}
    decisions = {r.agreement.id: r.decision for r in store.agreements_for_review(meeting.id)}
    assert [decisions[i] for i in ids] == [Decision.DONE, Decision.CONTINUED, Decision.CHANGED,
                                           Decision.CANCELLED, Decision.DONE]
    assert store.get_agreement(ids[1] or 0).carried_over >= 1
    assert store.get_agreement(ids[2] or 0).what == "Gå med Bamse to gange om ugen"
    assert store.get_agreement(ids[3] or 0).cancel_reason == "Lægen har selv ringet"
    made = store.meeting_agreements(meeting.id)
    assert [(a.who_id, a.what, a.target_from, a.target_to, a.goal_id) for a in made] == [
        (citizen.id, "Spørge Gensyn om en tredje formiddag", 6, 7, work.id)]
    assert made[0].status is AgreementStatus.OPEN
    # Step 3 is the goal's scaling answer at this meeting, not the citizen's general strengths.
    assert store.get_citizen(demo_citizen_id).strengths == strengths_before
    answers = store.scaling_answers(work.id, meeting.id)
    assert [(a.ten, a.works, a.worse, a.next_step, a.target) for a in answers] == [
        ("Jeg er i Gensyn tre formiddage om ugen.", "Ole ringer om mandagen.", "Jeg møder op, også når det regner.",
         "Spørge om en tredje formiddag.", 7)]
    assert store.get_goal(work.id).scale_anchor == "Jeg er i Gensyn tre formiddage om ugen."
    evaluations = [e for e in store.goal_evaluations(work.id) if e.meeting_id == meeting.id]
    assert [(e.text, e.author_id, e.date) for e in evaluations] == [
        ("Det gik godt; jeg kom hver gang.", citizen.id, date(2026, 11, 26))]
    assert len(store.goal_evaluations(work.id)) > 1  # the demo's earlier evaluation is kept
    # Every answer reaches the minutes.
    minutes = store.minutes_markdown(meeting.id, "citizen")
    for said in ("Jeg er i Gensyn tre formiddage om ugen.", "Ole ringer om mandagen.",
                 "Jeg møder op, også når det regner.", "Spørge om en tredje formiddag.", "(dit næste tal: 7)",
                 "Det gik godt; jeg kom hver gang."):
        assert said in minutes, said
