"""Next meeting: the date of the next meeting is set when the meeting is closed (k)."""
from __future__ import annotations

from rich.text import Text

from screens.i18n import t
from store.dates import format_date

from .base import Part, register
from .lines import agreement_line, readings_record


@register
class NextPart(Part):
    name = "next"

    def body(self) -> Text:
        m = self.ctx.meeting
        if m.next_meeting_date:
            return Text(t("meet.next_date", date=format_date(m.next_meeting_date)), style="bold")
        return Text(t("meet.part.next"))

    def record(self) -> Text:
        out = readings_record(self.ctx)
        made = self.ctx.visible_agreements(self.ctx.store.meeting_agreements(self.ctx.meeting_id))
        if made:
            out.append(t("meet.closed.made") + "\n", style="bold")
            for a in made:
                out.append(agreement_line(self.ctx, a) + "\n")
        return out
