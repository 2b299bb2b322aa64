"""The plan's goal list drawn line by line (Textual's line API): laid out once, only the visible lines drawn.

An `OptionList` learns how many lines each option takes while it draws them:
on opening a plan of 40 goals it drew the first frame, then set its height,
which laid the whole screen out again and drew a second frame. This list
counts each item's lines from its text as soon as it knows its width (before
the screen's first layout it takes its share of the screen's width, as the
board does), so the first layout is the only one; it draws an item only when
one of its lines is on the screen, and keeps the drawn lines by (item, width,
marked, look).

Items are the areas' titles and the goals (`plan_text.Hanging`), each with an
id ("area:...", "goal:..."). The highlighted item is marked by a symbol (▶ in
place of the bullet, `marked_list.dressed`), not by colour alone. It looks and
moves like Textual's `OptionList` (the same styles, keys, wrap-around at the
ends), so the plan looks as it did.

| Key(s) | What it does |
| :- | :- |
| enter | select the highlighted item (`Selected`); a click marks an item, a second click selects it |
| up / down | the previous / next item (from the first to the last and back) |
| pageup / pagedown | a screen up / down |
| home / end | the first / last item |
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, NamedTuple, cast

from rich.console import RenderableType
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.css.styles import RulesMap
from textual.visual import Visual, visualize

from screens.widgets.marked_list import dressed
from screens.widgets.plan_text import Hanging

Prompt = Text | Hanging
"""What an item shows: an area's title, or a goal (its words hanging under its bullet)."""


class GoalOption(NamedTuple):
    """An item as shown: its prompt with the mark (▶) or the space for it, and its id."""

    prompt: RenderableType
    id: str


class GoalListItem(Message):
    """A message about one of the list's items (`GoalList.Highlighted`, `GoalList.Selected`)."""

    def __init__(self, goal_list: GoalList, index: int, item_id: str) -> None:
        super().__init__()
        self.goal_list = goal_list
        self.index = index
        self.item_id = item_id

    @property
    def control(self) -> GoalList:
        return self.goal_list


