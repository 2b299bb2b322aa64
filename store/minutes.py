"""Minutes (referat) and the plan as Markdown, per audience; frozen when closed.

`render_minutes` builds a fresh text from the database. When a meeting is
closed, `on_meeting_closed` (called inside the closing transaction) stores the
text for every audience with its SHA-256 in `frozen_minutes`;
`minutes_markdown` returns exactly those bytes afterwards, whatever changes in
the plan, with addenda appended as their own dated sections.

Who sees what (see README, "Minutes (referat)"):

- authority: everything, private items marked "(privat)"; the plan type's
  required parts with their content or "mangler".
- citizen: everything (it is their own data), in plain Danish ("du").
- day service: nothing private (private goals, their readings, notes and
  agreements are left out); SMTTE per goal and the agreements it carries.
- relative: only what is shared with relatives (goals, notes, agreements;
  an agenda item's notes only if the item is shared); never private items.

All user text goes through `markdown_safe.inline` (see that module).
"""
from __future__ import annotations

import hashlib
import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from .base import UseCases
from .catalog import MeetingKind, PlanType
from .checklist import check_parts
from .dates import format_date, format_date_long
from . import clock
from .clock import now
from .enums import AgreementStatus, Area, Audience, Decision, GoalStatus, MeetingStatus, Role
from .errors import InputError
from .labels import AGREEMENT_STATUS_DA, AREA_DA, AUDIENCE_DA, GOAL_LEVEL_DA, GOAL_STATUS_DA, ROLE_DA
from .markdown_safe import inline, table
from .progression import previous_scores
from .repeat import when_text
from .smart import smart_status
from .models import (
    Activity,
    Addendum,
    AgendaItem,
    Agreement,
    AgreementEvent,
    Citizen,
    FrozenMinutes,
    Goal,
    Meeting,
    Note,
    Observation,
    Participant,
    Plan,
    ScaleReading,
)

AGREEMENT_HEADER = ("Hvem", "Hvad", "Hvornår", "Status")
"""The agreements table's columns in every copy."""

PRIVATE_MARK = " *(privat)*"


def to_audience(audience: Audience | str) -> Audience:
    """An Audience from its code ('citizen', 'authority', 'day_service', 'relative')."""
    if isinstance(audience, Audience):
        return audience
    try:
        return Audience(str(audience).strip().replace("-", "_"))
    except ValueError:
        known = ", ".join(a.value for a in Audience)
        raise InputError("audience", f"Ukendt modtager '{audience}'. Vælg en af: {known}.") from None


@dataclass(frozen=True)
class Words:
    """Headings and phrases of one copy (the citizen's copy speaks to the citizen)."""

    participants: str = "Deltagere"
    agenda: str = "Dagsorden"
    items: str = "Referat af punkterne"
    notes: str = "Noter fra mødet"
    readings: str = "Skalering"
    readings_goal: str = "Delmål"
    readings_change: str = "Ændring siden sidst"
    agreements: str = "Aftaler"
    new: str = "Nye aftaler"
    carried: str = "Videreførte aftaler"
    done: str = "Udførte aftaler"
    cancelled: str = "Droppede aftaler"
    evaluated: str = "Evaluering af delmål"
    next: str = "Næste møde"
    none: str = "Ingen."
    no_item_notes: str = "Der er ikke skrevet referat til de enkelte punkter."
    scale_note: str = "Skala 1-10: 1 er længst fra målet, 10 er målet nået."
    no_evaluation: str = "Ingen delmål blev evalueret på mødet."
    decision: str = "Beslutning"
    agreed_value: str = "Fælles vurdering"
    first_reading: str = "Første måling"


FORMAL = Words()
PLAIN = Words(
    participants="Hvem var med",
    agenda="Det talte vi om",
    items="Det blev sagt og besluttet",
    notes="Det skrev vi ned",
    readings="Hvor er du på vej mod dine mål?",
    readings_goal="Dit mål",
    readings_change="Siden sidst",
    agreements="Det aftalte vi",
    new="Det aftalte vi i dag",
    carried="Aftaler fra sidst, der fortsætter",
    done="Det er klaret",
    cancelled="Det er droppet, og hvorfor",
    evaluated="Sådan gik det med dine mål",
    next="Næste gang vi ses",
    none="Ingen.",
    no_item_notes="Vi skrev ikke noget ned til de enkelte punkter.",
    scale_note="1 er længst fra målet, 10 er målet nået.",
    no_evaluation="Vi gjorde ikke status på et mål denne gang.",
    decision="Det blev besluttet",
    agreed_value="Det blev vi enige om",
    first_reading="Første gang",
)


