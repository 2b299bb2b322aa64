"""One form system for every editor and dialog: fields with their error under them,
ctrl+s saves, escape cancels, Enter moves on, the cursor starts in the first text field.

`FormScreen` is the base (screen.py); `QuickForm` builds a small dialog from a
list of `Field`s (quick.py); `ConfirmScreen` asks yes or no (confirm.py); `ConflictScreen` shows a colleague's
change saved since the form opened (conflict.py); the
controls that behave the same everywhere are in controls.py; styles in forms.tcss.

The names below are loaded when one is first used (PEP 562 module `__getattr__`), so
`screens.forms.text_input` (the citizens list's search field) does not load
every form, dialog and control.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    """The first name asked for loads the form system (imported by name, so the layer test sees it)."""
    if name not in __all__:
        raise AttributeError(f"module 'screens.forms' has no attribute {name!r}")
    from . import confirm, conflict, controls, field, quick, screen

    for module in (confirm, conflict, controls, field, quick, screen):
        for public in __all__:
            if hasattr(module, public):
                globals()[public] = getattr(module, public)  # found once; later lookups do not come here
    return globals()[name]


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
