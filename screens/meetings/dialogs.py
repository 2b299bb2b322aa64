"""Small modal forms used by the meeting screens.

`FormDialog` shows labelled inputs and selects; on Enter / Ctrl+S it calls
`submit(values)`. A `StoreError` from `submit` is shown in the dialog (in
Danish, from the store) and nothing is dismissed; otherwise the dialog
closes with `submit`'s result. `AskDialog` is a yes/no question.

| key | action |
|---|---|
| enter, ctrl+s | save |
| escape | cancel (dismiss with None) |
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Select, SelectionList, Static

from screens.i18n import t
from screens.widgets.plan_text import harmless
from store.errors import StoreError

Submit = Callable[[dict[str, Any]], object]


@dataclass
class FormField:
    key: str
    label: str
    value: str = ""
    options: Sequence[tuple[str, str]] | None = None
    """(label, value) pairs: a Select instead of an Input."""
    multi: Sequence[tuple[str, str, bool]] | None = None
    """(label, value, selected) triples: a SelectionList; the value is a list of the chosen values."""
    placeholder: str = ""


class FormDialog(ModalScreen[object]):
    """A form of inputs; dismisses with `submit`'s result (or the values), None on escape."""

    CSS_PATH = "meetings.tcss"
    BINDINGS = [
        Binding("escape", "cancel", t("meet.key.cancel_dialog")),
        Binding("ctrl+s", "save", t("meet.key.save"), priority=True),
    ]

    def __init__(self, title: str, fields: Sequence[FormField], submit: Submit | None = None, intro: str = "",
                 focus: str | None = None) -> None:
        super().__init__(classes="meeting-dialog")
        self.title_text = title
        self.fields = list(fields)
        self.submit = submit
        self.intro = intro
        self.focus_key = focus
        """The field to start in (default: the first)."""

    def on_mount(self) -> None:
        if self.focus_key is not None:
            self.query_one(f"#f-{self.focus_key}").focus()

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text(harmless(self.title_text), style="bold"), id="dialog-title")
            with VerticalScroll(id="dialog-body"):
                if self.intro:
                    yield Static(Text(harmless(self.intro)), id="dialog-intro")
                for f in self.fields:
                    yield Static(Text(harmless(f.label)), classes="dialog-label")
                    if f.multi is not None:
                        yield SelectionList[str](
                            *[(Text(harmless(label)), value, chosen) for label, value, chosen in f.multi],
                            id=f"f-{f.key}",
                        )
                    elif f.options is not None:
                        opts = [(Text(harmless(label)), value) for label, value in f.options]
                        initial = f.value if any(v == f.value for _, v in f.options) else opts[0][1]
                        yield Select[str](opts, value=initial, allow_blank=False, id=f"f-{f.key}")
                    else:
                        # A stored value is shown as the rule shows it (ESC as ␛): what is saved is what was seen.
                        yield Input(value=harmless(f.value), placeholder=f.placeholder, id=f"f-{f.key}")
            yield Static("", id="dialog-error")
            yield Static(Text(t("meet.dialog.hint")), id="dialog-hint")

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.fields:
            widget = self.query_one(f"#f-{f.key}")
            if isinstance(widget, SelectionList):
                out[f.key] = list(widget.selected)
            elif isinstance(widget, Select):
                out[f.key] = "" if widget.value is Select.NULL else str(widget.value)
            elif isinstance(widget, Input):
                out[f.key] = widget.value
        return out

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        values = self.values()
        if self.submit is None:
            self.dismiss(values)
            return
        try:
            result = self.submit(values)
        except StoreError as exc:
            self.query_one("#dialog-error", Static).update(Text(harmless(exc.message), style="bold red"))
            return
        self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(None)


class AskDialog(ModalScreen[bool]):
    """A yes/no question: j/y/enter = yes, n/escape = no."""

    CSS_PATH = "meetings.tcss"
    BINDINGS = [
        Binding("j,y,enter", "answer(True)", t("meet.dialog.yes"), priority=True),
        Binding("n,escape", "answer(False)", t("meet.dialog.no"), priority=True),
    ]

    def __init__(self, question: str) -> None:
        super().__init__(classes="meeting-dialog")
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text(harmless(self.question)), id="dialog-title")
            yield Static(Text(f"{t('meet.dialog.yes')}   {t('meet.dialog.no')}"), id="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
