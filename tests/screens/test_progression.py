"""The progression view of the demo case's employment goal: chart, figures, GAS editor, snapshot."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Input, Select, Static

from screens.progression import GasEditor, ProgressionScreen
from screens.widgets.area_overview import AreaOverview, render_areas
from screens.widgets.progression_chart import ProgressionChart, render_chart, render_legend
from store import Store
from store.enums import Area
from tests.keys import press_one_by_one
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
        # The citizen's 2 and 4, then by name: the day service's 5 and the officer's 3, each with its own symbol.
        assert "●" in lines[10 - 2] and "●" in lines[10 - 4]
        assert "■" in lines[10 - 5] and "▲" in lines[10 - 3]
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
        await press_one_by_one(pilot, "e")
        editor = app.screen
        assert isinstance(editor, GasEditor)
        zero = editor.query_one("#f-p0", Input)
        assert zero.value.startswith("Forventet: 6 på skalaen (fra 4)")  # latest 4, no open target: 4 → 6
        editor.query_one("#f-result", Select).value = 1
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
        app.screen.query_one("#f-p0", Input).value = "  "
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, GasEditor)
        assert "forventede udbytte" in " ".join(app.screen.errors().values())
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
    from screens.plan import PlanScreen
    from tests.conftest import DEMO_TODAY

    app = build_app(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(DueScreen(demo_store, today=DEMO_TODAY))
        await pilot.pause()
        await press_one_by_one(pilot, "minus")
        assert isinstance(app.screen, DueScreen) and app.screen.weeks == 3
        await press_one_by_one(pilot, "enter")
        assert isinstance(app.screen, PlanScreen)


# -- progress by area on the plan screen (f) and the live view -------------------------------
async def test_plan_screen_shows_progress_by_area_with_f(demo_store: Store, demo_citizen_id: int) -> None:
    from screens.widgets.goal_list import GoalList

    from screens.plan import PlanScreen
    from tests.conftest import DEMO_TODAY

    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        panel = screen.query_one("#area-panel")
        assert not panel.display and screen.query_one("#goal-list", GoalList).display
        labels = {b.binding.description for b in screen.active_bindings.values()}
        assert "Fremgang" in labels  # the Footer and the command palette read these
        await press_one_by_one(pilot, "f")
        assert panel.display and not screen.query_one("#goal-list", GoalList).display
        overview = screen.query_one("#area-overview", AreaOverview)
        text = overview.text().plain
        # The facilitator's screen counts the private sleep goal (4 → 4) in health: 3,5 → 4,5.
        assert "Beskæftigelse  ▲ +2" in text and "første  ▇▇░░░░░░░░ 2" in text and "seneste ▇▇▇▇░░░░░░ 4" in text
        assert "Sundhed  ▲ +1" in text and "seneste ▇▇▇▇▌░░░░░ 4,5" in text
        assert "Socialt  ▲ +2" in text
        assert overview.size.height == len(text.splitlines()) == 13
        assert panel.region.contains_region(overview.region)  # all of it visible, nothing scrolled away
        await press_one_by_one(pilot, "f")
        assert not panel.display and screen.query_one("#goal-list", GoalList).display
        assert screen.focused is screen.query_one("#goal-list", GoalList)


async def test_plan_screen_progress_by_area_at_80x24(demo_store: Store, demo_citizen_id: int) -> None:
    from tests.conftest import DEMO_TODAY

    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press_one_by_one(pilot, "f")
        panel = app.screen.query_one("#area-panel")
        overview = app.screen.query_one("#area-overview", AreaOverview)
        assert overview.size.height == 13 and panel.content_region.contains_region(overview.region)
        assert "Uddannelse  ▲ +1" in overview.text().plain


def test_area_overview_forms() -> None:
    from store.progression import AreaProgress

    areas = [AreaProgress(Area.EMPLOYMENT, 2.0, 4.0, 1), AreaProgress(Area.HEALTH, 5.0, 3.5, 1),
             AreaProgress(Area.EDUCATION, None, None, 0), AreaProgress(Area.SOCIAL, 4.0, 4.0, 1)]
    wide = render_areas(areas, 100).plain.splitlines()
    assert len(wide) == 5 and wide[2].endswith("▼ -1,5") and wide[4].endswith("= 0")
    stacked = render_areas(areas, 40).plain.splitlines()
    assert len(stacked) == 13 and stacked[4] == "Sundhed  ▼ -1,5" and stacked[6] == "  seneste ▇▇▇▌░░░░░░ 3,5"
    assert stacked[7] == "Uddannelse" and stacked[9] == "  seneste ░░░░░░░░░░ ingen"
    compact = render_areas(areas, form="compact").plain.splitlines()
    assert compact[1:5] == ["Beskæftigelse ▲ +2", "  2 → 4 ▇▇▇▇░░░░░░", "Sundhed ▼ -1,5", "  5 → 3,5 ▇▇▇▌░░░░░░"]
    assert compact[6] == "  ingen"
    assert max(len(x) for x in compact) <= 26  # fits the shared screen's side column at 100 columns


async def test_live_view_shows_progress_by_area_without_private_goals(
    demo_store: Store, demo_citizen_id: int, db_path: Path
) -> None:
    from screens.live import PresentationScreen
    from tests.conftest import DEMO_TODAY
    from tests.tui.live_helpers import screen_text
    from tui.view_app import build_view_app

    sleep_goal = next(g for g in demo_store.goals(demo_store.plan_of(demo_citizen_id).id or 0) if g.private)
    assert sleep_goal.id is not None
    app = build_view_app(Store(db_path, user="view"), citizen_id=demo_citizen_id, today=lambda: DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresentationScreen)
        areas = screen.query_one("#live-areas", AreaOverview)
        text = areas.text().plain
        assert areas.display and areas.region.height == 9 and screen.region.contains_region(areas.region)
        assert "Områder: første → seneste" in screen_text(app)
        assert "Beskæftigelse ▲ +2\n  2 → 4 ▇▇▇▇░░░░░░" in text
        # Health without the private sleep goal: the walk only, 3 → 5.
        assert "Sundhed ▲ +2\n  3 → 5 " in text and "3,5" not in text
        facilitator = Store(db_path, user="facilitator")
        facilitator.reveal_on_screen("goal", sleep_goal.id)
        await screen.check_now()
        await pilot.pause()
        assert "Sundhed ▲ +1\n  3,5 → 4,5 " in areas.text().plain
        facilitator.close()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "Områder: første" not in screen_text(app)  # no room below 100 columns


def test_plan_screen_area_overview_snapshot(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    from tests.conftest import DEMO_TODAY

    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    assert snap_compare(app, terminal_size=(100, 30), press=["f"])


async def test_important_change_threshold_from_setting_and_keys(
    demo_store: Store, demo_citizen_id: int, monkeypatch: Any
) -> None:
    monkeypatch.setenv("RUNDBORD_IMPORTANT_CHANGE", "3")
    goal_id = employment_goal(demo_store, demo_citizen_id)
    app = build_app(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(ProgressionScreen(demo_store, goal_id))
        await pilot.pause()
        figures = plain(app.screen.query_one("#prog-figures", Static))
        assert "mindst 3 point" in figures and "▲ Vigtig ændring" not in figures  # +2 is below 3
        await press_one_by_one(pilot, "minus")
        figures = plain(app.screen.query_one("#prog-figures", Static))
        assert "mindst 2 point" in figures and "Siden første: +2  ▲ Vigtig ændring" in figures
        assert "Siden møde 24-09-2026: +2  ▲ Vigtig ændring" in figures
        for _ in range(3):
            await pilot.press("minus")  # never below 1
        await pilot.pause()
        assert "mindst 1 point" in plain(app.screen.query_one("#prog-figures", Static))


async def test_gas_by_keyboard_from_the_plan_with_weights(demo_store: Store, demo_citizen_id: int) -> None:
    from screens.plan import PlanScreen
    from tests.conftest import DEMO_TODAY

    goal_id = employment_goal(demo_store, demo_citizen_id)
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        plan = app.screen
        assert isinstance(plan, PlanScreen) and plan.selected_goal_id() == goal_id
        await press_one_by_one(pilot, "g")
        assert isinstance(app.screen, ProgressionScreen)
        await press_one_by_one(pilot, "e")
        editor = app.screen
        assert isinstance(editor, GasEditor)
        assert editor.query_one("#f-p0", Input).value.startswith("Forventet: 6")  # 4 → 6: 6 is level 0
        assert editor.query_one("#f-m1", Input).value.startswith("Mindre end forventet: 5")
        editor.query_one("#f-p0", Input).value = "Nanna er i Gensyn 2 formiddage om ugen i 4 uger."
        editor.query_one("#f-result", Select).value = -1
        editor.query_one("#f-importance", Select).value = 3
        editor.query_one("#f-difficulty", Select).value = 2
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ProgressionScreen)
        gas = plain(app.screen.query_one("#prog-gas", Static))
        assert "vægt 6 = 3 × 2" in gas and "▶ -1 Mindre end forventet" in gas
        assert "0 Forventet udbytte: Nanna er i Gensyn 2 formiddage om ugen i 4 uger." in gas
        assert "T-score (alle mål): 40,0" in gas  # one goal at -1: 50 + 10·6·(-1)/√(0.7·36 + 0.3·36)
        await press_one_by_one(pilot, "escape")
        await press_one_by_one(pilot, "f")
        assert "T-score (alle mål): 40,0" in str(app.screen.query_one("#area-hint", Static).content)
    goal = demo_store.get_goal(goal_id)
    assert (goal.gas_result, goal.gas_importance, goal.gas_difficulty) == (-1, 3, 2)
