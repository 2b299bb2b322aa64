"""The record is complete (issue 17): consent, evaluation, the scaling conversation, notes, ticked parts,
plan types closed to new citizens, the next meeting planned at closing, the year wheel."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from store import ClosedMeetingError, InputError, Store, clock
from store.catalog import load_catalog
from store.enums import Area, Audience, ConsentCapacity, MeetingStatus, Role, Sharing
from store.exports.gather import gather_meeting
from store.exports.minutes import render_minutes
from store.exports.visibility import PlanField, Sight, Viewer
from store.follow_up import DueKind, format_year
from store.models import ConsentItem, Goal, Note, ScaleReading
from tests.conftest import DEMO_NOW, DEMO_TODAY, TEST_USER, copy_database
from tests.store.mdcheck import assert_well_formed, headings


def _plan(store: Store, name: str = "Bente Bo") -> tuple[int, int, int]:
    c = store.create_citizen(name)
    assert c.id is not None
    plan = store.plan_of(c.id)
    assert plan.id is not None
    me = store.participants(plan.id)[0].id
    assert me is not None
    return c.id, plan.id, me


def _closed_relatives_meeting(store: Store) -> dict[str, int]:
    """A relatives' meeting with a consented goal and agreement, closed; ids by name."""
    cid, pid, me = _plan(store)
    mother = store.add_participant(pid, "Mor Merete", Role.RELATIVE)
    g = store.add_goal(pid, Area.SOCIAL, "Jeg vil gå til kor om torsdagen.")
    m = store.plan_meeting(pid, "relative", DEMO_TODAY, participant_ids=[me, mother.id or 0])
    assert g.id and m.id and mother.id
    store.open_meeting(m.id)
    a = store.add_agreement(pid, mother.id, "Følge Bente til kor de første tre gange", DEMO_TODAY + timedelta(days=7),
                            goal_id=g.id, meeting_id=m.id)
    consent = store.record_consent(pid, [f"goal:{g.id}", f"agreement:{a.id}"], given_by_id=me, meeting_id=m.id,
                                   note="Mor må se målet om kor.")
    store.close_meeting(m.id, DEMO_TODAY + timedelta(days=30))
    assert consent.id and a.id
    return {"citizen": cid, "plan": pid, "me": me, "goal": g.id, "meeting": m.id, "agreement": a.id,
            "consent": consent.id, "mother": mother.id}


# -- consent as a record ----------------------------------------------------------------
def test_consent_records_who_when_until_and_by_whom(store: Store) -> None:
    ids = _closed_relatives_meeting(store)
    [c] = store.consents(ids["plan"])
    assert (c.given_by, c.capacity, c.given_on, c.valid_until) == ("Bente Bo", ConsentCapacity.CITIZEN, DEMO_TODAY,
                                                                   None)
    assert c.recorded_by == TEST_USER and c.recorded_at == DEMO_NOW and c.meeting_id == ids["meeting"]
    assert {i.item for i in store.items_of_consent(c.id or 0)} == {f"goal:{ids['goal']}",
                                                                    f"agreement:{ids['agreement']}"}
    rel = store.minutes_markdown(ids["meeting"], Audience.RELATIVE)
    assert "Jeg vil gå til kor om torsdagen." in rel and "Følge Bente til kor" in rel
    assert "**Delt med samtykke:** givet af Bente Bo (borgeren selv) 23-11-2026" in rel


def test_consent_refuses_what_cannot_be_consented(store: Store) -> None:
    cid, pid, me = _plan(store)
    secret = store.add_goal(pid, Area.HEALTH, "Jeg vil tale med lægen om medicin.", private=True)
    open_goal = store.add_goal(pid, Area.SOCIAL, "Jeg vil ringe til min bror.")
    worker = store.add_participant(pid, "Karin Kontakt", Role.CONTACT)
    guardian = store.add_participant(pid, "Vera Værge", Role.RELATIVE)
    deal = store.add_agreement(pid, me, "Bestille tid hos lægen", when="hver mandag", goal_id=secret.id)
    cases = [
        ([f"goal:{secret.id}"], dict(given_by_id=me), "privat"),
        ([f"agreement:{deal.id}"], dict(given_by_id=me), "privat mål"),
        ([f"goal:{open_goal.id}"], dict(given_by_id=worker.id), "borgeren selv"),
        ([f"goal:{open_goal.id}"], dict(given_by_id=me, capacity="guardian"), "som sig selv"),
        ([f"goal:{open_goal.id}"], dict(given_by_id=None), "Vælg hvem"),
        ([f"goal:{open_goal.id}"], dict(given_by_id=me, given_on=DEMO_TODAY + timedelta(days=1)), "ikke er kommet"),
        ([f"goal:{open_goal.id}"], dict(given_by_id=me, valid_until=DEMO_TODAY - timedelta(days=1)), "passeret"),
        (["goal:999999"], dict(given_by_id=me), "hører ikke til"),
        (["citizen:1"], dict(given_by_id=me), "kan ikke deles"),
        ([], dict(given_by_id=me), "mindst ét"),
    ]
    for items, kwargs, message in cases:
        with pytest.raises(InputError, match=message):
            store.record_consent(pid, items, **kwargs)  # type: ignore[arg-type]
    assert store.consents(pid) == [] and not store.get_goal(open_goal.id or 0).shared_with_relatives
    # Who holds the right to decide may consent as guardian.
    c = store.record_consent(pid, [f"goal:{open_goal.id}"], given_by_id=guardian.id, capacity="guardian")
    assert c.capacity is ConsentCapacity.GUARDIAN and c.given_by == "Vera Værge"


