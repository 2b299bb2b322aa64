"""The real facilitator's app, three real live views and a second writer on one file.

Everything runs as its own OS process on one database file, bounded by a
count of operations: the app in a pseudo-terminal, saving the overall goal
APP_SAVES times as a person would (`o`, type, ctrl+s); three `rundbord view`
processes following it; a script writing notes, goal changes and agreements
as fast as it can until the app's last save is confirmed. Afterwards:
nobody saw an error ("database is locked", the view's "cannot be read"
banner, a traceback), every confirmed write of the app and of the writer is in
the file, every view shows the final text, and the file passes the checks.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from store import Store
from store.maintenance import integrity_report

from .test_concurrency import UNTIL_TOLD, WRITER
from .test_crash_app import ROOT, Terminal, _overall_goal, _type_until_shown, _wait_saved

APP_SAVES = 2
"""Confirmed saves of the overall goal in the app while the second writer writes."""
PROBLEMS = (b"locked", b"optaget", b"Traceback", b"kan ikke l\xc3\xa6ses", b"kan ikke findes")


def _status(path: Path) -> dict[str, object]:
    try:
        data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
        return data
    except (OSError, ValueError):
        return {}


def _wait_status(path: Path, key: str, value: object, timeout: float = 20) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = _status(path)
        if status.get(key) == value:
            return status
        time.sleep(0.01)
    raise AssertionError(f"{path.name}: {key} never became {value!r}; last: {_status(path).get(key)!r}")


def test_app_three_views_and_a_writer_on_one_file(demo_db: Path, tmp_path: Path) -> None:
    db = demo_db
    with Store(db, user="test") as s:
        cid = s.list_citizens()[0].id or 0
        plan_id = s.plan_of(cid).id or 0
    python = sys.executable
    app = Terminal([python, "-m", "tui.cli", "--db", str(db), "--citizen", str(cid), "--user", "facilitator"])
    statuses = [tmp_path / f"status-{n}.json" for n in range(3)]
    views = [Terminal([python, "-m", "tui.cli", "view", "--db", str(db), "--status-file", str(p)]) for p in statuses]
    writer = subprocess.Popen([python, "-c", WRITER, str(db), "writer2", UNTIL_TOLD], cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    confirmed: list[str] = []
    try:
        app.wait_for_text("Storskærm", since=0, timeout=30)
        for p in statuses:  # the views follow the facilitator to the citizen
            _wait_status(p, "citizen_id", cid, timeout=30)
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
        i = 0
        while i < APP_SAVES:
            assert writer.poll() is None, "the writer stopped before it was told"
            since = app.mark()
            app.type("o")
            app.wait_for_text("Niveau", since)
            marker = f"ZQ{i}-"
            _type_until_shown(app, marker)
            app.type(b"\x13")  # ctrl+s
            _wait_saved(db, cid, marker, app)
            confirmed.append(_overall_goal(db, cid))
            i += 1
        writer.stdin.write("stop\n")  # the app's last save is confirmed
        writer.stdin.flush()
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0 and "Traceback" not in err, err
        final = _overall_goal(db, cid)
        for p in statuses:
            status = _wait_status(p, "overall_goal", final)
            assert isinstance(status["refreshes"], int) and status["refreshes"] > 1
        for term in (app, *views):
            assert term.proc.poll() is None, "a process stopped"
        for term in (app, *views):
            shown = bytes(term.output)
            assert not [p for p in PROBLEMS if p in shown], [p for p in PROBLEMS if p in shown]
    finally:
        writer.kill()
        writer.wait(timeout=10)
        for term in (app, *views):
            term.close()

    assert confirmed, "the app saved nothing while the writer ran"
    assert len(confirmed) == APP_SAVES
    print(f"\napp saves: {len(confirmed)}; writer writes: {len(out.splitlines()) - 2}")
    lines = out.splitlines()
    assert not [line for line in lines if line.startswith("error")]
    writes = [line.split() for line in lines if line.split()[0] in ("note", "goal", "agreement")]
    assert writes
    with Store(db, user="test") as s:
        notes = {n.text for n in s.notes(plan_id)}
        agreements = {a.what for a in s.agreements(plan_id)}
        goal_id = s.goals(plan_id)[0].id or 0
        rationales = {e.new_value for e in s.record_history("goal", goal_id) if e.field == "rationale"}
        for kind, _, tag, n in writes:
            text = f"{tag} {n}"
            assert text in {"note": notes, "agreement": agreements, "goal": rationales}[kind], (kind, text)
        logged = {e.new_value for e in s.record_history("plan", plan_id) if e.field == "overall_goal"}
        assert set(confirmed) <= logged
        assert s.plan_of(cid).overall_goal == confirmed[-1]
        assert s.verify_audit_chain().ok
    assert integrity_report(db).ok
