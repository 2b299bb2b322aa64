"""Keys in order: each key lands where the cursor is after the key before it has done its work.

Textual routes a key to the focused widget the moment the app reads it, but
runs the screen's bindings (tab, `e`, `n` ...) only when the key has bubbled
back up to the app. Keys typed faster than that round trip (a fast typist, a
terminal that sends a burst) are routed before the key ahead of them has moved
the focus or opened its dialog: the text lands in the field before, or in no
field at all while a dialog is still being built.

`KeysInOrder` (mixed into the app) holds each key until the one before it has
gone all the way: through the focused widget and each of its ancestors up to
the app (a callback posted to each after the key, so it runs when the key has
been handled there), once more from where the focus is then (so what the key's
action posted — a list ticking the highlighted row — is done), and, if that
key opened or closed a screen, until the screen now on top has been built and
focused its first field. Then the next key is routed. Pastes keep their place
among the keys the same way.

A watchdog lets the keys go on if a callback is lost (a widget removed before
it ran the callback): nothing waits longer than `STUCK_SECONDS`.
"""
from __future__ import annotations

import inspect
from collections import deque
from collections.abc import Callable
from typing import Any

from textual import events
from textual.app import App
from textual.dom import DOMNode
from textual.screen import Screen
from textual.timer import Timer

STUCK_SECONDS = 2.0
AFTER_EFFECTS = 1
"""Walks after the first: the messages a key's action posts (one level) are handled before the next key."""


class _Step:
    """A callback and its arguments for `call_later`, that says it takes no parameters.

    Textual counts the parameters of every callback it runs (`inspect.signature`, ~25 µs) unless it has
    seen the very same object before; `call_later(method, *args)` makes a new `functools.partial` each
    time, and a key posts ~20 of them (a walk up the focused widget's ancestors, twice). Counting this
    one reads `__signature__` (~2 µs).
    """

    __slots__ = ("_func", "_args")
    __signature__ = inspect.Signature()

    def __init__(self, func: Callable[..., Any], *args: Any) -> None:
        self._func = func
        self._args = args

    def __call__(self) -> Any:
        return self._func(*self._args)


class KeysInOrder(App[None]):
    """The app's side: hold a key until the key ahead of it is done."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: deque[events.Key | events.Paste] = deque()
        self._in_flight = 0
        """The generation of the key being handled; 0: none."""
        self._generation = 0
        self._watchdog: Timer | None = None

    @property
    def keys_waiting(self) -> int:
        """Keys typed but not yet routed (tests and the status of a slow screen)."""
        return len(self._held) + (1 if self._in_flight else 0)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            if self._in_flight or self._held:  # behind the keys still waiting, never ahead of them
                self._held.append(event)
                return
            await self._route(event)
            return
        await super().on_event(event)

    async def _route(self, event: events.Key | events.Paste) -> None:
        self._generation += 1
        generation = self._in_flight = self._generation
        try:
            before: Screen[Any] | None = self.screen
        except Exception:  # noqa: BLE001 - no screen yet (starting) or any more (closing)
            before = None
        target: DOMNode = self.focused or before or self
        self._start_watchdog(generation)
        await super().on_event(event)
        self._walk_up([target, *target.ancestors], 0, before, generation, AFTER_EFFECTS)

    def _walk_up(self, chain: list[DOMNode], index: int, before: Screen[Any] | None, generation: int,
                 again: int) -> None:
        """After the key, a callback through each node from the focused widget up to the app, in turn.

        `again` more walks follow from wherever the focus is then: what the key's binding posted
        (a list's "selected" message, which ticks the row) is handled before the next key.
        """
        if generation != self._in_flight:
            return
        while index < len(chain):
            node = chain[index]
            if node is self:
                break
            if node.call_later(_Step(self._walk_up, chain, index + 1, before, generation, again)):
                return
            index += 1  # gone (closed): on to its parent
        if again:
            target: DOMNode = self.focused or self.screen
            self.call_later(_Step(self._walk_up, [target, *target.ancestors], 0, before, generation, again - 1))
            return
        self.call_later(_Step(self._settle, before, generation))

    def _settle(self, before: Screen[Any] | None, generation: int) -> None:
        """The key has bubbled all the way. If it changed the screen, wait for the one on top to be built."""
        if generation != self._in_flight:
            return
        try:
            top: Screen[Any] | None = self.screen
        except Exception:  # noqa: BLE001 - closing
            top = None
        if top is None or top is before:
            self._release(generation)
            return
        # The screen's queue is read only after it has been composed and mounted (its on_mount
        # has run and asked for the focus), so this runs when it is ready; then check again.
        if not top.call_later(_Step(self.call_later, _Step(self._settle, top, generation))):
            self._release(generation)

    def _release(self, generation: int) -> None:
        if generation != self._in_flight:
            return
        self._in_flight = 0
        if self._watchdog is not None:
            self._watchdog.stop()
            self._watchdog = None
        if self._held:
            self.call_later(_Step(self._route_next))

    async def _route_next(self) -> None:
        if self._in_flight or not self._held:
            return
        await self._route(self._held.popleft())

    def _start_watchdog(self, generation: int) -> None:
        if self._watchdog is not None:
            self._watchdog.stop()
        self._watchdog = self.set_timer(STUCK_SECONDS, lambda: self._release(generation), name="keys-in-order")