def test_withdrawing_consent_removes_items_at_once_and_frozen_copies_say_so(store: Store) -> None:
    ids = _closed_relatives_meeting(store)
    frozen = store.frozen_minutes(ids["meeting"], Audience.RELATIVE)
    assert frozen is not None and "Jeg vil gå til kor om torsdagen." in frozen.text
    plan_before = store.plan_markdown(ids["citizen"], Audience.RELATIVE)
    assert "Jeg vil gå til kor om torsdagen." in plan_before
    clock.fix(DEMO_NOW + timedelta(days=2))
    store.withdraw_consent(ids["consent"], "Bente vil ikke længere dele.")
    [c] = store.consents(ids["plan"])
    assert c.withdrawn_at == DEMO_NOW + timedelta(days=2) and c.withdrawn_by == TEST_USER
    assert c.withdrawn_reason == "Bente vil ikke længere dele."
    # Every later copy leaves the items out; the flags are cleared.
    plan_after = store.plan_markdown(ids["citizen"], Audience.RELATIVE)
    assert "kor" not in plan_after and "intet samtykke gælder" in plan_after
    assert not store.get_goal(ids["goal"]).shared_with_relatives
    assert store.shared_with_relatives(ids["plan"]) == ([], [], [])
    assert "kor" not in store.render_minutes(ids["meeting"], Audience.RELATIVE)
    # The closed meeting's frozen copy stays as it was, and says so.
    now = store.minutes_markdown(ids["meeting"], Audience.RELATIVE)
    assert now.startswith(frozen.text)
    assert "## Samtykke ændret efter mødet" in now and "(25-11-2026)" in now
    assert "Del ikke denne kopi videre." in now
    assert_well_formed(now)
    # Other audiences' copies are not about relatives' consent.
    assert "Samtykke ændret" not in store.minutes_markdown(ids["meeting"], Audience.AUTHORITY)
    with pytest.raises(InputError, match="allerede"):
        store.withdraw_consent(ids["consent"])


def test_one_item_taken_out_and_a_consent_extended(store: Store) -> None:
    ids = _closed_relatives_meeting(store)
    store.withdraw_sharing("agreement", ids["agreement"])
    rel = store.viewer(ids["plan"], Audience.RELATIVE)
    assert rel.sees(store.get_goal(ids["goal"])) and not rel.sees(store.get_agreement(ids["agreement"]))
    rows = store.db.select(ConsentItem, "item = ?", (f"agreement:{ids['agreement']}",))
    assert rows and all(r.withdrawn_at is not None and r.withdrawn_by == TEST_USER for r in rows)
    note = store.write_note(ids["plan"], "Bente sang solo til koncerten.")
    assert not store.viewer(ids["plan"], Audience.RELATIVE).sees(note)
    store.add_to_consent(ids["consent"], [f"note:{note.id}"])
    assert store.viewer(ids["plan"], Audience.RELATIVE).sees(store.db.get(Note, note.id or 0))


def test_consent_runs_out_after_its_last_day(store: Store) -> None:
    cid, pid, me = _plan(store)
    g = store.add_goal(pid, Area.SOCIAL, "Jeg vil spille bordtennis.")
    store.record_consent(pid, [f"goal:{g.id}"], given_by_id=me, valid_until=DEMO_TODAY + timedelta(days=1))
    assert "bordtennis" in store.plan_markdown(cid, Audience.RELATIVE, today=DEMO_TODAY + timedelta(days=1))
    assert "bordtennis" not in store.plan_markdown(cid, Audience.RELATIVE, today=DEMO_TODAY + timedelta(days=2))


