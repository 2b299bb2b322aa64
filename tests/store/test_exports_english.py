"""`--lang en` on every export: English throughout, from the one vocabulary and the one phrase catalogue.

Each export of the demo case is made in English and every value stored in the
database (user data: names, goals, notes, places, agenda titles) is blanked
out of it; what is left is Rundbord's own words, and none of them may be
Danish: no word from the list below, no Danish vocabulary value, no letter æ,
ø or å. Golden files for the English minutes and plan (read them next to the
Danish ones). A closed meeting's frozen minutes stay Danish, as written.

Regenerate the golden files with `UPDATE_GOLDEN=1 pytest tests/store/test_exports_english.py` and read them.
"""
from __future__ import annotations

import ast
import html
import json
import re
import sqlite3
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from icalendar import Calendar

from store import Store
from store.access import AccessEvent
from store.enums import Audience, MeetingStatus
from store.exports.deliver import ExportRequest
from store.exports.phrases import EN, Say
from store.vocabulary import WORDS
from tests.store.mdcheck import assert_well_formed
from tests.store.test_minutes_golden import check_golden, demo_meeting

ROOT = Path(__file__).resolve().parents[2]

DANISH_ONLY = {
    "og", "ikke", "mangler", "aftale", "aftaler", "aftalen", "møde", "mødet", "referat", "referatet", "borger",
    "borgeren", "borgerens", "dagtilbud", "myndighed", "pårørende", "delmål", "vurdering", "udført", "udgået",
    "udgår", "fortsættes", "ingen", "planen", "skrevet", "næste", "senest", "hvem", "hvad", "hvornår", "kl",
    "til", "fra", "dig", "du", "din", "dine", "det", "vi", "er", "har", "med", "om", "af", "på", "ved", "jer",
    "gang", "gange", "videreført", "deltagere", "dagsorden", "sted", "dato", "nr", "evaluering", "tegn", "tiltag",
    "sammenhæng", "ja", "nej", "ny", "nye", "skala", "skalering", "samtykke", "noter", "plantype", "periode",
    "begrundelse", "aktivitet", "godkendelse", "udkast", "låst", "kære", "herunder", "januar", "februar", "marts",
    "maj", "juni", "juli", "oktober", "mål", "målet", "overordnet", "niveau", "værdier", "styrker", "opfyldt",
}
"""Words of Rundbord's Danish that are not English words."""
VOCABULARY_DA = {da for da, en in WORDS.values() if da != en}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def user_values(db: Path) -> list[str]:
    """Every text stored in the database's content tables (not the log, not the frozen minutes), longest first."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if not r[0].startswith(("sqlite", "audit", "frozen", "access", "search", "_"))]
        values: set[str] = set()
        for t in tables:
            for row in con.execute(f'SELECT * FROM "{t}"'):
                values.update(v.strip() for v in row if isinstance(v, str) and len(v.strip()) >= 2)
    finally:
        con.close()
    return sorted(values, key=len, reverse=True)


def rundbords_own_words(text: str, values: list[str]) -> str:
    """`text` with Markdown's backslash escapes and HTML entities undone and every stored value blanked."""
    text = html.unescape(re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text))
    for v in values:
        text = text.replace(v, " ")
        text = text.replace(" ".join(v.split()), " ")
    return text


def danish_in(text: str) -> list[str]:
    words = _WORD.findall(text)
    found = [w for w in words if w.casefold() in DANISH_ONLY or re.search("[æøåÆØÅ]", w)]
    found += [v for v in VOCABULARY_DA if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text)]
    return sorted(set(found))


def assert_english(text: str, values: list[str], what: str) -> None:
    left = rundbords_own_words(text, values)
    assert danish_in(left) == [], f"{what}: Danish words left after blanking user data"


@pytest.fixture
def open_meeting(demo_store: Store, demo_citizen_id: int) -> int:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    ids = [m.id for m in demo_store.meetings(plan.id) if m.status is not MeetingStatus.CLOSED and m.id is not None]
    assert ids
    return ids[0]


@pytest.mark.parametrize("aud", list(Audience), ids=lambda a: a.value)
def test_minutes_and_plan_in_english(demo_store: Store, demo_db: Path, demo_citizen_id: int, open_meeting: int,
                                     aud: Audience) -> None:
    values = user_values(demo_db)
    closed = demo_meeting(demo_store, demo_citizen_id)
    for mid in (open_meeting, closed):
        text = demo_store.render_minutes(mid, aud, "en")
        assert_well_formed(text)
        assert_english(text, values, f"minutes {mid} for {aud.value}")
    plan = demo_store.plan_markdown(demo_citizen_id, aud, lang="en")
    assert_well_formed(plan)
    assert_english(plan, values, f"plan for {aud.value}")
    for kind, sid in (("minutes", open_meeting), ("plan", demo_citizen_id)):
        prepared = demo_store.prepare_export(ExportRequest(kind, sid, aud, "html", lang="en"))
        page = prepared.files[0].render().decode("utf-8")
        assert '<html lang="en">' in page
        body = re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", " ", page, flags=re.S))
        assert_english(body, values, f"{kind} HTML for {aud.value}")


