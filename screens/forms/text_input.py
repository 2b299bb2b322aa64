"""`TextInput`: the one-line field of every form and of the citizens list's search.

Its own module, so the first screen (the citizens list) loads one `Input` and
not the whole form system (TextArea, SelectionList, the form screens).
"""
from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input


class TextInput(Input):
    """A one-line field: the cursor goes to the end on focus, the text is never selected."""

    def __init__(self, value: str = "", **kwargs: Any) -> None:
        kwargs.setdefault("compact", True)
        super().__init__(value, select_on_focus=False, **kwargs)

    def on_focus(self, event: events.Focus) -> None:
        self.cursor_position = len(self.value)
