"""The citizens list drawn line by line (Textual's line API), so a search key repaints only what shows.

A `DataTable` filled again with `clear()` and `add_row` measured and drew every
cell of every row for each key typed into the search (more than half of a
keystroke's time at 10,000 citizens). This list holds the rows as plain text,
draws a row only when it is on the screen (`render_line`), and when the rows
are replaced keeps its size, so the screen is not laid out again.

The list draws its own scroll bar, in the last two columns, and only while it
has more rows than it shows (Textual's bar looks the same, but it comes and goes
by laying the whole screen out again, and typing a search makes the list long
and short again and again). The bar's thumb and track are Textual's
(`ScrollBarRender`, the widget's `scrollbar-*` colours); the mouse wheel
scrolls, a click on the track pages toward it, and the thumb can be dragged.

Columns: the name and the plan type at a fixed width, the overall goal in the
rest of the line (cut with "…" rather than scrolled sideways). The first line
is the header and stays when the list scrolls.

| Key(s) | What it does |
| :- | :- |
| enter | open the selected citizen (`Selected`) |
| up / down | the previous / next citizen |
| pageup / pagedown | a screen up / down |
| home / end | the first / last citizen |
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBarRender
from textual.strip import Strip


class CitizenRow(NamedTuple):
    """One line of the list, its texts already made safe to show (`plan_text.harmless`)."""

    citizen_id: int
    name: str
    plan_type: str
    goal: str


COLUMN_WIDTH = 24
"""The name and plan type columns (the goal takes the rest), as the list always had them."""
PADDING = 1
"""Blank cells each side of a column's text."""
BAR_WIDTH = 2
"""The scroll bar's columns, as wide as Textual's own vertical bar."""


