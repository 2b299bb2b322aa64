"""The one clock: every date and time Rundbord stores, shows or compares comes from here.

Nothing else in store/, screens/ or tui/ reads the system clock for a date
(a test walks their source and fails on `date.today()`, `datetime.now()` ...).
That is what lets the tests, the snapshots and a demonstration fix the day:

- `fix(at)` freezes the clock at one moment (tests and snapshots);
- `set_today(day)` moves the date to `day` while the time of day runs on
  (`--today` / `$RUNDBORD_TODAY`: show the demo case "as of" a day);
- `reset()` gives the real clock back.

`$RUNDBORD_TODAY` is read once, when this module is first imported, so a
child process started by a test (a live view, a crash test) sees the same
day as its parent: a date (`2026-11-23`) sets the day, a date and time
(`2026-11-23T09:30:00`) freezes the clock.
"""
from __future__ import annotations

import os
from datetime import date, datetime, timedelta

ENV_TODAY = "RUNDBORD_TODAY"

_frozen: datetime | None = None
"""The moment `now()` returns, when frozen."""
_shift: timedelta = timedelta(0)
"""Added to the system clock when the day is set but time runs."""


def _system_now() -> datetime:
    return datetime.now()  # the one read of the system clock


def now() -> datetime:
    """The current local time, to the second."""
    if _frozen is not None:
        return _frozen
    return (_system_now() + _shift).replace(microsecond=0)


def today() -> date:
    """The current local date."""
    return now().date()


def fix(at: datetime | date | None) -> None:
    """Freeze the clock at `at` (a date means 09:00 that day); None: the real clock again."""
    global _frozen, _shift
    _shift = timedelta(0)
    if at is None:
        _frozen = None
    elif isinstance(at, datetime):
        _frozen = at.replace(microsecond=0)
    else:
        _frozen = datetime(at.year, at.month, at.day, 9, 0)


def set_today(day: date) -> None:
    """Let the date be `day` while the time of day runs on (the audit log keeps its order)."""
    global _frozen, _shift
    _frozen = None
    real = _system_now()
    _shift = datetime(day.year, day.month, day.day, real.hour, real.minute, real.second) - real.replace(microsecond=0)


def reset() -> None:
    """The real clock again."""
    fix(None)


def parse_setting(text: str) -> datetime | date:
    """`--today` / `$RUNDBORD_TODAY`: an ISO date, or an ISO date and time (ValueError if neither)."""
    text = text.strip()
    if "T" in text or " " in text:
        return datetime.fromisoformat(text)
    return date.fromisoformat(text)


def apply_setting(text: str) -> None:
    """Set the clock from a `--today` value (see `parse_setting`)."""
    value = parse_setting(text)
    if isinstance(value, datetime):
        fix(value)
    else:
        set_today(value)


def setting() -> str | None:
    """The clock as a `$RUNDBORD_TODAY` value a child process can be given (None: the real clock)."""
    if _frozen is not None:
        return _frozen.isoformat(timespec="seconds")
    if _shift:
        return today().isoformat()
    return None


def _from_environment() -> None:
    value = os.environ.get(ENV_TODAY, "").strip()
    if not value:
        return
    try:
        apply_setting(value)
    except ValueError:
        pass  # the command line reports a bad value; a bad environment must not stop an import


_from_environment()

__all__ = ["ENV_TODAY", "apply_setting", "fix", "now", "parse_setting", "reset", "set_today", "setting", "today"]
