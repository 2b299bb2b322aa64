"""Hostile text in the outward exports: calendar, mail drafts and FHIR stay well-formed, and a CPR
number that slipped into the data (around the store's guard) is masked in every one of them.

The rows are changed with SQL, as another program could; the store itself
refuses such text at input.
"""
from __future__ import annotations

import email
import json
from email import policy
from email.message import EmailMessage

import icalendar
import pytest

from store import Store
from store.enums import Audience, MeetingStatus, Role
from store.exports.deliver import ExportRequest
from store.exports.fhir import validate_bundle
from tests.conftest import DEMO_NOW

CPR_FORMS = ("010190-1234", "0101901234")
NAME = "Jens \x1b[2J\u202eKildegaard 010190-1234"
WHAT = "Ring\r\nBcc: x@evil.example\x07; hvis det regner, 0101901234"


@pytest.fixture
def hostile(demo_store: Store, demo_citizen_id: int) -> Store:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    father = next(p for p in demo_store.participants(plan.id) if p.role is Role.RELATIVE)
    deal = next(a for a in demo_store.agreements(plan.id) if a.who_id == father.id)
    engine = demo_store.db.engine  # written around the store, as another program would (autocommit)
    engine.execute("UPDATE participant SET name = ? WHERE id = ?", (NAME, father.id))
    engine.execute("UPDATE agreement SET what = ? WHERE id = ?", (WHAT, deal.id))
    return demo_store


def clean_of(text: str) -> None:
    for cpr in CPR_FORMS:
        assert cpr not in text
    for ch in ("\x1b", "\u202e", "\x07"):
        assert ch not in text


def test_calendar(hostile: Store, demo_citizen_id: int) -> None:
    plan = hostile.plan_of(demo_citizen_id)
    father = next(p for p in hostile.participants(plan.id or 0) if p.role is Role.RELATIVE)
    assert father.id is not None
    data = hostile.participant_calendar(father.id).ics(DEMO_NOW)
    text = data.decode("utf-8").replace("\r\n ", "")
    clean_of(text)
    summaries = {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    assert "Aftale: Ring Bcc: x@evil.example; hvis det regner, •••••••••• (Nanna Kildegaard)" in summaries


def test_mail_drafts(hostile: Store, demo_citizen_id: int) -> None:
    plan = hostile.plan_of(demo_citizen_id)
    network = next(m.id for m in hostile.meetings(plan.id or 0) if m.status is MeetingStatus.CLOSED)
    assert network is not None
    prepared = hostile.prepare_export(ExportRequest("mail", network))
    relative = next(f for f in prepared.files if f.audience == "relative")
    raw = relative.render()
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    assert msg["Bcc"] is None and "evil" not in str(msg["To"])
    assert str(msg["To"]).startswith('"Jens [2JKildegaard ••••••-') and str(msg["To"]).count("\n") == 0
    for part in msg.walk():
        if not part.is_multipart():
            content = part.get_content()
            clean_of(content if isinstance(content, str) else content.decode("utf-8"))
    assert "0101901234" not in raw.decode("utf-8", "replace") and "010190-1234" not in relative.name


def test_fhir_still_validates(hostile: Store, demo_citizen_id: int) -> None:
    prepared = hostile.prepare_export(ExportRequest("fhir", demo_citizen_id, Audience.AUTHORITY))
    (f,) = prepared.files
    text = f.render().decode("utf-8")  # validated by fhir.resources inside render()
    validate_bundle(text)
    clean_of(json.loads(text).__repr__())
    assert "Jens [2JKildegaard ••••••-••••" in text


def test_a_number_split_by_a_line_break_is_masked(demo_store: Store, demo_citizen_id: int) -> None:
    """The CPR rule reads a line break as a space, so "010190⏎-1234" is a number a reader sees: the
    calendar and FHIR text (one cleaning function for both) mask it before the text is cut into lines."""
    from store.textrules import find_cpr

    plan = demo_store.plan_of(demo_citizen_id)
    father = next(p for p in demo_store.participants(plan.id or 0) if p.role is Role.RELATIVE)
    deal = next(a for a in demo_store.agreements(plan.id or 0) if a.who_id == father.id)
    demo_store.db.engine.execute("UPDATE agreement SET what = ? WHERE id = ?",
                                 ("Ring til 010190\r\n-1234 om kørsel", deal.id))
    assert father.id is not None
    data = demo_store.participant_calendar(father.id).ics(DEMO_NOW)
    texts = [str(e[key]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
             for key in ("SUMMARY", "DESCRIPTION") if key in e]
    assert any("om kørsel" in t for t in texts)
    assert [t for t in texts if find_cpr(t)] == []
    prepared = demo_store.prepare_export(ExportRequest("fhir", demo_citizen_id, Audience.AUTHORITY))
    (f,) = prepared.files
    bundle = f.render().decode("utf-8")
    assert "om kørsel" in bundle and find_cpr(json.dumps(json.loads(bundle), ensure_ascii=False)) == []
