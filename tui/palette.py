"""The command palette: jump to anything by its text, and run any action.

One provider offers, for what the person types:
- the current screen's actions (the same bindings the Footer shows),
- Rundbord's themes,
- citizens, sub-goals, activities, agreements and meetings found with
  `Store.search_everything` (a jump opens the plan with the item selected;
  an activity selects its sub-goal).
User text is shown as `rich.text.Text`, never parsed as markup.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Protocol, cast

from rich.text import Text
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

from screens.i18n import t
from screens.widgets.plan_text import harmless
from store import InputError, Store
from store.search import SearchHit
from store.search_index import MAX_SEARCH_CHARS

from .themes import THEME_LABEL_KEYS

MIN_SEARCH = 2
"""Characters typed before the store is searched."""


class Jumper(Protocol):
    """What the provider needs from the app to jump somewhere."""

    store: Store

    def jump_to(self, hit: SearchHit) -> None: ...

    def set_rundbord_theme(self, name: str) -> None: ...


def _display(prefix: str, text: str, query: str, suffix: str = "") -> Text:
    """'Delmål: <text> — Nanna' with the typed part underlined (text stays plain)."""
    out = Text()
    out.append(prefix, style="bold")
    start = len(out)
    text = harmless(text)  # same length: one picture per control character
    out.append(text)
    if query:
        at = text.casefold().find(query.casefold())
        if at >= 0:
            out.stylize("underline", start + at, start + at + len(query))
    if suffix:
        out.append(suffix, style="dim")
    return out


def _textual_move(node: object, action: str) -> bool:
    """Is `action` one of a Textual widget's own bindings (cursor up, page down ...), not Rundbord's?

    A list widget of Rundbord's that moves like Textual's names those actions in `MOVES`
    (screens/widgets/citizen_list.py)."""
    if action in getattr(type(node), "MOVES", ()):
        return True
    for cls in type(node).__mro__:
        if not cls.__module__.startswith("textual."):
            continue
        for item in cls.__dict__.get("BINDINGS", ()):
            if (item.action if isinstance(item, Binding) else item[1]) == action:
                return True
    return False


class RundbordCommands(Provider):
    """Actions, themes and a jump to any citizen, goal, agreement or meeting."""

    def _actions(self) -> list[tuple[str, Callable[[], Any], str]]:
        """The screen's actions, Rundbord's own first; a Textual widget's moves (up, down, page) last."""
        screen = self.screen
        found: list[tuple[bool, str, Callable[[], Any], str]] = []
        seen: set[str] = set()
        for key, active in screen.active_bindings.items():
            b = active.binding
            if not b.description or b.action in seen or active.node is self.app:
                continue
            seen.add(b.action)
            builtin = _textual_move(active.node, b.action)
            found.append((builtin, b.description, partial(self.app.run_action, b.action, active.node),
                          t("palette.action") + f" · {self.app.get_key_display(b)}"))
        found.sort(key=lambda entry: entry[0])  # stable: the screen's own order kept within each group
        return [(label, command, help_text) for _, label, command, help_text in found]

    def _themes(self) -> list[tuple[str, Callable[[], Any], str]]:
        app = cast(Jumper, self.app)
        return [
            (t("palette.theme_named", name=t(label)), partial(app.set_rundbord_theme, name), t("palette.theme_help"))
            for name, label in THEME_LABEL_KEYS.items()
        ]

    async def discover(self) -> Hits:
        for label, command, help_text in self._actions():
            yield DiscoveryHit(Text(label), command, text=label, help=help_text)

    def _system_match(self, query: str) -> bool:
        """Does one of Textual's system commands (offered by its own provider) match `query`?"""
        matcher = self.matcher(query)
        return any(matcher.match(c.title) > 0 for c in self.app.get_system_commands(self.screen))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        found = 0
        for label, command, help_text in self._actions() + self._themes():
            score = matcher.match(label)
            if score > 0:
                found += 1
                yield Hit(score, Text(label), command, text=label, help=help_text)
        store = getattr(self.app, "store", None)
        if not isinstance(store, Store) or len(query.strip()) < MIN_SEARCH:
            if not found and query.strip() and not self._system_match(query):
                yield self._nothing_found()
            return
        app = cast(Jumper, self.app)
        try:
            hits = store.search_everything(query.strip(), limit=20)
        except InputError:  # too long to search: say so in the list, search nothing
            message = t("palette.search_too_long", max=MAX_SEARCH_CHARS)
            yield Hit(1.0, Text(message, style="bold"), lambda: None, text=message)
            return
        if not found and not hits and not self._system_match(query):
            # Said here in the chosen language: Textual's own "No matches found" is English only.
            yield self._nothing_found()
        for hit in hits:
            lock = "🔒 " if hit.private else ""
            prefix = t(f"palette.kind.{hit.kind}") + ": " + lock
            suffix = ""
            text = f"{t('palette.kind.' + hit.kind)}: {hit.text}"
            score = 1.0 if hit.text.casefold().startswith(query.strip().casefold()) else 0.9
            yield Hit(score, _display(prefix, hit.text, query.strip(), suffix), partial(app.jump_to, hit),
                      text=text, help=hit.citizen_name if hit.kind != "citizen" else None)

    def _nothing_found(self) -> Hit:
        message = t("textual.No matches found")
        return Hit(1.0, Text(message, style="dim"), lambda: None, text=message)
