"""Helpers for the editor tests: push an editor onto the real app, type, save."""
from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, Select, TextArea

from screens.forms import FormScreen as EditorScreen
from tests.keys import type_text


async def push(pilot: Pilot[Any], editor: Any) -> list[Any]:
    """Push `editor` onto the running app; the returned list receives its result."""
    results: list[Any] = []
    pilot.app.push_screen(editor, results.append)
    await pilot.pause()
    assert pilot.app.screen is editor
    return results


async def type_into(pilot: Pilot[Any], editor: EditorScreen[Any], name: str, text: str, *, clear: bool = True) -> None:
    """Focus a field and type `text` key by key (clearing it first); one wait when all keys are in.

    The focus change is a callback on the app's queue, ahead of the keys, so they land in this field.
    """
    widget = editor.query_one(f"#f-{name}")
    widget.focus()
    if clear:
        if isinstance(widget, Input):
            widget.value = ""
        elif isinstance(widget, TextArea):
            widget.load_text("")
    await type_text(pilot, text)


def paste_into(editor: EditorScreen[Any], name: str, text: str) -> None:
    """Put `text` in a field as a paste would (for text no key press can make)."""
    widget = editor.query_one(f"#f-{name}")
    if isinstance(widget, Input):
        widget.value = text
    elif isinstance(widget, TextArea):
        widget.load_text(text)
    else:
        raise TypeError(name)


def choose(editor: EditorScreen[Any], name: str, value: Any) -> None:
    editor.query_one(f"#f-{name}", Select).value = value


def field_value(editor: EditorScreen[Any], name: str) -> str:
    return editor.raw(name)


def error_text(editor: EditorScreen[Any], name: str) -> str:
    """The message shown under the field (what the error Label renders)."""
    label = editor.query_one(f"#err-{name}")
    assert label.display, f"no error shown under {name}"
    return str(label.render()).removeprefix("⚠ ")


async def save(pilot: Pilot[Any]) -> None:
    await pilot.press("ctrl+s")
    await pilot.pause()

