"""The meeting screens: the plan's meetings, and one screen per meeting kind."""
from __future__ import annotations

from .base import MeetingScreenBase
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
    "AuthorityMeetingScreen",
    "CitizenMeetingScreen",
    "DayServiceMeetingScreen",
    "MeetingListScreen",
    "MeetingScreen",
    "MeetingScreenBase",
    "NetworkMeetingScreen",
    "RelativeMeetingScreen",
]
