"""Helpers for driving the meeting screens with Pilot (keys, dialogs, screen text)."""
from __future__ import annotations

from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Select, SelectionList, Static, TextArea

from screens.meetings import MeetingScreenBase
from screens.meetings.dialogs import FormDialog

SIZE = (100, 30)


def meeting_screen(app: App[Any]) -> MeetingScreenBase:
    screen = app.screen
    assert isinstance(screen, MeetingScreenBase), type(screen)
    return screen


async def goto_part(pilot: Pilot[Any], part: str) -> None:
    """Step down the agenda with the keyboard to the first item of `part`."""
    screen = meeting_screen(pilot.app)
    target = next(i for i, item in enumerate(screen.items) if item.part == part)
    agenda = screen.query_one("#agenda", OptionList)
    agenda.focus()
    await pilot.press("home")
    for _ in range(target):
        await pilot.press("down")
    await pilot.pause()
    assert screen.part == part


async def goto_row(pilot: Pilot[Any], index: int) -> None:
    screen = meeting_screen(pilot.app)
    screen.query_one("#rows", OptionList).focus()
    await pilot.press("home")
    for _ in range(index):
        await pilot.press("down")
    await pilot.pause()


async def fill(pilot: Pilot[Any], save: bool = True, **values: Any) -> FormDialog:
    """Fill the open dialog's fields by key and save with ctrl+s."""
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, FormDialog), type(dialog)
    for key, value in values.items():
        widget = dialog.query_one(f"#f-{key}")
        if isinstance(widget, Input):
            widget.value = value
        elif isinstance(widget, Select):
            widget.value = str(value)
        elif isinstance(widget, SelectionList):
            widget.deselect_all()
            for v in value:
                widget.select(str(v))
    if save:
        await pilot.press("ctrl+s")
        await pilot.pause()
    return dialog


def dialog_error(app: App[Any]) -> str:
    return str(app.screen.query_one("#dialog-error", Static).content)


def screen_text(app: App[Any]) -> str:
    """All text the current screen shows (statics, list rows, text areas)."""
    parts: list[str] = []
    for w in app.screen.query("*"):
        if isinstance(w, Static):
            parts.append(str(w.content))
        elif isinstance(w, OptionList):
            parts.extend(str(o.prompt) for o in w.options)
        elif isinstance(w, TextArea):
            parts.append(w.text)
    return "\n".join(parts)


async def decide_all_done(pilot: Pilot[Any]) -> int:
    """Mark every undecided review item done with `u`; returns how many."""
    screen = meeting_screen(pilot.app)
    await goto_part(pilot, "review")
    count = 0
    for i in range(len(screen.rows)):
        if screen.rows[i].decision is None:
            await goto_row(pilot, i)
            await pilot.press("u")
            await pilot.pause()
            count += 1
    return count


async def close_meeting(pilot: Pilot[Any], next_date: str) -> None:
    await goto_part(pilot, "next")
    await pilot.press("k")
    await fill(pilot, date=next_date)
