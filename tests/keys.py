"""Key presses for Pilot tests: every key through the app's real key path, fewer idle waits.

`Pilot.press` waits for the app to go idle after every key (two
`wait_for_idle(0)` sleeps, at least 40 ms a key), so typing a sentence key by
key costs seconds. The helpers here hand the app the same `events.Key`
messages (one per character, in order, posted on the app's queue as the driver
does) and wait when all are in:

- `type_text`, `press_quickly`: a burst of keys, one wait at the end. The
  app's queue keeps them in order, so inside ONE focused widget this is what a
  fast typist (or a terminal without bracketed paste) sends. Only for keys
  that stay in the widget that has focus: the text of one field, arrow keys
  in one list; never across a key that moves focus (tab, enter that opens a
  screen).
- `press_in_turn`: bursts between the keys that move focus, which go one by one.
- `press_one_by_one`: each key handled before the next, for any key: the
  waiting of `pilot.press(key)` followed by `pilot.pause()`, one idle wait fewer.
"""
from __future__ import annotations

import unicodedata
from typing import Any

from textual import events
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key
from textual.pilot import Pilot

KEY_NAMES = {" ": "space", "[": "left_square_bracket", "]": "right_square_bracket", "/": "slash", "-": "minus",
             "<": "less_than_sign", ">": "greater_than_sign", "=": "equals_sign", "@": "at", ".": "full_stop",
             ",": "comma", "'": "apostrophe", ":": "colon", "(": "left_parenthesis", ")": "right_parenthesis"}
"""Pilot's names for characters that are not a key name of their own (for `pilot.press`)."""


def key_name(ch: str) -> str:
    """The name `pilot.press` takes for typing the character `ch`."""
    return KEY_NAMES.get(ch, ch)


def key_event(key: str) -> events.Key:
    """The Key event `Pilot.press(key)` sends (textual's `App._press_keys`), for a key name or a character."""
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    original_key = REPLACED_KEYS.get(key, key)
    char: str | None
    try:
        char = unicodedata.lookup(_get_unicode_name_from_key(original_key))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


def char_event(ch: str) -> events.Key:
    """The Key event a terminal's input parser makes for a typed character (its key name and the character)."""
    if ch == "\n":
        return events.Key("enter", "\r")
    return events.Key(_character_to_key(ch), ch)


def _post(pilot: Pilot[Any], event: events.Key) -> None:
    """Hand a key to the app as the driver does (`Driver.send_message` posts it on the app's queue)."""
    event.set_sender(pilot.app)
    pilot.app.post_message(event)


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until the keys handed to the app have gone through it, the focused widget and what it bubbles.

    The app takes keys one after the other (`tui.key_order`): wait until none is waiting. A key is
    not "waiting" any more once it has gone through the focused widget and each of its ancestors, what
    its action posted has been handled, and a screen it opened has been built: one pause, then as many
    as the keys still need. (Each `Pilot.pause()` posts a callback to every widget of the screen and
    waits for all of them: ~110 widgets in the goal editor. An app without `keys_waiting` gets a second
    pause for what the key bubbled.)
    """
    await pilot.pause()
    app: Any = pilot.app
    if not hasattr(app, "keys_waiting"):
        await pilot.pause()
        return
    while app.keys_waiting:
        await pilot.pause()


async def type_text(pilot: Pilot[Any], text: str) -> None:
    """Type `text` into the focused widget: one Key event per character, in order, one wait at the end.

    A format character (zero-width joiner, direction mark: Unicode category Cf)
    is not printable, so the field passes it on and the editor screen inserts it
    when it bubbles up; the keys after it wait until it is in, as they would
    behind a person's fingers.
    """
    for ch in text:
        if unicodedata.category(ch) == "Cf":
            await settle(pilot)
            _post(pilot, char_event(ch))
            await settle(pilot)
        else:
            _post(pilot, char_event(ch))
    await settle(pilot)


async def press_quickly(pilot: Pilot[Any], *keys: str) -> None:
    """Press named keys (as `pilot.press` names them) without Pilot's idle wait after each; one wait at the end.

    Only for keys that keep focus where it is, or whose every effect is
    checked afterwards (nothing in between reads the screen).
    """
    for key in keys:
        _post(pilot, key_event(key))
    await settle(pilot)


MOVING_KEYS = frozenset({"tab", "shift+tab", "enter", "escape"})
"""Keys that move focus or open or close a screen: pressed one at a time, never in a burst."""


async def press_in_turn(pilot: Pilot[Any], *keys: str, moving: frozenset[str] = MOVING_KEYS) -> None:
    """Press `keys` in order: the keys between two `moving` keys in one burst, each `moving` key on its
    own once the app is done with what came before, so every key lands where it would one by one."""
    run: list[str] = []
    for key in keys:
        if key not in moving:
            run.append(key)
            continue
        if run:
            await press_quickly(pilot, *run)
            run = []
        await press_one_by_one(pilot, key)
    if run:
        await press_quickly(pilot, *run)


async def press_one_by_one(pilot: Pilot[Any], *keys: str) -> None:
    """Press keys as a person does: each through the app's key path (the event `Pilot.press` sends),
    and the app done with it before the next (`settle`).

    The same waiting as `await pilot.press(key); await pilot.pause()` for each key, with one idle
    wait fewer: a key moving focus or opening a screen is safe here.
    """
    for key in keys:
        _post(pilot, key_event(key))
        await settle(pilot)


def keys_for(text: str) -> list[str]:
    """The `pilot.press` names that type `text` (one per character)."""
    return [key_name(ch) for ch in text]


def form_keys(*texts: str, between: str = "tab") -> list[str]:
    """Keys that type each text into a field and move on with `between` (Tab) to the next."""
    keys: list[str] = []
    for n, text in enumerate(texts):
        if n:
            keys.append(between)
        keys.extend(keys_for(text))
    return keys


async def burst(pilot: Pilot[Any], *keys: str) -> None:
    """All keys handed to the app at once, as a terminal hands over a burst (no wait between them)."""
    for key in keys:
        _post(pilot, key_event(key))
    await settle(pilot)
