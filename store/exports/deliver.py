"""Every export's one way out (`delivery.py`: the request, the minutes and the plan, writing and logging),
with the kinds that need the rest of the store: calendar files, mail drafts and FHIR.
"""
from __future__ import annotations

from functools import partial

from ..clock import now
from ..enums import Audience
from ..errors import NotFound
from ..messages import msg
from ..models import Participant, Plan
from .delivery import (  # noqa: F401 - the export's names, as the screens and commands import them from here
    FORMATS,
    KINDS,
    WHAT_DA,
    WHAT_EN,
    DocumentDelivery,
    ExportFile,
    ExportRequest,
    PreparedExport,
)
from .mail import MailUseCases
from .phrases import Say
from .visibility import audience_for_role, to_audience


class DeliveryUseCases(MailUseCases, DocumentDelivery):
    """Mixed into `Store`: every kind of export (the documents through `DocumentDelivery`)."""

    def _prepare_more(self, request: ExportRequest, out: PreparedExport) -> None:
        """Calendar files, mail drafts and FHIR (the minutes and the plan: `DocumentDelivery`)."""
        kind, lang, sid = request.kind, request.lang, request.subject_id
        say = Say(lang)
        aud = to_audience(request.audience)
        cid: int | None
        if kind == "calendar":
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
            from .fhir import fhir_json, render_fhir, validate_bundle

            self._citizen(sid)
            bundle = render_fhir(self.plan_data(sid, lang=lang), aud, now(), lang)

            def fhir_bytes(b: dict[str, object] = bundle) -> bytes:
                text = fhir_json(b)
                validate_bundle(text)
                return text.encode("utf-8")

            out.files.append(ExportFile(self.export_name(request), fhir_bytes, sid, aud.value))
