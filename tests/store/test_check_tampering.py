"""`rundbord check` names each change made to the file outside Rundbord (finding 6 of issue 16).

A dropped trigger, a log row changed and the whole chain recomputed without
the key, a plan row changed with a plain UPDATE, a frozen minutes copy edited
in the file, a log cut short after a meeting was closed: each is named, in
Danish, and the edited copy is not exported.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import sqlite3
import stat
from pathlib import Path

import pytest

from store import Store, StoreError
from store.audit_key import ENV_KEY, AuditKey, AuditKeyProblem, key_file, signing_key
from store.db import GENESIS_HASH, audit_text, entry_hash
from store.enums import Audience, MeetingStatus
from store.errors import FrozenCopyAltered
from store.maintenance import integrity_report
from tests.store.test_migrations import load_v1

from ..tui.cli_helpers import rundbord, rundbord_here

FIELDS = "at, user, action, table_name, record_id, field, old_value, new_value, citizen_id"


def _sql(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for s in statements:
            conn.execute(s, params if "?" in s else ())
    conn.close()


def _problems(path: Path) -> dict[str, str]:
    return {p.name: p.message for p in integrity_report(path).problems}


def _rechain(path: Path, sign: str, *, key: bytes = b"", key_id: str | None = None) -> None:
    """What someone with the file but not the key does: change row 5, drop the triggers, recompute
    every hash from the first row ("sha256": the old unkeyed way; "hmac": with a key of their own)."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET new_value = 'forfalsket' WHERE id = 5")
        prev = GENESIS_HASH
        for row in conn.execute(f"SELECT id, {FIELDS} FROM audit_log ORDER BY id").fetchall():
            fields = list(row[1:])
            if sign == "sha256":
                h, kid = entry_hash(prev, fields), None
            else:
                kid = key_id or "x"
                payload = json.dumps([prev, *[audit_text(f) for f in fields], kid], ensure_ascii=False)
                h = hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ?, key_id = ? WHERE id = ?", (prev, h, kid, row[0]))
            prev = h
        conn.execute(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )
    conn.close()


def test_the_demo_passes_every_check(demo_db: Path) -> None:
    report = integrity_report(demo_db)
    assert report.ok, report.text()
    names = [i.name for i in report.items]
    assert names == ["Rettigheder", "Filens opbygning", "Henvisninger", "Ændringsloggen", "Loggens beskyttelse",
                     "Data mod loggen", "Låste referater", "Søgeindekset"]


@pytest.mark.parametrize("trigger", ["audit_log_no_update", "audit_log_no_delete"])
def test_a_dropped_trigger_is_named(demo_db: Path, trigger: str) -> None:
    _sql(demo_db, f"DROP TRIGGER {trigger}")
    problems = _problems(demo_db)
    assert list(problems) == ["Loggens beskyttelse"]
    assert f"{trigger} (mangler)" in problems["Loggens beskyttelse"]


def test_a_trigger_made_harmless_is_named(demo_db: Path) -> None:
    _sql(demo_db, "DROP TRIGGER audit_log_no_delete",
         "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT 1; END")
    assert "audit_log_no_delete (er ændret)" in _problems(demo_db)["Loggens beskyttelse"]


def test_a_chain_recomputed_the_old_way_is_named(demo_db: Path) -> None:
    _rechain(demo_db, "sha256")
    message = _problems(demo_db)["Ændringsloggen"]
    assert "Ingen af ændringsloggens" in message and "beskyttet med nøglen" in message


def test_a_chain_recomputed_with_a_guessed_key_is_named(demo_db: Path) -> None:
    real = signing_key()
    _rechain(demo_db, "hmac", key=secrets.token_bytes(32), key_id=real.id)  # their key, our key's id
    message = _problems(demo_db)["Ændringsloggen"]
    assert "brudt ved række 1" in message and "regnet om uden nøglen" in message


def test_a_chain_recomputed_with_another_key_is_named(demo_db: Path) -> None:
    other = AuditKey(secrets.token_bytes(32), "deres")
    _rechain(demo_db, "hmac", key=other.secret, key_id=other.id)
    message = _problems(demo_db)["Ændringsloggen"]
    assert "ikke findes på denne maskine" in message and other.id in message


