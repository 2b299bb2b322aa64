"""What every part of a meeting reads: the meeting, its people, the goals and agreements it may show.

`MeetingContext` holds no widgets; the frame keeps one and the parts read
through it. A relatives' meeting (`relatives_only`) shows only what relatives
may see, and asks the store's one visibility rule for it
(`Store.meeting_viewer(...).sees`: marked shared, a consent in force, never
private); the meeting screen has no rule of its own.
"""
from __future__ import annotations

from store import Store
from store.catalog import MeetingKind
from store.enums import Audience, MeetingStatus, Role, Sharing
from store.exports.visibility import Sight, Viewer
from store.models import AgendaItem, Agreement, Goal, Meeting, Note, Observation, Participant
from store.notes import sharing_of

from screens.i18n import t


def short(text: str, width: int = 60) -> str:
    """Text cut to `width` with an ellipsis at a word boundary when it can (never silently)."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space >= width // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


class MeetingContext:
    """One meeting as the meeting screen sees it; `reload()` reads the meeting again."""

    def __init__(self, store: Store, meeting_id: int, *, relatives_only: bool = False) -> None:
        self.store = store
        self.meeting_id = meeting_id
        self.relatives_only = relatives_only
        self.meeting: Meeting = store.get_meeting(meeting_id)
        self.plan_id = self.meeting.plan_id
        self.citizen_id = store.get_plan(self.plan_id).citizen_id
        self.kind: MeetingKind = store.catalog.meeting_kind(self.meeting.kind)
        self.viewer: Viewer = store.meeting_viewer(meeting_id)
        self.relatives: Viewer = store.viewer(self.plan_id, Audience.RELATIVE)

    def reload(self) -> Meeting:
        """Read the meeting again, and the rule's inputs (flags and consents may have changed)."""
        self.meeting = self.store.get_meeting(self.meeting_id)
        self.viewer = self.store.meeting_viewer(self.meeting_id)
        self.relatives = self.store.viewer(self.plan_id, Audience.RELATIVE)
        return self.meeting

    @property
    def closed(self) -> bool:
        return self.meeting.status is MeetingStatus.CLOSED

    # -- people ----------------------------------------------------------------
    def participants(self) -> list[Participant]:
        """Everyone on the plan."""
        return self.store.participants(self.plan_id)

    def present(self) -> list[Participant]:
        """Who takes part in this meeting (everyone on the plan when none were chosen)."""
        return self.store.meeting_participants(self.meeting_id) or self.participants()

    def name_of(self, pid: int | None) -> str:
        p = next((x for x in self.participants() if x.id == pid), None)
        return p.name if p else "?"

    def citizen_participant(self) -> Participant | None:
        return next((p for p in self.participants() if p.role is Role.CITIZEN), None)

    @staticmethod
    def person_label(p: Participant) -> str:
        return f"{p.name} ({t('role.' + p.role.value)})"

    def people_options(self, people: list[Participant]) -> list[tuple[str, str]]:
        return [(self.person_label(p), str(p.id)) for p in people]

    # -- what may be shown ------------------------------------------------------
    def shows(self, item: Goal | Agreement | Observation | Note) -> bool:
        """Whether this meeting shows `item`: always, or in a relatives' meeting what the one rule lets
        relatives see."""
        return not self.relatives_only or self.viewer.sees(item)

    def notes(self) -> list[Note]:
        """The notes written in this meeting that it may show."""
        return [n for n in self.store.notes(self.plan_id, self.meeting_id) if self.shows(n)]

    def sharing_mark(self, item: Note | AgendaItem) -> str:
        """The visible mark of a note or agenda item: private, shared (or shared and waiting for consent);
        internal (the default) has none."""
        level = sharing_of(item)
        if level is Sharing.PRIVATE:
            return t("meet.mark.private")
        if level is Sharing.SHARED:
            seen = self.relatives.sight_notes(item) if isinstance(item, AgendaItem) else self.relatives.sight(item)
            return t("meet.mark.shared") if seen is Sight.SHOWN else t("meet.mark.waiting")
        return ""

    def goals(self) -> list[Goal]:
        return [g for g in self.store.goals(self.plan_id) if g.status.value != "dropped" and self.shows(g)]

    def visible_agreements(self, agreements: list[Agreement]) -> list[Agreement]:
        return [a for a in agreements if self.shows(a)]