@dataclass
class _Visibility:
    """What one audience may see."""

    audience: Audience
    goals: dict[int, Goal]

    @property
    def privileged(self) -> bool:
        return self.audience in (Audience.AUTHORITY, Audience.CITIZEN)

    def goal(self, goal_id: int | None) -> bool:
        if goal_id is None:
            return True
        g = self.goals.get(goal_id)
        if g is None:
            return self.privileged
        return self.item(g.private, g.shared_with_relatives)

    def item(self, private: bool, shared: bool = True) -> bool:
        if self.privileged:
            return True
        if private:
            return False
        if self.audience is Audience.RELATIVE:
            return shared
        return True

    def agreement(self, a: Agreement) -> bool:
        if not self.item(a.private, a.shared_with_relatives):
            return False
        if self.audience is Audience.RELATIVE:
            g = self.goals.get(a.goal_id) if a.goal_id is not None else None
            return g is None or not g.private
        return self.goal(a.goal_id)

    def mark(self, private: bool) -> str:
        return PRIVATE_MARK if private and self.privileged else ""


@dataclass
class _Ctx:
    meeting: Meeting
    plan: Plan
    citizen: Citizen
    plan_type: PlanType
    kind_name: str
    people: dict[int, Participant]
    present: list[Participant]
    agenda: list[AgendaItem]
    notes: list[Note]
    goals: list[Goal]
    readings: list[ScaleReading]
    all_readings: list[ScaleReading]
    agreements: dict[int, Agreement]
    events: list[AgreementEvent]
    activities: dict[int, list[Activity]] = field(default_factory=dict)
    next_meeting: Meeting | None = None