class GoalList(ScrollView, can_focus=True):
    """The areas and their goals, one highlighted item marked ▶."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Select", show=False),
        Binding("home", "first", "First", show=False),
        Binding("pagedown", "page_down", "Page Down", show=False),
        Binding("pageup", "page_up", "Page Up", show=False),
        Binding("up", "cursor_up", "Up", show=False),
    ]

    MOVES: ClassVar[frozenset[str]] = frozenset(
        {"cursor_down", "last", "select", "first", "page_down", "page_up", "cursor_up"})
    """The list's moves, as Textual's own lists have them: the command palette lists them after the
    screen's actions (tui/palette.py)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "goal-list--option",
        "goal-list--option-highlighted",
        "goal-list--option-hover",
    }

    DEFAULT_CSS = """
    GoalList {
        color: $foreground;
        overflow-x: hidden;
        background: $surface;
        &:focus {
            background-tint: $foreground 5%;
            & > .goal-list--option-highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .goal-list--option-highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .goal-list--option-hover {
            background: $block-hover-background;
        }
    }
    """

    highlighted: reactive[int | None] = reactive(None, init=False)
    """The highlighted item's index (None when the list is empty)."""

    hover: reactive[int | None] = reactive(None, init=False)
    """The item under the mouse."""

    class Highlighted(GoalListItem):
        """Another item was highlighted."""

    class Selected(GoalListItem):
        """Enter (or a click) on an item."""

    def __init__(self, *, share: float, id: str | None = None) -> None:
        super().__init__(id=id)
        self.share = share
        """The list's share of the screen's width, to lay it out before its first layout."""
        self._prompts: list[Prompt] = []
        self._ids: list[str] = []
        self._index: dict[str, int] = {}
        self._width = -1
        """The width the lines below were counted at."""
        self._starts: list[int] = []
        """Each item's first line."""
        self._heights: list[int] = []
        self._lines: list[tuple[int, int]] = []
        """(item, line within it) for each line of the list."""
        self._strips: dict[tuple[int, int, bool, str, bool], list[Strip]] = {}
        """Drawn items by (item, width, marked, look, focused); emptied when the items or the styles change."""

    # -- the items ----------------------------------------------------------------------
    def set_items(self, items: Sequence[tuple[Prompt, str]], highlighted: int | None = 0) -> None:
        """Show `items` ((prompt, id) pairs) in place of the list's, `highlighted` marked.

        Lines are counted at once (at the list's width, or its share of the screen before
        its first layout), so the list's height is right before it is drawn.
        """
        self._prompts = [prompt for prompt, _ in items]
        self._ids = [item_id for _, item_id in items]
        self._index = {item_id: i for i, item_id in enumerate(self._ids)}
        self._strips.clear()
        self._width = -1
        if highlighted is not None and not 0 <= highlighted < len(self._ids):
            highlighted = len(self._ids) - 1 if self._ids else None
        self.set_reactive(GoalList.highlighted, highlighted)
        self._lay_out()
        self._scroll_to_item(highlighted)
        self.refresh()

    @property
    def option_count(self) -> int:
        return len(self._ids)

    def get_option_index(self, item_id: str) -> int:
        """The index of the item `item_id` (KeyError if the list has none)."""
        return self._index[item_id]

    def get_option_at_index(self, index: int) -> GoalOption:
        """The item at `index` as shown (with ▶ when highlighted)."""
        return GoalOption(dressed(self._prompts[index], index == self.highlighted), self._ids[index])

    @property
    def highlighted_id(self) -> str | None:
        index = self.highlighted
        return self._ids[index] if index is not None and 0 <= index < len(self._ids) else None

    # -- the lines each item takes ---------------------------------------------------------
    def _content_width(self) -> int:
        """The width the items are drawn at: inside the border, less a scrollbar if the items do not fit,
        decided here as Textual will decide it, so the first layout already has the scrollbar it keeps
        (a kept plan screen reopened on a longer plan drew its list twice, the second time 30 ms later,
        when the list was counted at the width it had without one). Before the first layout, the list's
        share of the screen and a room for it that is surely not larger."""
        if self.size.width:  # inside the border, as last laid out (a kept screen keeps it while not shown)
            width, room = self.size
        else:
            width = round(self.app.size.width * self.share) - self.styles.gutter.width
            room = self.app.size.height - 9  # the header, overall goal, values, border and key bar at most
        width = max(1, width)
        least = sum(len(p.blocks) if isinstance(p, Hanging) else 1 for p in self._prompts)  # a line a block
        if least > room or sum(self._count(width)) > room:  # a long plan: no need to count twice
            width = max(1, width - self.styles.scrollbar_size_vertical)
        return width

    def _count(self, width: int) -> list[int]:
        """Each item's lines at `width`."""
        console = self.app.console
        heights: list[int] = []
        for i, prompt in enumerate(self._prompts):
            if isinstance(prompt, Hanging):
                heights.append(prompt.height(console, width))
            else:
                heights.append(self._visual(i, False).get_height(cast("RulesMap", self.styles), width))
        return heights

    def _lay_out(self) -> None:
        """Count the items' lines at the list's width; the height changes only when the count does."""
        width = self._content_width()
        if width == self._width:
            return
        self._width = width
        self._heights = self._count(width)
        self._starts = []
        self._lines = []
        for i, height in enumerate(self._heights):
            self._starts.append(len(self._lines))
            self._lines.extend((i, offset) for offset in range(height))
        size = Size(0, len(self._lines))
        if size != self.virtual_size:
            self.virtual_size = size
            if self.size.width:
                # The scrollbar shown or hidden now, for the next layout to place it: Textual decides it once
                # the layout has been drawn, so a reopened plan that needs one got it a frame later.
                self._refresh_scrollbars()

    def on_resize(self) -> None:
        self._lay_out()
        self._scroll_to_item(self.highlighted)

    # -- the highlight ---------------------------------------------------------------------
    def validate_highlighted(self, highlighted: int | None) -> int | None:
        if highlighted is None or not self._ids:
            return None
        return max(0, min(len(self._ids) - 1, highlighted))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        self._scroll_to_item(new)
        for index in (old, new):
            self._refresh_item(index)
        if new is not None:
            self.post_message(self.Highlighted(self, new, self._ids[new]))

    def watch_hover(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            self._refresh_item(index)

    def _refresh_item(self, index: int | None) -> None:
        if index is not None and 0 <= index < len(self._starts):
            self.refresh_lines(self._starts[index], self._heights[index])

    def _scroll_to_item(self, index: int | None) -> None:
        """Scroll so the whole item shows (its first line if it is taller than the list)."""
        if index is None or not 0 <= index < len(self._starts) or not self.size.height:
            return
        top, height = self._starts[index], self._heights[index]
        visible = self.scrollable_content_region.height
        scroll = round(self.scroll_y)
        if top < scroll:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + height > scroll + visible:
            self.scroll_to(y=min(top, top + height - visible), animate=False, immediate=True)

    def action_cursor_up(self) -> None:
        if self._ids:
            self.highlighted = len(self._ids) - 1 if self.highlighted in (None, 0) else self.highlighted - 1

    def action_cursor_down(self) -> None:
        if self._ids:
            self.highlighted = 0 if self.highlighted in (None, len(self._ids) - 1) else self.highlighted + 1

    def action_first(self) -> None:
        if self._ids:
            self.highlighted = 0

    def action_last(self) -> None:
        if self._ids:
            self.highlighted = len(self._ids) - 1

    def _move_page(self, direction: int) -> None:
        if not self._ids:
            return
        line = self._starts[self.highlighted or 0] + direction * self.scrollable_content_region.height
        self.highlighted = self._lines[max(0, min(len(self._lines) - 1, line))][0]

    def action_page_up(self) -> None:
        if self.highlighted is None:
            self.action_first()
        else:
            self._move_page(-1)

    def action_page_down(self) -> None:
        if self.highlighted is None:
            self.action_last()
        else:
            self._move_page(1)

    def action_select(self) -> None:
        index = self.highlighted
        if index is not None:
            self.post_message(self.Selected(self, index, self._ids[index]))

    # -- the mouse ----------------------------------------------------------------------------
    def _item_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        line = offset.y + round(self.scroll_y)
        return self._lines[line][0] if 0 <= line < len(self._lines) else None

    def on_click(self, event: events.Click) -> None:
        """A click marks an item; a click on the marked item selects it (as the board and the citizens list)."""
        index = self._item_at(event)
        if index is None:
            return
        if index == self.highlighted:
            self.action_select()
        else:
            self.highlighted = index

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self.hover = self._item_at(event)

    def on_leave(self, event: events.Leave) -> None:
        self.hover = None

    # -- drawing -------------------------------------------------------------------------------
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def _visual(self, index: int, marked: bool) -> Visual:
        return visualize(self, dressed(self._prompts[index], marked), markup=False)

    def _item_strips(self, index: int, width: int) -> list[Strip]:
        marked = index == self.highlighted
        look = "highlighted" if marked else "hover" if index == self.hover else ""
        key = (index, width, marked, look, self.has_focus)
        strips = self._strips.get(key)
        if strips is None:
            classes = ("goal-list--option", f"goal-list--option-{look}") if look else ("goal-list--option",)
            style = self.get_visual_style(*classes)
            visual = self._visual(index, marked)
            rich_style = style.rich_style
            strips = self._strips[key] = [
                strip.extend_cell_length(width, rich_style)
                for strip in Visual.to_strips(self, visual, width, None, style)
            ]
        return strips

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = y + round(self.scroll_y)
        if width != self._width:
            self._lay_out()
        if not 0 <= line < len(self._lines):
            return Strip.blank(width, self.get_visual_style("goal-list--option").rich_style)
        index, offset = self._lines[line]
        strips = self._item_strips(index, width)
        if offset < len(strips):
            return strips[offset]
        return Strip.blank(width, self.get_visual_style("goal-list--option").rich_style)
