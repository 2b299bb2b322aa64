"""Mail drafts with the minutes: one `.eml` per participant with an e-mail address, never sent.

Rundbord never sends mail. `mail_drafts(meeting_id)` makes one draft per
person at the meeting who has an e-mail address, to be opened in the
municipality's own secure mail client (Outlook opens a `.eml` with
`X-Unsent: 1` as a draft to send; the sender is whoever sends it). Each draft:

- is written to that person: their copy of the minutes (the one visibility
  rule: a relative gets the relatives' copy and nothing else; see
  `visibility.audience_for_role`), as plain text and as HTML (the one HTML
  path, with the approval block);
- lists their open agreements and the next meeting in the body;
- carries a calendar file (`.ics`) with the meeting, the next one if they
  come, and their agreements, seen as their copy sees them;
- has a subject without the citizen's name or anything else personal
  ("Referat fra borgermøde den 29. oktober 2026"): subject lines often travel
  unencrypted, even in secure mail.

People without an address are named in `MailDrafts.skipped`, so the
facilitator knows who still needs the minutes another way.

`lang="en"` writes the mail's own words, the subject and the calendar in
English; the minutes in it are English too, except a closed meeting's, which
are the locked Danish copy (`Content-Language: en, da`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..clock import now
from ..danish_order import participant_order
from ..dates import format_date, format_date_long
from ..files import file_slug as slug
from ..enums import AgreementStatus, Audience, MeetingStatus
from ..vocabulary import word
from ..models import Agreement, Meeting, Participant
from ..repeat import describe_repeat
from ..textrules import mask_cpr
from .calendars import CalendarUseCases
from .use_cases import ExportUseCases
from .phrases import Say
from .visibility import audience_for_role

if TYPE_CHECKING:  # the email package is loaded when a draft is made, not with the store
    from email.headerregistry import Address
    from email.message import EmailMessage


_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_OWN_EMPHASIS = re.compile(r"(?<!\\)\*{1,2}")


def markdown_as_text(md: str) -> str:
    """An export's Markdown read as plain text: Rundbord's own emphasis marks dropped, user text unescaped.

    Every `*` Rundbord writes is emphasis (user text has its `*` escaped), so the
    unescaped ones go, then each backslash escape gives back the character typed.
    """
    return _UNESCAPE.sub(r"\1", _OWN_EMPHASIS.sub("", md))


def mail_address(name: str, email: str) -> Address:
    """A To: address; a domain with Danish letters ("æblehaven.dk") in its ASCII (IDNA) form. The name
    is plain text on one line (control characters and line breaks removed, CPR-like numbers masked)."""
    from email.headerregistry import Address

    from ..markdown_safe import clean
    from ..textrules import mask_cpr

    name = mask_cpr(clean(name))
    local, _, domain = email.rpartition("@")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    return Address(display_name=name, username=local, domain=domain)


@dataclass
class MailDraft:
    """One participant's draft."""

    participant: Participant
    audience: Audience
    filename: str
    message: EmailMessage

    def eml(self) -> bytes:
        from email import policy

        data: bytes = self.message.as_bytes(policy=policy.default)
        return data


