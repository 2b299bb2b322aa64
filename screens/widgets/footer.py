"""A Footer that is rebuilt only when the keys it shows change.

Textual's Footer rebuilds all its key widgets after every change of the
screen's bindings, and a focus change is one: opening the plan screen
rebuilt it three times with the same keys (~13 ms each). `SteadyFooter`
rebuilds when what it would show (key, label, enabled, tooltip) differs from
what it shows.
"""
from __future__ import annotations

from textual.widgets import Footer

Shown = tuple[tuple[str, str, str, bool, str], ...]


class SteadyFooter(Footer):
    """`Footer`, without rebuilding for binding changes that show the same keys."""

    def __init__(self, *, compact: bool = False, id: str | None = None) -> None:
        super().__init__(compact=compact, id=id)
        self._shown: Shown | None = None

    def _what_it_shows(self) -> Shown:
        return tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )

    async def recompose(self) -> None:
        if not self.is_attached:  # removed meanwhile (the screen closed): nothing to show
            return
        shown = self._what_it_shows()
        if shown == self._shown:
            return
        self._shown = shown
        await super().recompose()
