"""The agreements board widget: rows counted before it is drawn, only visible rows drawn, a row cursor marked ▶."""
from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.strip import Strip

from screens.widgets.agreement_board import WHEN_WIDTH, AgreementBoard
from screens.widgets.plan_text import agreement_cell, when_cell
from store import Store
from store.plans import PlanView
from tests.conftest import DEMO_TODAY

HOSTILE = "Ringe \x1b[2J til [bold red]Nanna[/] \t hver mandag\nog " + "langtordudenmellemrum" * 4


def _big_plan(store: Store, citizen_id: int, extra: int, text: str = "Ekstra aftale {n} om at gå en lang tur") -> PlanView:
    plan_id = store.plan_of(citizen_id).id or 0
    who = store.participants(plan_id)[0].id
    for n in range(extra):
        store.add_agreement(plan_id, who, text.format(n=n + 1), when="hver torsdag")
    return store.plan_view(citizen_id)


class BoardApp(App[None]):
    CSS = "AgreementBoard { height: 1fr; border: round $secondary; }"

    def __init__(self, view: PlanView) -> None:
        super().__init__()
        self.view = view
        self.selected: list[str] = []

    def compose(self) -> ComposeResult:
        yield AgreementBoard(share=1.0, id="board")

    def on_mount(self) -> None:
        board = self.query_one(AgreementBoard)
        board.show(self.view.agreements, self.view.participant, DEMO_TODAY)
        board.focus()

    def on_agreement_board_selected(self, event: AgreementBoard.Selected) -> None:
        self.selected.append(event.key)


def _lines(board: AgreementBoard) -> list[str]:
    return [board.render_line(y).text for y in range(board.scrollable_content_region.height)]


def _drawn(app: App[Any], text: Text, width: int) -> int:
    """How many lines Rich itself draws for `text` at `width` (the oracle for the counted heights)."""
    return len(app.console.render_lines(text, app.console.options.update_width(width), pad=False))


async def test_row_heights_are_counted_before_the_first_layout_and_match_what_is_drawn(
    demo_store: Store, demo_citizen_id: int
) -> None:
    view = _big_plan(demo_store, demo_citizen_id, 2, HOSTILE + " {n}")
    plan_id = view.plan.id or 0
    demo_store.add_agreement(plan_id, view.participants[0].id, "Kort", when="hver onsdag og fredag")  # when: 3 lines
    view = demo_store.plan_view(demo_citizen_id)
    for width in (64, 67, 71, 76):
        app = BoardApp(view)
        async with app.run_test(size=(width, 60)) as pilot:
            board = app.query_one(AgreementBoard)
            before_layout = board.virtual_size.height
            await pilot.pause()
            _, text_width, when_width = (w - 2 for w in board.column_widths)
            assert when_width == WHEN_WIDTH
            heights = [max(_drawn(app, what, text_width), _drawn(app, when, WHEN_WIDTH))
                       for _, what, when in (board.get_row_at(i) for i in range(board.row_count))]
            assert max(heights) >= 6 and 3 in heights  # the long text wraps; the short one's "when" is taller
            assert board.virtual_size.height == 1 + sum(heights)
            assert before_layout == 1 + sum(heights), "the height was right before the first layout"
            assert sum(board.column_widths) <= board.scrollable_content_region.width


async def test_hostile_text_is_shown_as_text(demo_store: Store, demo_citizen_id: int) -> None:
    view = _big_plan(demo_store, demo_citizen_id, 1, HOSTILE)
    app = BoardApp(view)
    async with app.run_test(size=(90, 60)) as pilot:
        await pilot.pause()
        await pilot.press("end")
        shown = "\n".join(_lines(app.query_one(AgreementBoard)))
        assert "\x1b" not in shown and "␛[2J" in shown
        assert "[bold red]Nanna[/]" in shown


