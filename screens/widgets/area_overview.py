"""The four areas at the first and the latest reading, side by side, as a grouped bar chart.

    Beskæftigelse  første ▇▇░░░░░░░░ 2    seneste ▇▇▇▇░░░░░░ 4    ▲ +2

Each area's value is the mean headline (agreed or citizen's) reading over the
area's goals with readings (see `store.progression.area_progress_of`). The
change is written with a sign and an arrow, never shown by colour alone.

Use it on any screen that has a `PlanView` or the store:

    yield AreaOverview(view, include_private=False)   # the live view: no private goals
    overview.update_view(view)                          # after a re-read
    AreaOverview(store.area_progress(citizen_id))       # or the store's figures
"""
from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widget import Widget

from screens.i18n import t
from store.plans import PlanView
from store.progression import AreaProgress, area_progress_of

BAR = 10


def number(value: float | None) -> str:
    if value is None:
        return t("area_overview.none")
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def bar(value: float | None) -> str:
    """Ten cells: ▇ per whole point, ▌ for a half or more, ░ for the rest."""
    if value is None:
        return "░" * BAR
    whole = int(value)
    half = 1 if value - whole >= 0.5 and whole < BAR else 0
    return "▇" * whole + "▌" * half + "░" * (BAR - whole - half)


def render_areas(areas: Sequence[AreaProgress]) -> Text:
    out = Text(no_wrap=True, overflow="ellipsis")
    out.append(t("area_overview.title") + "\n", style="bold")
    names = {a.area: t(f"area.{a.area.value}") for a in areas}
    pad = max((len(n) for n in names.values()), default=0) + 2
    first_label, latest_label = t("area_overview.first"), t("area_overview.latest")
    for i, a in enumerate(areas):
        out.append(names[a.area].ljust(pad), style="bold")
        out.append(f"{first_label} ")
        out.append(bar(a.first), style="dim")
        out.append(f" {number(a.first):<4} ")
        out.append(f"{latest_label} ")
        out.append(bar(a.latest), style="bold")
        out.append(f" {number(a.latest):<4}")
        change = a.change
        if change is not None and change != 0:
            arrow = "▲" if change > 0 else "▼"
            out.append(f" {arrow} {'+' if change > 0 else ''}{number(change)}", style="bold")
        elif change == 0:
            out.append(" = 0")
        if i < len(areas) - 1:
            out.append("\n")
    return out


class AreaOverview(Widget):
    """The grouped bar chart of the four areas; give it a `PlanView` or `AreaProgress` rows."""

    DEFAULT_CSS = """
    AreaOverview { height: auto; }
    """

    def __init__(
        self,
        data: PlanView | Sequence[AreaProgress] | None = None,
        *,
        include_private: bool = True,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.include_private = include_private
        self.areas: list[AreaProgress] = []
        if data is not None:
            self.areas = self._areas_of(data)

    def _areas_of(self, data: PlanView | Sequence[AreaProgress]) -> list[AreaProgress]:
        if isinstance(data, PlanView):
            return area_progress_of(
                ((g.goal, g.readings) for g in data.goals), data.participants, include_private=self.include_private
            )
        return list(data)

    def update_view(self, data: PlanView | Sequence[AreaProgress]) -> None:
        self.areas = self._areas_of(data)
        self.refresh(layout=True)

    def render(self) -> Text:
        return render_areas(self.areas)