def test_an_unkeyed_row_after_a_keyed_one_is_named(demo_db: Path) -> None:
    conn = sqlite3.connect(demo_db)
    with conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        last = conn.execute(f"SELECT id, prev_hash, {FIELDS} FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        conn.execute("UPDATE audit_log SET hash = ?, key_id = NULL WHERE id = ?",
                     (entry_hash(last[1], list(last[2:])), last[0]))
    conn.close()
    assert "ikke beskyttet med nøglen" in _problems(demo_db)["Ændringsloggen"]


def test_a_direct_update_of_a_plan_row_is_named(demo_store: Store, demo_citizen_id: int, demo_db: Path) -> None:
    goal = demo_store.goals(demo_store.plan_of(demo_citizen_id).id or 0)[0]
    agreement = next(a for a in demo_store.agreements(demo_store.plan_of(demo_citizen_id).id or 0)
                     if a.status.value == "open")
    demo_store.close()
    _sql(demo_db, f"UPDATE goal SET text = 'Jeg vil noget andet' WHERE id = {goal.id}",
         f"UPDATE agreement SET status = 'done' WHERE id = {agreement.id}",
         "INSERT INTO note (plan_id, text, created_at, private, shared_with_relatives) "
         "VALUES (1, 'sneget ind', '2026-11-23T09:30:00', 0, 0)")
    message = _problems(demo_db)["Data mod loggen"]
    assert f"Delmål nr. {goal.id}: tekst er 'Jeg vil noget andet' i filen, men ændringsloggen siger" in message
    assert f"Aftale nr. {agreement.id}: status er 'done'" in message
    assert "Note nr." in message and "har aldrig oprettet den" in message


def test_a_row_deleted_with_sql_is_named(demo_db: Path) -> None:
    _sql(demo_db, "PRAGMA foreign_keys=OFF", "DELETE FROM observation WHERE id = 1")
    assert "Tegn/observation nr. 1 mangler i filen" in _problems(demo_db)["Data mod loggen"]


def _closed_meeting(store: Store, citizen_id: int) -> int:
    plan = store.plan_of(citizen_id)
    return next(m.id for m in store.meetings(plan.id or 0) if m.status is MeetingStatus.CLOSED and m.id)


def test_an_edited_frozen_copy_is_named_and_not_exported(demo_store: Store, demo_citizen_id: int,
                                                          demo_db: Path) -> None:
    meeting_id = _closed_meeting(demo_store, demo_citizen_id)
    exported = demo_store.minutes_markdown(meeting_id, Audience.RELATIVE)
    frozen = demo_store.frozen_minutes(meeting_id, Audience.RELATIVE)
    assert frozen is not None and frozen.chain_head and f"række {frozen.chain_row}" in exported
    demo_store.close()
    _sql(demo_db, "UPDATE frozen_minutes SET text = replace(text, 'Nanna', 'Hanne') "
         f"WHERE meeting_id = {meeting_id} AND audience = 'relative'")
    problems = _problems(demo_db)
    assert f"Referatet af møde nr. {meeting_id} til pårørende er ændret i filen" in problems["Låste referater"]
    assert "Referat nr." in problems["Data mod loggen"]  # the log says what the text was
    with Store(demo_db, read_only=True) as s:
        with pytest.raises(FrozenCopyAltered, match="kontrolsummen passer ikke"):
            s.minutes_markdown(meeting_id, Audience.RELATIVE)
        assert s.minutes_markdown(meeting_id, Audience.CITIZEN)  # the other copies are whole
    out = rundbord_here("export", "minutes", str(meeting_id), "--audience", "relative", "--db", demo_db)
    assert out.returncode == 1 and "kontrolsummen passer ikke" in out.stderr and out.stdout == ""


def test_a_log_cut_short_after_a_closing_is_named(demo_store: Store, demo_citizen_id: int, demo_db: Path) -> None:
    meeting_id = _closed_meeting(demo_store, demo_citizen_id)
    frozen = demo_store.frozen_minutes(meeting_id, Audience.AUTHORITY)
    assert frozen is not None and frozen.chain_row
    demo_store.close()
    _sql(demo_db, "DROP TRIGGER audit_log_no_delete", f"DELETE FROM audit_log WHERE id >= {frozen.chain_row}")
    message = _problems(demo_db)["Låste referater"]
    assert f"Ændringsloggen frem til afslutningen af møde nr. {meeting_id}" in message