def test_a_mark_without_consent_shows_nothing_to_relatives(store: Store) -> None:
    cid, pid, me = _plan(store)
    g = store.add_goal(pid, Area.SOCIAL, "Jeg vil gå i svømmehallen.", shared_with_relatives=True)
    assert "svømmehallen" not in store.plan_markdown(cid, Audience.RELATIVE)
    [item] = [i for i in store.sharing_overview(pid) if i.key == f"goal:{g.id}"]
    assert item.waiting and item.consent is None and item.sight is Sight.NONE
    store.mark_for_relatives(f"goal:{g.id}", True)
    store.consent_in_the_room(pid, [f"goal:{g.id}"])
    assert "svømmehallen" in store.plan_markdown(cid, Audience.RELATIVE)


def test_relatives_see_the_citizen_themselves_and_shared_participants(store: Store) -> None:
    cid, pid, me = _plan(store)
    dad = store.add_participant(pid, "Far Frode", Role.RELATIVE)
    worker = store.add_participant(pid, "Sanne Støtte", Role.CONTACT, organisation="Psykiatrien")
    mentor = store.add_participant(pid, "Mads Mentor", Role.MENTOR)
    m = store.plan_meeting(pid, "citizen", DEMO_TODAY, participant_ids=[me, dad.id or 0, worker.id or 0,
                                                                        mentor.id or 0])
    assert m.id is not None
    store.record_consent(pid, [f"participant:{mentor.id}"], given_by_id=me)
    rel = store.render_minutes(m.id, Audience.RELATIVE)
    assert "Bente Bo" in rel and "Far Frode" in rel and "Mads Mentor" in rel
    assert "Sanne Støtte" not in rel and "Psykiatrien" not in rel
    assert "Sanne Støtte" in store.render_minutes(m.id, Audience.DAY_SERVICE)


def test_relatives_meeting_reviews_only_what_relatives_may_see(store: Store) -> None:
    cid, pid, me = _plan(store)
    dad = store.add_participant(pid, "Far Frode", Role.RELATIVE)
    g = store.add_goal(pid, Area.SOCIAL, "Jeg vil besøge far hver søndag.")
    secret = store.add_goal(pid, Area.HEALTH, "Medicin", private=True)
    seen = store.add_agreement(pid, dad.id, "Hente Bente søndag", DEMO_TODAY, goal_id=g.id)
    marked = store.add_agreement(pid, me, "Ringe til far", DEMO_TODAY, shared_with_relatives=True)
    hidden = store.add_agreement(pid, me, "Tage medicinen", DEMO_TODAY, goal_id=secret.id, shared_with_relatives=True)
    store.record_consent(pid, [f"agreement:{seen.id}"], given_by_id=me)
    m = store.plan_meeting(pid, "relative", DEMO_TODAY + timedelta(days=1))
    assert m.id is not None
    assert [r.agreement.id for r in store.agreements_for_review(m.id)] == [seen.id]
    assert marked.id and hidden.id
    # The agenda of a relatives' meeting is marked shared (its notes reach relatives with consent).
    assert all(i.shared_with_relatives for i in store.agenda(m.id))


# -- the one rule ---------------------------------------------------------------------------
def test_the_rule_for_every_audience_and_the_shared_screen() -> None:
    secret = Goal(id=1, plan_id=1, area=Area.HEALTH, text="privat mål", private=True, shared_with_relatives=True)
    shared = Goal(id=2, plan_id=1, area=Area.SOCIAL, text="delt mål", shared_with_relatives=True)
    reading = ScaleReading(id=5, goal_id=1, date=DEMO_TODAY, score=4)
    note = Note(id=7, plan_id=1, goal_id=2, text="note", shared_with_relatives=True)
    goals = {1: secret, 2: shared}
    keys = frozenset({"goal:1", "goal:2", "note:7"})
    for aud in (Audience.AUTHORITY, Audience.CITIZEN):
        v = Viewer(aud, goals, keys)
        assert v.sees(secret) and v.sees(reading) and v.mark(secret) and not v.mark(reading)
    ds = Viewer(Audience.DAY_SERVICE, goals, keys)
    assert not ds.sees(secret) and not ds.sees(reading) and ds.sees(shared) and ds.sees(PlanField("overall_goal"))
    rel = Viewer(Audience.RELATIVE, goals, keys)
    assert rel.sight(secret) is Sight.NONE and rel.sees(shared) and rel.sees(note)
    assert not rel.sees(PlanField("overall_goal"))
    assert not Viewer(Audience.RELATIVE, goals, frozenset({"goal:2"})).sees(note)  # the note itself not consented
    room = Viewer(Audience.CITIZEN, goals, keys, projector=True)
    assert room.sight(secret) is Sight.PLACEHOLDER and room.sight(reading) is Sight.PLACEHOLDER
    revealed = Viewer(Audience.CITIZEN, goals, keys, projector=True, revealed=frozenset({"goal:1"}))
    assert revealed.sees(secret) and revealed.sees(reading)  # a goal revealed shows its readings
    rel_room = Viewer(Audience.RELATIVE, goals, keys, projector=True, revealed=frozenset({"goal:1"}))
    assert rel_room.sight(secret) is Sight.NONE  # never in a relatives' meeting, revealed or not


