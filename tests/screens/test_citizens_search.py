"""The citizens list and the palette find Danish text in any case; a pasted novel is refused in place."""
from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.command import CommandPalette
from textual.widgets import Input

from screens.citizens import CitizensScreen
from screens.widgets.citizen_list import CitizenList, CitizenRow
from screens.plan import PlanScreen
from store import Store
from store.enums import GoalLevel
from store.search_index import MAX_SEARCH_CHARS
from tests.conftest import DEMO_TODAY
from tests.keys import type_text
from tests.screens.plan_helpers import static_text
from tui.app import build_app


def _names(screen: CitizensScreen) -> list[str]:
    table = screen.query_one("#citizen-table", CitizenList)
    return [row.name for row in table.rows] if table.display else []


def _danes(store: Store) -> None:
    for name, goal in (("Søren Østergaard", "Jeg vil arbejde på et lager i Århus."), ("Åse Aagaard", ""),
                       ("Bo Ærø", "Jeg vil bo ved Øster Hurup."), ("Zenia Holm", "")):
        c = store.create_citizen(name)
        if goal:
            store.set_overall_goal(store.plan_of(c.id or 0).id or 0, goal, GoalLevel.TRADE)


async def test_typing_danish_letters_in_any_case_narrows_the_list(demo_store: Store) -> None:
    _danes(demo_store)
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CitizensScreen)
        # Danish order: Z before Æ, Ø, Å, and "Aa" is Å.
        assert _names(screen) == ["Bo Ærø", "Nanna Kildegaard", "Søren Østergaard", "Zenia Holm", "Åse Aagaard"]
        search = screen.query_one("#citizen-search", Input)
        await pilot.press("slash")
        for typed, found in (("øster", ["Bo Ærø", "Søren Østergaard"]), ("ØSTER", ["Bo Ærø", "Søren Østergaard"]),
                             ("århus", ["Søren Østergaard"]), ("ÅRHUS", ["Søren Østergaard"]),
                             ("aagaard", ["Åse Aagaard"]), ("å", ["Åse Aagaard"]),
                             ("detailhandlen", ["Nanna Kildegaard"])):
            search.value = ""
            await type_text(pilot, typed)
            assert search.value == typed
            assert _names(screen) == found, typed


async def test_a_pasted_search_longer_than_the_cap_says_so_and_keeps_the_text(demo_store: Store) -> None:
    app = build_app(demo_store, today=DEMO_TODAY)
    pasted = "Østergaard " * 5000  # ~55,000 characters: this crashed the app ("LIKE pattern too complex")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CitizensScreen)
        await pilot.press("slash")
        search = screen.query_one("#citizen-search", Input)
        search.post_message(events.Paste(pasted))
        await pilot.pause()
        assert search.value == pasted  # what was typed survives
        message = static_text(app, "#citizens-empty")
        assert message == f"Søgningen er for lang: højst {MAX_SEARCH_CHARS} tegn. Slet noget af teksten."
        assert _names(screen) == [] and not screen.query_one("#citizens-count").display
        search.value = "kilde"
        await pilot.pause()
        assert _names(screen) == ["Nanna Kildegaard"]
        assert not screen.query_one("#citizens-empty").display


async def _palette(pilot: object, text: str) -> CommandPalette:
    app = getattr(pilot, "app")
    await getattr(pilot, "press")("ctrl+p")
    await getattr(pilot, "pause")()
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    palette.query_one(Input).value = text
    for _ in range(50):
        await getattr(pilot, "pause")()
        if palette.query("CommandList").first().option_count:
            break
    return palette


def _options(palette: CommandPalette) -> list[str]:
    options = palette.query("CommandList").first()
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_the_palette_finds_danish_text_in_any_case_and_jumps_to_an_activity(demo_store: Store,
                                                                                 demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    goal = demo_store.goals(plan_id)[1]
    activity = demo_store.add_activity(goal.id or 0, "Prøvedag i genbrugsbutikken i Århus")
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        palette = await _palette(pilot, "ÅRHUS")
        assert any(o.startswith("Aktivitet: Prøvedag i genbrugsbutikken i Århus") for o in _options(palette))
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen) and screen.citizen_id == demo_citizen_id
        assert screen.selected_goal_id() == activity.goal_id


async def test_a_pasted_novel_in_the_palette_is_refused_in_the_list(demo_store: Store) -> None:
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        palette = await _palette(pilot, "bamse " * 10_000)
        assert _options(palette) == [f"Søgningen er for lang: højst {MAX_SEARCH_CHARS} tegn. Slet noget af teksten."]
        palette.query_one(Input).value = "BAMSE"
        for _ in range(50):
            await pilot.pause()
            if any(o.startswith("Delmål") for o in _options(palette)):
                break
        assert any(o.startswith("Delmål") and "Bamse" in o for o in _options(palette))


async def test_a_key_that_leaves_the_list_as_it_was_draws_it_not_again(demo_store: Store) -> None:
    """Typing on into a name that already stands alone keeps the list's rows (nothing is replaced
    or drawn again); a key that changes the list replaces them, and it equals a fresh list."""
    _danes(demo_store)
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CitizensScreen)
        table = screen.query_one("#citizen-table", CitizenList)
        cleared: list[int] = []
        show = table.show

        def spy(rows: Sequence[CitizenRow]) -> bool:
            replaced = show(rows)
            if replaced:
                cleared.append(1)
            return replaced

        table.show = spy  # type: ignore[method-assign]
        await pilot.press("slash")
        await type_text(pilot, "zen")
        assert _names(screen) == ["Zenia Holm"]
        before = len(cleared)
        await type_text(pilot, "ia")
        assert _names(screen) == ["Zenia Holm"] and len(cleared) == before  # the same row: not redrawn
        await type_text(pilot, "x")  # no match: the message in place of the list
        assert _names(screen) == [] and screen.query_one("#citizens-empty").display
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
        await pilot.pause()
        assert _names(screen) == ["Bo Ærø", "Nanna Kildegaard", "Søren Østergaard", "Zenia Holm", "Åse Aagaard"]
        assert len(cleared) > before
