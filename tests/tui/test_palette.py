"""The command palette: Danish labels, jump to a goal and to an agreement, run an action."""
from __future__ import annotations

from textual.command import CommandPalette, CommandInput

from screens.plan import PlanScreen
from store import Store
from tests.conftest import DEMO_TODAY
from tests.keys import press_one_by_one, type_text
from tui.app import build_app


async def _search(pilot: object, text: str) -> None:
    press = getattr(pilot, "press")
    pause = getattr(pilot, "pause")
    await press("ctrl+p")
    await pause()
    await type_text(pilot, text)  # type: ignore[arg-type]  # into the palette's input, one wait at the end
    await _listed(pilot)


async def _listed(pilot: object) -> list[str]:
    """The open palette's commands as shown, once its worker has listed them (it searches in a worker)."""
    pause = getattr(pilot, "pause")
    palette = getattr(pilot, "app").screen
    assert isinstance(palette, CommandPalette)
    command_list = palette.query("CommandList").first()
    for _ in range(50):
        await pause()
        if command_list.option_count:
            break
    return [str(command_list.get_option_at_index(i).prompt) for i in range(command_list.option_count)]


async def test_placeholder_is_danish(demo_store: Store) -> None:
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await press_one_by_one(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder.startswith("Søg efter kommandoer")
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Tema" in titles and "Afslut" in titles and "Quit" not in titles


async def test_jump_to_a_goal_from_the_citizens_list(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, today=DEMO_TODAY)
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    goal = next(g for g in demo_store.goals(plan_id) if "FVU" in g.text)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await _search(pilot, "FVU-dansk trin")
        await press_one_by_one(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        assert screen.citizen_id == demo_citizen_id
        assert screen.selected_goal_id() == goal.id
        assert demo_store.view_state().goal_id == goal.id


async def test_jump_to_an_agreement_on_the_open_plan(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    agreement = next(a for a in demo_store.agreements(plan_id) if "regner" in a.what)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        await _search(pilot, "når det regner")
        await press_one_by_one(pilot, "enter")
        assert app.screen is screen
        assert isinstance(screen, PlanScreen)
        assert screen.selected_agreement_id() == agreement.id
        assert screen.focused is screen.query_one("#agreement-board")


async def test_screen_actions_are_in_the_palette(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        walk = next(a for a in demo_store.agreements(plan_id) if "Bamse" in a.what)
        screen.select(agreement_id=walk.id)
        await pilot.pause()
        await _search(pilot, "Udført")
        await press_one_by_one(pilot, "enter")
        assert demo_store.get_agreement(walk.id or 0).status.value == "done"


async def test_the_palette_opens_on_the_screens_own_actions(demo_store: Store, demo_citizen_id: int) -> None:
    """Before anything is typed, the plan's actions come first; the focused list's moves (up, page down) last."""
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        await press_one_by_one(pilot, "ctrl+p")
        prompts = await _listed(pilot)
        first = next(i for i, p in enumerate(prompts) if p.startswith("Nyt mål"))
        moves = [i for i, p in enumerate(prompts) if p.startswith(("Op", "Ned", "Side op"))]
        assert moves, prompts  # the moves are still there, reachable by name
        assert first < min(moves), prompts


async def test_the_citizens_palette_opens_on_the_screens_actions_before_the_lists_moves(demo_store: Store) -> None:
    """The citizens list is Rundbord's own line widget; its moves (Markør op, Side ned ...) still come last."""
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await press_one_by_one(pilot, "ctrl+p")
        prompts = await _listed(pilot)
        own = [i for i, p in enumerate(prompts) if p.startswith(("Søg", "Ny borger", "Denne uge"))]
        moves = [i for i, p in enumerate(prompts) if p.startswith(("Markør op", "Side ned", "Vælg"))]
        assert own and moves, prompts
        assert max(own) < min(moves), prompts