class MinutesUseCases(UseCases):
    """Mixed into `Store`: minutes and plan exports."""

    # -- minutes ---------------------------------------------------------------
    def minutes_markdown(self, meeting_id: int, audience: Audience | str = Audience.AUTHORITY) -> str:
        """The minutes for `audience`: for a closed meeting exactly the frozen text, plus addenda."""
        aud = to_audience(audience)
        meeting = self.db.get(Meeting, meeting_id)
        frozen = self.frozen_minutes(meeting_id, aud)
        if meeting.status is MeetingStatus.CLOSED and frozen is not None:
            return frozen.text + self._addenda_markdown(meeting_id, aud)
        return self.render_minutes(meeting_id, aud)

    def minutes_title(self, meeting_id: int) -> str:
        """'Referat: Borgermøde 29-10-2026' (the HTML title and the preview's heading)."""
        meeting = self.db.get(Meeting, meeting_id)
        kind = self.catalog.meeting_kinds.get(meeting.kind)
        return f"Referat: {kind.name if kind else meeting.kind} {format_date(meeting.date)}"

    def minutes_html(self, meeting_id: int, audience: Audience | str = Audience.AUTHORITY) -> str:
        """`minutes_markdown` rendered as a small printable HTML document."""
        return markdown_to_html(self.minutes_markdown(meeting_id, audience), self.minutes_title(meeting_id))

    def frozen_minutes(self, meeting_id: int, audience: Audience | str) -> FrozenMinutes | None:
        aud = to_audience(audience)
        rows = self.db.select(
            FrozenMinutes, "meeting_id = ? AND audience = ?", (meeting_id, aud.value), order_by="id"
        )
        return rows[0] if rows else None

    def on_meeting_closed(self, meeting_id: int) -> None:
        """Freeze the minutes of every audience (inside the closing transaction)."""
        super().on_meeting_closed(meeting_id)
        at = now()
        for aud in Audience:
            if self.frozen_minutes(meeting_id, aud) is not None:
                continue
            text = self.render_minutes(meeting_id, aud)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            self.db.insert(
                FrozenMinutes(meeting_id=meeting_id, audience=aud, text=text, sha256=digest, created_at=at)
            )

    def _addenda_markdown(self, meeting_id: int, aud: Audience) -> str:
        out: list[str] = []
        for ad in self.db.select(Addendum, "meeting_id = ?", (meeting_id,), order_by="created_at, id"):
            # Addenda carry no sharing flags today; fields added later are honoured.
            private = bool(getattr(ad, "private", False))
            shared = bool(getattr(ad, "shared_with_relatives", False))
            vis = _Visibility(aud, {})
            if not vis.item(private, shared):
                continue
            out.append(f"\n## Tillæg {format_date(ad.created_at.date())}\n\n{inline(ad.text)}\n")
        return "".join(out)

    def _minutes_context(self, meeting_id: int) -> _Ctx:
        meeting = self.db.get(Meeting, meeting_id)
        plan = self.db.get(Plan, meeting.plan_id)
        assert plan.id is not None
        citizen = self.db.get(Citizen, plan.citizen_id)
        kind = self.catalog.meeting_kinds.get(meeting.kind)
        people = {p.id: p for p in self.db.select(Participant, "plan_id = ?", (plan.id,)) if p.id is not None}
        present_ids = [
            int(r["participant_id"])
            for r in self.db.query(
                "SELECT participant_id FROM meeting_participant WHERE meeting_id = ? ORDER BY id", (meeting_id,)
            )
        ]
        goals = self.db.select(Goal, "plan_id = ?", (plan.id,), order_by="position, id")
        gids = [g.id for g in goals if g.id is not None]
        readings: list[ScaleReading] = []
        all_readings: list[ScaleReading] = []
        activities: dict[int, list[Activity]] = {gid: [] for gid in gids}
        if gids:
            marks = ",".join("?" for _ in gids)
            readings = self.db.select(
                ScaleReading, f"meeting_id = ? AND goal_id IN ({marks})", [meeting_id, *gids], order_by="date, id"
            )
            # The history needed for "change since last time": each reading's previous one by the same
            # person (one indexed look-up each, not the plan's whole history).
            all_readings = list(readings)
            for r in readings:
                all_readings += self.db.select(
                    ScaleReading,
                    "goal_id = ? AND participant_id IS ? AND (date < ? OR (date = ? AND id < ?))",
                    (r.goal_id, r.participant_id, r.date.isoformat(), r.date.isoformat(), r.id or 0),
                    order_by="date DESC, id DESC LIMIT 1",
                )
            for act in self.db.select(Activity, f"goal_id IN ({marks})", gids, order_by="position, id"):
                activities[act.goal_id].append(act)
        agreements = {
            a.id: a for a in self.db.select(Agreement, "plan_id = ?", (plan.id,), order_by="position, id")
            if a.id is not None
        }
        events = self.db.select(AgreementEvent, "meeting_id = ?", (meeting_id,), order_by="at, id")
        next_meeting = None
        if meeting.next_meeting_date is not None:
            later = self.db.select(
                Meeting, "plan_id = ? AND date = ? AND id != ?",
                (plan.id, meeting.next_meeting_date.isoformat(), meeting_id), order_by="time, id",
            )
            next_meeting = later[0] if later else None
        return _Ctx(
            meeting=meeting,
            plan=plan,
            citizen=citizen,
            plan_type=self.catalog.plan_type(plan.plan_type),
            kind_name=kind.name if kind else meeting.kind,
            people=people,
            present=[people[i] for i in present_ids if i in people],
            agenda=self.db.select(AgendaItem, "meeting_id = ?", (meeting_id,), order_by="position, id"),
            notes=self.db.select(Note, "meeting_id = ?", (meeting_id,), order_by="created_at, id"),
            goals=goals,
            readings=readings,
            all_readings=all_readings,
            agreements=agreements,
            events=events,
            activities=activities,
            next_meeting=next_meeting,
        )

    def render_minutes(self, meeting_id: int, audience: Audience | str = Audience.AUTHORITY) -> str:
        """A fresh rendering of the minutes from the database (never the frozen text)."""
        aud = to_audience(audience)
        ctx = self._minutes_context(meeting_id)
        vis = _Visibility(aud, {g.id: g for g in ctx.goals if g.id is not None})
        w = PLAIN if aud is Audience.CITIZEN else FORMAL
        citizen_ids = {pid for pid, p in ctx.people.items() if p.role is Role.CITIZEN}

        def who(pid: int | None) -> str:
            if pid is None:
                return w.agreed_value
            if aud is Audience.CITIZEN and pid in citizen_ids:
                return "Du"
            p = ctx.people.get(pid)
            return inline(p.name) if p else "?"

        m = ctx.meeting
        out: list[str] = [f"# Referat: {inline(ctx.kind_name)}", ""]
        out += _header_lines(ctx, aud)
        if m.status is not MeetingStatus.CLOSED:
            out += ["", "*Udkast: mødet er ikke afsluttet endnu.*"]

        # Participants
        out += ["", f"## {w.participants}", ""]
        if ctx.present:
            for p in ctx.present:
                you = " (dig)" if aud is Audience.CITIZEN and p.id in citizen_ids else ""
                org = f", {inline(p.organisation)}" if p.organisation.strip() else ""
                out.append(f"- {inline(p.name)}{you}: {ROLE_DA[p.role]}{org}")
        else:
            out.append(w.none)

        # Agenda and what was said per item
        items = [i for i in ctx.agenda if vis.item(i.private, True)]
        out += ["", f"## {w.agenda}", ""]
        if items:
            out += [f"{n}. {inline(i.title)}{vis.mark(i.private)}" for n, i in enumerate(items, start=1)]
        else:
            out.append(w.none)
        out += ["", f"## {w.items}", ""]
        written = False
        for n, i in enumerate(items, start=1):
            show = vis.item(i.private, i.shared_with_relatives)
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
        shown_notes = [x for x in ctx.notes if vis.item(x.private, x.shared_with_relatives) and vis.goal(x.goal_id)]
        out += [f"## {w.notes}", ""]
        out += [f"- {inline(x.text)}{vis.mark(x.private)}" for x in shown_notes] or [w.none]

        # Scale readings
        out += ["", f"## {w.readings}", ""]
        readings = [r for r in ctx.readings if vis.goal(r.goal_id) and vis.item(r.private, True)]
        if readings:
            goal_by_id = vis.goals
            previous = previous_scores(ctx.all_readings)
            rows = []
            previous_goal: int | None = None
            for r in readings:
                g = goal_by_id.get(r.goal_id)
                gtext = (inline(g.text) + vis.mark(g.private)) if g else "?"
                if r.goal_id == previous_goal:
                    gtext = ""  # the goal is named once, on its first row (easier to read)
                previous_goal = r.goal_id
                rows.append([gtext, who(r.participant_id), f"{r.score}", _change(r, previous, w)])
            out.append(table([w.readings_goal, "Hvem", "Tal" if aud is Audience.CITIZEN else "Score",
                              w.readings_change], rows).rstrip("\n"))
            out += ["", w.scale_note]
        else:
            out.append(w.none)

        # Agreements
        new, carried, done, cancelled = _split_agreements(ctx)
        if aud is Audience.CITIZEN:
            mine = [a for a, _ in new + carried if a.who_id in citizen_ids
                    and a.status is AgreementStatus.OPEN]
            out += ["", "## Det skal du gøre, og hvornår", ""]
            if mine:
                for a in mine:
                    when = (f"{when_text(None, a.repeat).capitalize()}: " if a.repeat
                            else f"Senest {format_date(a.due_date)}: " if a.due_date else "")
                    out.append(f"- {when}{inline(a.what)}")
            else:
                out.append("Du har ingen nye opgaver fra dette møde.")
        out += ["", f"## {w.agreements}"]
        for title, group in ((w.new, new), (w.carried, carried), (w.done, done), (w.cancelled, cancelled)):
            shown = [(a, st) for a, st in group if vis.agreement(a)]
            out += ["", f"### {title}", ""]
            if shown:
                rows = [[who(a.who_id), _what(a, vis), when_text(a.due_date, a.repeat) or "–", st] for a, st in shown]
                out.append(table(AGREEMENT_HEADER, rows).rstrip("\n"))
            else:
                out.append(w.none)

        # Goals evaluated
        out += ["", f"## {w.evaluated}", ""]
        touched = _touched_goals(ctx)
        evaluated = [g for g in ctx.goals if g.id in touched and g.evaluation.strip() and vis.goal(g.id)]
        if evaluated:
            for g in evaluated:
                out += [f"### {inline(g.text)}{vis.mark(g.private)}", "", inline(g.evaluation), ""]
            out.pop()
        else:
            out.append(w.no_evaluation)

        if aud is Audience.AUTHORITY:
            out += ["", f"## Planens krav: {inline(ctx.plan_type.name)}", ""]
            out.append(table(("Krav", "Indhold"), self._required_rows(ctx)).rstrip("\n"))
        if aud is Audience.DAY_SERVICE:
            out += self._smtte_section(ctx, vis)
            out += self._day_service_agreements(ctx, vis)

        # Next meeting
        out += ["", f"## {w.next}", ""]
        out.append(_next_meeting_text(ctx, self.catalog.meeting_kinds))
        return "\n".join(out) + "\n"

    def _smtte_section(self, ctx: _Ctx, vis: _Visibility) -> list[str]:
        out = ["", "## SMTTE for hvert mål"]
        goals = [g for g in ctx.goals if g.status is GoalStatus.ACTIVE and vis.goal(g.id)]
        if not goals:
            return out + ["", "Ingen aktive mål."]
        for g in goals:
            out += ["", f"### {inline(g.text)}", ""]
            out.append(table(("SMTTE", "Indhold"), [
                ["Sammenhæng", inline(g.smtte_context) or "mangler"],
                ["Mål", inline(g.text)],
                ["Tegn", inline(g.smtte_signs) or "mangler"],
                ["Tiltag", inline(g.smtte_actions) or "mangler"],
                ["Evaluering", inline(g.smtte_evaluation) or "mangler"],
                ["Næste SMTTE", format_date(g.smtte_due) or "ikke fastsat"],
            ]).rstrip("\n"))
            seen = self._signs_since_last_meeting(ctx, g, vis)
            if seen:
                out += ["", "Tegn observeret siden sidste møde:", ""]
                for o in seen:
                    by = f" ({inline(o.observer)})" if o.observer.strip() else ""
                    out.append(f"- {format_date(o.date)}: {inline(o.text)}{by}")
        return out

    def _signs_since_last_meeting(self, ctx: _Ctx, goal: Goal, vis: _Visibility) -> list[Observation]:
        """Observations of `goal` after the previous meeting, up to this meeting's date."""
        m = ctx.meeting
        earlier = self.db.select(
            Meeting, "plan_id = ? AND id != ? AND date < ?", (m.plan_id, m.id, m.date.isoformat()),
            order_by="date DESC, id DESC",
        )
        since = earlier[0].date if earlier else None
        found = self.db.select(Observation, "goal_id = ? AND date <= ?", (goal.id, m.date.isoformat()),
                               order_by="date, id")
        return [o for o in found if (since is None or o.date > since) and vis.item(o.private, True)]

    def _day_service_agreements(self, ctx: _Ctx, vis: _Visibility) -> list[str]:
        ours = [
            a for a in ctx.agreements.values()
            if a.status is AgreementStatus.OPEN and vis.agreement(a)
            and (p := ctx.people.get(a.who_id)) is not None and p.role is Role.DAY_SERVICE
        ]
        out = ["", "## Det står dagtilbuddet for", ""]
        if not ours:
            return out + ["Ingen åbne aftaler."]
        rows = [[inline(ctx.people[a.who_id].name), _what(a, vis), when_text(a.due_date, a.repeat) or "–",
                 AGREEMENT_STATUS_DA[a.status]] for a in ours]
        return out + [table(AGREEMENT_HEADER, rows).rstrip("\n")]

    def _required_rows(self, ctx: _Ctx) -> list[list[str]]:
        """Each required part of the plan type with its content, or "mangler" and what is missing."""
        results = check_parts(ctx.plan_type, ctx.plan, ctx.citizen, ctx.goals, ctx.activities)
        rows = []
        for res in results:
            if res.ok:
                content = _part_content(res.code, ctx)
            else:
                content = "**mangler**" + (": " + "; ".join(inline(d) for d in res.details) if res.details else "")
            rows.append([inline(res.label), content])
        return rows

    # -- the plan ----------------------------------------------------------------
    def plan_markdown(
        self, citizen_id: int, audience: Audience | str = Audience.AUTHORITY, *, today: date | None = None
    ) -> str:
        """The citizen's plan as Markdown: goal, values, goals with SMART, agreements, progression."""
        aud = to_audience(audience)
        day = today or clock.today()
        citizen = self.db.get(Citizen, citizen_id)
        plans = self.db.select(Plan, "citizen_id = ?", (citizen_id,), order_by="id DESC")
        if not plans or plans[0].id is None:
            raise InputError("citizen_id", f"Borger nr. {citizen_id} har ingen plan.")
        plan = plans[0]
        assert plan.id is not None
        pt = self.catalog.plan_type(plan.plan_type)
        people = {p.id: p for p in self.db.select(Participant, "plan_id = ?", (plan.id,)) if p.id is not None}
        goals = self.db.select(Goal, "plan_id = ?", (plan.id,), order_by="position, id")
        vis = _Visibility(aud, {g.id: g for g in goals if g.id is not None})
        shown_goals = [g for g in goals if vis.goal(g.id)]
        gids = [g.id for g in shown_goals if g.id is not None]
        readings: dict[int, list[ScaleReading]] = {gid: [] for gid in gids}
        activities: dict[int, list[tuple[str, str, str, str]]] = {gid: [] for gid in gids}
        if gids:
            marks = ",".join("?" for _ in gids)
            for r in self.db.select(ScaleReading, f"goal_id IN ({marks})", gids, order_by="date, id"):
                readings[r.goal_id].append(r)
            for row in self.db.query(
                f"SELECT goal_id, text, who, place, short_term_aim FROM activity WHERE goal_id IN ({marks}) "
                "ORDER BY position, id", gids,
            ):
                activities[row["goal_id"]].append((row["text"], row["who"], row["place"], row["short_term_aim"]))
        citizen_ids = {pid for pid, p in people.items() if p.role is Role.CITIZEN}

        def who(pid: int | None) -> str:
            if pid is None:
                return "Fælles vurdering"
            p = people.get(pid)
            return inline(p.name) if p else "?"

        label = pt.label
        out = [f"# {inline(label('plan', 'Plan'))}: {inline(citizen.name)}", ""]
        to = AUDIENCE_DA[aud]
        out += [f"- **Til:** {to}", f"- **Plantype:** {inline(pt.name)}"]
        if plan.start_date or plan.end_date:
            out.append(f"- **Periode:** {format_date(plan.start_date) or '–'} til {format_date(plan.end_date) or '–'}")
        out.append(f"- **Dato:** {format_date_long(day)}")

        if aud is not Audience.RELATIVE:
            out += ["", f"## {inline(label('overall_goal', 'Overordnet mål'))}", ""]
            out.append(inline(plan.overall_goal) or "mangler")
            out += ["", f"Niveau: {GOAL_LEVEL_DA[plan.goal_level]}"]
            out += ["", "## Værdier og styrker", ""]
            out.append(f"- **Værdier:** {inline(citizen.values) or 'ikke skrevet'}")
            out.append(f"- **Styrker:** {inline(citizen.strengths) or 'ikke skrevet'}")
            out += ["", "## Mentor", ""]
            if citizen.mentor_needed:
                out.append(f"Behov for mentor. Rolle og opgaver: {inline(citizen.mentor_role) or 'mangler'}")
            else:
                out.append("Intet behov for mentor.")

        out += ["", f"## {inline(label('sub_goal', 'Delmål'))}"]
        for area in Area:
            in_area = [g for g in shown_goals if g.area is area]
            if not in_area:
                continue
            out += ["", f"### {AREA_DA[area]}"]
            for g in in_area:
                out += ["", f"#### {inline(g.text)}{vis.mark(g.private)}", ""]
                out.append(f"- **Status:** {GOAL_STATUS_DA[g.status]}")
                if g.rationale.strip():
                    out.append(f"- **Begrundelse:** {inline(g.rationale)}")
                if g.start_date or g.end_date:
                    out.append(f"- **Periode:** {format_date(g.start_date) or '–'} til {format_date(g.end_date) or '–'}")
                out.append(f"- **SMART:** {_smart_status(g)}")
                for text, by, place, aim in activities.get(g.id or 0, []):
                    bits = [inline(text)]
                    if by.strip():
                        bits.append(f"hvem: {inline(by)}")
                    if place.strip():
                        bits.append(f"hvor: {inline(place)}")
                    if aim.strip():
                        bits.append(f"kortsigtet mål: {inline(aim)}")
                    out.append(f"- **Aktivitet:** {'; '.join(bits)}")
        if not shown_goals:
            out += ["", "Ingen delmål."]

        out += ["", "## Aftaler", ""]
        agreements = [a for a in self.db.select(Agreement, "plan_id = ?", (plan.id,), order_by="position, id")
                      if vis.agreement(a)]
        if agreements:
            rows = []
            for a in agreements:
                status = AGREEMENT_STATUS_DA[a.status]
                if a.status is AgreementStatus.OPEN and a.due_date and a.due_date < day:
                    status = "Overskredet"
                if a.status is AgreementStatus.CANCELLED and a.cancel_reason.strip():
                    status += f": {inline(a.cancel_reason)}"
                if a.carried_over:
                    status += f" (videreført {a.carried_over} gang{'e' if a.carried_over > 1 else ''})"
                name = "Du" if aud is Audience.CITIZEN and a.who_id in citizen_ids else who(a.who_id)
                rows.append([name, _what(a, vis), when_text(a.due_date, a.repeat) or "–", status])
            out.append(table(AGREEMENT_HEADER, rows).rstrip("\n"))
        else:
            out.append("Ingen.")

        out += ["", "## Progression"]
        for g in shown_goals:
            rs = [r for r in readings.get(g.id or 0, []) if vis.item(r.private, True)]
            out += ["", f"### {inline(g.text)}", ""]
            if g.scale_anchor.strip():
                out += [f"Skalaen: {inline(g.scale_anchor)}", ""]
            if not rs:
                out.append("Ingen målinger endnu.")
                continue
            previous = previous_scores(rs)
            rows = [[format_date(r.date), who(r.participant_id), str(r.score), _change(r, previous, FORMAL)] for r in rs]
            out.append(table(("Dato", "Hvem", "Score", "Ændring"), rows).rstrip("\n"))
        if not shown_goals:
            out += ["", "Ingen delmål."]
        return "\n".join(out) + "\n"


