"""The SMART help beside a goal being written: five questions, answered/open, and hints."""
from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from screens.i18n import t
from store.smart import SmartItem


def smart_text(items: Sequence[SmartItem], hints: Sequence[str], *, questions: bool = True) -> Text:
    """The panel's content: the letters with ✓/○ and a word (and the open questions), then the hints.

    `questions=False` is the compact form under the wording at narrow widths:
    the five letters with ✓/○ on one line (and what the marks mean), then the
    hints; no blank lines, so the form keeps its room at 80x24.
    """
    if not questions:
        return _compact(items, hints)
    out = Text()
    out.append(t("ed.smart.heading") + "\n", style="bold")
    for item in items:
        mark = "✓" if item.answered else "○"
        word = t("ed.smart.answered") if item.answered else t("ed.smart.open")
        out.append(f"{mark} {item.letter} ", style="bold")
        out.append(t(f"ed.smart.q.{item.field}.name") + ": ")
        out.append(word + "\n", style="bold" if item.answered else "italic")
        if not item.answered:
            out.append("  " + t(f"ed.smart.q.{item.field}.question") + "\n", style="dim")
    if hints:
        out.append("\n" + t("ed.smart.hints_heading") + "\n", style="bold")
        for hint in hints:
            out.append(f"• {hint}\n")
    else:
        out.append("\n" + t("ed.smart.no_hints") + "\n", style="italic")
    out.append(t("ed.smart.never_blocks"), style="dim")
    return out


def _compact(items: Sequence[SmartItem], hints: Sequence[str]) -> Text:
    out = Text()
    out.append(t("ed.smart.heading") + ": ", style="bold")
    for n, item in enumerate(items):
        out.append("  " if n else "")
        out.append(f"{'✓' if item.answered else '○'} {item.letter}", style="bold" if item.answered else "italic")
    out.append("  " + t("ed.smart.legend") + "\n", style="dim")
    for hint in hints:
        out.append(f"• {hint}\n")
    if not hints:
        out.append(t("ed.smart.no_hints") + " ", style="italic")
    out.append(t("ed.smart.never_blocks"), style="dim")
    return out


class SmartPanel(Static):
    """Shows `smart_text`; the GoalEditor calls `show()` as the goal is typed."""

    def __init__(self, *, questions: bool = True, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", markup=False, id=id, classes=classes)
        self.questions = questions
        self.items: list[SmartItem] = []
        self.hints: list[str] = []
        self._text: Text | None = None

    def show(self, items: Sequence[SmartItem], hints: Sequence[str]) -> None:
        """Show these answers and hints; when the panel would read the same, nothing is redrawn.

        Every field of the form says Changed once as it is mounted, and most keys
        typed change no mark and no hint: a new text each time would lay the form
        out again for nothing.
        """
        self.items = list(items)
        self.hints = list(hints)
        text = smart_text(items, hints, questions=self.questions)
        if text == self._text:
            return
        self._text = text
        self.update(text)
