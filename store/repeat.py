"""An agreement's "when" that is not one date: a repeat ("hver torsdag", "hver uge").

A repeat is stored as a small subset of iCalendar's RRULE (RFC 5545), so it
can be exported as one later: `FREQ=DAILY`, `FREQ=WEEKLY`, `FREQ=MONTHLY`,
optionally `INTERVAL=2` ("hver anden uge") and `BYDAY=MO,TH` (weekdays of a
weekly repeat). Parts are always written in that order, so one repeat has one
code.

`parse_when` reads what a person types in the "Hvornår" field: a date
(`23-11-2026`) or a repeat in Danish (or English); `describe_repeat` says a
code back in words. Pure Python: no database, no clock unless given a day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import parse_date
from .errors import InputError
from .messages import msg

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
"""RRULE weekday codes, Monday first (date.weekday() is the index)."""
FREQS = ("DAILY", "WEEKLY", "MONTHLY")

_DAY_NAMES_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_DAY_NAMES_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_WORDS: dict[str, str] = {}
for _code, _da, _en in zip(WEEKDAYS, _DAY_NAMES_DA, _DAY_NAMES_EN):
    for _word in (_da, _da + "e", _da + "en", _da + "ene", _en, _en + "s",
                  _da.replace("ø", "o"), _da.replace("ø", "oe")):
        _DAY_WORDS[_word] = _code
_WORKDAYS = WEEKDAYS[:5]

WHEN_HELP = "Skriv en dato (dd-mm-åååå) eller en gentagelse, fx 'hver torsdag' eller 'hver uge'."


@dataclass(frozen=True)
class Repeat:
    """A parsed repeat code."""

    freq: str
    interval: int = 1
    days: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.days:
            parts.append("BYDAY=" + ",".join(self.days))
        return ";".join(parts)


def read_code(code: str) -> Repeat:
    """The repeat a stored code names; ValueError (in Danish) for anything else."""
    fields: dict[str, str] = {}
    for part in code.split(";"):
        key, sep, value = part.partition("=")
        if not sep or key in fields:
            raise ValueError(f"Ukendt gentagelse: {code!r}.")
        fields[key] = value
    freq = fields.pop("FREQ", "")
    if freq not in FREQS:
        raise ValueError(f"Ukendt gentagelse: {code!r}.")
    interval_text = fields.pop("INTERVAL", "1")
    if not interval_text.isdigit() or not 1 <= int(interval_text) <= 52:
        raise ValueError(f"Ukendt gentagelse: {code!r}.")
    days_text = fields.pop("BYDAY", "")
    days = tuple(d for d in days_text.split(",") if d) if days_text else ()
    if fields or any(d not in WEEKDAYS for d in days) or len(set(days)) != len(days):
        raise ValueError(f"Ukendt gentagelse: {code!r}.")
    if days and freq != "WEEKLY":
        raise ValueError(f"Ukendt gentagelse: {code!r}.")
    repeat = Repeat(freq, int(interval_text), tuple(sorted(days, key=WEEKDAYS.index)))
    if repeat.code != code:
        raise ValueError(f"Ukendt gentagelse: {code!r}.")
    return repeat


def check_code(code: str) -> str:
    """'' (no repeat) or a well-formed code; the model's validator."""
    if code:
        read_code(code)
    return code


