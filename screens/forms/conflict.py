"""The edit conflict: a colleague saved the record after this form was opened.

The store refused the save (`EditConflict`) and wrote nothing. This dialog
says who changed it and when ("Ændret af NN kl. HH:MM, mens du skrev"), shows
each field where the two differ with both values, and lets the person choose:

- `d` take theirs: the form shows the stored values (what the colleague saved)
  and stays open on the new version; nothing is written;
- `m` write mine on top: the form saves again, on the new version; the
  colleague's values stay in the record's history (the change log);
- `escape` back to the form as it was; everything typed stays, nothing written.

`FormScreen.action_save` opens it, so every editor has it (screen.py).

| key | action |
|---|---|
| d | take theirs |
| m | write mine on top |
| escape | back to the form |
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from screens.i18n import t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import translated
from screens.widgets.plan_text import harmless

Choice = Literal["theirs", "mine"]


@dataclass(frozen=True)
class ConflictLine:
    """One field where the stored value and the typed one differ (both as a person reads them)."""

    label: str
    theirs: str
    mine: str


class ConflictScreen(ModalScreen[Choice | None]):
    """Shows the conflict; dismisses with "theirs", "mine" or None (back to the form)."""

    CSS_PATH = str(Path(__file__).with_name("forms.tcss"))
    BINDINGS = [
        Binding("d", "choose('theirs')", "ed.conflict.theirs_key", priority=True),
        Binding("m", "choose('mine')", "ed.conflict.mine_key", priority=True),
        Binding("escape", "choose('')", "ed.conflict.back_key", priority=True),
    ]

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated(super().active_bindings)

    def __init__(self, headline: str, who: str, lines: list[ConflictLine]) -> None:
        super().__init__(classes="conflict")
        self.headline = headline
        self.who = who
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict-box"):
            yield Label(Text("⚠ " + harmless(self.headline)), id="conflict-headline")
            yield Label(Text(t("ed.conflict.intro")), id="conflict-intro")
            with VerticalScroll(id="conflict-lines", can_focus=False):
                if not self.lines:
                    yield Label(Text(t("ed.conflict.same")), classes="conflict-same")
                for line in self.lines:
                    yield Label(Text(harmless(line.label), style="bold"), classes="conflict-field")
                    yield Static(self._value(t("ed.conflict.theirs_label", who=self.who), line.theirs),
                                 classes="conflict-theirs")
                    yield Static(self._value(t("ed.conflict.mine_label"), line.mine), classes="conflict-mine")
            with Horizontal(id="conflict-buttons"):
                yield Button(t("ed.conflict.theirs"), id="theirs", compact=True)
                yield Button(t("ed.conflict.mine"), id="mine", variant="warning", compact=True)
                yield Button(t("ed.conflict.back"), id="back", compact=True)
        yield KeyBar()

    @staticmethod
    def _value(who: str, value: str) -> Text:
        text = Text(f"  {who}: ", style="dim")
        text.append(harmless(value) if value else t("ed.conflict.empty"))
        return text

    def on_mount(self) -> None:
        self.query_one("#theirs", Button).focus()

    def action_choose(self, choice: str) -> None:
        self.dismiss("theirs" if choice == "theirs" else "mine" if choice == "mine" else None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_choose(event.button.id or "")


__all__ = ["Choice", "ConflictLine", "ConflictScreen"]
