"""New agreements made in this meeting (who does what, when); and the relatives' support part.

a a new agreement: who, what, when (a date or a repeat, "hver torsdag"), the
goal it serves, a target on the scale ("fra 4 til 6").
"""
from __future__ import annotations

from typing import Any

from rich.text import Text

from screens.forms import Field
from screens.i18n import t
from store.enums import Role
from store.models import Agreement, Participant

from ..context import short
from .base import Part, PartHost, PartKey, Row, register
from .lines import agreement_line


def new_agreement(host: PartHost, *, who: Participant | None, target: int | None = None) -> None:
    """The new-agreement dialog (scaling, agreements, support): `who` is chosen to begin with; `target`
    (the scaling talk's next step) fills in "to".

    In a relatives' meeting the agreement is for relatives to see, and the
    dialog asks the consent question: with the citizen's yes the consent is
    recorded with the agreement (one store call); without it relatives do not
    see it, and the facilitator is told so.
    """
    ctx = host.ctx
    goal = host.highlighted_goal()
    start = ""
    if goal is not None and who is not None:
        own = [r for r in ctx.store.meeting_readings(ctx.meeting_id)
               if r.goal_id == goal.id and r.participant_id == who.id]
        start = str(own[-1].score) if own else ""
    goal_opts = [(t("meet.dialog.no_goal"), "")] + [(short(g.text, 60), str(g.id)) for g in ctx.goals()]
    fields = [
        Field("who", t("meet.dialog.who"), str(who.id) if who else "", kind="choice",
              options=ctx.people_options(ctx.participants()), aliases=("who_id",)),
        Field("what", t("meet.dialog.what")),
        Field("due", t("meet.dialog.due"), kind="when", aliases=("due_date", "repeat"),
              hint=t("meet.dialog.when_hint")),
        Field("goal", t("meet.dialog.goal"), str(goal.id) if goal else "", kind="choice", options=goal_opts,
              aliases=("goal_id",)),
        Field("from", t("meet.dialog.target_from"), start, kind="number", aliases=("target_from",), row="target"),
        Field("to", t("meet.dialog.target_to"), "" if target is None else str(target), kind="number",
              aliases=("target_to",), row="target"),
    ]
    if ctx.relatives_only:
        fields.append(Field("consent", t("meet.dialog.consent"), kind="check", hint=t("meet.dialog.consent_hint"),
                            aliases=("shared_with_relatives", "items", "given_by_id")))

    def submit(v: dict[str, Any]) -> Agreement:
        return ctx.store.add_agreement(
            ctx.plan_id, int(v["who"]) if v["who"] else None, v["what"], when=v["due"], meeting_id=ctx.meeting_id,
            goal_id=int(v["goal"]) if v["goal"] else None,
            # The prefilled "from" only counts when a target ("to") is said.
            target_from=(v["from"].strip() or None) if v["to"].strip() else None,
            target_to=v["to"].strip() or None,
            shared_with_relatives=ctx.relatives_only and bool(v.get("consent")),
            consent=ctx.relatives_only and bool(v.get("consent")),
        )

    def after(result: object) -> None:
        if ctx.relatives_only and isinstance(result, Agreement) and not ctx.relatives.sees(result):
            host.show_message(t("meet.msg.not_shared"))

    host.ask(t("meet.dialog.agreement"), fields, submit, after=after)


@register
class AgreementsPart(Part):
    name = "agreements"
    KEYS = (PartKey("a", "agreement", "meet.key.agreement"),)

    def rows(self) -> list[Row]:
        made = self.ctx.visible_agreements(self.ctx.store.meeting_agreements(self.ctx.meeting_id))
        return [(a, agreement_line(self.ctx, a)) for a in made]

    def body(self) -> Text:
        return Text(t("meet.agreements.title") if self.rows() else t("meet.agreements.none"), style="bold")

    def agreement(self) -> None:
        new_agreement(self.host, who=self.ctx.citizen_participant())


@register
class SupportPart(Part):
    """Pårørendes støtte: agreements where a relative is "who"."""

    name = "support"
    KEYS = (PartKey("a", "agreement", "meet.key.agreement"),)

    def rows(self) -> list[Row]:
        relatives = {p.id for p in self.ctx.participants() if p.role is Role.RELATIVE}
        made = self.ctx.visible_agreements(self.ctx.store.meeting_agreements(self.ctx.meeting_id))
        return [(a, agreement_line(self.ctx, a)) for a in made if a.who_id in relatives]

    def body(self) -> Text:
        return Text(t("meet.support.title") if self.rows() else t("meet.support.none"), style="bold")

    def agreement(self) -> None:
        relatives = [p for p in self.ctx.present() if p.role is Role.RELATIVE] or [
            p for p in self.ctx.participants() if p.role is Role.RELATIVE]
        if not relatives:
            self.host.show_message(t("meet.msg.no_relative"))
            return
        new_agreement(self.host, who=relatives[0])
