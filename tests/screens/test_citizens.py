"""The citizens list: empty state, search as you type, open a plan, create a citizen."""
from __future__ import annotations

from textual.widgets import Input

from screens.citizens import CitizensScreen
from screens.widgets.citizen_list import CitizenList
from screens.plan import PlanScreen
from store import Store
from tests.conftest import DEMO_TODAY
from tests.keys import press_one_by_one
from tests.screens.plan_helpers import static_text
from tui.app import build_app


def _names(screen: CitizensScreen) -> list[str]:
    return [row.name for row in screen.query_one("#citizen-table", CitizenList).rows]


async def test_empty_state_says_what_to_do_first(store: Store) -> None:
    app = build_app(store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CitizensScreen)
        text = static_text(app, "#citizens-empty")
        assert "Ingen borgere endnu" in text and "tryk n" in text and "rundbord demo" in text


async def test_search_as_you_type_on_name_and_goal(demo_store: Store) -> None:
    demo_store.create_citizen("Bent Hansen")
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CitizensScreen)
        assert _names(screen) == ["Bent Hansen", "Nanna Kildegaard"]
        await press_one_by_one(pilot, "slash", *"detail")
        assert screen.query_one("#citizen-search", Input).value == "detail"
        assert _names(screen) == ["Nanna Kildegaard"]  # matched on the overall goal
        await press_one_by_one(pilot, *"xyz")
        assert _names(screen) == []
        assert "Ingen borgere matcher" in static_text(app, "#citizens-empty")
        screen.query_one("#citizen-search", Input).value = "bent"
        await pilot.pause()
        assert _names(screen) == ["Bent Hansen"]


async def test_enter_opens_the_plan_and_escape_comes_back(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await press_one_by_one(pilot, "enter")
        assert isinstance(app.screen, PlanScreen)
        assert app.screen.citizen_id == demo_citizen_id
        assert demo_store.view_state().citizen_id == demo_citizen_id
        await press_one_by_one(pilot, "escape")
        assert isinstance(app.screen, CitizensScreen)


async def test_new_citizen_with_n_opens_their_plan(store: Store) -> None:
    app = build_app(store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await press_one_by_one(pilot, "n")
        editor = app.screen
        assert type(editor).__name__ == "CitizenEditor"
        editor.query_one("#f-name", Input).value = "Mona Berg"
        await press_one_by_one(pilot, "ctrl+s")
        assert [c.name for c in store.list_citizens()] == ["Mona Berg"]
        assert isinstance(app.screen, PlanScreen)
        assert "Mona Berg" in static_text(app, "#plan-header")


async def test_english_catalogue(store: Store) -> None:
    app = build_app(store, lang="en", today=DEMO_TODAY)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert "No citizens yet" in static_text(app, "#citizens-empty")
            labels = {b.binding.description for b in app.screen.active_bindings.values()}
            assert "New citizen" in labels and "Ny borger" not in labels
    finally:
        from screens.i18n import set_language

        set_language("da")


async def test_a_long_list_shows_a_page_and_says_how_many(store: Store) -> None:
    from screens.citizens import PAGE

    for i in range(PAGE + 12):
        store.create_citizen(f"Borger {i:03d} Testesen")
    app = build_app(store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CitizensScreen)
        assert len(_names(screen)) == PAGE and _names(screen)[0] == "Borger 000 Testesen"
        assert static_text(app, "#citizens-count") == f"Viser {PAGE} af {PAGE + 12} – skriv for at søge"
        await press_one_by_one(pilot, "slash", *"Borger 0")
        assert len(_names(screen)) == PAGE
        assert "Viser de første" in static_text(app, "#citizens-count")
        await press_one_by_one(pilot, *"05")
        assert _names(screen) == ["Borger 005 Testesen"]
        assert static_text(app, "#citizens-count") == ""  # every match shows: the line under the list is blank
