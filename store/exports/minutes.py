"""The minutes (referat) of one meeting as Markdown, for one audience: a pure renderer.

`render_minutes(data, audience, lang)` turns the gathered `MeetingData` into
text in Danish or English; it never reads the database. What each audience sees is decided by the one
rule (`visibility.Viewer`); the words of the citizen's copy are plain
(`words.PLAIN`). All user text goes through `markdown_safe.inline`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates import format_date, format_date_long
from ..enums import AgreementStatus, Area, Audience, Decision, GoalStatus, MeetingStatus, Role
from ..labels import label_table
from ..markdown_safe import inline, table
from ..repeat import when_text
from ..vocabulary import carried_over, word
from .gather import MeetingData, PlanBasics
from .required import required_rows
from .visibility import Item, Sight, Viewer, consent_in_force, to_audience, viewer_for
from .phrases import DANISH, Say
from .words import Words, agreement_header, minutes_words

if TYPE_CHECKING:  # the renderer reads plain rows (row_types.py) as it reads models
    from ..models import Agreement, AgreementEvent, Consent, Goal, ScaleReading

_AUDIENCE_ROLE = {Audience.CITIZEN: Role.CITIZEN, Audience.AUTHORITY: Role.AUTHORITY,
                  Audience.DAY_SERVICE: Role.DAY_SERVICE, Audience.RELATIVE: Role.RELATIVE}


def viewer_of(data: PlanBasics, audience: Audience | str) -> Viewer:
    """The one rule for this copy: the audience, the plan's goals, the consents in force on the day."""
    return viewer_for(audience, data.goals, data.consents, data.consent_items, day=data.day)


def consent_lines(data: PlanBasics, label: str, say: Say = DANISH) -> list[str]:
    """The relatives' copy says which consent it rests on (who, capacity, given, until)."""
    shown = [c for c in data.consents if c.audience is Audience.RELATIVE and consent_in_force(c, data.day)]
    if not shown:
        return [f"- **{label}:** " + say("intet samtykke gælder; kopien viser ikke noget delt")]
    return [f"- **{label}:** {consent_phrase(c, say)}" for c in shown]


def consent_phrase(c: Consent, say: Say = DANISH) -> str:
    until = (say(", gælder til og med {date}", date=format_date(c.valid_until)) if c.valid_until
             else say(", gælder til det trækkes tilbage"))
    return say("givet af {who} ({capacity}) {date}{until}; noteret af {recorder}", who=inline(c.given_by),
               capacity=word(f"capacity.{c.capacity.value}", say.lang), date=format_date(c.given_on),
               until=until, recorder=inline(c.recorded_by))


def private_mark(say: Say) -> str:
    """' *(privat)*' after an item only some copies show."""
    return say(" *(privat)*")


