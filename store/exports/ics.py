"""Calendar files (iCalendar, RFC 5545): a pure renderer, events in, `.ics` bytes out.

`render_calendar` never reads the database; `calendars.py` decides which
meetings and agreements go in, for whom (the one visibility rule), and hands
them over as `CalendarEvent`s. The choices made here, for every calendar
client people actually use (Outlook, Google, Apple, phones):

- a meeting is a timed event in Danish time (`TZID=Europe/Copenhagen`, with
  its VTIMEZONE, one hour long), or an all-day event when it has no time;
- an agreement's "when" is an **all-day VEVENT** (a VTODO shows up nowhere in
  Outlook or on most phones) with a reminder (VALARM) at 09:00 the day
  before; a repeating agreement ("hver torsdag") carries its RRULE;
- every event has a stable UID (re-importing updates instead of duplicating),
  a SEQUENCE that grows with every change of its record, and CLASS:PRIVATE
  (a shared or delegated calendar shows the time as busy, not the text);
- user text is plain text: control characters and direction overrides are
  removed, CPR-like numbers masked; icalendar escapes commas, semicolons and
  line breaks.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from icalendar import Timezone

TZID = "Europe/Copenhagen"
"""Every time Rundbord stores is Danish local time."""
MEETING_LENGTH = timedelta(hours=1)
"""A meeting's length in the calendar (Rundbord stores only when it starts)."""
ALARM_BEFORE = timedelta(hours=15)
"""An agreement's reminder: 15 hours before the start of its day, i.e. 09:00 the day before."""
PRODID = "-//Rundbord//Rundbord kalender//DA"


@dataclass(frozen=True)
class Attendee:
    name: str
    email: str
    role: str = ""
    """The person's role in Danish ("Borger", "Myndighed" ...)."""


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT, already decided (who may see it) and worded."""

    uid: str
    summary: str
    start: date | datetime
    """A date (all-day) or a naive local datetime (Danish time)."""
    description: str = ""
    location: str = ""
    attendees: tuple[Attendee, ...] = ()
    rrule: str = ""
    """An RRULE subset ("FREQ=WEEKLY;BYDAY=TH") for a repeating agreement."""
    until: date | None = None
    """The last day a repeat can fall on (the agreement done or dropped, or the plan's end)."""
    alarm: str = ""
    """The reminder's text; '' = no reminder."""
    cancelled: bool = False
    sequence: int = 0
    modified: datetime | None = None
    categories: tuple[str, ...] = ()

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


@dataclass
class CalendarFile:
    """What a calendar export holds: a name, its events, and what was left out (in Danish)."""

    name: str
    events: list[CalendarEvent] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    """Sentences for the person exporting ("1 privat aftale er ikke med ...")."""

    def ics(self, stamp: datetime) -> bytes:
        return render_calendar(self.name, self.events, stamp)


def plain(text: str) -> str:
    """User text for a calendar field: control characters and bidi overrides removed, lines kept,
    CPR-like numbers masked (as in every export)."""
    from ..markdown_safe import clean
    from ..textrules import mask_cpr

    # Masked before it is cut into lines: the CPR rule reads a line break as a space, so a number split
    # over two lines is one number to a reader (and `one_line` joins the lines again).
    return "\n".join(clean(line) for line in mask_cpr(text).splitlines()).strip()


def one_line(text: str) -> str:
    """User text for a one-line field (summary, place, a name): `plain`, line breaks as spaces."""
    return " ".join(plain(text).split("\n"))


def _timezone_component() -> Timezone:
    """Europe/Copenhagen as a compact VTIMEZONE (EU summer time rules), read by every client."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

    tz = Timezone()
    tz.add("tzid", TZID)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("dtstart", datetime(1981, 3, 29, 2, 0))
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    summer.add("rrule", vRecur.from_ical("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"))
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("dtstart", datetime(1996, 10, 27, 3, 0))
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    winter.add("rrule", vRecur.from_ical("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


def render_calendar(name: str, events: Sequence[CalendarEvent], stamp: datetime) -> bytes:
    """The `.ics` bytes (CRLF lines, UTF-8) of a calendar called `name` holding `events`.

    `stamp` (the clock's now, local time) is every event's DTSTAMP.
    """
    from icalendar import Alarm, Calendar, Event, vCalAddress, vRecur, vText

    local = ZoneInfo(TZID)
    utc_stamp = stamp.replace(tzinfo=local).astimezone(timezone.utc) if stamp.tzinfo is None else stamp

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", one_line(name))
    cal.add("x-wr-timezone", TZID)
    if any(not e.all_day for e in events):
        cal.add_component(_timezone_component())
    for e in events:
        ev = Event()
        ev.add("uid", e.uid)
        ev.add("dtstamp", utc_stamp)
        ev.add("summary", one_line(e.summary))
        if e.all_day:
            assert not isinstance(e.start, datetime)
            ev.add("dtstart", e.start)
            ev.add("dtend", e.start + timedelta(days=1))
            ev.add("transp", "TRANSPARENT")  # a due date does not make the day busy
        else:
            assert isinstance(e.start, datetime)
            start = e.start.replace(tzinfo=local)
            ev.add("dtstart", start)
            ev.add("dtend", start + MEETING_LENGTH)
        if e.rrule:
            rule = vRecur.from_ical(e.rrule)
            if e.until is not None:
                rule["UNTIL"] = e.until
            ev.add("rrule", rule)
        if e.description:
            ev.add("description", plain(e.description))
        if e.location:
            ev.add("location", one_line(e.location))
        for a in e.attendees:
            address = vCalAddress(f"mailto:{a.email}")
            address.params["CN"] = vText(one_line(a.name))
            address.params["ROLE"] = "REQ-PARTICIPANT"
            address.params["PARTSTAT"] = "NEEDS-ACTION" if not e.cancelled else "DECLINED"
            ev.add("attendee", address, encode=False)
        if e.categories:
            ev.add("categories", [one_line(c) for c in e.categories])
        ev.add("class", "PRIVATE")
        ev.add("status", "CANCELLED" if e.cancelled else "CONFIRMED")
        ev.add("sequence", e.sequence)
        if e.modified is not None:
            ev.add("last-modified", e.modified.replace(tzinfo=local).astimezone(timezone.utc))
        if e.alarm and not e.cancelled:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", one_line(e.alarm))
            alarm.add("trigger", -ALARM_BEFORE)
            ev.add_component(alarm)
        cal.add_component(ev)
    data: bytes = cal.to_ical()
    return data
