"""Who looked at a citizen's data: one row in the audit chain per look.

GDPR art. 15 (as the EU Court of Justice read it in C-579/21) gives the
citizen the right to know who consulted their data, when and why. Every place
that shows or hands out a citizen's plan calls `Store.log_access`, the one
method that writes such a row:

- the facilitator's app when a plan is opened (`plan_opened`);
- the shared screen (`rundbord view`, the browser view of `rundbord serve`,
  the mirror `v`) when it starts and stops showing a citizen
  (`live_start` / `live_end`);
- every export (`export`): minutes, plan or the log extract, with the
  audience, the format and the file it went to (or "skærmen" for stdout).

Each row has the user (the OS user or `--user`) and, where one was given, a
purpose. The rows are part of the keyed, append-only chain like every change;
`export log` lists them in their own section.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .chain import ACCESS_TABLE
from .enums import AuditAction
from .errors import InputError
from .messages import msg
from .textrules import CPR_MESSAGE, looks_like_cpr

PURPOSE_MAX = 500
"""The longest purpose kept (characters)."""


class AccessEvent(StrEnum):
    PLAN_OPENED = "plan_opened"
    LIVE_START = "live_start"
    LIVE_END = "live_end"
    EXPORT = "export"


class Channel(StrEnum):
    """Where the look happened."""

    APP = "app"
    VIEW = "view"
    SERVE = "serve"
    MIRROR = "mirror"
    CLI = "cli"


EVENT_DA: dict[str, str] = {
    AccessEvent.PLAN_OPENED: "Planen åbnet",
    AccessEvent.LIVE_START: "Vist på fælles skærm (start)",
    AccessEvent.LIVE_END: "Vist på fælles skærm (slut)",
    AccessEvent.EXPORT: "Eksporteret",
}
CHANNEL_DA: dict[str, str] = {
    Channel.APP: "facilitatorens app",
    Channel.VIEW: "fælles skærm (rundbord view)",
    Channel.SERVE: "fælles skærm i en browser (rundbord serve)",
    Channel.MIRROR: "spejling på facilitatorens skærm",
    Channel.CLI: "kommandolinjen",
}
KIND_DA: dict[str, str] = {
    "minutes": "referat",
    "plan": "plan",
    "log": "udtræk af ændringsloggen",
    "calendar": "kalenderfil",
    "mail": "mailudkast",
    "fhir": "FHIR",
}
EVENT_EN: dict[str, str] = {
    AccessEvent.PLAN_OPENED: "Plan opened",
    AccessEvent.LIVE_START: "Shown on the shared screen (start)",
    AccessEvent.LIVE_END: "Shown on the shared screen (end)",
    AccessEvent.EXPORT: "Exported",
}
CHANNEL_EN: dict[str, str] = {
    Channel.APP: "the facilitator's app",
    Channel.VIEW: "shared screen (rundbord view)",
    Channel.SERVE: "shared screen in a browser (rundbord serve)",
    Channel.MIRROR: "mirrored on the facilitator's screen",
    Channel.CLI: "the command line",
}
KIND_EN: dict[str, str] = {
    "minutes": "minutes",
    "plan": "plan",
    "log": "extract of the change log",
    "calendar": "calendar file",
    "mail": "mail drafts",
    "fhir": "FHIR",
}
FORMAT_DA: dict[str, str] = {"md": "Markdown", "html": "HTML", "pdf": "PDF", "ics": "iCalendar", "eml": "e-mail (.eml)",
                             "json": "FHIR JSON"}


@dataclass(frozen=True)
class Access:
    """One logged look at a citizen's data."""

    at: datetime
    user: str
    event: str
    citizen_id: int | None
    details: dict[str, Any]

    def detail(self, name: str) -> str:
        value = self.details.get(name)
        return "" if value is None else str(value)


def check_purpose(purpose: str | None) -> str:
    """The purpose as stored ("" for none), or InputError in Danish."""
    text = (purpose or "").strip()
    if len(text) > PURPOSE_MAX:
        raise InputError("purpose", msg("purpose.too_long", n=PURPOSE_MAX))
    if looks_like_cpr(text):
        raise InputError("purpose", CPR_MESSAGE)
    return text


if TYPE_CHECKING:
    from .reader import RowReader