async def test_the_cursor_moves_clamps_and_is_marked_only_while_focused(demo_store: Store, demo_citizen_id: int) -> None:
    app = BoardApp(demo_store.plan_view(demo_citizen_id))
    async with app.run_test(size=(90, 40)) as pilot:
        await pilot.pause()
        board = app.query_one(AgreementBoard)
        first = board.selected_agreement_id()
        assert board.cursor_row == 0 and str(board.get_row_at(0)[0]).startswith("▶ 1")
        await pilot.press("up")  # at the top: stays (no wrap, as the table)
        assert board.cursor_row == 0
        await pilot.press("down", "down")
        assert board.cursor_row == 2 and str(board.get_row_at(2)[0]) == "▶ 3"
        assert str(board.get_row_at(0)[0]).strip() == "1"
        assert any(line.lstrip().startswith("▶ 3") for line in _lines(board))
        await pilot.press("end")
        assert board.cursor_row == board.row_count - 1
        await pilot.press("down")
        assert board.cursor_row == board.row_count - 1
        await pilot.press("home")
        assert board.selected_agreement_id() == first
        board.blur()
        await pilot.pause()
        assert not any("▶" in str(board.get_row_at(i)[0]) for i in range(board.row_count))
        assert not any("▶" in line for line in _lines(board))


async def test_a_long_board_scrolls_the_cursor_into_view_and_keeps_the_header(
    demo_store: Store, demo_citizen_id: int
) -> None:
    view = _big_plan(demo_store, demo_citizen_id, 60)
    app = BoardApp(view)
    async with app.run_test(size=(90, 24)) as pilot:
        await pilot.pause()
        board = app.query_one(AgreementBoard)
        assert board.show_vertical_scrollbar
        await pilot.press("end")
        assert board.scroll_y == board.max_scroll_y > 0
        lines = _lines(board)
        assert lines[0].split()[:2] == ["#", "Hvem"]  # the header stays on top
        assert any(line.lstrip().startswith(f"▶ {board.row_count}") for line in lines)
        await pilot.press("pageup")
        row = board.cursor_row
        assert 0 < board.row_count - 1 - row <= 12
        assert any(line.lstrip().startswith("▶") for line in _lines(board))
        await pilot.press("pagedown")
        assert board.cursor_row > row


async def test_only_the_rows_on_the_screen_are_drawn(demo_store: Store, demo_citizen_id: int) -> None:
    drawn: list[int] = []

    class Counting(AgreementBoard):
        def _draw(self, index: int, width: int) -> list[Strip]:
            drawn.append(index)
            return super()._draw(index, width)

    class CountingApp(BoardApp):
        def compose(self) -> ComposeResult:
            yield Counting(share=1.0, id="board")

    app = CountingApp(_big_plan(demo_store, demo_citizen_id, 60))
    async with app.run_test(size=(90, 24)) as pilot:
        await pilot.pause()
        board = app.query_one(AgreementBoard)
        assert board.row_count > 60
        assert drawn and max(drawn) < 12  # 20 lines of two or three lines a row


async def test_enter_and_a_click_select_a_row_and_the_folded_line_says_more(
    demo_store: Store, demo_citizen_id: int
) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    who = demo_store.participants(plan_id)[0].id
    for n in range(8):
        made = demo_store.add_agreement(plan_id, who, f"Gammel aftale {n}", when="hver mandag")
        demo_store.mark_agreement_done(made.id or 0, on=DEMO_TODAY)
    app = BoardApp(demo_store.plan_view(demo_citizen_id))
    async with app.run_test(size=(90, 60)) as pilot:
        await pilot.pause()
        board = app.query_one(AgreementBoard)
        await pilot.press("enter")
        assert app.selected == [str(board.selected_agreement_id())]
        await pilot.press("end", "enter")
        assert app.selected[-1] == "more" and board.selected_agreement_id() is None
        assert "skjult" in str(board.get_row_at(board.row_count - 1)[1])
        await pilot.click(AgreementBoard, offset=(30, 2))  # the first row: moves the cursor there
        assert board.cursor_row == 0 and app.selected[-1] == "more"
        await pilot.click(AgreementBoard, offset=(30, 2))  # on the selected row: selects it
        assert app.selected[-1] == str(board.selected_agreement_id())


