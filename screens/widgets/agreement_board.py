"""`AgreementBoard`: the plan's agreements — who, what, when, status — in their order.

Open agreements all show, with the latest finished ones; older finished ones
fold into one line that says how many and how to see them (`A` on the plan).
The table renders no cell to size a row: each row's height is worked out here
from the wrapped text (`_row_heights`), once per width, and again when the
width or the vertical scrollbar changes.

The selected row is marked by a symbol (▶ in the number column) while the
board has the focus, not by colour alone: that is the row x, space, Enter and
Delete act on.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rich._wrap import divide_line  # Rich's word wrap, as used by Text.wrap
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from textual import events
from textual.widgets import DataTable

from screens.i18n import t
from screens.widgets.plan_text import agreement_cell, when_cell
from store.models import Agreement, Participant
from store.rules import board_agreements

WHEN_WIDTH = 13
"""The date / status column ('⚠ Overskredet')."""
MARK = "▶"

Cells = list[tuple[str, tuple[Text, Text, Text]]]


def _row_heights(console: Console, cells: Cells, text_width: int) -> list[int]:
    """Each row's height: its text and its date/status, wrapped as the table will wrap them."""
    return [max(_height(console, what, text_width), _height(console, when, WHEN_WIDTH)) for _, (_, what, when) in cells]


def _height(console: Console, text: Text, width: int) -> int:
    """Lines `text` takes at `width`, as `Text.wrap` (fold) would wrap it.

    Counted with Rich's own line breaker (what `Text.wrap` calls) on the plain
    text: `Text.wrap` also builds every wrapped line as a `Text`, which was
    half the time of filling a board of 150 agreements.
    """
    plain = text.plain
    lines = plain.split("\n")
    if all(cell_len(line) <= width for line in lines):
        return len(lines)
    if "\t" in plain:  # tabs are expanded before wrapping: let Rich do it all
        return len(text.wrap(console, width))
    return sum(len(divide_line(line, width, fold=True)) + 1 for line in lines)


class AgreementBoard(DataTable[Text]):
    """The agreements board of the plan screen."""

    def __init__(self, *, share: float, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.share = share
        """The board's share of the screen's width, to lay it out before its first layout."""
        self.agreements: list[Agreement] = []
        self.show_all = False
        self._who: Callable[[int | None], Participant | None] = lambda _: None
        self._today = date.min
        self._numbers: dict[str, int] = {}
        self._marked: str | None = None
        self._fit: tuple[int, bool, int, int] = (-1, False, 0, 0)
        """How the board was last laid out: inner width, with a scrollbar?, the rows' height
        without one (-1: not worked out, their least height did not fit), their least height."""

    # -- what it shows -----------------------------------------------------------
    def show(self, agreements: list[Agreement], who: Callable[[int | None], Participant | None], today: date,
             *, show_all: bool | None = None) -> None:
        self.agreements = agreements
        self._who = who
        self._today = today
        if show_all is not None:
            self.show_all = show_all
        self.fill()

    def selected_agreement_id(self) -> int | None:
        if self.row_count == 0:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return int(key) if key and key.isdigit() else None

    def select_agreement(self, agreement_id: int) -> bool:
        """Move the cursor to an agreement (showing all when it is a hidden finished one)."""
        key = str(agreement_id)
        if key not in self.rows and any(a.id == agreement_id for a in self.agreements):
            self.show_all = True
            self.fill()
        if key not in self.rows:
            return False
        self.move_cursor(row=self.get_row_index(key))
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
        self._numbers = {str(a.id): n for n, a in shown}
        cells: Cells = [
            (str(a.id), (Text(f"  {n}"), agreement_cell(a, self._who(a.who_id)), when_cell(a, self._today)))
            for n, a in shown
        ]
        if hidden:
            line = t("plan.finished_hidden_one") if hidden == 1 else t("plan.finished_hidden", count=hidden)
            cells.append(("more", (Text(""), Text(line, style="italic"), Text(""))))
        elif self.show_all and board_agreements(self.agreements, False)[1]:
            cells.append(("more", (Text(""), Text(t("plan.finished_shown"), style="italic"), Text(""))))
        if not cells:
            cells.append(("none", (Text(""), Text(t("plan.no_agreements"), style="italic"), Text(""))))
        pos_width = max(2, len(str(len(self.agreements)))) + 2  # + "▶ "
        width = self._inner_width()
        text_width = max(12, width - pos_width - 20)  # 20: the date/status column and the cells' padding
        room = (self.size.height or self.app.size.height) - 1  # -1: the header row
        least = sum(2 if key.isdigit() else 1 for key, _ in cells)  # an agreement: who, then what
        if least > room:  # more rows than fit, whatever their text: a scrollbar for sure
            full_height = -1
            scrollbar = True
        else:
            full_height = sum(_row_heights(self.app.console, cells, text_width))
            scrollbar = full_height > room
        if scrollbar:  # the vertical scrollbar takes its width from the text column
            text_width = max(12, text_width - self.styles.scrollbar_size_vertical)
        heights = _row_heights(self.app.console, cells, text_width)
        self._fit = (width, scrollbar, full_height, least)
        self._marked = None
        self.clear(columns=True)
        self.add_column("#", key="pos", width=pos_width)
        self.add_column(t("plan.col.agreement"), key="what", width=text_width)
        self.add_column(t("plan.col.when"), key="when", width=WHEN_WIDTH)
        for (key, row), height in zip(cells, heights):
            self.add_row(*row, key=key, height=height)
        if selected is not None and str(selected) in self.rows:
            self.move_cursor(row=self.get_row_index(str(selected)))
        self._mark()

    def on_resize(self, event: events.Resize) -> None:
        width, scrollbar, full_height, least = self._fit
        if self._inner_width() != width:
            self.fill()
        elif not self.size.height:
            return
        elif full_height < 0:  # "surely a scrollbar" was judged on the rows' least height
            if least + 1 <= self.size.height:
                self.fill()
        elif (full_height + 1 > self.size.height) != scrollbar:
            self.fill()  # the scrollbar comes or goes: the text column's width changes

    # -- the mark on the selected row ---------------------------------------------
    def _mark(self, focused: bool | None = None) -> None:
        """▶ before the number of the selected row while the board has the focus; no mark otherwise."""
        key = None
        focused = self.has_focus if focused is None else focused
        if focused and self.row_count:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        if key == self._marked:
            return
        for row_key, on in ((self._marked, False), (key, True)):
            if row_key is None or row_key not in self.rows or row_key not in self._numbers:
                continue
            number = str(self._numbers[row_key])
            self.update_cell(row_key, "pos", Text(f"{MARK} {number}" if on else f"  {number}",
                                                  style="bold" if on else ""))
        self._marked = key if key in self._numbers else None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._mark()

    def on_focus(self, event: events.Focus) -> None:
        self._mark(True)

    def on_blur(self, event: events.Blur) -> None:
        self._mark(False)
