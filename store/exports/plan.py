"""The plan copy as Markdown, for one audience: a pure renderer that follows the plan type.

The copy holds the parts the plan type's catalogue entry requires, in its
order and with its headings (§141: formål, indsats, varighed, andre forhold,
bestilling; the SMTTE plan: SMTTE per goal with its rounds and the log of
signs; the indsatsdel: the employment goal, the sub-goals with rationale and
activities, the stabilising activities, follow-up, mentor), then the goals,
agreements, progression and the plan's notes. A municipality's own part is
shown in the authority's copy with who ticked it off. The citizen's copy is
written to the citizen in plain words throughout (`words.PLAIN_PLAN`). Every
copy can be written in Danish or English (`render_plan(data, audience, lang)`;
`data` then carries the catalogue's words in that language, `gather_plan`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..catalog import RequiredPart
from ..checklist import is_manual
from ..dates import format_date, format_date_long
from ..enums import AgreementStatus, Area, Audience, GoalStatus, Role
from ..markdown_safe import inline, table
from ..rules import previous_scores
from ..repeat import when_text
from ..vocabulary import WORDS, carried_over, word
from ..smart import smart_status
from .gather import PlanData
from .minutes import consent_lines, private_mark, viewer_of
from .phrases import Say
from .required import required_rows, tick_text
from .visibility import Item, PlanField, Viewer, to_audience
from .words import PlanWords, agreement_header, level_plain, plan_words, smart_plain

if TYPE_CHECKING:  # records in (models, or plain rows: row_types.py)
    from ..models import Goal, ScaleReading

_SECTION_OF = {
    "overall_goal": "overall", "goal_level": "overall",
    "sub_goals": "goals", "sub_goal_rationale": "goals", "activities_aim": "goals",
    "order_text": "order", "order_link": "order",
}
"""Parts that share one section of the copy; every other known part is a section of its own."""
_PLAN_TEXT = ("purpose", "support_needed", "expected_duration", "other_matters")


def plan_title(data: PlanData, audience: Audience | str, lang: str = "da") -> str:
    """'Indsatsdel: Nanna Kildegaard' (the citizen's copy: 'Din plan: ...'); also the HTML title."""
    say = Say(lang)
    if to_audience(audience) is Audience.CITIZEN:
        return say("Din plan: {name}", name=data.citizen.name)
    return say("{label}: {name}", label=data.plan_type.label("plan", "Plan"), name=data.citizen.name)


class _PlanCopy:
    """One copy being written (the audience, its language, its words and the one visibility rule)."""

    def __init__(self, data: PlanData, audience: Audience, lang: str = "da") -> None:
        self.data = data
        self.aud = audience
        self.lang = lang
        self.say = Say(lang)
        self.vis: Viewer = viewer_of(data, audience)
        self.plain = audience is Audience.CITIZEN
        self.w: PlanWords = plan_words(self.plain, lang)
        self.citizen_ids = {pid for pid, p in data.people.items() if p.role is Role.CITIZEN}
        self.goals = [g for g in data.goals if self.vis.sees(g)]
        self.out: list[str] = []

    # -- helpers -----------------------------------------------------------------
    def mark(self, item: Item) -> str:
        return private_mark(self.say) if self.vis.mark(item) else ""

    def who(self, pid: int | None) -> str:
        if pid is None:
            return self.say("Det blev vi enige om") if self.plain else self.say("Fælles vurdering")
        if self.plain and pid in self.citizen_ids:
            return self.say("Du")
        return inline(self.vis.person(self.data.people.get(pid), lang=self.lang))

    def heading(self, part: RequiredPart) -> str:
        """The part's heading in this copy (the citizen's own words in the citizen's copy)."""
        return part.citizen_heading if self.plain else part.heading

    def section(self, title: str) -> None:
        self.out += ["", f"## {inline(title)}", ""]

    def plan_fields_visible(self) -> bool:
        return self.vis.sees(PlanField("plan"))

    # -- the copy ------------------------------------------------------------------
    def render(self) -> str:
        d, w = self.data, self.w
        self.out = [f"# {inline(plan_title(d, self.aud, self.lang))}", ""]
        to = inline(d.citizen.name) if self.plain else word(f"audience.{self.aud.value}", self.lang)
        self.out += [f"- **{w.to}:** {to}", f"- **{w.plan_type}:** {inline(d.plan_type.name)}"]
        if d.plan.start_date or d.plan.end_date:
            period = self.say("{a} til {b}", a=format_date(d.plan.start_date) or "–",
                              b=format_date(d.plan.end_date) or "–")
            self.out.append(f"- **{w.period}:** {period}")
        self.out.append(f"- **{w.written}:** {format_date_long(d.day, self.lang)}")
        if self.aud is Audience.RELATIVE:
            self.out += consent_lines(d, w.consent, self.say)

        done: set[str] = set()
        parts = list(d.plan_type.required_parts) + list(d.plan_type.document_parts)
        for part in parts:
            key = "manual:" + part.code if is_manual(part) else _SECTION_OF.get(part.code, part.code)
            if key in done:
                continue
            done.add(key)
            self.part(key, part)
            if key == "overall":
                self.values()
                done.add("values")
        if "values" not in done:
            self.values()
        if "goals" not in done:
            self.goals_section(None)
        self.agreements()
        self.progression()
        self.notes()
        if self.aud is Audience.AUTHORITY:
            self.section(w.required.format(name=d.plan_type.name))
            nxt = d.next_meeting.date if d.next_meeting else None
            header = (self.say("Krav"), self.say("Indhold"))
            self.out.append(table(header, required_rows(d, nxt, self.say)).rstrip("\n"))
        return "\n".join(self.out).rstrip("\n") + "\n"

    def part(self, key: str, part: RequiredPart) -> None:
        """One section for a required (or document) part, if this copy may see it."""
        if key == "goals":
            self.goals_section(part)
            return
        if not self.plan_fields_visible():
            return  # relatives: the plan's own fields are not theirs (their goals come below)
        d, w = self.data, self.w
        plan = d.plan
        if key.startswith("manual:"):
            if self.aud is Audience.AUTHORITY:
                self.section(part.heading)
                tick = d.ticks.get(part.code)
                self.out.append(tick_text(tick, self.say).capitalize() + "." if tick else w.not_ticked)
            return
        if key == "overall":
            title = (self.say("Dit mål") if self.plain
                     else d.plan_type.label("overall_goal", self.say("Overordnet mål")))
            self.section(title)
            self.out.append(inline(plan.overall_goal) or w.missing)
            level = (level_plain(self.lang)[plan.goal_level] if self.plain
                     else word(f"level.{plan.goal_level.value}", self.lang))
            self.out += ["", w.level.format(level=level)]
        elif key in _PLAN_TEXT:
            self.section(self.heading(part))
            self.out.append(inline(str(getattr(plan, key))) or w.missing)
        elif key == "made_with_citizen":
            self.section(self.heading(part))
            self.out.append(w.made_with_yes if plan.made_with_citizen else w.made_with_no)
        elif key == "follow_up":
            self.section(self.heading(part))
            lines = [inline(plan.follow_up)] if plan.follow_up.strip() else []
            if d.next_meeting is not None:
                nm = d.next_meeting
                when = format_date_long(nm.date, self.lang) + (self.say(", kl. {time}", time=nm.time) if nm.time else "")
                lines.append(w.follow_up_next.format(when=f"{when}: {inline(d.next_kind_name)}"))
            self.out += _paragraphs(lines) or [w.missing]
        elif key == "mentor":
            self.section(self.heading(part))
            c = d.citizen
            self.out.append(w.mentor_yes.format(role=inline(c.mentor_role) or w.missing) if c.mentor_needed
                            else w.mentor_no)
        elif key == "stabilising":
            self.section(self.heading(part))
            goals = [g for g in self.goals if g.area in (Area.HEALTH, Area.SOCIAL) and g.status is GoalStatus.ACTIVE]
            if not goals:
                self.out.append(w.stabilising_none)
            for g in goals:
                acts = "; ".join(inline(a.text) for a in d.activities.get(g.id or 0, []))
                lead = self.say("det gør du") if self.plain else self.say("aktiviteter")
                self.out.append(f"- {inline(g.text)}{self.mark(g)}" + (f" ({lead}: {acts})" if acts else ""))
        elif key == "order":
            self.order(part)
        elif key == "smtte":
            self.smtte(part)
        else:  # a known part without a section of its own
            return

    def values(self) -> None:
        if not self.plan_fields_visible():
            return
        c, w = self.data.citizen, self.w
        self.section(w.values)
        self.out.append(f"- **{w.values_line}:** {inline(c.values) or w.not_written}")
        self.out.append(f"- **{w.strengths_line}:** {inline(c.strengths) or w.not_written}")

    def goals_section(self, part: RequiredPart | None) -> None:
        d, w = self.data, self.w
        label = d.plan_type.label("sub_goal", self.say("Delmål"))
        if self.lang == "en" and not label.endswith("s"):  # the heading names them all ("Delmål" is both)
            label += "s"
        title = self.say("Dine {label}", label=label.lower()) if self.plain else label
        self.out += ["", f"## {inline(title)}"]
        for area in Area:
            in_area = [g for g in self.goals if g.area is area]
            if not in_area:
                continue
            self.out += ["", f"### {word(f'area.{area.value}', self.lang)}"]
            for g in in_area:
                self.out += ["", f"#### {inline(g.text)}{self.mark(g)}", ""]
                self.goal_lines(g)
        if not self.goals:
            self.out += ["", w.no_goals]

    def goal_lines(self, g: Goal) -> None:
        d, w, vis = self.data, self.w, self.vis
        self.out.append(f"- **{w.status}:** {word(f'goal_status.{g.status.value}', self.lang)}")
        if g.rationale.strip():
            self.out.append(f"- **{w.rationale}:** {inline(g.rationale)}")
        if g.start_date or g.end_date:
            period = self.say("{a} til {b}", a=format_date(g.start_date) or "–", b=format_date(g.end_date) or "–")
            self.out.append(f"- **{w.goal_period}:** {period}")
        self.out.append(f"- **{w.smart}:** {self.smart_text(g)}")
        for a in d.activities.get(g.id or 0, []):
            bits = [inline(a.text)]
            if a.who.strip():
                bits.append(f"{w.who}: {inline(a.who)}")
            if a.place.strip():
                bits.append(f"{w.where}: {inline(a.place)}")
            if a.short_term_aim.strip():
                bits.append(f"{w.aim}: {inline(a.short_term_aim)}")
            self.out.append(f"- **{w.activity}:** {'; '.join(bits)}")
        for e in d.evaluations.get(g.id or 0, []):
            if not vis.sees(e):
                continue
            if self.plain and e.author_id in self.citizen_ids:
                by = self.say("skrevet af dig")
            else:
                by = self.who(e.author_id) if e.author_id is not None else inline(e.recorded_by)
                by = self.say("skrevet af {who}", who=by) if self.plain else by
            self.out.append(f"- **{w.evaluation.format(date=format_date(e.date))}** ({by}): {inline(e.text)}")
        for c in d.pdsa.get(g.id or 0, []):
            if not vis.sees(c):
                continue
            steps = [f"{name}: {inline(text) or '–'}" for name, text in zip(w.pdsa_parts, (c.plan, c.do, c.study, c.act))]
            self.out.append(f"- **{w.pdsa.format(date=format_date(c.date))}:** {'; '.join(steps)}")

    def smart_text(self, g: Goal) -> str:
        items = smart_status(g)
        missing = [i for i in items if not i.answered]
        say = self.say
        if self.plain:
            if not missing:
                return say("vi har svaret på alle spørgsmålene om målet")
            return say("vi mangler at aftale {what}",
                       what=_and([smart_plain(self.lang)[i.letter] for i in missing], say))
        answered = [f"{i.letter} ({self.smart_name(i.letter, i.name)})" for i in items if i.answered]
        names = [f"{i.letter} ({self.smart_name(i.letter, i.name)})" for i in missing]
        if not names:
            return say("alle fem spørgsmål er besvaret")
        if not answered:
            return say("ingen spørgsmål besvaret endnu")
        return say("besvaret: {answered}; åbne: {open}", answered=", ".join(answered), open=", ".join(names))

    def smart_name(self, letter: str, danish: str) -> str:
        """A SMART letter's name in lower case ("specifikt", in English "specific")."""
        key = f"smart.{letter}"
        return (word(key, self.lang) if key in WORDS else danish).lower()

    def agreements(self) -> None:
        d, w = self.data, self.w
        self.section(w.agreements)
        shown = [a for a in d.agreements if self.vis.sees(a)]
        if not shown:
            self.out.append(w.none)
            return
        rows = []
        for a in shown:
            status = word(f"agreement_status.{a.status.value}", self.lang)
            if a.status is AgreementStatus.OPEN and a.due_date and a.due_date < d.day:
                status = word("agreement.overdue", self.lang)
            if a.status is AgreementStatus.CANCELLED and a.cancel_reason.strip():
                status += f": {inline(a.cancel_reason)}"
            if a.carried_over:
                status += f" ({carried_over(a.carried_over, self.lang)})"
            what = inline(a.what)
            if a.target_from is not None and a.target_to is not None:
                what += self.say(" (fra {a} til {b})", a=a.target_from, b=a.target_to)
            name = (self.say("Du") if self.aud is Audience.CITIZEN and a.who_id in self.citizen_ids
                    else self.who(a.who_id))
            rows.append([name, what + self.mark(a), when_text(a.due_date, a.repeat, self.lang) or "–", status])
        self.out.append(table(agreement_header(self.lang), rows).rstrip("\n"))

    def progression(self) -> None:
        d, w = self.data, self.w
        self.out += ["", f"## {w.progression}"]
        for g in self.goals:
            rs = [r for r in d.readings.get(g.id or 0, []) if self.vis.sees(r)]
            self.out += ["", f"### {inline(g.text)}", ""]
            if g.scale_anchor.strip():
                self.out += [w.anchor.format(anchor=inline(g.scale_anchor)), ""]
            if not rs:
                self.out.append(w.no_readings)
            else:
                self.out.append(table(w.readings_header, self.reading_rows(rs)).rstrip("\n"))
            talks = [s for s in d.scaling.get(g.id or 0, []) if self.vis.sees(s)]
            if talks:
                s = talks[-1]
                mw = tuple(self.say(x) for x in (
                    ("Sådan ser 10 ud for dig", "Det, der hjælper dig", "Hvis det gik dårligere", "Det næste skridt")
                    if self.plain else ("Hvad er 10", "Det, der virker", "Hvis det gik dårligere", "Ét skridt videre")))
                target = self.say(" (mål: {n})", n=s.target) if s.target is not None else ""
                self.out += ["", f"{w.talk.format(date=format_date(s.date))}:", "",
                             f"- **{mw[0]}:** {inline(s.ten) or '–'}",
                             f"- **{mw[1]}:** {inline(s.works) or '–'}",
                             f"- **{mw[2]}:** {inline(s.worse) or '–'}",
                             f"- **{mw[3]}:** {inline(s.next_step) or '–'}{target}"]
        if not self.goals:
            self.out += ["", w.no_goals]

    def reading_rows(self, rs: list[ScaleReading]) -> list[list[str]]:
        previous = previous_scores(rs)
        rows = []
        for r in rs:
            before = previous.get(r.id) if r.id is not None else None
            if before is None:
                change = self.say("Første gang") if self.plain else self.say("Første måling")
            else:
                delta = r.score - before
                sign = "+" if delta > 0 else ("±" if delta == 0 else "−")
                change = self.say("{sign}{n} (fra {before})", sign=sign, n=abs(delta), before=before)
            rows.append([format_date(r.date), self.who(r.participant_id), str(r.score), change])
        return rows

    def notes(self) -> None:
        shown = [n for n in self.data.notes if self.vis.sees(n)]
        if not shown:
            return
        self.section(self.w.notes)
        for n in shown:
            day = f"{format_date(n.created_at.date())}: " if n.created_at else ""
            self.out.append(f"- {day}{inline(n.text)}{self.mark(n)}")

    def order(self, part: RequiredPart) -> None:
        d, w = self.data, self.w
        self.section(self.heading(part))
        self.out.append(inline(d.plan.order_text) or w.missing)
        self.out += ["", w.order_goals, ""]
        if not d.order_goals:
            self.out.append(w.no_order_goals)
        for n, og in enumerate(d.order_goals, start=1):
            served = [inline(g.text) for g in self.goals if g.order_goal_id == og.id]
            tail = f" ({w.served_by.format(goals='; '.join(served))})" if served else ""
            self.out.append(f"{n}. {inline(og.text)}{tail}")

    def smtte(self, part: RequiredPart) -> None:
        d, w = self.data, self.w
        self.section(self.heading(part))
        goals = [g for g in self.goals if g.status is GoalStatus.ACTIVE]
        if not goals:
            self.out.append(w.no_goals)
        for g in goals:
            rounds = [r for r in d.smtte_rounds.get(g.id or 0, []) if self.vis.sees(r)]
            evaluation = rounds[-1].text if rounds else g.smtte_evaluation
            names = w.smtte_rows
            self.out += [f"### {inline(g.text)}{self.mark(g)}", ""]
            header = ((self.say("Om målet"), self.say("Sådan er det")) if self.plain
                      else ("SMTTE", self.say("Indhold")))
            self.out.append(table(header, [
                [names[0], inline(g.smtte_context) or w.missing],
                [names[1], inline(g.text)],
                [names[2], inline(g.smtte_signs) or w.missing],
                [names[3], inline(g.smtte_actions) or w.missing],
                [names[4], inline(evaluation) or w.missing],
                [names[5], format_date(g.smtte_due) or w.smtte_not_set],
            ]).rstrip("\n"))
            if rounds:
                self.out += ["", w.smtte_rounds, ""]
                self.out += [f"- {format_date(r.date)}: {inline(r.text)}" for r in rounds]
            signs = [o for o in d.signs.get(g.id or 0, []) if self.vis.sees(o)]
            self.out += ["", w.signs, ""]
            if not signs:
                self.out.append(w.no_signs)
            for o in signs:
                by = f" ({inline(o.observer)})" if o.observer.strip() else ""
                self.out.append(f"- {format_date(o.date)}: {inline(o.text)}{by}{self.mark(o)}")
            self.out.append("")
        if self.out and self.out[-1] == "":
            self.out.pop()


def _and(items: list[str], say: Say) -> str:
    """'a, b og c' ('a, b and c')."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + say(" og ") + items[-1]


def _paragraphs(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out:
            out.append("")
        out.append(line)
    return out


def render_plan(data: PlanData, audience: Audience | str, lang: str = "da") -> str:
    """The plan copy for `audience` in `lang` ("da" or "en") from the gathered data (pure)."""
    return _PlanCopy(data, to_audience(audience), lang).render()
