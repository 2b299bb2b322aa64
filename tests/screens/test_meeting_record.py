"""The meeting screens carry the whole record (issue 17): each point driven by its key on a real database.

- the authority meeting's checklist: a part a person checks is ticked (x) and taken back, who and when kept;
- closing plans the next meeting with its time, place, kind and participants (the close dialog);
- an agenda item's sharing (c) and meeting notes (j): private, internal or shared, the mark on screen, the
  consent question; in a relatives' meeting the screen, the live view and the relatives' minutes agree;
- a PDSA trial begun in an earlier meeting followed up (g);
- the new keys in the key bar of the part they belong to.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import OptionList, TextArea

from screens.live.content import read_content
from screens.meetings import MeetingScreen
from store import Store
from store.catalog import load_catalog
from store.checklist import ChecklistResult
from store.enums import Audience, MeetingStatus, Role, Sharing
from store.notes import sharing_of
from tests.conftest import DEMO_NOW, DEMO_TODAY, copy_database
from tests.keys import press_one_by_one, type_text
from tests.screens.meeting_pilot import (
    SIZE,
    dialog_error,
    fill,
    footer_keys,
    goto_part,
    goto_row_where,
    meeting_screen,
    screen_text,
)
from tui.app import build_app

MUNICIPALITY = {
    "parts": {
        "hverdag": {"label": "Borgerens egen beskrivelse af en god hverdag", "fix": "Myndighedsmøde › Kryds af"},
    },
    "plan_types": [{
        "code": "nordby_plan", "name": "Nordby Kommunes handleplan", "short": "Nordby-plan",
        "required_parts": ["purpose", "hverdag", "sub_goals"],
        "labels": {"plan": "Handleplan"},
    }],
}


@pytest.fixture
def nordby(tmp_path: Path, _templates: dict[str, Path]) -> Store:
    """A municipality's catalogue file with a part only a person can check."""
    folder = tmp_path / "katalog"
    folder.mkdir()
    (folder / "nordby.json").write_text(json.dumps(MUNICIPALITY, ensure_ascii=False), encoding="utf-8")
    copy_database(_templates["empty"], tmp_path / "n.db")
    return Store(tmp_path / "n.db", user="sagsbehandler.sofie", catalog=load_catalog([folder]))


def open_meeting(store: Store, plan_id: int, kind: str, on: date, people: list[int]) -> int:
    m = store.plan_meeting(plan_id, kind, on, time="10:00", place="Rådhuset", participant_ids=people)
    assert m.id is not None
    store.open_meeting(m.id)
    return m.id


