"""What is PostgreSQL's own: the engine, ids with gaps, the write lock under the chain, the facilitators'
role, the log's protection as `check` sees it, search and Danish order as on SQLite, LISTEN/NOTIFY.

Each test has a database of its own on the test server (tests/engines.py); without one they skip.
"""
from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from store import Store
from store.errors import InputError, NotRundbordFile
from store.danish_order import sort_key
from store.enums import Area
from store.maintenance import integrity_report
from tests.conftest import TEST_USER

FACILITATOR_LOGIN = "rundbord_facilitator_test"
"""A facilitator's login on the test server (`.ci/postgres-up`), member of `rundbord_facilitator`."""


def _as(url: str, login: str) -> str:
    parts = urlsplit(url)
    password = parts.password or ""
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, f"{login}:{password}@{host}", parts.path, parts.query, parts.fragment))


def test_a_postgresql_url_opens_the_postgresql_engine(pg_url: str) -> None:
    with Store(pg_url, user=TEST_USER) as s:
        assert s.engine_name == "PostgreSQL" and s.path is None and s.location == pg_url
        assert ":•••@" in s.where and "rundbord-test" not in s.where
        c = s.create_citizen("Åse Ørnebjerg")
        assert s.list_citizens()[0].name == "Åse Ørnebjerg" and c.id is not None