# -- pure helpers -----------------------------------------------------------------
def _header_lines(ctx: _Ctx, aud: Audience) -> list[str]:
    m = ctx.meeting
    roles = {Audience.CITIZEN: Role.CITIZEN, Audience.AUTHORITY: Role.AUTHORITY,
             Audience.DAY_SERVICE: Role.DAY_SERVICE, Audience.RELATIVE: Role.RELATIVE}
    names = [p.name for p in ctx.people.values() if p.role is roles[aud] and p.active]
    to = AUDIENCE_DA[aud] + (f" ({inline(', '.join(names))})" if names else "")
    when = format_date_long(m.date) + (f", kl. {m.time}" if m.time else "")
    lines = [
        f"- **Til:** {to}",
        f"- **Borger:** {inline(ctx.citizen.name)}",
        f"- **Dato:** {when}",
        f"- **Møde nr.:** {m.id}",
        f"- **Sted:** {inline(m.place) or 'ikke angivet'}",
        f"- **Plan:** {inline(ctx.plan_type.name)}",
    ]
    return lines


def _what(a: Agreement, vis: _Visibility) -> str:
    text = inline(a.what)
    if a.target_from is not None and a.target_to is not None:
        text += f" (fra {a.target_from} til {a.target_to})"
    return text + vis.mark(a.private)


