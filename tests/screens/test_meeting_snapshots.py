"""Snapshots of each meeting kind's screen on the demo case, the meetings list, and a closed meeting."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from screens.meetings import MeetingListScreen, MeetingScreen
from store import Store
from store.enums import Role
from tests.conftest import DEMO_TODAY
from tests.screens.test_meeting_record import nordby  # noqa: F401 - the fixture
from tui.app import build_app

SHOWN_PART = {"citizen": "scaling", "authority": "checklist", "day_service": "observations",
              "relative": "sharing", "network": "review"}
"""The agenda item each kind's snapshot shows: the part that is that kind's own."""


def open_meeting(store: Store, citizen_id: int, kind: str) -> int:
    """A meeting of `kind` on the demo plan, started, on the item that is the kind's own."""
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    roles = {Role.CITIZEN, *(Role(r) for r in store.catalog.meeting_kind(kind).roles if r in Role._value2member_map_)}
    people = [p.id for p in store.participants(plan.id) if p.role in roles and p.id is not None]
    meeting = store.plan_meeting(plan.id, kind, date(2026, 11, 26), time="10:00", place="Værestedet Kilden",
                                 participant_ids=people)
    assert meeting.id is not None
    store.open_meeting(meeting.id)
    item = next(i for i in store.agenda(meeting.id) if i.part == SHOWN_PART[kind])
    store.set_current_item(meeting.id, item.id)
    return meeting.id


def pushing(make: Callable[[], Screen[Any]]) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        pilot.app.push_screen(make())
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("kind", list(SHOWN_PART))
def test_meeting_screen(snap_compare: Any, demo_store: Store, demo_citizen_id: int, kind: str) -> None:
    meeting_id = open_meeting(demo_store, demo_citizen_id, kind)
    app = build_app(demo_store, today=DEMO_TODAY)
    assert snap_compare(app, terminal_size=(100, 30),
                        run_before=pushing(lambda: MeetingScreen(demo_store, meeting_id)))


def test_citizen_meeting_80x24(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    meeting_id = open_meeting(demo_store, demo_citizen_id, "citizen")
    app = build_app(demo_store, today=DEMO_TODAY)
    assert snap_compare(app, terminal_size=(80, 24),
                        run_before=pushing(lambda: MeetingScreen(demo_store, meeting_id)))


def test_closed_meeting(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    """The demo's closed borgermøde, read-only, on its scaling item."""
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    closed = next(m for m in demo_store.meetings(plan.id) if m.kind == "citizen")
    assert closed.id is not None
    app = build_app(demo_store, today=DEMO_TODAY)

    async def run_before(pilot: Pilot[Any]) -> None:
        await pushing(lambda: MeetingScreen(demo_store, closed.id or 0))(pilot)
        for _ in range(2):
            await pilot.press("down")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


def test_meetings_list(snap_compare: Any, demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id
    assert plan_id is not None
    app = build_app(demo_store, today=DEMO_TODAY)
    assert snap_compare(app, terminal_size=(100, 30),
                        run_before=pushing(lambda: MeetingListScreen(demo_store, plan_id, today=DEMO_TODAY)))


def test_checklist_with_a_ticked_part(snap_compare: Any, nordby: Store) -> None:
    """A municipality's part a person checks, ticked in the authority meeting: who and when on its row."""
    c = nordby.create_citizen("Bente Bo")
    pid = nordby.plan_of(c.id or 0).id or 0
    nordby.update_plan(pid, plan_type="nordby_plan", purpose="At Bente får en stabil hverdag.")
    meeting = nordby.plan_meeting(pid, "authority", date(2026, 11, 26), time="10:00", place="Rådhuset")
    assert meeting.id is not None
    nordby.open_meeting(meeting.id)
    nordby.tick_part(pid, "hverdag", meeting_id=meeting.id, note="Bente fortalte selv om sin hverdag.")
    item = next(i for i in nordby.agenda(meeting.id) if i.part == "checklist")
    nordby.set_current_item(meeting.id, item.id)
    app = build_app(nordby, today=DEMO_TODAY)

    async def run_before(pilot: Pilot[Any]) -> None:
        await pushing(lambda: MeetingScreen(nordby, meeting.id or 0))(pilot)
        await pilot.press("tab", "down")  # the rows: the ticked part
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)