async def test_checklist_part_ticked_by_key_and_close_plans_the_next_meeting(nordby: Store) -> None:
    store = nordby
    c = store.create_citizen("Bente Bo")
    assert c.id is not None
    pid = store.plan_of(c.id).id
    assert pid is not None
    store.update_plan(pid, plan_type="nordby_plan", purpose="At Bente får en stabil hverdag.")
    store.add_participant(pid, "Søren Sagsbehandler", Role.AUTHORITY)
    people = {p.role: p for p in store.participants(pid)}
    citizen, officer = people[Role.CITIZEN], people[Role.AUTHORITY]
    assert citizen.id and officer.id
    mid = open_meeting(store, pid, "authority", DEMO_TODAY, [citizen.id, officer.id])
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(MeetingScreen(store, mid))
        await pilot.pause()
        screen = meeting_screen(app)
        await goto_part(pilot, "checklist")
        assert "x" in footer_keys(screen)
        # A part the store checks itself cannot be ticked: said on screen, nothing written.
        await goto_row_where(pilot, lambda r: isinstance(r, ChecklistResult) and r.code == "purpose")
        await press_one_by_one(pilot, "x")
        assert "tjekkes ud fra planen" in screen_text(app)
        assert store.tick_history(pid) == []
        # The municipality's own part: x opens the tick dialog in its note field; saved with who and when.
        await goto_row_where(pilot, lambda r: isinstance(r, ChecklistResult) and r.code == "hverdag")
        assert "Tjekkes af en person: x sætter kryds." in screen_text(app)
        await press_one_by_one(pilot, "x")
        dialog = await fill(pilot, save=False, note="Bente fortalte selv om sin hverdag.")
        assert dialog.focused is not None and dialog.focused.id == "f-note"
        await press_one_by_one(pilot, "ctrl+s")
        text = screen_text(app)
        assert "✓ Borgerens egen beskrivelse af en god hverdag · krydset af sagsbehandler.sofie 23-11-2026" in text
        assert "Bente fortalte selv om sin hverdag." in text
        # x again takes it back (asked first); kept with who; then ticked again.
        await press_one_by_one(pilot, "x", "j")
        assert "Krydset er fjernet." in screen_text(app)
        [old] = store.tick_history(pid)
        assert old.unticked_by == "sagsbehandler.sofie"
        await press_one_by_one(pilot, "x")
        await fill(pilot, note="")
        assert "hverdag" in store.part_ticks(pid)

        # Close: the next meeting's date, time, place, kind and participants; a bad date keeps what was typed.
        await goto_part(pilot, "next")
        await press_one_by_one(pilot, "k")
        dialog = await fill(pilot, save=False)
        assert dialog.focused is not None and dialog.focused.id == "f-date"
        values = dialog.values()
        assert (values["time"], values["place"], values["kind"]) == ("10:00", "Rådhuset", "authority")
        assert set(values["people"]) == {str(citizen.id), str(officer.id)}
        await fill(pilot, date="20-11-2026", time="14:30", place="Bentes hjem", kind="citizen",
                   people=[citizen.id])
        assert "efter dette møde" in dialog_error(app)
        assert dialog.values()["place"] == "Bentes hjem"
        await fill(pilot, date="07-01-2027")
        assert "Næste møde: 07-01-2027, planlagt" in screen_text(app)

    m = store.get_meeting(mid)
    assert m.status is MeetingStatus.CLOSED and m.next_meeting_date == date(2027, 1, 7)
    nxt = store.next_meeting_of(mid)
    assert nxt is not None and nxt.id is not None
    assert (nxt.status, nxt.kind, nxt.time, nxt.place) == (MeetingStatus.PLANNED, "citizen", "14:30", "Bentes hjem")
    assert [p.id for p in store.meeting_participants(nxt.id)] == [citizen.id]
    assert any(it.ref_id == nxt.id for it in store.due_items(date(2027, 1, 1), weeks=2))
    authority = store.minutes_markdown(mid, Audience.AUTHORITY)
    assert "Borgerens egen beskrivelse af en god hverdag | ✓ afkrydset af sagsbehandler.sofie 23-11-2026" in authority


def live_text(store: Store) -> str:
    """Every text the shared screen shows now (it follows the meeting the facilitator has open)."""
    content = read_content(store, citizen_id=None, follow=True, today=DEMO_TODAY)
    parts = [content.overall_goal]
    parts += [g.text for g in content.goals if not g.hidden]
    parts += [a.what + " " + a.who for a in content.agreements if not a.hidden]
    if content.agenda is not None:
        parts += list(content.agenda.notes) + [line.title for line in content.agenda.lines]
    return "\n".join(parts)


NOTES = {
    "shared": "Far henter Nanna om fredagen.",
    "internal": "Fatima har ferie i uge 1.",
    "no_consent": "Bror kommer måske til jul.",
}