def fitted(text: str, width: int) -> str:
    """`text` in exactly `width` cells: padded, or cut with "…" when longer."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


class CitizenList(ScrollView, can_focus=True):
    """The citizens list: a header line and one line per citizen, a row cursor, zebra stripes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Select", show=False),
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "Home", show=False),
        Binding("end", "last", "End", show=False),
    ]

    MOVES: ClassVar[frozenset[str]] = frozenset(
        {"select", "cursor_up", "cursor_down", "page_up", "page_down", "first", "last"})
    """The list's moves, as Textual's own lists have them: the command palette lists them after the
    screen's actions (tui/palette.py)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "citizen-list--header",
        "citizen-list--cursor",
        "citizen-list--even-row",
    }

    DEFAULT_CSS = """
    CitizenList {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        overflow-y: hidden;  /* the list draws its own bar (render_line) */
        &:focus {
            background-tint: $foreground 5%;
            & > .citizen-list--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .citizen-list--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .citizen-list--even-row {
            background: $surface-darken-1 40%;
        }
        & > .citizen-list--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .citizen-list--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .citizen-list--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .citizen-list--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    cursor_row: reactive[int] = reactive(0, always_update=False, init=False)
    """The selected row's index (0 when the list is empty)."""

    class Selected(Message):
        """Enter (or a click on the selected row) on a citizen."""

        def __init__(self, citizen_list: CitizenList, citizen_id: int) -> None:
            super().__init__()
            self.citizen_list = citizen_list
            self.citizen_id = citizen_id

        @property
        def control(self) -> CitizenList:
            return self.citizen_list

    def __init__(self, headers: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.headers = tuple(headers)
        self._rows: tuple[CitizenRow, ...] = ()
        self._styles: dict[str, Style] = {}
        self._lines: dict[tuple[int, int, bool, bool], Strip] = {}
        """Drawn lines by (row, width, selected, focused); emptied when the rows or the styles change."""
        self._bar: list[Segment] = []
        """The scroll bar's cell on each line of the widget, worked out once per paint (empty: no bar)."""
        self._grab: tuple[int, float] | None = None
        """While the thumb is dragged: the pointer's screen line and the list's scroll position at the grab."""
        self._dragged = False
        """A drag has just ended: the click that follows it is not a click on the track."""

    # -- the rows -------------------------------------------------------------------
    @property
    def rows(self) -> tuple[CitizenRow, ...]:
        return self._rows

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def show(self, rows: Sequence[CitizenRow]) -> bool:
        """Show `rows` in place of the list's rows; False (and nothing drawn) when they are the same.

        The selected citizen stays selected if `rows` holds them; else the first row is.
        """
        rows = tuple(rows)
        if rows == self._rows:
            return False
        selected = self.selected_id
        self._rows = rows
        self._lines.clear()
        cursor = next((i for i, row in enumerate(rows) if row.citizen_id == selected), 0)
        self.set_reactive(CitizenList.cursor_row, cursor)
        self._set_virtual_height()
        if self.scroll_y > self.max_scroll_y:
            self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True, force=True)
        self._scroll_to_row(cursor)
        self.refresh()
        return True

    @property
    def selected_id(self) -> int | None:
        """The citizen under the cursor, or None when the list is empty."""
        return self._rows[self.cursor_row].citizen_id if self._rows else None

    def select_citizen(self, citizen_id: int) -> bool:
        """Move the cursor to `citizen_id` if the list holds it."""
        for index, row in enumerate(self._rows):
            if row.citizen_id == citizen_id:
                self.cursor_row = index
                return True
        return False

    def _set_virtual_height(self) -> None:
        """The list's scrolling height: a header line and one line per row.

        A virtual size is a layout reactive: setting it lays the whole screen out
        again. The list's own size never follows its rows and it draws its own
        scroll bar, so the new height is stored without a layout: a search key that
        changes how many rows there are repaints the list and nothing else.
        """
        size = Size(self.size.width, len(self._rows) + 1)
        if size != self.virtual_size:
            self.set_reactive(CitizenList.virtual_size, size)

    @property
    def scrolls(self) -> bool:
        """More lines than the list shows: the scroll bar is drawn and the rows are narrower."""
        return self.virtual_size.height > self.size.height

    @property
    def allow_vertical_scroll(self) -> bool:
        # Textual allows scrolling (the wheel) only while its own bar shows; this list draws its own.
        return self.scrolls and not self.disabled

    def on_resize(self) -> None:
        self._lines.clear()
        self._set_virtual_height()

    # -- the cursor -------------------------------------------------------------------
    def watch_cursor_row(self, old: int, new: int) -> None:
        self._scroll_to_row(new)
        for row in (old, new):
            self.refresh_line(row + 1)  # a row's line in the virtual list (the header is line 0)

    def _scroll_to_row(self, row: int) -> None:
        visible = max(1, self.size.height - 1)
        top = round(self.scroll_y)
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True, force=True)
        elif row >= top + visible:
            self.scroll_to(y=row - visible + 1, animate=False, immediate=True, force=True)

    def _move(self, delta: int) -> None:
        if self._rows:
            self.cursor_row = max(0, min(len(self._rows) - 1, self.cursor_row + delta))

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_page_up(self) -> None:
        self._move(-max(1, self.size.height - 2))

    def action_page_down(self) -> None:
        self._move(max(1, self.size.height - 2))

    def action_first(self) -> None:
        self._move(-len(self._rows))

    def action_last(self) -> None:
        self._move(len(self._rows))

    def action_select(self) -> None:
        citizen_id = self.selected_id
        if citizen_id is not None:
            self.post_message(self.Selected(self, citizen_id))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """A press on the thumb grabs it (Textual's own scroll bar does the same)."""
        self._dragged = False
        offset = event.get_content_offset(self)
        if offset is None or not self.scrolls or offset.x < self._width:
            return
        top, bottom = self._thumb()
        if top <= offset.y < bottom:
            self._grab = (event.screen_y, self.scroll_y)
            self.capture_mouse()
            event.stop()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._grab is None:
            return
        line, start = self._grab
        height = max(1, self.size.height)
        y = start + (event.screen_y - line) * self.virtual_size.height / height
        self._dragged = self._dragged or event.screen_y != line
        self.scroll_to(y=max(0, min(round(y), self.max_scroll_y)), animate=False, immediate=True, force=True)
        event.stop()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._grab is not None:
            self._grab = None
            self.release_mouse()
            event.stop()

    def on_click(self, event: events.Click) -> None:
        if self._dragged:  # the end of a drag, not a click on the track
            self._dragged = False
            return
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if self.scrolls and offset.x >= self._width:  # the scroll bar: a page toward the click
            top, bottom = self._thumb()
            if offset.y < top:
                self.scroll_to(y=self.scroll_y - (self.size.height - 1), animate=False, force=True)
            elif offset.y >= bottom:
                self.scroll_to(y=self.scroll_y + (self.size.height - 1), animate=False, force=True)
            return
        if offset.y < 1:  # the header
            return
        row = offset.y - 1 + round(self.scroll_y)
        if not 0 <= row < len(self._rows):
            return
        if row == self.cursor_row:
            self.action_select()
        else:
            self.cursor_row = row

    def _on_focus(self, event: events.Focus) -> None:
        self._lines.clear()
        self.refresh()

    def _on_blur(self, event: events.Blur) -> None:
        self._lines.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    # -- drawing ---------------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        # The styles are worked out once per paint, not per line.
        base = self.rich_style
        component = self.get_component_rich_style
        self._styles = {
            "header": base + component("citizen-list--header"),
            "cursor": base + component("citizen-list--cursor"),
            "even": base + component("citizen-list--even-row"),
            "odd": base,
        }
        self._bar = self._bar_cells() if self.scrolls else []
        return super().render_lines(crop)

    def _bar_colors(self) -> tuple[Color, Color]:
        """The track's and the thumb's colours, worked out as Textual's own scroll bar does."""
        styles = self.styles
        back = styles.scrollbar_background
        if back.a < 1:
            back = self.background_colors[0] + back
        return back, back + styles.scrollbar_color

    def _bar_cells(self) -> list[Segment]:
        """One segment per line of the widget: the track, the thumb where the view is."""
        back, thumb = self._bar_colors()
        height = self.size.height
        bar = ScrollBarRender.render_bar(size=height, virtual_size=self.virtual_size.height, window_size=height,
                                         position=self.scroll_y, thickness=BAR_WIDTH, vertical=True,
                                         back_color=back.rich_color, bar_color=thumb.rich_color)
        cells = [Segment(seg.text, seg.style.clear_meta_and_links() if seg.style else None)
                 for seg in bar.segments if seg.text]
        return cells[:height]

    def _thumb(self) -> tuple[int, int]:
        """The lines the thumb covers (top, bottom), for a click on the track."""
        height = self.size.height
        virtual = max(1, self.virtual_size.height)
        top = int(self.scroll_y * height / virtual)
        return top, max(top + 1, round((self.scroll_y + height) * height / virtual))

    @property
    def _width(self) -> int:
        """The width the lines are drawn at: the widget's, less the scroll bar while it shows."""
        return max(0, self.size.width - (BAR_WIDTH if self.scrolls else 0))

    def render_line(self, y: int) -> Strip:
        line = self._text_line(y)
        if self._bar and y < len(self._bar):
            return Strip([*line, self._bar[y]], line.cell_length + BAR_WIDTH)
        return line

    def _text_line(self, y: int) -> Strip:
        width = self._width
        styles = self._styles
        if y == 0:
            return self._line(self.headers, width, styles["header"])
        row = y - 1 + round(self.scroll_y)
        if row >= len(self._rows):
            return Strip.blank(width, styles["odd"])
        selected = row == self.cursor_row
        key = (row, width, selected, self.has_focus)
        strip = self._lines.get(key)
        if strip is None:
            style = styles["cursor" if selected else "even" if row % 2 == 0 else "odd"]
            _, name, plan_type, goal = self._rows[row]
            strip = self._lines[key] = self._line((name, plan_type, goal), width, style)
        return strip

    @staticmethod
    def _line(cells: Sequence[str], width: int, style: Style) -> Strip:
        """One line: the fixed columns, then the last one filling the width."""
        pad = " " * PADDING
        parts: list[str] = []
        used = 0
        for index, text in enumerate(cells):
            last = index == len(cells) - 1
            inner = max(0, width - used - 2 * PADDING) if last else COLUMN_WIDTH
            parts.append(pad + fitted(text, inner) + pad)
            used += inner + 2 * PADDING
        if used == width:
            return Strip([Segment("".join(parts), style)], width)
        return Strip([Segment("".join(parts), style)]).adjust_cell_length(width, style)
