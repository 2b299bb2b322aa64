"""Reading what the citizens list and the plan screen show (for Pilot tests)."""
from __future__ import annotations

from textual.app import App
from textual.widgets import Static

from screens.plan import PlanScreen
from screens.widgets.agreement_board import AgreementBoard
from screens.widgets.goal_list import GoalList


def plain(value: object) -> str:
    return str(value)


def static_text(app: App[None], selector: str) -> str:
    return str(app.screen.query_one(selector, Static).content)


def goal_lines(screen: PlanScreen) -> list[str]:
    """Each option of the goal list as one line of plain text (goals: words + state)."""
    goals = screen.query_one("#goal-list", GoalList)
    out: list[str] = []
    for i in range(goals.option_count):
        prompt = goals.get_option_at_index(i).prompt
        if hasattr(prompt, "columns"):  # a goal: a rich grid of bullet, words / state
            cells = [str(c) for col in prompt.columns for c in col.cells]
            out.append(" ".join(c for c in cells if c.strip()))
        else:
            out.append(str(prompt).removeprefix("▶ ").removeprefix("  "))
    return out


def board_rows(screen: PlanScreen) -> list[str]:
    """Each agreement row as plain text: number, who, what, date, status."""
    board = screen.query_one("#agreement-board", AgreementBoard)
    rows: list[str] = []
    for i in range(board.row_count):
        rows.append(" ".join(str(c).replace("\n", " ").strip().removeprefix("▶ ") for c in board.get_row_at(i)))
    return rows
