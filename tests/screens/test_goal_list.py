"""The plan's goal list widget: lines counted before it is drawn, only visible items drawn, keys as the OptionList had them."""
from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.strip import Strip

from screens.widgets.goal_list import GoalList, Prompt
from screens.widgets.marked_list import dressed
from screens.widgets.plan_text import Hanging, harmless

HOSTILE = "Jeg vil \x1b[2J rydde [bold red]skærmen[/] og \t tabulere\nog en ny linje " + "langtordudenmellemrum" * 6


def _goal(text: str, state: str = "4/10  ·  ● I gang") -> Hanging:
    return Hanging("•", Text(harmless(text)), Text(state))


def _items(goals: int, text: str = "Jeg vil gå en tur på 30 minutter med Bamse 3 gange om ugen") -> list[tuple[Prompt, str]]:
    items: list[tuple[Prompt, str]] = [(Text("BESKÆFTIGELSE", style="bold"), "area:employment")]
    items += [(_goal(f"{i + 1:02d} {text}"), f"goal:{i + 1}") for i in range(goals)]
    return items


class ListApp(App[None]):
    CSS = "GoalList { height: 1fr; border: round $secondary; padding: 0; }"

    def __init__(self, items: list[tuple[Prompt, str]], highlighted: int = 1) -> None:
        super().__init__()
        self.items = items
        self.highlighted = highlighted
        self.selected: list[str] = []
        self.highlights: list[str] = []
        self.height_at_first_resize: int | None = None

    def compose(self) -> ComposeResult:
        yield GoalList(share=1.0, id="goals")

    def on_mount(self) -> None:
        goals = self.query_one(GoalList)
        goals.set_items(self.items, self.highlighted)
        goals.focus()

    def on_goal_list_selected(self, event: GoalList.Selected) -> None:
        self.selected.append(event.item_id)

    def on_goal_list_highlighted(self, event: GoalList.Highlighted) -> None:
        self.highlights.append(event.item_id)


def _lines(widget: GoalList) -> list[str]:
    return [widget.render_line(y).text for y in range(widget.scrollable_content_region.height)]


def _drawn_lines(app: App[Any], prompt: Prompt, width: int) -> int:
    """How many lines Rich itself draws for `prompt` at `width` (the oracle for the counted heights)."""
    return len(app.console.render_lines(dressed(prompt, False), app.console.options.update_width(width), pad=False))


async def test_heights_are_counted_before_the_first_layout_and_match_what_is_drawn() -> None:
    items = _items(6) + [(_goal(HOSTILE), "goal:hostile"), (_goal("日本語のテキスト" * 9), "goal:wide")]
    app = ListApp(items)
    async with app.run_test(size=(50, 40)) as pilot:
        goals = app.query_one(GoalList)
        before_layout = goals.virtual_size.height
        await pilot.pause()
        width = goals.scrollable_content_region.width
        expected = sum(_drawn_lines(app, prompt, width) for prompt, _ in items)
        assert goals.virtual_size.height == expected
        assert before_layout == expected, "the height was right before the first layout: no second layout"
        long_one = _drawn_lines(app, items[-2][0], width)
        assert long_one >= 6  # the long hostile goal wraps and hangs under its bullet


async def test_a_list_that_does_not_fit_scrolls_and_counts_its_lines_without_the_scrollbar() -> None:
    items = _items(40)
    app = ListApp(items)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        goals = app.query_one(GoalList)
        assert goals.show_vertical_scrollbar
        width = goals.scrollable_content_region.width
        assert width == 60 - 2 - goals.styles.scrollbar_size_vertical
        assert goals.virtual_size.height == sum(_drawn_lines(app, p, width) for p, _ in items)


async def test_hostile_text_is_shown_as_text() -> None:
    app = ListApp([(_goal(HOSTILE), "goal:1")], highlighted=0)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        shown = "\n".join(_lines(app.query_one(GoalList)))
        assert "\x1b" not in shown and "␛[2J" in shown
        assert "[bold red]skærmen[/]" in shown  # markup stays words, not a style


