"""`MarkedOptionList`: an option list whose highlighted row is marked by a symbol (▶), not by colour alone.

What a key acts on must be visible to everyone looking at the screen, also on
a projector that washes colours out. Prompts are given once (`set_prompts`);
the list draws "▶ " before the highlighted one and "  " before the others.
A prompt that knows how to carry a mark itself (`with_mark(mark)`, as the
plan's goal lines do) is asked to.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from rich.console import RenderableType
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

MARK = "▶ "
NO_MARK = "  "


class Markable(Protocol):
    def with_mark(self, mark: str) -> RenderableType: ...


def dressed(prompt: RenderableType, on: bool) -> RenderableType:
    mark = MARK if on else NO_MARK
    with_mark = getattr(prompt, "with_mark", None)
    if callable(with_mark):
        marked: RenderableType = with_mark(mark)
        return marked
    if isinstance(prompt, Text):
        return Text(mark, end="") + prompt
    return Text(mark + str(prompt))


class MarkedOptionList(OptionList):
    """An OptionList with ▶ before the highlighted option."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plain: list[RenderableType] = []
        self._marked: int | None = None

    def set_prompts(self, prompts: Sequence[RenderableType | tuple[RenderableType, str | None]],
                    highlighted: int | None = 0, *, disabled: Sequence[bool] = ()) -> None:
        """Replace every option; `(prompt, id)` pairs keep an id for `get_option_index`."""
        plain: list[RenderableType] = []
        ids: list[str | None] = []
        for item in prompts:
            if isinstance(item, tuple):
                plain.append(item[0])
                ids.append(item[1])
            else:
                plain.append(item)
                ids.append(None)
        self._plain = plain
        if highlighted is not None and not 0 <= highlighted < len(plain):
            highlighted = len(plain) - 1 if plain else None
        self._marked = highlighted
        with self.prevent(OptionList.OptionHighlighted):
            self.clear_options()
            self.add_options([
                Option(dressed(p, i == highlighted), id=oid, disabled=bool(disabled[i]) if i < len(disabled) else False)
                for i, (p, oid) in enumerate(zip(plain, ids))
            ])
            self.highlighted = highlighted

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        self._mark(highlighted)

    def _mark(self, index: int | None) -> None:
        if index == self._marked:
            return
        old, self._marked = self._marked, index
        for i, on in ((old, False), (index, True)):
            if i is not None and 0 <= i < len(self._plain) and i < self.option_count:
                self.replace_option_prompt_at_index(i, dressed(self._plain[i], on))

    @property
    def marked_index(self) -> int | None:
        """The option drawn with ▶ (the highlighted one)."""
        return self._marked