async def test_relatives_meeting_notes_and_items_shared_as_the_one_rule_says(
    demo_store: Store, demo_citizen_id: int
) -> None:
    store = demo_store
    plan = store.plan_of(demo_citizen_id)
    assert plan.id is not None
    people = {p.role: p for p in store.participants(plan.id)}
    citizen, father = people[Role.CITIZEN], people[Role.RELATIVE]
    assert citizen.id and father.id
    mid = open_meeting(store, plan.id, "relative", date(2026, 11, 26), [citizen.id, father.id])
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(MeetingScreen(store, mid))
        await pilot.pause()
        screen = meeting_screen(app)
        assert {"c", "j"} <= footer_keys(screen)
        # A meeting note shared with relatives, the citizen saying yes: the dialog opens in the text.
        await press_one_by_one(pilot, "j")
        dialog = await fill(pilot, save=False, text=NOTES["shared"], consent=True)
        assert dialog.focused is not None and dialog.focused.id == "f-text"
        assert dialog.values()["sharing"] == Sharing.SHARED.value  # a relatives' meeting offers shared first
        await press_one_by_one(pilot, "ctrl+s")
        assert f"{NOTES['shared']} [delt]" in screen_text(app)
        # Internal: kept, but not on the relatives' screen.
        await press_one_by_one(pilot, "j")
        await fill(pilot, text=NOTES["internal"], sharing="internal")
        # Shared without the citizen's yes: kept, marked, and not shown; the facilitator is told.
        await press_one_by_one(pilot, "j")
        await fill(pilot, text=NOTES["no_consent"], sharing="shared")
        text = screen_text(app)
        assert "pårørende ser det ikke" in text
        assert NOTES["internal"] not in text and NOTES["no_consent"] not in text
        # The current agenda item's notes, shared with consent (c): the mark in the agenda.
        screen.query_one("#notes", TextArea).focus()
        await type_text(pilot, "Nanna vil gerne spise med far om søndagen.")
        screen.query_one("#agenda", OptionList).focus()
        await press_one_by_one(pilot, "c")
        item_dialog = await fill(pilot, save=False, sharing="shared", consent=True)
        assert item_dialog.focused is not None and item_dialog.focused.id == "f-sharing"
        await press_one_by_one(pilot, "ctrl+s")
        first = store.agenda(mid)[0]
        assert sharing_of(first) is Sharing.SHARED and first.notes == "Nanna vil gerne spise med far om søndagen."
        assert "[delt]" in str(screen.query_one("#agenda", OptionList).get_option_at_index(0).prompt)

        # The shared screen in this meeting shows exactly what the relatives' copy shows (the agreements up
        # for review decided first, as they must be before the meeting closes).
        for r in store.agreements_for_review(mid):
            assert r.agreement.id is not None
            store.mark_agreement_done(r.agreement.id, meeting_id=mid, on=date(2026, 11, 26))
        live = live_text(store)
        minutes = store.minutes_markdown(mid, Audience.RELATIVE)
        every = ([g.text for g in store.goals(plan.id)] + [a.what for a in store.agreements(plan.id)]
                 + [n.text for n in store.notes(plan.id)])
        assert {x for x in every if x in live} == {x for x in every if x in minutes}
        assert NOTES["shared"] in live and NOTES["shared"] in minutes
        for hidden in (NOTES["internal"], NOTES["no_consent"]):
            assert hidden not in live and hidden not in minutes
        assert "Nanna vil gerne spise med far om søndagen." in minutes
        # The one rule, not the flag alone: what the screen shows of the plan's notes is what relatives see.
        viewer = store.meeting_viewer(mid)
        for n in store.notes(plan.id, mid):
            assert (n.text in screen_text(app)) is viewer.sees(n), n.text

    notes = {n.text: n for n in store.notes(plan.id, mid)}
    assert sharing_of(notes[NOTES["internal"]]) is Sharing.INTERNAL
    assert sharing_of(notes[NOTES["no_consent"]]) is Sharing.SHARED
    consented = {ci.item for ci in store.consent_items(plan.id) if ci.withdrawn_at is None}
    assert f"note:{notes[NOTES['shared']].id}" in consented
    assert f"note:{notes[NOTES['no_consent']].id}" not in consented
    assert f"agenda_item:{first.id}" in consented


