"""One field of a form: its label, its control, a hint, and the line for its error."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Checkbox, Label

from screens.widgets.plan_text import harmless


class FormField(Vertical):
    """A label, one control, an optional hint and the line for its error message.

    `aliases` are the store's names for the same field (an `InputError` for
    `due_date` shown under the field `due`).
    """

    def __init__(self, field_name: str, label: str, control: Widget, hint: str = "",
                 aliases: tuple[str, ...] = ()) -> None:
        super().__init__(id=f"field-{field_name}", classes="field")
        self.field_name = field_name
        self.label_text = label
        self.control = control
        self.hint = hint
        self.aliases = aliases
        self.message = ""
        self.options: list[tuple[str, object]] = []
        """A select's choices (label, value): the conflict dialog shows a value by its label."""

    def compose(self) -> ComposeResult:
        if not isinstance(self.control, Checkbox):
            yield Label(Text(harmless(self.label_text)), classes="field-label")
        yield self.control
        if self.hint:
            yield Label(Text(harmless(self.hint)), classes="field-hint")
        yield Label("", id=f"err-{self.field_name}", classes="field-error")

    def on_mount(self) -> None:
        self.error_label.display = False

    def answers_to(self, name: str) -> bool:
        return name == self.field_name or name in self.aliases

    @property
    def error_label(self) -> Label:
        return self.query_one(f"#err-{self.field_name}", Label)

    def show_error(self, message: str) -> None:
        self.message = message
        self.add_class("-invalid")
        self.error_label.update(Text("⚠ " + harmless(message)))
        self.error_label.display = True

    def clear_error(self) -> None:
        self.message = ""
        self.remove_class("-invalid")
        self.error_label.update("")
        self.error_label.display = False
