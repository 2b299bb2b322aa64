"""A yes/no question: y/enter = yes, n/escape = no.

| key | action |
|---|---|
| y, enter | yes |
| n, escape | no |
"""
from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from screens.i18n import t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import translated
from screens.widgets.plan_text import harmless


class ConfirmScreen(ModalScreen[bool]):
    """Asks `question`; dismisses with True (yes) or False (no)."""

    CSS_PATH = str(Path(__file__).with_name("forms.tcss"))
    BINDINGS = [
        Binding("y,j,enter", "answer(True)", "ed.confirm.yes_key", priority=True),
        Binding("n,escape", "answer(False)", "ed.confirm.no_key", priority=True),
    ]

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated(super().active_bindings)

    def __init__(self, question: str) -> None:
        super().__init__(classes="confirm")
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Label(Text(harmless(self.question)), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(t("ed.confirm.yes"), id="yes", variant="error")
                yield Button(t("ed.confirm.no"), id="no")
        yield KeyBar()

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")
