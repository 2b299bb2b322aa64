"""What every editor shares: labelled fields with an error line, save/cancel.

An editor is an `EditorScreen[T]` (a ModalScreen returning the saved record,
or None on escape). It composes its fields with the helpers below, each
field named after the model field it edits, and implements `save()`, which
reads the fields, calls one store method and returns the record. Any
`InputError` raised on the way is shown under the field named by
`err.field` (or at the top of the form when no field has that name); the
form stays open with everything typed, and nothing is written.

User text is data: labels, titles and option lists show it as `rich.text.Text`
(never markup) with control characters as harmless pictures (`harmless`).
Control characters pasted into a field are taken out the moment they arrive,
with a message under the field; typed zero-width joiners and direction marks
(emoji families, right-to-left text) are kept.

Bindings:

| key | action |
|---|---|
| ctrl+s | save (also the Gem button) |
| escape | cancel (also the Annuller button) |
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date as Date
from typing import Any, Generic, TypeVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.content import Content
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from screens.i18n import t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import translated
from screens.widgets.plan_text import harmless
from store import InputError, Store, StoreError
from store.dates import format_date, parse_date

T = TypeVar("T")

_ALLOWED_CONTROL = {"\n", "\t"}


def control_characters(text: str, *, multiline: bool = False) -> list[str]:
    """Control characters (ESC, BEL, ...) in text; newline and tab are allowed in multi-line fields."""
    allowed = _ALLOWED_CONTROL if multiline else set()
    return [ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in allowed]


def strip_control(text: str, *, multiline: bool = False) -> str:
    allowed = _ALLOWED_CONTROL if multiline else set()
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in allowed)


class MarkedCheckbox(Checkbox):
    """A checkbox whose state reads without colour: ✓ when ticked, empty when not."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "✓" if self.value else " "
        return super()._button


class FormField(Vertical):
    """A label, one control, an optional hint and the line for its error message."""

    def __init__(self, field_name: str, label: str, control: Widget, hint: str = "") -> None:
        super().__init__(id=f"field-{field_name}", classes="field")
        self.field_name = field_name
        self.label_text = label
        self.control = control
        self.hint = hint
        self.message = ""

    def compose(self) -> ComposeResult:
        if not isinstance(self.control, Checkbox):
            yield Label(Text(harmless(self.label_text)), classes="field-label")
        yield self.control
        if self.hint:
            yield Label(Text(harmless(self.hint)), classes="field-hint")
        yield Label("", id=f"err-{self.field_name}", classes="field-error")

    @property
    def error_label(self) -> Label:
        return self.query_one(f"#err-{self.field_name}", Label)

    def show_error(self, message: str) -> None:
        self.message = message
        self.add_class("-invalid")
        self.error_label.update(Text(harmless(message)))
        self.error_label.display = True

    def clear_error(self) -> None:
        self.message = ""
        self.remove_class("-invalid")
        self.error_label.update("")
        self.error_label.display = False


