"""UI strings: one catalogue per language, looked up by key.

The catalogues live in `screens/strings/` — one module per part of the UI,
each with `DA` and `EN` dicts — and are merged here. `--lang en` selects
English; a key missing from English falls back to Danish.
"""
from __future__ import annotations

from functools import lru_cache
from types import ModuleType

from store import vocabulary
from store.errors import EditConflict
from store.messages import Message, said

from .strings import app, common, editors, export, history, live, meetings, minutes, plan, progression, record, textual

_lang = "da"

CATALOGUES: tuple[ModuleType, ...] = (vocabulary, app, common, editors, export, history, live, meetings, minutes,
                                      plan, progression, record, textual)
"""The store's one vocabulary (statuses, roles, areas, agenda parts ...: the same words the exports use)
and every module of screens/strings (tests/store/test_layers.py checks none is left out)."""


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


def binding_word(description: str) -> str:
    """A binding's description in the current language: ours are catalogue keys, Textual's are its English."""
    table = catalogue(_lang)
    if description in table or description in catalogue("da"):
        return t(description)
    return table.get(f"textual.{description}", description)


def error_text(exc: BaseException | Message) -> str:
    """A store error (or any exception's message) in the current language: the one way screens show one."""
    return said(exc, _lang)


def said_headline(conflict: EditConflict) -> str:
    """An edit conflict's first sentence ("Changed by NN at HH:MM while you were writing") in the current language."""
    return conflict.said_headline.text(_lang)
