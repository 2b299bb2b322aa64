"""SMTTE per goal (dagtilbud): Sammenhæng, Mål, Tegn, Tiltag, Evaluering. w writes it."""
from __future__ import annotations

from rich.text import Text

from screens.forms import Field
from screens.i18n import t

from ..context import short
from .base import Part, PartKey, Row, register
from .lines import goal_row


@register
class SmttePart(Part):
    name = "smtte"
    ONE_LINE_ROWS = True
    KEYS = (PartKey("w", "smtte", "meet.key.smtte"),)

    def rows(self) -> list[Row]:
        return [(g, goal_row(g)) for g in self.ctx.goals()]

    def body(self) -> Text:
        goal = self.host.highlighted_goal()
        if goal is None:
            return Text(t("meet.scale.no_goals"))
        out = Text()
        for key, value in (("context", goal.smtte_context), ("goal", goal.text), ("signs", goal.smtte_signs),
                           ("actions", goal.smtte_actions), ("evaluation", goal.smtte_evaluation)):
            out.append(f"{t('meet.smtte.' + key)}: ", style="bold")
            out.append((value or "–") + "\n")
        return out

    def smtte(self) -> None:
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        gid = goal.id
        fields = [Field(f"smtte_{k}", t(f"meet.smtte.{k}"), getattr(goal, f"smtte_{k}"), kind="multiline")
                  for k in ("context", "signs", "actions", "evaluation")]
        self.host.ask(t("meet.dialog.smtte", goal=short(goal.text, 50)), fields,
                      lambda v: self.ctx.store.update_goal(gid, **v), record=goal)