# -- reading what a person types ---------------------------------------------------
_SPACES = re.compile(r"\s+")
_ORDINAL_INTERVAL = {"anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "other": 2, "second": 2, "third": 3}


def _words(text: str) -> list[str]:
    text = text.casefold().strip().rstrip(".!")
    text = text.replace(",", " , ").replace("&", " og ")
    return [w for w in _SPACES.split(text) if w]


def parse_repeat(text: str) -> str | None:
    """The code for a repeat typed in words ('hver torsdag' -> 'FREQ=WEEKLY;BYDAY=TH'); None if it is none."""
    words = _words(text)
    if not words:
        return None
    phrase = " ".join(words)
    fixed = {
        "dagligt": Repeat("DAILY"), "daily": Repeat("DAILY"), "alle dage": Repeat("DAILY"),
        "ugentligt": Repeat("WEEKLY"), "weekly": Repeat("WEEKLY"),
        "månedligt": Repeat("MONTHLY"), "monthly": Repeat("MONTHLY"),
        "en gang om ugen": Repeat("WEEKLY"), "én gang om ugen": Repeat("WEEKLY"), "1 gang om ugen": Repeat("WEEKLY"),
        "en gang om måneden": Repeat("MONTHLY"), "én gang om måneden": Repeat("MONTHLY"),
        "1 gang om måneden": Repeat("MONTHLY"),
        "hver 14. dag": Repeat("WEEKLY", 2), "hver 14 dag": Repeat("WEEKLY", 2),
        "hver fjortende dag": Repeat("WEEKLY", 2), "every two weeks": Repeat("WEEKLY", 2),
        "alle hverdage": Repeat("WEEKLY", days=_WORKDAYS), "på hverdage": Repeat("WEEKLY", days=_WORKDAYS),
        "hver hverdag": Repeat("WEEKLY", days=_WORKDAYS), "every weekday": Repeat("WEEKLY", days=_WORKDAYS),
        "weekdays": Repeat("WEEKLY", days=_WORKDAYS),
    }
    if phrase in fixed:
        return fixed[phrase].code
    head, rest = words[0], words[1:]
    if head == "om" and len(rest) == 1 and rest[0] in _DAY_WORDS:  # "om torsdagen"
        return Repeat("WEEKLY", days=(_DAY_WORDS[rest[0]],)).code
    if head not in ("hver", "hvert", "alle", "every", "each"):
        return None
    interval = 1
    if rest and rest[0] in _ORDINAL_INTERVAL:
        interval, rest = _ORDINAL_INTERVAL[rest[0]], rest[1:]
    elif rest and rest[0].rstrip(".").isdigit() and len(rest) > 1 and rest[1] in ("uge", "week", "weeks"):
        interval, rest = int(rest[0].rstrip(".")), rest[1:]
    if not rest:
        return None
    unit = {"dag": "DAILY", "day": "DAILY", "uge": "WEEKLY", "week": "WEEKLY", "måned": "MONTHLY",
            "month": "MONTHLY"}
    if len(rest) == 1 and rest[0] in unit:
        if not 1 <= interval <= 52:
            return None
        return Repeat(unit[rest[0]], interval).code
    days: list[str] = []
    for word in rest:
        if word in (",", "og", "and"):
            continue
        if word not in _DAY_WORDS:
            return None
        if _DAY_WORDS[word] not in days:
            days.append(_DAY_WORDS[word])
    if not days or not 1 <= interval <= 52:
        return None
    return Repeat("WEEKLY", interval, tuple(sorted(days, key=WEEKDAYS.index))).code


def parse_when(text: str, field: str = "due_date", *, required: bool = False) -> tuple[date | None, str]:
    """What the "Hvornår" field holds: (a date, '') or (None, a repeat code); ('', '') -> (None, '').

    Anything else is refused in Danish, naming both forms.
    """
    if not text or not text.strip():
        if required:
            raise InputError(field, "Skriv hvornår: en dato (dd-mm-åååå) eller en gentagelse, fx 'hver torsdag' "
                                    "eller 'hver uge'.")
        return None, ""
    code = parse_repeat(text)
    if code is not None:
        return None, code
    if re.search(r"\d", text):
        try:
            return parse_date(text, field), ""
        except InputError as exc:
            if "findes ikke" in exc.message:
                raise
    raise InputError(field, msg("when.neither", text=text.strip()[:40]))


# -- saying it back -------------------------------------------------------------------
def _join(items: list[str], and_word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {and_word} " + items[-1]


def describe_repeat(code: str, lang: str = "da") -> str:
    """'FREQ=WEEKLY;BYDAY=TH' -> 'hver torsdag' (or 'every Thursday'); '' -> ''."""
    if not code:
        return ""
    r = read_code(code)
    en = lang == "en"
    if en:
        unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month"}[r.freq]
        if r.days:
            if r.days == _WORKDAYS and r.interval == 1:
                return "every weekday"
            names = _join([_DAY_NAMES_EN[WEEKDAYS.index(d)].capitalize() for d in r.days], "and")
            if r.interval > 2:
                return f"every {r.interval} weeks on {names}"
            return f"{'every other' if r.interval == 2 else 'every'} {names}"
        if r.interval > 2:
            return f"every {r.interval} {unit}s"
        return f"{'every other' if r.interval == 2 else 'every'} {unit}"
    every = {1: "hver", 2: "hver anden", 3: "hver tredje", 4: "hver fjerde"}.get(r.interval, f"hver {r.interval}.")
    if r.days:
        if r.days == _WORKDAYS and r.interval == 1:
            return "hver hverdag"
        return f"{every} {_join([_DAY_NAMES_DA[WEEKDAYS.index(d)] for d in r.days], 'og')}"
    return f"{every} " + {"DAILY": "dag", "WEEKLY": "uge", "MONTHLY": "måned"}[r.freq]


def next_occurrence(code: str, on_or_after: date, start: date | None = None) -> date:
    """The first day the repeat falls on, on or after `on_or_after`.

    A weekly repeat without weekdays, and a monthly one, count from `start`
    (the day the agreement was made); an interval counts whole weeks or months from it.
    """
    r = read_code(code)
    start = start or on_or_after
    if r.freq == "DAILY":
        if on_or_after <= start:
            return start
        gap = (on_or_after - start).days
        return on_or_after + timedelta(days=(-gap) % r.interval)
    if r.freq == "MONTHLY":
        months = 0
        while True:
            y, m = divmod(start.month - 1 + months, 12)
            year, month = start.year + y, m + 1
            candidate = date(year, month, min(start.day, _days_in_month(year, month)))
            if candidate >= on_or_after:
                return candidate
            months += r.interval
    days = r.days or (WEEKDAYS[start.weekday()],)
    week0 = start - timedelta(days=start.weekday())
    day = max(on_or_after, start)
    for _ in range(7 * r.interval + 7):
        week = (day - week0).days // 7
        if week % r.interval == 0 and WEEKDAYS[day.weekday()] in days:
            return day
        day += timedelta(days=1)
    raise AssertionError("unreachable: a weekly repeat falls within its interval")  # pragma: no cover


def _days_in_month(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def when_text(due: date | None, repeat: str, lang: str = "da") -> str:
    """An agreement's "when" for people: the repeat in words, or the date (dd-mm-åååå), or ''."""
    if repeat:
        return describe_repeat(repeat, lang)
    return due.strftime("%d-%m-%Y") if due else ""
