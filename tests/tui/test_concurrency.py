"""The facilitator, three live readers and a second writer on one file: no errors, nothing lost.

Every process is real and bounded by a count of operations: each writer makes
WRITES writes; the readers read until told the writers are done, then once
more. Each reports what it did on stdout and any error (e.g. "database is
locked") as an `error` line.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from store import Store
from store.maintenance import integrity_report

from .cli_helpers import ROOT

WRITES = 200
"""Writes per writer process (a note, a goal change, an agreement, in turn)."""
UNTIL_TOLD = "until-told"
"""A writer's count that means: write until a line arrives on stdin (at least once)."""

WRITER = textwrap.dedent("""
    import select, sys, time
    from datetime import date
    from store import Store
    path, tag, count = sys.argv[1], sys.argv[2], sys.argv[3]
    limit = None if count == "until-told" else int(count)
    s = Store(path, user=tag)
    cid = s.list_citizens()[0].id
    view = s.plan_view(cid)
    plan_id, goal_id, who = view.plan.id, view.goals[0].goal.id, view.participants[0].id
    print("ready", flush=True)
    sys.stdin.readline()  # all start together

    def more(i):
        if limit is not None:
            return i < limit
        return i == 0 or not select.select([sys.stdin], [], [], 0)[0]  # until the test says stop

    i = 0
    while more(i):
        try:
            if i % 3 == 0:
                n = s.add_note(plan_id, f"{tag} {i}")
                print(f"note {n.id} {tag} {i}", flush=True)
            elif i % 3 == 1:
                s.update_goal(goal_id, rationale=f"{tag} {i}")
                print(f"goal {goal_id} {tag} {i}", flush=True)
            else:
                a = s.add_agreement(plan_id, who, f"{tag} {i}", date(2027, 1, 1))
                print(f"agreement {a.id} {tag} {i}", flush=True)
        except Exception as exc:
            print(f"error {type(exc).__name__}: {exc}", flush=True)
        i += 1
        time.sleep(0.002)
    print("done", flush=True)
""")

READER = textwrap.dedent("""
    import select, sys, time
    from store import Store
    path = sys.argv[1]
    s = Store(path, user="reader")
    cid = s.list_citizens()[0].id
    print("ready", flush=True)
    sys.stdin.readline()
    reads = changes = 0
    seen = s.data_version()
    while True:
        stop = bool(select.select([sys.stdin], [], [], 0)[0])  # the writers are done: one last read
        try:
            v = s.data_version()
            if v != seen:
                seen = v
                changes += 1
                view = s.plan_view(cid)
                assert view.goals and view.participants
            reads += 1
        except Exception as exc:
            print(f"error {type(exc).__name__}: {exc}", flush=True)
        if stop:
            break
        time.sleep(0.02)
    print(f"reads {reads} {changes}", flush=True)
    print("done", flush=True)
""")


def test_app_readers_and_second_writer_share_one_file(demo_db: Path, demo_citizen_id: int) -> None:
    db, cid = demo_db, demo_citizen_id
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmds = [
        [sys.executable, "-c", WRITER, str(db), "facilitator", str(WRITES)],
        [sys.executable, "-c", WRITER, str(db), "writer2", str(WRITES)],
        *[[sys.executable, "-c", READER, str(db)] for _ in range(3)],
    ]
    procs = [
        subprocess.Popen(c, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for c in cmds
    ]
    outputs: list[str] = []
    try:
        for p in procs:
            assert p.stdout is not None
            assert p.stdout.readline().strip() == "ready"
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        for n, p in enumerate(procs):
            if n == 2:  # both writers are done: tell the readers
                for reader in procs[2:]:
                    assert reader.stdin is not None
                    reader.stdin.write("stop\n")
                    reader.stdin.flush()
            out, err = p.communicate(timeout=60)
            assert p.returncode == 0, err
            assert "Traceback" not in err, err
            outputs.append(out)
    finally:
        for p in procs:
            p.kill()
            p.wait(timeout=10)

    errors = [line for out in outputs for line in out.splitlines() if line.startswith("error")]
    assert errors == []
    assert not any("locked" in out for out in outputs)
    assert all(out.rstrip().endswith("done") for out in outputs)
    for out in outputs[2:]:
        _, reads, changes = [line for line in out.splitlines() if line.startswith("reads")][0].split()
        assert int(reads) > 0 and int(changes) > 0

    writes = [line.split() for out in outputs[:2] for line in out.splitlines()
              if line.split()[0] in ("note", "goal", "agreement")]
    assert {w[2] for w in writes} == {"facilitator", "writer2"}
    assert len(writes) == 2 * WRITES
    with Store(db, user="test") as s:
        plan_id = s.plan_of(cid).id or 0
        notes = {n.text for n in s.notes(plan_id)}
        agreements = {a.what for a in s.agreements(plan_id)}
        goal_id = s.goals(plan_id)[0].id or 0
        goal_log = [(e.user, e.new_value) for e in s.record_history("goal", goal_id) if e.field == "rationale"]
        for kind, _, tag, i in writes:
            text = f"{tag} {i}"
            if kind == "note":
                assert text in notes
            elif kind == "agreement":
                assert text in agreements
            else:
                assert (tag, text) in goal_log
        confirmed_notes = sum(1 for w in writes if w[0] == "note")
        assert sum(1 for n in notes if n.startswith(("facilitator ", "writer2 "))) == confirmed_notes
        assert s.verify_audit_chain().ok
    assert integrity_report(db).ok


HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    hold = float(sys.argv[2])
    if hold > 0:
        time.sleep(hold)
    else:
        sys.stdin.readline()
    conn.execute("COMMIT")
    print("released", flush=True)
""")


def _holder(db: Path, hold: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), hold], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_a_short_lock_is_waited_out(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    with Store(db, user="test") as s:
        c = s.create_citizen("Låst Lauridsen")
        plan_id = s.plan_of(c.id or 0).id or 0
        proc = _holder(db, "0.5")
        try:
            s.add_note(plan_id, "skrevet mens en anden skrev")  # retried within the busy timeout
        finally:
            proc.kill()
            proc.wait(timeout=10)
        assert [n.text for n in s.notes(plan_id)] == ["skrevet mens en anden skrev"]


def test_a_long_lock_is_reported_in_danish_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A lock held longer than the busy timeout: the write is refused once the timeout has passed.

    The timeout is 5 s in use; 1 s here, so the test waits 1 s for the refusal instead of 5.
    """
    from store import StoreBusy, engine as store_engine

    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 1000)
    db = tmp_path / "d.db"
    with Store(db, user="test") as s:
        c = s.create_citizen("Låst Lauridsen")
        plan_id = s.plan_of(c.id or 0).id or 0
        audit_before = len(s.citizen_log(c.id or 0))
        proc = _holder(db, "0")
        try:
            started = time.monotonic()
            try:
                s.add_note(plan_id, "kan ikke gemmes lige nu")
            except StoreBusy as exc:
                message = exc.message
            else:
                raise AssertionError("the write should have been refused")
            assert time.monotonic() - started >= 1.0  # waited out the whole busy timeout first
        finally:
            assert proc.stdin is not None
            proc.stdin.write("\n")
            proc.stdin.flush()
            proc.wait(timeout=10)
            proc.kill()
        assert "optaget" in message and "Intet er gemt" in message and "locked" not in message
        assert s.notes(plan_id) == [] and len(s.citizen_log(c.id or 0)) == audit_before
        s.add_note(plan_id, "nu går det")  # the lock is gone: the next try works
        assert [n.text for n in s.notes(plan_id)] == ["nu går det"]
