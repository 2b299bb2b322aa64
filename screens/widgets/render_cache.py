"""Letting go of a closed screen's drawn lines.

Textual keeps each widget's drawn lines in the widget's `StylesCache`, and its
`StylesCache.get_inner_outer` is an `lru_cache` on a method (Textual 8.2): the
cache's keys hold the `StylesCache` itself, so the lines of every widget ever
drawn stay alive after their screen is closed, until 1,024 newer entries push
them out. Opening the big plan ten times left ~13,000 more objects each time,
and the collector's full collections during the next opening grew from 25 to
250 ms (docs/benchmark.md, "Issue 19, part 4"). Emptying that cache when a
screen closes keeps the heap flat; the entries are two styles each, made again
on the next paint.
"""
from __future__ import annotations

from collections.abc import Callable


def forget_closed_screens() -> None:
    """Empty Textual's inner/outer style cache (a no-op if a Textual version has none)."""
    try:
        from textual._styles_cache import StylesCache
    except ImportError:  # pragma: no cover - a Textual without the module
        return
    clear: Callable[[], None] | None = getattr(getattr(StylesCache, "get_inner_outer", None), "cache_clear", None)
    if clear is not None:
        clear()