def test_an_upgraded_files_old_rows_cannot_be_rewritten_either(tmp_path: Path) -> None:
    path = tmp_path / "gammel.db"
    load_v1(path)
    Store(path).close()  # upgraded: a keyed row marks where the unkeyed ones end
    assert integrity_report(path).ok
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET new_value = 'forfalsket' WHERE id = 3")
        prev = GENESIS_HASH
        rows = conn.execute(f"SELECT id, {FIELDS}, key_id FROM audit_log ORDER BY id").fetchall()
        for row in rows:
            if row[-1]:  # the keyed rows: out of reach
                break
            h = entry_hash(prev, list(row[1:-1]))
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, row[0]))
            prev = h
    conn.close()
    assert "passer ikke med rækken før" in _problems(path)["Ændringsloggen"]


def test_the_key_is_a_private_file_outside_the_database(tmp_path: Path) -> None:
    key = signing_key()
    assert key.source == str(key_file())
    assert stat.S_IMODE(key_file().stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file().parent.stat().st_mode) == 0o700
    with Store(tmp_path / "x.db", user="test") as s:
        s.create_citizen("Ida")
        assert {r["key_id"] for r in s.db.query("SELECT key_id FROM audit_log")} == {key.id}
        raw = (tmp_path / "x.db").read_bytes() + (tmp_path / "x.db-wal").read_bytes()
        assert key.secret not in raw and key.secret.hex().encode() not in raw


def test_a_shared_installation_gives_the_key_in_the_environment(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shared = secrets.token_hex(32)
    monkeypatch.setenv(ENV_KEY, shared)
    with Store(tmp_path / "x.db", user="test") as s:
        s.create_citizen("Ida")
        assert s.verify_audit_chain().ok
    assert integrity_report(tmp_path / "x.db").ok
    out = rundbord("check", "--db", tmp_path / "x.db", env={ENV_KEY: shared})
    assert out.returncode == 0, out.stdout
    monkeypatch.delenv(ENV_KEY)
    message = _problems(tmp_path / "x.db")["Ændringsloggen"]  # without it: named, not passed
    assert "ikke findes på denne maskine" in message and ENV_KEY in message
    monkeypatch.setenv(ENV_KEY, "kort")
    with pytest.raises(AuditKeyProblem, match="for kort"):
        signing_key()
    with pytest.raises(StoreError):
        Store(tmp_path / "x.db", user="test").create_citizen("Bo")


def test_check_as_a_process_exits_1_and_says_what(demo_db: Path) -> None:
    _sql(demo_db, "DROP TRIGGER audit_log_no_update", "UPDATE goal SET text = 'ændret udenom' WHERE id = 1")
    out = rundbord("check", "--db", demo_db)
    assert out.returncode == 1
    assert "[FEJL] Loggens beskyttelse" in out.stdout and "[FEJL] Data mod loggen" in out.stdout
    assert "[FEJL] Søgeindekset" in out.stdout and "Fandt 3 problemer" in out.stdout  # the goal text is searched


def test_every_finding_is_said_in_english_too(demo_store: Store, demo_citizen_id: int, demo_db: Path) -> None:
    """`rundbord check --lang en` on a file tampered with in every way above: each finding in English (the
    values quoted from the file and its path are data, not words of Rundbord's)."""
    from tests.store.test_exports_english import danish_in

    meeting_id = _closed_meeting(demo_store, demo_citizen_id)
    goal = demo_store.goals(demo_store.plan_of(demo_citizen_id).id or 0)[0]
    demo_store.close()
    _sql(demo_db, f"UPDATE goal SET text = 'Noget andet' WHERE id = {goal.id}",
         "INSERT INTO note (plan_id, text, created_at, private, shared_with_relatives) "
         "VALUES (1, 'sneget ind', '2026-11-23T09:30:00', 0, 0)",
         "PRAGMA foreign_keys=OFF", "DELETE FROM observation WHERE id = 1",
         "UPDATE frozen_minutes SET text = replace(text, 'Nanna', 'Hanne') "
         f"WHERE meeting_id = {meeting_id} AND audience = 'relative'",
         "DROP TRIGGER audit_log_no_delete")
    _rechain(demo_db, "sha256")
    demo_db.chmod(0o644)
    report = integrity_report(demo_db)
    assert len(report.problems) >= 5
    english = report.text("en")
    assert "Found" in english and "The change log" in english and "(missing)" in english
    data = english.replace(str(demo_db), " ")
    for value in ("Noget andet", "sneget ind"):
        data = data.replace(value, " ")
    data = re.sub(r"(is|says) '.*?' (in the file|\(changed)", " ", data)  # values quoted from the file
    assert danish_in(data) == [], english
    danish = report.text("da")
    assert "Fandt" in danish and "(mangler)" in danish and danish_in(danish)
