"""What relatives may see (pårørendemøde): only what the citizen agreed to share.

d share more (after the citizen's yes) · h stop sharing the highlighted item.
"""
from __future__ import annotations

from rich.text import Text

from screens.forms import Field
from screens.i18n import t
from store.dates import format_date
from store.models import Agreement, Goal, Note

from ..context import MeetingContext, short
from .base import Part, PartKey, Row, register


def consents_text(ctx: MeetingContext) -> Text:
    """The consents in force: who gave it (and as what), when, until when, how many items it covers."""
    store = ctx.store
    consents = store.consents_in_force(ctx.plan_id)
    if not consents:
        return Text(t("meet.share.no_consent") + "\n", style="italic")
    out = Text()
    for c in consents:
        if c.id is None:
            continue
        items = [ci for ci in store.items_of_consent(c.id) if ci.withdrawn_at is None]
        until = t("meet.share.until", date=format_date(c.valid_until)) if c.valid_until else ""
        out.append(t("meet.share.consent_in_force", who=c.given_by, capacity=t(f"ed.consent.capacity.{c.capacity.value}"),
                     date=format_date(c.given_on), until=until, n=len(items)) + "\n", style="italic")
    return out


@register
class SharingPart(Part):
    name = "sharing"
    KEYS = (
        PartKey("d", "share", "meet.key.share"),
        PartKey("h", "unshare", "meet.key.unshare"),
    )

    def rows(self) -> list[Row]:
        goals, notes, agreements = self.ctx.store.shared_with_relatives(self.ctx.plan_id)
        out: list[Row] = []
        for g in goals:
            out.append((g, Text(f"{t('meet.share.goal')}: ", style="bold") + Text(short(g.text, 80))))
        for n in notes:
            out.append((n, Text(f"{t('meet.share.note')}: ", style="bold") + Text(short(n.text, 80))))
        for a in agreements:
            label = Text(f"{t('meet.share.agreement')}: ", style="bold")
            label.append(f"{self.ctx.name_of(a.who_id)}: {short(a.what, 60)}")
            if a.due_date:
                label.append(f" · {format_date(a.due_date)}")
            out.append((a, label))
        return out

    def body(self) -> Text:
        out = Text(t("meet.share.title") if self.rows() else t("meet.share.none"), style="bold")
        out.append("\n")
        out.append_text(consents_text(self.ctx))
        return out

    def share(self) -> None:
        store, plan_id = self.ctx.store, self.ctx.plan_id
        opts: list[tuple[str, str]] = []
        for g in store.goals(plan_id):
            if not g.shared_with_relatives and not g.private:
                opts.append((f"{t('meet.share.goal')}: {short(g.text, 60)}", f"goal:{g.id}"))
        for n in store.notes(plan_id):
            if not n.shared_with_relatives and not n.private:
                opts.append((f"{t('meet.share.note')}: {short(n.text, 60)}", f"note:{n.id}"))
        for a in store.agreements(plan_id):
            if not a.shared_with_relatives and not a.private:
                opts.append((f"{t('meet.share.agreement')}: {short(a.what, 60)}", f"agreement:{a.id}"))
        if not opts:
            self.host.show_message(t("meet.share.nothing_more"))
            return
        labels = dict((v, label) for label, v in opts)

        def chosen(result: object) -> None:
            key = str(result)
            table, _, rid = key.partition(":")
            self.host.confirm(t("meet.share.consent", text=labels.get(key, "")),
                              lambda: store.set_shared_with_relatives(table, int(rid), True, citizen_consent=True))

        self.host.ask(t("meet.dialog.share"),
                      [Field("item", t("meet.dialog.share_item"), opts[0][1], kind="choice", options=opts)],
                      lambda v: v["item"], after=chosen)

    def unshare(self) -> None:
        row = self.host.highlighted()
        if isinstance(row, Goal):
            table = "goal"
        elif isinstance(row, Note):
            table = "note"
        elif isinstance(row, Agreement):
            table = "agreement"
        else:
            return
        if row.id is None:
            return
        text = getattr(row, "text", "") or getattr(row, "what", "")
        rid = row.id
        self.host.confirm(t("meet.share.unshare_q", text=text),
                          lambda: self.ctx.store.set_shared_with_relatives(table, rid, False, citizen_consent=True))