def render_minutes(data: MeetingData, audience: Audience | str, lang: str = "da") -> str:
    """The minutes for `audience` in `lang` ("da" or "en") from the gathered data (never the frozen text)."""
    aud = to_audience(audience)
    vis = viewer_of(data, aud)
    say = Say(lang)
    w = minutes_words(aud is Audience.CITIZEN, lang)
    roles = label_table("role", Role, lang)
    areas = label_table("area", Area, lang)
    citizen_ids = {pid for pid, p in data.people.items() if p.role is Role.CITIZEN}

    def who(pid: int | None) -> str:
        if pid is None:
            return w.agreed_value
        if aud is Audience.CITIZEN and pid in citizen_ids:
            return say("Du")
        return inline(vis.person(data.people.get(pid), lang=lang))

    def mark(item: Item) -> str:
        return private_mark(say) if vis.mark(item) else ""

    m = data.meeting
    out: list[str] = ["# " + say("Referat: {kind}", kind=inline(data.kind_name)), ""]
    out += _header_lines(data, aud, say)
    if m.status is not MeetingStatus.CLOSED:
        out += ["", "*" + say("Udkast: mødet er ikke afsluttet endnu.") + "*"]

    # Participants
    out += ["", f"## {w.participants}", ""]
    present = [p for p in data.present if vis.sees(p)]
    if present:
        for p in present:
            org = f", {inline(p.organisation)}" if p.organisation.strip() else ""
            if aud is Audience.CITIZEN and p.id in citizen_ids:  # the copy speaks to the citizen
                out.append("- " + say("Du ({name})", name=inline(p.name)))
            else:
                out.append(f"- {inline(p.name)}: {roles[p.role]}{org}")
    else:
        out.append(w.none)

    if aud is Audience.RELATIVE:  # what the room of a relatives' meeting sees: the goals the citizen shares
        out += ["", "## " + say("Det deler borgeren med jer"), ""]
        shared = [g for g in data.goals if vis.sees(g)]
        out += [f"- {inline(g.text)} ({areas[g.area].lower()})" for g in shared] or [say("Ingen mål er delt.")]

    # Agenda and what was said per item
    items = [i for i in data.agenda if vis.sees(i)]
    out += ["", f"## {w.agenda}", ""]
    if items:
        out += [f"{n}. {inline(i.title)}{mark(i)}" for n, i in enumerate(items, start=1)]
    else:
        out.append(w.none)
    out += ["", f"## {w.items}", ""]
    written = False
    for n, i in enumerate(items, start=1):
        show = vis.sight_notes(i) is Sight.SHOWN
        notes = inline(i.notes) if show else ""
        decisions = inline(i.decisions) if show else ""
        if not notes and not decisions:
            continue
        written = True
        out += [f"### {n}. {inline(i.title)}", ""]
        if notes:
            out += [notes, ""]
        if decisions:
            out += [f"**{w.decision}:** {decisions}", ""]
    if not written:
        out += [w.no_item_notes, ""]
    shown_notes = [x for x in data.notes if vis.sees(x)]
    out += [f"## {w.notes}", ""]
    out += [f"- {inline(x.text)}{mark(x)}" for x in shown_notes] or [w.none]

    # Scale readings, then the scaling conversation per goal
    out += ["", f"## {w.readings}", ""]
    readings = [r for r in data.readings if vis.sees(r)]
    goal_by_id = vis.goals
    if readings:
        rows = []
        previous_goal: int | None = None
        for r in readings:
            g = goal_by_id.get(r.goal_id)
            gtext = (inline(g.text) + mark(g)) if g else "?"
            if r.goal_id == previous_goal:
                gtext = ""  # the goal is named once, on its first row (easier to read)
            previous_goal = r.goal_id
            rows.append([gtext, who(r.participant_id), f"{r.score}", _change(r, data.previous, w, say)])
        out.append(table([w.readings_goal, say("Hvem"), w.readings_score, w.readings_change], rows).rstrip("\n"))
        out += ["", w.scale_note]
    else:
        out.append(w.none)
    talks = [s for s in data.scaling if vis.sees(s) and goal_by_id.get(s.goal_id) is not None]
    for s in talks:
        g = goal_by_id[s.goal_id]
        scores = "; ".join(f"{who(r.participant_id)}: {r.score}" for r in readings if r.goal_id == s.goal_id)
        target = f" ({w.target.format(n=s.target)})" if s.target is not None else ""
        out += ["", f"### {w.talk}: {inline(g.text)}{mark(g)}", ""]
        out += [
            f"1. **{w.ten}:** {inline(s.ten) or '–'}",
            f"2. **{w.scores}:** {scores or '–'} · **{w.works}:** {inline(s.works) or '–'}",
            f"3. **{w.worse}:** {inline(s.worse) or '–'}",
            f"4. **{w.next_step}:** {inline(s.next_step) or '–'}{target}",
        ]

    # Agreements
    new, carried, done, cancelled = _split_agreements(data, say)
    if aud is Audience.CITIZEN:
        mine = [a for a, _ in new + carried if a.who_id in citizen_ids and a.status is AgreementStatus.OPEN]
        out += ["", "## " + say("Det skal du gøre, og hvornår"), ""]
        if mine:
            for a in mine:
                when = (f"{_capital(when_text(None, a.repeat, lang))}: " if a.repeat
                        else say("Senest {date}: ", date=format_date(a.due_date)) if a.due_date else "")
                out.append(f"- {when}{inline(a.what)}")
        else:
            out.append(say("Du har ingen nye opgaver fra dette møde."))
    out += ["", f"## {w.agreements}"]
    for title, group in ((w.new, new), (w.carried, carried), (w.done, done), (w.cancelled, cancelled)):
        shown = [(a, st) for a, st in group if vis.sees(a)]
        out += ["", f"### {title}", ""]
        if shown:
            rows = [[who(a.who_id), _what(a, vis, say), when_text(a.due_date, a.repeat, lang) or "–", st]
                    for a, st in shown]
            out.append(table(agreement_header(lang), rows).rstrip("\n"))
        else:
            out.append(w.none)

    # Goals evaluated at this meeting (each evaluation dated, with who wrote it)
    out += ["", f"## {w.evaluated}", ""]
    evaluations = [e for e in data.evaluations if vis.sees(e) and goal_by_id.get(e.goal_id) is not None]
    if evaluations:
        for e in evaluations:
            g = goal_by_id[e.goal_id]
            if aud is Audience.CITIZEN and e.author_id in citizen_ids:
                by = w.evaluated_by.format(who=say("dig"), date=format_date_long(e.date, lang))
            elif e.author_id is not None:
                by = w.evaluated_by.format(who=who(e.author_id), date=format_date_long(e.date, lang))
            else:
                by = w.noted_by.format(who=inline(e.recorded_by) or "?", date=format_date_long(e.date, lang))
            out += [f"### {inline(g.text)}{mark(g)}", "", inline(e.text), "", f"*{by}*", ""]
        out.pop()
    else:
        out.append(w.no_evaluation)

    if aud is Audience.AUTHORITY:
        out += ["", "## " + say("Planens krav: {name}", name=inline(data.plan_type.name)), ""]
        out.append(table((say("Krav"), say("Indhold")), required_rows(data, m.next_meeting_date, say)).rstrip("\n"))
    if aud is Audience.DAY_SERVICE:
        out += _smtte_section(data, vis, say)
        out += _pdsa_section(data, vis, say)
        out += _day_service_agreements(data, vis, say)

    out += ["", f"## {w.next}", ""]
    out.append(_next_meeting_text(data, say))
    return "\n".join(out) + "\n"


