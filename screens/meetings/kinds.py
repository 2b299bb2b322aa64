"""One screen per meeting kind, and `MeetingScreen` which picks it from the kind's `screen` field.

The kinds differ in their agenda (data: store/data/meeting_kinds.json), the
guide line, and — for relatives — what may be shown at all.
"""
from __future__ import annotations

from store import Store

from .frame import MeetingFrame


class CitizenMeetingScreen(MeetingFrame):
    """Borgermøde: the four-step scaling per goal, agreements that move one step."""

    GUIDE = "meet.guide.citizen"


class AuthorityMeetingScreen(MeetingFrame):
    """Myndighedsmøde: the order, the plan held against its plan type's required parts."""

    GUIDE = "meet.guide.authority"


class DayServiceMeetingScreen(MeetingFrame):
    """Dagtilbudsmøde: SMTTE per goal, observations since last time, PDSA."""

    GUIDE = "meet.guide.day_service"


class RelativeMeetingScreen(MeetingFrame):
    """Pårørendemøde: only what the citizen shares with relatives is shown."""

    GUIDE = "meet.guide.relative"
    RELATIVES_ONLY = True


class NetworkMeetingScreen(MeetingFrame):
    """Netværksmøde / rehabiliteringsteam: draws on every panel by the agenda item's part."""

    GUIDE = "meet.guide.network"


SCREENS: dict[str, type[MeetingFrame]] = {
    "citizen": CitizenMeetingScreen,
    "authority": AuthorityMeetingScreen,
    "day_service": DayServiceMeetingScreen,
    "relative": RelativeMeetingScreen,
    "network": NetworkMeetingScreen,
}


def MeetingScreen(store: Store, meeting_id: int) -> MeetingFrame:  # noqa: N802 - reads like a class
    """The screen for this meeting's kind (unknown screen names fall back to the network screen)."""
    kind = store.catalog.meeting_kind(store.get_meeting(meeting_id).kind)
    return SCREENS.get(kind.screen, NetworkMeetingScreen)(store, meeting_id)
