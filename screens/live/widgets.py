"""The parts of the shared screen. Each shows one slice of `LiveContent` and
changes only when its slice changed (no reload, no flicker). None is focusable:
the shared screen takes no input.
"""
from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Sparkline, Static

from screens.i18n import t
from store.enums import AgreementStatus

from .content import Agenda, AgreementLine, GoalCard

STATUS_SYMBOL: dict[AgreementStatus, str] = {
    AgreementStatus.OPEN: "○",
    AgreementStatus.DONE: "✓",
    AgreementStatus.CANCELLED: "✕",
}


def widget_id(key: str) -> str:
    """A Textual id from a content key ("goal:12" -> "live-goal-12")."""
    return "live-" + key.replace(":", "-")


class TextPanel(Static):
    """A Static that repaints only when its text really changed."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", id=id, classes=classes, markup=False)
        self._shown: Text | None = None

    def show(self, text: Text) -> None:
        if self._shown is not None and text == self._shown:
            return
        self._shown = text
        self.update(text)


class GoalCardView(Vertical):
    """One sub-goal: area, wording, latest reading large (Digits), history (Sparkline).

    With the class `-compact` it is one line (narrow screens, goals not in focus).
    """

    def __init__(self, card: GoalCard) -> None:
        super().__init__(id=widget_id(card.key), classes="goal-card")
        self.card = card

    def compose(self) -> ComposeResult:
        yield TextPanel(classes="goal-head")
        yield TextPanel(classes="goal-text")
        with Horizontal(classes="goal-figures"):
            yield Digits("", classes="goal-digits")
            yield TextPanel(classes="goal-of")
            yield Sparkline([], classes="goal-spark")
            yield TextPanel(classes="goal-small")

    def on_mount(self) -> None:
        self._paint(self.card, first=True)

    def show(self, card: GoalCard) -> None:
        if card != self.card:
            old, self.card = self.card, card
            self._paint(card, first=False, old=old)

    def _paint(self, card: GoalCard, *, first: bool, old: GoalCard | None = None) -> None:
        self.set_class(card.hidden, "-hidden")
        self.set_class(card.score is None, "-no-score")
        self.query_one(".goal-head", TextPanel).show(Text(t(f"area.{card.area.value}"), style="bold"))
        self.query_one(".goal-text", TextPanel).show(Text(card.text))
        score = "" if card.score is None else str(card.score)
        if first or old is None or old.score != card.score:
            self.query_one(".goal-digits", Digits).update(score)
        self.query_one(".goal-of", TextPanel).show(Text("/10" if score else ""))
        small = "" if card.hidden else (t("live.score_of", score=score) if score else t("live.no_reading"))
        self.query_one(".goal-small", TextPanel).show(Text(small))
        if first or old is None or old.history != card.history:
            self.query_one(".goal-spark", Sparkline).data = list(card.history)


def agenda_text(agenda: Agenda | None) -> Text:
    out = Text()
    if agenda is None:
        out.append(t("live.agenda") + "\n", style="bold")
        out.append(t("live.no_meeting"), style="dim")
        return out
    out.append(t("live.agenda") + "\n", style="bold")
    out.append(agenda.title + "\n\n", style="italic")
    for line in agenda.lines:
        if line.current:
            out.append("▶ " + line.title + "\n", style="bold reverse")
        elif line.done:
            out.append("✓ " + line.title + "\n", style="dim")
        else:
            out.append("  " + line.title + "\n")
    if agenda.notes:
        out.append("\n" + t("live.notes") + "\n", style="bold")
        for note in agenda.notes:
            out.append("• " + note + "\n")
    out.rstrip()
    return out


def status_text(line: AgreementLine) -> Text:
    if line.hidden:
        return Text("")
    carried = Text(f" ↻{line.carried_over}", style="dim") if line.carried_over else Text("")
    if line.overdue:
        return Text("⚠ " + t("agreement.overdue"), style="bold red") + carried
    word = t(f"agreement_status.{line.status.value}")
    style = {"done": "green", "cancelled": "dim"}.get(line.status.value, "")
    return Text(f"{STATUS_SYMBOL[line.status]} {word}", style=style) + carried


def agreements_table(lines: tuple[AgreementLine, ...], finished_not_shown: int = 0) -> Table | Text:
    if not lines:
        return Text(t("live.no_agreements"), style="dim")
    table = Table(
        title=t("live.agreements"), title_justify="left", title_style="bold", expand=True,
        show_edge=False, pad_edge=False, box=None, header_style="bold",
    )
    table.add_column(t("live.col.who"), ratio=2, no_wrap=True, overflow="ellipsis")
    table.add_column(t("live.col.what"), ratio=6, no_wrap=True, overflow="ellipsis")
    table.add_column(t("live.col.when"), width=10, no_wrap=True)
    table.add_column(t("live.col.status"), width=17, no_wrap=True)
    for line in lines:  # in the plan's order: the order agreed in the room
        what = Text(line.what, style="italic dim" if line.hidden else "")
        when = Text(line.when, style="bold red" if line.overdue else "")
        table.add_row(Text(line.who), what, when, status_text(line))
    if finished_not_shown:
        key = "live.finished_not_shown_one" if finished_not_shown == 1 else "live.finished_not_shown"
        table.add_row("", Text(t(key, count=finished_not_shown), style="dim italic"), "", "")
    return table


class AgreementsBoard(Static):
    """Who / what / when / status, overdue marked; older finished agreements as one line."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._shown: tuple[tuple[AgreementLine, ...], int] | None = None

    def show(self, lines: tuple[AgreementLine, ...], finished_not_shown: int = 0) -> None:
        if (lines, finished_not_shown) == self._shown:
            return
        self._shown = (lines, finished_not_shown)
        self.update(agreements_table(lines, finished_not_shown))
