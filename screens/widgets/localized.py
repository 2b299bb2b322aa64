"""Bindings whose Footer labels follow the chosen language.

Textual reads a binding's description when it draws the Footer; the class
attribute `BINDINGS` is fixed at import, before `--lang` is known. Screens
that mix in `LocalizedBindings` write catalogue keys as descriptions
("plan.key.new_goal"); the keys are looked up with `t()` each time the
Footer, the keys panel or the command palette reads the active bindings.
"""
from __future__ import annotations

import dataclasses

from textual.binding import ActiveBinding
from textual.screen import ModalScreen, Screen

from screens.i18n import binding_word, t


def translated(bindings: dict[str, ActiveBinding]) -> dict[str, ActiveBinding]:
    """The same bindings with descriptions (and tooltips) looked up in the catalogue."""
    out: dict[str, ActiveBinding] = {}
    for key, active in bindings.items():
        b = active.binding
        label = binding_word(b.description) if b.description else ""
        tip = t(b.tooltip) if b.tooltip else ""
        out[key] = ActiveBinding(active.node, dataclasses.replace(b, description=label, tooltip=tip),
                                 active.enabled, tip)
    return out


class LocalizedBindings(Screen[None]):
    """A screen whose Footer shows its bindings in the current language."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated(super().active_bindings)


class LocalizedModal(ModalScreen[None]):
    """A modal screen whose Footer shows its bindings in the current language."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated(super().active_bindings)
