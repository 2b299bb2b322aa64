"""The store's exceptions. Every message meant for a person is Danish, and English where keyed.

An error raised with a `messages.Message` (a key and its values) can be said
in either language: `.message` is the Danish text, `.text(lang)` the text in
`lang` (surfaces use `messages.said(exc, lang)`). `InputError` carries the
field it concerns so a screen can show the message next to that field.
`from_pydantic` turns a pydantic ValidationError into one, keyed by the
error's type, so validation messages come in both languages too.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .messages import MESSAGES, Message, msg

if TYPE_CHECKING:
    from pydantic import ValidationError  # only to type `from_pydantic`: pydantic loads with the models
    from .models import Record

_KEY_OF_DANISH = {da: key for key, (da, _en) in MESSAGES.items() if "{" not in da}
"""A fixed Danish sentence (no values) -> its key, so one raised as plain text is said in English too."""


class StoreError(Exception):
    """Base for everything the store raises on purpose."""

    def __init__(self, message: str | Message) -> None:
        if isinstance(message, str) and message in _KEY_OF_DANISH:  # a fixed sentence raised as text
            message = Message(_KEY_OF_DANISH[message])
        self.said: Message | None = message if isinstance(message, Message) else None
        """The message by key, when raised with one (then it can be said in English too)."""
        text = str(message)
        super().__init__(text)
        self.message = text
        """The Danish text."""

    def text(self, lang: str = "da") -> str:
        """The message in `lang` ("da" or "en"); a message raised as plain text stays as written."""
        return self.said.text(lang) if self.said is not None else self.message


class InputError(StoreError):
    """Bad input: nothing was written. `field` names the model field (or "")."""

    def __init__(self, field: str, message: str | Message) -> None:
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
        who: str | Message = changed_by or msg("conflict.someone")
        when: str | Message = ""
        if changed_at is not None:
            from .clock import today

            when = msg("conflict.at", time=f"{changed_at:%H:%M}")
            if changed_at.date() != today():
                when = msg("conflict.on", date=f"{changed_at:%d-%m-%Y}", at=when)
        self.said_headline = msg("conflict.headline", who=who, when=when)
        self.headline = self.said_headline.text("da")
        """"Ændret af NN kl. HH:MM, mens du skrev" (the first sentence of the message; `said_headline` in
        either language)."""
        super().__init__(msg("conflict", headline=self.said_headline))
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


READ_ONLY_MESSAGE = MESSAGES["read_only"][0]
DISK_FULL_MESSAGE = MESSAGES["disk_full"][0]


def pydantic_message(err: Any) -> str | Message:
    """One message for one pydantic error dict: by its type (pydantic's own and our validators'), in both
    languages; an unknown type's own text (Danish: our validators write Danish) as a last resort."""
    kind = err.get("type", "")
    if kind in MESSAGES:
        return Message(kind, dict(err.get("ctx") or {}))
    text = str(err.get("msg", ""))
    if text.startswith("Value error, "):
        text = text[len("Value error, "):]
    return text or msg("value_error")


def danish_message(err: Any) -> str:
    """One Danish sentence for one pydantic error dict."""
    return str(pydantic_message(err))


def from_pydantic(exc: ValidationError) -> InputError:
    """The first error of a ValidationError, as an InputError naming its field."""
    err = exc.errors()[0]
    loc = err.get("loc") or ()
    field = str(loc[0]) if loc else ""
    return InputError(field, pydantic_message(err))


#: What a reader that must survive a vanished or damaged file catches: the
#: store's own errors, SQLite's, and the file system's.
READ_ERRORS: tuple[type[Exception], ...] = (StoreError, sqlite3.Error, OSError)