def test_the_minutes_renderer_never_touches_the_database(demo_db: Path) -> None:
    with Store(demo_db, user=TEST_USER) as s:
        plan = s.plan_of(s.list_citizens()[0].id)
        mid = [m.id for m in s.meetings(plan.id or 0) if m.status is MeetingStatus.CLOSED][-1]
        assert mid is not None
        data = gather_meeting(s.db, s.catalog, mid, DEMO_TODAY)
        expected = {aud: s.render_minutes(mid, aud) for aud in Audience}
    for aud in Audience:  # the store is closed now
        assert render_minutes(data, aud) == expected[aud]


# -- evaluation in the record ------------------------------------------------------------------
def test_goal_evaluations_are_kept_per_meeting_with_who_and_when(store: Store) -> None:
    cid, pid, me = _plan(store)
    g = store.add_goal(pid, Area.EMPLOYMENT, "Jeg vil møde i praktik hver tirsdag.")
    assert g.id is not None
    m1 = store.plan_meeting(pid, "citizen", DEMO_TODAY - timedelta(days=30))
    assert m1.id is not None
    store.open_meeting(m1.id)
    first = store.evaluate_goal(g.id, "Svært at komme op.", meeting_id=m1.id, author_id=me)
    store.close_meeting(m1.id, DEMO_TODAY)
    m2 = store.next_meeting_of(m1.id)
    assert m2 is not None and m2.id is not None
    store.open_meeting(m2.id)
    second = store.evaluate_goal(g.id, "Nu møder jeg de fleste tirsdage.", meeting_id=m2.id)
    assert [e.text for e in store.goal_evaluations(g.id)] == [first.text, second.text]
    assert first.date == DEMO_TODAY - timedelta(days=30) and second.recorded_by == TEST_USER
    assert store.get_goal(g.id).evaluation == second.text
    with pytest.raises(ClosedMeetingError):
        store.evaluate_goal(g.id, "Rettelse", meeting_id=m1.id)
    md = store.render_minutes(m2.id, Audience.AUTHORITY)
    assert "Nu møder jeg de fleste tirsdage." in md and "*Noteret af test, 23-11-2026.*" in md
    assert "Svært at komme op." not in md
    # An evaluation typed straight into the goal is kept as a dated round too.
    store.update_goal(g.id, evaluation="Skrevet i redigeringen.", smtte_evaluation="SMTTE i redigeringen.")
    assert store.goal_evaluations(g.id)[-1].text == "Skrevet i redigeringen."
    assert store.smtte_evaluations(g.id)[-1].text == "SMTTE i redigeringen."


def test_smtte_rounds_are_dated_and_never_overwritten(store: Store) -> None:
    cid, pid, me = _plan(store)
    g = store.add_goal(pid, Area.SOCIAL, "Jeg vil spise morgenmad i fællesstuen.")
    assert g.id is not None
    store.record_smtte_evaluation(g.id, "Første runde: to gange om ugen.", on=DEMO_TODAY - timedelta(days=60),
                                  next_due=DEMO_TODAY)
    store.record_smtte_evaluation(g.id, "Anden runde: hver dag.", next_due=DEMO_TODAY + timedelta(days=90))
    rounds = store.smtte_evaluations(g.id)
    assert [(r.date, r.text) for r in rounds] == [(DEMO_TODAY - timedelta(days=60), "Første runde: to gange om ugen."),
                                                 (DEMO_TODAY, "Anden runde: hver dag.")]
    goal = store.get_goal(g.id)
    assert goal.smtte_evaluation == "Anden runde: hver dag." and goal.smtte_due == DEMO_TODAY + timedelta(days=90)
    with pytest.raises(InputError, match="efter"):
        store.record_smtte_evaluation(g.id, "x", next_due=DEMO_TODAY)


