"""Golden files: the demo meeting's minutes for every audience (Markdown) and one HTML.

Regenerate after a deliberate change with `UPDATE_GOLDEN=1 pytest tests/store/test_minutes_golden.py`
and read the files in tests/golden/ before committing them.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from store import Store
from store.enums import Audience, MeetingStatus
from store.minutes import markdown_to_html
from tests.store.mdcheck import assert_well_formed

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def demo_meeting(store: Store, citizen_id: int) -> int:
    """The demo's latest closed meeting."""
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    ids = [m.id for m in store.meetings(plan.id) if m.status is MeetingStatus.CLOSED and m.id is not None]
    assert ids, "the demo has no closed meeting"
    return ids[-1]


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        return
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1 and read the file"
    assert text == path.read_bytes().decode("utf-8"), f"{name} differs from the golden file"


def frozen_text(store: Store, meeting_id: int, aud: Audience) -> str:
    """The frozen minutes (what the export returns, before any dated addenda)."""
    frozen = store.frozen_minutes(meeting_id, aud)
    assert frozen is not None
    assert store.minutes_markdown(meeting_id, aud).startswith(frozen.text)
    return frozen.text


@pytest.mark.parametrize("aud", list(Audience), ids=lambda a: a.value)
def test_demo_minutes_golden(demo_store: Store, demo_citizen_id: int, aud: Audience) -> None:
    mid = demo_meeting(demo_store, demo_citizen_id)
    text = frozen_text(demo_store, mid, aud)
    assert_well_formed(text)
    check_golden(f"minutes-demo-{aud.value}.md", text)


def test_demo_minutes_html_golden(demo_store: Store, demo_citizen_id: int) -> None:
    mid = demo_meeting(demo_store, demo_citizen_id)
    html = markdown_to_html(frozen_text(demo_store, mid, Audience.AUTHORITY), demo_store.minutes_title(mid))
    check_golden("minutes-demo-authority.html", html)
