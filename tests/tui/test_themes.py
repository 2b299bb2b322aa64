"""Themes: light, dark and projector; a key and the palette switch them."""
from __future__ import annotations

from store import Store
from tests.conftest import DEMO_TODAY
from tests.keys import press_one_by_one
from tui.app import build_app
from tui.themes import DARK, LIGHT, PROJECTOR, next_theme


def test_cycle_order() -> None:
    assert next_theme(LIGHT.name) == DARK.name
    assert next_theme(DARK.name) == PROJECTOR.name
    assert next_theme(PROJECTOR.name) == LIGHT.name
    assert next_theme("textual-dark") == LIGHT.name


async def test_default_theme_and_ctrl_t_switches(store: Store) -> None:
    app = build_app(store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == LIGHT.name
        await press_one_by_one(pilot, "ctrl+t")
        assert app.theme == DARK.name
        await press_one_by_one(pilot, "ctrl+t")
        assert app.theme == PROJECTOR.name


async def test_theme_option_and_palette(store: Store) -> None:
    app = build_app(store, today=DEMO_TODAY, theme="projector")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == PROJECTOR.name
        await press_one_by_one(pilot, "ctrl+p")
        await pilot.press(*"Tema: mørkt")
        for _ in range(50):
            await pilot.pause()
            if app.screen.query("CommandList").first().option_count:
                break
        await press_one_by_one(pilot, "enter")
        assert app.theme == DARK.name