def test_scaling_answers_and_one_step(store: Store) -> None:
    cid, pid, me = _plan(store)
    g = store.add_goal(pid, Area.HEALTH, "Jeg vil sove 7 timer.")
    m = store.plan_meeting(pid, "citizen", DEMO_TODAY)
    assert g.id is not None and m.id is not None
    store.open_meeting(m.id)
    assert store.propose_one_step(g.id, m.id) is None  # no reading yet
    store.record_scale_reading(g.id, 4, participant_id=me, meeting_id=m.id)
    assert store.propose_one_step(g.id, m.id) == 5
    store.save_scaling_answers(g.id, m.id, ten="Jeg sover 7 timer de fleste nætter.")
    store.save_scaling_answers(g.id, m.id, worse="Jeg ville ligge vågen; men jeg går tur hver dag.",
                               next_step="Slukke skærmen kl. 22.", target=store.propose_one_step(g.id, m.id))
    [answers] = store.scaling_answers(g.id)
    assert (answers.ten, answers.target, answers.meeting_id) == ("Jeg sover 7 timer de fleste nætter.", 5, m.id)
    assert answers.worse.startswith("Jeg ville ligge vågen") and answers.next_step == "Slukke skærmen kl. 22."
    assert store.get_goal(g.id).scale_anchor == "Jeg sover 7 timer de fleste nætter."
    store.save_scaling_answers(g.id, m.id, target=7)  # editable
    assert store.scaling_answers(g.id, m.id)[0].target == 7
    with pytest.raises(InputError):
        store.save_scaling_answers(g.id, m.id, target=11)
    store.record_scale_reading(g.id, 10, participant_id=me, meeting_id=m.id)
    assert store.propose_one_step(g.id, m.id) == 10  # never above the goal
    md = store.render_minutes(m.id, Audience.CITIZEN)
    assert "**Sådan ser 10 ud for dig:** Jeg sover 7 timer de fleste nætter." in md
    assert "**Dine tal:** Du: 4; Du: 10" in md and "(dit næste tal: 7)" in md


# -- notes with a home --------------------------------------------------------------------
def test_notes_at_three_levels_reach_exactly_their_audiences(store: Store) -> None:
    cid, pid, me = _plan(store)
    store.write_note(pid, "Privat note om helbred", sharing=Sharing.PRIVATE)
    store.write_note(pid, "Intern note om vagtplan", sharing="internal")
    shared = store.write_note(pid, "Delt note om fritid", sharing=Sharing.SHARED, consent=True)
    waiting = store.write_note(pid, "Markeret note uden samtykke", sharing=Sharing.SHARED)
    sees = {Audience.AUTHORITY: {"Privat", "Intern", "Delt"}, Audience.CITIZEN: {"Privat", "Intern", "Delt"},
            Audience.DAY_SERVICE: {"Intern", "Delt"}, Audience.RELATIVE: {"Delt"}}
    for aud, wanted in sees.items():
        md = store.plan_markdown(cid, aud)
        got = {w for w in ("Privat", "Intern", "Delt") if f"{w} note" in md}
        assert got == wanted, aud
        assert ("Markeret note uden samtykke" in md) is (aud is not Audience.RELATIVE)
    assert store.consents(pid)[0].given_by == "Bente Bo"
    # Not shared any more: out of every consent at once.
    store.update_note(shared.id or 0, sharing=Sharing.INTERNAL)
    assert "Delt note om fritid" not in store.plan_markdown(cid, Audience.RELATIVE)
    assert waiting.shared_with_relatives and not waiting.private


def test_agenda_item_sharing_and_closed_meetings(store: Store) -> None:
    cid, pid, me = _plan(store)
    m = store.plan_meeting(pid, "citizen", DEMO_TODAY)
    assert m.id is not None
    store.open_meeting(m.id)
    first, second = store.agenda(m.id)[:2]
    assert first.id and second.id
    store.update_agenda_item(first.id, notes="Velkomst: Bente fortalte om koret.")
    store.update_agenda_item(second.id, notes="Medicinen er ændret.")
    store.set_agenda_item_sharing(first.id, Sharing.SHARED, consent=True)
    store.set_agenda_item_sharing(second.id, "private")
    rel = store.render_minutes(m.id, Audience.RELATIVE)
    assert "Bente fortalte om koret" in rel and "Medicinen" not in rel
    assert "Medicinen" not in store.render_minutes(m.id, Audience.DAY_SERVICE)
    assert "Medicinen er ændret. *(privat)*" not in store.render_minutes(m.id, Audience.AUTHORITY)
    store.close_meeting(m.id, DEMO_TODAY + timedelta(days=7))
    with pytest.raises(ClosedMeetingError):
        store.set_agenda_item_sharing(first.id, Sharing.INTERNAL)
    with pytest.raises(ClosedMeetingError):
        store.record_consent(pid, [f"agenda_item:{first.id}"], given_by_id=me)
    note = store.add_note(pid, "Skrevet i mødet", meeting_id=None)
    assert note.meeting_id is None


