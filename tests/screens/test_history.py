"""The change log screens: the citizen's log as a table, user text harmless, private hidden."""
from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import App
from textual.widgets import DataTable

from screens.history import ChangeLogScreen, RecordHistoryScreen
from store import Store
from tests.keys import press_one_by_one, type_text

HOSTILE = "\x1b[2J\x07[bold]fed[/] [@click=app.quit]luk[/] ænd 😀"


class Host(App[None]):
    def __init__(self, screen: Any) -> None:
        super().__init__()
        self._first = screen

    def on_mount(self) -> None:
        self.push_screen(self._first)


def _cells(screen: Any) -> list[list[Text]]:
    table = screen.query_one("#history-table", DataTable)
    return [[c for c in table.get_row_at(i)] for i in range(table.row_count)]


async def test_change_log_lists_the_citizens_log_newest_first(demo_store: Store, demo_citizen_id: int) -> None:
    demo_store.update_citizen(demo_citizen_id, values=HOSTILE)
    screen = ChangeLogScreen(demo_store, demo_citizen_id)
    app = Host(screen)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        assert app.screen is screen
        log = demo_store.citizen_log(demo_citizen_id)
        rows = _cells(screen)
        assert len(rows) == min(len(log), 1000)
        first = rows[0]
        assert all(isinstance(c, Text) for c in first)
        assert first[1].plain == "test" and first[2].plain == "ændret"
        assert first[3].plain == f"Borger {demo_citizen_id}: værdier"
        # Markup is shown as typed; escape sequences are made visible, never sent to the terminal.
        assert first[5].plain.startswith("␛[2J␇[bold]fed[/] [@click=app.quit]")
        assert "\x1b" not in first[5].plain and not first[5].spans
        title = screen.query_one("#history-title")
        assert "Nanna" in str(title.render())
        await press_one_by_one(pilot, "enter")
        assert isinstance(app.screen, RecordHistoryScreen)
        assert app.screen.table_name == "citizen" and app.screen.record_id == demo_citizen_id
        assert _cells(app.screen)[0][3].plain == "værdier"
        await press_one_by_one(pilot, "escape")
        assert app.screen is screen
        assert app.is_running  # [@click=app.quit] did nothing


async def test_private_values_are_hidden_until_revealed(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    goal = demo_store.add_goal(plan_id, "health", "Jeg vil have det bedre", rationale="Helbred: hemmeligt")
    demo_store.update_goal(goal.id or 0, private=True)
    screen = RecordHistoryScreen(demo_store, "goal", goal.id or 0)
    app = Host(screen)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        texts = [[c.plain for c in row] for row in _cells(screen)]
        assert not any("hemmeligt" in cell for row in texts for cell in row)
        assert any(row[5] == "(skjult)" for row in texts)
        await press_one_by_one(pilot, "R")
        texts = [[c.plain for c in row] for row in _cells(screen)]
        assert any("hemmeligt" in row[5] for row in texts)


async def test_empty_log(store: Store) -> None:
    screen = RecordHistoryScreen(store, "goal", 12345)
    app = Host(screen)
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        assert _cells(screen) == []
        assert "Ingen ændringer" in str(screen.query_one("#history-status").render())


async def test_plan_screen_opens_the_change_log_on_l(demo_store: Store, demo_citizen_id: int) -> None:
    from screens.plan import PlanScreen
    from tui.app import build_app

    app = build_app(demo_store, citizen_id=demo_citizen_id)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        await press_one_by_one(pilot, "l")
        assert isinstance(app.screen, ChangeLogScreen)
        assert app.screen.citizen_id == demo_citizen_id
        await press_one_by_one(pilot, "escape")
        assert isinstance(app.screen, PlanScreen)


async def test_before_and_after_stay_on_a_100_column_screen(demo_store: Store, demo_citizen_id: int) -> None:
    """At 100x30 every column (when, who, action, what, before, after) is on screen."""
    from screens.history import column_widths

    who, what, value = column_widths(100)
    assert 16 + who + 8 + what + 2 * value + 6 * 2 <= 100
    screen = ChangeLogScreen(demo_store, demo_citizen_id)
    app = Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        table = screen.query_one("#history-table", DataTable)
        assert table.virtual_size.width <= 100


async def test_change_log_is_reachable_from_the_command_palette(demo_store: Store, demo_citizen_id: int) -> None:
    """`l` is not in the Footer (too many keys); the palette finds it by its Danish name."""
    from screens.plan import PlanScreen
    from tui.app import build_app

    app = build_app(demo_store, citizen_id=demo_citizen_id)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        await press_one_by_one(pilot, "ctrl+p")
        await type_text(pilot, "Ændringslog")
        await pilot.pause(0.3)
        await press_one_by_one(pilot, "enter")
        assert isinstance(app.screen, ChangeLogScreen)
        assert app.screen.citizen_id == demo_citizen_id
