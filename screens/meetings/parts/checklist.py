"""The plan held against its plan type's required parts; each missing part named with where to fix it.

x ticks off the highlighted part a person checks (a municipality's own part, or
one marked manual), with an optional note; on a ticked part x takes the tick
back. Who ticked and when is kept and shown in the authority's minutes.
"""
from __future__ import annotations

from rich.text import Text

from screens.forms import Field
from screens.i18n import t
from store.checklist import ChecklistResult
from store.dates import format_date

from ..context import short
from .base import Part, PartHost, PartKey, Row, register


def tick_text(r: ChecklistResult) -> str:
    """'krydset af <who> <date>' for a ticked manual part, else ''."""
    if r.tick is None:
        return ""
    return t("meet.check.ticked", who=r.tick.ticked_by, date=format_date(r.tick.ticked_at.date()))


@register
class ChecklistPart(Part):
    name = "checklist"
    ONE_LINE_ROWS = True
    KEYS = (PartKey("x", "tick", "meet.key.tick"),)

    def __init__(self, host: PartHost) -> None:
        super().__init__(host)
        self._results: list[ChecklistResult] = []

    def offers(self, action: str) -> bool:
        """x only where the plan type has a part a person ticks."""
        return super().offers(action) and any(r.manual for r in self._results)

    def rows(self) -> list[Row]:
        out: list[Row] = []
        self._results = self.ctx.store.check_plan(self.ctx.citizen_id)
        for r in self._results:
            label = Text("✓ " if r.ok else "✗ ", style="bold green" if r.ok else "bold red")
            label.append(short(r.label, 60))
            if r.tick is not None:
                label.append(" · " + tick_text(r), style="dim")
            out.append((r, label))
        return out

    def body(self) -> Text:
        store = self.ctx.store
        results = [row for row, _ in self.rows()]
        missing = sum(1 for r in results if not r.ok)
        plan_type = store.plan_type_of(store.get_plan(self.ctx.plan_id))
        out = Text(t("meet.check.title", plan_type=plan_type.short, missing=missing, total=len(results)) + "\n",
                   style="bold")
        row = self.host.highlighted()
        if not isinstance(row, ChecklistResult):
            return out
        if row.manual and row.tick is not None:
            out.append(row.label + ": " + tick_text(row) + "\n")
            if row.tick.note:
                out.append("   ")
                out.append(row.tick.note + "\n")
            out.append("   " + t("meet.check.untick_hint") + "\n", style="italic")
        elif not row.ok:
            out.append(row.label + "\n")
            for d in row.details:
                out.append(f"   • {d}\n")
            if row.manual:
                out.append("   " + t("meet.check.manual") + "\n", style="italic")
            elif row.fix:
                out.append("   " + t("meet.check.fix", fix=row.fix) + "\n", style="italic")
        return out

    def tick(self) -> None:
        row = self.host.highlighted()
        if not isinstance(row, ChecklistResult):
            return
        store, plan_id, mid = self.ctx.store, self.ctx.plan_id, self.ctx.meeting_id
        code, label = row.code, row.label
        if not row.manual:
            self.host.show_message(t("meet.msg.not_manual"))
            return
        if row.tick is not None:
            def untick() -> None:
                store.untick_part(plan_id, code, meeting_id=mid)
                self.host.show_message(t("meet.msg.unticked"))

            self.host.confirm(t("meet.dialog.untick", part=label), untick)
            return
        self.host.ask(t("meet.dialog.tick", part=short(label, 50)),
                      [Field("note", t("meet.dialog.tick_note"))],
                      lambda v: store.tick_part(plan_id, code, meeting_id=mid, note=v["note"]),
                      intro=t("meet.dialog.tick_intro"),
                      after=lambda _: self.host.show_message(t("meet.msg.ticked")))
