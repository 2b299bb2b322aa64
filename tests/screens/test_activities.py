"""A goal's activities from the plan: list, add, edit, delete and undo, by keyboard."""
from __future__ import annotations

from textual.widgets import DataTable

from screens.activities import ActivitiesScreen
from screens.editors import ActivityEditor
from screens.plan import PlanScreen
from store import Store
from store.enums import Area
from tests.conftest import DEMO_TODAY
from tests.keys import press_one_by_one
from tests.screens.editor_helpers import save, type_into
from tui.app import build_app


def _rows(screen: ActivitiesScreen) -> list[str]:
    table = screen.query_one("#activity-table", DataTable)
    return [" | ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]


async def test_activities_of_a_goal_add_edit_delete_undo(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    school = next(g for g in demo_store.goals(plan_id) if g.area is Area.EDUCATION)
    assert school.id is not None
    before = [a.text for a in demo_store.activities(school.id)]
    assert before == ["FVU-dansk, hold 3"]
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        plan = app.screen
        assert isinstance(plan, PlanScreen)
        plan.select(goal_id=school.id)
        await pilot.pause()
        await press_one_by_one(pilot, "t")
        screen = app.screen
        assert isinstance(screen, ActivitiesScreen)
        assert "FVU-dansk trin 1" in str(screen.query_one(".record-title").render())
        assert [r.split(" | ")[0] for r in _rows(screen)] == before

        await press_one_by_one(pilot, "n")
        editor = app.screen
        assert isinstance(editor, ActivityEditor)
        await type_into(pilot, editor, "text", "Lektiecafé [bold]onsdag[/]")
        await type_into(pilot, editor, "short_term_aim", "Hver onsdag i 4 uger")
        await save(pilot)
        assert app.screen is screen
        assert any(r.startswith("Lektiecafé [bold]onsdag[/]") for r in _rows(screen))
        new = next(a for a in demo_store.activities(school.id) if a.text.startswith("Lektiecafé"))

        table = screen.query_one("#activity-table", DataTable)
        table.move_cursor(row=table.get_row_index(str(new.id)))
        await press_one_by_one(pilot, "enter")
        editor = app.screen
        assert isinstance(editor, ActivityEditor)
        await type_into(pilot, editor, "who", "Nanna og Fatima")
        await save(pilot)
        assert demo_store.activities(school.id)[-1].who == "Nanna og Fatima"

        await press_one_by_one(pilot, "delete")
        assert "Lektiecafé" in str(app.screen.query_one("#confirm-question").render())
        await press_one_by_one(pilot, "y")
        assert [a.text for a in demo_store.activities(school.id)] == before
        await press_one_by_one(pilot, "ctrl+z")
        assert [a.text for a in demo_store.activities(school.id)][-1] == "Lektiecafé [bold]onsdag[/]"
        await press_one_by_one(pilot, "escape")
        assert app.screen is plan


async def test_a_goal_without_activities_says_what_to_do(store: Store) -> None:
    citizen = store.create_citizen("Testa Testesen")
    plan_id = store.plan_of(citizen.id or 0).id or 0
    goal = store.add_goal(plan_id, Area.HEALTH, "Jeg vil sove 7 timer hver nat.")
    app = build_app(store, citizen_id=citizen.id, today=DEMO_TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        plan = app.screen
        assert isinstance(plan, PlanScreen)
        plan.select(goal_id=goal.id)
        await pilot.pause()
        await press_one_by_one(pilot, "t")
        assert isinstance(app.screen, ActivitiesScreen)
        assert "Tryk n" in str(app.screen.query_one(".record-empty").render())
