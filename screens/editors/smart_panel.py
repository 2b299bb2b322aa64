"""The SMART help beside a goal being written: five questions, answered/open, and hints."""
from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from screens.i18n import t
from store.smart import SmartItem


def smart_text(items: Sequence[SmartItem], hints: Sequence[str], *, questions: bool = True) -> Text:
    """The panel's content: the letters with ✓/○ and a word (and the open questions), then the hints.

    `questions=False` is the compact form under the wording at narrow widths: the
    five letters on one line.
    """
    out = Text()
    out.append(t("ed.smart.heading") + ("\n" if questions else ": "), style="bold")
    if not questions:
        for n, item in enumerate(items):
            mark = "✓" if item.answered else "○"
            word = t("ed.smart.answered") if item.answered else t("ed.smart.open")
            out.append(" · " if n else "")
            out.append(f"{mark} {item.letter} ", style="bold")
            out.append(word, style="bold" if item.answered else "italic")
        out.append("\n")
    for item in items if questions else ():
        mark = "✓" if item.answered else "○"
        word = t("ed.smart.answered") if item.answered else t("ed.smart.open")
        out.append(f"{mark} {item.letter} ", style="bold")
        out.append(f"{item.name}: ")
        out.append(word + "\n", style="bold" if item.answered else "italic")
        if questions and not item.answered:
            out.append(f"  {item.question}\n", style="dim")
    if hints:
        out.append("\n" + t("ed.smart.hints_heading") + "\n", style="bold")
        for hint in hints:
            out.append(f"• {hint}\n")
    else:
        out.append("\n" + t("ed.smart.no_hints") + "\n", style="italic")
    out.append(t("ed.smart.never_blocks"), style="dim")
    return out


class SmartPanel(Static):
    """Shows `smart_text`; the GoalEditor calls `show()` as the goal is typed."""

    def __init__(self, *, questions: bool = True, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", markup=False, id=id, classes=classes)
        self.questions = questions
        self.items: list[SmartItem] = []
        self.hints: list[str] = []

    def show(self, items: Sequence[SmartItem], hints: Sequence[str]) -> None:
        self.items = list(items)
        self.hints = list(hints)
        self.update(smart_text(items, hints, questions=self.questions))
