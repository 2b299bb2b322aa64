"""Minutes per audience: structure, escaping of every user-text field, freezing."""
from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from store import InputError, Store, clock
from store.frozen import footer
from store.enums import Area, Audience, MeetingStatus, Role
from store.markdown_safe import clean
from store.exports.html import markdown_to_html
from store.exports.visibility import to_audience
from store.exports.words import AGREEMENT_HEADER
from store.models import FrozenMinutes
from tests.conftest import copy_database
from tests.store.mdcheck import (
    HOSTILE,
    assert_text_kept,
    assert_well_formed,
    headings,
    html_tokens,
    table_headers,
)

DAY = date(2026, 11, 23)


FORMAL_H2 = ["Deltagere", "Dagsorden", "Referat af punkterne", "Noter fra mødet", "Skalering", "Aftaler",
             "Evaluering af delmål"]
AGREEMENT_H3_FORMAL = ["Nye aftaler", "Videreførte aftaler", "Udførte aftaler", "Udgåede aftaler"]
AGREEMENT_H3_PLAIN = ["Det aftalte vi i dag", "Aftaler fra sidst, der fortsætter", "Det er klaret",
                      "Det stopper vi med, og hvorfor"]


def expected_h2(aud: Audience, plan_type_name: str) -> list[str]:
    if aud is Audience.CITIZEN:
        return ["Hvem var med", "Det talte vi om", "Det blev sagt og besluttet", "Det skrev vi ned",
                "Hvor langt er du nået med dine mål?", "Det skal du gøre, og hvornår", "Det aftalte vi",
                "Sådan gik det med dine mål", "Næste gang vi ses"]
    out = list(FORMAL_H2)
    if aud is Audience.RELATIVE:
        out.insert(1, "Det deler borgeren med jer")
    if aud is Audience.AUTHORITY:
        out.append(f"Planens krav: {plan_type_name}")
    if aud is Audience.DAY_SERVICE:
        out += ["SMTTE for hvert mål", "Afprøvning af ny praksis (PDSA)", "Det står dagtilbuddet for"]
    return out + ["Næste møde"]


@dataclass
class Case:
    store: Store
    citizen_id: int
    plan_id: int
    meeting1: int
    meeting2: int


def build_case(store: Store, text: str) -> Case:
    """Two closed meetings with `text` in every user-text field that reaches the minutes.

    Meeting 2 holds all four agreement groups: new, carried over (continued and
    changed), done and cancelled, the scaling conversation's answers, a goal
    evaluation, a SMTTE round and a PDSA trial. Everything is shared with
    relatives, with the citizen's consent, so their copy shows the text too.
    """
    req = text if text.strip() else "x"
    c = store.create_citizen(req, values=text, strengths=text)
    assert c.id is not None
    plan = store.plan_of(c.id)
    assert plan.id is not None
    store.set_overall_goal(plan.id, text, "trade", follow_up=text)
    me = store.participants(plan.id)[0]
    officer = store.add_participant(plan.id, req, Role.AUTHORITY, organisation=text)
    day = store.add_participant(plan.id, req, Role.DAY_SERVICE, organisation=text)
    rel = store.add_participant(plan.id, req, Role.RELATIVE)
    people = [p.id for p in (me, officer, day, rel) if p.id is not None]
    goal = store.add_goal(plan.id, Area.EMPLOYMENT, req, rationale=text, shared_with_relatives=True,
                          smtte_context=text, smtte_signs=text, smtte_actions=text, smtte_evaluation=text)
    assert goal.id is not None
    store.add_activity(goal.id, req, who=text, place=text, short_term_aim=text)
    d1 = DAY - timedelta(days=30)
    m1 = store.plan_meeting(plan.id, "network", d1, time="10:00", place=text, participant_ids=people)
    assert m1.id is not None
    store.open_meeting(m1.id)
    agreements = [
        store.add_agreement(plan.id, who, req, d1 + timedelta(days=7), goal_id=goal.id, meeting_id=m1.id,
                            shared_with_relatives=True)
        for who in (me.id, officer.id, day.id, rel.id)
    ]
    store.record_scale_reading(goal.id, 3, on=d1, participant_id=me.id, meeting_id=m1.id, note=text)
    store.close_meeting(m1.id, DAY)

    m2 = store.plan_meeting(plan.id, "network", DAY, time="13:30", place=text, participant_ids=people)
    assert m2.id is not None
    store.open_meeting(m2.id)
    a_done, a_cont, a_change, a_cancel = (a.id for a in agreements)
    assert a_done and a_cont and a_change and a_cancel
    store.mark_agreement_done(a_done, meeting_id=m2.id, on=DAY)
    store.continue_agreement(a_cont, DAY + timedelta(days=14), meeting_id=m2.id)
    store.change_agreement(a_change, req + " (ændret)", DAY + timedelta(days=14), meeting_id=m2.id)
    store.cancel_agreement(a_cancel, req, meeting_id=m2.id)
    store.add_agreement(plan.id, me.id, req, DAY + timedelta(days=7), goal_id=goal.id, meeting_id=m2.id,
                        shared_with_relatives=True)
    store.record_scale_reading(goal.id, 5, on=DAY, participant_id=me.id, meeting_id=m2.id)
    store.record_scale_reading(goal.id, 4, on=DAY, participant_id=None, meeting_id=m2.id)
    for item in store.agenda(m2.id):
        assert item.id is not None
        store.update_agenda_item(item.id, notes=text, decisions=text, shared_with_relatives=True)
    first_item = store.agenda(m2.id)[0].id
    assert first_item is not None
    store.rename_agenda_item(first_item, req)
    note = store.add_note(plan.id, req, meeting_id=m2.id, shared_with_relatives=True)
    store.add_observation(goal.id, req, DAY - timedelta(days=1), observer=text)
    store.evaluate_goal(goal.id, req, meeting_id=m2.id, author_id=me.id)
    store.save_scaling_answers(goal.id, m2.id, ten=text, worse=text, next_step=text, target=5)
    store.record_smtte_evaluation(goal.id, req, meeting_id=m2.id)
    store.add_pdsa_cycle(goal.id, req, meeting_id=m2.id, on=DAY, do=text, study=text, act=text)
    store.write_note(plan.id, req, sharing="shared")
    shared = [f"goal:{goal.id}", f"note:{note.id}", *(f"agreement:{a.id}" for a in store.agreements(plan.id)),
              *(f"agenda_item:{i.id}" for i in store.agenda(m2.id)), *(f"note:{n.id}" for n in store.notes(plan.id))]
    store.record_consent(plan.id, shared, given_by_id=me.id, meeting_id=m2.id)
    store.close_meeting(m2.id, DAY + timedelta(days=30))
    return Case(store, c.id, plan.id, m1.id, m2.id)