def test_the_check_itself_finds_danish(demo_store: Store, demo_db: Path, open_meeting: int) -> None:
    """The same check on the Danish export fails (a test that cannot fail is no test)."""
    values = user_values(demo_db)
    left = rundbords_own_words(demo_store.render_minutes(open_meeting, Audience.AUTHORITY, "da"), values)
    assert {"Deltagere", "Dagsorden", "Aftaler"} <= set(danish_in(left))


def test_calendar_mail_and_fhir_in_english(demo_store: Store, demo_db: Path, demo_citizen_id: int,
                                           open_meeting: int) -> None:
    values = user_values(demo_db)
    cal = demo_store.prepare_export(ExportRequest("calendar", demo_citizen_id, lang="en"))
    ics = Calendar.from_ical(cal.files[0].render())
    texts = []
    for ev in ics.walk("VEVENT"):
        texts += [str(ev.get("SUMMARY", "")), str(ev.get("DESCRIPTION", ""))]
        texts += [str(c) for c in ev.get("CATEGORIES").cats] if ev.get("CATEGORIES") else []
    for alarm in ics.walk("VALARM"):
        texts.append(str(alarm.get("DESCRIPTION", "")))
    assert any(t.startswith("Your agreement: ") for t in texts)
    assert_english("\n".join(texts + cal.notes), values, "calendar")

    mail = demo_store.prepare_export(ExportRequest("mail", open_meeting, lang="en"))
    assert mail.files
    for f in mail.files:
        msg = message_from_bytes(f.render(), policy=policy.default)
        assert msg["Content-Language"] == "en"
        body = msg.get_body(preferencelist=("plain",))
        assert body is not None
        assert str(msg["Subject"]).startswith("Minutes of the ")
        assert_english(str(msg["Subject"]) + "\n" + body.get_content(), values, f"mail to {f.recipient}")

    pytest.importorskip("fhir.resources")
    fhir = demo_store.prepare_export(ExportRequest("fhir", demo_citizen_id, Audience.AUTHORITY, lang="en"))
    bundle = json.loads(fhir.files[0].render())
    assert bundle["language"] == "en"
    shown: list[str] = []

    def walk(node: object, key: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and key in ("text", "display", "title", "name", "description"):
            shown.append(node)

    walk(bundle)
    known_code_displays = {"FFB borgers mål og ønsker", "FFB delmål", "Dansk"}  # KL's and BCP 47's own displays
    assert_english("\n".join(s for s in shown if s not in known_code_displays), values, "FHIR")


def test_a_closed_meetings_frozen_minutes_stay_danish_as_written(demo_store: Store, demo_citizen_id: int) -> None:
    mid = demo_meeting(demo_store, demo_citizen_id)
    danish = demo_store.minutes_markdown(mid, Audience.CITIZEN)
    assert demo_store.minutes_markdown(mid, Audience.CITIZEN, "en") == danish
    assert demo_store.minutes_language(mid, Audience.CITIZEN, "en") == "da"
    prepared = demo_store.prepare_export(ExportRequest("minutes", mid, Audience.CITIZEN, "md", lang="en"))
    assert prepared.files[0].render().decode("utf-8") == danish
    assert prepared.notes == ["The meeting is closed: the minutes are the locked copy as it was written, "
                              "and are exported in Danish."]
    page = demo_store.minutes_html(mid, Audience.CITIZEN, lang="en")
    assert '<html lang="da">' in page and "Godkendelse" in page and "Approval" not in page


@pytest.mark.parametrize("aud", [Audience.AUTHORITY, Audience.CITIZEN], ids=lambda a: a.value)
def test_english_golden_files(demo_store: Store, demo_citizen_id: int, aud: Audience) -> None:
    mid = demo_meeting(demo_store, demo_citizen_id)
    check_golden(f"minutes-demo-{aud.value}-en.md", demo_store.render_minutes(mid, aud, "en"))
    check_golden(f"plan-demo-{aud.value}-en.md", demo_store.plan_markdown(demo_citizen_id, aud, lang="en"))


def test_english_minutes_say_what_the_danish_say(demo_store: Store, demo_citizen_id: int) -> None:
    mid = demo_meeting(demo_store, demo_citizen_id)
    text = demo_store.render_minutes(mid, Audience.CITIZEN, "en")
    assert "- You (Nanna Kildegaard)" in text and "## How far have you come with your goals?" in text
    assert "carried over" in text or "Continued" in text or "## What we agreed" in text
    assert re.search(r"\*\*Date:\*\* \d{1,2} [A-Z][a-z]+ 2026", text)  # the long form: "29 October 2026"


def test_every_phrase_said_in_the_store_has_english() -> None:
    """Every `say("...")` in store/ (the exports' sentences) has an entry in `phrases.EN`."""
    def literals(node: ast.expr) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return literals(node.body) + literals(node.orelse)
        return []

    missing = []
    said = 0
    for path in (ROOT / "store").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if name == "say" or (isinstance(f, ast.Call) and getattr(f.func, "id", "") == "Say"):
                for text in literals(node.args[0]):
                    said += 1
                    if text not in EN:
                        missing.append(f"{path.name}: {text}")
    assert said > 150 and missing == []
    assert all(da.count("{") == en.count("{") for da, en in EN.items())
    assert Say("en")("Ingen aktive mål.") == "No active goals." and Say("da")("Ingen aktive mål.") == "Ingen aktive mål."


def test_the_citizens_extract_of_the_log_in_english(demo_store: Store, demo_db: Path, demo_citizen_id: int) -> None:
    """`rundbord export log --lang en`: headings, tables, fields, actions, code values and who-looked lines in
    English; the logged texts themselves (user data, old and new) stay as written."""
    demo_store.log_access(AccessEvent.EXPORT, demo_citizen_id, kind="plan", channel="cli", format="md",
                          destination="-", audience="citizen", purpose="x")
    logged = [v.strip() for e in demo_store.citizen_log(demo_citizen_id) for v in (e.old_value, e.new_value)
              if v and len(v.strip()) >= 2]
    values = sorted(set(user_values(demo_db)) | set(logged), key=len, reverse=True)
    text = demo_store.citizen_log_markdown(demo_citizen_id, "en")
    assert_well_formed(text)
    assert text.startswith("# Extract of the change log for") and "## Who has seen your information" in text
    assert "Exported: plan" in text and "to the citizen" in text
    assert_english(text, values, "the citizen's extract")
    danish = rundbords_own_words(demo_store.citizen_log_markdown(demo_citizen_id, "da"), values)
    assert {"Ændringer", "Før", "Formål"} <= set(danish_in(danish))


def test_agenda_titles_from_the_catalogue_follow_the_documents_language(demo_store: Store, demo_citizen_id: int) -> None:
    """A meeting planned in one language is exported in the other with the catalogue's titles in that
    language; a title someone wrote stays as written."""
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    danish = demo_store.plan_meeting(plan.id, "citizen", "2026-12-14")
    demo_store.use_language("en")
    english = demo_store.plan_meeting(plan.id, "citizen", "2026-12-15")
    assert danish.id is not None and english.id is not None
    assert demo_store.agenda(danish.id)[0].title == "Velkomst og dagens dagsorden"
    assert demo_store.agenda(english.id)[0].title == "Welcome and today's agenda"
    own = demo_store.agenda(danish.id)[1]
    assert own.id is not None
    demo_store.rename_agenda_item(own.id, "Vores eget punkt om bussen")
    for mid in (danish.id, english.id):
        en = demo_store.render_minutes(mid, Audience.CITIZEN, "en")
        da = demo_store.render_minutes(mid, Audience.CITIZEN, "da")
        assert "Welcome and today" in en and "Velkomst og dagens dagsorden" not in en
        assert "Velkomst og dagens dagsorden" in da and "Welcome and today" not in da
        assert "Scaling: how far have we come" in en and "Skalering: hvor langt er vi nået" in da
    assert "Vores eget punkt om bussen" in demo_store.render_minutes(danish.id, Audience.CITIZEN, "en")
    calendar = demo_store.prepare_export(ExportRequest("calendar", demo_citizen_id, Audience.AUTHORITY, lang="da"))
    text = calendar.files[0].render().decode("utf-8").replace("\r\n ", "")
    assert "Welcome and today" not in text and "Velkomst og dagens dagsorden" in text


def test_a_catalogue_title_in_either_language_is_read_in_the_catalogues_language(demo_store: Store) -> None:
    danish, english = demo_store.document_catalog, demo_store.document_catalog.in_language("en")
    assert english.agenda_title("Velkomst og dagens dagsorden") == "Welcome and today's agenda"
    assert danish.agenda_title("Welcome and today's agenda") == "Velkomst og dagens dagsorden"
    assert danish.agenda_title("Velkomst og dagens dagsorden") == "Velkomst og dagens dagsorden"
    assert english.agenda_title("Kaffe og kage") == "Kaffe og kage"
