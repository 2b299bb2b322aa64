"""A whole rehabiliteringsteam- / netværksmøde: every part in one meeting, several people scaling, closed."""
from __future__ import annotations

from datetime import date

from screens.meetings import NetworkMeetingScreen
from store import Store
from store.enums import MeetingStatus, Role
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


async def test_a_whole_network_meeting(demo_store: Store, demo_citizen_id: int) -> None:
    store = demo_store
    plan = store.plan_of(demo_citizen_id)
    assert plan.id is not None
    people = {p.role: p for p in store.participants(plan.id)}
    citizen, officer, day, father, team = (people[r] for r in (
        Role.CITIZEN, Role.AUTHORITY, Role.DAY_SERVICE, Role.RELATIVE, Role.REHAB_TEAM))
    assert citizen.id and officer.id and day.id and father.id and team.id
    work = next(g for g in store.goals(plan.id) if "Gensyn" in g.text)
    assert work.id
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_list(pilot, store, plan.id)
        meeting = await plan_meeting(
            pilot, store, plan.id, kind="network", on="26-11-2026", time="10:00",
            place="Jobcenter Nordby, mødelokale 2",
            people=[citizen.id, officer.id, day.id, father.id, team.id], new_name="Lise Holm", new_role="contact")
        assert meeting.id is not None
        assert {p.name for p in store.meeting_participants(meeting.id)} == {
            citizen.name, officer.name, day.name, father.name, team.name, "Lise Holm"}
        screen = await open_highlighted(pilot)
        assert isinstance(screen, NetworkMeetingScreen)
        assert "Lise Holm (Kontaktperson)" in screen_text(app)
        await add_agenda_item(pilot, "Rundt om bordet: hvad går godt?")

        await goto_part(pilot, "checklist")
        assert "1 af 7 dele mangler" in screen_text(app)

        ids = await review_demo_agreements(pilot, store, meeting.id)

        # The four-step scaling with three people's scores and the spread.
        await goto_part(pilot, "scaling")
        await goto_row_where(pilot, lambda g: g.id == work.id)
        assert "Målet er 10: Jeg vil være i praktik i genbrugsbutikken" in screen_text(app)
        for who, score in ((citizen, "4"), (officer, "5"), (day, "3")):
            await press_one_by_one(pilot, "s")
            await fill(pilot, who=who.id, score=score)
        text = screen_text(app)
        assert f"{citizen.name}: 4/10" in text and f"{officer.name}: 5/10" in text and f"{day.name}: 3/10" in text
        assert "Spredning: 3–5" in text
        await press_one_by_one(pilot, "t")
        await fill(pilot, worse="Jeg kan godt lide at hjælpe kunderne.")
        assert "Jeg kan godt lide at hjælpe kunderne." in screen_text(app)
        # Step 4: what moves one step becomes a progression agreement, from the citizen's 4 to 6.
        await press_one_by_one(pilot, "a")
        dialog = await fill(pilot, save=False, what="Prøve en tredje formiddag i Gensyn", due="07-01-2027", to="6")
        assert dialog.values()["from"] == "4" and dialog.values()["who"] == str(citizen.id)
        await press_one_by_one(pilot, "ctrl+s")
        assert "Prøve en tredje formiddag i Gensyn · 07-01-2027 · fra 4 til 6" in screen_text(app)

        await goto_part(pilot, "smtte")
        assert "Sammenhæng: Bestilling fra jobcentret" in screen_text(app)

        # The relatives' support: the relative is "who" by default.
        await goto_part(pilot, "support")
        await press_one_by_one(pilot, "a")
        dialog = await fill(pilot, save=False, what="Ringe til Nanna søndag aften", due="06-12-2026")
        assert dialog.values()["who"] == str(father.id)
        await press_one_by_one(pilot, "ctrl+s")
        assert "Ringe til Nanna søndag aften" in row_label(screen, lambda a: a.who_id == father.id)

        await close_meeting(pilot, "07-01-2027")
        await assert_read_only(pilot, store, meeting.id)
        await goto_part(pilot, "scaling")
        text = screen_text(app)
        assert "Skalering i mødet" in text and f"{day.name} 3" in text

    m = store.get_meeting(meeting.id)
    assert m.status is MeetingStatus.CLOSED and m.next_meeting_date == date(2027, 1, 7)
    readings = {(r.goal_id, r.participant_id, r.score) for r in store.meeting_readings(meeting.id)}
    assert readings == {(work.id, citizen.id, 4), (work.id, officer.id, 5), (work.id, day.id, 3)}
    made = store.meeting_agreements(meeting.id)
    assert [(a.who_id, a.what, a.goal_id, a.target_from, a.target_to) for a in made] == [
        (citizen.id, "Prøve en tredje formiddag i Gensyn", work.id, 4, 6),
        (father.id, "Ringe til Nanna søndag aften", None, None, None),
    ]
    # Step 3 is the goal's scaling answer at this meeting (not the citizen's general strengths).
    assert [a.worse for a in store.scaling_answers(work.id, meeting.id)] == ["Jeg kan godt lide at hjælpe kunderne."]
    assert not store.get_citizen(demo_citizen_id).strengths.endswith("Jeg kan godt lide at hjælpe kunderne.")
    assert_demo_review_stored(store, meeting.id, ids)
