"""The controls a form is made of, each behaving the same in every form.

- `TextInput` (text_input.py, its own module: the first screen's search field loads
  nothing else of the forms): one line. Focusing it puts the cursor at the end and never
  selects the text (a selected text is replaced by the next key, so a fast
  Tab-and-type would overwrite the field).
- `TextBox`: several lines; the same focus rule.
- `MarkedCheckbox`: ticked reads as ✓, not by colour alone.
- `MarkedSelectionList`: a list to choose several from (the participants of a
  meeting); a chosen row reads ✓, an unchosen one is empty — not colour alone.
"""
from __future__ import annotations

import unicodedata
from typing import Any

from rich.segment import Segment
from textual import events
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList, TextArea
from textual.widgets.option_list import OptionDoesNotExist

from .text_input import COMPACT, TextInput

__all__ = ["MarkedCheckbox", "MarkedSelectionList", "TextBox", "TextInput", "control_characters", "strip_control"]

ALLOWED_CONTROL = {"\n", "\t"}


def control_characters(text: str, *, multiline: bool = False) -> list[str]:
    """Control characters (ESC, BEL, ...) in text; newline and tab are allowed in multi-line fields."""
    allowed = ALLOWED_CONTROL if multiline else set()
    return [ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in allowed]


def strip_control(text: str, *, multiline: bool = False) -> str:
    allowed = ALLOWED_CONTROL if multiline else set()
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in allowed)


class TextBox(TextArea):
    """A multi-line field (Tab moves on): the cursor goes to the end on focus."""

    def __init__(self, text: str = "", **kwargs: Any) -> None:
        compact = kwargs.pop("compact", True)
        kwargs.setdefault("soft_wrap", True)
        kwargs.setdefault("tab_behavior", "focus")
        kwargs.setdefault("show_line_numbers", False)
        super().__init__(text, **kwargs)
        if compact:  # as TextInput sets it: no styling before the field is mounted
            self.set_reactive(TextArea.compact, True)
            self.add_class(COMPACT, update=False)

    def on_focus(self, event: events.Focus) -> None:
        self.move_cursor(self.document.end)


class MarkedCheckbox(Checkbox):
    """A checkbox whose state reads without colour: ✓ when ticked, empty when not."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "✓" if self.value else " "
        return super()._button


class MarkedSelectionList(SelectionList[str]):
    """Choose several: a chosen row shows ✓ in its box, an unchosen one an empty box."""

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        try:
            option = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return line
        segments = list(line)
        if len(segments) < 4:
            return line
        box = segments[1]
        mark = "✓" if option.value in self.selected else " "
        segments[1] = Segment(mark.ljust(len(box.text)), box.style, box.control)
        return Strip(segments, line.cell_length)
