"""A search key is drawn in one frame, without laying the screen out again (issues 18/19: keystroke -> frame).

The field and the list it filters change together: the list is read in the same
turn as the key that changed the field, so the frame that shows the new text
shows the new rows too; and typing never lays the screen out again (the field's
and the count line's sizes do not follow their text).
"""
from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Input

from screens.citizens import PAGE, CitizensScreen
from screens.forms.text_input import TextInput
from screens.widgets.citizen_list import CitizenList
from store import Store
from tests.conftest import DEMO_TODAY
from tests.screens.plan_helpers import static_text
from tui.app import build_app


def _names(screen: CitizensScreen) -> list[str]:
    return [row.name for row in screen.query_one("#citizen-table", CitizenList).rows]


def _many(store: Store) -> None:
    """More than a page of citizens, in groups a search narrows step by step."""
    for i in range(PAGE + 12):
        store.create_citizen(f"Borger {i:03d} Testesen")
    for i in range(30):
        store.create_citizen(f"Lise {i:02d} Berg")
    for name in ("Lone Kristensen", "Lone Kirk", "Lars Lund"):
        store.create_citizen(name)


class Counts:
    """Frames drawn (the app's display hook) and layouts of the screen (its layout signal)."""

    def __init__(self, app: Any, screen: Screen[Any]) -> None:
        self.frames = 0
        self.layouts = 0
        app.post_display_hook = self._frame
        screen.screen_layout_refresh_signal.subscribe(screen, self._layout)

    def _frame(self) -> None:
        self.frames += 1

    def _layout(self, screen: Screen[Any]) -> None:
        self.layouts += 1

    def reset(self) -> None:
        self.frames = self.layouts = 0


async def test_the_list_follows_the_field_in_the_same_turn(demo_store: Store) -> None:
    """Setting the field's text changes the list before anything else runs: no message round between them."""
    demo_store.create_citizen("Bent Hansen")
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CitizensScreen)
        field = screen.query_one("#citizen-search", Input)
        field.value = "bent"
        assert _names(screen) == ["Bent Hansen"]  # no await in between
        field.value = ""
        assert _names(screen) == ["Bent Hansen", "Nanna Kildegaard"]


async def test_a_key_that_changes_the_rows_is_one_frame_and_no_layout(store: Store) -> None:
    _many(store)
    app = build_app(store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CitizensScreen)
        field = screen.query_one("#citizen-search", Input)
        await pilot.press("slash")
        field.cursor_blink = False
        await pilot.pause()
        counts = Counts(app, screen)
        first = f"Viser de første {PAGE}"
        everyone = f"Viser {PAGE} af {PAGE + 45}"
        lones = ["Lone Kirk", "Lone Kristensen"]
        # (key, how many rows then, the count line's words). The number of rows changes, the list
        # gets longer and shorter than the screen (its scroll bar comes and goes), the count line's
        # words change ("Viser 50 af 95" -> blank when every match shows -> "Viser de første 50").
        steps: list[tuple[str, int, str]] = [
            ("L", 33, ""), ("i", 30, ""),  # a word's first letters: Lars, Lise (30), Lone
            ("backspace", 33, ""), ("backspace", PAGE, everyone),
            ("B", PAGE, first), ("backspace", PAGE, everyone),
            ("L", 33, ""), ("o", 2, ""),  # from more rows than the screen holds to two
            ("backspace", 33, ""), ("o", 2, ""),
            ("n", 2, ""), ("e", 2, ""), ("space", 2, ""), ("K", 2, ""), ("r", 1, ""), ("backspace", 2, ""),
        ]
        for key, rows, count in steps:
            counts.reset()
            await pilot.press(key)
            await pilot.pause()
            assert len(_names(screen)) == rows, (key, _names(screen))
            said = static_text(app, "#citizens-count")
            assert said.startswith(count) if count else said == "", (key, said)
            assert counts.layouts == 0, f"{key!r} laid the screen out again"
            assert counts.frames == 1, f"{key!r} drew {counts.frames} frames"
        assert _names(screen) == lones and field.value == "Lone K"


async def test_a_long_search_scrolls_in_its_field(demo_store: Store) -> None:
    """The field's text width is kept without a layout; it still scrolls to keep the cursor in sight."""
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CitizensScreen)
        field = screen.query_one("#citizen-search", TextInput)
        await pilot.press("slash")
        text = "abcdefghij" * 9 + "SLUT"
        await pilot.press(*text)
        await pilot.pause()
        assert field.value == text
        assert field.virtual_size.width == len(text) + 1  # the text and the cursor after it
        assert field.scroll_x > 0
        shown = field.render_line(0).text  # the text line (the border is drawn around it)
        assert shown.rstrip().endswith("SLUT") and not shown.startswith("abcdefghij")  # scrolled to the end
        await pilot.press("home")
        await pilot.pause()
        assert field.scroll_x == 0 and field.render_line(0).text.startswith("abcdefghij")
