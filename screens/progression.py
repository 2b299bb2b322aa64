"""The progression of one goal: the readings chart, the figures, agreements done between readings, GAS.

Bindings:

| key | action |
|---|---|
| e | edit the GAS levels, the weight and the level reached (a small modal) |
| + / - | raise / lower N, the points that make an "important change" (this view) |
| escape | back |

Important changes (|change| >= N, see `store.progression`) are marked with
the words "Vigtig ændring", never by colour alone.
"""
from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, Static

from screens.forms import FormScreen, ReadOnlyText
from screens.i18n import t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import LocalizedBindings
from screens.widgets.progression_chart import ProgressionChart, series_label, series_style
from screens.widgets.plan_text import harmless
from store import Store
from store.dates import format_date
from store.models import Goal
from store.gas import GAS_FIELDS, gas_weight_of
from store.progression import GoalProgression

LEVELS = (-2, -1, 0, 1, 2)


def signed(value: int | float | None) -> str:
    if value is None:
        return t("progression.no_change")
    text = f"{value:+d}" if isinstance(value, int) else f"{value:+.1f}".replace(".", ",")
    return text


def render_figures(p: GoalProgression) -> Text:
    """First, latest, the changes (marked when important), and each person's first → latest."""
    out = Text()
    c = p.change
    if c.first is None or c.latest is None:
        out.append(t("progression.no_readings"), style="italic")
        return out
    out.append(f"{t('progression.first')}: ", style="bold")
    out.append(f"{c.first.score}  ({format_date(c.first.date)})\n")
    out.append(f"{t('progression.latest')}: ", style="bold")
    out.append(f"{c.latest.score}  ({format_date(c.latest.date)})\n")
    out.append(f"{t('progression.since_first')}: ", style="bold")
    if c.since_first is None:
        out.append(t("progression.only_one") + "\n")
    else:
        out.append(signed(c.since_first))
        if p.important_since_first:
            out.append("  ▲ " if c.since_first > 0 else "  ▼ ")
            out.append(t("progression.important"), style="bold reverse")
        out.append("\n")
    label = (
        t("progression.since_meeting_date", date=format_date(p.last_meeting.date))
        if p.last_meeting else t("progression.since_meeting")
    )
    out.append(f"{label}: ", style="bold")
    out.append(signed(c.since_last_meeting))
    if p.important_since_meeting and c.since_last_meeting is not None:
        out.append("  ▲ " if c.since_last_meeting > 0 else "  ▼ ")
        out.append(t("progression.important"), style="bold reverse")
    out.append("\n")
    out.append(t("progression.threshold", n=p.threshold) + "\n", style="dim")
    out.append(f"\n{t('progression.per_person')}:\n", style="bold")
    for i, s in enumerate(p.series):
        symbol, colour = series_style(i)
        out.append(f" {symbol} ", style=f"bold {colour}")
        out.append(harmless(series_label(s)) + ": ")
        scores = " → ".join(str(r.score) for r in s.readings[-4:])
        out.append(scores)
        if s.change.since_first is not None:
            out.append(f"  ({signed(s.change.since_first)})")
        out.append("\n")
    return out


def render_done(p: GoalProgression) -> Text:
    out = Text()
    out.append(t("progression.done_between") + "\n", style="bold")
    if not p.done_between:
        out.append(t("progression.done_none"), style="italic")
        return out
    for block in p.done_between:
        out.append(t("progression.done_period", start=format_date(block.after), end=format_date(block.until)) + "\n")
        for a in block.agreements:
            out.append("  ✓ ")
            out.append(harmless(a.what))
            out.append(f"  ({format_date(a.done_at)})\n", style="dim")
    out.rstrip()
    return out


def render_gas(goal: Goal, t_score: float | None) -> Text:
    out = Text()
    out.append(t("progression.gas"), style="bold")
    weight = f"{gas_weight_of(goal):g}".replace(".", ",")
    if goal.gas_importance is not None and goal.gas_difficulty is not None:
        weight += f" = {goal.gas_importance} × {goal.gas_difficulty}"
    out.append("  " + t("progression.gas_weight", w=weight) + "\n", style="dim")
    texts = {level: str(getattr(goal, GAS_FIELDS[level])) for level in LEVELS}
    if not any(texts.values()):
        out.append(t("progression.gas_none") + "\n", style="italic")
    else:
        for level in reversed(LEVELS):
            reached = goal.gas_result == level
            out.append("▶ " if reached else "  ", style="bold")
            out.append(t(f"gas.level.{level}") + ": ", style="bold" if reached else "")
            out.append(harmless(texts[level]) + "\n")
    out.append(f"{t('progression.gas_result')}: ", style="bold")
    out.append((t(f"gas.level.{goal.gas_result}") if goal.gas_result is not None else t("progression.gas_no_result")) + "\n")
    out.append(f"{t('progression.t_score')}: ", style="bold")
    out.append(f"{t_score:.1f}".replace(".", ",") if t_score is not None else t("progression.t_none"))
    return out


