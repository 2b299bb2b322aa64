"""`AgreementBoard`: the plan's agreements — who, what, when, status — in their order, drawn line by line.

Open agreements all show, with the latest finished ones; older finished ones
fold into one line that says how many and how to see them (`A` on the plan).

The board is a line-API widget (Textual's `ScrollView` with `render_line`),
not a `DataTable`: filling a table measured every cell of every row again when
the app was next idle, and drew each cell through Rich for the first frame
(most of opening a plan of 500 agreements). Here each row's height is counted
from its plain text (`plan_text.agreement_words`, `when_words`, wrapped by
`plain_height`) once per width, before the screen's first layout (at the
board's share of the screen's width), so the screen is laid out once; a row's
cells are built (`agreement_cell`, `when_cell`, then kept) and drawn only when
the row is on the screen, its lines kept by (row, width, cursor, focus). It looks as the table did:
a header line that stays when the rows scroll, zebra stripes, a row cursor,
the same styles.

The selected row is marked by a symbol (▶ in the number column) while the
board has the focus, not by colour alone: that is the row x, space, Enter and
Delete act on.

| Key(s) | What it does |
| :- | :- |
| enter | select the row under the cursor (`Selected`) |
| up / down | the previous / next row |
| pageup / pagedown | a screen up / down |
| home, ctrl+home / end, ctrl+end | the first / last row |
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Offset, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from screens.i18n import t
from screens.widgets.plan_text import agreement_cell, agreement_words, plain_height, when_cell, when_words
from store.rules import board_agreements

if TYPE_CHECKING:  # the plan's first frame may be drawn from plain rows, before the models load
    from store.models import Agreement, Participant

WHEN_WIDTH = 13
"""The date / status column ('⚠ Overskredet')."""
MARK = "▶"
CELL_PADDING = 1
"""Blank cells each side of a column's text, as the table had them."""


class BoardRow(NamedTuple):
    """One row: its key (an agreement's id, "more" for the folded line, "none"), its number
    (0 for the lines that are not agreements), its texts as plain text (who and what; when and
    status: enough to count its height), and what draws its cells: the agreement and who does
    it, or for the other lines their one text."""

    key: str
    number: int
    what_words: str
    when_words: str
    agreement: Agreement | None = None
    who: Participant | None = None
    line: Text | None = None


def _row_heights(console: Console, rows: Sequence[BoardRow], text_width: int) -> list[int]:
    """Each row's height: its text and its date/status, wrapped as they are drawn (from the plain
    text: the cells are built only when a row is drawn)."""
    return [max(plain_height(console, row.what_words, text_width), plain_height(console, row.when_words, WHEN_WIDTH))
            for row in rows]


def _line_row(key: str, text: Text) -> BoardRow:
    """A row that is not an agreement: one text across the agreement column."""
    return BoardRow(key, 0, text.plain, "", line=text)