def check_minutes(case: Case, text: str) -> None:
    pt = case.store.plan_type_of(case.store.get_plan(case.plan_id)).name
    for aud in Audience:
        md = case.store.minutes_markdown(case.meeting2, aud)
        assert_well_formed(md, expected_h2(aud, pt))
        h3 = headings(md, "h3")
        groups = AGREEMENT_H3_PLAIN if aud is Audience.CITIZEN else AGREEMENT_H3_FORMAL
        assert [h for h in h3 if h in groups] == groups
        headers = table_headers(md)
        assert [h for h in headers if h == list(AGREEMENT_HEADER)], "agreement tables missing"
        assert len([h for h in headers if h == list(AGREEMENT_HEADER)]) >= 4
        assert_text_kept(md, text)
        if aud is Audience.DAY_SERVICE and clean(text):
            assert "Tegn observeret siden sidste møde:" in md
        html = markdown_to_html(md, text)
        assert "<script" not in html.replace("&lt;script", "")
        assert "javascript:" not in html.split("<body>")[1] or "href" not in html.split("<body>")[1]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_every_field(store: Store, text: str) -> None:
    case = build_case(store, text)
    check_minutes(case, text)
    md = store.plan_markdown(case.citizen_id, today=DAY)
    assert_well_formed(md)
    assert_text_kept(md, text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40))
