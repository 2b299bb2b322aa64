"""A first, read-only rendering of a plan (until the facilitator's screens land)."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from store import Store
from store.enums import Area
from store.labels import AREA_DA, GOAL_LEVEL_DA
from store.rules import headline_reading


class FirstPlanScreen(Screen[None]):
    def __init__(self, store: Store, citizen_id: int | None) -> None:
        super().__init__()
        self.store = store
        self.citizen_id = citizen_id

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield Static(self._render_plan(), id="plan")
        yield Footer()

    def _render_plan(self) -> Text:
        rows = self.store.list_citizens()
        cid = self.citizen_id or (rows[0].id if rows else None)
        if cid is None:
            return Text("Ingen borgere endnu. Skriv demo-sagen med: rundbord demo")
        view = self.store.plan_view(cid)
        out = Text()
        out.append(view.citizen.name + "\n", style="bold")
        out.append(f"{view.plan_type.name}\n\n")
        out.append("Overordnet mål: ", style="bold")
        out.append(view.plan.overall_goal + f"  ({GOAL_LEVEL_DA[view.plan.goal_level]})\n\n")
        for area in Area:
            out.append(AREA_DA[area] + "\n", style="bold underline")
            for gv in view.goals_in(area):
                r = headline_reading(gv.readings, view.participants)
                out.append(f"  • {gv.goal.text}")
                out.append(f"  [{r.score}/10]\n" if r else "\n")
        return out
