"""The progression view of the demo case's employment goal: chart, figures, GAS editor, snapshot."""
from __future__ import annotations

from typing import Any

from textual.widgets import Input, Select, Static

from screens.progression import GasEditor, ProgressionScreen
from screens.widgets.area_overview import AreaOverview, render_areas
from screens.widgets.progression_chart import ProgressionChart, render_chart, render_legend
from store import Store
from store.enums import Area
from tui.app import build_app


def employment_goal(store: Store, citizen_id: int) -> int:
    view = store.plan_view(citizen_id)
    goal_id = next(g.goal.id for g in view.goals if g.goal.area is Area.EMPLOYMENT)
    assert goal_id is not None
    return goal_id


def plain(widget: Any) -> str:
    return str(widget.render())


async def test_progression_view_shows_chart_and_figures(demo_store: Store, demo_citizen_id: int) -> None:
    goal_id = employment_goal(demo_store, demo_citizen_id)
    app = build_app(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(ProgressionScreen(demo_store, goal_id))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ProgressionScreen)
        chart = screen.query_one("#prog-chart", ProgressionChart)
        assert chart.progression is not None
        text = render_chart(chart.progression, 56).plain
        lines = text.splitlines()
        assert lines[0].startswith("10 ┤") and lines[9].startswith(" 1 ┤")
        # The citizen's 2 and 4, the officer's 3 and the day service's 5, each with its own symbol.
        assert "●" in lines[10 - 2] and "●" in lines[10 - 4]
        assert "■" in lines[10 - 3] and "▲" in lines[10 - 5]
        assert "24-09" in lines[-1] and "29-10" in lines[-1]
        legend = render_legend(chart.progression).plain
        assert "Nanna Kildegaard (borger)" in legend and "Karsten Bro (myndighed)" in legend
        assert "Fatima Ali (dagtilbud)" in legend and "spredning" in legend
        figures = plain(screen.query_one("#prog-figures", Static))
        assert "Første: 2" in figures and "Seneste: 4" in figures
        assert "Siden første: +2" in figures and "Vigtig ændring" in figures
        assert "Siden møde 24-09-2026: +2" in figures
        done = plain(screen.query_one("#prog-done", Static))
        assert "Besøge Gensyn sammen med Ole og aftale startdato" in done
        gas = plain(screen.query_one("#prog-gas", Static))
        assert "Ingen GAS-niveauer endnu" in gas and "ingen resultater endnu" in gas


async def test_edit_gas_levels(demo_store: Store, demo_citizen_id: int) -> None:
    goal_id = employment_goal(demo_store, demo_citizen_id)
    app = build_app(demo_store)
    async with app.run_test(size=(100, 40)) as pilot:
        app.push_screen(ProgressionScreen(demo_store, goal_id))
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, GasEditor)
        zero = editor.query_one("#gas-p0", Input)
        assert zero.value.startswith("Forventet: 6 på skalaen (fra 4)")  # latest 4, no open target: 4 → 6
        editor.query_one("#gas-result", Select).value = 1
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ProgressionScreen)
        gas = plain(app.screen.query_one("#prog-gas", Static))
        assert "▶ +1 Mere end forventet" in gas
        assert "T-score (alle mål): 60,0" in gas  # one goal at +1, weight 1: 50 + 10·1/√(0.7·1 + 0.3·1)
    goal = demo_store.get_goal(goal_id)
    assert goal.gas_result == 1 and goal.gas_zero.startswith("Forventet: 6")


async def test_gas_editor_refuses_empty_expected_level(demo_store: Store, demo_citizen_id: int) -> None:
    goal_id = employment_goal(demo_store, demo_citizen_id)
    app = build_app(demo_store)
    async with app.run_test(size=(100, 40)) as pilot:
        app.push_screen(GasEditor(demo_store, goal_id))
        await pilot.pause()
        app.screen.query_one("#gas-p0", Input).value = "  "
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, GasEditor)
        assert "forventede udbytte" in plain(app.screen.query_one("#gas-error", Static))
    assert demo_store.get_goal(goal_id).gas_zero == ""


async def test_area_overview_widget(demo_store: Store, demo_citizen_id: int) -> None:
    view = demo_store.plan_view(demo_citizen_id)
    text = render_areas(AreaOverview(view).areas).plain
    assert "Beskæftigelse" in text and "første ▇▇░░░░░░░░ 2" in text and "seneste ▇▇▇▇░░░░░░ 4" in text
    assert "▲ +2" in text
    public = AreaOverview(view, include_private=False).areas
    assert {a.area: a.goals for a in public}[Area.HEALTH] == 1


def test_progression_snapshot(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    goal_id = employment_goal(demo_store, demo_citizen_id)
    app = build_app(demo_store)

    async def run_before(pilot: Any) -> None:
        pilot.app.push_screen(ProgressionScreen(demo_store, goal_id))
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


async def test_goal_without_and_with_one_reading(demo_store: Store, demo_citizen_id: int) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id
    goal = demo_store.add_goal(plan.id, Area.SOCIAL, "Jeg vil gå til fællesspisning.")
    assert goal.id
    app = build_app(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(ProgressionScreen(demo_store, goal.id))
        await pilot.pause()
        assert "Ingen skalavurderinger endnu" in plain(app.screen.query_one("#prog-figures", Static))
        assert "Ingen skalavurderinger endnu" in str(app.screen.query_one("#prog-chart", ProgressionChart).render())
        app.screen.dismiss()
        await pilot.pause()
        demo_store.record_scale_reading(goal.id, 3, on="2026-11-20")
        app.push_screen(ProgressionScreen(demo_store, goal.id))
        await pilot.pause()
        figures = plain(app.screen.query_one("#prog-figures", Static))
        assert "Første: 3" in figures and "kun én vurdering" in figures and "Vigtig ændring" not in figures.replace(
            "Vigtig ændring = mindst", ""
        )


async def test_due_screen_enter_opens_the_plan(demo_store: Store) -> None:
    from screens.due import DueScreen
    from screens.widgets.optional import optional_screen
    from tests.conftest import DEMO_TODAY

    app = build_app(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(DueScreen(demo_store, today=DEMO_TODAY))
        await pilot.pause()
        await pilot.press("minus")
        await pilot.pause()
        assert isinstance(app.screen, DueScreen) and app.screen.weeks == 3
        await pilot.press("enter")
        await pilot.pause()
        plan_screen = optional_screen("screens.plan", "PlanScreen")
        if plan_screen is not None:
            assert isinstance(app.screen, plan_screen)
