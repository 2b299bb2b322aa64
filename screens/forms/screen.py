"""`FormScreen[T]`: the one form every editor and every dialog is.

A form is a modal screen returning the saved record (or None on escape). It
composes its fields with the helpers below, each field named after what it
edits, and implements `save()`: read the fields, call ONE store method,
return what it returned.

The rules, the same in every form:

- It opens with the cursor in its first text field (never on a container,
  never on a select that would take the letters typed); `start_field` names
  another one.
- Focusing a field puts the cursor at the end; the text is never selected.
- `ctrl+s` saves, `escape` cancels. Enter in a one-line field moves to the
  next field; only in the form's last field does it save (so Enter never saves
  a form with a list still below the fold).
- Whatever the store refuses (`StoreError`: bad input, the file busy beyond
  its timeout, read-only, disk full) is shown in Danish in the form: an
  `InputError` under its field, anything else at the top. What was typed
  stays, nothing is written, and the form stays open.
- Edits never overwrite: a form editing a record calls `editing(record)` and
  passes `**self.expected()` to its store method, so a save on a version a
  colleague has changed since is refused (`EditConflict`); the conflict
  dialog (conflict.py) shows both values and lets the person take theirs or
  write theirs on top.
- User text is data: labels and options show it as `rich.text.Text`, control
  characters as harmless pictures. Control characters pasted into a field are
  taken out the moment they arrive, with a message under the field; typed
  zero-width joiners and direction marks (emoji families, right-to-left text)
  are kept.

| key | action |
|---|---|
| ctrl+s | save (also the Gem button) |
| escape | cancel (also the Fortryd button) |
| enter | next field; in the last field: save |
| tab / shift+tab | next / previous field |
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from datetime import date as Date
from typing import Any, Generic, TypeVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, SelectionList, Static, TextArea

from screens.i18n import error_text, said_headline, t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import translated
from screens.widgets.plan_text import harmless
from store import InputError, StoreError
from store.dates import format_date, parse_date
from store.errors import EditConflict

from .conflict import ConflictLine, ConflictScreen
from .controls import MarkedCheckbox, MarkedSelectionList, TextBox, TextInput, control_characters, strip_control
from .field import FormField

T = TypeVar("T")

TEXT_CONTROLS = (Input, TextArea)
"""Where a form's cursor starts: the first of these."""


