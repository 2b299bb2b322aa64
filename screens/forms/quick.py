"""`QuickForm`: a form described by a list of fields, for the small dialogs (in a meeting, an export).

    QuickForm(title, [Field("due", "Ny dato", kind="when", aliases=("due_date",))],
              submit=lambda v: store.continue_agreement(aid, when=v["due"], meeting_id=mid))

`submit(values)` gets every field's value by key (text as typed; a choice's
value; the chosen values of a list; a check box's True or False) and makes ONE store call; a dialog
that corrects a `record` also gets `expected_version` (the version it opened on), for the store
to refuse a save over a colleague's change; the form closes
with its result. Fields with the same `row` sit side by side. Everything else
(first text field focused, Enter moves on, errors in place) is `FormScreen`'s.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any, Literal

from textual.app import ComposeResult
from textual.containers import Horizontal

from screens.i18n import t
from screens.widgets.plan_text import harmless

from .controls import MarkedCheckbox
from .field import FormField
from .screen import FormScreen

Kind = Literal["text", "multiline", "date", "when", "number", "choice", "choose", "check"]
Submit = Callable[[dict[str, Any]], object]


@dataclass(frozen=True)
class Field:
    """One field of a `QuickForm`."""

    key: str
    label: str
    value: str = ""
    kind: Kind = "text"
    options: Sequence[tuple[str, str]] = ()
    """choice: (label, value) pairs. choose: see `chosen`. (check: `value` "1" starts it ticked.)"""
    chosen: Sequence[str] = ()
    """choose: the values ticked to begin with (the options are `options`)."""
    placeholder: str = ""
    hint: str = ""
    aliases: tuple[str, ...] = ()
    """The store's names for this field, so its `InputError` shows here."""
    row: str = ""
    """Fields with the same row name (next to each other) sit side by side."""


class QuickForm(FormScreen[object]):
    """A dialog built from `Field`s; `submit(values)` saves (one store call)."""

    def __init__(self, title: str, fields: Iterable[Field], submit: Submit, *, intro: str = "",
                 start: str | None = None, classes: str = "", record: Any = None) -> None:
        super().__init__(None, classes=f"quick {classes}".strip())
        if record is not None:
            self.editing(record)
        self._title = title
        self._intro = intro
        self.specs = list(fields)
        self.submit = submit
        self.start_field = start

    def title_text(self) -> str:
        return self._title

    def intro_text(self) -> str:
        return self._intro

    def compose_fields(self) -> ComposeResult:
        for row, group in groupby(self.specs, key=lambda f: f.row):
            specs = list(group)
            if row and len(specs) > 1:
                with Horizontal(classes="row"):
                    for spec in specs:
                        yield self._field(spec)
            else:
                for spec in specs:
                    yield self._field(spec)

    def _field(self, f: Field) -> FormField:
        if f.kind == "choice":
            return self.select_field(f.key, f.label, f.options, f.value, aliases=f.aliases)
        if f.kind == "check":
            control = MarkedCheckbox(f.label, f.value == "1", id=f"f-{f.key}", compact=True)
            return FormField(f.key, f.label, control, f.hint, aliases=f.aliases)
        if f.kind == "choose":
            options = [(label, value, value in f.chosen) for label, value in f.options]
            return self.choose_field(f.key, f.label, options, hint=f.hint, aliases=f.aliases)
        placeholder = f.placeholder or {"date": t("date.format_hint"), "when": t("form.when_placeholder"),
                                        "number": "1-10"}.get(f.kind, "")
        # A stored value is shown as the one rule shows it (ESC as ␛, a slipped-in CPR number masked):
        # what is saved is what was seen.
        field = self.text_field(f.key, f.label, harmless(f.value), placeholder=placeholder, hint=f.hint,
                                multiline=f.kind == "multiline", aliases=f.aliases)
        if f.kind in ("date", "number", "when"):
            field.control.add_class(f.kind)
        return field

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.specs:
            if f.kind == "choice":
                chosen = self.choice(f.key)
                out[f.key] = "" if chosen is None else str(chosen)
            elif f.kind == "choose":
                out[f.key] = self.chosen(f.key)
            elif f.kind == "check":
                out[f.key] = self.flag(f.key)
            else:
                out[f.key] = self.text(f.key)
        out.update(self.expected())
        return out

    def save(self) -> object:
        return self.submit(self.values())
