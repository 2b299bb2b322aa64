"""Mail drafts: each .eml parses with Python's `email` into the expected parts, per participant.

A relative's draft holds the relatives' copy and nothing else (text, HTML and
the calendar attachment alike); no draft is sent, none has a sender, and the
subject names nothing personal.
"""
from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage
from pathlib import Path

import icalendar
import pytest

from store import Store
from store.enums import Audience, MeetingStatus, Role
from store.exports.deliver import ExportRequest
from store.exports.mail import markdown_as_text
from tests.conftest import DEMO_TODAY


def network_meeting(store: Store, citizen_id: int) -> int:
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    first = next(m for m in store.meetings(plan.id) if m.kind == "network")
    assert first.id is not None and first.status is MeetingStatus.CLOSED
    return first.id


def parsed(data: bytes) -> EmailMessage:
    msg = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@pytest.fixture
def drafts(demo_store: Store, demo_citizen_id: int, tmp_path: Path) -> dict[str, EmailMessage]:
    mid = network_meeting(demo_store, demo_citizen_id)
    prepared = demo_store.prepare_export(ExportRequest("mail", mid))
    written = demo_store.deliver(prepared, tmp_path / "udkast")
    assert (tmp_path / "udkast").stat().st_mode & 0o777 == 0o700
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in written)
    assert prepared.notes == ["Ole Krogh (Mentor) har ingen e-mailadresse og får ikke et udkast."]
    out = {}
    for p in written:
        msg = parsed(p.read_bytes())
        out[msg["To"].addresses[0].addr_spec] = msg
    return out


def test_one_draft_per_participant_with_an_address(drafts: dict[str, EmailMessage], demo_store: Store,
                                                  demo_citizen_id: int) -> None:
    mid = network_meeting(demo_store, demo_citizen_id)
    expected = {p.email for p in demo_store.meeting_participants(mid) if p.email}
    assert set(drafts) == expected and len(expected) == 5
    for msg in drafts.values():
        assert [part.get_content_type() for part in msg.walk()] == [
            "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "text/calendar"]
        assert msg["X-Unsent"] == "1" and msg["From"] is None  # a draft: the mail client sends it, not Rundbord
        assert msg["Subject"] == "Referat fra rehabiliteringsteam- / netværksmøde den 24. september 2026"
        assert "Nanna" not in msg["Subject"]
        (attachment,) = list(msg.iter_attachments())
        assert attachment.get_filename() == f"moede-{mid}.ics"
        cal = icalendar.Calendar.from_ical(attachment.get_content())
        assert any(str(e["UID"]).startswith(f"moede-{mid}.") for e in cal.walk("VEVENT"))


def test_each_draft_holds_its_audiences_copy(drafts: dict[str, EmailMessage], demo_store: Store,
                                              demo_citizen_id: int) -> None:
    mid = network_meeting(demo_store, demo_citizen_id)
    by_role = {p.role: p for p in demo_store.meeting_participants(mid)}
    expected = {Role.CITIZEN: Audience.CITIZEN, Role.AUTHORITY: Audience.AUTHORITY,
                Role.DAY_SERVICE: Audience.DAY_SERVICE, Role.RELATIVE: Audience.RELATIVE,
                Role.CONTACT: Audience.DAY_SERVICE}
    for role, aud in expected.items():
        msg = drafts[by_role[role].email]
        assert msg["X-Rundbord-Audience"] == aud.value
        body = msg.get_body(("plain",))
        assert body is not None
        text = body.get_content()
        assert markdown_as_text(demo_store.minutes_markdown(mid, aud)) in text
        html = msg.get_body(("html",))
        assert html is not None
        assert demo_store.minutes_title(mid) in html.get_content()


def test_a_relatives_mail_holds_only_the_relatives_copy(drafts: dict[str, EmailMessage], demo_store: Store,
                                                        demo_citizen_id: int) -> None:
    mid = network_meeting(demo_store, demo_citizen_id)
    msg = drafts["jens.kildegaard@post.example"]
    relatives = demo_store.minutes_markdown(mid, Audience.RELATIVE)
    authority = demo_store.minutes_markdown(mid, Audience.AUTHORITY)
    parts = {p.get_content_type(): p.get_content() for p in msg.walk() if not p.is_multipart()}
    text, html = parts["text/plain"], parts["text/html"]
    ics = parts["text/calendar"].replace("\r\n ", "")
    assert "Køre Nanna til VUC" in ics and "\ufffd" not in ics  # UTF-8 survives the attachment
    assert markdown_as_text(relatives) in text
    only_authority = ["søvnmedicin", "Finde en tid hos lægen", "Karsten Bro", "Sofie Dahl", "Planens krav"]
    for secret in only_authority:
        assert secret in authority or secret == "Finde en tid hos lægen"
        for part in (text, html, ics):
            assert secret not in part, secret
    assert "Køre Nanna til VUC, når det regner" in text  # his own agreement, shared with consent
    assert "Kære Jens Kildegaard" in text and "Referatet er kopien til pårørende." in text


def test_plain_text_gives_back_what_was_typed() -> None:
    assert markdown_as_text("- **Til:** B\\&O \\*ikke fed\\* 3\\. maj") == "- Til: B&O *ikke fed* 3. maj"


def test_a_meeting_where_nobody_has_an_address(demo_store: Store, demo_citizen_id: int, tmp_path: Path) -> None:
    other = demo_store.create_citizen("Bo Østergaard", plan_type="jobafklaringsforloeb")
    assert other.id is not None
    plan = demo_store.plan_of(other.id)
    assert plan.id is not None
    people = [p.id for p in demo_store.participants(plan.id) if p.id is not None]
    meeting = demo_store.plan_meeting(plan.id, "citizen", DEMO_TODAY, participant_ids=people)
    assert meeting.id is not None
    prepared = demo_store.prepare_export(ExportRequest("mail", meeting.id))
    assert prepared.files == []
    assert prepared.notes[-1] == "Ingen af mødets deltagere har en e-mailadresse: der er ingen udkast at skrive."
    assert demo_store.deliver(prepared, tmp_path / "x") == []


def test_a_repeating_agreement_is_said_in_words_and_sent_as_its_rule(demo_store: Store, demo_citizen_id: int,
                                                                     tmp_path: Path) -> None:
    mid = network_meeting(demo_store, demo_citizen_id)
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    fatima = next(p for p in demo_store.meeting_participants(mid) if p.role is Role.DAY_SERVICE)
    assert fatima.id is not None and fatima.email
    demo_store.add_agreement(plan.id, fatima.id, "Sende ugeskemaet til Ole", when="hver fredag")
    written = demo_store.deliver(demo_store.prepare_export(ExportRequest("mail", mid)), tmp_path / "udkast")
    msg = next(m for m in map(lambda p: parsed(p.read_bytes()), written)
               if m["To"].addresses[0].addr_spec == fatima.email)
    body = msg.get_body(("plain",))
    assert body is not None and "- Sende ugeskemaet til Ole (hver fredag)" in body.get_content()
    (attachment,) = list(msg.iter_attachments())
    (event,) = [e for e in icalendar.Calendar.from_ical(attachment.get_content()).walk("VEVENT")
                if "ugeskemaet" in str(e["SUMMARY"])]
    assert event["RRULE"]["BYDAY"] == ["FR"]