class FormScreen(ModalScreen[T | None], Generic[T]):
    """Base of every editor and dialog: a title, the fields in a scroll, Gem/Fortryd, the key bar.

    Binding descriptions are catalogue keys, looked up when the key bar reads
    them (so `--lang en` reaches the forms too).
    """

    CSS_PATH = str(Path(__file__).with_name("forms.tcss"))
    """Absolute: a form subclassed in another folder still finds it."""
    AUTO_FOCUS = ""
    """No automatic focus: `on_mount` puts the cursor in the first text field."""
    BINDINGS = [
        Binding("ctrl+s", "save", "ed.editor.save", priority=True),
        Binding("escape", "cancel", "ed.editor.cancel"),
    ]
    start_field: str | None = None
    """The field to start in (default: the first text field)."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated(super().active_bindings)

    def __init__(self, store: Any, *, classes: str = "") -> None:
        super().__init__(classes=f"form {classes}".strip())
        self.store = store
        self.form_message = ""
        self.opened_version: int | None = None
        """The version of the record this form edits, as it was opened (None: a new record)."""

    # -- edits never overwrite --------------------------------------------------
    def editing(self, record: Any) -> None:
        """Remember the version of the record this form was opened on (call in __init__)."""
        version = getattr(record, "version", None)
        self.opened_version = int(version) if version is not None else None

    def expected(self) -> dict[str, Any]:
        """`expected_version=` for the store method that saves the record (empty for a new one)."""
        return {} if self.opened_version is None else {"expected_version": self.opened_version}

    # -- to implement ------------------------------------------------------
    def title_text(self) -> str:
        raise NotImplementedError

    def intro_text(self) -> str:
        """A line under the title (what the form is about); '' for none."""
        return ""

    def compose_fields(self) -> ComposeResult:
        raise NotImplementedError
        yield  # pragma: no cover

    def save(self) -> T:
        """Read the fields, write through ONE store method, return what it returned."""
        raise NotImplementedError

    # -- layout ---------------------------------------------------------------
    def compose(self) -> ComposeResult:
        self._width_class()
        with Vertical(id="editor-box"):
            yield Label(Text(harmless(self.title_text())), id="editor-title")
            intro = self.intro_text()
            if intro:
                yield ReadOnlyText(intro, id="form-intro")
            yield Label("", id="form-error")
            yield from self.compose_body()
            with Horizontal(id="editor-buttons"):
                yield Button(t("ed.editor.save_button"), id="save", variant="primary", compact=True)
                yield Button(t("ed.editor.cancel_button"), id="cancel", compact=True)
        yield KeyBar()

    def _width_class(self) -> None:
        """Set the form's width class (`HORIZONTAL_BREAKPOINTS`) before its fields are mounted.

        Textual sets it on the screen's first Resize, after every field was mounted and styled:
        a class that changes then styles the whole form once more (the goal editor: ~45 ms of
        CPU at 100x30). Set here, Textual finds the same class at the Resize and restyles
        nothing; a later resize of the terminal still switches it.
        """
        own = self.HORIZONTAL_BREAKPOINTS
        breakpoints = (self.app.HORIZONTAL_BREAKPOINTS if own is None else own) or []
        width = self.app.size.width
        chosen = next((name for at, name in sorted(breakpoints, reverse=True) if width >= at), None)
        self.update_classes({name: name == chosen for _, name in breakpoints})

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="editor-form", can_focus=False):
            yield from self.compose_fields()

    def on_mount(self) -> None:
        for scroll in self.query(VerticalScroll):
            scroll.can_focus = False
        first = self.first_field()
        if first is not None:
            first.focus()
        for widget in self.query("#editor-form Input, #editor-form TextArea"):
            self._drop_control(widget)

    def controls(self) -> list[Widget]:
        """The fields' controls, in the order Tab visits them."""
        return [f.control for f in self.query(FormField)]

    def first_field(self) -> Widget | None:
        """Where the cursor starts: `start_field`, else the first text field, else the first control."""
        if self.start_field is not None:
            return self.control(self.start_field)
        controls = [c for c in self.controls() if c.can_focus and not c.disabled]
        return next((c for c in controls if isinstance(c, TEXT_CONTROLS)), controls[0] if controls else None)

    # -- field helpers (compose) ---------------------------------------------
    def text_field(
        self, name: str, label: str, value: str = "", *, placeholder: str = "", hint: str = "",
        multiline: bool = False, aliases: tuple[str, ...] = (),
    ) -> FormField:
        control: Widget
        if multiline:
            control = TextBox(value, id=f"f-{name}", classes="multiline")
        else:
            control = TextInput(value, id=f"f-{name}", placeholder=placeholder)
        return FormField(name, label, control, hint, aliases)

    def date_field(self, name: str, label: str, value: Date | None = None, *, hint: str = "",
                   aliases: tuple[str, ...] = ()) -> FormField:
        control = TextInput(format_date(value), id=f"f-{name}", placeholder=t("date.format_hint"), classes="date")
        return FormField(name, label, control, hint, aliases)

    def number_field(self, name: str, label: str, value: int | None = None, *, placeholder: str = "") -> FormField:
        text = "" if value is None else str(value)
        return FormField(name, label, TextInput(text, id=f"f-{name}", placeholder=placeholder, classes="number"))

    def select_field(
        self, name: str, label: str, options: Iterable[tuple[str, Any]], value: Any = None, *,
        allow_blank: bool = False, prompt: str = "", aliases: tuple[str, ...] = (),
    ) -> FormField:
        options = list(options)
        opts = [(Text(harmless(lbl)), val) for lbl, val in options]
        kwargs: dict[str, Any] = {"allow_blank": allow_blank, "id": f"f-{name}", "compact": True}
        if prompt:
            kwargs["prompt"] = prompt
        if value is not None and any(v == value for _, v in opts):
            kwargs["value"] = value
        elif not allow_blank and opts:
            kwargs["value"] = opts[0][1]
        field = FormField(name, label, Select(opts, **kwargs), aliases=aliases)
        field.options = [(str(lbl), val) for lbl, val in options]
        return field

    def check_field(self, name: str, label: str, value: bool = False) -> FormField:
        return FormField(name, label, MarkedCheckbox(label, value, id=f"f-{name}", compact=True))

    def choose_field(self, name: str, label: str, options: Iterable[tuple[str, str, bool]], *, hint: str = "",
                     aliases: tuple[str, ...] = ()) -> FormField:
        """Choose several (label, value, chosen): a list with ✓ marks."""
        control = MarkedSelectionList(*[(Text(harmless(lbl)), val, chosen) for lbl, val, chosen in options],
                                      id=f"f-{name}", classes="choose")
        return FormField(name, label, control, hint, aliases)

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

    def set_value(self, name: str, value: Any) -> None:
        """Put a stored value into the field (as it would have been shown had the form opened on it)."""
        field = self.field_named(name)
        widget = field.control
        name = field.field_name
        if isinstance(widget, Checkbox):
            widget.value = bool(value)
        elif isinstance(widget, Select):
            if value is None or any(v == value for _, v in field.options):
                widget.value = Select.NULL if value is None else value
        elif isinstance(value, Date):
            self.set_raw(name, format_date(value))
        else:
            self.set_raw(name, "" if value is None else str(value))

    def field_named(self, name: str) -> FormField:
        return next(f for f in self.fields() if f.answers_to(name))

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

    def chosen(self, name: str) -> list[str]:
        return list(self.query_one(f"#f-{name}", SelectionList).selected)

    @staticmethod
    def check_period(start: Date | None, end: Date | None, end_field: str = "end_date") -> None:
        if start and end and end < start:
            raise InputError(end_field, t("ed.editor.error.period_order"))

    # -- Enter moves on ------------------------------------------------------------
    @on(Input.Submitted)
    def _enter_moves_on(self, event: Input.Submitted) -> None:
        """Enter in a one-line field: the next field; in the form's last field: save."""
        event.stop()
        controls = [c for c in self.controls() if c.focusable]
        if controls and event.input is controls[-1]:
            self.action_save()
            return
        self.focus_next()

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
        verbatim, shown as control pictures); forms never write new ones.
        """
        if not widget.id or not widget.id.startswith("f-"):
            return
        name = widget.id.removeprefix("f-")
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
        target = next((f for f in self.fields() if f.answers_to(field_name)), None) if field_name else None
        if target is None:
            self.form_message = message
            top = self.query_one("#form-error", Label)
            top.update(Text("⚠ " + harmless(message)))
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

    # -- a colleague's change since the form opened ----------------------------------
    def shown_value(self, name: str, value: Any) -> str:
        """A field's value as a person reads it in the conflict dialog."""
        field = next((f for f in self.fields() if f.answers_to(name)), None)
        if field is not None and field.options:
            found = next((lbl for lbl, v in field.options if v == value), None)
            if found is not None:
                return found
        if isinstance(value, bool):
            return t("ed.conflict.yes") if value else t("ed.conflict.no")
        if isinstance(value, Date):
            return format_date(value)
        if value is None:
            return ""
        return str(getattr(value, "value", value))

    def conflict_lines(self, err: EditConflict) -> list[ConflictLine]:
        """The fields where the stored value and this form's differ, labelled as in the form."""
        theirs = err.theirs
        lines: list[ConflictLine] = []
        for name, mine in err.mine.items():
            if name not in theirs:
                continue
            stored, typed = self.shown_value(name, theirs[name]), self.shown_value(name, mine)
            if stored == typed:
                continue
            field = next((f for f in self.fields() if f.answers_to(name)), None)
            lines.append(ConflictLine(field.label_text if field is not None else name, stored, typed))
        return lines

    def show_conflict(self, err: EditConflict) -> None:
        """The conflict dialog; the person's choice is carried out in `_conflict_chosen`."""
        self.show_error("", said_headline(err) + ". " + t("ed.conflict.nothing_saved"))
        who = err.changed_by or t("ed.conflict.someone")

        def chosen(choice: str | None) -> None:
            self._conflict_chosen(err, choice)

        self.app.push_screen(ConflictScreen(said_headline(err), who, self.conflict_lines(err)), chosen)

    def _conflict_chosen(self, err: EditConflict, choice: str | None) -> None:
        if choice == "theirs":
            for name, value in err.theirs.items():
                try:
                    self.set_value(name, value)
                except Exception:  # noqa: BLE001 - a field this form does not show
                    continue
            self.opened_version = err.current.version if hasattr(err.current, "version") else None
            self.clear_errors()
            self.show_error("", t("ed.conflict.took_theirs", who=err.changed_by or t("ed.conflict.someone")))
        elif choice == "mine":
            self.opened_version = getattr(err.current, "version", None)
            self.action_save()

    # -- actions ------------------------------------------------------------------
    def action_save(self) -> None:
        """Save: the store's refusal (any `StoreError`) is shown here; what was typed stays."""
        self.clear_errors()
        try:
            result = self.save()
        except InputError as err:
            self.show_error(err.field, error_text(err))
            return
        except EditConflict as err:  # a colleague saved since this form opened: nothing written, all kept
            self.show_conflict(err)
            return
        except StoreError as err:  # not found, read-only file, full disk, busy: nothing written, all kept
            self.show_error("", error_text(err))
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


__all__ = ["FormField", "FormScreen", "MarkedCheckbox", "MarkedSelectionList", "ReadOnlyText", "TextBox",
           "TextInput"]