async def test_private_agenda_item_and_note_marked_in_a_citizen_meeting(demo_store: Store, demo_citizen_id: int) -> None:
    store = demo_store
    plan = store.plan_of(demo_citizen_id)
    assert plan.id is not None
    citizen = next(p for p in store.participants(plan.id) if p.role is Role.CITIZEN)
    assert citizen.id
    mid = open_meeting(store, plan.id, "citizen", date(2026, 11, 26), [citizen.id])
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(MeetingScreen(store, mid))
        await pilot.pause()
        screen = meeting_screen(app)
        await press_one_by_one(pilot, "c")
        dialog = await fill(pilot, save=False)
        assert dialog.values()["sharing"] == Sharing.INTERNAL.value
        await fill(pilot, sharing="private")
        assert "[privat]" in str(screen.query_one("#agenda", OptionList).get_option_at_index(0).prompt)
        await press_one_by_one(pilot, "j")
        dialog = await fill(pilot, save=False, sharing="private")
        assert dialog.values()["sharing"] == "private"
        await press_one_by_one(pilot, "ctrl+s")
        assert pilot.app.screen is dialog and dialog_error(app)  # no text: refused in place, the choice kept
        assert dialog.values()["sharing"] == "private"
        await fill(pilot, text="Lægen har ændret medicinen.")
        assert "Lægen har ændret medicinen. [privat]" in screen_text(app)
    note = store.notes(plan.id, mid)[0]
    assert note.private and note.meeting_id == mid
    for aud in (Audience.DAY_SERVICE, Audience.RELATIVE):
        assert "Lægen har ændret medicinen." not in store.minutes_markdown(mid, aud)
    assert "Lægen har ændret medicinen." in store.minutes_markdown(mid, Audience.AUTHORITY)


async def test_pdsa_begun_last_meeting_followed_up(demo_store: Store, demo_citizen_id: int) -> None:
    store = demo_store
    plan = store.plan_of(demo_citizen_id)
    assert plan.id is not None
    people = {p.role: p for p in store.participants(plan.id)}
    work = next(g for g in store.goals(plan.id) if store.pdsa_cycles(g.id or 0))
    assert work.id is not None
    [cycle] = store.pdsa_cycles(work.id)
    assert cycle.meeting_id is not None and store.is_closed(cycle.meeting_id)
    mid = open_meeting(store, plan.id, "day_service", date(2026, 11, 26),
                       [p.id for p in (people[Role.CITIZEN], people[Role.DAY_SERVICE]) if p.id])
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(MeetingScreen(store, mid))
        await pilot.pause()
        screen = meeting_screen(app)
        await goto_part(pilot, "pdsa")
        assert {"p", "g"} <= footer_keys(screen)
        await goto_row_where(pilot, lambda g: g.id == work.id)
        await press_one_by_one(pilot, "g")
        dialog = await fill(pilot, save=False, act="Den faste plads bliver til tre dage.")
        assert dialog.values()["study"] == cycle.study and dialog.focused is not None
        assert dialog.focused.id == "f-do"
        await press_one_by_one(pilot, "ctrl+s")
        assert "Den faste plads bliver til tre dage." in screen_text(app)
    assert store.pdsa_cycles(work.id)[0].act == "Den faste plads bliver til tre dage."
    # The earlier meeting's frozen minutes stay as they were.
    frozen = store.frozen_minutes(cycle.meeting_id, Audience.DAY_SERVICE)
    assert frozen is not None and "Den faste plads bliver til tre dage." not in frozen.text


async def test_scaling_keys_in_the_key_bar(demo_store: Store, demo_citizen_id: int) -> None:
    store = demo_store
    plan = store.plan_of(demo_citizen_id)
    assert plan.id is not None
    citizen = next(p for p in store.participants(plan.id) if p.role is Role.CITIZEN)
    assert citizen.id
    mid = open_meeting(store, plan.id, "citizen", date(2026, 11, 26), [citizen.id])
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(MeetingScreen(store, mid))
        await pilot.pause()
        screen = meeting_screen(app)
        await goto_part(pilot, "scaling")
        assert {"s", "t", "a", "e", "q", "c", "j", "k"} <= footer_keys(screen)
        await goto_part(pilot, "review")
        keys = footer_keys(screen)
        assert "e" in keys and "t" not in keys  # e is the review's "changed" here
        await goto_part(pilot, "scaling")
        await goto_row_where(pilot, lambda g: True)
        # No score yet in this meeting: the proposal comes from the goal's latest reading.
        goal = screen.highlighted_goal()
        assert goal is not None and goal.id is not None
        proposal = store.propose_one_step(goal.id, mid)
        assert proposal is not None and f"Forslag: {proposal}, ét trin op" in screen_text(app)
    assert DEMO_NOW.date() == DEMO_TODAY