async def test_selecting_a_folded_agreement_shows_all(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    who = demo_store.participants(plan_id)[0].id
    old = []
    for n in range(8):
        made = demo_store.add_agreement(plan_id, who, f"Gammel aftale {n}", when="hver mandag")
        demo_store.mark_agreement_done(made.id or 0, on=DEMO_TODAY)
        old.append(made.id or 0)
    app = BoardApp(demo_store.plan_view(demo_citizen_id))
    async with app.run_test(size=(90, 30)) as pilot:
        await pilot.pause()
        board = app.query_one(AgreementBoard)
        hidden = next(i for i in old if str(i) not in board.row_keys)
        assert board.select_agreement(hidden)
        await pilot.pause()
        assert board.show_all and board.selected_agreement_id() == hidden
        assert any(f"▶ {board.get_row_at(board.cursor_row)[0].plain.split()[-1]}" in line for line in _lines(board))
        assert not board.select_agreement(10**6)


def test_cells_are_made_safe_before_the_board_counts_them(demo_store: Store, demo_citizen_id: int) -> None:
    view = _big_plan(demo_store, demo_citizen_id, 1, HOSTILE)
    last = view.agreements[-1]
    cell = agreement_cell(last, view.participant(last.who_id))
    assert "\x1b" not in cell.plain and "␛" in cell.plain
    assert when_cell(last, DEMO_TODAY).plain.startswith("↻")


async def test_a_rows_cells_are_built_when_it_is_drawn_and_read_as_before(demo_store: Store, demo_citizen_id: int) -> None:
    """The board counts its rows from their plain text and builds a row's cells only when it draws the row
    (or is asked for them); the cells are exactly what `agreement_cell` and `when_cell` make, hostile text
    included, and the heights counted are those of the cells."""
    built: list[int] = []

    class Counting(AgreementBoard):
        def _cells_of(self, index: int) -> tuple[Text, Text]:
            if index not in self._cells:
                built.append(index)
            return super()._cells_of(index)

    class CountingApp(BoardApp):
        def compose(self) -> ComposeResult:
            yield Counting(share=1.0, id="board")

    view = _big_plan(demo_store, demo_citizen_id, 60, HOSTILE + " {n}")
    app = CountingApp(view)
    async with app.run_test(size=(90, 24)) as pilot:
        await pilot.pause()
        board = app.query_one(AgreementBoard)
        assert board.row_count > 60
        assert built and max(built) < 12 and len(built) == len(set(built))  # each visible row's cells once
        _, text_width, _ = (w - 2 for w in board.column_widths)
        eager = {str(a.id): (agreement_cell(a, view.participant(a.who_id)), when_cell(a, DEMO_TODAY))
                 for a in view.agreements}
        heights = []
        for i, key in enumerate(board.row_keys):
            _, what, when = board.get_row_at(i)
            if key in eager:
                assert (what, when) == eager[key]  # the same text and the same styles
            heights.append(max(_drawn(app, what, text_width), _drawn(app, when, WHEN_WIDTH)))
        assert board.virtual_size.height == 1 + sum(heights)
        assert any("␛[2J til [bold red]Nanna[/]" in board.get_row_at(i)[1].plain for i in range(board.row_count))
        await pilot.press("end")
        await pilot.pause()
        shown = "\n".join(_lines(board))
        assert "\x1b" not in shown and "␛[2J" in shown and "[bold red]Nanna[/]" in shown


async def test_the_row_under_the_mouse_is_highlighted_until_the_mouse_leaves_or_a_key_moves(
    demo_store: Store, demo_citizen_id: int
) -> None:
    """As Textual's tables: the row under the mouse gets the hover colour; off the rows, or after a key, it goes."""
    app = BoardApp(_big_plan(demo_store, demo_citizen_id, 3))
    async with app.run_test(size=(90, 40)) as pilot:
        await pilot.pause()
        board = app.query_one(AgreementBoard)
        second = board._starts[1] + 1  # the second row's first line in the board's content (header above)
        hover = board.get_component_rich_style("agreement-board--hover").bgcolor
        assert hover is not None

        def backgrounds() -> set[object]:
            return {seg.style.bgcolor for seg in board.render_line(second) if seg.style}

        plain = backgrounds()
        assert hover not in plain
        await pilot.hover(AgreementBoard, offset=(30, second + 1))  # + 1: the border
        await pilot.pause()
        assert board._hover == 1 and hover in backgrounds()
        await pilot.hover(AgreementBoard, offset=(30, 1))  # the header: no row
        await pilot.pause()
        assert board._hover is None and backgrounds() == plain
        await pilot.hover(AgreementBoard, offset=(30, second + 1))
        await pilot.pause()
        assert hover in backgrounds()
        await pilot.press("down")  # the keyboard takes over: the cursor is there now, the hover is gone
        assert board.cursor_row == 1 and board._hover is None
        assert hover not in backgrounds()
