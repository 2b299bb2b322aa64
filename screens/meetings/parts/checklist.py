"""The plan held against its plan type's required parts; each missing part named with where to fix it."""
from __future__ import annotations

from rich.text import Text

from screens.i18n import t

from ..context import short
from .base import Part, Row, register


@register
class ChecklistPart(Part):
    name = "checklist"
    ONE_LINE_ROWS = True

    def rows(self) -> list[Row]:
        out: list[Row] = []
        for r in self.ctx.store.check_plan(self.ctx.citizen_id):
            label = Text("✓ " if r.ok else "✗ ", style="bold green" if r.ok else "bold red")
            label.append(short(r.label, 60))
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
        if row is not None and not row.ok:
            out.append(row.label + "\n")
            for d in row.details:
                out.append(f"   • {d}\n")
            if row.fix:
                out.append("   " + t("meet.check.fix", fix=row.fix) + "\n", style="italic")
        return out
