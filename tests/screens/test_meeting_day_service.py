"""A whole dagtilbudsmøde on a real database: SMTTE per goal, signs since last time, a PDSA cycle, closed."""
from __future__ import annotations

from datetime import date

import pytest

from screens.meetings import DayServiceMeetingScreen
from store import Store
from store.enums import MeetingStatus, Role
from store.errors import ClosedMeetingError
from tests.keys import press_one_by_one
from tests.screens.meeting_pilot import (
    dialog_error,
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
    screen_text,
)
from tui.app import build_app


async def test_a_whole_day_service_meeting(demo_store: Store, demo_citizen_id: int) -> None:
    store = demo_store
    plan = store.plan_of(demo_citizen_id)
    assert plan.id is not None
    people = {p.role: p for p in store.participants(plan.id)}
    citizen, day = people[Role.CITIZEN], people[Role.DAY_SERVICE]
    assert citizen.id and day.id
    goals = store.goals(plan.id)
    work = next(g for g in goals if "Gensyn" in g.text)
    walk = next(g for g in goals if "Bamse" in g.text)
    assert work.id and walk.id and not walk.smtte_signs
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_list(pilot, store, plan.id)
        meeting = await plan_meeting(pilot, store, plan.id, kind="day_service", on="26-11-2026", time="14:00",
                                     place="Værestedet Kilden", people=[citizen.id, day.id])
        assert meeting.id is not None
        screen = await open_highlighted(pilot)
        assert isinstance(screen, DayServiceMeetingScreen)
        await add_agenda_item(pilot, "Årshjul: næste SMTTE-evaluering")

        # SMTTE per goal: the walk goal has none yet; write all of it.
        await goto_part(pilot, "smtte")
        await goto_row_where(pilot, lambda g: g.id == walk.id)
        assert "Tegn: –" in screen_text(app)
        await press_one_by_one(pilot, "w")
        await fill(pilot, smtte_context="Nanna sover dårligt og går sjældent ud.",
                   smtte_signs="Krydser i kalenderen; Nanna fortæller om turen.",
                   smtte_actions="Fatima spørger til turene hver onsdag.")
        text = screen_text(app)
        assert "Tegn: Krydser i kalenderen; Nanna fortæller om turen." in text
        # An evaluation round (e), dated with the meeting, and when the next round is; then a second round:
        # both are kept.
        await press_one_by_one(pilot, "e")
        await fill(pilot, text="To af tre ture de fleste uger.", next_due="24-11-2026")
        assert "Næste evaluering skal ligge efter denne." in dialog_error(app)
        await fill(pilot, next_due="07-01-2027")
        await press_one_by_one(pilot, "e")
        await fill(pilot, text="Efter samtalen: også en tur om søndagen.")
        text = screen_text(app)
        assert "26-11-2026  To af tre ture de fleste uger." in text
        assert "26-11-2026  Efter samtalen: også en tur om søndagen." in text
        assert "Næste evaluering: 07-01-2027" in text

        # Signs observed since the last meeting (29-10-2026), by date; a new one added.
        await goto_part(pilot, "observations")
        await goto_row_where(pilot, lambda g: g.id == work.id)
        text = screen_text(app)
        assert "Tegn observeret siden 29-10-2026:" in text
        dated = ["03-11-2026  Mødte kl. 9", "10-11-2026  Kom 20 minutter for sent", "17-11-2026  Mødte til tiden"]
        assert all(d in text for d in dated)
        assert [text.index(d) for d in dated] == sorted(text.index(d) for d in dated)
        await press_one_by_one(pilot, "n")
        await fill(pilot, text="Tog selv imod varer og satte dem på plads.", date="24-11-2026",
                   observer="Fatima Ali")
        text = screen_text(app)
        assert text.index("17-11-2026  Mødte til tiden") < text.index("24-11-2026  Tog selv imod varer")

        # A PDSA cycle for a trial action.
        await goto_part(pilot, "pdsa")
        await goto_row_where(pilot, lambda g: g.id == work.id)
        assert "Plan: Prøve en fast plads ved kassen i to uger" in screen_text(app)  # the demo's trial
        await press_one_by_one(pilot, "p")
        await fill(pilot, plan="Nanna starter kl. 9.30 i stedet for 9 i to uger.", do="Prøvet uge 48 og 49.",
                   study="Færre sene morgener?", act="Beslut på næste møde.")
        text = screen_text(app)
        assert "Plan: Nanna starter kl. 9.30" in text and "Handl: Beslut på næste møde." in text

        ids = await review_demo_agreements(pilot, store, meeting.id)

        await goto_part(pilot, "agreements")
        await press_one_by_one(pilot, "a")
        await fill(pilot, who=day.id, what="Notere hver dag, hvornår Nanna møder", due="10-12-2026",
                   goal=work.id)
        assert "Notere hver dag, hvornår Nanna møder" in screen_text(app)

        await close_meeting(pilot, "17-12-2026")
        await assert_read_only(pilot, store, meeting.id)
        with pytest.raises(ClosedMeetingError):
            store.add_pdsa_cycle(work.id, "Endnu en afprøvning", meeting_id=meeting.id)

    m = store.get_meeting(meeting.id)
    assert m.status is MeetingStatus.CLOSED and m.next_meeting_date == date(2026, 12, 17)
    stored_walk = store.get_goal(walk.id)
    assert stored_walk.smtte_signs == "Krydser i kalenderen; Nanna fortæller om turen."
    assert stored_walk.smtte_evaluation == "Efter samtalen: også en tur om søndagen."
    assert stored_walk.smtte_due == date(2027, 1, 7)
    rounds = [(r.meeting_id, r.date, r.text) for r in store.smtte_evaluations(walk.id)]
    assert rounds == [(meeting.id, date(2026, 11, 26), "To af tre ture de fleste uger."),
                      (meeting.id, date(2026, 11, 26), "Efter samtalen: også en tur om søndagen.")]
    obs = store.observations(work.id, since=date(2026, 10, 29))
    assert [(o.date, o.observer) for o in obs][-1] == (date(2026, 11, 24), "Fatima Ali")
    cycles = [c for c in store.pdsa_cycles(work.id) if c.meeting_id == meeting.id]  # the demo has an earlier one
    assert [(c.meeting_id, c.date, c.plan, c.act) for c in cycles] == [
        (meeting.id, date(2026, 11, 26), "Nanna starter kl. 9.30 i stedet for 9 i to uger.", "Beslut på næste møde.")]
    made = store.meeting_agreements(meeting.id)
    assert [(a.who_id, a.what, a.goal_id) for a in made] == [(day.id, "Notere hver dag, hvornår Nanna møder", work.id)]
    assert store.meeting_readings(meeting.id) == []
    assert_demo_review_stored(store, meeting.id, ids)
