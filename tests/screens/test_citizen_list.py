"""The citizens list widget: drawn line by line, rows replaced in place, keys and clicks as the table had them."""
from __future__ import annotations

from textual.app import App, ComposeResult
from textual.geometry import Region

from screens.citizens import CitizensScreen
from screens.plan import PlanScreen
from screens.widgets.citizen_list import BAR_WIDTH, CitizenList, CitizenRow, fitted
from store import Store
from tests.conftest import DEMO_TODAY
from tests.keys import type_text
from tui.app import build_app


def _rows(n: int, goal: str = "") -> list[CitizenRow]:
    return [CitizenRow(i + 1, f"Borger {i + 1:03d}", "Jobafklaringsforløb", goal) for i in range(n)]


class ListApp(App[None]):
    def __init__(self, rows: list[CitizenRow]) -> None:
        super().__init__()
        self.rows = rows
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        yield CitizenList(("Navn", "Plantype", "Overordnet mål"), id="list")

    def on_mount(self) -> None:
        self.query_one(CitizenList).show(self.rows)
        self.query_one(CitizenList).focus()

    def on_citizen_list_selected(self, event: CitizenList.Selected) -> None:
        self.selected.append(event.citizen_id)


def _screen_lines(app: App[None]) -> list[str]:
    widget = app.query_one(CitizenList)
    return [widget.render_line(y).text for y in range(widget.size.height)]


def test_fitted_pads_and_cuts_with_an_ellipsis() -> None:
    assert fitted("Bo", 5) == "Bo   "
    assert fitted("Kildegaard", 5) == "Kild…"
    assert fitted("日本語テキスト", 6) == "日本 …"  # wide characters count as two cells: still 6 cells
    assert fitted("x", 0) == ""


async def test_only_the_rows_on_the_screen_are_drawn_and_the_header_stays() -> None:
    app = ListApp(_rows(50))
    async with app.run_test(size=(80, 12)) as pilot:
        await pilot.pause()
        widget = app.query_one(CitizenList)
        drawn: list[int] = []
        line = widget.render_line

        def spy(y: int):  # type: ignore[no-untyped-def]
            drawn.append(y)
            return line(y)

        widget.render_line = spy  # type: ignore[method-assign]
        widget.refresh()
        await pilot.pause()
        assert drawn and max(drawn) < widget.size.height  # 12 lines, not 51
        await pilot.press("end")
        await pilot.pause()
        lines = _screen_lines(app)
        assert lines[0].split() == ["Navn", "Plantype", "Overordnet", "mål"]
        assert "Borger 050" in lines[-1] and widget.selected_id == 50
        await pilot.press("home")
        await pilot.pause()
        assert "Borger 001" in _screen_lines(app)[1] and widget.selected_id == 1


async def test_keys_move_the_cursor_and_enter_or_a_second_click_opens() -> None:
    app = ListApp(_rows(30))
    async with app.run_test(size=(80, 12)) as pilot:
        await pilot.pause()
        widget = app.query_one(CitizenList)
        await pilot.press("down", "down")
        assert widget.selected_id == 3
        await pilot.press("pagedown")
        assert widget.selected_id == 13
        assert any("Borger 013" in line for line in _screen_lines(app))  # scrolled to stay visible
        await pilot.press("pageup", "up")
        assert widget.selected_id == 2
        await pilot.press("enter")
        await pilot.pause()
        assert app.selected == [2]
        await pilot.press("home")
        await pilot.click(CitizenList, offset=(5, 4))  # the fourth row (the header is line 0)
        assert widget.selected_id == 4 and app.selected == [2]
        await pilot.click(CitizenList, offset=(5, 4))
        await pilot.pause()
        assert app.selected == [2, 4]
        await pilot.click(CitizenList, offset=(5, 0))  # the header selects nothing
        assert widget.selected_id == 4


async def test_moving_the_cursor_in_a_scrolled_list_repaints_the_two_rows_where_they_are() -> None:
    app = ListApp(_rows(40))
    async with app.run_test(size=(80, 12)) as pilot:
        await pilot.pause()
        widget = app.query_one(CitizenList)
        await pilot.press("end")
        await pilot.pause()
        top = round(widget.scroll_y)
        assert top > 0
        repainted: list[Region] = []
        refresh = widget.refresh

        def spy(*regions: Region, **kwargs: object) -> CitizenList:
            repainted.extend(regions)
            return refresh(*regions, **kwargs)  # type: ignore[arg-type]

        widget.refresh = spy  # type: ignore[method-assign,assignment]
        await pilot.press("up")  # row 39 -> 38, no scrolling
        assert round(widget.scroll_y) == top and widget.cursor_row == 38
        lines = {y for region in repainted for y in range(region.y, region.bottom)}
        # on the screen: the header is line 0, row r is line r + 1 - top
        assert {38 + 1 - top, 39 + 1 - top} <= lines, (top, lines)


async def test_a_long_goal_is_cut_at_the_width_not_scrolled_sideways() -> None:
    goal = "Jeg vil arbejde 15 timer om ugen i detailhandlen, på et lager eller i en butik."
    app = ListApp(_rows(2, goal))
    async with app.run_test(size=(70, 8)) as pilot:
        await pilot.pause()
        line = _screen_lines(app)[1]
        assert len(line) == 70 and line.rstrip().endswith("…") and "Jeg vil" in line
        assert app.query_one(CitizenList).max_scroll_x == 0


