"""PDSA cycles for a trial of new practice (Plan, Do, Study, Act).

p a new cycle for the highlighted goal · g follow up its latest cycle (do, study, act).
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
class PdsaPart(Part):
    name = "pdsa"
    ONE_LINE_ROWS = True
    KEYS = (
        PartKey("p", "pdsa", "meet.key.pdsa"),
        PartKey("g", "follow_up", "meet.key.pdsa_follow"),
    )

    def rows(self) -> list[Row]:
        return [(g, goal_row(g)) for g in self.ctx.goals()]

    def body(self) -> Text:
        goal = self.host.highlighted_goal()
        if goal is None or goal.id is None:
            return Text(t("meet.scale.no_goals"))
        out = Text(t("meet.pdsa.title") + "\n", style="bold")
        cycles = self.ctx.store.pdsa_cycles(goal.id)
        if not cycles:
            out.append(t("meet.pdsa.none") + "\n", style="dim")
        for c in cycles:
            out.append(f"   {format_date(c.date)}\n", style="bold")
            for key, value in (("plan", c.plan), ("do", c.do), ("study", c.study), ("act", c.act)):
                out.append(f"     {t('meet.pdsa.' + key)}: ")
                out.append((value or "–") + "\n")
        if cycles:
            out.append(t("meet.pdsa.follow_hint") + "\n", style="italic")
        return out

    def pdsa(self) -> None:
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        gid, ctx = goal.id, self.ctx
        fields = [Field(k, t(f"meet.pdsa.{k}")) for k in ("plan", "do", "study", "act")]
        self.host.ask(t("meet.dialog.pdsa", goal=short(goal.text, 50)), fields,
                      lambda v: ctx.store.add_pdsa_cycle(gid, v["plan"], meeting_id=ctx.meeting_id, on=ctx.meeting.date,
                                                         do=v["do"], study=v["study"], act=v["act"]))

    def follow_up(self) -> None:
        """The latest cycle's do, study and act, written as the trial goes on."""
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        cycles = self.ctx.store.pdsa_cycles(goal.id)
        if not cycles or cycles[-1].id is None:
            self.host.show_message(t("meet.msg.no_pdsa"))
            return
        cycle = cycles[-1]
        cid = cycle.id
        assert cid is not None
        fields = [Field(k, t(f"meet.pdsa.{k}"), getattr(cycle, k)) for k in ("do", "study", "act")]
        self.host.ask(t("meet.dialog.pdsa_follow", plan=short(cycle.plan, 50)), fields,
                      lambda v: self.ctx.store.update_pdsa_cycle(cid, in_meeting=self.ctx.meeting_id, **v))
