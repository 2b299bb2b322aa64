"""Danish dates: parse what a person types, format for people."""
from __future__ import annotations

import re
from datetime import date

from .errors import InputError
from .messages import msg
from .labels import months

_DMY = re.compile(r"^\s*(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")

MAX_WEEKS = 520
"""The longest follow-up window (ten years): a larger one is refused (`follow_up.py`, `rundbord due`)."""


def parse_date(text: str, field: str = "date", *, required: bool = False) -> date | None:
    """'23-11-2026', '23.11.26', '2026-11-23' -> date; '' -> None (unless required).

    An impossible date (31-02-2026) or other text raises InputError in Danish.
    """
    if not text or not text.strip():
        if required:
            raise InputError(field, msg("date.required"))
        return None
    m = _ISO.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DMY.match(text)
        if not m:
            raise InputError(field, msg("date.format", text=text.strip()[:40]))
        d, mo, y = (int(g) for g in m.groups())
        if y < 100:
            y += 2000
    try:
        return date(y, mo, d)
    except ValueError:
        raise InputError(field, msg("date.impossible", date=f"{d:02d}-{mo:02d}-{y}")) from None


def format_date(d: date | None) -> str:
    """The short form for tables and fields, dd-mm-åååå in both languages (docs/terminology.md), or ''."""
    return d.strftime("%d-%m-%Y") if d else ""


def format_date_long(d: date, lang: str = "da") -> str:
    """The long form for running text: '23. november 2026', in English '23 November 2026'."""
    if lang == "en":
        return f"{d.day} {months('en')[d.month - 1]} {d.year}"
    return f"{d.day}. {months('da')[d.month - 1]} {d.year}"
