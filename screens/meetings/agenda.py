"""Editing a meeting's agenda while it runs: + new item, F2 rename, Delete remove, Shift+↑/↓ move.

`AgendaEditing` does the work for the meeting screen (its `AgendaHost`); each
change is one store call.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from textual.binding import Binding

from screens.forms import Field
from screens.i18n import error_text, t
from store.errors import StoreError
from store.models import AgendaItem

from .context import MeetingContext
from .parts import part_names

AGENDA_BINDINGS = [
    Binding("plus", "add_item", "meet.key.add_item", show=False),
    Binding("delete", "remove_item", "meet.key.remove_item", show=False),
    Binding("shift+up", "move_item(-1)", "meet.key.move_up", show=False),
    Binding("shift+down", "move_item(1)", "meet.key.move_down", show=False),
    Binding("f2", "rename_item", "meet.key.rename_item", show=False),
]
AGENDA_ACTIONS = {"add_item", "remove_item", "move_item", "rename_item"}


class AgendaHost(Protocol):
    ctx: MeetingContext
    item_index: int

    @property
    def current_item(self) -> AgendaItem | None: ...

    def save_notes(self) -> None: ...

    def show_message(self, text: str) -> None: ...

    def refresh_view(self, keep_row: bool = True) -> None: ...

    def ask(self, title: str, fields: Sequence[Field], submit: Callable[[dict[str, Any]], object], *,
            intro: str = "", after: Callable[[object], None] | None = None, start: str | None = None,
            record: Any = None) -> None: ...

    def confirm(self, question: str, then: Callable[[], object]) -> None: ...


class AgendaEditing:
    """The agenda's own changes, for the meeting screen."""

    def __init__(self, host: AgendaHost) -> None:
        self.host = host

    def add(self) -> None:
        store, mid = self.host.ctx.store, self.host.ctx.meeting_id
        opts = [(t(f"part.{p}"), p) for p in part_names()]
        self.host.ask(t("meet.dialog.item"),
                      [Field("title", t("meet.dialog.title")),
                       Field("part", t("meet.dialog.part"), "free", kind="choice", options=opts)],
                      lambda v: store.add_agenda_item(mid, v["title"], v["part"]))

    def remove(self) -> None:
        item = self.host.current_item
        if item is None or item.id is None:
            return
        iid, store = item.id, self.host.ctx.store
        self.host.confirm(t("meet.dialog.remove", title=store.catalog.agenda_title(item.title)), lambda: store.remove_agenda_item(iid))

    def move(self, delta: int) -> None:
        item = self.host.current_item
        if item is None or item.id is None:
            return
        self.host.save_notes()
        try:
            items = self.host.ctx.store.move_agenda_item(item.id, delta)
        except StoreError as exc:  # a read-only file, busy beyond the timeout, a full disk: said, nothing moved
            self.host.show_message(error_text(exc))
            return
        self.host.item_index = next(i for i, it in enumerate(items) if it.id == item.id)
        self.host.refresh_view()

    def rename(self) -> None:
        item = self.host.current_item
        if item is None or item.id is None:
            return
        iid, store = item.id, self.host.ctx.store
        self.host.ask(t("meet.dialog.rename"), [Field("title", t("meet.dialog.title"), store.catalog.agenda_title(item.title))],
                      lambda v: store.rename_agenda_item(iid, v["title"]))