@dataclass
class MailDrafts:
    drafts: list[MailDraft] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Danish sentences: who gets no draft, and why."""


class MailUseCases(ExportUseCases, CalendarUseCases):
    """Mixed into `Store`: mail drafts for a meeting's participants."""

    def mail_drafts(self, meeting_id: int, *, lang: str = "da") -> MailDrafts:
        """One draft per person at the meeting with an e-mail address (see the module's docstring)."""
        meeting = self.db.get(Meeting, meeting_id)
        assert meeting.id is not None
        ids = [int(r["participant_id"]) for r in self.db.query(
            "SELECT participant_id FROM meeting_participant WHERE meeting_id = ? ORDER BY id", (meeting_id,))]
        people = sorted((self.db.get(Participant, pid) for pid in ids), key=participant_order)
        out = MailDrafts()
        say = Say(lang)
        for n, p in enumerate(people, start=1):
            assert p.id is not None
            if not p.email:
                out.skipped.append(say("{name} ({role}) har ingen e-mailadresse og får ikke et udkast.",
                                       name=mask_cpr(p.name), role=word(f"role.{p.role.value}", lang)))
                continue
            aud = audience_for_role(p.role)
            out.drafts.append(MailDraft(
                participant=p,
                audience=aud,
                filename=f"referat-{meeting_id}-{n:02d}-{slug(mask_cpr(p.name))}.eml",
                message=self._draft(meeting, p, aud, lang),
            ))
        return out

    def mail_subject(self, meeting_id: int, lang: str = "da") -> str:
        """'Referat fra borgermøde den 29. oktober 2026': nothing personal (subjects travel unencrypted)."""
        meeting = self.db.get(Meeting, meeting_id)
        kind = self.catalog_in(lang).meeting_kinds.get(meeting.kind)
        name = kind.name if kind else meeting.kind
        return Say(lang)("Referat fra {kind} den {date}", kind=name[:1].lower() + name[1:],
                         date=format_date_long(meeting.date, lang))

    def _draft(self, meeting: Meeting, p: Participant, aud: Audience, lang: str = "da") -> EmailMessage:
        from email.message import EmailMessage
        from email.utils import format_datetime
        from zoneinfo import ZoneInfo

        from .ics import TZID

        assert meeting.id is not None and p.id is not None
        minutes_md = self.minutes_markdown(meeting.id, aud, lang)
        cal = self.meeting_calendar(meeting.id, p.id, lang=lang)
        stamp = now()
        preface = self._preface(meeting, p, aud, has_calendar=bool(cal.events), lang=lang)
        html = self.minutes_html(meeting.id, aud, preface=preface, lang=lang)
        minutes_lang = self.minutes_language(meeting.id, aud, lang)
        text = markdown_as_text(preface) + "\n" + "-" * 60 + "\n\n" + markdown_as_text(minutes_md)

        msg = EmailMessage()
        msg["To"] = mail_address(p.name, p.email)
        msg["Subject"] = self.mail_subject(meeting.id, lang)
        msg["Date"] = format_datetime(stamp.replace(tzinfo=ZoneInfo(TZID)))
        msg["Message-ID"] = f"<referat-{meeting.id}-{p.id}-{stamp:%Y%m%d%H%M%S}@rundbord.invalid>"
        msg["X-Unsent"] = "1"  # Outlook: open as a draft to send
        msg["X-Rundbord-Audience"] = aud.value
        msg.set_content(text, cte="quoted-printable")
        msg.add_alternative(html, subtype="html", cte="quoted-printable")
        if cal.events:
            msg.add_attachment(cal.ics(stamp), maintype="text", subtype="calendar", filename=f"moede-{meeting.id}.ics",
                               params={"method": "PUBLISH", "charset": "utf-8"})
        # After the parts: `set_content` drops a Content-* header set before it.
        msg["Content-Language"] = lang if minutes_lang == lang else f"{lang}, {minutes_lang}"
        return msg

    def _preface(self, meeting: Meeting, p: Participant, aud: Audience, *, has_calendar: bool,
                 lang: str = "da") -> str:
        """The mail's own words before the minutes (Markdown, user text escaped), in `lang`."""
        from ..markdown_safe import inline
        from .minutes import viewer_of

        assert meeting.id is not None
        say = Say(lang)
        data = self.meeting_data(meeting.id, lang=lang)
        vis = viewer_of(data, aud)
        kind = data.kind_name
        when = format_date_long(meeting.date, lang) + (say(", kl. {time}", time=meeting.time) if meeting.time else "")
        state = ("" if meeting.status is MeetingStatus.CLOSED
                 else say(" Mødet er ikke afsluttet endnu: referatet er et udkast."))
        lines = [say("Kære {name}", name=inline(p.name)), "",
                 say("Her er referatet fra {kind} den {when}.", kind=inline(kind[:1].lower() + kind[1:]),
                     when=when) + state, ""]
        if self.minutes_language(meeting.id, aud, lang) != lang:
            lines += [say("Mødet er afsluttet: referatet er den låste kopi, som den blev skrevet, "
                          "og eksporteres på dansk."), ""]
        if aud is not Audience.CITIZEN:
            lines += [say("Referatet er kopien til {audience}.",
                          audience=word(f"audience.{aud.value}", lang).lower()), ""]
        mine = [a for a in self.db.select(Agreement, "plan_id = ? AND who_id = ? AND status = ?",
                                          (meeting.plan_id, p.id, AgreementStatus.OPEN.value),
                                          order_by="position, id") if vis.sees(a)]
        if mine:
            lines += [say("Dine aftaler:"), ""]
            for a in mine:
                due = (f" ({describe_repeat(a.repeat, lang)})" if a.repeat
                       else say(" (senest {date})", date=format_date(a.due_date)) if a.due_date else "")
                lines.append(f"- {inline(a.what)}{due}")
            lines.append("")
        nxt = data.next_meeting
        if nxt is not None:
            at = say(", kl. {time}", time=nxt.time) if nxt.time else ""
            place = f", {inline(nxt.place)}" if nxt.place.strip() else ""
            lines += [say("Næste møde: {kind} den {date}{at}{place}.", kind=inline(data.next_kind_name),
                          date=format_date_long(nxt.date, lang), at=at, place=place), ""]
        if has_calendar:
            lines += [say("Kalenderfilen i mailen har mødet og dine aftaler: "
                          "åbn den for at lægge dem i din kalender."), ""]
        lines += [say("Referatet står herunder."), ""]
        return "\n".join(lines) + "\n"
