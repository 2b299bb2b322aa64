"""The meeting screens: the plan's meetings, and one screen per meeting kind.

Rooms: `list.py` (the plan's meetings: plan, correct, delete, open), `frame.py`
(the meeting screen), `context.py` (what a meeting shows), `parts/` (one
module per agenda part, registered by name), `agenda.py` (agenda editing),
`kinds.py` (one screen per meeting kind).
"""
from __future__ import annotations

from .frame import MeetingFrame
from .kinds import (
    AuthorityMeetingScreen,
    CitizenMeetingScreen,
    DayServiceMeetingScreen,
    MeetingScreen,
    NetworkMeetingScreen,
    RelativeMeetingScreen,
)
from .list import MeetingListScreen

__all__ = [
    "MeetingFrame",
    "AuthorityMeetingScreen",
    "CitizenMeetingScreen",
    "DayServiceMeetingScreen",
    "MeetingListScreen",
    "MeetingScreen",
    "NetworkMeetingScreen",
    "RelativeMeetingScreen",
]
