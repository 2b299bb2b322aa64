"""The four areas at the first and the latest reading, side by side, as a grouped bar chart.

Wide (67 columns or more), one line per area with both bars:

    Beskæftigelse  første ▇▇░░░░░░░░ 2    seneste ▇▇▇▇░░░░░░ 4    ▲ +2

Stacked (24 or more), both bars under the area's name:

    Beskæftigelse  ▲ +2
      første  ▇▇░░░░░░░░ 2
      seneste ▇▇▇▇░░░░░░ 4

Compact (`form="compact"` or narrower), two lines per area: the latest as a
bar, first → latest in figures (the shared screen's side column):

    Beskæftigelse ▲ +2
      2 → 4 ▇▇▇▇░░░░░░

Each area's value is the mean headline (agreed or citizen's) reading over the
area's goals with readings (see `store.progression.area_progress_of`). The
change is written with a sign and an arrow, never shown by colour alone.

Use it on any screen that has a `PlanView` or the store:

    yield AreaOverview(view, include_private=False)   # no private goals
    overview.update_view(view)                          # after a re-read
    AreaOverview(store.area_progress(citizen_id))       # or the store's figures
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from screens.i18n import t
from store.plan_view import PlanView

if TYPE_CHECKING:  # store.progression loads the models: the overview is drawn when shown (f)
    from store.progression import AreaProgress

BAR = 10
WIDE = 67
"""Columns needed for the one-line form with both bars."""
STACKED = 24
"""Columns needed for the three-line form (both bars under the area's name)."""


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


def change_text(a: AreaProgress) -> str:
    """"▲ +2", "▼ -1,5", "= 0" or "" (no readings): the arrow and sign carry the meaning."""
    change = a.change
    if change is None:
        return ""
    if change == 0:
        return "= 0"
    return f"{'▲' if change > 0 else '▼'} {'+' if change > 0 else ''}{number(change)}"


def pick_form(width: int | None) -> str:
    """"wide" (one line per area), "stacked" (three lines) or "compact" (two lines) for `width` columns."""
    if width is None or width >= WIDE:
        return "wide"
    return "stacked" if width >= STACKED else "compact"


def render_areas(areas: Sequence[AreaProgress], width: int | None = None, *, form: str | None = None) -> Text:
    """The overview as text; `form` ("wide", "stacked", "compact"), else picked from `width` (None: wide)."""
    out = Text(no_wrap=True, overflow="ellipsis")
    shape = form or pick_form(width)
    out.append(t("area_overview.title" if shape == "wide" else "area_overview.title_short") + "\n", style="bold")
    names = {a.area: t(f"area.{a.area.value}") for a in areas}
    pad = max((len(n) for n in names.values()), default=0) + 2
    first_label, latest_label = t("area_overview.first"), t("area_overview.latest")
    label_pad = max(len(first_label), len(latest_label)) + 1
    for i, a in enumerate(areas):
        change = change_text(a)
        change_style = "bold" if change != "= 0" else ""
        if shape == "wide":
            out.append(names[a.area].ljust(pad), style="bold")
            out.append(f"{first_label} ")
            out.append(bar(a.first), style="dim")
            out.append(f" {number(a.first):<4} ")
            out.append(f"{latest_label} ")
            out.append(bar(a.latest), style="bold")
            out.append(f" {number(a.latest):<4}")
            if change:
                out.append(f" {change}", style=change_style)
        elif shape == "stacked":
            out.append(names[a.area], style="bold")
            if change:
                out.append(f"  {change}", style=change_style)
            out.append(f"\n  {first_label.ljust(label_pad)}")
            out.append(bar(a.first), style="dim")
            out.append(f" {number(a.first)}\n  {latest_label.ljust(label_pad)}")
            out.append(bar(a.latest), style="bold")
            out.append(f" {number(a.latest)}")
        else:
            out.append(names[a.area], style="bold")
            if change:
                out.append(f" {change}", style=change_style)
            out.append("\n  ")
            if a.latest is None:
                out.append(number(None), style="dim")
            else:
                out.append(f"{number(a.first)} → {number(a.latest)} ")
                out.append(bar(a.latest), style="bold")
        if i < len(areas) - 1:
            out.append("\n")
    return out


class AreaOverview(Widget):
    """The grouped bar chart of the four areas; give it a `PlanView` or `AreaProgress` rows."""

    DEFAULT_CSS = """
    AreaOverview { height: auto; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(
        self,
        data: PlanView | Sequence[AreaProgress] | None = None,
        *,
        include_private: bool = True,
        form: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.include_private = include_private
        self.form = form
        """None: picked from the width; else "wide", "stacked" or "compact"."""
        self.areas: list[AreaProgress] = []
        if data is not None:
            self.areas = self._areas_of(data)

    def _areas_of(self, data: PlanView | Sequence[AreaProgress]) -> list[AreaProgress]:
        if isinstance(data, PlanView):
            from store.progression import area_progress_of

            return area_progress_of(
                ((g.goal, g.readings) for g in data.goals), data.participants, include_private=self.include_private
            )
        return list(data)

    def update_view(self, data: PlanView | Sequence[AreaProgress]) -> None:
        areas = self._areas_of(data)
        if areas != self.areas:
            self.areas = areas
            self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(render_areas(self.areas, width or None, form=self.form).plain.splitlines())

    def text(self) -> Text:
        """What the widget shows at its present width."""
        return render_areas(self.areas, self.content_size.width or None, form=self.form)

    def render(self) -> Text:
        return self.text()