def _split_agreements(
    ctx: _Ctx,
) -> tuple[list[tuple[Agreement, str]], list[tuple[Agreement, str]], list[tuple[Agreement, str]],
           list[tuple[Agreement, str]]]:
    """New (made here), carried over, done and cancelled in this meeting, each with its status text."""
    last: dict[int, AgreementEvent] = {}
    for e in ctx.events:
        if e.decision is not Decision.CREATED:
            last[e.agreement_id] = e
    new: list[tuple[Agreement, str]] = []
    carried: list[tuple[Agreement, str]] = []
    done: list[tuple[Agreement, str]] = []
    cancelled: list[tuple[Agreement, str]] = []
    for aid, a in ctx.agreements.items():
        ev = last.get(aid)
        if ev is None:
            if a.meeting_id == ctx.meeting.id:
                new.append((a, "Ny"))
            continue
        n = a.carried_over
        times = f" (videreført {n} gang{'e' if n != 1 else ''})" if n > 0 else ""
        if ev.decision is Decision.DONE:
            done.append((a, "Udført" + (f" {format_date(a.done_at)}" if a.done_at else "")))
        elif ev.decision is Decision.CANCELLED:
            cancelled.append((a, f"Droppet: {inline(ev.reason or a.cancel_reason) or 'ingen begrundelse'}"))
        elif ev.decision is Decision.CHANGED:
            before = f" (før: {inline(ev.old_what)})" if ev.old_what and ev.old_what != ev.new_what else ""
            carried.append((a, f"Ændret{before}{times}"))
        elif ev.decision is Decision.CONTINUED:
            carried.append((a, f"Fortsættes{times}"))
        elif a.meeting_id == ctx.meeting.id:
            new.append((a, "Ny"))
    return new, carried, done, cancelled


