"""What a meeting part is, and what it may ask of the meeting screen that holds it.

Each agenda item names a part (`review`, `scaling`, `agreements` ...; from the
meeting kind's template). A part is a class registered under that name with
`@register`: it lists its rows (what the facilitator steps through on the
right), writes the text under them, and offers its own keys. Adding a part:
a module in this package with a `Part` subclass, `name = "..."`, `@register`,
imported in `parts/__init__.py`. Adding an action to a part: a method on it
and a `PartKey` naming the method in its `KEYS`; the meeting screen's key bar,
command palette and the refusal on a closed meeting pick it up from there.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from rich.text import Text

from screens.forms import Field
from screens.i18n import t
from store.models import Goal

from ..context import MeetingContext

Row = tuple[Any, Text]
"""One row of a part: what it stands for (an agreement, a goal ...) and how it reads."""


class PartHost(Protocol):
    """What a part may ask of the meeting screen (the frame)."""

    ctx: MeetingContext

    rows: list[Any]
    """What each of the part's rows stands for, in order (as `Part.rows` gave them)."""

    def highlighted(self) -> Any: ...

    def highlight_row(self, index: int) -> None: ...

    def highlighted_goal(self) -> Goal | None: ...

    def need_goal(self) -> Goal | None: ...

    def show_message(self, text: str) -> None: ...

    def refresh_view(self, keep_row: bool = True) -> None: ...

    def ask(self, title: str, fields: Sequence[Field], submit: Callable[[dict[str, Any]], object], *,
            intro: str = "", after: Callable[[object], None] | None = None, start: str | None = None,
            record: Any = None) -> None: ...

    def confirm(self, question: str, then: Callable[[], object]) -> None: ...


@dataclass(frozen=True)
class PartKey:
    """A key a part offers: `action` names the part's method; `description` is a catalogue key."""

    key: str
    action: str
    description: str
    show: bool = True


class Part:
    """Base of every meeting part. Subclasses set `name` (and `KEYS`) and are `@register`ed."""

    name: ClassVar[str] = "free"
    KEYS: ClassVar[tuple[PartKey, ...]] = ()
    ONE_LINE_ROWS: ClassVar[bool] = False
    """Rows cut to one line (goal lists), instead of wrapping."""

    def __init__(self, host: PartHost) -> None:
        self.host = host
        self.ctx = host.ctx

    @property
    def title(self) -> str:
        key = f"part.{self.name}"
        text = t(key)
        return self.name if text == key else text

    @classmethod
    def actions(cls) -> set[str]:
        return {k.action for k in cls.KEYS}

    def offers(self, action: str) -> bool:
        """Whether the key for `action` is offered now (a part may leave out a key that cannot apply)."""
        return action in self.actions()

    def rows(self) -> list[Row]:
        """The rows shown for this part (the highlighted one is what its keys act on)."""
        return []

    def body(self) -> Text:
        """The text under the rows (it may follow the highlighted row)."""
        return Text(t("meet.part.free_closed" if self.ctx.closed else "meet.part.free"), style="dim")

    def record(self) -> Text:
        """On a closed meeting: what this part recorded, as text (below the item's notes)."""
        return Text()

    def run(self, action: str) -> None:
        """Run one of this part's actions (a method named in `KEYS`)."""
        if action not in self.actions():
            return
        method: Callable[[], None] = getattr(self, action)
        method()


PARTS: dict[str, type[Part]] = {}
"""Every part by its name (what an agenda item's `part` says)."""


def register(cls: type[Part]) -> type[Part]:
    """Class decorator: make a part available under its `name`."""
    PARTS[cls.name] = cls
    return cls


def part_class(name: str) -> type[Part]:
    """The part for an agenda item's `part` (an unknown one is free talk)."""
    return PARTS.get(name, PARTS.get("free", Part))
