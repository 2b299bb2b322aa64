"""Signs (tegn) observed since the last meeting, by date; n a new observation."""
from __future__ import annotations

from rich.text import Text

from screens.forms import Field
from screens.i18n import t
from store.dates import format_date, parse_date

from ..context import short
from .base import Part, PartKey, Row, register
from .lines import goal_row


@register
class ObservationsPart(Part):
    name = "observations"
    ONE_LINE_ROWS = True
    KEYS = (PartKey("n", "observation", "meet.key.observation"),)

    def rows(self) -> list[Row]:
        return [(g, goal_row(g)) for g in self.ctx.goals()]

    def body(self) -> Text:
        goal = self.host.highlighted_goal()
        if goal is None or goal.id is None:
            return Text(t("meet.scale.no_goals"))
        ctx = self.ctx
        prev = ctx.store.previous_meeting(ctx.meeting_id)
        since = prev.date if prev else None
        out = Text(t("meet.obs.since", date=format_date(since)) if since else t("meet.obs.all"), style="bold")
        out.append("\n")
        obs = [o for o in ctx.store.observations(goal.id, since=since) if o.date <= ctx.meeting.date]
        obs = [o for o in obs if ctx.shows(o)]
        if not obs:
            out.append(t("meet.obs.none") + "\n", style="dim")
        for o in obs:
            out.append(f"   {format_date(o.date)}  ", style="bold")
            out.append(o.text)
            if o.observer:
                out.append(f" ({o.observer})", style="dim")
            out.append("\n")
        return out

    def observation(self) -> None:
        if (goal := self.host.need_goal()) is None or goal.id is None:
            return
        gid, ctx = goal.id, self.ctx
        fields = [Field("text", t("meet.dialog.text")),
                  Field("date", t("meet.dialog.date"), format_date(ctx.meeting.date), kind="date", row="who"),
                  Field("observer", t("meet.dialog.observer"), row="who")]
        self.host.ask(t("meet.dialog.observation", goal=short(goal.text, 50)), fields,
                      lambda v: ctx.store.add_observation(gid, v["text"], parse_date(v["date"], "date", required=True),
                                                          observer=v["observer"]))