async def test_with_a_scrollbar_the_goal_is_cut_before_it() -> None:
    goal = "Jeg vil arbejde 15 timer om ugen i detailhandlen, på et lager eller i en butik."
    app = ListApp(_rows(30, goal))
    async with app.run_test(size=(70, 8)) as pilot:
        await pilot.pause()
        widget = app.query_one(CitizenList)
        assert widget.scrolls and not widget.show_vertical_scrollbar  # its own bar, not Textual's
        line = _screen_lines(app)[1]
        assert len(line) == 70 and line[:70 - BAR_WIDTH].rstrip().endswith("…")


def _bar(widget: CitizenList) -> list[tuple[str, object]]:
    """The last BAR_WIDTH cells of each line: (text, background colour)."""
    out = []
    for y in range(widget.size.height):
        cells = list(widget.render_line(y))
        out.append((cells[-1].text, cells[-1].style.bgcolor if cells[-1].style else None))
    return out


async def test_the_list_draws_its_own_scroll_bar_only_while_it_scrolls() -> None:
    """The bar takes the last two columns while there are more rows than lines, and the thumb follows
    the view; with few rows there is no bar and the rows fill the width (the screen is never laid out
    again for it)."""
    app = ListApp(_rows(40))
    async with app.run_test(size=(70, 10)) as pilot:
        await pilot.pause()
        widget = app.query_one(CitizenList)
        assert widget.virtual_size.height == 41 and widget.scrolls
        top = _bar(widget)
        assert all(len(text) == BAR_WIDTH for text, _ in top)
        track = top[-1][1]
        assert top[0][1] != track  # the thumb at the top, the track below it
        await pilot.press("end")
        await pilot.pause()
        bottom = _bar(widget)
        assert bottom[0][1] == track and bottom[-1][1] != track  # the thumb has gone to the bottom
        widget.show(_rows(3))
        await pilot.pause()
        assert not widget.scrolls and widget.scroll_y == 0
        lines = _screen_lines(app)
        assert all(len(line) == 70 for line in lines) and lines[1].startswith(" Borger 001")
        assert not widget.allow_vertical_scroll


async def test_the_wheel_and_a_click_on_the_track_scroll_the_list() -> None:
    app = ListApp(_rows(40))
    async with app.run_test(size=(70, 10)) as pilot:
        await pilot.pause()
        widget = app.query_one(CitizenList)
        assert widget.allow_vertical_scroll
        widget.scroll_down(animate=False)  # what the wheel does (Textual asks allow_vertical_scroll)
        await pilot.pause()
        assert widget.scroll_y > 0
        widget.scroll_to(y=0, animate=False)
        await pilot.pause()
        await pilot.click(CitizenList, offset=(69, 8))  # the track below the thumb
        await pilot.pause()
        assert widget.scroll_y == 9  # a page: the lines under the header
        assert widget.cursor_row == 0 and app.selected == []  # a click on the bar selects nothing


async def test_the_thumb_can_be_dragged_and_the_drag_neither_pages_nor_selects() -> None:
    app = ListApp(_rows(40))
    async with app.run_test(size=(70, 10)) as pilot:
        await pilot.pause()
        widget = app.query_one(CitizenList)
        top, bottom = widget._thumb()
        assert top == 0 and bottom > 0
        await pilot.mouse_down(CitizenList, offset=(69, 0))  # on the thumb
        await pilot.hover(CitizenList, offset=(69, 4))  # four lines down: 41 lines over 10
        await pilot.pause()
        assert widget.scroll_y == 16  # 4 * 41 / 10 lines, rounded to a whole line
        await pilot.hover(CitizenList, offset=(69, 9))  # to the bottom: no further than the end
        await pilot.pause()
        assert widget.scroll_y == widget.max_scroll_y
        await pilot.mouse_up(CitizenList, offset=(69, 9))
        await pilot.pause()
        assert app.mouse_captured is None and widget._grab is None
        assert widget.cursor_row == 0 and app.selected == []
        await pilot.hover(CitizenList, offset=(69, 1))  # the mouse is free again: moving it scrolls nothing
        await pilot.pause()
        assert widget.scroll_y == widget.max_scroll_y
        await pilot.click(CitizenList, offset=(69, 1))  # and the track pages again
        await pilot.pause()
        assert widget.scroll_y == widget.max_scroll_y - 9


async def test_the_selected_citizen_stays_selected_while_the_search_finds_them(demo_store: Store) -> None:
    for name in ("Bent Hansen", "Birthe Holm", "Carl Berg"):
        demo_store.create_citizen(name)
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CitizensScreen)
        widget = screen.query_one("#citizen-table", CitizenList)
        await pilot.press("down")  # Birthe Holm
        birthe = widget.selected_id
        assert [r.name for r in widget.rows][widget.cursor_row] == "Birthe Holm"
        await pilot.press("slash")
        await type_text(pilot, "b")
        assert widget.selected_id == birthe  # still in the list: still selected
        await type_text(pilot, "ent")
        assert [r.name for r in widget.rows] == ["Bent Hansen"] and widget.cursor_row == 0
        await pilot.press("enter", "enter")  # to the list, then open
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen) and app.screen.citizen_id == widget.rows[0].citizen_id
