"""UI strings: one catalogue per language, looked up by key.

The catalogues live in `screens/strings/` — one module per part of the UI,
each with `DA` and `EN` dicts — and are merged here. `--lang en` selects
English; a key missing from English falls back to Danish.
"""
from __future__ import annotations

from functools import lru_cache
from types import ModuleType

from .strings import app, common, editors, export, history, live, meetings, minutes, plan, progression, record

_lang = "da"

CATALOGUES: tuple[ModuleType, ...] = (app, common, editors, export, history, live, meetings, minutes, plan,
                                      progression, record)
"""Every module of screens/strings (tests/store/test_layers.py checks none is left out)."""


@lru_cache(maxsize=4)
def catalogue(lang: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for module in CATALOGUES:
        table = getattr(module, lang.upper(), {})
        dup = set(merged) & set(table)
        if dup:
            raise RuntimeError(f"UI string keys defined twice: {sorted(dup)}")
        merged.update(table)
    return merged


def set_language(lang: str) -> None:
    global _lang
    if lang not in ("da", "en"):
        raise ValueError(lang)
    _lang = lang


def language() -> str:
    return _lang


def t(key: str, **values: object) -> str:
    """The UI text for `key` in the current language, with `{name}` filled in."""
    text = catalogue(_lang).get(key) or catalogue("da").get(key) or key
    return text.format(**values) if values else text