def test_a_database_with_other_tables_is_not_rundbords(pg_blank_url: str) -> None:
    with psycopg.connect(pg_blank_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE kunder (id int)")
    with pytest.raises(NotRundbordFile, match="ikke en Rundbord-database"):
        Store(pg_blank_url)


def test_a_rolled_back_write_leaves_a_gap_and_check_passes(pg_url: str) -> None:
    with Store(pg_url, user=TEST_USER) as s:
        first = s.create_citizen("Bo Krog")
        with pytest.raises(RuntimeError):
            with s.db.write():
                s.create_citizen("Fortrudt Person")
                raise RuntimeError("fortrudt")
        second = s.create_citizen("Carla Dam")
        assert first.id is not None and second.id is not None and second.id > first.id + 1  # the sequence moved on
        ids = [int(r[0]) for r in s.db.engine.fetchall("SELECT id FROM audit_log ORDER BY id")]
        assert any(b - a > 1 for a, b in zip(ids, ids[1:])), "a rolled-back write leaves a gap in the log's ids"
        chain = s.verify_audit_chain()
        assert chain.ok, chain.message
    report = integrity_report(pg_url, user=TEST_USER)
    assert report.ok, report.text()
    assert "hemmelig" not in report.text() and "rundbord-test" not in report.text()


def test_writers_in_threads_never_fork_the_chain(pg_url: str) -> None:
    with Store(pg_url, user=TEST_USER) as s:
        plan_id = s.plan_of(s.create_citizen("Dorte Fælled").id or 0).id or 0
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            with Store(pg_url, user=f"skriver{n}") as mine:
                for i in range(8):
                    mine.write_note(plan_id, f"note {n}.{i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    with Store(pg_url, user=TEST_USER) as s:
        assert s.verify_audit_chain().ok
        assert not s.db.engine.fetchall("SELECT prev_hash FROM audit_log GROUP BY prev_hash HAVING count(*) > 1")
        assert len(s.notes(plan_id)) == 48


def test_the_facilitators_role_may_write_but_never_change_the_log(pg_url: str) -> None:
    with Store(pg_url, user=TEST_USER) as s:
        s.create_citizen("Ejnar Holm")
    facilitator = _as(pg_url, FACILITATOR_LOGIN)
    with Store(facilitator, user="anna") as s:
        c = s.create_citizen("Frida Lund")  # the group's rights: read and write the data
        assert c.id is not None and s.verify_audit_chain().ok
    with psycopg.connect(facilitator, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute('UPDATE audit_log SET "user" = %s WHERE id = 1', ("x",))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_log")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("TRUNCATE audit_log")
    with psycopg.connect(pg_url, autocommit=True) as conn:  # the owner is stopped by the triggers
        for statement in ('UPDATE audit_log SET "user" = \'x\'', "DELETE FROM audit_log", "TRUNCATE audit_log"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute(statement)


def test_check_names_a_disarmed_trigger_and_a_role_that_may_change_the_log(pg_url: str) -> None:
    with Store(pg_url, user=TEST_USER) as s:
        s.create_citizen("Gitte Å")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete")
        conn.execute("GRANT UPDATE ON audit_log TO PUBLIC")
    text = integrity_report(pg_url, user=TEST_USER).text()
    assert "[FEJL] Loggens beskyttelse" in text
    assert "audit_log_no_delete (slået fra)" in text and "PUBLIC" in text


def test_change_marker_follows_another_connections_commits(pg_url: str) -> None:
    with Store(pg_url, user="anna") as watcher, Store(pg_url, user="bo") as writer:
        before = watcher.change_marker()
        assert watcher.change_marker() == before  # nothing happened
        writer.create_citizen("Hanne Mose")
        for _ in range(500):  # a notification arrives within a round trip; bounded by a count, not a time
            if watcher.change_marker() != before:
                break
            watcher.db.engine.fetchall("SELECT 1")
        assert watcher.change_marker() != before
        seen = watcher.change_marker()
        commits = writer.db.engine._own_commits  # type: ignore[attr-defined]
        with pytest.raises(RuntimeError):
            with writer.db.write():
                writer.create_citizen("Aldrig Gemt")
                raise RuntimeError("fortrudt")
        writer.create_citizen("Ida Bæk")
        sent = writer.db.engine._own_commits - commits  # type: ignore[attr-defined]
        for _ in range(500):
            if watcher.change_marker()[0] >= seen[0] + sent:
                break
            watcher.db.engine.fetchall("SELECT 1")
        assert watcher.change_marker()[0] == seen[0] + sent  # one notice per commit: the rolled-back write sent none

NAMES = ["Åse Ørn", "Aage Bak", "anne Dal", "Zenia Øst", "Æble Mark", "Ørnulf Vig", "Émile Kærsgaard",
         "Søren Aaby", "ØSTERGAARD Kim", "Karin Aagaard", "100% Hansen", "Under_Score", "Back\\Slash",
         "Ulla Müller", "Kaare Strøm"]
GOALS = ["Arbejde 15 timer om ugen", "Tage bussen alene", "Komme i praktik på Østergade",
         "Læse 100% af brevene", "Få styr på økonomien"]
NEEDLES = ["", "å", "aa", "ka", "Ø", "øst", "ØST", "aag", "gaard", "gård", "100%", "0% ", "_sc", "\\s",
           "müll", "MÜLL", "uge", "praktik", "ØKONOMI", "bussen", "xyz", "e d", "kærs"]


def _fill(s: Store) -> None:
    for i, name in enumerate(NAMES):
        c = s.create_citizen(name)
        plan = s.plan_of(c.id or 0)
        s.set_overall_goal(plan.id or 0, GOALS[i % len(GOALS)], "job")
        s.add_goal(plan.id or 0, Area.EMPLOYMENT, f"{GOALS[(i + 1) % len(GOALS)]} med {name}")


def test_search_and_danish_order_are_the_same_on_both_engines(empty_db: Path, pg_url: str) -> None:
    found: list[list[object]] = []
    for location in (empty_db, pg_url):
        with Store(location, user=TEST_USER) as s:
            _fill(s)
            results: list[object] = []
            for needle in NEEDLES:
                results.append([(r.name, r.overall_goal) for r in s.list_citizens(needle)])
                results.append([(h.kind, h.citizen_name, h.text) for h in s.search_everything(needle, limit=50)])
            found.append(results)
    sqlite_results, pg_results = found
    for needle, mine, theirs in zip([n for n in NEEDLES for _ in (0, 1)], sqlite_results, pg_results):
        assert mine == theirs, needle
    everyone = [name for name, _ in sqlite_results[0]]  # type: ignore[attr-defined]
    assert everyone == sorted(NAMES, key=sort_key)  # Danish order, the same on both (compared above)
    assert everyone.index("Æble Mark") < everyone.index("Ørnulf Vig") < everyone.index("Aage Bak")
    assert any(sqlite_results[i] for i in range(2, len(sqlite_results)))  # the needles found something


def test_nul_is_kept_on_sqlite_and_refused_in_danish_on_postgresql(any_store: Store) -> None:
    if any_store.db.engine.stores_nul:
        c = any_store.create_citizen("Nul\x00Person")
        assert any_store.db.get(type(c), c.id or 0).name == "Nul\x00Person"
    else:
        c = any_store.create_citizen("Nul Person")
        with pytest.raises(InputError, match="nul-tegn"):
            any_store.update_citizen(c.id or 0, strengths="styrke\x00")
        with pytest.raises(InputError, match="nul-tegn"):
            any_store.create_citizen("Nul\x00Person")
        assert [r.name for r in any_store.list_citizens()] == ["Nul Person"]  # nothing written
    assert any_store.verify_audit_chain().ok


def test_a_writer_waiting_past_the_busy_timeout_is_refused_and_writes_nothing(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from store import StoreBusy, engine as store_engine
    from store.engines.postgres import WRITE_LOCK

    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 300)
    with Store(pg_url, user=TEST_USER) as s, psycopg.connect(pg_url) as other:
        other.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))  # another writer holds the turn
        with pytest.raises(StoreBusy, match="optaget"):
            s.create_citizen("Venter Længe")
        other.rollback()
        assert s.list_citizens() == []
        assert s.create_citizen("Næste Gang").id is not None  # the turn is free again


def test_a_facilitators_login_cannot_make_the_tables(pg_blank_url: str) -> None:
    from store.errors import DatabaseProblem

    with pytest.raises(DatabaseProblem, match="oprettes eller opgraderes af dens ejer"):
        Store(_as(pg_blank_url, FACILITATOR_LOGIN), user="anna")


def test_many_rows_of_one_insert_go_as_few_statements_and_arrive_as_given(pg_url: str) -> None:
    """`executemany` of an `INSERT ... VALUES (?, ...)` sends one statement of many rows (the audit rows
    of a change), split where the protocol's 65,535 parameters end; every row, `?`, `%` and NULL as given."""
    rows = [(n, f"tekst {n} ? %s %% '", None if n % 7 else "x") for n in range(30_000)]  # 90,000 parameters
    with Store(pg_url, user=TEST_USER) as s:
        engine = s.db.engine
        engine.execute("CREATE TEMP TABLE many (n integer, t text, u text)")
        conn = engine.conn  # type: ignore[attr-defined]
        sent: list[str] = []
        real_execute = conn.execute
        conn.execute = lambda query, params=None: (sent.append(query), real_execute(query, params))[1]
        engine.executemany("INSERT INTO many (n, t, u) VALUES (?, ?, ?)", rows)
        conn.execute = real_execute
        back = engine.fetchall("SELECT n, t, u FROM many ORDER BY n")
    assert len(sent) == 2  # 21,845 rows of three parameters, then the other 8,155
    assert [tuple(r) for r in back] == rows
