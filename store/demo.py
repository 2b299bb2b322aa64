"""An invented demo case: a citizen in a jobafklaringsforløb with a full plan.

Every name, place and detail is made up. Dates are relative to `today` so the
case always looks current; tests pass a fixed day. Writing the demo twice
does not duplicate it (the citizen's name identifies the case).

The plan type is open to new citizens on every date the case uses (a
ressourceforløb closed to new citizens on 1 July 2026). The case holds the
whole record: the citizen's consent to share with her father, a network
meeting, a citizen meeting with the scaling conversation's four answers, a
goal evaluation, a SMTTE round, a PDSA trial, notes at every sharing level,
and the next meeting planned when the last one closed.
"""
from __future__ import annotations

from datetime import date, timedelta

from . import clock
from .enums import Area, GoalLevel, Role, Sharing
from .models import Citizen
from .store import Store

DEMO_NAME = "Nanna Kildegaard"


def write_demo(store: Store, today: date | None = None) -> int:
    """Write the demo case; return the citizen's id (the existing one if present)."""
    existing = store.db.select(Citizen, "name = ?", (DEMO_NAME,))
    if existing and existing[0].id is not None:
        return existing[0].id
    t = today or clock.today()

    def d(days: int) -> date:
        return t + timedelta(days=days)

    c = store.create_citizen(
        DEMO_NAME,
        plan_type="jobafklaringsforloeb",
        values="Familien og min søster. At være noget for andre. Naturen og min hund, Bamse.",
        strengths="Jeg holder orden, er hjælpsom og kommer til tiden, når jeg har sovet. "
        "Jeg er god med dyr og ældre mennesker.",
        mentor_needed=True,
        mentor_role="Mentoren følger Nanna de første 8 uger i praktikken: planlægger ugen med hende "
        "hver mandag og er kontakt til arbejdspladsen.",
    )
    assert c.id is not None
    plan = store.plan_of(c.id)
    assert plan.id is not None
    store.set_overall_goal(
        plan.id,
        "Jeg vil arbejde 15 timer om ugen i detailhandlen, på et lager eller i en butik.",
        GoalLevel.TRADE,
        start_date=d(-120),
        end_date=d(245),
        follow_up=f"Opfølgning hver 8. uge; næste gang {d(10):%d-%m-%Y}.",
        purpose="At Nanna kommer tættere på arbejdsmarkedet og får en stabil hverdag.",
        support_needed="Praktik med mentor, forløb i dagtilbud, samtaler om søvn og struktur.",
        expected_duration="12 måneder",
        other_matters="Bolig er stabil. Ingen hjælpemidler.",
        made_with_citizen=True,
        order_text="Bestilling fra Jobcenter Nordby: afklaring af arbejdsevne mod job i detailhandlen.",
    )
    parts = {p.role: p for p in store.participants(plan.id)}
    citizen_p = parts[Role.CITIZEN]
    # E-mail addresses under the reserved top-level domain .example (RFC 2606): never a real mailbox.
    assert citizen_p.id is not None
    store.update_participant(citizen_p.id, email="nanna.kildegaard@post.example")
    officer = store.add_participant(plan.id, "Karsten Bro", Role.AUTHORITY, organisation="Jobcenter Nordby",
                                    email="karsten.bro@nordby.kommune.example")
    day = store.add_participant(plan.id, "Fatima Ali", Role.DAY_SERVICE, organisation="Værestedet Kilden",
                                email="fatima.ali@kilden.example")
    father = store.add_participant(plan.id, "Jens Kildegaard", Role.RELATIVE, organisation="Far",
                                   email="jens.kildegaard@post.example")
    contact = store.add_participant(plan.id, "Sofie Dahl", Role.CONTACT, organisation="Socialpsykiatrien Nordby",
                                    email="sofie.dahl@nordby.kommune.example")
    mentor = store.add_participant(plan.id, "Ole Krogh", Role.MENTOR, organisation="Mentorkorps Nordby")
    store.add_participant(plan.id, "Rehabiliteringsteamet Nordby", Role.REHAB_TEAM, organisation="Nordby Kommune")

    og = store.add_order_goal(plan.id, "Afklaring af arbejdsevne mod ordinært job i detailhandlen")
    og2 = store.add_order_goal(plan.id, "Stabil hverdag med søvn, motion og netværk")
    smart = dict(
        smart_specific="Nanna, mentor Ole og butikken; praktik i genbrugsbutikken Gensyn.",
        smart_measurable="Antal formiddage mødt pr. uge, noteret i kalenderen.",
        smart_accepted="Nanna har selv valgt butikken; Karsten er enig.",
        smart_realistic="Nanna tror på 2 formiddage; mere senere.",
        smart_timed=f"Start {d(-60):%d-%m-%Y}, opfølgning {d(10):%d-%m-%Y}.",
    )
    work = store.add_goal(
        plan.id, Area.EMPLOYMENT,
        "Jeg vil være i praktik i genbrugsbutikken Gensyn 2 formiddage om ugen.",
        rationale="Praktikken viser, hvad jeg kan holde til, og bringer mig tættere på job i en butik.",
        start_date=d(-60), end_date=d(60), scale_anchor="5 = jeg møder 1 formiddag de fleste uger.",
        order_goal_id=og.id, shared_with_relatives=True,
        smtte_context="Bestilling fra jobcentret; Nanna har ikke arbejdet i 4 år.",
        smtte_signs="Nanna møder til tiden; hun fortæller selv om dagen i butikken.",
        smtte_actions="Mentor Ole ringer mandag morgen; fast plads ved kassen.",
        smtte_due=d(20),
        **smart,
    )
    walk = store.add_goal(
        plan.id, Area.HEALTH,
        "Jeg vil forbedre mit helbred.",
        rationale="Bedre søvn gør, at jeg kan møde om morgenen.",
        start_date=d(-90), end_date=d(30), order_goal_id=og2.id, shared_with_relatives=True,
        smart_specific="Nanna går med Bamse i Skovparken.",
        smart_measurable="Kryds i kalenderen for hver tur.",
        smart_accepted="Nanna vil gerne.",
    )
    sleep = store.add_goal(
        plan.id, Area.HEALTH,
        "Jeg vil tale med min læge om min søvnmedicin inden jul.",
        rationale="Medicinen gør mig træt om formiddagen.",
        start_date=d(-30), end_date=d(30), private=True, order_goal_id=og2.id,
    )
    school = store.add_goal(
        plan.id, Area.EDUCATION,
        "Jeg vil tage FVU-dansk trin 1 på VUC om tirsdagen.",
        rationale="Butiksarbejde kræver, at jeg kan læse varesedler og skrive beskeder.",
        start_date=d(-45), end_date=d(120), order_goal_id=og.id,
    )
    social = store.add_goal(
        plan.id, Area.SOCIAL,
        "Jeg vil ringe til min søster én gang om ugen.",
        rationale="Min søster giver mig mod, og jeg vil gerne have mere kontakt.",
        start_date=d(-90), end_date=d(90), shared_with_relatives=True, order_goal_id=og2.id,
    )
    assert work.id and walk.id and sleep.id and school.id and social.id
    store.add_activity(work.id, "Praktik tirsdag og torsdag 9-12", who="Nanna og Ole", place="Gensyn, Storegade 12",
                       short_term_aim="Møde 2 formiddage om ugen i 4 uger i træk")
    store.add_activity(walk.id, "Gåtur i Skovparken", who="Nanna", place="Skovparken",
                       short_term_aim="3 ture om ugen")
    store.add_activity(school.id, "FVU-dansk, hold 3", who="Nanna", place="VUC Nordby",
                       short_term_aim="Følge undervisningen hver tirsdag")
    store.add_activity(social.id, "Ugentligt opkald", who="Nanna", place="Hjemme",
                       short_term_aim="Et opkald om ugen")
    store.revise_goal(
        walk.id, "Jeg vil gå en tur på 30 minutter med Bamse 3 gange om ugen, så jeg sover bedre.",
        reason="Gjort SMART på netværksmødet: hvad, hvor ofte og hvorfor.",
    )

    all_people = [citizen_p.id, officer.id, day.id, father.id, contact.id, mentor.id]
    m1 = store.plan_meeting(plan.id, "network", d(-60), time="10:00", place="Jobcenter Nordby, mødelokale 2",
                            participant_ids=[p for p in all_people if p is not None])
    assert m1.id is not None
    store.open_meeting(m1.id)
    # Nanna consents to share three goals and her mentor's name with her father, until the plan ends.
    consent = store.record_consent(
        plan.id, [f"goal:{work.id}", f"goal:{walk.id}", f"goal:{social.id}", f"participant:{mentor.id}"],
        given_by_id=citizen_p.id, given_on=d(-60), valid_until=d(245), meeting_id=m1.id,
        note="Far må se mine mål om praktik, gåture og min søster, og hvem min mentor er. Ikke noget om medicin.",
    )
    assert consent.id is not None
    for goal, own, officer_score in ((work, 2, 3), (walk, 3, 3), (sleep, 4, 4), (school, 2, 2), (social, 4, 5)):
        assert goal.id is not None
        store.record_scale_reading(goal.id, own, on=d(-60), participant_id=citizen_p.id, meeting_id=m1.id)
        store.record_scale_reading(goal.id, officer_score, on=d(-60), participant_id=officer.id, meeting_id=m1.id)
    a1 = store.add_agreement(plan.id, citizen_p.id, "Besøge Gensyn sammen med Ole og aftale startdato",
                             d(-45), goal_id=work.id, meeting_id=m1.id, target_from=2, target_to=4)
    a2 = store.add_agreement(plan.id, mentor.id, "Ringe til Nanna hver mandag kl. 9", d(-5), goal_id=work.id,
                             meeting_id=m1.id)
    a3 = store.add_agreement(plan.id, citizen_p.id, "Tilmelde mig FVU-dansk på VUC", d(-40), goal_id=school.id,
                             meeting_id=m1.id)
    a4 = store.add_agreement(plan.id, contact.id, "Finde en tid hos lægen sammen med Nanna", d(-13),
                             goal_id=sleep.id, meeting_id=m1.id, private=True)
    store.close_meeting(m1.id, d(-25), next_kind="citizen", next_time="13:30", next_place="Værestedet Kilden",
                        next_participant_ids=[p for p in (citizen_p.id, day.id, contact.id) if p is not None])

    m2 = store.next_meeting_of(m1.id)
    assert m2 is not None and m2.id is not None
    store.open_meeting(m2.id)
    assert a1.id and a2.id and a3.id and a4.id
    store.mark_agreement_done(a1.id, meeting_id=m2.id, on=d(-46))
    store.mark_agreement_done(a3.id, meeting_id=m2.id, on=d(-41))
    store.continue_agreement(a2.id, d(30), meeting_id=m2.id)
    store.continue_agreement(a4.id, d(-13), meeting_id=m2.id)
    for goal, own, day_score in ((work, 4, 5), (walk, 5, 4), (sleep, 4, 4), (school, 3, 3), (social, 6, 6)):
        assert goal.id is not None
        store.record_scale_reading(goal.id, own, on=d(-25), participant_id=citizen_p.id, meeting_id=m2.id)
        store.record_scale_reading(goal.id, day_score, on=d(-25), participant_id=day.id, meeting_id=m2.id)
    # The scaling conversation's answers (the scores are the readings above; step 2 what works); step 4 takes one step.
    store.save_scaling_answers(
        work.id, m2.id, ten="Jeg møder 2 formiddage hver uge i Gensyn og klarer kassen selv.",
        works="Ole ringer om mandagen, og jeg har lært kassen at kende.",
        worse="Så blev jeg i sengen. Men Bamse skal luftes, og jeg kommer til tiden, når jeg har sovet.",
        next_step="Sige ja til en fast plads ved kassen og lægge tøjet frem aftenen før.",
        target=store.propose_one_step(work.id, m2.id),
    )
    store.save_scaling_answers(
        walk.id, m2.id, ten="Jeg går med Bamse 3 gange om ugen og sover igennem de fleste nætter.",
        works="Bamse skal ud uanset hvad, og turen om fredagen er blevet fast.",
        worse="Så gik jeg kun rundt om blokken. Men jeg kan lide at være ude, og Bamse trækker.",
        next_step="Gå den lange tur om onsdagen også.", target=store.propose_one_step(walk.id, m2.id),
    )
    store.evaluate_goal(work.id, "Praktikken er godt i gang. Det hjalp, at Ole ringede om mandagen. "
                        "Næste gang siger jeg til, når jeg er træt, i stedet for at blive hjemme.",
                        meeting_id=m2.id, author_id=citizen_p.id)
    store.record_smtte_evaluation(work.id, "Tegnene er der: Nanna møder til tiden de fleste dage. "
                                  "Tiltagene fortsætter.", meeting_id=m2.id, next_due=d(20))
    store.add_pdsa_cycle(work.id, "Prøve en fast plads ved kassen i to uger", meeting_id=m2.id, on=d(-25),
                         do="Nanna stod ved kassen tirsdag og torsdag.",
                         study="Hun mødte til tiden 4 af 4 gange og var rolig.",
                         act="Den faste plads fortsætter; næste skridt er at tage imod varer.")
    walk_deal = store.add_agreement(plan.id, citizen_p.id, "Gå med Bamse mandag, onsdag og fredag og sætte kryds",
                                    d(10), goal_id=walk.id, meeting_id=m2.id, target_from=5, target_to=6)
    father_deal = store.add_agreement(plan.id, father.id, "Køre Nanna til VUC, når det regner", d(30),
                                      goal_id=school.id, meeting_id=m2.id)
    store.add_agreement(plan.id, day.id, "Notere tegn på at Nanna møder udhvilet", d(10), goal_id=work.id,
                        meeting_id=m2.id)
    store.add_to_consent(consent.id, [f"agreement:{walk_deal.id}", f"agreement:{father_deal.id}"])
    agenda = store.agenda(m2.id)
    review = next(i for i in agenda if i.part == "review")
    scaling = next(i for i in agenda if i.part == "scaling")
    assert review.id is not None and scaling.id is not None
    store.update_agenda_item(review.id, notes="To aftaler fra netværksmødet er klaret; Oles opkald fortsætter.",
                             decisions="Nanna fortsætter praktikken 2 formiddage om ugen.")
    store.set_agenda_item_sharing(review.id, Sharing.SHARED, consent=True)
    store.update_agenda_item(scaling.id, notes="Nanna satte selv tal på alle mål; Fatima gav sit bud bagefter.")
    store.write_note(plan.id, "Nanna fortalte stolt om sin første uge i butikken.", meeting_id=m2.id,
                     sharing=Sharing.SHARED, consent=True)
    store.write_note(plan.id, "Fatima sender ugeskemaet til Ole hver fredag.", meeting_id=m2.id)
    store.write_note(plan.id, "Nanna har haft svære nætter; lægen er orienteret.", meeting_id=m2.id,
                     sharing=Sharing.PRIVATE)
    for days, text in ((-20, "Mødte kl. 9 og var i godt humør."), (-13, "Kom 20 minutter for sent, havde sovet dårligt."),
                       (-6, "Mødte til tiden begge dage og hjalp en kunde selv.")):
        store.add_observation(work.id, text, d(days), observer="Fatima Ali", participant_id=day.id)
    store.close_meeting(m2.id, d(10), next_kind="day_service", next_time="10:00",
                        next_participant_ids=[p for p in (citizen_p.id, day.id) if p is not None])

    # Notes on the plan itself, one at each level.
    store.write_note(plan.id, "Nanna bor i egen lejlighed med sin hund, Bamse.", sharing=Sharing.SHARED, consent=True)
    store.write_note(plan.id, "Karsten holder ferie i uge 52; Ole er kontakt til jobcentret imens.")
    store.write_note(plan.id, "Søvnmedicinen gør Nanna træt om formiddagen; lægen følger op.",
                     sharing=Sharing.PRIVATE, goal_id=sleep.id)
    return c.id