class AgreementBoard(ScrollView, can_focus=True):
    """The agreements board of the plan screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Select", show=False),
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("ctrl+home,home", "first", "Top", show=False),
        Binding("ctrl+end,end", "last", "Bottom", show=False),
    ]

    MOVES: ClassVar[frozenset[str]] = frozenset(
        {"select_cursor", "cursor_up", "cursor_down", "page_up", "page_down", "first", "last"})
    """The board's moves, as Textual's own tables have them: the command palette lists them after
    the screen's actions (tui/palette.py)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "agreement-board--header",
        "agreement-board--cursor",
        "agreement-board--hover",
        "agreement-board--even-row",
        "agreement-board--odd-row",
    }

    DEFAULT_CSS = """
    AgreementBoard {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        &:focus {
            background-tint: $foreground 5%;
            & > .agreement-board--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .agreement-board--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .agreement-board--even-row {
            background: $surface-darken-1 40%;
        }
        & > .agreement-board--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .agreement-board--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .agreement-board--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .agreement-board--hover {
            background: $block-hover-background;
        }
        & > .agreement-board--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    cursor_row: reactive[int] = reactive(0, always_update=False, init=False)
    """The selected row's index."""

    class Selected(Message):
        """Enter (or a click on the selected row) on a row; `key` is the agreement's id, or "more"."""

        def __init__(self, board: AgreementBoard, key: str) -> None:
            super().__init__()
            self.board = board
            self.key = key

        @property
        def control(self) -> AgreementBoard:
            return self.board

    def __init__(self, *, share: float, id: str | None = None) -> None:
        super().__init__(id=id)
        self.share = share
        """The board's share of the screen's width, to lay it out before its first layout."""
        self.agreements: list[Agreement] = []
        self.show_all = False
        self._who: Callable[[int | None], Participant | None] = lambda _: None
        self._today = date.min
        self._rows: list[BoardRow] = []
        self._cells: dict[int, tuple[Text, Text]] = {}
        """Each row's two cells (who and what; when and status), built when the row is first drawn."""
        self._keys: dict[str, int] = {}
        self._heights: list[int] = []
        self._starts: list[int] = []
        self._lines: list[tuple[int, int]] = []
        """(row, line within it) for each line below the header."""
        self._widths: tuple[int, int, int] = (0, 0, WHEN_WIDTH)
        """The columns' text widths: number, agreement, when."""
        self._fit: tuple[int, bool, int, int] = (-1, False, 0, 0)
        """How the board was last laid out: inner width, with a scrollbar?, the rows' height
        without one (-1: not worked out, their least height did not fit), their least height."""
        self._drawn: dict[tuple[int, int, bool, bool, bool], list[Strip]] = {}
        """Drawn rows by (row, width, cursor, under the mouse, focused); -1 is the header. Emptied when
        the rows, the widths or the styles change."""
        self._hover: int | None = None
        """The row under the mouse (None: none, or the keyboard has moved the cursor since)."""

    # -- what it shows -----------------------------------------------------------
    def show(self, agreements: list[Agreement], who: Callable[[int | None], Participant | None], today: date,
             *, show_all: bool | None = None) -> None:
        self.agreements = agreements
        self._who = who
        self._today = today
        if show_all is not None:
            self.show_all = show_all
        self.fill()

    def reset_view(self) -> None:
        """As a new board: no row selected or under the mouse, nothing scrolled (before `show` fills it anew)."""
        self.set_reactive(AgreementBoard.cursor_row, 0)
        self._hover = None
        self._rows = []
        self._keys = {}
        self.scroll_to(0, 0, animate=False, immediate=True)

    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def row_keys(self) -> list[str]:
        return [row.key for row in self._rows]

    def get_row_at(self, index: int) -> tuple[Text, Text, Text]:
        """The row's three cells as shown: number (with ▶ when marked), who and what, when and status."""
        return (self._number_cell(index), *self._cells_of(index))

    def _cells_of(self, index: int) -> tuple[Text, Text]:
        """The row's cells (who and what; when and status), built the first time they are asked for."""
        cells = self._cells.get(index)
        if cells is None:
            row = self._rows[index]
            if row.agreement is not None:
                cells = (agreement_cell(row.agreement, row.who), when_cell(row.agreement, self._today))
            else:
                cells = (row.line or Text(""), Text(""))
            self._cells[index] = cells
        return cells

    @property
    def column_widths(self) -> tuple[int, int, int]:
        """The columns' widths on the screen, their padding included."""
        return tuple(w + 2 * CELL_PADDING for w in self._widths)  # type: ignore[return-value]

    def selected_agreement_id(self) -> int | None:
        if not self._rows:
            return None
        key = self._rows[self.cursor_row].key
        return int(key) if key.isdigit() else None

    def select_agreement(self, agreement_id: int) -> bool:
        """Move the cursor to an agreement (showing all when it is a hidden finished one)."""
        key = str(agreement_id)
        if key not in self._keys and any(a.id == agreement_id for a in self.agreements):
            self.show_all = True
            self.fill()
        if key not in self._keys:
            return False
        self.cursor_row = self._keys[key]
        return True

    def _inner_width(self) -> int:
        """The width inside the border; before the first layout, the board's share of the screen."""
        if self.size.width:
            return self.size.width
        return max(0, round(self.app.size.width * self.share) - 2)

    def fill(self) -> None:
        """Lay the board out for its width, keeping the selected agreement."""
        selected = self.selected_agreement_id()
        shown, hidden = board_agreements(self.agreements, self.show_all)
        rows = []
        for n, a in shown:
            who = self._who(a.who_id)
            rows.append(BoardRow(str(a.id), n, "\n".join(agreement_words(a, who)), when_words(a, self._today), a, who))
        if hidden:
            line = t("plan.finished_hidden_one") if hidden == 1 else t("plan.finished_hidden", count=hidden)
            rows.append(_line_row("more", Text(line, style="italic")))
        elif self.show_all and board_agreements(self.agreements, False)[1]:
            rows.append(_line_row("more", Text(t("plan.finished_shown"), style="italic")))
        if not rows:
            rows.append(_line_row("none", Text(t("plan.no_agreements"), style="italic")))
        self._rows = rows
        self._cells.clear()
        self._keys = {row.key: i for i, row in enumerate(rows)}
        self._lay_out()
        cursor = self._keys.get(str(selected), 0) if selected is not None else 0
        self.set_reactive(AgreementBoard.cursor_row, min(cursor, len(rows) - 1))
        if self.scroll_y > self.max_scroll_y:
            self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)
        self._scroll_to_row(self.cursor_row)
        self.refresh()

    def _lay_out(self) -> None:
        """The columns' widths and the rows' heights for the board's width (and its scrollbar)."""
        pos_width = max(2, len(str(len(self.agreements)))) + 2  # + "▶ "
        width = self._inner_width()
        text_width = max(12, width - pos_width - 20)  # 20: the date/status column and the cells' padding
        room = (self.size.height or self.app.size.height) - 1  # -1: the header row
        least = sum(2 if row.key.isdigit() else 1 for row in self._rows)  # an agreement: who, then what
        console = self.app.console
        heights: list[int] | None = None
        if least > room:  # more rows than fit, whatever their text: a scrollbar for sure
            full_height = -1
            scrollbar = True
        else:
            heights = _row_heights(console, self._rows, text_width)
            full_height = sum(heights)
            scrollbar = full_height > room
        if scrollbar:  # the vertical scrollbar takes its width from the text column
            text_width = max(12, text_width - self.styles.scrollbar_size_vertical)
            heights = None
        self._heights = heights if heights is not None else _row_heights(console, self._rows, text_width)
        self._fit = (width, scrollbar, full_height, least)
        self._widths = (pos_width, text_width, WHEN_WIDTH)
        self._starts = []
        self._lines = []
        for i, height in enumerate(self._heights):
            self._starts.append(len(self._lines))
            self._lines.extend((i, offset) for offset in range(height))
        self._drawn.clear()
        size = Size(0, len(self._lines) + 1)  # + the header
        if size != self.virtual_size:
            self.virtual_size = size

    def on_resize(self, event: events.Resize) -> None:
        width, scrollbar, full_height, least = self._fit
        if self._inner_width() != width:
            self._lay_out()
        elif not self.size.height:
            return
        elif full_height < 0:  # "surely a scrollbar" was judged on the rows' least height
            if least + 1 <= self.size.height:
                self._lay_out()
        elif (full_height + 1 > self.size.height) != scrollbar:
            self._lay_out()  # the scrollbar comes or goes: the text column's width changes
        self._scroll_to_row(self.cursor_row)

    # -- the cursor -------------------------------------------------------------------
    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(len(self._rows) - 1, row))

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._set_hover(None)
        self._scroll_to_row(new)
        for row in (old, new):
            self._refresh_row(row)

    def _refresh_row(self, row: int) -> None:
        if 0 <= row < len(self._starts):
            self.refresh_lines(self._starts[row] + 1, self._heights[row])

    def _scroll_to_row(self, row: int) -> None:
        """Scroll so the whole row shows below the header (its first line if it is taller)."""
        if not 0 <= row < len(self._starts) or not self.size.height:
            return
        top, height = self._starts[row], self._heights[row]
        visible = max(1, self.scrollable_content_region.height - 1)
        scroll = round(self.scroll_y)
        if top < scroll:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + height > scroll + visible:
            self.scroll_to(y=min(top, top + height - visible), animate=False, immediate=True)

    def action_cursor_up(self) -> None:
        self.cursor_row -= 1

    def action_cursor_down(self) -> None:
        self.cursor_row += 1

    def _page_rows(self, rows: list[int]) -> int:
        """How many of `rows` (heights, from the cursor on) make a screenful (at least one)."""
        room = max(1, self.scrollable_content_region.height - 1)
        used = count = 0
        for height in rows:
            used += height
            count += 1
            if used > room:
                break
        return max(1, count - 1)

    def _page(self, direction: int) -> None:
        """A screenful down (1) or up (-1): the rows scroll by a page and the cursor moves with them, as
        in Textual's table; the row under the cursor is then in view."""
        if not self._rows:
            return
        if direction > 0:
            target = self.cursor_row + self._page_rows(self._heights[self.cursor_row:])
        else:
            target = self.cursor_row - self._page_rows(self._heights[self.cursor_row::-1])
        room = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=self.scroll_y + direction * room, animate=False, immediate=True)
        self.cursor_row = target
        self._scroll_to_row(self.cursor_row)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_first(self) -> None:
        self.cursor_row = 0

    def action_last(self) -> None:
        self.cursor_row = len(self._rows) - 1

    def action_select_cursor(self) -> None:
        if self._rows:
            self.post_message(self.Selected(self, self._rows[self.cursor_row].key))

    def _row_at(self, offset: Offset | None) -> int | None:
        """The row drawn at `offset` (in the content region), None on the header or below the rows."""
        if offset is None or offset.y < 1:  # the header
            return None
        line = offset.y - 1 + round(self.scroll_y)
        if not 0 <= line < len(self._lines):
            return None
        return self._lines[line][0]

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._row_at(event.get_content_offset(self)))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, row: int | None) -> None:
        """The row under the mouse, shown as Textual's tables show it (gone when the keyboard moves)."""
        if row == self._hover:
            return
        old, self._hover = self._hover, row
        for changed in (old, row):
            if changed is not None:
                self._refresh_row(changed)

    def on_click(self, event: events.Click) -> None:
        row = self._row_at(event.get_content_offset(self))
        if row is None:
            return
        if row == self.cursor_row:
            self.action_select_cursor()
        else:
            self.cursor_row = row

    def _on_focus(self, event: events.Focus) -> None:
        self.refresh()

    def _on_blur(self, event: events.Blur) -> None:
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn.clear()

    # -- drawing ---------------------------------------------------------------------
    def _number_cell(self, index: int) -> Text:
        """The number, with ▶ before it on the selected row while the board has the focus."""
        number = self._rows[index].number
        if not number:
            return Text("")
        if index == self.cursor_row and self.has_focus:
            return Text(f"{MARK} {number}", style="bold")
        return Text(f"  {number}")

    def _draw(self, index: int, width: int) -> list[Strip]:
        """The row's lines (the header's at -1), drawn as Textual's table draws its cells."""
        header = index < 0
        cursor = not header and index == self.cursor_row
        hover = not header and not cursor and index == self._hover
        key = (index, width, cursor, hover, self.has_focus)
        strips = self._drawn.get(key)
        if strips is not None:
            return strips
        if header:
            row_style = self.get_component_styles("agreement-board--header").rich_style
            cells: tuple[Text, ...] = (Text("#"), Text(t("plan.col.agreement")), Text(t("plan.col.when")))
            height = 1
        else:
            stripe = "agreement-board--odd-row" if index % 2 else "agreement-board--even-row"
            row_style = self.get_component_styles(stripe).rich_style
            cells = self.get_row_at(index)
            height = self._heights[index]
        component = (self.get_component_rich_style("agreement-board--cursor") if cursor
                     else self.get_component_rich_style("agreement-board--hover") if hover else Style())
        post = Style.from_color(component.color) + Style.from_color(bgcolor=component.bgcolor)
        columns = [
            self._cell_lines(cell, text_width, height, row_style + Style.from_meta({"row": index, "column": column})
                             + component, post)
            for column, (cell, text_width) in enumerate(zip(cells, self._widths))
        ]
        table_width = sum(self.column_widths)
        rest_style = row_style + component + Style.from_meta({"row": index, "column": 0, "out_of_bounds": True})
        rest = [Segment(" " * max(0, width - table_width), rest_style)]
        base = self.rich_style
        strips = [
            Strip([segment for cell_lines in columns for segment in cell_lines[line]] + rest)
            .adjust_cell_length(width, base).simplify()
            for line in range(height)
        ]
        self._drawn[key] = strips
        return strips

    def _cell_lines(self, cell: Text, width: int, height: int, pre: Style, post: Style) -> list[list[Segment]]:
        """A cell's lines, as the table drew them (`Styled(Padding(cell, (0, 1)), pre, post)` at `width` + 2,
        `height` lines), without the two wrappers' passes over the segments.

        `pre` carries the cell's place (Rich's meta, as the table's did), so cells of one style stay
        separate segments and the screen is written as it was.
        """
        console = self.app.console
        options = self.app.console_options.update_dimensions(width, height)
        if height == 1:
            options = options.update(no_wrap=True)
        null = console.get_style("none")
        pad = Segment(" " * CELL_PADDING, null)
        return [list(Segment.apply_style([pad, *line, pad], style=pre, post_style=post))
                for line in console.render_lines(cell, options, style=null, pad=True)]

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0:
            return self._draw(-1, width)[0]
        line = y - 1 + round(self.scroll_y)
        if not 0 <= line < len(self._lines):
            return Strip.blank(width, self.rich_style)
        index, offset = self._lines[line]
        return self._draw(index, width)[offset]
