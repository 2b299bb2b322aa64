"""A representative few screens on PostgreSQL (the rest of the screen tests run on SQLite: the screens
speak only to the Store, and the store's tests run on both engines): the citizens list with search as
you type, opening a plan, and a goal saved over a colleague's change showing the conflict."""
from __future__ import annotations

from textual.widgets import Input

from screens.citizens import CitizensScreen
from screens.editors import GoalEditor
from screens.forms import ConflictScreen
from screens.plan import PlanScreen
from store import Store
from tests.conftest import DEMO_TODAY, TEST_USER
from tests.keys import press_one_by_one
from tui.app import build_app

from .editor_helpers import push, save, type_into
from .test_citizens import _names
from .test_edit_conflict import _dialog_text

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


async def test_a_goal_saved_over_a_colleagues_change_on_postgresql(pg_demo_url: str) -> None:
    with Store(pg_demo_url, user=TEST_USER) as store, Store(pg_demo_url, user="kollega") as colleague:
        citizen_id = store.list_citizens()[0].id
        goal = store.goals(store.plan_of(citizen_id).id or 0)[0]
        assert goal.id is not None
        app = build_app(store)
        async with app.run_test(size=SIZE) as pilot:
            editor = GoalEditor(store, goal.plan_id, goal.id)
            results = await push(pilot, editor)
            colleague.edit_goal(goal.id, "Kollegaens ordlyd", rationale=goal.rationale)
            await type_into(pilot, editor, "text", "Min ordlyd")
            await save(pilot)
            dialog = app.screen
            assert isinstance(dialog, ConflictScreen)
            shown = _dialog_text(dialog)
            assert "Ændret af kollega kl. 09:30, mens du skrev" in shown
            assert "Kollegaens ordlyd" in shown and "Min ordlyd" in shown
            assert store.get_goal(goal.id).text == "Kollegaens ordlyd"
            await pilot.press("m")
            await pilot.pause()
        (saved,) = results
        assert saved.text == store.get_goal(goal.id).text == "Min ordlyd"
        assert "Kollegaens ordlyd" in [r.text for r in store.goal_history(goal.id)]
        assert store.verify_audit_chain().ok