async def test_keys_move_the_mark_and_wrap_around_like_the_option_list() -> None:
    app = ListApp(_items(3), highlighted=1)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        goals = app.query_one(GoalList)

        def marked() -> list[str]:
            return [str(goals.get_option_at_index(i).prompt) for i in range(goals.option_count)
                    if str(goals.get_option_at_index(i).prompt).startswith("▶")]

        assert len(marked()) == 1 and marked()[0].startswith("▶ 01")
        await pilot.press("down", "down")
        assert goals.highlighted_id == "goal:3" and marked()[0].startswith("▶ 03")
        await pilot.press("down")  # past the end: back to the first item
        assert goals.highlighted == 0
        await pilot.press("up")  # before the first: the last
        assert goals.highlighted_id == "goal:3"
        await pilot.press("home")
        assert goals.highlighted == 0
        await pilot.press("end")
        assert goals.highlighted == 3
        assert app.highlights[-1] == "goal:3"
        shown = _lines(goals)
        assert any(line.startswith("▶ 03") for line in shown) and not any(line.startswith("▶ 01") for line in shown)


async def test_the_highlighted_item_is_scrolled_into_view_and_page_keys_move_a_screen() -> None:
    app = ListApp(_items(40), highlighted=1)
    async with app.run_test(size=(60, 16)) as pilot:
        await pilot.pause()
        goals = app.query_one(GoalList)
        visible = goals.scrollable_content_region.height
        await pilot.press("end")
        assert goals.highlighted == 40
        assert goals.scroll_y == goals.max_scroll_y > 0
        assert any(line.startswith("▶ 40") for line in _lines(goals))
        await pilot.press("pageup")
        assert 30 <= (goals.highlighted or 0) < 40
        assert any(line.startswith("▶") for line in _lines(goals)), "the marked item is on the screen"
        await pilot.press("home")
        assert goals.highlighted == 0 and goals.scroll_y == 0
        await pilot.press("pagedown")
        moved = goals.highlighted or 0
        assert moved >= visible // 4  # a goal takes about three lines here
        assert any(line.startswith("▶") for line in _lines(goals))


async def test_enter_and_a_second_click_select_the_item() -> None:
    app = ListApp(_items(3), highlighted=1)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        assert app.selected == ["goal:1"]
        await pilot.click(GoalList, offset=(4, 1))  # the area's title: the first line inside the border
        assert app.query_one(GoalList).highlighted == 0 and app.selected == ["goal:1"]  # marked, not opened
        await pilot.click(GoalList, offset=(4, 1))  # again, on the marked item: selected
        assert app.selected[-1] == "area:employment"


async def test_only_the_items_on_the_screen_are_drawn() -> None:
    drawn: list[int] = []

    class Counting(GoalList):
        def _item_strips(self, index: int, width: int) -> list[Strip]:
            drawn.append(index)
            return super()._item_strips(index, width)

    class CountingApp(ListApp):
        def compose(self) -> ComposeResult:
            yield Counting(share=1.0, id="goals")

    app = CountingApp(_items(40))
    async with app.run_test(size=(60, 16)) as pilot:
        await pilot.pause()
        assert drawn and max(drawn) < 8  # 14 lines of about three lines per goal: 5-6 items, not 41


async def test_set_items_keeps_the_list_height_when_the_count_is_the_same() -> None:
    app = ListApp(_items(2))
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        goals = app.query_one(GoalList)
        size = goals.virtual_size
        goals.set_items([(p, i) for p, i in _items(2)], 2)  # the same lines again
        assert goals.virtual_size == size and goals.highlighted_id == "goal:2"
        goals.set_items([], None)
        assert goals.option_count == 0 and goals.highlighted is None and goals.virtual_size.height == 0
        await pilot.press("down", "enter", "pagedown")  # nothing to move to: nothing happens
        assert app.selected == []