def test_generated_text_in_every_field(_templates: dict[str, Path], text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "h.db"
        copy_database(_templates["empty"], path)  # a new, empty file per example (tests/conftest.py)
        s = Store(path, user="test")
        try:
            try:
                case = build_case(s, text)
            except InputError:
                assume(False)  # the store refuses it (e.g. a CPR number): nothing to export
                return
            check_minutes(case, text)
            for aud in Audience:
                assert_well_formed(s.plan_markdown(case.citizen_id, aud, today=DAY))
        finally:
            s.close()


def test_closed_minutes_are_frozen_byte_for_byte(store: Store) -> None:
    case = build_case(store, "Jeg vil møde til tiden.")
    before = {aud: store.minutes_markdown(case.meeting2, aud) for aud in Audience}
    for aud in Audience:
        frozen = store.frozen_minutes(case.meeting2, aud)
        assert frozen is not None
        assert before[aud] == frozen.text + footer(frozen)  # the text, then the line with its checksums
        assert frozen.sha256 == hashlib.sha256(frozen.text.encode()).hexdigest()
        assert frozen.chain_head == store.head_hash(frozen.chain_row or 0)
        assert f"SHA-256 af teksten ovenfor: {frozen.sha256}" in before[aud]
        assert f"række {frozen.chain_row} med kontrolsummen {frozen.chain_head}" in before[aud]
    # Change the plan after closing: names, goal wording, agreements, plan type.
    goal = store.goals(case.plan_id)[0]
    assert goal.id is not None
    store.revise_goal(goal.id, "Jeg vil noget helt andet nu.")
    for p in store.participants(case.plan_id):
        assert p.id is not None
        store.update_participant(p.id, name="Nyt Navn")
    for a in store.agreements(case.plan_id):
        assert a.id is not None
        store.update_agreement(a.id, what="Ny tekst")
    store.update_plan(case.plan_id, plan_type="handleplan_141")
    for aud in Audience:
        assert store.minutes_markdown(case.meeting2, aud) == before[aud]
        assert store.render_minutes(case.meeting2, aud) != before[aud]
    rows = store.db.select(FrozenMinutes, "meeting_id = ?", (case.meeting2,))
    assert sorted(r.audience.value for r in rows) == sorted(a.value for a in Audience)


def test_addenda_follow_the_frozen_text(store: Store) -> None:
    case = build_case(store, "Tekst")
    frozen = store.minutes_markdown(case.meeting2, Audience.AUTHORITY)
    store.add_addendum(case.meeting2, "Rettelse: <b>mødet</b> sluttede kl. 15.")
    md = store.minutes_markdown(case.meeting2, Audience.AUTHORITY)
    assert md.startswith(frozen)
    today = clock.today().strftime("%d-%m-%Y")
    assert md[len(frozen):].startswith(f"\n## Tillæg {today}\n")
    assert headings(md, "h2")[-1] == f"Tillæg {today}"
    assert html_tokens(md) == []
    assert_text_kept(md, "Rettelse: <b>mødet</b> sluttede kl. 15.")
    # Addenda carry no sharing flag: the relatives' copy stays as frozen.
    relatives = store.frozen_minutes(case.meeting2, Audience.RELATIVE)
    assert relatives is not None
    assert store.minutes_markdown(case.meeting2, Audience.RELATIVE) == relatives.text + footer(relatives)


def test_change_since_last_time_when_one_meeting_holds_two_readings(store: Store) -> None:
    """Each reading's change is from the same person's reading just before it, also when that one was made
    in the same meeting (it was once compared with itself: "±0 (fra 3)")."""
    c = store.create_citizen("Test Person")
    assert c.id is not None
    plan = store.plan_of(c.id)
    assert plan.id is not None
    me = store.participants(plan.id)[0]
    goal = store.add_goal(plan.id, Area.EMPLOYMENT, "Jeg vil cykle til arbejde")
    assert goal.id is not None
    m1 = store.plan_meeting(plan.id, "citizen", DAY - timedelta(days=60))
    m2 = store.plan_meeting(plan.id, "citizen", DAY)
    assert m1.id is not None and m2.id is not None
    store.record_scale_reading(goal.id, 6, on=DAY - timedelta(days=60), participant_id=me.id, meeting_id=m1.id)
    store.record_scale_reading(goal.id, 3, on=DAY - timedelta(days=30), participant_id=me.id, meeting_id=m2.id)
    store.record_scale_reading(goal.id, 5, on=DAY, participant_id=me.id, meeting_id=m2.id)
    md = store.minutes_markdown(m2.id, Audience.AUTHORITY)
    changes = [line.split("|")[4].strip() for line in md.splitlines() if line.startswith("| Jeg vil cykle")
               or line.startswith("|  |")]
    assert changes == ["−3 (fra 6)", "+2 (fra 3)"]


def test_minutes_show_the_agreements_of_their_meeting_and_the_day_service_open_ones(store: Store) -> None:
    """The minutes read only the agreements they show: made or decided on in the meeting, and (the day
    service's copy) the open ones a day-service participant holds; an older agreement of someone else is not
    in them."""
    c = store.create_citizen("Test Person")
    assert c.id is not None
    plan = store.plan_of(c.id)
    assert plan.id is not None
    me = store.participants(plan.id)[0]
    day = store.add_participant(plan.id, "Dorte Dagtilbud", Role.DAY_SERVICE)
    m1 = store.plan_meeting(plan.id, "citizen", DAY - timedelta(days=30))
    m2 = store.plan_meeting(plan.id, "citizen", DAY)
    assert m1.id is not None and m2.id is not None
    store.add_agreement(plan.id, me.id, "Gammel aftale fra første møde", DAY, meeting_id=m1.id)
    store.add_agreement(plan.id, day.id, "Dagtilbuddets åbne aftale", DAY, meeting_id=m1.id)
    done = store.add_agreement(plan.id, me.id, "Klaret på andet møde", DAY, meeting_id=m1.id)
    assert done.id is not None
    store.mark_agreement_done(done.id, meeting_id=m2.id, on=DAY)
    store.add_agreement(plan.id, me.id, "Ny aftale på andet møde", DAY, meeting_id=m2.id)
    authority = store.minutes_markdown(m2.id, Audience.AUTHORITY)
    day_service = store.minutes_markdown(m2.id, Audience.DAY_SERVICE)
    for md in (authority, day_service):
        assert "Klaret på andet møde" in md and "Ny aftale på andet møde" in md
        assert "Gammel aftale fra første møde" not in md
    assert "Dagtilbuddets åbne aftale" not in authority
    assert "Dagtilbuddets åbne aftale" in day_service.split("## Det står dagtilbuddet for")[1]


def test_open_meeting_is_a_draft(store: Store) -> None:
    c = store.create_citizen("Test Person")
    assert c.id is not None
    plan = store.plan_of(c.id)
    assert plan.id is not None
    m = store.plan_meeting(plan.id, "citizen", DAY)
    assert m.id is not None
    md = store.minutes_markdown(m.id, "citizen")
    assert "Udkast" in md
    assert store.frozen_minutes(m.id, "citizen") is None
    assert_well_formed(md, expected_h2(Audience.CITIZEN, ""))


def test_audiences_see_only_what_they_may(demo_store: Store, demo_citizen_id: int) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    closed = [m for m in demo_store.meetings(plan.id) if m.status is MeetingStatus.CLOSED]
    goals = demo_store.goals(plan.id)
    private_goals = [g.text for g in goals if g.private]
    unshared_goals = [g.text for g in goals if not g.shared_with_relatives]
    notes = demo_store.notes(plan.id)
    private_notes = [n.text for n in notes if n.private]
    agreements = demo_store.agreements(plan.id)
    private_agreements = [a.what for a in agreements if a.private]
    unshared_agreements = [a.what for a in agreements if not a.shared_with_relatives]
    assert private_goals and private_notes and private_agreements
    for m in closed:
        assert m.id is not None
        for aud in (Audience.DAY_SERVICE, Audience.RELATIVE):
            md = demo_store.minutes_markdown(m.id, aud)
            for hidden in private_goals + private_notes + private_agreements:
                assert hidden not in md, (aud, hidden)
        rel = demo_store.minutes_markdown(m.id, Audience.RELATIVE)
        for hidden in unshared_goals + unshared_agreements:
            assert hidden not in rel
        auth = demo_store.minutes_markdown(m.id, Audience.AUTHORITY)
        assert any(p in auth for p in private_goals + private_agreements)
        assert "(privat)" in auth
        assert "Til:** Myndighed" in auth
        assert "Til:** Nanna Kildegaard" in demo_store.minutes_markdown(m.id, Audience.CITIZEN)


def test_plan_markdown_per_audience(demo_store: Store, demo_citizen_id: int) -> None:
    for aud in Audience:
        md = demo_store.plan_markdown(demo_citizen_id, aud, today=DAY)
        assert_well_formed(md)
        h2 = headings(md, "h2")
        if aud is Audience.CITIZEN:
            assert "Det har vi aftalt" in h2 and "Sådan går det med dine mål" in h2
            assert "Det betyder noget for dig" in h2
            continue
        assert "Aftaler" in h2 and "Progression" in h2
        if aud is not Audience.RELATIVE:
            assert "Værdier og styrker" in h2
        else:
            assert "Værdier og styrker" not in h2 and "Mentor" not in h2
    rel = demo_store.plan_markdown(demo_citizen_id, Audience.RELATIVE, today=DAY)
    assert "søvnmedicin" not in rel


def test_unknown_audience_is_refused() -> None:
    assert to_audience("day-service") is Audience.DAY_SERVICE
    with pytest.raises(InputError):
        to_audience("naboen")


def test_html_is_a_complete_document_without_raw_html() -> None:
    html = markdown_to_html("# Titel\n\n\\<script\\>x\n\n<script>alert(1)</script>\n", "A & <B>")
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>A &amp; &lt;B&gt;</title>" in html
    assert "<script>" not in html
    assert "@media print" in html