def _capital(text: str) -> str:
    """The first letter in upper case, the rest as written ("hver mandag" -> "Hver mandag")."""
    return text[:1].upper() + text[1:]


# -- parts ---------------------------------------------------------------------------
def _header_lines(data: MeetingData, aud: Audience, say: Say) -> list[str]:
    m = data.meeting
    names = [p.name for p in data.people.values() if p.role is _AUDIENCE_ROLE[aud] and p.active]
    if aud is Audience.CITIZEN:  # a letter to the citizen is addressed to them by name, not by role
        to = inline(data.citizen.name)
    else:
        to = word(f"audience.{aud.value}", say.lang) + (f" ({inline(', '.join(names))})" if names else "")
    when = format_date_long(m.date, say.lang) + (say(", kl. {time}", time=m.time) if m.time else "")
    lines = [f"- **{say('Til')}:** {to}"]
    if aud is not Audience.CITIZEN:
        lines.append(f"- **{say('Borger')}:** {inline(data.citizen.name)}")
    lines += [
        f"- **{say('Dato')}:** {when}",
        f"- **{say('Møde nr.')}:** {m.id}",
        f"- **{say('Sted')}:** {inline(m.place) or say('ikke angivet')}",
        f"- **{say('Plan')}:** {inline(data.plan_type.name)}",
    ]
    if aud is Audience.RELATIVE:
        lines += consent_lines(data, say("Delt med samtykke"), say)
    return lines


def _what(a: Agreement, vis: Viewer, say: Say) -> str:
    text = inline(a.what)
    if a.target_from is not None and a.target_to is not None:
        text += say(" (fra {a} til {b})", a=a.target_from, b=a.target_to)
    return text + (private_mark(say) if vis.mark(a) else "")


def _split_agreements(
    data: MeetingData, say: Say = DANISH,
) -> tuple[list[tuple[Agreement, str]], list[tuple[Agreement, str]], list[tuple[Agreement, str]],
           list[tuple[Agreement, str]]]:
    """New (made here), carried over, done and cancelled in this meeting, each with its status text."""
    last: dict[int, AgreementEvent] = {}
    for e in data.events:
        if e.decision is not Decision.CREATED:
            last[e.agreement_id] = e
    new: list[tuple[Agreement, str]] = []
    carried: list[tuple[Agreement, str]] = []
    done: list[tuple[Agreement, str]] = []
    cancelled: list[tuple[Agreement, str]] = []
    for aid, a in data.agreements.items():
        ev = last.get(aid)
        if ev is None:
            if a.meeting_id == data.meeting.id:
                new.append((a, say("Ny")))
            continue
        n = a.carried_over
        times = f" ({carried_over(n, say.lang)})" if n > 0 else ""
        if ev.decision is Decision.DONE:
            done.append((a, say("Udført {date}", date=format_date(a.done_at)) if a.done_at else say("Udført")))
        elif ev.decision is Decision.CANCELLED:
            reason = inline(ev.reason or a.cancel_reason) or say("ingen begrundelse")
            cancelled.append((a, say("Udgået: {reason}", reason=reason)))
        elif ev.decision is Decision.CHANGED:
            before = (say(" (før: {old})", old=inline(ev.old_what)) if ev.old_what and ev.old_what != ev.new_what
                      else "")
            carried.append((a, say("Ændret{before}{times}", before=before, times=times)))
        elif ev.decision is Decision.CONTINUED:
            carried.append((a, say("Fortsættes{times}", times=times)))
        elif a.meeting_id == data.meeting.id:
            new.append((a, say("Ny")))
    return new, carried, done, cancelled


