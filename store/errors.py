"""The store's exceptions. Every message meant for a person is Danish.

`InputError` carries the field it concerns so a screen can show the message
next to that field. `from_pydantic` turns a pydantic ValidationError into one.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

if TYPE_CHECKING:
    from .models import Record


class StoreError(Exception):
    """Base for everything the store raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(StoreError):
    """Bad input: nothing was written. `field` names the model field (or "")."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def __str__(self) -> str:
        return self.message


class NotFound(StoreError):
    """A record that should exist does not."""


class ClosedMeetingError(StoreError):
    """An attempt to change a closed meeting (corrections go in an addendum)."""


class StoreBusy(StoreError):
    """The database stayed locked for longer than the busy timeout."""


class DatabaseProblem(StoreError):
    """The file cannot be opened as a Rundbord database (missing, corrupt, newer)."""


class NotRundbordFile(DatabaseProblem):
    """A zero-byte file, random bytes or another program's SQLite file."""


class OlderSchema(DatabaseProblem):
    """A file from an older Rundbord: only the app (or `rundbord upgrade`) upgrades it."""


class ReadOnlyDatabase(StoreError):
    """A change was asked of a file opened read-only (or that cannot be written): nothing was written."""


class DiskFull(StoreError):
    """The disk (or the file's size limit) is full: the transaction was rolled back, nothing was written."""


class WriteFailed(StoreError):
    """The file could not be written (an I/O error): nothing was written."""


class DatabaseUnavailable(StoreError):
    """The database server cannot be reached or refused the statement (PostgreSQL): nothing was written."""


class EditConflict(StoreError):
    """A save from a form opened on an older version of the record: someone else saved it in between.

    Nothing was written. `current` is the record as it is now (their change), `mine`
    the fields this save would have changed; `changed_by` and `changed_at` say who
    made the latest change, and when. A form shows both values and lets the person
    take theirs or write their own on top (saving again with `current.version`).
    """

    def __init__(self, current: Record, expected_version: int, changed_by: str, changed_at: datetime | None,
                 mine: dict[str, Any]) -> None:
        who = changed_by or "en anden"
        when = ""
        if changed_at is not None:
            from .clock import today

            when = f" kl. {changed_at:%H:%M}"
            if changed_at.date() != today():
                when = f" den {changed_at:%d-%m-%Y}{when}"
        self.headline = f"Ændret af {who}{when}, mens du skrev"
        """"Ændret af NN kl. HH:MM, mens du skrev" (the first sentence of the message)."""
        super().__init__(
            f"{self.headline}. Intet er gemt: vælg at tage den andens ændring eller at skrive din egen ovenpå."
        )
        self.current = current
        self.expected_version = expected_version
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.mine = mine

    @property
    def theirs(self) -> dict[str, Any]:
        """The fields of `mine` as they are stored now."""
        return {name: getattr(self.current, name) for name in self.mine if name in type(self.current).model_fields}


class FrozenCopyAltered(StoreError):
    """A closed meeting's stored minutes no longer match their checksum."""


READ_ONLY_MESSAGE = "Filen er skrivebeskyttet – du kan se, men ikke ændre."
DISK_FULL_MESSAGE = "Disken er fuld – intet er gemt. Frigør plads, og gem igen; det, du skrev, er bevaret."


_MESSAGES: dict[str, str] = {
    "missing": "Feltet skal udfyldes.",
    "string_too_short": "Feltet må ikke være tomt.",
    "string_too_long": "Teksten er for lang (højst {max_length} tegn).",
    "greater_than_equal": "Værdien skal være mindst {ge}.",
    "less_than_equal": "Værdien må højst være {le}.",
    "greater_than": "Værdien skal være større end {gt}.",
    "less_than": "Værdien skal være mindre end {lt}.",
    "int_parsing": "Skriv et helt tal.",
    "int_type": "Skriv et helt tal.",
    "int_from_float": "Skriv et helt tal.",
    "float_parsing": "Skriv et tal.",
    "bool_parsing": "Vælg ja eller nej.",
    "date_parsing": "Skriv en gyldig dato (dd-mm-åååå).",
    "date_from_datetime_parsing": "Skriv en gyldig dato (dd-mm-åååå).",
    "date_from_datetime_inexact": "Skriv en dato uden klokkeslæt.",
    "date_type": "Skriv en gyldig dato (dd-mm-åååå).",
    "datetime_parsing": "Skriv et gyldigt tidspunkt.",
    "enum": "Vælg en af mulighederne: {expected}.",
    "literal_error": "Vælg en af mulighederne: {expected}.",
    "string_pattern_mismatch": "Teksten har ikke den rigtige form.",
    "string_type": "Skriv en tekst.",
}


def danish_message(err: Any) -> str:
    """One Danish sentence for one pydantic error dict."""
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind in _MESSAGES:
        try:
            return _MESSAGES[kind].format(**ctx)
        except (KeyError, IndexError):
            return _MESSAGES[kind]
    # Our own validators raise PydanticCustomError with a Danish message already.
    msg = str(err.get("msg", ""))
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    return msg or "Ugyldig værdi."


def from_pydantic(exc: ValidationError) -> InputError:
    """The first error of a ValidationError, as an InputError naming its field."""
    err = exc.errors()[0]
    loc = err.get("loc") or ()
    field = str(loc[0]) if loc else ""
    return InputError(field, danish_message(err))


#: What a reader that must survive a vanished or damaged file catches: the
#: store's own errors, SQLite's, and the file system's.
READ_ERRORS: tuple[type[Exception], ...] = (StoreError, sqlite3.Error, OSError)
