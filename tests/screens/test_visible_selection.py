"""Actions act on what is visibly selected; the selected row is marked by a symbol; no mistake is permanent.

On the plan, x / space / Enter / Delete act on the agreement marked ▶ on the
board only while the board has the focus; with the focus elsewhere they say
what to select and change nothing. ctrl+z puts back the exact state before,
the done date included. Shift+↑/↓ move the marked agreement, and that order
is what the minutes and the live view show.
"""
from __future__ import annotations

from screens.live.content import read_content
from screens.plan import PlanScreen
from screens.widgets.agreement_board import AgreementBoard
from screens.widgets.goal_list import GoalList
from store import Store
from store.enums import AgreementStatus, MeetingStatus
from tests.conftest import DEMO_TODAY
from tui.app import build_app

SIZE = (100, 30)


def _notes(app: object) -> list[str]:
    said: list[str] = []
    original = getattr(app, "notify")

    def keep(message: str, *args: object, **kw: object) -> None:
        said.append(str(message))
        original(message, *args, **kw)

    setattr(app, "notify", keep)
    return said


def _marked_rows(board: AgreementBoard) -> list[str]:
    return [str(board.get_row_at(i)[0]).strip() for i in range(board.row_count)
            if str(board.get_row_at(i)[0]).startswith("▶")]


async def test_x_with_a_goal_focused_changes_no_agreement(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    before = demo_store.agreements(plan_id)
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        said = _notes(app)
        assert isinstance(screen.focused, GoalList) and screen.focused.id == "goal-list"
        await pilot.press("x", "space", "x")
        await pilot.pause()
        assert demo_store.agreements(plan_id) == before
        assert said and all("aftaletavlen" in s and "▶" in s for s in said)
        assert _marked_rows(screen.board) == []  # no row is marked while the board is not focused
        await pilot.press("delete")
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmScreen"  # Delete asks about the goal marked ▶ ...
        question = str(app.screen.question)  # type: ignore[attr-defined]
        assert "delmål" in question.casefold() and "aftale" not in question.casefold()
        await pilot.press("n")
        await pilot.pause()
    assert demo_store.agreements(plan_id) == before


async def test_x_on_the_board_then_ctrl_z_restores_the_done_date(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    first = demo_store.agreements(plan_id)[0]
    done_on = first.done_at
    assert first.status is AgreementStatus.DONE and done_on is not None and done_on != DEMO_TODAY
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        await pilot.press("tab")
        assert screen.focused is screen.board
        assert screen.selected_agreement_id() == first.id
        assert _marked_rows(screen.board) == ["▶ 1"]  # the row x acts on, marked by a symbol
        await pilot.press("x")  # done -> open again
        await pilot.pause()
        reopened = demo_store.get_agreement(first.id or 0)
        assert reopened.status is AgreementStatus.OPEN and reopened.done_at is None
        await pilot.press("x")  # and done again: today's date ...
        await pilot.pause()
        assert demo_store.get_agreement(first.id or 0).done_at == DEMO_TODAY
        await pilot.press("ctrl+z", "ctrl+z")  # ... undone twice: exactly as it was
        await pilot.pause()
        assert _marked_rows(screen.board) == ["▶ 1"]
    back = demo_store.get_agreement(first.id or 0)
    assert back.status is AgreementStatus.DONE and back.done_at == done_on


async def test_shift_arrows_reorder_and_the_order_is_the_minutes_and_the_live_view(
    demo_store: Store, demo_citizen_id: int
) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    meeting = next(m for m in demo_store.meetings(plan_id) if m.status is MeetingStatus.PLANNED)
    assert meeting.id is not None
    demo_store.open_meeting(meeting.id)
    made = [demo_store.add_agreement(plan_id, demo_store.participants(plan_id)[0].id, text, when="hver fredag",
                                     meeting_id=meeting.id) for text in ("Først aftalt", "Så aftalt")]
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        screen.select(agreement_id=made[1].id)
        await pilot.pause()
        await pilot.press("shift+up")
        await pilot.pause()
        assert screen.selected_agreement_id() == made[1].id, "the moved agreement stays selected"
    order = [a.id for a in demo_store.agreements(plan_id)]
    assert order.index(made[1].id) == order.index(made[0].id) - 1
    minutes = demo_store.render_minutes(meeting.id, "authority")
    assert minutes.index("Så aftalt") < minutes.index("Først aftalt")
    assert "| Så aftalt | hver fredag |" in minutes
    demo_store.set_focus(citizen_id=demo_citizen_id)
    live = read_content(demo_store, citizen_id=demo_citizen_id, follow=True, today=DEMO_TODAY)
    whats = [line.what for line in live.agreements]
    assert whats.index("Så aftalt") < whats.index("Først aftalt")
    keys = [line.key for line in live.agreements]
    in_plan_order = [f"agreement:{a.id}" for a in demo_store.agreements(plan_id)]
    assert keys == [k for k in in_plan_order if k in keys], "the live view keeps the plan's order"


async def test_the_goal_list_marks_the_selected_goal(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        goals = screen.query_one("#goal-list", GoalList)

        def marked() -> list[str]:
            return [str(goals.get_option_at_index(i).prompt) for i in range(goals.option_count)
                    if str(goals.get_option_at_index(i).prompt).startswith("▶")]

        assert len(marked()) == 1 and "Gensyn" in marked()[0]
        await pilot.press("down", "down")
        await pilot.pause()
        assert len(marked()) == 1 and "Gensyn" not in marked()[0]