def _touched_goals(ctx: _Ctx) -> set[int]:
    ids = {r.goal_id for r in ctx.readings}
    ids |= {x.goal_id for x in ctx.notes if x.goal_id is not None}
    for e in ctx.events:
        a = ctx.agreements.get(e.agreement_id)
        if a is not None and a.goal_id is not None:
            ids.add(a.goal_id)
    return ids


def _change(r: ScaleReading, previous: Mapping[int, int], w: Words) -> str:
    """Change since the previous reading of the same goal by the same person (`previous_scores`)."""
    before = previous.get(r.id) if r.id is not None else None
    if before is None:
        return w.first_reading
    delta = r.score - before
    sign = "+" if delta > 0 else ("±" if delta == 0 else "−")
    return f"{sign}{abs(delta)} (fra {before})"


def _smart_status(g: Goal) -> str:
    items = smart_status(g)
    answered = [f"{i.letter} ({i.name.lower()})" for i in items if i.answered]
    missing = [f"{i.letter} ({i.name.lower()})" for i in items if not i.answered]
    if not missing:
        return "alle fem spørgsmål er besvaret"
    if not answered:
        return "ingen spørgsmål besvaret endnu"
    return f"besvaret: {', '.join(answered)}; åbne: {', '.join(missing)}"


def _part_content(code: str, ctx: _Ctx) -> str:
    """What the plan holds for one required part, or 'mangler'."""
    plan, citizen = ctx.plan, ctx.citizen
    active = [g for g in ctx.goals if g.status is GoalStatus.ACTIVE]

    def text_or_missing(value: str) -> str:
        return inline(value) or "mangler"

    def goals_missing(pred_ok: list[bool], goals: list[Goal]) -> str:
        missing = [g for g, ok in zip(goals, pred_ok) if not ok]
        if not goals:
            return "mangler"
        if not missing:
            return "opfyldt"
        return "mangler for: " + "; ".join(inline(g.text) for g in missing)

    if code == "overall_goal":
        return text_or_missing(plan.overall_goal)
    if code == "goal_level":
        return GOAL_LEVEL_DA[plan.goal_level]
    if code == "sub_goals":
        return f"{len(active)} aktive delmål" if active else "mangler"
    if code == "sub_goal_rationale":
        return goals_missing([bool(g.rationale.strip()) for g in active], active)
    if code == "activities_aim":
        return "se planen" if active else "mangler"
    if code == "stabilising":
        n = sum(1 for g in active if g.area in (Area.HEALTH, Area.SOCIAL))
        return f"{n} delmål i sundhed/socialt" if n else "mangler"
    if code == "follow_up":
        if plan.follow_up.strip():
            return inline(plan.follow_up)
        return f"næste møde {format_date(ctx.meeting.next_meeting_date)}" if ctx.meeting.next_meeting_date else "mangler"
    if code == "mentor":
        if not citizen.mentor_needed:
            return "vurderet: intet behov"
        return f"behov; rolle: {text_or_missing(citizen.mentor_role)}"
    if code in ("purpose", "support_needed", "expected_duration", "other_matters", "order_text"):
        return text_or_missing(str(getattr(plan, code)))
    if code == "made_with_citizen":
        return "ja" if plan.made_with_citizen else "mangler"
    if code == "smtte":
        return goals_missing([bool(g.smtte_context.strip() and g.smtte_signs.strip() and g.smtte_actions.strip())
                              for g in active], active)
    if code == "order_link":
        return goals_missing([g.order_goal_id is not None for g in active], active)
    return "kan ikke vurderes automatisk"


