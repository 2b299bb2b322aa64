"""Calendar files: read back with icalendar and with a second, independent parser (vobject).

Every meeting and agreement with the right dates, a reminder the day before,
stable UIDs (a second export has the same UIDs; a change raises SEQUENCE),
and nothing a person may not see (the one visibility rule).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import vobject

from store import Store
from store.enums import AgreementStatus, Role
from store.exports.ics import CalendarEvent, render_calendar
from tests.conftest import DEMO_NOW, DEMO_TODAY

CPH = ZoneInfo("Europe/Copenhagen")


def parse(data: bytes) -> icalendar.Calendar:
    cal = icalendar.Calendar.from_ical(data)
    assert isinstance(cal, icalendar.Calendar)
    return cal


def events(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in parse(data).walk("VEVENT")}


def summaries(data: bytes) -> set[str]:
    return {str(e["SUMMARY"]) for e in parse(data).walk("VEVENT")}


def people(store: Store, citizen_id: int) -> dict[Role, int]:
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    return {p.role: p.id for p in store.participants(plan.id) if p.id is not None}


def test_citizen_calendar_has_every_meeting_and_agreement_with_the_right_dates(
    demo_store: Store, demo_citizen_id: int
) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    me = people(demo_store, demo_citizen_id)[Role.CITIZEN]
    data = demo_store.citizen_calendar(demo_citizen_id).ics(DEMO_NOW)
    evs = list(parse(data).walk("VEVENT"))
    meetings = [m for m in demo_store.meetings(plan.id)
                if me in {p.id for p in demo_store.meeting_participants(m.id or 0)}]
    mine = [a for a in demo_store.agreements(plan.id) if a.who_id == me]
    assert len(meetings) == 3 and len(mine) == 3
    assert len(evs) == len(meetings) + len(mine)

    timed = {e.decoded("DTSTART"): e for e in evs if isinstance(e.decoded("DTSTART"), datetime)}
    for m in meetings:
        hour, minute = map(int, m.time.split(":"))
        start = datetime(m.date.year, m.date.month, m.date.day, hour, minute, tzinfo=CPH)
        assert start in timed, f"meeting {m.id} on {start} missing"
        ev = timed[start]
        assert ev.decoded("DTEND") - ev.decoded("DTSTART") == timedelta(hours=1)
        assert str(ev["LOCATION"]) == m.place
        assert str(ev["DTSTART"].params["TZID"]) == "Europe/Copenhagen"
        attendees = {str(a).removeprefix("mailto:") for a in ev.get("ATTENDEE", [])}
        assert "nanna.kildegaard@post.example" in attendees

    days = [e for e in evs if not isinstance(e.decoded("DTSTART"), datetime)]
    assert sorted(e.decoded("DTSTART") for e in days) == sorted(a.due_date for a in mine)
    for e in days:
        assert e.decoded("DTEND") - e.decoded("DTSTART") == timedelta(days=1)
        assert str(e["TRANSP"]) == "TRANSPARENT"
        alarms = list(e.walk("VALARM"))
        if str(e["SUMMARY"]).startswith("Din aftale"):  # open: a reminder at 09:00 the day before
            (alarm,) = alarms
            due = datetime.combine(e.decoded("DTSTART"), datetime.min.time())
            assert due + alarm.decoded("TRIGGER") == due - timedelta(days=1) + timedelta(hours=9)
        else:
            assert str(e["SUMMARY"]).startswith("✔ Udført") and not alarms
    assert all(str(e["CLASS"]) == "PRIVATE" for e in evs)
    assert [c.name for c in parse(data).walk("VTIMEZONE")] == ["VTIMEZONE"]


def test_a_second_parser_reads_the_same_dates(demo_store: Store, demo_citizen_id: int) -> None:
    data = demo_store.citizen_calendar(demo_citizen_id).ics(DEMO_NOW)
    ours = {uid: e.decoded("DTSTART") for uid, e in events(data).items()}
    other = vobject.readOne(data.decode("utf-8"))
    theirs = {ev.uid.value: ev.dtstart.value for ev in other.vevent_list}
    assert theirs.keys() == ours.keys()
    for uid, start in ours.items():
        got = theirs[uid]
        if isinstance(start, datetime):
            assert isinstance(got, datetime) and got.tzinfo is not None
            assert got.astimezone(CPH) == start, uid
        else:
            assert got == start, uid
    for ev in other.vevent_list:
        if hasattr(ev, "valarm"):
            assert ev.valarm.trigger.value == -timedelta(hours=15)


def test_uids_are_stable_and_a_change_raises_the_sequence(demo_store: Store, demo_citizen_id: int) -> None:
    first = events(demo_store.citizen_calendar(demo_citizen_id).ics(DEMO_NOW))
    again = events(demo_store.citizen_calendar(demo_citizen_id).ics(DEMO_NOW + timedelta(hours=2)))
    assert first.keys() == again.keys()
    assert len(set(first)) == len(first)
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    me = people(demo_store, demo_citizen_id)[Role.CITIZEN]
    open_one = next(a for a in demo_store.agreements(plan.id) if a.who_id == me and a.status is AgreementStatus.OPEN)
    assert open_one.id is not None
    demo_store.continue_agreement(open_one.id, DEMO_TODAY + timedelta(days=40))
    after = events(demo_store.citizen_calendar(demo_citizen_id).ics(DEMO_NOW))
    assert after.keys() == first.keys()  # the same event, moved: no duplicate
    uid = next(u for u in after if u.startswith(f"aftale-{open_one.id}."))
    assert after[uid].decoded("DTSTART") == DEMO_TODAY + timedelta(days=40)
    assert int(after[uid]["SEQUENCE"]) > int(first[uid]["SEQUENCE"])
    assert all(int(after[u]["SEQUENCE"]) == int(first[u]["SEQUENCE"]) for u in after if u != uid)


def test_a_relatives_calendar_holds_only_what_relatives_may_see(demo_store: Store, demo_citizen_id: int) -> None:
    ids = people(demo_store, demo_citizen_id)
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    father = ids[Role.RELATIVE]
    hidden = demo_store.add_agreement(plan.id, father, "Hente medicin på apoteket", DEMO_TODAY + timedelta(days=3),
                                      private=True)
    unshared = demo_store.add_agreement(plan.id, father, "Ringe til jobcentret", DEMO_TODAY + timedelta(days=4))
    cal = demo_store.participant_calendar(father)
    data = cal.ics(DEMO_NOW)
    text = data.decode("utf-8").replace("\r\n ", "")  # unfolded
    assert "Aftale: Køre Nanna til VUC, når det regner (Nanna Kildegaard)" in summaries(data)  # shared with consent
    assert "apoteket" not in text and "Ringe til jobcentret" not in text
    assert any("2 aftaler er ikke med" in note for note in cal.left_out)
    assert hidden.id and unshared.id
    # the network meeting: the father, the citizen and the mentor (shared) by name; the others by role only
    network = next(e for e in parse(data).walk("VEVENT") if "netværksmøde" in str(e["SUMMARY"]).lower())
    attendees = {str(a).removeprefix("mailto:") for a in network.get("ATTENDEE", [])}
    assert "karsten.bro@nordby.kommune.example" not in attendees and "Karsten" not in text
    assert "jens.kildegaard@post.example" in attendees
    assert "- Myndighed" in str(network["DESCRIPTION"])


def test_a_private_agreement_stays_out_of_a_professionals_calendar(demo_store: Store, demo_citizen_id: int) -> None:
    contact = people(demo_store, demo_citizen_id)[Role.CONTACT]
    cal = demo_store.participant_calendar(contact)
    text = cal.ics(DEMO_NOW).decode("utf-8").replace("\r\n ", "")
    assert "lægen" not in text  # "Finde en tid hos lægen sammen med Nanna" is private
    assert cal.left_out == ["Nanna Kildegaard: 1 aftale er ikke med, fordi modtageren ikke må se den "
                            "(privat eller ikke delt med samtykke)."]
    mine = demo_store.citizen_calendar(demo_citizen_id).ics(DEMO_NOW).decode("utf-8").replace("\r\n ", "")
    assert "lægen" not in mine  # the citizen's calendar holds the citizen's own agreements only


def test_one_person_across_plans_by_e_mail(demo_store: Store, demo_citizen_id: int) -> None:
    other = demo_store.create_citizen("Bo Østergaard", plan_type="jobafklaringsforloeb")
    assert other.id is not None
    plan = demo_store.plan_of(other.id)
    assert plan.id is not None
    fatima_here = demo_store.add_participant(plan.id, "Fatima Ali", Role.DAY_SERVICE, email="FATIMA.ALI@kilden.example")
    assert fatima_here.id is not None
    demo_store.add_agreement(plan.id, fatima_here.id, "Vise Bo værkstedet", DEMO_TODAY + timedelta(days=2))
    fatima = people(demo_store, demo_citizen_id)[Role.DAY_SERVICE]
    for who in (fatima, fatima_here.id):
        got = summaries(demo_store.participant_calendar(who).ics(DEMO_NOW))
        assert "Aftale: Vise Bo værkstedet (Bo Østergaard)" in got
        assert "Aftale: Notere tegn på at Nanna møder udhvilet (Nanna Kildegaard)" in got
    assert demo_store.participant_by_email(" fatima.ali@KILDEN.example") in (fatima, fatima_here.id)


def test_user_text_is_plain_text_in_the_file() -> None:
    nasty = "Møde; med, komma\nog ny linje \x1b[2J\u202eslut"
    data = render_calendar("Kalender", [CalendarEvent(uid="x@rundbord", summary=nasty, start=date(2026, 12, 1),
                                                      description=nasty, location=nasty)], DEMO_NOW)
    (ev,) = parse(data).walk("VEVENT")
    assert str(ev["SUMMARY"]) == "Møde; med, komma og ny linje [2Jslut"  # a summary is one line
    assert str(ev["DESCRIPTION"]) == "Møde; med, komma\nog ny linje [2Jslut"  # a description keeps its lines
    assert "\x1b" not in data.decode("utf-8") and "\u202e" not in data.decode("utf-8")
    assert str(vobject.readOne(data.decode("utf-8")).vevent.location.value) == str(ev["LOCATION"])


def test_a_repeating_agreement_is_one_event_with_its_rule_read_back_by_both_parsers(
    demo_store: Store, demo_citizen_id: int
) -> None:
    """"hver torsdag" is one all-day VEVENT with RRULE (not a VTODO, not one event per week): its first day on
    or after the day it was made, a reminder the day before each time, and it stops when the plan ends or when
    it is done."""
    from itertools import islice

    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    me = people(demo_store, demo_citizen_id)[Role.CITIZEN]
    weekly = demo_store.add_agreement(plan.id, me, "Gå en tur med Bamse", when="hver torsdag")
    fortnight = demo_store.add_agreement(plan.id, me, "Ringe til min søster", when="hver anden uge")
    done = demo_store.add_agreement(plan.id, me, "Vande blomster", when="hver mandag og onsdag")
    assert weekly.id and fortnight.id and done.id
    demo_store.mark_agreement_done(done.id, on=DEMO_TODAY + timedelta(days=2))
    data = demo_store.citizen_calendar(demo_citizen_id).ics(DEMO_NOW)
    evs = events(data)
    uid = {a: next(u for u in evs if u.startswith(f"aftale-{a}.")) for a in (weekly.id, fortnight.id, done.id)}

    thursday = evs[uid[weekly.id]]
    assert DEMO_TODAY.weekday() == 0 and thursday.decoded("DTSTART") == DEMO_TODAY + timedelta(days=3)
    rule = thursday["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["TH"]
    assert ("UNTIL" in rule) == (plan.end_date is not None)
    assert "Hvornår: hver torsdag" in str(thursday["DESCRIPTION"])
    (alarm,) = thursday.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -timedelta(hours=15)

    every_other = evs[uid[fortnight.id]]
    assert every_other["RRULE"]["INTERVAL"] == [2] and every_other.decoded("DTSTART") == DEMO_TODAY

    finished = evs[uid[done.id]]
    assert finished["RRULE"]["BYDAY"] == ["MO", "WE"]
    assert finished["RRULE"]["UNTIL"] == [DEMO_TODAY + timedelta(days=2)]
    assert str(finished["SUMMARY"]).startswith("✔ Udført") and not list(finished.walk("VALARM"))

    # The second parser expands the same days from the same rule.
    other = {ev.uid.value: ev for ev in vobject.readOne(data.decode("utf-8")).vevent_list}
    days = [d.date() for d in islice(other[uid[weekly.id]].getrruleset(), 3)]
    assert days == [DEMO_TODAY + timedelta(days=3 + 7 * n) for n in range(3)]
    days = [d.date() for d in islice(other[uid[fortnight.id]].getrruleset(), 3)]
    assert days == [DEMO_TODAY + timedelta(days=14 * n) for n in range(3)]
    assert [d.date() for d in other[uid[done.id]].getrruleset()] == [DEMO_TODAY, DEMO_TODAY + timedelta(days=2)]