class EditorScreen(ModalScreen[T | None], Generic[T]):
    """Base of every editor: a title, the fields in a scroll, Gem/Annuller, the Footer.

    Binding descriptions are catalogue keys, looked up when the Footer reads them
    (so `--lang en` reaches the editors too).
    """

    CSS_PATH = "editors.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "ed.editor.save", priority=True),
        Binding("escape", "cancel", "ed.editor.cancel"),
    ]

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated(super().active_bindings)

    def __init__(self, store: Store) -> None:
        super().__init__(classes="editor")
        self.store = store
        self.form_message = ""

    # -- to implement ------------------------------------------------------
    def title_text(self) -> str:
        raise NotImplementedError

    def compose_fields(self) -> ComposeResult:
        raise NotImplementedError
        yield  # pragma: no cover

    def save(self) -> T:
        """Read the fields, write through the store, return the saved record."""
        raise NotImplementedError

    # -- layout ---------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Vertical(id="editor-box"):
            yield Label(Text(harmless(self.title_text())), id="editor-title")
            yield Label("", id="form-error")
            yield from self.compose_body()
            with Horizontal(id="editor-buttons"):
                yield Button(t("ed.editor.save_button"), id="save", variant="primary", compact=True)
                yield Button(t("ed.editor.cancel_button"), id="cancel", compact=True)
        yield KeyBar()

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="editor-form"):
            yield from self.compose_fields()

    def on_mount(self) -> None:
        self.query_one("#form-error", Label).display = False
        for field in self.query(FormField):
            field.error_label.display = False
        first = next(iter(self.query("#editor-form Input, #editor-form TextArea, #editor-form Select")), None)
        if first is not None:
            first.focus()
        for widget in self.query("#editor-form Input, #editor-form TextArea"):
            self._drop_control(widget)

    # -- field helpers (compose) ---------------------------------------------
    def text_field(
        self, name: str, label: str, value: str = "", *, placeholder: str = "", hint: str = "",
        multiline: bool = False,
    ) -> FormField:
        control: Widget
        if multiline:
            control = TextArea(value, id=f"f-{name}", classes="multiline", soft_wrap=True, tab_behavior="focus",
                               show_line_numbers=False, compact=True)
        else:
            control = Input(value, id=f"f-{name}", placeholder=placeholder, compact=True)
        return FormField(name, label, control, hint)

    def date_field(self, name: str, label: str, value: Date | None = None) -> FormField:
        return FormField(
            name, label, Input(format_date(value), id=f"f-{name}", placeholder=t("date.format_hint"), classes="date",
                         compact=True),
        )

    def number_field(self, name: str, label: str, value: int | None = None, *, placeholder: str = "") -> FormField:
        text = "" if value is None else str(value)
        return FormField(name, label, Input(text, id=f"f-{name}", placeholder=placeholder, classes="number", compact=True))

    def select_field(
        self, name: str, label: str, options: Iterable[tuple[str, Any]], value: Any = None, *,
        allow_blank: bool = False, prompt: str = "",
    ) -> FormField:
        opts = [(Text(harmless(lbl)), val) for lbl, val in options]
        kwargs: dict[str, Any] = {"allow_blank": allow_blank, "id": f"f-{name}", "compact": True}
        if prompt:
            kwargs["prompt"] = prompt
        if value is not None and any(v == value for _, v in opts):
            kwargs["value"] = value
        return FormField(name, label, Select(opts, **kwargs))

    def check_field(self, name: str, label: str, value: bool = False) -> FormField:
        return FormField(name, label, MarkedCheckbox(label, value, id=f"f-{name}", compact=True))

    # -- reading fields (save) --------------------------------------------------
    def control(self, name: str) -> Widget:
        return self.query_one(f"#f-{name}")

    def raw(self, name: str) -> str:
        widget = self.control(name)
        if isinstance(widget, TextArea):
            return widget.text
        if isinstance(widget, Input):
            return widget.value
        raise TypeError(name)

    def set_raw(self, name: str, value: str) -> None:
        widget = self.control(name)
        if isinstance(widget, TextArea):
            widget.load_text(value)
        elif isinstance(widget, Input):
            widget.value = value

    def text(self, name: str) -> str:
        """The field's text; control characters are refused (and removed from the field)."""
        widget = self.control(name)
        value = self.raw(name)
        multiline = isinstance(widget, TextArea)
        if control_characters(value, multiline=multiline):
            self.set_raw(name, strip_control(value, multiline=multiline))
            raise InputError(name, t("ed.editor.error.control_chars"))
        return value

    def date(self, name: str, *, required: bool = False) -> Date | None:
        return parse_date(self.raw(name), name, required=required)

    def number(self, name: str) -> str | None:
        """The typed number as text for the store to validate ('' -> None)."""
        value = self.raw(name).strip()
        return value or None

    def flag(self, name: str) -> bool:
        return bool(self.query_one(f"#f-{name}", Checkbox).value)

    def choice(self, name: str) -> Any:
        value = self.query_one(f"#f-{name}", Select).value
        return None if value is Select.NULL else value

    @staticmethod
    def check_period(start: Date | None, end: Date | None, end_field: str = "end_date") -> None:
        if start and end and end < start:
            raise InputError(end_field, t("ed.editor.error.period_order"))

    # -- invisible format characters typed as keys ---------------------------------
    def on_key(self, event: events.Key) -> None:
        """Keep zero-width joiners and direction marks a person types (emoji families, RTL text).

        Input and TextArea take only printable characters from key presses, so a
        typed ZWJ (U+200D) or RLM (U+200F) would be dropped and 👩‍👩‍👧 stored as
        three faces. They arrive here (bubbled, unhandled) and go into the field.
        """
        ch = event.character
        if not ch or len(ch) != 1 or unicodedata.category(ch) != "Cf":
            return
        widget = self.focused
        if isinstance(widget, Input):
            widget.insert_text_at_cursor(ch)
        elif isinstance(widget, TextArea):
            widget.insert(ch)
        else:
            return
        event.stop()

    # -- control characters: removed the moment they arrive ------------------------
    @on(Input.Changed)
    def _drop_control_in_input(self, event: Input.Changed) -> None:
        self._drop_control(event.input)

    @on(TextArea.Changed)
    def _drop_control_in_text_area(self, event: TextArea.Changed) -> None:
        self._drop_control(event.text_area)

    def _drop_control(self, widget: Widget) -> None:
        """A paste with ESC, BEL, NUL ... : the characters are removed and the person is told.

        They are invisible, and a terminal would act on them (ESC[2J clears the
        screen), so they never stay in a field; everything visible that was typed
        stays. Store and exports treat control characters as data (stored
        verbatim, shown as control pictures); editors never write new ones.
        """
        name = (widget.id or "").removeprefix("f-")
        if not widget.id or not widget.id.startswith("f-"):
            return
        multiline = isinstance(widget, TextArea)
        value = widget.text if isinstance(widget, TextArea) else getattr(widget, "value", "")
        if not control_characters(value, multiline=multiline):
            return
        self.set_raw(name, strip_control(value, multiline=multiline))
        self.show_error(name, t("ed.editor.error.control_chars"))

    # -- errors -----------------------------------------------------------------
    def fields(self) -> Iterator[FormField]:
        yield from self.query(FormField)

    def clear_errors(self) -> None:
        for field in self.fields():
            field.clear_error()
        self.form_message = ""
        top = self.query_one("#form-error", Label)
        top.update("")
        top.display = False

    def show_error(self, field_name: str, message: str) -> None:
        target = next((f for f in self.fields() if f.field_name == field_name), None)
        if target is None:
            self.form_message = message
            top = self.query_one("#form-error", Label)
            top.update(Text(harmless(message)))
            top.display = True
            return
        target.show_error(message)
        self.reveal_field(target)

    def reveal_field(self, field: FormField) -> None:
        """Make a field with an error visible (scrolled to, focused)."""
        field.control.focus()
        self.call_after_refresh(field.scroll_visible)

    def errors(self) -> dict[str, str]:
        """Shown error messages by field name ('' = the top of the form)."""
        out: dict[str, str] = {}
        if self.form_message:
            out[""] = self.form_message
        for field in self.fields():
            if field.message:
                out[field.field_name] = field.message
        return out

    # -- actions ------------------------------------------------------------------
    def action_save(self) -> None:
        self.clear_errors()
        try:
            result = self.save()
        except InputError as err:
            self.show_error(err.field, err.message)
            return
        except StoreError as err:  # not found, read-only file, full disk, busy: nothing written, all kept
            self.show_error("", err.message)
            return
        self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "cancel":
            self.action_cancel()


class ReadOnlyText(Static):
    """User text shown verbatim (never parsed as markup)."""

    def __init__(self, text: str, **kwargs: Any) -> None:
        super().__init__(Text(harmless(text)), markup=False, **kwargs)
