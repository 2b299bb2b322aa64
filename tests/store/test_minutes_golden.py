"""Golden files: the demo meeting's minutes and the demo plan for every audience (Markdown), and HTML.

What each file must hold is also asserted here (the evaluation, the PDSA
trial, the scaling conversation's four answers, and the notes each audience
may see), so a regenerated file that lost them fails.

Regenerate after a deliberate change with `UPDATE_GOLDEN=1 pytest tests/store/test_minutes_golden.py`
and read the files in tests/golden/ before committing them.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from store import Store
from store.enums import Audience, MeetingStatus
from store.exports.html import markdown_to_html
from tests.conftest import DEMO_TODAY
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


@pytest.mark.parametrize("aud", list(Audience), ids=lambda a: a.value)
def test_demo_plan_golden(demo_store: Store, demo_citizen_id: int, aud: Audience) -> None:
    text = demo_store.plan_markdown(demo_citizen_id, aud, today=DEMO_TODAY)
    assert_well_formed(text)
    check_golden(f"plan-demo-{aud.value}.md", text)


def test_demo_plan_html_golden(demo_store: Store, demo_citizen_id: int) -> None:
    check_golden("plan-demo-citizen.html", demo_store.plan_html(demo_citizen_id, Audience.CITIZEN, today=DEMO_TODAY))


NOTES = {
    "shared": "Nanna fortalte stolt om sin første uge i butikken.",
    "internal": "Fatima sender ugeskemaet til Ole hver fredag.",
    "private": "Nanna har haft svære nætter; lægen er orienteret.",
}
PLAN_NOTES = {
    "shared": "Nanna bor i egen lejlighed med sin hund, Bamse.",
    "internal": "Karsten holder ferie i uge 52; Ole er kontakt til jobcentret imens.",
    "private": "Søvnmedicinen gør Nanna træt om formiddagen; lægen følger op.",
}
SEES = {
    Audience.AUTHORITY: {"shared", "internal", "private"},
    Audience.CITIZEN: {"shared", "internal", "private"},
    Audience.DAY_SERVICE: {"shared", "internal"},
    Audience.RELATIVE: {"shared"},
}


@pytest.mark.parametrize("aud", list(Audience), ids=lambda a: a.value)
def test_demo_copies_hold_the_whole_record(demo_store: Store, demo_citizen_id: int, aud: Audience) -> None:
    """Evaluation, the scaling conversation's answers (step 2's what works too) and exactly the notes the audience may see
    are in the minutes; PDSA in the day service's minutes; all of it in the plan."""
    minutes = frozen_text(demo_store, demo_meeting(demo_store, demo_citizen_id), aud)
    plan = demo_store.plan_markdown(demo_citizen_id, aud, today=DEMO_TODAY)
    for level, note in NOTES.items():
        assert (note in minutes) is (level in SEES[aud]), (aud, level)
    for level, note in PLAN_NOTES.items():
        assert (note in plan) is (level in SEES[aud]), (aud, level)
    for text in (minutes, plan):
        assert "Praktikken er godt i gang." in text  # the goal's evaluation
        assert "Jeg møder 2 formiddage hver uge i Gensyn og klarer kassen selv." in text  # what 10 looks like
        assert "Ole ringer om mandagen, og jeg har lært kassen at kende." in text  # what works (step 2)
        assert "Så blev jeg i sengen." in text  # what worse would look like
        assert "Sige ja til en fast plads ved kassen" in text  # the next step
    assert "4. **" in minutes and "(mål: 5)" in minutes or "(dit næste tal: 5)" in minutes
    assert ("Prøve en fast plads ved kassen i to uger" in minutes) is (aud is Audience.DAY_SERVICE)
    assert "Prøve en fast plads ved kassen i to uger" in plan
    assert ("Sofie Dahl" in minutes + plan) is (aud is not Audience.RELATIVE)  # the contact is not shared
