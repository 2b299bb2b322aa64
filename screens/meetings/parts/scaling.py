"""The four-step scaling talk per goal (borgermøde).

s score (round the table: the citizen first) · t strengths (step 3, saved to
the plan) · a a progression agreement (step 4, "fra 4 til 6") · q SMART.
"""
from __future__ import annotations

from rich.text import Text

from screens.forms import Field
from screens.i18n import t
from store.enums import Role
from store.rules import spread
from store.smart import smart_status

from ..context import short
from .agreements import new_agreement
from .base import Part, PartKey, Row, register
from .lines import agreement_line, goal_row, readings_record


@register
class ScalingPart(Part):
    name = "scaling"
    ONE_LINE_ROWS = True
    KEYS = (
        PartKey("s", "score", "meet.key.score"),
        PartKey("t", "strengths", "meet.key.strengths"),
        PartKey("a", "agreement", "meet.key.agreement"),
        PartKey("q", "smart", "meet.key.smart"),
    )

    def rows(self) -> list[Row]:
        return [(g, goal_row(g)) for g in self.ctx.goals()]

    def body(self) -> Text:
        goal = self.host.highlighted_goal()
        if goal is None:
            return Text(t("meet.scale.no_goals"))
        ctx = self.ctx
        out = Text()
        out.append(t("meet.scale.step1") + " ", style="bold")
        out.append(goal.text + "\n")
        out.append("   " + (t("meet.scale.anchor", anchor=goal.scale_anchor) if goal.scale_anchor
                            else t("meet.scale.no_anchor")) + "\n", style="dim")
        out.append(t("meet.scale.step2") + "\n", style="bold")
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
        out.append(t("meet.scale.step3") + "\n", style="bold")
        strengths = ctx.store.get_citizen(ctx.citizen_id).strengths
        for line in strengths.splitlines()[-3:]:
            out.append(f"   {short(line, 90)}\n")
        out.append(t("meet.scale.step4") + "\n", style="bold")
        for a in ctx.store.meeting_agreements(ctx.meeting_id):
            if a.goal_id == goal.id:
                out.append(agreement_line(ctx, a) + "\n")
        return out

    def record(self) -> Text:
        return readings_record(self.ctx)

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

    def strengths(self) -> None:
        ctx = self.ctx
        self.host.ask(t("meet.key.strengths"), [Field("text", t("meet.dialog.strength"), aliases=("strengths",))],
                      lambda v: ctx.store.add_strength(ctx.citizen_id, v["text"]), intro=t("meet.dialog.strengths"))

    def agreement(self) -> None:
        new_agreement(self.host, who=self.ctx.citizen_participant())

    def smart(self) -> None:
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        gid = goal.id
        fields = [Field(i.field, f"{i.letter} · {i.name}: {i.question}", i.answer) for i in smart_status(goal)]
        self.host.ask(t("meet.dialog.smart", goal=short(goal.text, 50)), fields,
                      lambda v: self.ctx.store.update_goal(gid, **v), record=goal)
