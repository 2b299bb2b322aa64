"""GoalHistoryScreen: a goal's earlier wordings with dates, oldest first, then the current one."""
from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from screens import forms
from screens.i18n import t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import translated
from screens.widgets.plan_text import harmless
from store import Store
from store.dates import format_date


class GoalHistoryScreen(ModalScreen[None]):
    """Read-only: every wording the goal has had, with when it was replaced and why."""

    CSS_PATH = str(Path(forms.__file__).with_name("forms.tcss"))
    BINDINGS = [Binding("escape,q,h", "close", "ed.history.close")]

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated(super().active_bindings)

    def __init__(self, store: Store, goal_id: int) -> None:
        super().__init__(classes="editor")
        self.store = store
        self.goal_id = goal_id

    def history_text(self) -> Text:
        goal = self.store.get_goal(self.goal_id)
        revisions = self.store.goal_history(self.goal_id)
        out = Text()
        if not revisions:
            out.append(t("ed.history.none") + "\n\n", style="italic")
        for n, rev in enumerate(revisions, start=1):
            out.append(t("ed.history.earlier", n=n, date=format_date(rev.replaced_at.date())) + "\n", style="bold")
            out.append(harmless(rev.text) + "\n")
            if rev.rationale:
                out.append(t("ed.history.rationale") + " ", style="dim")
                out.append(harmless(rev.rationale) + "\n", style="dim")
            if rev.reason:
                out.append(t("ed.history.reason") + " ", style="italic")
                out.append(harmless(rev.reason) + "\n", style="italic")
            out.append("\n")
        out.append(t("ed.history.current") + "\n", style="bold")
        out.append(harmless(goal.text) + "\n")
        if goal.rationale:
            out.append(t("ed.history.rationale") + " ", style="dim")
            out.append(harmless(goal.rationale) + "\n", style="dim")
        return out

    def compose(self) -> ComposeResult:
        with Vertical(id="editor-box"):
            yield Label(t("ed.history.title"), id="editor-title")
            with VerticalScroll(id="editor-form"):
                yield Static(self.history_text(), markup=False, id="history")
            yield Button(t("ed.history.close_button"), id="close")
        yield KeyBar()

    def action_close(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)
