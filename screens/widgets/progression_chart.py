"""A terminal chart of one goal's scale readings: dates across, 1-10 up, one series per person.

Each person gets a distinct symbol *and* colour (colour is never the only
cue), named in the legend. Where two or more people scored on the same day,
a dotted bar (┆) shows the spread from the lowest to the highest score.
"""
from __future__ import annotations

from datetime import date

from rich.console import Group, RenderableType
from rich.text import Text
from textual.widget import Widget

from screens.i18n import t
from screens.widgets.plan_text import harmless
from store.progression import GoalProgression, Series

SYMBOLS = ("●", "■", "▲", "◆", "✚", "★", "○", "□")
COLOURS = ("bright_cyan", "yellow", "magenta", "green", "red", "bright_blue", "white", "bright_magenta")
AXIS_WIDTH = 4
"""Width of the y axis labels ("10 ┤")."""


def series_style(index: int) -> tuple[str, str]:
    """(symbol, colour) of the series at `index`."""
    return SYMBOLS[index % len(SYMBOLS)], COLOURS[index % len(COLOURS)]


def series_label(series: Series) -> str:
    if series.participant_id is None:
        return t("progression.agreed")
    if series.role is None:
        return series.name
    return f"{series.name} ({t(f'role.{series.role.value}').lower()})"


def render_chart(progression: GoalProgression, width: int) -> Text:
    """The chart as text, `width` cells wide (axis included)."""
    series = progression.series
    if not series:
        return Text(t("progression.no_readings"), style="italic")
    plot = max(12, width - AXIS_WIDTH)
    days = progression.dates
    first, last = days[0], days[-1]
    span = max(1, (last - first).days)
    n = len(series)
    margin = min(n, plot // 4)

    def x_of(d: date) -> int:
        if first == last:
            return plot // 2
        return margin + round((d - first).days / span * (plot - 1 - 2 * margin))

    def clamp(c: int) -> int:
        return max(0, min(plot - 1, c))

    grid: list[list[tuple[str, str]]] = [[(" ", "") for _ in range(plot)] for _ in range(10)]

    def row_of(score: int) -> int:
        return 10 - score

    for d, lo, hi in progression.spread:
        c = clamp(x_of(d))
        for score in range(lo, hi + 1):
            grid[row_of(score)][c] = ("┆", "dim")
    placed: list[list[tuple[int, int]]] = []
    for i, s in enumerate(series):
        offset = i - (n - 1) // 2
        placed.append([(clamp(x_of(r.date) + offset), r.score) for r in s.readings])
    for i, points in enumerate(placed):
        _, colour = series_style(i)
        for (c0, y0), (c1, y1) in zip(points, points[1:]):
            for c in range(c0 + 1, c1):
                y = round(y0 + (y1 - y0) * (c - c0) / (c1 - c0))
                if grid[row_of(y)][c][0] == " ":
                    grid[row_of(y)][c] = ("·", colour)
    for i, points in enumerate(placed):
        symbol, colour = series_style(i)
        for c, y in points:
            grid[row_of(y)][c] = (symbol, f"bold {colour}")

    out = Text(no_wrap=True, overflow="crop")
    for r, cells in enumerate(grid):
        score = 10 - r
        out.append(f"{score:>2} ┤", style="dim")
        for ch, style in cells:
            out.append(ch, style=style)
        out.append("\n")
    out.append("   └" + "─" * plot + "\n", style="dim")
    labels = [" "] * plot
    end = -1
    for d in days:
        label = d.strftime("%d-%m")
        start = clamp(x_of(d) - 2)
        start = min(start, plot - len(label))
        if start <= end:
            continue
        labels[start:start + len(label)] = list(label)
        end = start + len(label)
    out.append(" " * AXIS_WIDTH + "".join(labels).rstrip(), style="dim")
    return out


def render_legend(progression: GoalProgression) -> Text:
    """One line per series (symbol and name), then the spread mark when there is one."""
    out = Text()
    for i, s in enumerate(progression.series):
        symbol, colour = series_style(i)
        if i:
            out.append("\n")
        out.append(symbol, style=f"bold {colour}")
        out.append(" " + harmless(series_label(s)))
    if progression.spread:
        out.append("\n")
        out.append("┆", style="dim")
        out.append(" " + t("progression.spread"))
    return out


class ProgressionChart(Widget):
    """The readings chart of one goal with its legend; `show(progression)` to change it."""

    DEFAULT_CSS = """
    ProgressionChart { height: auto; }
    """

    def __init__(self, progression: GoalProgression | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.progression = progression

    def show(self, progression: GoalProgression) -> None:
        self.progression = progression
        self.refresh(layout=True)

    def render(self) -> RenderableType:
        if self.progression is None:
            return Text("")
        chart = render_chart(self.progression, max(16, self.content_size.width or 60))
        if not self.progression.series:
            return chart
        return Group(chart, render_legend(self.progression))