def _change(r: ScaleReading, previous: dict[int, int], w: Words, say: Say) -> str:
    """Change since the previous reading of the same goal by the same person (`previous_scores`)."""
    before = previous.get(r.id) if r.id is not None else None
    if before is None:
        return w.first_reading
    delta = r.score - before
    sign = "+" if delta > 0 else ("±" if delta == 0 else "−")
    return say("{sign}{n} (fra {before})", sign=sign, n=abs(delta), before=before)


def _active_goals(data: MeetingData, vis: Viewer) -> list[Goal]:
    return [g for g in data.goals if g.status is GoalStatus.ACTIVE and vis.sees(g)]


def _smtte_section(data: MeetingData, vis: Viewer, say: Say) -> list[str]:
    out = ["", "## " + say("SMTTE for hvert mål")]
    goals = _active_goals(data, vis)
    if not goals:
        return out + ["", say("Ingen aktive mål.")]
    missing = say("mangler")
    for g in goals:
        rounds = [r for r in data.smtte_rounds if r.goal_id == g.id and vis.sees(r)]
        evaluation = rounds[-1].text if rounds else g.smtte_evaluation
        out += ["", f"### {inline(g.text)}", ""]
        out.append(table(("SMTTE", say("Indhold")), [
            [say("Sammenhæng"), inline(g.smtte_context) or missing],
            [say("Mål"), inline(g.text)],
            [say("Tegn"), inline(g.smtte_signs) or missing],
            [say("Tiltag"), inline(g.smtte_actions) or missing],
            [say("Evaluering"), inline(evaluation) or missing],
            [say("Næste SMTTE"), format_date(g.smtte_due) or say("ikke fastsat")],
        ]).rstrip("\n"))
        if rounds:
            out += ["", say("Evalueringer:"), ""]
            out += [f"- {format_date(r.date)}: {inline(r.text)}" for r in rounds]
        seen = [o for o in data.signs if o.goal_id == g.id and vis.sees(o)]
        if seen:
            out += ["", say("Tegn observeret siden sidste møde:"), ""]
            for o in seen:
                by = f" ({inline(o.observer)})" if o.observer.strip() else ""
                out.append(f"- {format_date(o.date)}: {inline(o.text)}{by}")
    return out


def _pdsa_section(data: MeetingData, vis: Viewer, say: Say) -> list[str]:
    out = ["", "## " + say("Afprøvning af ny praksis (PDSA)"), ""]
    cycles = [c for c in data.pdsa if vis.sees(c) and vis.goals.get(c.goal_id) is not None]
    if not cycles:
        return out + [say("Ingen afprøvninger siden sidste møde.")]
    rows = [[format_date(c.date), inline(vis.goals[c.goal_id].text), inline(c.plan), inline(c.do) or "–",
             inline(c.study) or "–", inline(c.act) or "–"] for c in cycles]
    header = tuple(say(h) for h in ("Dato", "Mål", "Plan", "Udfør", "Studér", "Handl"))
    return out + [table(header, rows).rstrip("\n")]


def _day_service_agreements(data: MeetingData, vis: Viewer, say: Say) -> list[str]:
    ours = [
        a for a in data.agreements.values()
        if a.status is AgreementStatus.OPEN and vis.sees(a)
        and (p := data.people.get(a.who_id)) is not None and p.role is Role.DAY_SERVICE
    ]
    out = ["", "## " + say("Det står dagtilbuddet for"), ""]
    if not ours:
        return out + [say("Ingen åbne aftaler.")]
    rows = [[inline(data.people[a.who_id].name), _what(a, vis, say), when_text(a.due_date, a.repeat, say.lang) or "–",
             word(f"agreement_status.{a.status.value}", say.lang)] for a in ours]
    return out + [table(agreement_header(say.lang), rows).rstrip("\n")]


def _next_meeting_text(data: MeetingData, say: Say) -> str:
    m = data.meeting
    if m.next_meeting_date is None:
        return say("Ikke fastsat.")
    text = inline(format_date_long(m.next_meeting_date, say.lang))  # "3. december" must not open a numbered list
    nm = data.next_meeting
    if nm is not None:
        text += f": {inline(data.next_kind_name)}"
        if nm.time:
            text += say(", kl. {time}", time=nm.time)
        if nm.place.strip():
            text += f", {inline(nm.place)}"
    return text + "."