# -- plan types closed to new citizens ----------------------------------------------------------
def test_closed_plan_type_is_refused_for_new_plans_only(store: Store) -> None:
    with pytest.raises(InputError, match="lukket for nye borgere fra 01-07-2026"):
        store.create_citizen("Ny Borger", plan_type="ressourceforloeb")
    clock.fix(datetime(2026, 6, 30, 12, 0))
    old = store.create_citizen("Før Lukningen", plan_type="ressourceforloeb")
    clock.fix(DEMO_NOW)
    plan = store.plan_of(old.id or 0)
    assert plan.plan_type == "ressourceforloeb"
    store.update_plan(plan.id or 0, overall_goal="Jeg vil arbejde på et lager.")  # a running plan goes on
    other = store.create_citizen("Anden Borger")
    with pytest.raises(InputError, match="lukket"):
        store.update_plan(store.plan_of(other.id or 0).id or 0, plan_type="ressourceforloeb")
    assert store.catalog.plan_type("ressourceforloeb").open_on(date(2026, 6, 30))
    assert not store.catalog.plan_type("ressourceforloeb").open_on(date(2026, 7, 1))


# -- the follow-up year ------------------------------------------------------------------------
def test_closing_plans_the_next_meeting_with_what_carries_over(store: Store) -> None:
    cid, pid, me = _plan(store)
    day = store.add_participant(pid, "Dorte Dag", Role.DAY_SERVICE)
    m = store.plan_meeting(pid, "citizen", DEMO_TODAY, time="13:30", place="Kilden", participant_ids=[me, day.id or 0])
    assert m.id is not None
    store.open_meeting(m.id)
    store.close_meeting(m.id, DEMO_TODAY + timedelta(days=14))
    nxt = store.next_meeting_of(m.id)
    assert nxt is not None and nxt.id is not None
    assert (nxt.kind, nxt.date, nxt.time, nxt.place, nxt.status) == (
        "citizen", DEMO_TODAY + timedelta(days=14), "13:30", "Kilden", MeetingStatus.PLANNED)
    assert [p.id for p in store.meeting_participants(nxt.id)] == [me, day.id]
    # Editable: moved, another place, another participant list.
    moved = store.update_planned_meeting(nxt.id, on="10-12-2026", time="09:00", place="Rådhuset",
                                         participant_ids=[me])
    assert (moved.date, moved.time, moved.place) == (date(2026, 12, 10), "09:00", "Rådhuset")
    assert [p.id for p in store.meeting_participants(nxt.id)] == [me]
    store.open_meeting(nxt.id)
    with pytest.raises(InputError, match="planlagt"):
        store.update_planned_meeting(nxt.id, on="11-12-2026")
    # Given on closing: another kind, time, place and people; a meeting already planned that day is reused.
    store.close_meeting(nxt.id, DEMO_TODAY + timedelta(days=40), next_kind="authority", next_time="",
                        next_place="Jobcentret", next_participant_ids=[day.id or 0])
    third = store.next_meeting_of(nxt.id)
    assert third is not None and (third.kind, third.time, third.place) == ("authority", "", "Jobcentret")
    planned_before = len(store.meetings(pid))
    store.open_meeting(third.id or 0)
    store.plan_meeting(pid, "citizen", DEMO_TODAY + timedelta(days=60))
    store.close_meeting(third.id or 0, DEMO_TODAY + timedelta(days=60))
    assert len(store.meetings(pid)) == planned_before + 1  # the one already planned, not a second


