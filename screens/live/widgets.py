"""The parts of the shared screen. Each shows one slice of `LiveContent` and
changes only when its slice changed (no reload, no flicker). None is focusable:
the shared screen takes no input.
"""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Digits, Sparkline, Static

from screens.i18n import t
from store.enums import AgreementStatus

from .content import Agenda, AgreementLine, GoalCard

WHO_MAX = 24
"""The widest the names column gets; a longer name is cut after a whole word, with "…"."""
WHEN_MAX = 22

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


ELLIPSIS = "…"


def fit_words(text: str, width: int) -> str:
    """One line of at most `width` cells: whole words, then "…" if anything was left off."""
    if width <= 0:
        return ""
    if Text(text).cell_len <= width:
        return text
    room = width - 1
    cut = Text(text)
    cut.truncate(room)
    plain = cut.plain
    space = plain.rfind(" ")
    if space >= room // 2:
        plain = plain[:space]
    return plain.rstrip() + ELLIPSIS


def fit_name(name: str, width: int) -> str:
    """A person's name in `width` cells: whole, else with initials ("Lone B. Sørensen", "Lone B. S."),
    else the first name and "…"; never cut inside a word without a mark."""
    if Text(name).cell_len <= width:
        return name
    words = name.split()
    for keep_last in (True, False):
        if len(words) > 2 or (len(words) == 2 and not keep_last):
            middle = [w[0] + "." for w in words[1:-1]] if keep_last else [w[0] + "." for w in words[1:]]
            short = " ".join([words[0], *middle, *(words[-1:] if keep_last else [])])
            if Text(short).cell_len <= width:
                return short
    return fit_words(name, width)


def fit_lines(console: Console, text: Text, width: int, height: int) -> Text:
    """`text` wrapped to `width`, at most `height` lines; if more it ends with "…" (after a whole word if it can)."""
    if width <= 0 or height <= 0:
        return Text("")
    lines = text.wrap(console, width)
    if len(lines) <= height:
        return Text("\n").join(lines)
    kept = list(lines[:height])
    last = kept[-1].copy()
    last.rstrip()
    if last.cell_len + 1 > width:  # no room for the mark: drop the last word (or cut it, if it is the only one)
        last.truncate(width - 1)
        space = last.plain.rfind(" ")
        if space > 0:
            last = last[:space]
        last.rstrip()
    last.append(ELLIPSIS)
    kept[-1] = last
    return Text("\n").join(kept)


class FittedText(Widget):
    """Text wrapped to the widget's size; what does not fit ends with "…", never cut off unmarked."""

    DEFAULT_CSS = """
    FittedText { height: auto; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._text = Text("")

    @property
    def text(self) -> Text:
        return self._text

    def show(self, text: Text) -> None:
        """Show `text`; the screen is laid out again only when it needs another number of lines.

        A change of the same height (a word changed in the overall goal) repaints this
        widget alone: laying out the projector's ~300 widgets for it was most of the
        time from a commit to the room seeing it.
        """
        if text == self._text:
            return
        width = self.content_region.width
        same_height = width > 0 and self._lines(self._text, width) == self._lines(text, width)
        self._text = text
        self.refresh(layout=not same_height)

    def _lines(self, text: Text, width: int) -> int:
        return max(1, len(text.wrap(self.app.console, max(1, width))))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return max(1, len(self._text.wrap(self.app.console, max(1, width))))

    def render(self) -> Text:
        size = self.content_region.size
        return fit_lines(self.app.console, self._text, size.width, size.height)


class GoalCardView(Vertical):
    """One sub-goal: area, wording, latest reading large (Digits), history (Sparkline).

    With the class `-compact` it is one line (narrow screens, goals not in focus).
    """

    def __init__(self, card: GoalCard) -> None:
        super().__init__(id=widget_id(card.key), classes="goal-card")
        self.card = card

    def compose(self) -> ComposeResult:
        yield TextPanel(classes="goal-head")
        yield FittedText(classes="goal-text")
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
        self.query_one(".goal-text", FittedText).show(Text(card.text))
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


def agreements_table(lines: tuple[AgreementLine, ...], finished_not_shown: int = 0, width: int = 0,
                     height: int = 0) -> Table | Text:
    """The board as a table `width` wide (0: any): names whole when they fit (else initials, never
    cut unmarked), "what" cut with "…"; rows beyond `height` lines are one line that says how many."""
    if not lines:
        return Text(t("live.no_agreements"), style="dim")
    table = Table(
        title=t("live.agreements"), title_justify="left", title_style="bold", expand=True,
        show_edge=False, pad_edge=False, box=None, header_style="bold",
    )
    statuses = [status_text(line) for line in lines]
    status_width = max(len(t("live.col.status")), max(s.cell_len for s in statuses))
    when_width = max(len(t("live.col.when")), min(max((len(line.when) for line in lines), default=10), WHEN_MAX))
    names = max((Text(line.who).cell_len for line in lines), default=4)
    room = width - status_width - when_width - 3 if width else 0  # 3: the gaps between the four columns
    cap = min(WHO_MAX, max(8, room // 3)) if width else WHO_MAX
    who_width = max(len(t("live.col.who")), min(names, cap))
    table.add_column(t("live.col.who"), width=who_width, no_wrap=True)
    table.add_column(t("live.col.what"), ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column(t("live.col.when"), width=when_width, no_wrap=True)
    table.add_column(t("live.col.status"), width=status_width, no_wrap=True)
    shown = list(zip(lines, statuses))
    cut = 0
    room_rows = height - 2 if height else 0  # 2: the title and the header
    if room_rows and len(shown) + (1 if finished_not_shown else 0) > room_rows:
        keep = max(0, room_rows - 1)
        cut = len(shown) - keep
        shown = shown[:keep]
    for line, status in shown:  # in the plan's order: the order agreed in the room
        what = Text(line.what, style="italic dim" if line.hidden else "")
        when = Text(fit_words(line.when, when_width), style="bold red" if line.overdue else "")
        table.add_row(Text(fit_name(line.who, who_width)), what, when, status)
    if cut:
        table.add_row("", Text(t("live.more_rows", count=cut + finished_not_shown), style="dim italic"), "", "")
    elif finished_not_shown:
        key = "live.finished_not_shown_one" if finished_not_shown == 1 else "live.finished_not_shown"
        table.add_row("", Text(t(key, count=finished_not_shown), style="dim italic"), "", "")
    return table


class AgreementsBoard(Widget):
    """Who / what / when / status, overdue marked; what does not fit is one line saying how many."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: tuple[tuple[AgreementLine, ...], int] | None = None

    @property
    def lines(self) -> tuple[AgreementLine, ...]:
        return self._shown[0] if self._shown else ()

    def show(self, lines: tuple[AgreementLine, ...], finished_not_shown: int = 0) -> None:
        if (lines, finished_not_shown) == self._shown:
            return
        self._shown = (lines, finished_not_shown)
        self.refresh()

    def render(self) -> Table | Text:
        if self._shown is None:
            return Text("")
        size = self.content_region.size
        return agreements_table(self._shown[0], self._shown[1], size.width, size.height)
