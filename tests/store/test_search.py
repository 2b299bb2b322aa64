"""`search_everything`: the palette's jump finds citizens, goals, agreements, meetings."""
from __future__ import annotations

from store import Store


def test_finds_goal_and_agreement_by_part_of_text(demo_store: Store, demo_citizen_id: int) -> None:
    hits = demo_store.search_everything("bamse")
    kinds = {h.kind for h in hits}
    assert {"goal", "agreement"} <= kinds
    assert all(h.citizen_id == demo_citizen_id for h in hits)
    goal = next(h for h in hits if h.kind == "goal")
    assert "Bamse" in goal.text
    assert goal.citizen_name == "Nanna Kildegaard"


def test_finds_citizen_and_meeting(demo_store: Store) -> None:
    assert [h.kind for h in demo_store.search_everything("Kildegaard")][:1] == ["citizen"]
    meetings = demo_store.search_everything("netværksmøde")
    assert meetings and meetings[0].kind == "meeting"
    assert "24-09-2026" in meetings[0].text


def test_private_items_are_flagged(demo_store: Store) -> None:
    hits = demo_store.search_everything("lægen")
    assert hits and all(h.private for h in hits if h.kind in ("goal", "agreement"))


def test_wildcards_are_literal_and_empty_finds_nothing(demo_store: Store) -> None:
    assert demo_store.search_everything("") == []
    assert demo_store.search_everything("%") == []
    assert demo_store.search_everything("_") == []
    assert len(demo_store.search_everything("e", limit=3)) == 3