class AccessUseCases:
    """Mixed into `Store` and `ExportStore` (store/export_store.py): logging and reading who looked. Needs
    only a reader (no models), so a command that only reads logs its look without pydantic."""

    if TYPE_CHECKING:
        @property
        def db(self) -> RowReader:
            """`Database` in the full store, a plain `RowReader` in `ExportStore`."""

    def log_access(
        self,
        event: AccessEvent | str,
        citizen_id: int | None,
        *,
        channel: Channel | str = "",
        kind: str = "",
        meeting_id: int | None = None,
        audience: str = "",
        format: str = "",
        destination: str = "",
        purpose: str | None = None,
    ) -> None:
        """Log one look at `citizen_id`'s data (one row in the audit chain, its own transaction).

        Raises InputError for a purpose with a CPR number, ReadOnlyDatabase when
        the file cannot be written (nothing is logged then).
        """
        if citizen_id is None and meeting_id is not None:
            from .row_types import Meeting

            citizen_id = self.db.citizen_of(self.db.get(Meeting, meeting_id))
        details = {
            "channel": str(channel), "kind": kind, "meeting_id": meeting_id, "audience": str(audience),
            "format": format, "destination": destination, "purpose": check_purpose(purpose),
        }
        text = json.dumps({k: v for k, v in details.items() if v not in ("", None)}, ensure_ascii=False,
                          sort_keys=True)
        self.db.append_access(citizen_id or 0, AccessEvent(event).value, text, citizen_id)

    def access_log(self, citizen_id: int) -> list[Access]:
        """Every logged look at the citizen's data, oldest first."""
        rows = self.db.query(
            'SELECT at, "user", field, citizen_id, new_value FROM audit_log '
            "WHERE citizen_id = ? AND action = ? AND table_name = ? ORDER BY id",
            (citizen_id, AuditAction.ACCESS.value, ACCESS_TABLE),
        )
        out: list[Access] = []
        for r in rows:
            try:
                details = json.loads(r["new_value"] or "{}")
            except ValueError:
                details = {"raw": r["new_value"]}
            if not isinstance(details, dict):
                details = {"raw": str(details)}
            out.append(Access(datetime.fromisoformat(r["at"]), str(r["user"]), str(r["field"]),
                              r["citizen_id"], details))
        return out


UNENDED_DA = "ingen slut registreret: visningen kører stadig, eller den blev afbrudt (lukket uden at kunne skrive det)"
UNENDED_EN = "no end recorded: the view is still running, or it was interrupted (closed without being able to write it)"


def unended(looks: list[Access]) -> set[int]:
    """Indexes of the shared-screen starts with no end logged after them.

    A view that is killed (or whose machine loses power) cannot log its end;
    the extract says so rather than leaving the reader to guess. An end
    closes the oldest open start of the same user and channel.
    """
    open_starts: dict[tuple[str, str], list[int]] = {}
    for i, look in enumerate(looks):
        key = (look.user, look.detail("channel"))
        if look.event == AccessEvent.LIVE_START:
            open_starts.setdefault(key, []).append(i)
        elif look.event == AccessEvent.LIVE_END and open_starts.get(key):
            open_starts[key].pop(0)
    return {i for starts in open_starts.values() for i in starts}


def describe(access: Access, lang: str = "da") -> tuple[str, str]:
    """(what, details) of one look, in `lang`'s words (user text not yet escaped)."""
    en = lang == "en"
    what = (EVENT_EN if en else EVENT_DA).get(access.event, access.event)
    kind = access.detail("kind")
    if access.event == AccessEvent.EXPORT and kind:
        what = f"{what}: {(KIND_EN if en else KIND_DA).get(kind, kind)}"
    meeting = access.detail("meeting_id")
    if meeting:
        what += f" (meeting no. {meeting})" if en else f" (møde nr. {meeting})"
    parts: list[str] = []
    channel = access.detail("channel")
    if channel:
        parts.append((CHANNEL_EN if en else CHANNEL_DA).get(channel, channel))
    audience = access.detail("audience")
    if audience:
        from .vocabulary import WORDS, word

        key = f"audience.{audience}"
        said = word(key, lang).lower() if key in WORDS else audience
        parts.append(f"to the {said}" if en else f"til {said}")
    fmt = access.detail("format")
    if fmt:
        parts.append(FORMAT_DA.get(fmt, fmt))  # the formats' names are the same in both languages
    destination = access.detail("destination")
    if destination:
        if destination == "-":
            parts.append("to standard output (no file)" if en else "til standard-output (ingen fil)")
        else:
            parts.append(f"file: {destination}" if en else f"fil: {destination}")
    raw = access.detail("raw")
    if raw:
        parts.append(raw)
    return what, " · ".join(parts)
