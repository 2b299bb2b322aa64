"""One way out for every export (the documents' half: deliver.py adds calendars, mail and FHIR): what to make, making it, writing it (0600) and logging it.

The command line (`rundbord export ...`) and the app's export dialog both go
through here, so a file made from the app is byte for byte the one the
command makes, and both are written and logged the same way:

1. `ExportRequest`: what (minutes, plan, calendar, mail drafts, FHIR), of
   which meeting, citizen or participant, for which audience, in which format;
2. `Store.prepare_export(request)` reads the database (the calling thread,
   which owns the connection) and returns `PreparedExport`: one or more
   `ExportFile`s whose `render()` is pure (no database), so the slow part
   (WeasyPrint's PDF, validating FHIR) can run in a worker thread;
3. `Store.deliver(prepared, destination, rendered)` writes each file through
   a 0600 temporary file renamed into place (or the bytes to a stream, the
   command line's stdout) and logs each file as an access (`_log_delivery`,
   through `Store.log_access`: kind, audience, format, destination, purpose).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..clock import now
from ..enums import Audience
from ..errors import InputError, NotFound, StoreError
from ..files import file_slug as slug
from ..files import private_folder_problem, save_bytes
from ..messages import msg
from ..row_types import Citizen, Meeting, Participant
from ..vocabulary import word
from .documents import DocumentExports
from .phrases import Say
from .visibility import to_audience

if TYPE_CHECKING:
    from ..access import AccessEvent, Channel

KINDS = ("minutes", "plan", "calendar", "mail", "fhir")
FORMATS: dict[str, tuple[str, ...]] = {
    "minutes": ("md", "html", "pdf"),
    "plan": ("md", "html", "pdf"),
    "calendar": ("ics",),
    "mail": ("eml",),
    "fhir": ("json",),
}
"""The formats of each kind, the first the default."""
WHAT_DA = {"minutes": "Referatet", "plan": "Planen", "calendar": "Kalenderfilen", "mail": "Mailudkastene",
           "fhir": "FHIR-filen"}
WHAT_EN = {"minutes": "The minutes", "plan": "The plan", "calendar": "The calendar file",
           "mail": "The mail drafts", "fhir": "The FHIR file"}


@dataclass(frozen=True)
class ExportRequest:
    """What to export. `subject_id` is a meeting (minutes, mail), a citizen (plan, FHIR, a citizen's
    calendar) or a participant (`for_participant`: that person's calendar across plans)."""

    kind: str
    subject_id: int
    audience: Audience = Audience.AUTHORITY
    format: str = ""
    for_participant: bool = False
    lang: str = "da"
    """The language of the document and of the notes to the person exporting: "da" or "en" (a closed
    meeting's minutes stay the frozen Danish text: `ExportUseCases.minutes_language`)."""

    @property
    def fmt(self) -> str:
        return self.format or FORMATS[self.kind][0]


@dataclass
class ExportFile:
    """One file to write: its suggested name, who it is for, and how to make its bytes (pure)."""

    name: str
    render: Callable[[], bytes]
    citizen_id: int | None
    audience: str = ""
    meeting_id: int | None = None
    recipient: str = ""
    """A mail draft's addressee (name), for the person exporting."""


@dataclass
class PreparedExport:
    request: ExportRequest
    files: list[ExportFile] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Sentences for the person exporting (in the request's language): what was left out, who got no mail."""
    warnings: list[str] = field(default_factory=list)
    """Sentences when a file was written but its access could not be logged."""

    @property
    def what(self) -> str:
        return (WHAT_EN if self.request.lang == "en" else WHAT_DA)[self.request.kind]

    @property
    def many(self) -> bool:
        """Written into a folder (mail drafts), not one file."""
        return self.request.kind == "mail"


class DocumentDelivery(DocumentExports):
    """Mixed into `Store` (through `DeliveryUseCases`, deliver.py) and `ExportStore`: the one path every
    export takes (see the module's docstring); this half makes the minutes and the plan."""

    if TYPE_CHECKING:
        def log_access(self, event: AccessEvent | str, citizen_id: int | None, *, channel: Channel | str = "",
                       kind: str = "", meeting_id: int | None = None, audience: str = "", format: str = "",
                       destination: str = "", purpose: str | None = None) -> None:
            """`AccessUseCases.log_access` (access.py), in both stores."""

    def prepare_export(self, request: ExportRequest) -> PreparedExport:
        """Read what the export needs; InputError/NotFound in Danish for a bad request."""
        kind, fmt, lang = request.kind, request.fmt, request.lang
        say = Say(lang)
        if kind not in FORMATS:
            raise InputError("kind", msg("export.unknown_kind", kind=kind, kinds=", ".join(KINDS)))
        if fmt not in FORMATS[kind]:
            raise InputError("format", msg("export.bad_format", kind=kind, fmt=fmt, formats=", ".join(FORMATS[kind])))
        aud = to_audience(request.audience)
        out = PreparedExport(request)
        sid = request.subject_id
        if kind == "minutes":
            meeting = self._meeting(sid)
            cid = self.db.citizen_of(meeting)
            name = self.export_name(request)
            if self.minutes_language(sid, aud, lang) != lang:
                out.notes.append(say("Mødet er afsluttet: referatet er den låste kopi, som den blev skrevet, "
                                     "og eksporteres på dansk."))
            if fmt == "md":
                text = self.minutes_markdown(sid, aud, lang)
                out.files.append(ExportFile(name, _encoded(text), cid, aud.value, sid))
            else:
                html = self.minutes_html(sid, aud, lang=lang)
                render = _encoded(html) if fmt == "html" else _printed(html)
                out.files.append(ExportFile(name, render, cid, aud.value, sid))
        elif kind == "plan":
            self._citizen(sid)
            name = self.export_name(request)
            if fmt == "md":
                out.files.append(ExportFile(name, _encoded(self.plan_markdown(sid, aud, lang=lang)), sid, aud.value))
            else:
                from .html import markdown_to_html
                from .plan import plan_title, render_plan

                data = self.plan_data(sid, lang=lang)
                title = plan_title(data, aud, lang)
                printed = say("{date} kl. {time}", date=f"{now():%d-%m-%Y}", time=f"{now():%H:%M}")
                html = markdown_to_html(render_plan(data, aud, lang), title, lang=lang,
                                        footer=[say("{title} · Til: {audience}", title=title,
                                                    audience=word(f"audience.{aud.value}", lang)),
                                                say("Udskrevet {when}", when=printed)])
                render = _encoded(html) if fmt == "html" else _printed(html)
                out.files.append(ExportFile(name, render, sid, aud.value))
        else:
            self._prepare_more(request, out)
        return out

    def _prepare_more(self, request: ExportRequest, out: PreparedExport) -> None:
        """The kinds beyond the documents (calendar, mail drafts, FHIR): `DeliveryUseCases` (deliver.py)
        in the full store; `ExportStore` makes only the minutes and the plan."""
        raise InputError("kind", msg("export.unknown_kind", kind=request.kind, kinds="minutes, plan"))

    def deliver(self, prepared: PreparedExport, destination: Path | BinaryIO,
                rendered: Sequence[bytes] | None = None, *, channel: str = "cli",
                purpose: str | None = None) -> list[Path]:
        """Write the export (`render()` each file unless `rendered` is given) and log it.

        `destination`: a file (one file), a folder (mail drafts: made 0700 if
        missing), or a binary stream (one file, e.g. stdout). Returns the paths
        written. InputError in Danish when the destination cannot take it;
        nothing is logged for a file that was not written. A file written whose
        access cannot be logged (a file others hold locked) gets a warning in
        `prepared.warnings`; the file stays.
        """
        data = list(rendered) if rendered is not None else [f.render() for f in prepared.files]
        written: list[Path] = []
        if not isinstance(destination, Path):
            if len(prepared.files) != 1:
                raise InputError("output", msg("export.mail_needs_folder"))
            destination.write(data[0])
            destination.flush()
            self._log_delivery(prepared, prepared.files[0], "-", channel, purpose)
            return written
        if prepared.many:
            if not prepared.files:
                return written  # nobody to write to: no empty folder either
            problem = private_folder_problem(destination)
            if problem:
                raise InputError("output", problem)
            targets = [destination / f.name for f in prepared.files]
        else:
            if len(prepared.files) != 1:
                raise InputError("output", msg("export.no_file"))
            targets = [destination]
        for f, target, payload in zip(prepared.files, targets, data):
            problem = save_bytes(target, payload)
            if problem:
                raise InputError("output", problem)
            path = target.resolve()
            written.append(path)
            self._log_delivery(prepared, f, str(path), channel, purpose)
        return written

    def _log_delivery(self, prepared: PreparedExport, f: ExportFile, destination: str, channel: str,
                      purpose: str | None) -> None:
        """Log one exported file as an access (who looked: kind, audience, format, destination, purpose).

        The one place every export is logged, from the command line and the app alike.
        """
        from ..access import AccessEvent

        try:
            self.log_access(AccessEvent.EXPORT, f.citizen_id, channel=channel, kind=prepared.request.kind,
                             meeting_id=f.meeting_id, audience=f.audience, format=prepared.request.fmt,
                             destination=destination, purpose=purpose)
        except StoreError as exc:
            say = Say(prepared.request.lang)
            prepared.warnings.append(say("eksporten kunne ikke skrives i loggen over, hvem der har set "
                                         "oplysningerne: {reason}", reason=exc.text(say.lang)))

    def default_export_name(self, prepared: PreparedExport) -> str:
        """The file name (or, for mail drafts, the folder name) an export suggests."""
        return self.export_name(prepared.request)

    def export_name(self, request: ExportRequest) -> str:
        """The name an export suggests for its file (mail drafts: for their folder), without reading much."""
        sid, aud, fmt = request.subject_id, to_audience(request.audience).value, request.fmt
        if request.kind == "minutes":
            return f"referat-{sid}-{aud}.{fmt}"
        if request.kind == "plan":
            return f"plan-{sid}-{aud}.{fmt}"
        if request.kind == "calendar":
            if request.for_participant:
                person = self.db.find(Participant, sid)
                return f"kalender-{slug(person.name) if person else 'deltager'}-{sid}.ics"
            return f"kalender-borger-{sid}.ics"
        if request.kind == "mail":
            return f"mailudkast-moede-{sid}"
        return f"fhir-borger-{sid}-{aud}.json"

    def _meeting(self, meeting_id: int) -> Meeting:
        found = self.db.find(Meeting, meeting_id)
        if found is None:
            raise NotFound(msg("not_found.meeting", n=meeting_id))
        return found

    def _citizen(self, citizen_id: int) -> Citizen:
        found = self.db.find(Citizen, citizen_id)
        if found is None:
            raise NotFound(msg("not_found.citizen", n=citizen_id))
        return found


def _encoded(text: str) -> Callable[[], bytes]:
    data = text.encode("utf-8")
    return lambda: data


def _printed(html: str) -> Callable[[], bytes]:
    """The PDF of `html`, made when rendered (`pdf.py` loads, and WeasyPrint with it, only for a PDF)."""
    from .pdf import html_to_pdf

    return partial(html_to_pdf, html)
