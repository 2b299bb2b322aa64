"""SMTTE per goal (dagtilbud): Sammenhæng, Mål, Tegn, Tiltag, Evaluering.

w writes the goal's SMTTE (context, signs, actions) · e a new evaluation round,
dated with the meeting, with when the next round is; every round is kept.
"""
from __future__ import annotations

from rich.text import Text

from screens.forms import Field
from screens.i18n import t
from store.dates import format_date

from ..context import short
from .base import Part, PartKey, Row, register
from .lines import goal_row


@register
class SmttePart(Part):
    name = "smtte"
    ONE_LINE_ROWS = True
    KEYS = (
        PartKey("w", "smtte", "meet.key.smtte"),
        PartKey("e", "evaluate", "meet.key.smtte_round"),
    )

    def rows(self) -> list[Row]:
        return [(g, goal_row(g)) for g in self.ctx.goals()]

    def body(self) -> Text:
        goal = self.host.highlighted_goal()
        if goal is None or goal.id is None:
            return Text(t("meet.scale.no_goals"))
        out = Text()
        for key, value in (("context", goal.smtte_context), ("goal", goal.text), ("signs", goal.smtte_signs),
                           ("actions", goal.smtte_actions)):
            out.append(f"{t('meet.smtte.' + key)}: ", style="bold")
            out.append((value or "–") + "\n")
        out.append(t("meet.smtte.rounds") + "\n", style="bold")
        rounds = self.ctx.store.smtte_evaluations(goal.id)
        if not rounds:
            out.append(t("meet.smtte.no_rounds") + "\n", style="dim")
        for r in rounds:
            out.append(f"   {format_date(r.date)}  ", style="bold")
            out.append(r.text + "\n")
        if goal.smtte_due:
            out.append(t("meet.smtte.next_due", date=format_date(goal.smtte_due)) + "\n", style="italic")
        return out

    def record(self) -> Text:
        """On a closed meeting: the SMTTE rounds written in it."""
        out = Text()
        for goal in self.ctx.goals():
            if goal.id is None:
                continue
            for r in self.ctx.store.smtte_evaluations(goal.id):
                if r.meeting_id == self.ctx.meeting_id:
                    out.append(f"{t('meet.smtte.evaluation')}: ", style="bold")
                    out.append(short(goal.text, 40) + "\n")
                    out.append(f"   {format_date(r.date)}  ")
                    out.append(r.text + "\n")
        return out

    def smtte(self) -> None:
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        gid = goal.id
        fields = [Field(f"smtte_{k}", t(f"meet.smtte.{k}"), getattr(goal, f"smtte_{k}"), kind="multiline")
                  for k in ("context", "signs", "actions")]
        self.host.ask(t("meet.dialog.smtte", goal=short(goal.text, 50)), fields,
                      lambda v: self.ctx.store.update_goal(gid, **v), record=goal)

    def evaluate(self) -> None:
        """A new SMTTE round at this meeting (the earlier rounds stay)."""
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        gid, ctx = goal.id, self.ctx
        fields = [Field("text", t("meet.smtte.evaluation"), kind="multiline", aliases=("smtte_evaluation",)),
                  Field("next_due", t("meet.dialog.next_due"), kind="date")]
        self.host.ask(t("meet.dialog.smtte_round", goal=short(goal.text, 50)), fields,
                      lambda v: ctx.store.record_smtte_evaluation(gid, v["text"], meeting_id=ctx.meeting_id,
                                                                  next_due=v["next_due"]),
                      intro=t("meet.dialog.smtte_round_intro"))
