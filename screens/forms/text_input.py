"""`TextInput`: the one-line field of every form and of the citizens list's search.

Its own module, so the first screen (the citizens list) loads one `Input` and
not the whole form system (TextArea, SelectionList, the form screens).
"""
from __future__ import annotations

from typing import Any

from textual import events
from textual.geometry import Size
from textual.widgets import Input


COMPACT = "-textual-compact"
"""The class Textual's `compact` sets. Set with the value before the field is mounted: Textual
styles a widget whose class changes at once, mounted or not (~1 ms a field), and styles it
again when it is mounted."""


class TextInput(Input):
    """A one-line field: the cursor goes to the end on focus, the text is never selected."""

    def __init__(self, value: str = "", **kwargs: Any) -> None:
        compact = kwargs.pop("compact", True)
        super().__init__(value, select_on_focus=False, **kwargs)
        if compact:
            self.set_reactive(Input.compact, True)
            self.add_class(COMPACT, update=False)

    def _watch_value(self, value: str) -> None:
        """Input's own watcher, without laying the screen out again for every key.

        Textual's `Input` sets its virtual size (the text's width, which bounds
        how far it scrolls sideways) whenever its value changes, and a virtual
        size is a layout reactive: each key typed laid the whole screen out
        again (10-20 ms at 160x48, and one more frame for the scroll bars the
        layout touched). A field's size does not follow its text, so the virtual
        size is stored without a layout; a field whose width is `auto` is still
        laid out by `Input` itself.
        """
        self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)

    def on_focus(self, event: events.Focus) -> None:
        self.cursor_position = len(self.value)
