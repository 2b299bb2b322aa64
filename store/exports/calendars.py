"""Which meetings and agreements go into a calendar file, and for whom (`Store` use cases).

Three calendars, one way of making them (`_plan_events`):

- `citizen_calendar(citizen_id)`: the citizen's meetings and the agreements
  the citizen carries, in the citizen's own words ("Din aftale");
- `participant_calendar(participant_id)`: what one person owes, by when,
  across every citizen's current plan they take part in (the same person is
  found by e-mail address; without one, only that plan), seen as their
  audience sees it: a relative as relatives, the authority as the authority,
  the day service and the other professionals as the day service;
- `meeting_calendar(meeting_id, participant_id)`: the mail draft's
  attachment: that meeting, the next one if they come, and their agreements.

What a person may see is the one rule (`visibility.Viewer`): an agreement
the rule hides from that audience is not in the file, and the file says how
many were left out (`CalendarFile.left_out`), never which.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..base import UseCases
from ..clock import now, today
from ..dates import format_date
from ..enums import AgreementStatus, Audience, AuditAction, Role
from ..errors import InputError
from ..messages import msg
from ..models import AgendaItem, Agreement, Citizen, Meeting, Participant, Plan
from ..repeat import describe_repeat, next_occurrence
from ..vocabulary import word
from .phrases import DANISH, Say
from .visibility import Viewer, audience_for_role, viewer_for

if TYPE_CHECKING:  # loaded when an export is made, not with the store
    from .ics import CalendarEvent, CalendarFile

UID_DOMAIN = "rundbord"
"""The right-hand side of every UID."""


@dataclass(frozen=True)
class _Stamp:
    """How much a record was changed (changed fields, counted over all its updates: it only grows) and when
    last (from the audit log): SEQUENCE and LAST-MODIFIED."""

    updates: int = 0
    last: datetime | None = None


@dataclass
class _PlanContext:
    citizen: Citizen
    plan: Plan
    plan_name: str
    people: dict[int, Participant]
    viewer: Viewer
    stamps: dict[tuple[str, int], _Stamp]
    say: Say = DANISH
    """The language of the events' words (summaries, descriptions)."""


def event_uid(kind: str, record_id: int, citizen: Citizen) -> str:
    """A UID that stays the same on every export of the same record from the same file.

    The citizen's id and the second their record was created tell two Rundbord
    files apart (meeting 3 in one municipality is not meeting 3 in another).
    """
    made = citizen.created_at.strftime("%Y%m%dT%H%M%S") if citizen.created_at else "0"
    return f"{kind}-{record_id}.borger-{citizen.id}-{made}@{UID_DOMAIN}"


def repeat_of(agreement: Agreement) -> str:
    """The agreement's repeat code (RRULE subset), '' when it has one due date."""
    return agreement.repeat or ""


def repeat_span(agreement: Agreement, plan: Plan, made_on: date) -> tuple[date, date | None]:
    """A repeating agreement's first day (on or after the day it was made) and its last possible day.

    The last day is the day it was done, else the plan's end date, else none (it goes on);
    a cancelled one is sent as cancelled (STATUS:CANCELLED), the whole series.
    """
    first = next_occurrence(agreement.repeat, made_on, made_on)
    last = agreement.done_at if agreement.status is AgreementStatus.DONE else plan.end_date
    if last is not None and last < first:
        last = first  # done (or the plan ending) before its first day: the one day stays, once
    return first, last


