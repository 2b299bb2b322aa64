"""Follow-up on agreements from earlier meetings: each one needs a decision here.

u done · f continued (a new date or a repeat, not before this meeting) ·
e changed (new wording; the old one is kept) · x dropped (with a reason).
"""
from __future__ import annotations

from collections.abc import Callable

from rich.text import Text

from screens.forms import Field
from screens.i18n import language, t
from store.meetings import ReviewItem
from store.repeat import when_text
from store.vocabulary import carried_over

from ..context import short
from .base import Part, PartKey, Row, register


@register
class ReviewPart(Part):
    name = "review"
    KEYS = (
        PartKey("u", "done", "meet.key.done"),
        PartKey("f", "continue_", "meet.key.continue"),
        PartKey("e", "change", "meet.key.change"),
        PartKey("x", "drop", "meet.key.cancel"),
    )

    def items(self) -> list[ReviewItem]:
        return self.ctx.store.agreements_for_review(self.ctx.meeting_id)

    def rows(self) -> list[Row]:
        out: list[Row] = []
        for r in self.items():
            a = r.agreement
            label = Text()
            if r.decision is None:
                label.append("○ ", style="yellow")
            else:
                label.append("● ", style="green")
            label.append(f"{self.ctx.name_of(a.who_id)}: ", style="bold")
            label.append(short(a.what, 90))
            if a.repeat:
                label.append(" · " + when_text(None, a.repeat, language()))
            else:
                label.append(" · " + (t("meet.review.due", date=when_text(a.due_date, "")) if a.due_date
                                      else t("meet.review.no_due")))
            if r.overdue:
                label.append(" · " + t("meet.overdue"), style="bold red")
            if r.carried_over:
                label.append(" · " + carried_over(r.carried_over, language()), style="magenta")
            label.append(" · ")
            if r.decision is None:
                label.append(t("meet.review.decision.none"), style="yellow")
            else:
                label.append(t(f"meet.decision.{r.decision.value}"), style="bold green")
                if r.event is not None and r.event.reason:
                    label.append(f" ({r.event.reason})")
            if a.private:
                label.append(f" [{t('meet.private')}]", style="dim")
            out.append((r, label))
        return out

    def body(self) -> Text:
        items = self.items()
        if not items:
            return Text(t("meet.review.none"))
        pending = sum(1 for r in items if not r.decided)
        if pending:
            return Text(t("meet.review.pending", n=pending, total=len(items)), style="bold yellow")
        return Text(t("meet.review.all_done", total=len(items)), style="bold green")

    def _item(self) -> ReviewItem | None:
        row = self.host.highlighted()
        if not isinstance(row, ReviewItem) or row.agreement.id is None:
            self.host.show_message(t("meet.msg.need_review"))
            return None
        return row

    def done(self) -> None:
        if (row := self._item()) is None or row.agreement.id is None:
            return
        self.ctx.store.mark_agreement_done(row.agreement.id, meeting_id=self.ctx.meeting_id, on=self.ctx.meeting.date)
        self.host.refresh_view()
        self._to_next_pending(row.agreement.id)

    def _to_next_pending(self, decided_id: int) -> None:
        """After a decision the cursor moves on to the next agreement still waiting for one (after the decided
        one, then from the top); when none is left it stays where it was."""
        rows = self.host.rows
        at = next((i for i, r in enumerate(rows) if isinstance(r, ReviewItem) and r.agreement.id == decided_id), -1)
        order = list(range(at + 1, len(rows))) + list(range(0, at + 1))
        pending = next((i for i in order if isinstance(rows[i], ReviewItem) and rows[i].decision is None), None)
        if pending is not None:
            self.host.highlight_row(pending)

    def _then_next(self, decided_id: int) -> Callable[[object], None]:
        return lambda _: self._to_next_pending(decided_id)

    def continue_(self) -> None:
        if (row := self._item()) is None or row.agreement.id is None:
            return
        aid, mid = row.agreement.id, self.ctx.meeting_id
        self.host.ask(t("meet.dialog.continue"),
                      [Field("due", t("meet.dialog.new_due"), kind="when", aliases=("due_date",),
                             hint=t("meet.dialog.when_hint"))],
                      lambda v: self.ctx.store.continue_agreement(aid, when=v["due"], meeting_id=mid),
                      intro=row.agreement.what, after=self._then_next(aid))

    def change(self) -> None:
        if (row := self._item()) is None or row.agreement.id is None:
            return
        a = row.agreement
        aid, mid = row.agreement.id, self.ctx.meeting_id
        self.host.ask(t("meet.dialog.change"),
                      [Field("what", t("meet.dialog.what"), a.what),
                       Field("due", t("meet.dialog.new_due_optional"), when_text(a.due_date, a.repeat, language()),
                             kind="when", aliases=("due_date",))],
                      lambda v: self.ctx.store.change_agreement(aid, v["what"], meeting_id=mid,
                                                                when=v["due"] if v["due"].strip() else None),
                      after=self._then_next(aid))

    def drop(self) -> None:
        if (row := self._item()) is None or row.agreement.id is None:
            return
        aid, mid = row.agreement.id, self.ctx.meeting_id
        self.host.ask(t("meet.dialog.cancel"), [Field("reason", t("meet.dialog.reason"), aliases=("cancel_reason",))],
                      lambda v: self.ctx.store.cancel_agreement(aid, v["reason"], meeting_id=mid),
                      intro=row.agreement.what, after=self._then_next(aid))
