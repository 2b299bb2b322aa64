"""One field of a form: its label, its control, a hint, and the line for its error when it has one."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Checkbox, Label

from screens.widgets.plan_text import harmless


class FormField(Vertical):
    """A label, one control, an optional hint and, once there is one, its error message.

    `aliases` are the store's names for the same field (an `InputError` for
    `due_date` shown under the field `due`). The error's line is mounted the
    first time the field has an error: a form of twenty fields opens with
    twenty widgets fewer to style and lay out (most fields never get one).
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
        self._error_label: Label | None = None

    def compose(self) -> ComposeResult:
        if not isinstance(self.control, Checkbox):
            yield Label(Text(harmless(self.label_text)), classes="field-label")
        yield self.control
        if self.hint:
            yield Label(Text(harmless(self.hint)), classes="field-hint")

    def answers_to(self, name: str) -> bool:
        return name == self.field_name or name in self.aliases

    @property
    def error_label(self) -> Label | None:
        """The line under the field that says what is wrong (None until the field first had an error)."""
        return self._error_label

    def show_error(self, message: str) -> None:
        self.message = message
        self.add_class("-invalid")
        text = Text("⚠ " + harmless(message))
        if self._error_label is None:
            self._error_label = Label(text, id=f"err-{self.field_name}", classes="field-error")
            self.mount(self._error_label)
        else:
            self._error_label.update(text)
            self._error_label.display = True

    def clear_error(self) -> None:
        self.message = ""
        self.remove_class("-invalid")
        if self._error_label is not None:
            self._error_label.update("")
            self._error_label.display = False