class CalendarUseCases(UseCases):
    """Mixed into `Store`: calendar files (see `ics.py` for the file itself)."""

    def citizen_calendar(self, citizen_id: int, *, lang: str = "da") -> CalendarFile:
        """The citizen's meetings and the agreements the citizen carries (the citizen's copy: everything),
        its words in `lang`."""
        from .gather import latest_plan
        from .ics import CalendarFile

        plan = latest_plan(self.db, citizen_id)
        ctx = self._plan_context(plan, Audience.CITIZEN, lang)
        mine = [pid for pid, p in ctx.people.items() if p.role is Role.CITIZEN]
        cal = CalendarFile(name=f"Rundbord: {ctx.citizen.name}")
        self._plan_events(cal, ctx, mine, own=True)
        return cal

    def participant_calendar(self, participant_id: int, *, lang: str = "da") -> CalendarFile:
        """What one person owes, by when, across the current plans they take part in (words in `lang`)."""
        from .ics import CalendarFile

        person = self.db.find(Participant, participant_id)
        if person is None:
            raise InputError("participant_id", msg("not_found.participant", n=participant_id))
        cal = CalendarFile(name=f"Rundbord: {person.name}")
        for plan, rows in self._same_person(person):
            role = rows[0].role
            ctx = self._plan_context(plan, audience_for_role(role), lang)
            self._plan_events(cal, ctx, [p.id for p in rows if p.id is not None], own=role is Role.CITIZEN)
        if not person.email:
            cal.left_out.append(Say(lang)(
                "{name} har ingen e-mailadresse i Rundbord, så kun denne plan er med "
                "(med en adresse findes personen også i andre borgeres planer).", name=person.name))
        return cal

    def participant_by_email(self, email: str) -> int | None:
        """A participant with this e-mail address (any case), or None; the calendar finds the rest."""
        if not self.db.has_column(Participant, "email"):
            return None  # a file from before e-mail addresses, opened read-only: nobody has one yet
        rows = self.db.select(Participant, "lower(email) = lower(?)", (email.strip(),),
                              order_by="active DESC, id DESC")
        return rows[0].id if rows else None

    def meeting_calendar(self, meeting_id: int, participant_id: int, *, lang: str = "da") -> CalendarFile:
        """A mail draft's attachment: the meeting, the next one if they come to it, and their agreements."""
        from .ics import CalendarFile

        meeting = self.db.get(Meeting, meeting_id)
        person = self.db.get(Participant, participant_id)
        plan = self.db.get(Plan, meeting.plan_id)
        ctx = self._plan_context(plan, audience_for_role(person.role), lang)
        meetings = [meeting]
        if meeting.next_meeting_date is not None:
            meetings += self.db.select(Meeting, "plan_id = ? AND date = ? AND id != ?",
                                       (plan.id, meeting.next_meeting_date.isoformat(), meeting_id),
                                       order_by="time, id LIMIT 1")
        cal = CalendarFile(name=f"Rundbord: {ctx.plan_name}")
        assert person.id is not None
        self._plan_events(cal, ctx, [person.id], own=person.role is Role.CITIZEN,
                          only_meetings=[m.id for m in meetings if m.id is not None])
        return cal

    # -- one plan's events for some of its participants -------------------------------
    def _plan_context(self, plan: Plan, audience: Audience, lang: str = "da") -> _PlanContext:
        from .gather import _basics

        day = today()
        say = Say(lang)
        basics = _basics(self.db, self.document_catalog.in_language(lang), plan, day)
        citizen: Citizen = basics["citizen"]
        viewer = viewer_for(audience, basics["goals"], basics["consents"], basics["consent_items"], day=day)
        return _PlanContext(
            citizen=citizen,
            plan=plan,
            plan_name=say("{name}s plan ({plan_type})", name=citizen.name, plan_type=basics["plan_type"].name),
            people=basics["people"],
            viewer=viewer,
            stamps=self._stamps(citizen.id or 0),
            say=say,
        )

    def _stamps(self, citizen_id: int) -> dict[tuple[str, int], _Stamp]:
        """(table, id) -> how many changes and the last one, for the citizen's meetings and agreements."""
        rows = self.db.query(
            "SELECT table_name, record_id, count(*) AS n, max(at) AS last FROM audit_log "
            "WHERE citizen_id = ? AND table_name IN ('meeting', 'agreement') AND action = ? "
            "GROUP BY table_name, record_id",
            (citizen_id, AuditAction.UPDATE.value),
        )
        return {(r["table_name"], int(r["record_id"])): _Stamp(int(r["n"]), datetime.fromisoformat(r["last"]))
                for r in rows}

    def _same_person(self, person: Participant) -> list[tuple[Plan, list[Participant]]]:
        """The person's participant rows in every citizen's current plan (by e-mail), grouped by plan."""
        from .gather import latest_plan

        if person.email:
            rows = self.db.select(Participant, "lower(email) = lower(?) AND active = 1", (person.email,),
                                  order_by="plan_id, id")
            if person not in rows:
                rows.append(person)
        else:
            rows = [person]
        by_plan: dict[int, list[Participant]] = {}
        for p in rows:
            by_plan.setdefault(p.plan_id, []).append(p)
        out: list[tuple[Plan, list[Participant]]] = []
        for plan_id, people in by_plan.items():
            plan = self.db.get(Plan, plan_id)
            if latest_plan(self.db, plan.citizen_id).id == plan.id:
                out.append((plan, people))
        return out

    def _plan_events(self, cal: CalendarFile, ctx: _PlanContext, who: Sequence[int], *, own: bool,
                     only_meetings: Sequence[int] | None = None) -> None:
        """Add the meetings `who` come to and the agreements they carry, as `ctx.viewer` may see them."""
        plan_id = ctx.plan.id
        assert plan_id is not None
        if only_meetings is not None:
            meetings = [self.db.get(Meeting, mid) for mid in only_meetings]
        elif who:
            marks = ",".join("?" for _ in who)
            meetings = self.db.select(
                Meeting, f"plan_id = ? AND id IN (SELECT meeting_id FROM meeting_participant "
                         f"WHERE participant_id IN ({marks}))", [plan_id, *who], order_by="date, time, id")
        else:
            meetings = []
        attending = self._attendance([m.id for m in meetings if m.id is not None])
        for m in meetings:
            if only_meetings is not None and not set(who) & set(attending.get(m.id or 0, [])):
                continue
            cal.events.append(self._meeting_event(ctx, m, attending.get(m.id or 0, []), own=own))

        agreements = [a for a in self.db.select(Agreement, "plan_id = ?", (plan_id,), order_by="position, id")
                      if a.who_id in who]
        hidden = undated = 0
        for a in agreements:
            if not ctx.viewer.sees(a):
                hidden += 1
                continue
            if a.due_date is None and not repeat_of(a):
                undated += 1
                continue
            cal.events.append(self._agreement_event(ctx, a, own=own))
        say = ctx.say
        if hidden:
            cal.left_out.append(say(
                "{name}: 1 aftale er ikke med, fordi modtageren ikke må se den (privat eller ikke delt med "
                "samtykke)." if hidden == 1 else
                "{name}: {n} aftaler er ikke med, fordi modtageren ikke må se dem (privat eller ikke delt med "
                "samtykke).", name=ctx.citizen.name, n=hidden))
        if undated:
            cal.left_out.append(say("{name}: 1 aftale uden dato er ikke med." if undated == 1
                                    else "{name}: {n} aftaler uden dato er ikke med.",
                                    name=ctx.citizen.name, n=undated))

    def _attendance(self, meeting_ids: Iterable[int]) -> dict[int, list[int]]:
        ids = list(meeting_ids)
        if not ids:
            return {}
        marks = ",".join("?" for _ in ids)
        out: dict[int, list[int]] = {}
        for r in self.db.query(f"SELECT meeting_id, participant_id FROM meeting_participant "
                               f"WHERE meeting_id IN ({marks}) ORDER BY id", ids):
            out.setdefault(int(r["meeting_id"]), []).append(int(r["participant_id"]))
        return out

    def _meeting_event(self, ctx: _PlanContext, m: Meeting, attending: list[int], *, own: bool) -> CalendarEvent:
        from ..danish_order import participant_order
        from .ics import Attendee, CalendarEvent

        assert m.id is not None
        say, lang = ctx.say, ctx.say.lang
        words = self.document_catalog.in_language(lang)
        kind = words.meeting_kinds.get(m.kind)
        kind_name = kind.name if kind else m.kind
        vis = ctx.viewer
        people = sorted((ctx.people[i] for i in attending if i in ctx.people), key=participant_order)
        shown = [p for p in people if vis.sees(p)]

        def role(p: Participant) -> str:
            return word(f"role.{p.role.value}", lang)

        attendees = tuple(Attendee(p.name, p.email, role(p)) for p in shown if p.email)
        lines = [say("Møde nr. {n} om {plan}.", n=m.id, plan=ctx.plan_name),
                 say("Status: {status}.", status=word(f"meeting_status.{m.status.value}", lang))]
        agenda = [i for i in self.db.select(AgendaItem, "meeting_id = ?", (m.id,), order_by="position, id")
                  if vis.sees(i)]
        if agenda:
            lines += ["", say("Dagsorden:")] + [f"{n}. {words.agenda_title(i.title)}"
                                                for n, i in enumerate(agenda, start=1)]
        if people:
            lines += ["", say("Deltagere:")] + [
                f"- {p.name} ({role(p)})" if vis.sees(p) else f"- {role(p)}" for p in people
            ]
        start: date | datetime = m.date
        if m.time:
            hour, minute = (int(x) for x in m.time.split(":"))
            start = datetime(m.date.year, m.date.month, m.date.day, hour, minute)
        stamp = ctx.stamps.get(("meeting", m.id), _Stamp())
        return CalendarEvent(
            uid=event_uid("moede", m.id, ctx.citizen),
            summary=kind_name if own else f"{kind_name}: {ctx.citizen.name}",
            start=start,
            description="\n".join(lines),
            location=m.place,
            attendees=attendees,
            sequence=stamp.updates,
            modified=stamp.last,
            categories=("Rundbord", say("Møde")),
        )

    def _agreement_event(self, ctx: _PlanContext, a: Agreement, *, own: bool) -> CalendarEvent:
        from .ics import CalendarEvent

        assert a.id is not None
        say, lang = ctx.say, ctx.say.lang
        vis = ctx.viewer
        who = ctx.people.get(a.who_id)
        repeat = repeat_of(a)
        start: date | None = a.due_date
        until: date | None = None
        if repeat:
            made = self.db.find(Meeting, a.meeting_id) if a.meeting_id is not None else None
            made_on = made.date if made is not None else (a.created_at.date() if a.created_at else today())
            start, until = repeat_span(a, ctx.plan, made_on)
            when = describe_repeat(repeat, lang) + (say(", til og med {date}", date=format_date(until))
                                                    if until else "")
        else:
            when = say("senest {date}", date=format_date(a.due_date))
        role = f" ({word(f'role.{who.role.value}', lang)})" if who and vis.sees(who) else ""
        lines = [say("Hvem: {who}", who=vis.person(who, lang=lang)) + role,
                 say("Hvad: {what}", what=a.what), say("Hvornår: {when}", when=when)]
        goal = vis.goals.get(a.goal_id) if a.goal_id is not None else None
        if goal is not None and vis.sees(goal):
            lines.append(say("Mål: {goal}", goal=goal.text))
        if a.target_from is not None and a.target_to is not None:
            lines.append(say("Skala: fra {a} til {b}", a=a.target_from, b=a.target_to))
        lines.append(say("Status: {status}", status=word(f"agreement_status.{a.status.value}", lang)))
        if a.meeting_id is not None:
            made = self.db.find(Meeting, a.meeting_id)
            if made is not None:
                kind = self.document_catalog.in_language(lang).meeting_kinds.get(made.kind)
                lines.append(say("Aftalt: {kind} {date}", kind=kind.name if kind else made.kind,
                                 date=format_date(made.date)))
        lines.append(say("Fra Rundbord: {plan}.", plan=ctx.plan_name))
        label = say("Din aftale") if own else say("Aftale")
        suffix = "" if own else f" ({ctx.citizen.name})"
        if a.status is AgreementStatus.DONE:
            summary = f"✔ {word('agreement_status.done', lang)}: {a.what}{suffix}"
        elif a.status is AgreementStatus.CANCELLED:
            summary = f"{word('agreement_status.cancelled', lang)}: {a.what}{suffix}"
        else:
            summary = f"{label}: {a.what}{suffix}"
        assert start is not None
        stamp = ctx.stamps.get(("agreement", a.id), _Stamp())
        return CalendarEvent(
            uid=event_uid("aftale", a.id, ctx.citizen),
            summary=summary,
            start=start,
            description="\n".join(lines),
            rrule=repeat,
            until=until,
            alarm=say("I morgen: {what}", what=a.what) if a.status is AgreementStatus.OPEN else "",
            cancelled=a.status is AgreementStatus.CANCELLED,
            sequence=stamp.updates,
            modified=stamp.last,
            categories=("Rundbord", say("Aftale")),
        )


def calendar_bytes(cal: CalendarFile) -> bytes:
    """The file's bytes, stamped with the clock's now."""
    return cal.ics(now())
