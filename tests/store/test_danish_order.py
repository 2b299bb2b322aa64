"""Danish alphabetical order: one key (store/danish_order.sort_key) for every list of names a person reads."""
from __future__ import annotations

import random

from store import Store
from store.danish_order import participant_order, sort_key
from store.enums import Role
from tests.conftest import DEMO_TODAY

DANISH_ORDER = [
    "Adam Holm", "anne Berg", "Bo Holm", "Bodil Krogh", "Émile Roux", "Erik Dahl", "Ülla Skov", "Yusuf Ali",
    "Zenia Lund", "Æble Friis", "ærø Hansen", "Ørum Bach", "Östen Berg", "Aage Jensen", "Åse Lund",
]
"""A..Z, then Æ, Ø, Å; "Aa" is Å; case does not count; é with e, ü with y, ö with ø; a space before letters."""


def _shuffled(names: list[str]) -> list[str]:
    out = list(names)
    random.Random(18).shuffle(out)
    assert out != names
    return out


def test_the_sort_key_puts_the_danish_letters_after_z_and_aa_as_aa() -> None:
    assert sorted(_shuffled(DANISH_ORDER), key=sort_key) == DANISH_ORDER
    # What Python (and SQLite's NOCASE) give instead: Å, Æ, Ø, Aage first or by code point.
    assert sorted(DANISH_ORDER) != DANISH_ORDER
    assert sorted(DANISH_ORDER, key=str.casefold) != DANISH_ORDER
    assert sort_key("Kildegaard") == sort_key("Kildegård")
    assert sort_key("NANNA") == sort_key("nanna")


def test_every_list_of_names_is_in_danish_order(store: Store) -> None:
    ids = {}
    for name in _shuffled(DANISH_ORDER):
        c = store.create_citizen(name)
        assert c.id is not None
        ids[name] = c.id
    # The citizens list, and a search in it.
    assert [r.name for r in store.list_citizens()] == DANISH_ORDER
    assert [r.name for r in store.list_citizens("lund")] == ["Zenia Lund", "Åse Lund"]
    # The palette's citizens.
    assert [h.citizen_name for h in store.search_everything("e")] == ["Émile Roux", "Erik Dahl"]  # é is filed with e
    assert [h.citizen_name for h in store.search_everything("berg")] == ["anne Berg", "Östen Berg"]

    # A plan's participants, and a meeting's: the citizen first (the plan is theirs), then A..Å.
    plan_id = store.plan_of(ids["Adam Holm"]).id or 0
    for name in ("Åse Friis", "Ølund Bach", "Zakarias Holm", "Aage Berg", "Bo Lund"):
        store.add_participant(plan_id, name, Role.DAY_SERVICE)
    people = store.participants(plan_id)
    assert [p.name for p in people] == ["Adam Holm", "Bo Lund", "Zakarias Holm", "Ølund Bach", "Aage Berg",
                                        "Åse Friis"]
    assert people == sorted(reversed(people), key=participant_order)
    meeting = store.plan_meeting(plan_id, "network", DEMO_TODAY, participant_ids=[p.id or 0 for p in reversed(people)])
    assert meeting.id is not None
    assert [p.name for p in store.meeting_participants(meeting.id)] == [p.name for p in people]
    # ... and so in the minutes.
    minutes = store.minutes_markdown(meeting.id)
    listed = [line.split(" (dig)")[0].split(":")[0][2:] for line in minutes.splitlines()
              if line.startswith("- ") and any(line[2:].startswith(p.name) for p in people)]
    assert listed == [p.name for p in people]

    # The follow-up list: on one day and of one kind, by citizen in Danish order.
    for name in ("Åse Lund", "Zenia Lund", "Aage Jensen", "Adam Holm"):
        pid = store.plan_of(ids[name]).id or 0
        me = next(p for p in store.participants(pid) if p.role is Role.CITIZEN)
        store.add_agreement(pid, me.id, "Ringe til jobcentret", "2026-11-16")
    due = [i.citizen_name for i in store.due_items(DEMO_TODAY, 1) if i.what == "Ringe til jobcentret"]
    assert due == ["Adam Holm", "Zenia Lund", "Aage Jensen", "Åse Lund"]
