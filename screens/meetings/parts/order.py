"""The authority's order (bestilling) and its goals; each plan goal linked to the order goal it serves.

b the order's text · o a new goal of the order · l link the highlighted goal.
"""
from __future__ import annotations

from rich.text import Text

from screens.forms import Field
from screens.i18n import t

from ..context import short
from .base import Part, PartKey, Row, register
from .lines import goal_row


@register
class OrderPart(Part):
    name = "order"
    ONE_LINE_ROWS = True
    KEYS = (
        PartKey("b", "order_text", "meet.key.order_text"),
        PartKey("o", "order_goal", "meet.key.order_goal"),
        PartKey("l", "link", "meet.key.link"),
    )

    def rows(self) -> list[Row]:
        order_goals = {og.id: og for og in self.ctx.store.order_goals(self.ctx.plan_id)}
        out: list[Row] = []
        for g in self.ctx.goals():
            label = goal_row(g)
            og = order_goals.get(g.order_goal_id) if g.order_goal_id else None
            label.append("  ")
            if og:
                label.append(t("meet.order.linked_to", text=short(og.text, 40)), style="green")
            else:
                label.append(t("meet.order.not_linked"), style="bold red")
            out.append((g, label))
        return out

    def body(self) -> Text:
        store, plan_id = self.ctx.store, self.ctx.plan_id
        plan = store.get_plan(plan_id)
        out = Text(t("meet.order.title") + " ", style="bold")
        out.append((plan.order_text or t("meet.order.none")) + "\n")
        out.append(t("meet.order.goals") + "\n", style="bold")
        ogs = store.order_goals(plan_id)
        if not ogs:
            out.append("   " + t("meet.order.no_goals") + "\n", style="dim")
        for i, og in enumerate(ogs, start=1):
            out.append(f"   {i}. ")
            out.append(og.text + "\n")
        unlinked = [g for g in self.ctx.goals() if g.order_goal_id is None]
        out.append(t("meet.order.unlinked", n=len(unlinked)), style="bold red" if unlinked else "green")
        return out

    def order_text(self) -> None:
        store, plan_id = self.ctx.store, self.ctx.plan_id
        plan = store.get_plan(plan_id)
        self.host.ask(t("meet.dialog.order_text"),
                      [Field("text", t("meet.dialog.text"), plan.order_text, kind="multiline",
                             aliases=("order_text",))],
                      lambda v: store.update_plan(plan_id, order_text=v["text"]))

    def order_goal(self) -> None:
        store, plan_id = self.ctx.store, self.ctx.plan_id
        self.host.ask(t("meet.dialog.order_goal"), [Field("text", t("meet.dialog.text"))],
                      lambda v: store.add_order_goal(plan_id, v["text"]))

    def link(self) -> None:
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        gid, store = goal.id, self.ctx.store
        opts = [(t("meet.dialog.none"), "")] + [(short(og.text, 60), str(og.id))
                                                 for og in store.order_goals(self.ctx.plan_id)]
        self.host.ask(t("meet.dialog.link"),
                      [Field("og", short(goal.text, 70), str(goal.order_goal_id or ""), kind="choice", options=opts,
                             aliases=("order_goal_id",))],
                      lambda v: store.link_goal_to_order(gid, int(v["og"]) if v["og"] else None))