def test_due_lists_the_planned_meeting_and_agreements_falling_due(store: Store) -> None:
    cid, pid, me = _plan(store)
    m = store.plan_meeting(pid, "citizen", DEMO_TODAY - timedelta(days=7))
    assert m.id is not None
    store.open_meeting(m.id)
    soon = store.add_agreement(pid, me, "Søge tre job", DEMO_TODAY + timedelta(days=10), meeting_id=m.id)
    later = store.add_agreement(pid, me, "Søge fire job", DEMO_TODAY + timedelta(days=40), meeting_id=m.id)
    late = store.add_agreement(pid, me, "Ringe til a-kassen", DEMO_TODAY - timedelta(days=1), meeting_id=m.id)
    store.close_meeting(m.id, DEMO_TODAY + timedelta(days=21))
    nxt = store.next_meeting_of(m.id)
    items = {(i.kind, i.ref_id) for i in store.due_items(DEMO_TODAY, 4)}
    assert (DueKind.MEETING, nxt.id if nxt else 0) in items
    assert (DueKind.AGREEMENT, soon.id) in items and (DueKind.OVERDUE, late.id) in items
    assert (DueKind.AGREEMENT, later.id) not in items
    store.mark_agreement_done(soon.id or 0)
    assert (DueKind.AGREEMENT, soon.id) not in {(i.kind, i.ref_id) for i in store.due_items(DEMO_TODAY, 4)}


def test_the_year_month_by_month(demo_store: Store) -> None:
    months = demo_store.year_wheel(date(2026, 10, 1), 12, today=DEMO_TODAY)
    assert [(m.year, m.month) for m in months][:3] == [(2026, 10), (2026, 11), (2026, 12)]
    assert len(months) == 12 and months[-1].name == "September 2027"
    october = {(i.kind, i.what) for i in months[0].items}
    assert (DueKind.MEETING, "Borgermøde") in october  # held meetings are in the year too
    assert any(k is DueKind.SMTTE_HELD for k, _ in october)
    december = [i.kind for i in months[2].items]
    assert DueKind.MEETING in december and DueKind.SMTTE in december and DueKind.AGREEMENT in december
    assert DueKind.GOAL_END in december
    for m in months:
        assert all(i.date.year == m.year and i.date.month == m.month for i in m.items)
    lines = format_year(months)
    assert lines[0].startswith("Årshjul: 01-10-2026 til 30-09-2027 (12 måneder)")
    assert "Oktober 2026 (" in "\n".join(lines)
    with pytest.raises(InputError):
        demo_store.year_wheel(DEMO_TODAY, 0)


# -- parts a person ticks -------------------------------------------------------------------------
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
    folder = tmp_path / "katalog"
    folder.mkdir()
    (folder / "nordby.json").write_text(json.dumps(MUNICIPALITY, ensure_ascii=False), encoding="utf-8")
    copy_database(_templates["empty"], tmp_path / "n.db")
    return Store(tmp_path / "n.db", user="sagsbehandler.sofie", catalog=load_catalog([folder]))


def test_a_municipality_part_is_ticked_and_the_authority_sees_who(nordby: Store) -> None:
    cid, pid, me = _plan(nordby)
    nordby.update_plan(pid, plan_type="nordby_plan", purpose="At Bente får en stabil hverdag.")
    nordby.add_goal(pid, Area.SOCIAL, "Jeg vil handle ind selv.")
    [purpose, manual, goals] = nordby.check_plan(cid)
    assert manual.manual and not manual.ok and manual.tick is None
    assert purpose.ok and goals.ok
    m = nordby.plan_meeting(pid, "authority", DEMO_TODAY)
    assert m.id is not None
    nordby.open_meeting(m.id)
    with pytest.raises(InputError, match="automatisk"):
        nordby.tick_part(pid, "purpose", meeting_id=m.id)
    with pytest.raises(InputError, match="ingen del"):
        nordby.tick_part(pid, "noget_andet")
    tick = nordby.tick_part(pid, "hverdag", meeting_id=m.id, note="Bente fortalte selv på mødet.")
    assert (tick.ticked_by, tick.ticked_at, tick.meeting_id) == ("sagsbehandler.sofie", DEMO_NOW, m.id)
    with pytest.raises(InputError, match="allerede"):
        nordby.tick_part(pid, "hverdag")
    checked = {r.code: r for r in nordby.check_plan(cid)}
    assert checked["hverdag"].ok and checked["hverdag"].tick == tick
    nordby.close_meeting(m.id, DEMO_TODAY + timedelta(days=30))
    authority = nordby.minutes_markdown(m.id, Audience.AUTHORITY)
    assert "| Borgerens egen beskrivelse af en god hverdag | ✓ afkrydset af sagsbehandler.sofie 23-11-2026 |" in authority
    plan = nordby.plan_markdown(cid, Audience.AUTHORITY)
    assert "Afkrydset af sagsbehandler.sofie 23-11-2026." in plan
    for aud in (Audience.CITIZEN, Audience.DAY_SERVICE, Audience.RELATIVE):
        assert "afkrydset" not in nordby.minutes_markdown(m.id, aud).lower()
    # Taken back: kept with who and when; the part is open again, the closed minutes unchanged.
    clock.fix(DEMO_NOW + timedelta(days=1))
    nordby.untick_part(pid, "hverdag")
    [old] = nordby.tick_history(pid)
    assert old.unticked_by == "sagsbehandler.sofie" and old.unticked_at == DEMO_NOW + timedelta(days=1)
    assert not {r.code: r for r in nordby.check_plan(cid)}["hverdag"].ok
    assert nordby.minutes_markdown(m.id, Audience.AUTHORITY) == authority
    assert "**mangler**: ikke krydset af" in nordby.plan_markdown(cid, Audience.AUTHORITY)
    nordby.close()


