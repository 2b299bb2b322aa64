"""One way out for every export: what to make, making it, writing it (0600) and logging it.

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
from typing import BinaryIO, cast

from ..clock import now
from ..enums import Audience
from ..errors import InputError, NotFound, StoreError
from ..messages import msg
from ..vocabulary import word
from ..files import file_slug as slug
from ..files import private_folder_problem, save_bytes
from ..models import Citizen, Meeting, Participant, Plan
from .mail import MailUseCases
from .phrases import Say
from .visibility import audience_for_role, to_audience

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


class DeliveryUseCases(MailUseCases):
    """Mixed into `Store`: the one path every export takes (see the module's docstring)."""

    def prepare_export(self, request: ExportRequest) -> PreparedExport:
        """Read what the export needs; InputError/NotFound in Danish for a bad request."""
        from .fhir import fhir_json, render_fhir, validate_bundle
        from .html import markdown_to_html
        from .pdf import html_to_pdf

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
                render = _encoded(html) if fmt == "html" else partial(html_to_pdf, html)
                out.files.append(ExportFile(name, render, cid, aud.value, sid))
        elif kind == "plan":
            self._citizen(sid)
            name = self.export_name(request)
            if fmt == "md":
                out.files.append(ExportFile(name, _encoded(self.plan_markdown(sid, aud, lang=lang)), sid, aud.value))
            else:
                data = self.plan_data(sid, lang=lang)
                from .plan import plan_title, render_plan

                title = plan_title(data, aud, lang)
                printed = say("{date} kl. {time}", date=f"{now():%d-%m-%Y}", time=f"{now():%H:%M}")
                html = markdown_to_html(render_plan(data, aud, lang), title, lang=lang,
                                        footer=[say("{title} · Til: {audience}", title=title,
                                                    audience=word(f"audience.{aud.value}", lang)),
                                                say("Udskrevet {when}", when=printed)])
                render = _encoded(html) if fmt == "html" else partial(html_to_pdf, html)
                out.files.append(ExportFile(name, render, sid, aud.value))
        elif kind == "calendar":
            stamp = now()
            if request.for_participant:
                person = self.db.find(Participant, sid)
                if person is None:
                    raise NotFound(msg("not_found.participant", n=sid))
                cal = self.participant_calendar(sid, lang=lang)
                plan = self.db.get(Plan, person.plan_id)
                cid = plan.citizen_id
                name = self.export_name(request)
                who = audience_for_role(person.role).value
            else:
                self._citizen(sid)
                cal = self.citizen_calendar(sid, lang=lang)
                cid, name, who = sid, self.export_name(request), Audience.CITIZEN.value
            out.files.append(ExportFile(name, partial(cal.ics, stamp), cid, who))
            out.notes += cal.left_out
            if not cal.events:
                out.notes.append(say("Kalenderfilen har ingen møder eller aftaler."))
        elif kind == "mail":
            meeting = self._meeting(sid)
            cid = self.db.citizen_of(meeting)
            drafts = self.mail_drafts(sid, lang=lang)
            for d in drafts.drafts:
                out.files.append(ExportFile(d.filename, d.eml, cid, d.audience.value, sid,
                                            recipient=d.participant.name))
            out.notes += drafts.skipped
            if not drafts.drafts:
                out.notes.append(say("Ingen af mødets deltagere har en e-mailadresse: der er ingen udkast at skrive."))
        elif kind == "fhir":
            self._citizen(sid)
            bundle = render_fhir(self.plan_data(sid, lang=lang), aud, now(), lang)

            def fhir_bytes(b: dict[str, object] = bundle) -> bytes:
                text = fhir_json(b)
                validate_bundle(text)
                return text.encode("utf-8")

            out.files.append(ExportFile(self.export_name(request), fhir_bytes, sid, aud.value))
        return out

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
        from ..access import AccessEvent, AccessUseCases

        store = cast(AccessUseCases, self)
        try:
            store.log_access(AccessEvent.EXPORT, f.citizen_id, channel=channel, kind=prepared.request.kind,
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

