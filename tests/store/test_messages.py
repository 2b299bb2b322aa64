"""Store messages in both languages: the store raises a key and its values, every surface says it in its
language through one function (`store.messages.said`); pydantic's validation messages too."""
from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from store import InputError, Store
from store.dates import parse_date
from store.errors import EditConflict, StoreError
from store.messages import MESSAGES, Message, msg, said
from store.vocabulary import word

ROOT = Path(__file__).resolve().parents[2]


def refusal(call: object) -> StoreError:
    assert callable(call)
    with pytest.raises(StoreError) as caught:
        call()
    return caught.value


def test_every_message_has_both_languages_and_the_same_values() -> None:
    assert all(da.strip() and en.strip() for da, en in MESSAGES.values())
    assert all(da.count("{") == en.count("{") for da, en in MESSAGES.values())
    assert all(not any(c in en for c in "æøåÆØÅ") for _, en in MESSAGES.values() if "dd-mm" not in en)


def test_every_key_raised_in_the_store_exists() -> None:
    keys = []
    for path in (ROOT / "store").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "msg" and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant):
                    keys.append(arg.value)
    assert len(keys) > 20 and [k for k in keys if k not in MESSAGES] == []


def test_a_date_typed_wrong_in_both_languages() -> None:
    exc = refusal(lambda: parse_date("2026-1x-05", "due_date"))
    assert isinstance(exc, InputError) and exc.field == "due_date"
    assert exc.message == "Skriv datoen som dd-mm-åååå (fik '2026-1x-05')."
    assert said(exc, "en") == "Write the date as dd-mm-yyyy (got '2026-1x-05')."
    impossible = refusal(lambda: parse_date("31-02-2026"))
    assert said(impossible, "da") == "Datoen 31-02-2026 findes ikke."
    assert said(impossible, "en") == "The date 31-02-2026 does not exist."


def test_an_agreement_dated_before_its_meeting_and_without_who(demo_store: Store, demo_citizen_id: int) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    meeting = [m for m in demo_store.meetings(plan.id) if m.id is not None][-1]
    people = demo_store.participants(plan.id)
    early = refusal(lambda: demo_store.add_agreement(plan.id, people[0].id, "Ringe til VUC",
                                                    due_date=date(2020, 1, 1), meeting_id=meeting.id))
    assert early.message.startswith("Datoen 01-01-2020 ligger før mødet")
    assert said(early, "en").startswith("The date 01-01-2020 is before the meeting")
    nobody = refusal(lambda: demo_store.add_agreement(plan.id, None, "Ringe til VUC", due_date=date(2026, 12, 1)))
    assert (nobody.message, said(nobody, "en")) == ("Vælg hvem der står for det.", "Choose who is responsible for it.")


def test_a_cpr_number_and_an_empty_text_refused_in_both_languages(store: Store) -> None:
    cpr = refusal(lambda: store.create_citizen("Test Testesen 010190-1234"))
    assert "CPR-nummer" in cpr.message and said(cpr, "en").startswith("The text seems to contain a CPR number.")
    blank = refusal(lambda: store.create_citizen("   "))
    assert said(blank, "da") == "Feltet må ikke være tomt." and said(blank, "en") == "This field must not be empty."


def test_a_conflict_in_both_languages(store: Store) -> None:
    cid = store.create_citizen("Test Testesen").id
    assert cid is not None
    first = store.get_citizen(cid)
    store.update_citizen(cid, values="Kaffe", expected_version=first.version)
    conflict = refusal(lambda: store.update_citizen(cid, values="Te", expected_version=first.version))
    assert isinstance(conflict, EditConflict)
    assert conflict.message.startswith("Ændret af ") and "Intet er gemt" in conflict.message
    assert said(conflict, "en").startswith("Changed by ") and "Nothing was saved" in said(conflict, "en")
    assert conflict.said_headline.text("en").endswith("while you were writing")


def test_plain_text_errors_stay_as_written_and_fixed_sentences_are_found() -> None:
    assert said(StoreError("Noget gik galt."), "en") == "Noget gik galt."
    assert said(StoreError(MESSAGES["read_only"][0]), "en") == MESSAGES["read_only"][1]
    from store.engine import BUSY_MESSAGE
    from store.errors import StoreBusy

    assert said(StoreBusy(BUSY_MESSAGE), "en").startswith("The database is busy with another program")
    assert str(msg("not_found.meeting", n=7)) == "Der er intet møde nr. 7."
    assert Message("conflict", {"headline": msg("conflict.headline", who=msg("conflict.someone"), when="")}).text(
        "en").startswith("Changed by someone else while you were writing.")
    with pytest.raises(KeyError):
        msg("no.such.key")


def test_more_refusals_in_english(demo_store: Store, demo_citizen_id: int) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    closed = [m for m in demo_store.meetings(plan.id) if m.status.value == "closed"][-1]
    shut = refusal(lambda: demo_store.refuse_if_meeting_closed(closed.id))
    assert said(shut, "en") == "The meeting is closed, and its minutes cannot be changed. Write corrections as an addendum."
    someone = demo_store.participants(plan.id)[1]
    twice = refusal(lambda: demo_store.add_participant(plan.id, someone.name, someone.role))
    role_da, role_en = (word(f"role.{someone.role.value}", lang).lower() for lang in ("da", "en"))
    assert said(twice, "da") == (f"{someone.name} ({role_da}) er allerede deltager i planen. "
                                 "Vælg personen på listen i stedet.")
    assert said(twice, "en") == (f"{someone.name} ({role_en}) is already a participant in the plan. "
                                 "Choose the person on the list instead.")
    unknown = refusal(lambda: demo_store.catalog.plan_type("no_such_type"))
    assert said(unknown, "en").startswith("Unknown plan type 'no_such_type'. Known types: ")


def test_a_file_that_cannot_be_opened_is_said_in_both_languages(tmp_path: Path) -> None:
    empty = tmp_path / "tom.db"
    empty.write_bytes(b"")
    other = tmp_path / "andet.db"
    import sqlite3

    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE x (y)")
    cases = [
        (lambda: Store(tmp_path, user="test"), "er en mappe, ikke en databasefil", "is a folder, not a database file"),
        (lambda: Store(tmp_path / "nej.db", user="test", read_only=True), "findes ikke", "does not exist"),
        (lambda: Store(empty, user="test", read_only=True), "filen er tom", "the file is empty"),
        (lambda: Store(other, user="test"), "er ikke en Rundbord-database", "is not a Rundbord database"),
    ]
    for call, da, en in cases:
        error = refusal(call)
        assert da in said(error, "da") and en in said(error, "en"), said(error, "en")
        assert not any(c in said(error, "en") for c in "æøå")


def test_a_short_audit_key_is_said_in_both_languages(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from store.audit_key import ENV_KEY, signing_key

    monkeypatch.setenv(ENV_KEY, "kort")
    error = refusal(signing_key)
    assert "for kort til at være en nøgle" in said(error, "da")
    assert "too short to be a key" in said(error, "en")
