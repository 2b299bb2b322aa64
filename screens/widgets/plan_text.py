"""How plan items read on screen: words and symbols, never colour alone.

User text is appended to `rich.text.Text` as data, never parsed as markup.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rich._wrap import divide_line  # Rich's word wrap, as used by Text.wrap
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from screens.i18n import language, t
from store.enums import AgreementStatus, GoalStatus
from store.repeat import when_text
from store.rules import headline_reading, is_overdue
from store.textrules import screen_text

if TYPE_CHECKING:
    from store.models import Agreement, Participant
    from store.plan_view import GoalView


def harmless(text: str) -> str:
    """User text safe to paint: `store.textrules.screen_text`, the one rule for every surface.

    The store keeps control characters as data (they may come from the store
    API or an older file); a terminal would act on them (ESC[2J clears the
    screen), so they are shown as pictures (␛ for ESC); CPR-like numbers are
    masked. Newlines and tabs stay; the length stays. Put the result in a
    `rich.text.Text` (never markup), or through `markup_safe` where a string is
    read as markup.
    """
    return screen_text(text)


def harmless_text(text: Text) -> Text:
    """A `Text` assembled from user text, made safe as a whole (`harmless` on its plain text).

    The rule keeps the length, so the styles stay where they were. For screens
    that build a label from many pieces: apply it where the label is shown.
    """
    safe = harmless(text.plain)
    if safe == text.plain:
        return text
    out = text.copy()
    out.plain = safe
    return out


def markup_safe(text: str) -> str:
    """User text for a place that reads markup (a notification, a markup label): `harmless`, escaped."""
    from rich.markup import escape

    return escape(harmless(text))


LOCK = "🔒 "
GOAL_SYMBOL: dict[GoalStatus, str] = {
    GoalStatus.ACTIVE: "●",
    GoalStatus.ACHIEVED: "✔",
    GoalStatus.PAUSED: "‖",
    GoalStatus.DROPPED: "✕",
}
AGREEMENT_SYMBOL: dict[AgreementStatus, str] = {
    AgreementStatus.OPEN: "○",
    AgreementStatus.DONE: "✔",
    AgreementStatus.CANCELLED: "✕",
}


def fmt_date(d: date | None) -> str:
    """dd-mm-åååå, or '' for no date."""
    return d.strftime("%d-%m-%Y") if d else ""


def goal_status_text(status: GoalStatus) -> Text:
    return Text(f"{GOAL_SYMBOL[status]} {t('goal_status.' + status.value)}")


def agreement_status_text(agreement: Agreement, today: date) -> Text:
    """'○ Åben', '✔ Udført', '✕ Udgået' or '⚠ Overskredet'."""
    if is_overdue(agreement, today):
        return Text(f"⚠ {t('agreement.overdue')}", style="bold")
    return Text(f"{AGREEMENT_SYMBOL[agreement.status]} {t('agreement_status.' + agreement.status.value)}")


def text_height(console: Console, text: Text, width: int) -> int:
    """Lines `text` takes at `width`, as `Text.wrap` (fold) would wrap it (`plain_height` of its text)."""
    return plain_height(console, text.plain, width)


def plain_height(console: Console, plain: str, width: int) -> int:
    """Lines a text of these characters takes at `width`, as `Text.wrap` (fold) would wrap it.

    Counted with Rich's own line breaker (what `Text.wrap` calls) on the plain
    text (styles do not move a line break): `Text.wrap` also builds every
    wrapped line as a `Text`, which was half the time of filling a board of
    150 agreements. The plan's lists lay themselves out with it before they
    draw a line, and the board before it builds a row's cells.
    """
    width = max(1, width)
    lines = plain.split("\n")
    if all(cell_len(line) <= width for line in lines):
        return len(lines)
    if "\t" in plain:  # tabs are expanded before wrapping: let Rich do it all
        return len(Text(plain).wrap(console, width))
    return sum(len(divide_line(line, width, fold=True)) + 1 for line in lines)


class Hanging:
    """A bullet, then blocks of text whose wrapped lines hang under the first.

    Looks like a two-column `Table.grid` (bullet | text) but wraps each block
    once per render instead of laying out a table: the goal list renders all
    its options to know their heights (40 goals: ~30 ms less on opening a plan).
    """

    def __init__(self, bullet: str, *blocks: Text, indent: int = 2,
                 wrapped: dict[int, list[Text]] | None = None) -> None:
        self.bullet = bullet
        self.blocks = blocks
        self.indent = indent
        self._wrapped: dict[int, list[Text]] = {} if wrapped is None else wrapped
        """The blocks' wrapped lines by width, shared with the marked copy: the list renders each
        option several times (its height, its lines, again after the first layout) at one width."""

    def with_mark(self, mark: str) -> "Hanging":
        """The same lines with `mark` ("▶ " when selected) in place of the bullet."""
        return Hanging(self.bullet if not mark.strip() else mark.strip(), *self.blocks, indent=self.indent,
                       wrapped=self._wrapped)

    @property
    def plain(self) -> str:
        return " ".join([self.bullet, *(b.plain for b in self.blocks)])

    def height(self, console: Console, width: int) -> int:
        """The lines it takes at `width` (as `__rich_console__` draws it), without drawing them."""
        inner = max(1, width - self.indent)
        lines = self._wrapped.get(inner)
        if lines is not None:
            return len(lines)
        return sum(text_height(console, block, inner) for block in self.blocks)

    def __str__(self) -> str:
        return self.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        inner = max(1, options.max_width - self.indent)
        lines = self._wrapped.get(inner)
        if lines is None:
            lines = self._wrapped[inner] = [line for block in self.blocks for line in block.wrap(console, inner)]
        prefix = self.bullet.ljust(self.indent)
        for line in lines:
            out = Text(prefix, end="\n")
            out.append_text(line)
            out.no_wrap = True
            prefix = " " * self.indent
            yield out

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widths = [Measurement.get(console, options, b) for b in self.blocks]
        return Measurement(
            self.indent + max((w.minimum for w in widths), default=0),
            self.indent + max((w.maximum for w in widths), default=0),
        )


def goal_prompt(gv: GoalView, participants: list[Participant]) -> Hanging:
    """A sub-goal in the list: its words (hanging indent), then its latest reading and status."""
    goal = gv.goal
    words = Text()
    if goal.private:
        words.append(LOCK)
    words.append(harmless(goal.text))
    state = Text()
    reading = headline_reading(gv.readings, participants)
    if reading is not None:
        state.append(t("plan.reading", score=reading.score), style="bold")
    else:
        state.append(t("plan.no_reading"), style="italic")
    state.append("  ·  ")
    state.append_text(goal_status_text(goal.status))
    return Hanging("•", words, state)


def agreement_words(agreement: Agreement, who: Participant | None) -> tuple[str, str]:
    """What `agreement_cell` shows, as plain text: who, and what (🔒 before it when private)."""
    name = harmless(who.name) if who else t("plan.nobody")
    return name, (LOCK if agreement.private else "") + harmless(agreement.what)


def agreement_cell(agreement: Agreement, who: Participant | None) -> Text:
    """Who (first line) and what (below)."""
    name, what = agreement_words(agreement, who)
    out = Text()
    out.append(name, style="bold")
    out.append("\n")
    out.append(what)
    return out


def when_words(agreement: Agreement, today: date) -> str:
    """What `when_cell` shows, as plain text: the date or the repeat, then the status."""
    return f"{_when_line(agreement)}\n{agreement_status_text(agreement, today).plain}"


def _when_line(agreement: Agreement) -> str:
    if agreement.repeat:
        return "↻ " + when_text(None, agreement.repeat, language())
    return fmt_date(agreement.due_date) or t("plan.no_date")


def when_cell(agreement: Agreement, today: date) -> Text:
    """The date, or the repeat in words ('↻ hver torsdag'); then the status."""
    out = Text(_when_line(agreement))
    out.append("\n")
    out.append_text(agreement_status_text(agreement, today))
    return out
