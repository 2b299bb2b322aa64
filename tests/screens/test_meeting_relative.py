"""A whole pårørendemøde: only what the citizen shares is on the screen; relatives' support as agreements."""
from __future__ import annotations

from datetime import date

from screens.meetings import RelativeMeetingScreen
from store import Store
from store.enums import AgreementStatus, Decision, MeetingStatus, Role
from store.models import Note
from tests.keys import press_one_by_one
from tests.screens.meeting_pilot import (
    SIZE,
    all_screen_text,
    assert_read_only,
    close_meeting,
    close_refused,
    decide,
    fill,
    goto_part,
    goto_row_where,
    open_highlighted,
    open_list,
    plan_meeting,
    screen_text,
)
from tui.app import build_app

SHARED = [
    "Jeg vil være i praktik i genbrugsbutikken",  # goal, shared
    "Jeg vil gå en tur på 30 minutter med Bamse",  # goal, shared
    "Jeg vil ringe til min søster",  # goal, shared
    "Nanna fortalte stolt om sin første uge",  # note, shared
    "Gå med Bamse mandag, onsdag og fredag",  # agreement, shared
    "Køre Nanna til VUC, når det regner",  # agreement, shared (the relative's own)
]
NOT_SHARED = [
    "FVU-dansk trin 1",  # goal, not shared
    "søvnmedicin",  # goal, private
    "svære nætter",  # note, private
    "Ringe til Nanna hver mandag",  # agreement, not shared
    "Notere tegn på at Nanna møder udhvilet",  # agreement, not shared
    "Finde en tid hos lægen",  # agreement, private
    "Besøge Gensyn sammen med Ole",  # agreement, not shared (done)
    "Tilmelde mig FVU-dansk",  # agreement, not shared (done)
]


async def test_a_whole_relatives_meeting(demo_store: Store, demo_citizen_id: int) -> None:
    store = demo_store
    plan = store.plan_of(demo_citizen_id)
    assert plan.id is not None
    people = {p.role: p for p in store.participants(plan.id)}
    citizen, father = people[Role.CITIZEN], people[Role.RELATIVE]
    assert citizen.id and father.id
    school = next(g for g in store.goals(plan.id) if "FVU-dansk trin 1" in g.text)
    note = next(n for n in store.notes(plan.id) if "stolt" in n.text)
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_list(pilot, store, plan.id)
        meeting = await plan_meeting(pilot, store, plan.id, kind="relative", on="26-11-2026", time="16:00",
                                     place="Hjemme hos Nanna", people=[citizen.id, father.id])
        assert meeting.id is not None
        screen = await open_highlighted(pilot)
        assert isinstance(screen, RelativeMeetingScreen)

        # Everything the screen shows, on every agenda item and row: shared in, unshared out.
        seen = await all_screen_text(pilot)
        for text in SHARED:
            assert text in seen, text
        for text in NOT_SHARED:
            assert text not in seen, text

        # Share more, with the citizen's consent; and stop sharing a note.
        await goto_part(pilot, "sharing")
        await press_one_by_one(pilot, "d")
        await fill(pilot, item=f"goal:{school.id}")
        await press_one_by_one(pilot, "j")
        assert "FVU-dansk trin 1" in screen_text(app)
        await goto_row_where(pilot, lambda r: isinstance(r, Note) and r.id == note.id)
        await press_one_by_one(pilot, "h")
        await press_one_by_one(pilot, "j")
        assert "Nanna fortalte stolt" not in screen_text(app)

        # Only the shared agreements come up for review here.
        await goto_part(pilot, "review")
        review = store.agreements_for_review(meeting.id)
        assert sorted(r.agreement.what for r in review) == [
            "Gå med Bamse mandag, onsdag og fredag og sætte kryds", "Køre Nanna til VUC, når det regner"]
        await close_refused(pilot, 2)
        await decide(pilot, "Gå med Bamse", "done")
        await close_refused(pilot, 1)
        await decide(pilot, "Køre Nanna til VUC", "continue", due="22-12-2026")
        assert "Alle 2 aftaler har fået en beslutning." in screen_text(app)

        # How relatives can support: the relative is "who"; the dialog asks the consent question. With the
        # citizen's yes the consent is recorded with it and relatives see it; without, it is kept but not shown.
        await goto_part(pilot, "support")
        consents_before = {c.id for c in store.consents(plan.id)}
        await press_one_by_one(pilot, "a")
        dialog = await fill(pilot, save=False, what="Spise aftensmad med Nanna om søndagen", due="06-12-2026",
                            consent=True)
        assert dialog.values()["who"] == str(father.id)
        await press_one_by_one(pilot, "ctrl+s")
        assert "Spise aftensmad med Nanna om søndagen" in screen_text(app)
        await press_one_by_one(pilot, "a")
        await fill(pilot, what="Ringe til Nanna om lørdagen", due="05-12-2026")
        assert "pårørende ser det ikke" in screen_text(app)
        assert "Ringe til Nanna om lørdagen" not in screen_text(app)

        await close_meeting(pilot, "14-01-2027")
        await assert_read_only(pilot, store, meeting.id)
        seen = await all_screen_text(pilot)
        assert "Spise aftensmad med Nanna" in seen and "FVU-dansk trin 1" in seen
        for text in NOT_SHARED[1:]:
            assert text not in seen, text

    m = store.get_meeting(meeting.id)
    assert m.status is MeetingStatus.CLOSED and m.next_meeting_date == date(2027, 1, 14)
    assert store.get_goal(school.id or 0).shared_with_relatives
    assert not next(n for n in store.notes(plan.id) if n.id == note.id).shared_with_relatives
    made = store.meeting_agreements(meeting.id)
    assert [(a.who_id, a.what, a.shared_with_relatives) for a in made] == [
        (father.id, "Spise aftensmad med Nanna om søndagen", True), (father.id, "Ringe til Nanna om lørdagen", False)]
    # The consent record: who gave it, when, for what.
    dinner = f"agreement:{made[0].id}"
    covering = [c for c in store.consents(plan.id)
                if any(ci.item == dinner and ci.withdrawn_at is None for ci in store.items_of_consent(c.id or 0))]
    assert len(covering) == 1 and covering[0].given_by_id == citizen.id
    assert covering[0].given_on <= date(2026, 11, 26) and covering[0].recorded_by
    assert covering[0].id in consents_before or covering[0].meeting_id == meeting.id
    assert not any(f"agreement:{made[1].id}" == ci.item for ci in store.consent_items(plan.id))
    relatives_minutes = store.minutes_markdown(meeting.id, "relative")
    assert "Spise aftensmad med Nanna om søndagen" in relatives_minutes
    assert "Ringe til Nanna om lørdagen" not in relatives_minutes
    decisions = sorted((r.agreement.what, r.decision) for r in store.agreements_for_review(meeting.id))
    assert decisions == [("Gå med Bamse mandag, onsdag og fredag og sætte kryds", Decision.DONE),
                         ("Køre Nanna til VUC, når det regner", Decision.CONTINUED)]
    vuc = next(a for a in store.agreements(plan.id) if a.what.startswith("Køre Nanna til VUC"))
    assert vuc.status is AgreementStatus.OPEN and vuc.carried_over == 1 and vuc.due_date == date(2026, 12, 22)
    assert store.meeting_readings(meeting.id) == []
