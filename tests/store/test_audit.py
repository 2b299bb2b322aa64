"""The audit log: the hash chain detects tampering; history and the citizen's extract."""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from store import InputError, Store
from store.audit import one_line, visible
from store.db import check_input, to_sql
from store.enums import Area, GoalStatus
from store.models import AgendaItem, Citizen, Goal

CPR = "010190-1234"


def _raw(path: Path) -> sqlite3.Connection:
    """A plain connection, as someone tampering with the file would use."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    return conn


def _some_changes(store: Store) -> int:
    c = store.create_citizen("Test Testesen")
    assert c.id is not None
    plan = store.plan_of(c.id)
    assert plan.id is not None
    goal = store.add_goal(plan.id, Area.HEALTH, "Jeg vil sove bedre")
    assert goal.id is not None
    store.update_goal(goal.id, rationale="Træt om morgenen", status=GoalStatus.PAUSED)
    return c.id


def test_chain_is_whole_after_writes(store: Store) -> None:
    assert store.verify_audit_chain().ok  # empty log
    _some_changes(store)
    check = store.verify_audit_chain()
    assert check.ok and check.rows > 5 and check.first_broken_id is None
    assert "hel" in check.message


def test_audit_log_cannot_be_changed_through_sql(store: Store) -> None:
    _some_changes(store)
    with pytest.raises((sqlite3.DatabaseError, psycopg.Error)):
        store.db.engine.execute("UPDATE audit_log SET \"user\" = 'x' WHERE id = 1")
    with pytest.raises((sqlite3.DatabaseError, psycopg.Error)):
        store.db.engine.execute("DELETE FROM audit_log WHERE id = 1")


@pytest.mark.parametrize("tamper, broken_at, word", [
    ("UPDATE audit_log SET new_value = 'Noget andet' WHERE id = 3", 3, "ændret"),
    ("UPDATE audit_log SET user = 'mallory' WHERE id = 1", 1, "ændret"),
    ("DELETE FROM audit_log WHERE id = 4", 5, "mangler"),
    ("DELETE FROM audit_log WHERE id = 1", 2, "passer ikke"),
])
def test_chain_detects_altered_and_removed_rows(db_path: Path, tamper: str, broken_at: int, word: str) -> None:
    with Store(db_path, user="test") as s:
        _some_changes(s)
    conn = _raw(db_path)
    conn.execute(tamper)
    conn.close()
    with Store(db_path, user="test") as s:
        check = s.verify_audit_chain()
    assert not check.ok
    assert check.first_broken_id == broken_at
    assert f"række {broken_at}" in check.message and word in check.message


def test_chain_detects_an_inserted_row(db_path: Path) -> None:
    with Store(db_path, user="test") as s:
        _some_changes(s)
    conn = _raw(db_path)
    # A forged row appended with a made-up hash, and one squeezed in by renumbering.
    conn.execute(
        "INSERT INTO audit_log (at, user, action, table_name, record_id, field, old_value, new_value, "
        "citizen_id, prev_hash, hash) VALUES ('2026-01-01T00:00:00', 'x', 'update', 'goal', 1, 'text', "
        "'a', 'b', 1, 'abc', 'def')"
    )
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.close()
    with Store(db_path, user="test") as s:
        check = s.verify_audit_chain()
    assert not check.ok and check.first_broken_id == last


def test_record_history_and_citizen_log(store: Store) -> None:
    cid = _some_changes(store)
    plan = store.plan_of(cid)
    goal = store.goals(plan.id or 0)[0]
    history = store.record_history("goal", goal.id or 0)
    fields = [(e.action.value, e.field) for e in history]
    assert ("insert", "text") in fields
    assert ("update", "rationale") in fields and ("update", "status") in fields
    upd = [e for e in history if e.field == "status" and e.action.value == "update"][0]
    assert (upd.old_value, upd.new_value, upd.user) == ("active", "paused", "test")
    log = store.citizen_log(cid)
    assert {e.table_name for e in log} >= {"citizen", "plan", "goal", "participant"}
    assert all(e.citizen_id == cid for e in log)
    # A second citizen's changes stay out of the first one's log.
    other = store.create_citizen("Anden Person")
    assert all(e.citizen_id == cid for e in store.citizen_log(cid))
    assert store.citizen_log(other.id or 0)


def test_deletion_is_logged_with_old_values(store: Store) -> None:
    cid = _some_changes(store)
    meeting_plan = store.plan_of(cid)
    meeting_id = _meeting(store, meeting_plan.id or 0)
    with store.db.write():
        item = store.db.insert(AgendaItem(meeting_id=meeting_id, title="Punkt"))
    with store.db.write():
        store.db.delete(AgendaItem, item.id or 0)
    history = store.record_history("agenda_item", item.id or 0)
    deleted = [e for e in history if e.action.value == "delete"]
    assert any(e.field == "title" and e.old_value == "Punkt" and e.new_value is None for e in deleted)
    assert all(e.citizen_id == cid for e in deleted)
    assert store.verify_audit_chain().ok


def _meeting(store: Store, plan_id: int) -> int:
    m = store.plan_meeting(plan_id, "citizen", date(2026, 12, 1))
    assert m.id is not None
    return m.id


HOSTILE = [
    "[bold]fed[/] [link=https://x.invalid]klik[/link] [@click=app.quit]luk[/]",
    "\x1b[31mrød\x1b[0m \x07bip\x08 \x00nul",
    "<script>alert(1)</script> | tabel | `kode` *fed* # overskrift",
    "'); DROP TABLE citizen;--",
    "Emoji 😀👍🏽, æøå ÆØÅ, עברית مرحبا",
]


def test_citizen_log_markdown_is_escaped_and_danish(store: Store) -> None:
    c = store.create_citizen("Åse <b>Ørn</b> [bold]")
    assert c.id is not None
    for i, text in enumerate(HOSTILE):
        if "\x00" in text and not store.db.engine.stores_nul:
            text = text.replace("\x00", "")  # PostgreSQL refuses NUL (test_postgres.py)
        store.update_citizen(c.id, values=text, strengths=f"styrke {i}")
    md = store.citizen_log_markdown(c.id)
    assert md.startswith("# Udtræk af ændringsloggen for ")
    assert "artikel 15" in md and "ændret" in md and "Borger nr." in md and "værdier" in md
    assert "\x1b" not in md and "\x07" not in md and "\x00" not in md
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(md)
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    headings = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0][0] == "h1" and headings[1:] == [("h2", "Ændringer"), ("h2", "Hvem har set dine oplysninger")]
    # Every table row has the header's six cells.
    cells_per_row: list[int] = []
    count = 0
    for t in tokens:
        if t.type == "tr_open":
            count = 0
        elif t.type in ("th_open", "td_open"):
            count += 1
        elif t.type == "tr_close":
            cells_per_row.append(count)
    assert cells_per_row and set(cells_per_row) == {6}
    assert len(cells_per_row) == len(store.citizen_log(c.id)) + 1
    assert "DROP TABLE citizen" in md  # kept as data, harmless
    assert store.list_citizens()  # and the table is still there


def test_citizen_log_markdown_for_unknown_citizen(store: Store) -> None:
    md = store.citizen_log_markdown(999)
    assert "ingen registrerede ændringer" in md


def test_visible_neutralises_control_characters() -> None:
    assert visible("a\x1b[31mb") == "a\u241b[31mb"
    assert visible("linje\nto\tfane") == "linje\nto\tfane"
    assert "\x9b" not in visible("c1\x9bx") and "\x7f" not in visible("del\x7f")
    assert one_line("a\nb  c", 60) == "a b c"
    assert one_line("x" * 100, 10) == "x" * 9 + "…"
    assert CPR not in visible(f"nr {CPR}")


# -- property tests ---------------------------------------------------------------

_TEXT_FIELDS = ("text", "rationale", "evaluation", "scale_anchor", "smart_specific")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.sampled_from(_TEXT_FIELDS))
def test_any_text_validates_or_is_refused_in_danish(text: str, field: str) -> None:
    data: dict[str, Any] = {"plan_id": 1, "area": "health", "text": "Jeg vil", field: text}
    try:
        goal = check_input(Goal, **data)
    except InputError as exc:
        assert exc.field == field
        assert exc.message and not exc.message.startswith(("Value error", "String should", "Input should"))
        return
    assert getattr(goal, field) == text
    try:
        check_input(Citizen, name=text or "x", values=text)
    except InputError as exc:
        assert exc.message and not exc.message.startswith(("Value error", "String should", "Input should"))


_changes = st.fixed_dictionaries(
    {},
    optional={
        "text": st.sampled_from(["Jeg vil sove bedre", "Jeg vil gå ture", "", "  ", CPR, "[bold]x[/]"]),
        "rationale": st.text(max_size=20),
        "status": st.sampled_from([s.value for s in GoalStatus] + ["ugyldig"]),
        "private": st.booleans(),
        "shared_with_relatives": st.booleans(),
        "gas_weight": st.sampled_from([1.0, 2.5, 0, 100, 101]),
        "gas_result": st.sampled_from([None, -2, 0, 2, 3]),
        "end_date": st.sampled_from([None, date(2027, 1, 1), date(2020, 1, 1), "31-02-2026"]),
    },
)


@pytest.fixture
def goal_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    s = Store(tmp_path_factory.mktemp("prop") / "p.db", user="prop")
    c = s.create_citizen("Prop Erty")
    plan = s.plan_of(c.id or 0)
    goal = s.add_goal(plan.id or 0, Area.SOCIAL, "Jeg vil", start_date=date(2026, 1, 1))
    yield s, goal.id
    s.close()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=_changes)
def test_every_write_leaves_one_audit_row_per_changed_field(goal_store: Any, changes: dict[str, Any]) -> None:
    store, goal_id = goal_store
    before = store.get_goal(goal_id)
    last = store.db.query("SELECT coalesce(max(id), 0) AS m FROM audit_log")[0]["m"]
    try:
        after = store.update_goal(goal_id, **changes)
    except InputError as exc:
        assert exc.message
        assert store.get_goal(goal_id) == before
        assert store.db.query("SELECT count(*) AS n FROM audit_log WHERE id > ?", (last,))[0]["n"] == 0
        return
    old = {k: to_sql(v) for k, v in before.model_dump().items()}
    new = {k: to_sql(v) for k, v in after.model_dump().items()}
    changed = {k for k in new if old[k] != new[k]} - {"version"}  # the version counts changes; it is not logged
    assert after.version == before.version + (1 if changed else 0)
    rows = store.db.query("SELECT * FROM audit_log WHERE id > ? ORDER BY id", (last,))
    assert sorted(r["field"] for r in rows) == sorted(changed)
    for r in rows:
        assert r["action"] == "update" and r["table_name"] == "goal" and r["record_id"] == goal_id
        assert r["user"] == "prop"
        f = r["field"]
        assert r["old_value"] == (None if old[f] is None else str(old[f]))
        assert r["new_value"] == (None if new[f] is None else str(new[f]))
    assert store.get_goal(goal_id) == after
    assert store.verify_audit_chain().ok