@dataclass(frozen=True)
class GasEdit:
    levels: dict[int, str]
    result: int | None
    importance: int | None = None
    difficulty: int | None = None


def gas_key(level: int) -> str:
    """A level's field name in the GAS editor: -2 -> "m2", 0 -> "p0", +1 -> "p1"."""
    return f"{'m' if level < 0 else 'p'}{abs(level)}"


class GasEditor(FormScreen[Goal]):
    """Five level descriptions (prefilled) and the level reached; saves through the store (one call)."""

    def __init__(self, store: Store, goal_id: int) -> None:
        super().__init__(store, classes="gas")
        self.goal_id = goal_id
        self.editing(store.get_goal(goal_id))

    def title_text(self) -> str:
        return t("gas.editor.title")

    def intro_text(self) -> str:
        return self.store.get_goal(self.goal_id).text + "\n" + t("gas.editor.hint")

    def compose_fields(self) -> ComposeResult:
        levels = self.store.gas_levels(self.goal_id)
        goal = self.store.get_goal(self.goal_id)
        for level in reversed(LEVELS):
            yield self.text_field(gas_key(level), t(f"gas.level.{level}"), levels[level],
                                  aliases=(GAS_FIELDS[level],))
        yield self.select_field("result", t("gas.editor.result"),
                                [(t(f"gas.level.{level}"), level) for level in reversed(LEVELS)],
                                goal.gas_result, allow_blank=True, prompt=t("gas.editor.no_result"),
                                aliases=("gas_result",))
        with Horizontal(classes="row"):
            for field in ("importance", "difficulty"):
                yield self.select_field(field, t(f"gas.editor.{field}"),
                                        [(t(f"gas.editor.{field}.{n}"), n) for n in (1, 2, 3)],
                                        getattr(goal, f"gas_{field}"), allow_blank=True,
                                        prompt=t("gas.editor.unset"), aliases=(f"gas_{field}",))
        yield ReadOnlyText(t("gas.editor.weight_hint"), classes="context")

    def edit(self) -> GasEdit:
        levels = {level: self.text(gas_key(level)) for level in LEVELS}
        picked = {key: self.choice(key) for key in ("result", "importance", "difficulty")}
        ints = {key: v if isinstance(v, int) else None for key, v in picked.items()}
        return GasEdit(levels, ints["result"], ints["importance"], ints["difficulty"])

    def save(self) -> Goal:
        e = self.edit()
        return self.store.save_gas(self.goal_id, e.levels, e.result, weighting=(e.importance, e.difficulty),
                                   **self.expected())


class ProgressionScreen(LocalizedBindings):
    """The readings history of one goal, made visible."""

    CSS_PATH = "progression.tcss"
    BINDINGS = [
        Binding("escape", "back", "progression.key.back"),
        Binding("e", "edit_gas", "progression.key.gas"),
        Binding("plus,+", "threshold(1)", "progression.key.more"),
        Binding("minus,-", "threshold(-1)", "progression.key.less"),
    ]

    def __init__(self, store: Store, goal_id: int, *, threshold: int | None = None) -> None:
        super().__init__()
        self.store = store
        self.goal_id = goal_id
        self.threshold = threshold

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="prog-body"):
            yield Static("", id="prog-goal", markup=False)
            with Horizontal(id="prog-top"):
                with Vertical(id="prog-left"):
                    yield Static(t("progression.chart"), id="prog-chart-title", markup=False)
                    yield ProgressionChart(id="prog-chart")
                yield Static("", id="prog-figures", markup=False)
            with Horizontal(id="prog-bottom"):
                yield Static("", id="prog-done", markup=False)
                yield Static("", id="prog-gas", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = t("progression.title")
        self.reload()

    def reload(self) -> None:
        p = self.store.goal_progression(self.goal_id, threshold=self.threshold)
        self.progression = p
        plan = self.store.get_plan(p.goal.plan_id)
        self.sub_title = harmless(self.store.get_citizen(plan.citizen_id).name)
        title = Text()
        title.append(t(f"area.{p.goal.area.value}") + ": ", style="bold")
        title.append(harmless(p.goal.text))
        self.query_one("#prog-goal", Static).update(title)
        self.query_one("#prog-chart", ProgressionChart).show(p)
        self.query_one("#prog-figures", Static).update(render_figures(p))
        self.query_one("#prog-done", Static).update(render_done(p))
        t_score = self.store.citizen_gas_t_score(plan.citizen_id)
        self.query_one("#prog-gas", Static).update(render_gas(p.goal, t_score))

    def action_back(self) -> None:
        self.dismiss()

    def action_threshold(self, delta: int) -> None:
        """N for "important change" in this view: from the setting (2 or $RUNDBORD_IMPORTANT_CHANGE) up or down."""
        self.threshold = max(1, min(9, self.progression.threshold + delta))
        self.reload()

    def action_edit_gas(self) -> None:
        def saved(goal: Goal | None) -> None:
            if goal is not None:
                self.reload()
                self.notify(t("progression.gas_saved"))

        self.app.push_screen(GasEditor(self.store, self.goal_id), saved)
