"""The four-step scaling talk per goal (borgermøde), saved as that goal's scaling answers at this meeting.

1 the goal is 10, what 10 looks like, and where the citizen is now (s: a score,
round the table, the citizen first) · 2 what works, what has got them there ·
3 what it would look like if they were worse off · 4 what would move them one
step, and the next step's score, proposed as now + 1 ("ét trin ad gangen") and
editable (t writes the talk's answers, one form) · a a progression agreement
("fra 4 til 5") · e the goal's evaluation (vurdering), kept as history · q SMART.
"""
from __future__ import annotations

from typing import Any

from rich.text import Text

from screens.forms import Field
from screens.i18n import t
from store.enums import Role
from store.models import GoalEvaluation, ScalingAnswers
from store.rules import spread
from store.smart import smart_status

from ..context import MeetingContext, short
from .agreements import new_agreement
from .base import Part, PartKey, Row, register
from .lines import agreement_line, goal_row, readings_record


def answers_of(ctx: MeetingContext, goal_id: int) -> ScalingAnswers | None:
    """The goal's scaling answers at this meeting (None before any was written)."""
    found = ctx.store.scaling_answers(goal_id, ctx.meeting_id)
    return found[-1] if found else None


def evaluations_here(ctx: MeetingContext, goal_id: int) -> list[GoalEvaluation]:
    """The goal's evaluations written at this meeting."""
    return [e for e in ctx.store.goal_evaluations(goal_id) if e.meeting_id == ctx.meeting_id]


def _answer(out: Text, text: str) -> None:
    if text.strip():
        out.append("   " + text.strip().replace("\n", "\n   ") + "\n")
    else:
        out.append(t("meet.scale.unanswered") + "\n", style="dim")


def talk_record(ctx: MeetingContext) -> Text:
    """On a closed meeting: each goal's scaling answers and evaluations written in it."""
    out = Text()
    for goal in ctx.goals():
        if goal.id is None:
            continue
        answers = answers_of(ctx, goal.id)
        evaluations = evaluations_here(ctx, goal.id)
        if answers is None and not evaluations:
            continue
        out.append(f"{t('meet.closed.talk')}: ", style="bold")
        out.append(short(goal.text, 50) + "\n")
        if answers is not None:
            for label, value in ((t("meet.dialog.ten"), answers.ten), (t("meet.dialog.works"), answers.works),
                                 (t("meet.dialog.worse"), answers.worse),
                                 (t("meet.dialog.next_step"), answers.next_step)):
                out.append(f"   {label}: ", style="dim")
                out.append((value or "–") + "\n")
            if answers.target is not None:
                out.append(t("meet.scale.target", target=answers.target) + "\n", style="cyan")
        for e in evaluations:
            out.append(f"   {t('meet.closed.evaluations')}: ", style="dim")
            out.append(e.text + "\n")
    return out


