"""Two settings of each test process that make the suite's ~700 apps cheaper, and change no result.

The product runs one App per process; a test worker runs hundreds, one after
the other, and two costs that a person pays once are paid again by each:

- **Parsing the stylesheets.** Every new App parses every CSS source again
  (Textual keeps its parse cache per Stylesheet, and `_load_screen_css`
  re-parses the whole sheet in a fresh Stylesheet when a screen with its own
  CSS file is first pushed). `share_stylesheet_parses` keeps one memo per
  process, keyed by everything the parse reads (the CSS text, where it was
  read from, its flags and scope, and the theme's variables), so each app gets
  the rule sets a fresh parse would give. Textual never changes a rule set
  after parsing it. A source with errors still fails every time: the errors
  live in the rule sets, and `Stylesheet.parse` raises on them whether they
  were parsed now or before. tests/test_process_speed.py holds both.
- **The cyclic garbage collector.** With Python's default threshold (700
  allocations) a Pilot test runs hundreds of young collections while Textual
  builds widgets and strips; `fewer_collections` raises the threshold, so
  the same garbage is collected in fewer, larger passes.
"""
from __future__ import annotations

import gc
from typing import Any

GC_THRESHOLD = (50_000, 10, 10)
"""Young collections after 50,000 allocations (Python's default is 700); the older generations as Python's."""

_parses: dict[tuple[Any, ...], Any] = {}


def share_stylesheet_parses() -> None:
    """One parse of each CSS source (with the same theme variables) per process, shared by its apps."""
    from textual.css.stylesheet import Stylesheet

    parse_once = Stylesheet._parse_rules
    if getattr(parse_once, "shared", False):
        return

    def parse_shared(self: Stylesheet, css: str, read_from: Any, is_default_rules: bool = False,
                     tie_breaker: int = 0, scope: str = "") -> Any:
        key = (css, read_from, is_default_rules, tie_breaker, scope,
               tuple(sorted(self._variables.items())))
        try:
            return _parses[key]
        except KeyError:
            rules = _parses[key] = parse_once(self, css, read_from, is_default_rules, tie_breaker, scope)
            return rules

    parse_shared.shared = True  # type: ignore[attr-defined]
    parse_shared.original = parse_once  # type: ignore[attr-defined]
    Stylesheet._parse_rules = parse_shared  # type: ignore[method-assign]


def fewer_collections() -> None:
    """The young generation collected after `GC_THRESHOLD[0]` allocations instead of 700."""
    gc.set_threshold(*GC_THRESHOLD)
