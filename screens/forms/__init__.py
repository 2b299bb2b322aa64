"""One form system for every editor and dialog: fields with their error under them,
ctrl+s saves, escape cancels, Enter moves on, the cursor starts in the first text field.

`FormScreen` is the base (screen.py); `QuickForm` builds a small dialog from a
list of `Field`s (quick.py); `ConfirmScreen` asks yes or no (confirm.py); `ConflictScreen` shows a colleague's
change saved since the form opened (conflict.py); the
controls that behave the same everywhere are in controls.py; styles in forms.tcss.
"""
from __future__ import annotations

from .confirm import ConfirmScreen
from .conflict import ConflictLine, ConflictScreen
from .controls import MarkedCheckbox, MarkedSelectionList, TextBox, TextInput, control_characters, strip_control
from .field import FormField
from .quick import Field, QuickForm
from .screen import FormScreen, ReadOnlyText

__all__ = [
    "ConfirmScreen",
    "ConflictLine",
    "ConflictScreen",
    "Field",
    "FormField",
    "FormScreen",
    "MarkedCheckbox",
    "MarkedSelectionList",
    "QuickForm",
    "ReadOnlyText",
    "TextBox",
    "TextInput",
    "control_characters",
    "strip_control",
]
