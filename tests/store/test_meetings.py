"""Meetings: agenda editing, review of carried-over agreements, closing, read-only after close."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from store import InputError, Store
from store.catalog import load_catalog
from store.enums import AgreementStatus, Area, Decision, MeetingStatus, Role
from store.errors import ClosedMeetingError

DAY = date(2026, 11, 23)


@pytest.fixture
def setup(store: Store) -> dict[str, int]:
    c = store.create_citizen("Testborger Ærø")
    assert c.id is not None
    plan = store.plan_of(c.id)
    assert plan.id is not None
    me = store.participants(plan.id)[0]
    officer = store.add_participant(plan.id, "Sagsbehandler Test", Role.AUTHORITY)
    goal = store.add_goal(plan.id, Area.SOCIAL, "Jeg vil ringe til min bror.")
    first = store.plan_meeting(plan.id, "citizen", DAY - timedelta(days=30), participant_ids=[me.id or 0])
    assert first.id and me.id and officer.id and goal.id
    return dict(cid=c.id, plan=plan.id, me=me.id, officer=officer.id, goal=goal.id, first=first.id)


def agreement(store: Store, s: dict[str, int], what: str, due: date | None, meeting: str = "first") -> int:
    a = store.add_agreement(s["plan"], s["me"], what, due, meeting_id=s[meeting])
    assert a.id is not None
    return a.id


def test_agenda_comes_from_the_kind_and_can_be_edited(store: Store, setup: dict[str, int]) -> None:
    m = setup["first"]
    titles = [i.title for i in store.agenda(m)]
    assert titles == [i.title for i in store.catalog.meeting_kind("citizen").agenda]
    new = store.add_agenda_item(m, "Eventuelt")
    assert new.id is not None
    store.move_agenda_item(new.id, -1)
    assert [i.title for i in store.agenda(m)][-2] == "Eventuelt"
    store.rename_agenda_item(new.id, "Eventuelt og spørgsmål")
    first_id = store.agenda(m)[0].id
    assert first_id is not None
    store.remove_agenda_item(first_id)
    agenda = store.agenda(m)
    assert len(agenda) == len(titles)
    assert "Eventuelt og spørgsmål" in [i.title for i in agenda]
    assert agenda[0].title != titles[0]
    store.move_agenda_item(agenda[0].id or 0, -5)  # stays first
    assert store.agenda(m)[0].title == agenda[0].title


def test_meeting_participants_only_from_the_plan(store: Store, setup: dict[str, int]) -> None:
    store.add_meeting_participant(setup["first"], setup["officer"])
    store.add_meeting_participant(setup["first"], setup["officer"])  # no duplicate
    assert {p.id for p in store.meeting_participants(setup["first"])} == {setup["me"], setup["officer"]}
    other = store.create_citizen("Anden Borger")
    assert other.id is not None
    stranger = store.participants(store.plan_of(other.id).id or 0)[0]
    with pytest.raises(InputError):
        store.add_meeting_participant(setup["first"], stranger.id or 0)


def test_municipality_kind_from_catalog_dir(tmp_path: Path, db_path: Path) -> None:
    d = tmp_path / "katalog"
    d.mkdir()
    (d / "egen.json").write_text(json.dumps({"meeting_kinds": [{
        "code": "overgang", "name": "Overgangsmøde", "screen": "network",
        "agenda": [{"title": "Hvad skal med videre?", "part": "free"},
                   {"title": "Aftaler fra sidst", "part": "review"}]}]}), encoding="utf-8")
    catalog = load_catalog([d])
    assert "citizen" in catalog.meeting_kinds
    with Store(db_path, catalog=catalog) as s:
        c = s.create_citizen("Kommunal Test")
        plan = s.plan_of(c.id or 0)
        m = s.plan_meeting(plan.id or 0, "overgang", DAY)
        assert [(i.title, i.part) for i in s.agenda(m.id or 0)] == [
            ("Hvad skal med videre?", "free"), ("Aftaler fra sidst", "review")]


def test_review_lists_earlier_open_agreements_with_their_decisions(store: Store, setup: dict[str, int]) -> None:
    s = setup
    done = agreement(store, s, "Ringe til lægen", DAY - timedelta(days=10))
    cont = agreement(store, s, "Købe kalender", DAY)
    chg = agreement(store, s, "Gå en tur", DAY + timedelta(days=1))
    drop = agreement(store, s, "Søge kursus", DAY + timedelta(days=2))
    store.close_meeting(s["first"], DAY)
    m = store.plan_meeting(s["plan"], "citizen", DAY)
    assert m.id is not None
    s["second"] = m.id
    made_here = agreement(store, s, "Ny aftale", DAY + timedelta(days=14), "second")
    review = {r.agreement.id: r for r in store.agreements_for_review(m.id)}
    assert set(review) == {done, cont, chg, drop}
    assert made_here not in review
    assert all(r.decision is None for r in review.values())
    # overdue across the date boundary: yesterday's is overdue, today's and tomorrow's are not
    assert review[done].overdue
    assert not review[cont].overdue and not review[chg].overdue and not review[drop].overdue

    store.mark_agreement_done(done, meeting_id=m.id, on=DAY)
    store.continue_agreement(cont, DAY + timedelta(days=20), meeting_id=m.id)
    store.change_agreement(chg, "Gå en tur med naboen", DAY + timedelta(days=7), meeting_id=m.id)
    with pytest.raises(InputError):
        store.cancel_agreement(drop, "  ", meeting_id=m.id)
    store.cancel_agreement(drop, "Kurset er nedlagt", meeting_id=m.id)
    review = {r.agreement.id: r for r in store.agreements_for_review(m.id)}
    assert review[done].decision is Decision.DONE
    assert review[cont].decision is Decision.CONTINUED and review[cont].carried_over == 1
    assert review[chg].decision is Decision.CHANGED and review[chg].carried_over == 1
    assert review[drop].decision is Decision.CANCELLED
    assert store.get_agreement(drop).cancel_reason == "Kurset er nedlagt"
    history = store.agreement_events(chg)
    assert history[-1].old_what == "Gå en tur" and history[-1].new_what == "Gå en tur med naboen"
    assert store.get_agreement(done).status is AgreementStatus.DONE

    closed = store.close_meeting(m.id, DAY + timedelta(days=30))
    assert closed.next_meeting_date == DAY + timedelta(days=30)
    # After close, the review still shows what was decided there.
    assert {r.agreement.id for r in store.agreements_for_review(m.id)} == {done, cont, chg, drop}
    # The next meeting reviews the continued/changed ones again, and the one made in the second.
    third = store.plan_meeting(s["plan"], "citizen", DAY + timedelta(days=30))
    assert {r.agreement.id for r in store.agreements_for_review(third.id or 0)} == {cont, chg, made_here}


def test_close_is_refused_while_reviewed_agreements_lack_a_decision(store: Store, setup: dict[str, int]) -> None:
    s = setup
    a = agreement(store, s, "Ringe til lægen", DAY)
    b = agreement(store, s, "Købe kalender", DAY)
    store.close_meeting(s["first"], DAY)
    m = store.plan_meeting(s["plan"], "citizen", DAY).id or 0
    with pytest.raises(InputError) as err:
        store.close_meeting(m, DAY + timedelta(days=10))
    assert "2 aftaler mangler" in err.value.message
    store.mark_agreement_done(a, meeting_id=m)
    with pytest.raises(InputError) as err:
        store.close_meeting(m, DAY + timedelta(days=10))
    assert "1 aftale mangler" in err.value.message
    store.continue_agreement(b, DAY + timedelta(days=30), meeting_id=m)
    with pytest.raises(InputError) as err:
        store.close_meeting(m, None)
    assert err.value.field == "next_meeting_date"
    with pytest.raises(InputError):
        store.close_meeting(m, DAY - timedelta(days=1))
    assert store.get_meeting(m).status is not MeetingStatus.CLOSED
    store.close_meeting(m, "10-12-2026")
    assert store.get_meeting(m).next_meeting_date == date(2026, 12, 10)


def test_reopened_decision_counts_as_undecided(store: Store, setup: dict[str, int]) -> None:
    s = setup
    a = agreement(store, s, "Ringe til lægen", DAY)
    store.close_meeting(s["first"], DAY)
    m = store.plan_meeting(s["plan"], "citizen", DAY).id or 0
    store.mark_agreement_done(a, meeting_id=m)
    store.reopen_agreement(a, meeting_id=m)
    assert [r.decision for r in store.agreements_for_review(m)] == [None]


def test_a_closed_meeting_refuses_every_change(store: Store, setup: dict[str, int]) -> None:
    s = setup
    a = agreement(store, s, "Ringe til lægen", DAY)
    m = s["first"]
    item = store.agenda(m)[0]
    assert item.id is not None
    store.update_agenda_item(item.id, notes="Godt møde")
    store.record_scale_reading(s["goal"], 4, meeting_id=m, participant_id=s["me"], on=DAY)
    store.close_meeting(m, DAY)
    attempts = [
        lambda: store.update_agenda_item(item.id or 0, notes="Rettet"),
        lambda: store.add_agenda_item(m, "Ekstra"),
        lambda: store.remove_agenda_item(item.id or 0),
        lambda: store.move_agenda_item(item.id or 0, 1),
        lambda: store.rename_agenda_item(item.id or 0, "Nyt navn"),
        lambda: store.add_meeting_participant(m, s["officer"]),
        lambda: store.record_scale_reading(s["goal"], 5, meeting_id=m),
        lambda: store.add_agreement(s["plan"], s["me"], "Mere", DAY, meeting_id=m),
        lambda: store.mark_agreement_done(a, meeting_id=m),
        lambda: store.continue_agreement(a, DAY, meeting_id=m),
        lambda: store.cancel_agreement(a, "Nej", meeting_id=m),
        lambda: store.add_note(s["plan"], "Efterskrift", meeting_id=m),
        lambda: store.add_pdsa_cycle(s["goal"], "Prøve noget", meeting_id=m),
        lambda: store.close_meeting(m, DAY + timedelta(days=3)),
    ]
    for attempt in attempts:
        with pytest.raises(ClosedMeetingError) as err:
            attempt()
        assert "Mødet er afsluttet" in err.value.message and "tillæg" in err.value.message
    assert store.agenda(m)[0].notes == "Godt møde"
    # Corrections go in an addendum; the agreement itself can still be decided in a later meeting.
    add = store.add_addendum(m, "Rettelse: læs 5 i stedet for 4.")
    assert store.addenda(m) == [add]
    with pytest.raises(InputError):
        store.add_addendum(m, "   ")
    store.mark_agreement_done(a)


def test_addendum_only_after_close(store: Store, setup: dict[str, int]) -> None:
    with pytest.raises(InputError):
        store.add_addendum(setup["first"], "For tidligt")


def test_pdsa_strengths_and_order_links(store: Store, setup: dict[str, int]) -> None:
    s = setup
    cyc = store.add_pdsa_cycle(s["goal"], "Prøve opkald om søndagen", meeting_id=s["first"], on=DAY)
    store.update_pdsa_cycle(cyc.id or 0, study="Det virkede to ud af tre gange")
    assert [c.study for c in store.pdsa_cycles(s["goal"])] == ["Det virkede to ud af tre gange"]
    store.add_strength(s["cid"], "Jeg er god til at lytte.")
    store.add_strength(s["cid"], "Jeg kan lave mad.")
    assert store.get_citizen(s["cid"]).strengths.endswith("Jeg er god til at lytte.\nJeg kan lave mad.")
    assert [g.id for g in store.unlinked_goals(s["plan"])] == [s["goal"]]
    og = store.add_order_goal(s["plan"], "Stabil hverdag")
    store.link_goal_to_order(s["goal"], og.id)
    assert store.unlinked_goals(s["plan"]) == []


def test_sharing_needs_consent_and_never_private(store: Store, setup: dict[str, int]) -> None:
    s = setup
    with pytest.raises(InputError):
        store.set_shared_with_relatives("goal", s["goal"], True, citizen_consent=False)
    store.set_shared_with_relatives("goal", s["goal"], True, citizen_consent=True)
    private = store.add_note(s["plan"], "Privat", private=True)
    with pytest.raises(InputError):
        store.set_shared_with_relatives("note", private.id or 0, True, citizen_consent=True)
    goals, notes, agreements = store.shared_with_relatives(s["plan"])
    assert [g.id for g in goals] == [s["goal"]] and notes == [] and agreements == []
    store.set_shared_with_relatives("goal", s["goal"], False, citizen_consent=False)
    assert store.shared_with_relatives(s["plan"])[0] == []


def test_demo_meetings_follow_the_rules(demo_store: Store, demo_citizen_id: int) -> None:
    view = demo_store.plan_view(demo_citizen_id)
    closed = [m for m in view.meetings if m.status is MeetingStatus.CLOSED]
    assert len(closed) == 2
    for m in closed:
        assert all(r.decided for r in demo_store.agreements_for_review(m.id or 0))
        assert m.next_meeting_date and m.next_meeting_date > m.date
    planned = [m for m in view.meetings if m.status is MeetingStatus.PLANNED][0]
    review = demo_store.agreements_for_review(planned.id or 0)
    assert review and all(not r.decided for r in review)
    assert any(r.carried_over >= 1 for r in review)