def _next_meeting_text(ctx: _Ctx, kinds: Mapping[str, MeetingKind]) -> str:
    m = ctx.meeting
    if m.next_meeting_date is None:
        return "Ikke fastsat."
    text = format_date_long(m.next_meeting_date)
    nm = ctx.next_meeting
    if nm is not None:
        kind = kinds.get(nm.kind)
        text += f": {inline(kind.name if kind else nm.kind)}"
        if nm.time:
            text += f", kl. {nm.time}"
        if nm.place.strip():
            text += f", {inline(nm.place)}"
    return text + "."


# -- HTML -------------------------------------------------------------------------
_CSS = """
body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; max-width: 48em; margin: 2em auto;
       padding: 0 1em; line-height: 1.45; color: #111; }
h1 { font-size: 1.6em; border-bottom: 2px solid #333; padding-bottom: .2em; }
h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 1.05em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; }
th, td { border: 1px solid #888; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #eee; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2, h3 { page-break-after: avoid; }
  tr, li { page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
""".strip()


def markdown_to_html(md: str, title: str) -> str:
    """A complete small HTML document (raw HTML in the Markdown is not rendered)."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(md)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="da">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>\n{_CSS}\n</style>\n</head>\n"
        f"<body>\n{body}</body>\n</html>\n"
    )
