"""A representative few screens on PostgreSQL (the rest of the screen tests run on SQLite: the screens
speak only to the Store, and the store's tests run on both engines): the citizens list with search as
you type and opening a plan. A goal saved over a colleague's change showing the conflict runs on both engines in
test_edit_conflict.py."""
from __future__ import annotations

from textual.widgets import Input

from screens.citizens import CitizensScreen
from screens.plan import PlanScreen
from store import Store
from tests.conftest import DEMO_TODAY, TEST_USER
from tests.keys import press_one_by_one
from tui.app import build_app

from .test_citizens import _names

SIZE = (100, 30)


async def test_citizens_search_and_plan_on_postgresql(pg_demo_url: str) -> None:
    with Store(pg_demo_url, user=TEST_USER) as store:
        store.create_citizen("Åse Bak")
        app = build_app(store, today=DEMO_TODAY)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CitizensScreen)
            assert _names(screen) == ["Nanna Kildegaard", "Åse Bak"]  # Danish order: Å after Z
            await press_one_by_one(pilot, "slash", *"detail")
            assert screen.query_one("#citizen-search", Input).value == "detail"
            assert _names(screen) == ["Nanna Kildegaard"]  # found on the overall goal
            screen.query_one("#citizen-search", Input).value = ""
            await pilot.pause()
            await press_one_by_one(pilot, "escape", "enter")
            assert isinstance(app.screen, PlanScreen)
            nanna = store.list_citizens("nanna")[0].id
            assert app.screen.citizen_id == nanna