@register
class ScalingPart(Part):
    name = "scaling"
    ONE_LINE_ROWS = True
    KEYS = (
        PartKey("s", "score", "meet.key.score"),
        PartKey("t", "talk", "meet.key.talk"),
        PartKey("a", "agreement", "meet.key.agreement"),
        PartKey("e", "evaluate", "meet.key.evaluate"),
        PartKey("q", "smart", "meet.key.smart"),
    )

    def rows(self) -> list[Row]:
        return [(g, goal_row(g)) for g in self.ctx.goals()]

    def body(self) -> Text:
        goal = self.host.highlighted_goal()
        if goal is None or goal.id is None:
            return Text(t("meet.scale.no_goals"))
        ctx = self.ctx
        answers = answers_of(ctx, goal.id)
        out = Text()
        # 1: the goal is 10, what 10 looks like, where the citizen is now
        out.append(t("meet.scale.step1"), style="bold")
        out.append(goal.text + "\n")
        ten = (answers.ten if answers else "") or goal.scale_anchor
        if ten:
            out.append(t("meet.scale.ten"), style="dim")
            out.append(ten + "\n")
        else:
            out.append(t("meet.scale.no_ten") + "\n", style="dim")
        out.append(t("meet.scale.now") + "\n", style="bold")
        readings = [r for r in ctx.store.meeting_readings(ctx.meeting_id) if r.goal_id == goal.id]
        citizen = ctx.citizen_participant()
        if not readings:
            out.append(t("meet.scale.none_yet") + "\n", style="dim")
        for r in readings:
            who = ctx.name_of(r.participant_id) if r.participant_id else t("meet.scale.citizen")
            style = "bold" if citizen and r.participant_id == citizen.id else ""
            out.append(f"   {who}: ", style=style)
            out.append(f"{r.score}/10\n", style="bold cyan")
        sp = spread(readings)
        if sp and len(readings) > 1:
            out.append(t("meet.scale.spread", low=sp[0], high=sp[1]) + "\n", style="dim")
        # 2, 3: what works; what worse would look like
        out.append(t("meet.scale.step2") + "\n", style="bold")
        _answer(out, answers.works if answers else "")
        out.append(t("meet.scale.step3") + "\n", style="bold")
        _answer(out, answers.worse if answers else "")
        # 4: one step up, the next step's score, and the agreements that take it
        out.append(t("meet.scale.step4") + "\n", style="bold")
        _answer(out, answers.next_step if answers else "")
        if answers is not None and answers.target is not None:
            out.append(t("meet.scale.target", target=answers.target) + "\n", style="bold cyan")
        else:
            proposal = ctx.store.propose_one_step(goal.id, ctx.meeting_id)
            if proposal is None:
                out.append(t("meet.scale.no_proposal") + "\n", style="dim")
            else:
                out.append(t("meet.scale.proposal", target=proposal) + "\n", style="cyan")
        for a in ctx.store.meeting_agreements(ctx.meeting_id):
            if a.goal_id == goal.id and ctx.shows(a):
                out.append(agreement_line(ctx, a) + "\n")
        # The goal's evaluation (vurdering) at this meeting
        out.append(t("meet.scale.evaluation") + "\n", style="bold")
        evaluations = evaluations_here(ctx, goal.id)
        if not evaluations:
            out.append(t("meet.scale.no_evaluation") + "\n", style="dim")
        for e in evaluations:
            by = ctx.name_of(e.author_id) if e.author_id is not None else t("meet.dialog.author_room")
            out.append(f"   {by}: ", style="bold")
            out.append(e.text + "\n")
        return out

    def record(self) -> Text:
        out = readings_record(self.ctx)
        out.append_text(talk_record(self.ctx))
        return out

    def score(self) -> None:
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        ctx, gid = self.ctx, goal.id
        people = ctx.present()
        citizen = ctx.citizen_participant()
        if citizen is not None and citizen not in people:
            people = [citizen, *people]
        people.sort(key=lambda p: p.role is not Role.CITIZEN)
        scored = {r.participant_id for r in ctx.store.meeting_readings(ctx.meeting_id) if r.goal_id == gid}
        # Round the table: the citizen first, then each person present who has not scored this goal yet.
        who = next((p for p in people if p.id not in scored), people[0] if people else None)
        self.host.ask(
            t("meet.dialog.score_title", goal=short(goal.text, 50)),
            [Field("who", t("meet.dialog.who"), str(who.id) if who else "", kind="choice",
                   options=ctx.people_options(people), aliases=("participant_id",), row="score"),
             Field("score", t("meet.dialog.score"), kind="number", row="score")],
            lambda v: ctx.store.record_scale_reading(
                gid, v["score"].strip() or "", on=ctx.meeting.date, participant_id=int(v["who"]),
                meeting_id=ctx.meeting_id),
        )

    def talk(self) -> None:
        """Steps 1-4 in the citizen's words; the next step's score starts as the proposal (now + 1)."""
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        ctx, gid = self.ctx, goal.id
        answers = answers_of(ctx, gid)
        proposal = ctx.store.propose_one_step(gid, ctx.meeting_id)
        target = answers.target if answers is not None and answers.target is not None else proposal
        fields = [
            Field("ten", t("meet.dialog.ten"), (answers.ten if answers else "") or goal.scale_anchor),
            Field("works", t("meet.dialog.works"), answers.works if answers else ""),
            Field("worse", t("meet.dialog.worse"), answers.worse if answers else ""),
            Field("next_step", t("meet.dialog.next_step"), answers.next_step if answers else ""),
            Field("target", t("meet.dialog.target"), "" if target is None else str(target), kind="number"),
        ]
        intro = (t("meet.dialog.talk_intro", target=proposal) if proposal is not None
                 else t("meet.dialog.talk_intro_none"))

        def submit(v: dict[str, Any]) -> ScalingAnswers:
            return ctx.store.save_scaling_answers(gid, ctx.meeting_id, ten=v["ten"], works=v["works"],
                                                  worse=v["worse"], next_step=v["next_step"], target=v["target"])

        self.host.ask(t("meet.dialog.talk", goal=short(goal.text, 50)), fields, submit, intro=intro)

    def agreement(self) -> None:
        goal = self.host.highlighted_goal()
        answers = answers_of(self.ctx, goal.id) if goal is not None and goal.id is not None else None
        new_agreement(self.host, who=self.ctx.citizen_participant(),
                      target=answers.target if answers is not None else None)

    def evaluate(self) -> None:
        """The goal's evaluation (vurdering) at this meeting: dated, by whom; earlier ones are kept."""
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        ctx, gid = self.ctx, goal.id
        citizen = ctx.citizen_participant()
        authors = [(t("meet.dialog.author_room"), "")] + ctx.people_options(ctx.participants())
        fields = [
            Field("text", t("meet.dialog.evaluation"), kind="multiline"),
            Field("author", t("meet.dialog.author"), str(citizen.id) if citizen else "", kind="choice",
                  options=authors, aliases=("author_id",)),
        ]
        self.host.ask(t("meet.dialog.evaluate", goal=short(goal.text, 50)), fields,
                      lambda v: ctx.store.evaluate_goal(gid, v["text"], meeting_id=ctx.meeting_id,
                                                        author_id=int(v["author"]) if v["author"] else None),
                      intro=t("meet.dialog.evaluate_intro"))

    def smart(self) -> None:
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        gid = goal.id
        fields = [Field(i.field, f"{i.letter} · {i.name}: {i.question}", i.answer) for i in smart_status(goal)]
        self.host.ask(t("meet.dialog.smart", goal=short(goal.text, 50)), fields,
                      lambda v: self.ctx.store.update_goal(gid, **v), record=goal)
