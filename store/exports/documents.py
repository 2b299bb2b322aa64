"""The documents out of the meeting, read without the models: minutes and plan copies per audience.

`DocumentExports` is the reading half of the exports: it needs only a reader of plain rows
(`store/reader.py`) and the catalogue, so the full `Store` (through `ExportUseCases`,
use_cases.py) and the command line's `ExportStore` (store/export_store.py: `rundbord export
minutes` and `export plan` without pydantic) make the same bytes with the same methods.
See use_cases.py for the frozen minutes and the languages.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..catalog import Catalog
from ..clock import today
from ..dates import format_date
from ..enums import Audience, AuditAction, MeetingStatus
from ..frozen import exported_text
from ..frozen import footer as frozen_footer
from ..markdown_safe import inline
from ..row_types import Addendum, Citizen, Consent, ConsentItem, FrozenMinutes, Meeting
from ..vocabulary import word
from .phrases import Say
from .visibility import to_audience

if TYPE_CHECKING:  # loaded when an export is made, not with the store
    from ..reader import RowReader
    from .gather import MeetingData, PlanData


@dataclass(frozen=True)
class Approval:
    """Who approved a meeting's minutes (closed the meeting, which locks them) and when."""

    by: str
    at: datetime


class DocumentExports:
    """Mixed into `Store` (through `ExportUseCases`) and `ExportStore`: the minutes and plan copies."""

    catalog: Catalog
    document_catalog: Catalog

    if TYPE_CHECKING:
        @property
        def db(self) -> RowReader:
            """The rows read (`Database` in the full store, a plain `RowReader` in `ExportStore`)."""

    # -- minutes ---------------------------------------------------------------
    def catalog_in(self, lang: str) -> Catalog:
        """The catalogue's words for a document in `lang` (a municipality's Danish-only entries stay Danish)."""
        return self.document_catalog.in_language(lang)

    def meeting_data(self, meeting_id: int, *, day: date | None = None, lang: str = "da") -> MeetingData:
        """Everything the meeting's minutes show (consents as in force on `day`, default today)."""
        from .gather import gather_meeting

        return gather_meeting(self.db, self.catalog_in(lang), meeting_id, day or today())

    def render_minutes(self, meeting_id: int, audience: Audience | str = Audience.AUTHORITY, lang: str = "da") -> str:
        """A fresh rendering of the minutes from the database in `lang` (never the frozen text)."""
        from .minutes import render_minutes

        return render_minutes(self.meeting_data(meeting_id, lang=lang), to_audience(audience), lang)

    def minutes_language(self, meeting_id: int, audience: Audience | str, lang: str) -> str:
        """The language the minutes are actually in when `lang` is asked: a closed meeting's frozen copy is
        Danish as written (see the module's docstring)."""
        meeting = self.db.get(Meeting, meeting_id)
        if meeting.status is MeetingStatus.CLOSED and self.frozen_minutes(meeting_id, audience) is not None:
            return "da"
        return lang

    def minutes_markdown(self, meeting_id: int, audience: Audience | str = Audience.AUTHORITY,
                         lang: str = "da") -> str:
        """The minutes for `audience`: for a closed meeting exactly the frozen text (Danish, as written, in
        either language), then notices and addenda; otherwise a fresh rendering in `lang`."""
        aud = to_audience(audience)
        meeting = self.db.get(Meeting, meeting_id)
        frozen = self.frozen_minutes(meeting_id, aud)
        if meeting.status is MeetingStatus.CLOSED and frozen is not None:
            return exported_text(frozen) + self._consent_notice(meeting, aud) + self._addenda_markdown(meeting_id, aud)
        return self.render_minutes(meeting_id, aud, lang)

    def minutes_title(self, meeting_id: int, lang: str = "da") -> str:
        """'Referat: Borgermøde 29-10-2026' (the HTML title and the preview's heading)."""
        meeting = self.db.get(Meeting, meeting_id)
        kind = self.catalog_in(lang).meeting_kinds.get(meeting.kind)
        return Say(lang)("Referat: {kind} {date}", kind=kind.name if kind else meeting.kind,
                         date=format_date(meeting.date))

    def minutes_html(self, meeting_id: int, audience: Audience | str = Audience.AUTHORITY, *, preface: str = "",
                     lang: str = "da") -> str:
        """`minutes_markdown` as a small printable HTML document (the one HTML path; the PDF is this HTML).

        After the text: the approval block (who approved the minutes, when, and
        the locked copy's SHA-256); at the foot of every printed page: the
        meeting's number, the audience and that hash. `preface` (Markdown, user
        text escaped) comes before the minutes: a mail draft's own words.
        """
        from .html import markdown_to_html

        aud = to_audience(audience)
        lang = self.minutes_language(meeting_id, aud, lang)
        title = self.minutes_title(meeting_id, lang)
        appendix, footer = self._minutes_furniture(meeting_id, aud, title, Say(lang))
        md = self.minutes_markdown(meeting_id, aud, lang)
        if preface:
            md = preface.rstrip("\n") + "\n\n---\n\n" + md
        return markdown_to_html(md, title, appendix=appendix, footer=footer, lang=lang)

    def minutes_approval(self, meeting_id: int) -> Approval | None:
        """Who closed the meeting (approving and locking its minutes) and when; None while it is open."""
        meeting = self.db.get(Meeting, meeting_id)
        if meeting.status is not MeetingStatus.CLOSED:
            return None
        rows = self.db.query(
            "SELECT \"user\", at FROM audit_log WHERE table_name = 'meeting' AND record_id = ? AND field = 'status' "
            "AND action = ? AND new_value = ? ORDER BY id DESC LIMIT 1",
            (meeting_id, AuditAction.UPDATE.value, MeetingStatus.CLOSED.value),
        )
        if rows:
            return Approval(by=str(rows[0]["user"]), at=datetime.fromisoformat(rows[0]["at"]))
        return Approval(by="", at=meeting.closed_at or datetime.combine(meeting.date, datetime.min.time()))

    def _minutes_furniture(self, meeting_id: int, aud: Audience, title: str, say: Say) -> tuple[str, list[str]]:
        """The approval block (Markdown) and the footer lines of the minutes' HTML and PDF, in `say`'s language
        (Danish for a frozen copy: `minutes_language`)."""
        approval = self.minutes_approval(meeting_id)
        frozen = self.frozen_minutes(meeting_id, aud) if approval is not None else None
        audience = word(f"audience.{aud.value}", say.lang)
        first = say("{title} · Møde nr. {n} · Til: {audience}", title=title, n=meeting_id, audience=audience)
        heading = "## " + say("Godkendelse") + "\n\n"
        if approval is None or frozen is None:
            draft = say("*Udkast:* referatet er ikke godkendt endnu. Det låses og får en kontrolsum, "
                        "når mødet afsluttes.")
            return heading + draft + "\n", [first, say("Udkast: ikke godkendt, ikke låst")]
        when = say("{date} kl. {time}", date=format_date(approval.at.date()), time=f"{approval.at:%H:%M}")
        who = f"**{inline(approval.by)}**, " if approval.by else ""
        appendix = heading + say("Godkendt og låst, da mødet blev afsluttet: {who}{when}.", who=who, when=when) + "\n"
        if not frozen_footer(frozen):  # an older copy: the text itself does not name its checksum
            appendix += (  # only ever Danish: a frozen copy is exported in Danish (`minutes_language`)
                f"\nKontrolsum (SHA-256) for den låste kopi til {audience.lower()}: `{frozen.sha256}`\n\n"
                "Kontrolsummen dækker referatet, som det blev låst; tillæg og bemærkninger efter mødet står "
                "efter det.\n"
            )
        return appendix, [first, say("Låst {when} · SHA-256: {sha}", when=when, sha=frozen.sha256)]

    def frozen_minutes(self, meeting_id: int, audience: Audience | str) -> FrozenMinutes | None:
        aud = to_audience(audience)
        rows = self.db.select(
            FrozenMinutes, "meeting_id = ? AND audience = ?", (meeting_id, aud.value), order_by="id"
        )
        return rows[0] if rows else None

    def _consent_notice(self, meeting: Meeting, aud: Audience) -> str:
        """The relatives' frozen copy says when consent behind it has changed since the meeting closed."""
        if aud is not Audience.RELATIVE or meeting.closed_at is None:
            return ""
        closed = meeting.closed_at
        day = today()
        consents = self.db.select(Consent, "plan_id = ? AND recorded_at <= ?",
                                  (meeting.plan_id, closed.isoformat(timespec="seconds")), order_by="id")
        changes: list[date] = []
        for c in consents:
            if c.withdrawn_at is not None and c.withdrawn_at > closed:
                changes.append(c.withdrawn_at.date())
            elif c.valid_until is not None and closed.date() <= c.valid_until < day:
                changes.append(c.valid_until)
        ids = [c.id for c in consents if c.id is not None]
        if ids:
            marks = ",".join("?" for _ in ids)
            for ci in self.db.select(ConsentItem, f"consent_id IN ({marks}) AND withdrawn_at > ?",
                                     [*ids, closed.isoformat(timespec="seconds")]):
                if ci.withdrawn_at is not None:
                    changes.append(ci.withdrawn_at.date())
        if not changes:
            return ""
        when = ", ".join(format_date(d) for d in sorted(set(changes)))
        return (
            "\n## Samtykke ændret efter mødet\n\n"
            f"Denne kopi er låst, som den var, da mødet blev afsluttet {format_date(closed.date())}. "
            f"Samtykket bag noget af det delte er siden trukket tilbage eller udløbet ({when}). "
            "Nyere kopier og den fælles skærm viser det ikke længere. Del ikke denne kopi videre.\n"
        )

    def _addenda_markdown(self, meeting_id: int, aud: Audience) -> str:
        if aud is Audience.RELATIVE:
            return ""  # addenda carry no sharing: never in the relatives' copy
        out: list[str] = []
        for ad in self.db.select(Addendum, "meeting_id = ?", (meeting_id,), order_by="created_at, id"):
            out.append(f"\n## Tillæg {format_date(ad.created_at.date())}\n\n{inline(ad.text)}\n")
        return "".join(out)

    # -- the plan ----------------------------------------------------------------
    def plan_data(self, citizen_id: int, *, day: date | None = None, lang: str = "da") -> PlanData:
        """Everything the plan copy shows, as of `day` (default: the clock's today), with the catalogue's
        words in `lang`."""
        from .gather import gather_plan

        return gather_plan(self.db, self.catalog_in(lang), citizen_id, day or today())

    def plan_markdown(
        self, citizen_id: int, audience: Audience | str = Audience.AUTHORITY, *, today: date | None = None,
        lang: str = "da",
    ) -> str:
        """The citizen's plan as Markdown for `audience` in `lang`, following its plan type (`exports/plan.py`)."""
        from .plan import render_plan

        return render_plan(self.plan_data(citizen_id, day=today, lang=lang), to_audience(audience), lang)

    def plan_title(self, citizen_id: int, audience: Audience | str = Audience.AUTHORITY, lang: str = "da") -> str:
        """'Indsatsdel: Nanna Kildegaard' (the citizen's copy: 'Din plan: Nanna Kildegaard')."""
        from .gather import latest_plan

        plan = latest_plan(self.db, citizen_id)
        name = self.db.get(Citizen, citizen_id).name
        say = Say(lang)
        if to_audience(audience) is Audience.CITIZEN:
            return say("Din plan: {name}", name=name)
        return say("{label}: {name}", label=self.catalog_in(lang).plan_type(plan.plan_type).label("plan", "Plan"),
                   name=name)

    def plan_html(
        self, citizen_id: int, audience: Audience | str = Audience.AUTHORITY, *, today: date | None = None,
        lang: str = "da",
    ) -> str:
        """The plan copy as a small printable HTML document (the one HTML path)."""
        from .html import markdown_to_html
        from .plan import plan_title, render_plan

        data = self.plan_data(citizen_id, day=today, lang=lang)
        aud = to_audience(audience)
        return markdown_to_html(render_plan(data, aud, lang), plan_title(data, aud, lang), lang=lang)
