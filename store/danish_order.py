"""Danish alphabetical order: the one sort key for every list of names a person reads.

Danish puts Æ, Ø, Å after Z, and "Aa" counts as Å ("Aage" sorts with the Å
names, "Kildegaard" as "Kildegård"). Case does not matter. Letters from other
languages sort as Danes file them: é with e, ä with æ, ö with ø, ü with y.

`sort_key` gives a plain string whose ordinary (binary, code point) order is
that order. The citizens list stores it beside each citizen
(`citizen_list.name_key`, kept by the store on every write, see
search_index.py) so SQLite walks an ordinary index in display order. No custom
collation is registered: a file whose index needed one could not be checked
(`PRAGMA integrity_check`) or written by the plain `sqlite3` tool. Python sorts
use the same function.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from .enums import Role

if TYPE_CHECKING:
    from .models import Participant

_AFTER_Z = {"æ": "{", "ø": "|", "å": "}"}
"""The three Danish letters as the three code points right after "z" ({ | }), in Danish order."""

_FILED_AS = {
    "ä": "æ", "ö": "ø", "ő": "ø", "ü": "y", "ű": "y",  # as Danish dictionaries file them
    "ð": "d", "þ": "th", "ł": "l", "ı": "i", "đ": "d",  # letters without a decomposition
    "œ": "ø",
}


@lru_cache(maxsize=4096)
def _primary(ch: str) -> str:
    """What one (casefolded) character counts as in Danish order; "" for what is ignored."""
    if ch in _AFTER_Z:
        return _AFTER_Z[ch]
    if ch.isascii():
        return ch if ch.isprintable() else ""
    if ch in _FILED_AS:
        return "".join(_primary(c) for c in _FILED_AS[ch])
    category = unicodedata.category(ch)
    if category[0] == "C" or category == "Mn":
        return ""  # control, format and combining characters do not order anything
    if category[0] == "Z":
        return " "
    base = unicodedata.normalize("NFD", ch)[0]
    if base != ch and base.isascii():
        return base  # é -> e, ç -> c, ñ -> n
    return ch  # other scripts: after the Danish letters, in code point order


def sort_key(text: str) -> str:
    """The Danish sort key of `text` (compare keys as plain strings; break ties by id).

    >>> sorted(["Åse", "Aage", "Zenia", "Ørn", "Æble", "anne"], key=sort_key)
    ['anne', 'Zenia', 'Æble', 'Ørn', 'Aage', 'Åse']
    """
    folded = unicodedata.normalize("NFC", text).casefold().replace("aa", "å")
    return "".join(map(_primary, folded))


def prefix_keys(prefix: str) -> list[str]:
    """Key prefixes under which every text that begins with `prefix` (casefolded) is filed.

    Usually one; two when `prefix` ends in "a": it may be the start of an "aa" (filed as å),
    so "ka" finds "Karin" and "Kaare".
    """
    key = sort_key(prefix)
    folded = unicodedata.normalize("NFC", prefix).casefold().replace("aa", "å")
    if folded.endswith("a") and key.endswith("a"):
        return [key, key[:-1] + _AFTER_Z["å"]]
    return [key]


def participant_order(p: Participant) -> tuple[bool, str, int]:
    """How a list of a plan's people is ordered: the citizen first (the plan is theirs), then by name."""
    return (p.role is not Role.CITIZEN, sort_key(p.name), p.id or 0)


__all__ = ["participant_order", "prefix_keys", "sort_key"]
