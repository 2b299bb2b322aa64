"""What every part of a meeting reads: the meeting, its people, the goals and agreements it may show.

`MeetingContext` holds no widgets; the frame keeps one and the parts read
through it. A relatives' meeting (`relatives_only`) shows only what is marked
shared with relatives and is not private: the one place that decides it for the
meeting screen's parts. (The store's review list and the shared screen ask the
store's visibility rule, which also wants a consent in force.)
"""
from __future__ import annotations

from store import Store
from store.catalog import MeetingKind
from store.enums import MeetingStatus, Role
from store.models import Agreement, Goal, Meeting, Observation, Participant

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

    def reload(self) -> Meeting:
        self.meeting = self.store.get_meeting(self.meeting_id)
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
    def shows(self, item: Goal | Agreement | Observation) -> bool:
        """Whether this meeting shows `item`: always, or in a relatives' meeting when shared and not private."""
        return not self.relatives_only or (item.shared_with_relatives and not item.private)

    def goals(self) -> list[Goal]:
        return [g for g in self.store.goals(self.plan_id) if g.status.value != "dropped" and self.shows(g)]

    def visible_agreements(self, agreements: list[Agreement]) -> list[Agreement]:
        return [a for a in agreements if self.shows(a)]