# -- the plan copy follows its type ------------------------------------------------------------------
def test_handleplan_141_copy_has_its_parts_in_order(store: Store) -> None:
    c = store.create_citizen("Hanne Handleplan", plan_type="handleplan_141")
    pid = store.plan_of(c.id or 0).id or 0
    store.update_plan(pid, purpose="Et trygt hjem.", support_needed="Bostøtte to gange om ugen.",
                      expected_duration="Et år.", other_matters="Ingen hjælpemidler.", made_with_citizen=True,
                      order_text="Bostøtte efter §85.")
    store.add_order_goal(pid, "Selvstændig i egen bolig")
    store.add_goal(pid, Area.SOCIAL, "Jeg vil selv betale mine regninger.")
    md = store.plan_markdown(c.id or 0, Audience.AUTHORITY)
    assert_well_formed(md)
    h2 = headings(md, "h2")
    assert h2[:7] == ["Formål", "Indsats", "Varighed", "Andre forhold", "Udarbejdet med borgeren", "Mål",
                      "Bestilling"]
    assert "Bostøtte efter §85." in md and "1. Selvstændig i egen bolig" in md
    citizen = store.plan_markdown(c.id or 0, Audience.CITIZEN)
    assert headings(citizen, "h2")[:7] == ["Derfor får du hjælp", "Den hjælp, du får", "Så længe varer det",
                                           "Andet, der har betydning for dig", "Lavet sammen med dig", "Dine mål",
                                           "Det har kommunen bestilt"]
    assert "Ja, planen er lavet sammen med dig." in citizen


def test_smtte_plan_copy_has_smtte_per_goal_with_rounds_and_signs(store: Store) -> None:
    c = store.create_citizen("Sune Smtte", plan_type="smtte_botilbud")
    pid = store.plan_of(c.id or 0).id or 0
    g = store.add_goal(pid, Area.SOCIAL, "Jeg vil spise sammen med de andre.", smtte_context="Bor på Engen.",
                       smtte_signs="Sidder ved bordet.", smtte_actions="Fast plads.")
    assert g.id is not None
    store.record_smtte_evaluation(g.id, "Spiser med to gange om ugen.", on=DEMO_TODAY - timedelta(days=5))
    store.add_observation(g.id, "Sad med til frokost.", DEMO_TODAY - timedelta(days=2), observer="Pia")
    md = store.plan_markdown(c.id or 0, Audience.DAY_SERVICE)
    assert_well_formed(md)
    section = md.split("## SMTTE for hvert mål", 1)[1].split("\n## ", 1)[0]
    assert "| Sammenhæng | Bor på Engen. |" in section and "| Evaluering | Spiser med to gange om ugen. |" in section
    assert "- 18-11-2026: Spiser med to gange om ugen." in section
    assert "- 21-11-2026: Sad med til frokost. (Pia)" in section
    citizen = store.plan_markdown(c.id or 0, Audience.CITIZEN)
    assert "## Sådan arbejder vi med dine mål" in citizen and "Det har vi lagt mærke til:" in citizen


def test_citizen_plan_copy_speaks_to_the_citizen(demo_store: Store, demo_citizen_id: int) -> None:
    md = demo_store.plan_markdown(demo_citizen_id, Audience.CITIZEN)
    formal = ("## Aftaler", "## Progression", "## Delmål", "## Værdier og styrker", "Status:", "Begrundelse:",
              "Niveau:", "Behov for mentor", "SMART:", "Første måling", "## Mentor", "## Opfølgning")
    for phrase in formal:
        assert phrase not in md, phrase
    for phrase in ("# Din plan: Nanna Kildegaard", "## Dit mål", "## Dine delmål", "## Det har vi aftalt",
                   "## Sådan går det med dine mål", "(skrevet af dig)", "| Du |", "Dit mål handler om"):
        assert phrase in md, phrase
