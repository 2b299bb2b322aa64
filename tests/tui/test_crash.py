"""kill -9 mid-meeting loses nothing that was confirmed; the file passes `rundbord check`."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from store import Store
from store.maintenance import integrity_report

from .cli_helpers import ROOT, no_traceback, rundbord

# Writes a meeting's worth of changes, one use case per transaction, and
# confirms each one on stdout only after the store returned (committed).
MEETING = textwrap.dedent("""
    import sys
    from datetime import date
    from store import Store
    s = Store(sys.argv[1], user="facilitator")
    tag = sys.argv[2]
    cid = s.list_citizens()[0].id
    view = s.plan_view(cid)
    plan_id = view.plan.id
    goal_id = view.goals[0].goal.id
    who = view.participants[0].id
    i = 0
    while True:
        k = i % 4
        if k == 0:
            n = s.add_note(plan_id, f"note {tag}-{i} æøå 😀 [bold]x[/]")
            print(f"ok note {n.id} {i}", flush=True)
        elif k == 1:
            s.update_goal(goal_id, rationale=f"begrundelse {tag}-{i}")
            print(f"ok goal {goal_id} {i}", flush=True)
        elif k == 2:
            a = s.add_agreement(plan_id, who, f"aftale {tag}-{i}", date(2027, 1, 1))
            print(f"ok agreement {a.id} {i}", flush=True)
        else:
            r = s.record_scale_reading(goal_id, 1 + i % 10, on=date(2026, 11, 23))
            print(f"ok reading {r.id} {i}", flush=True)
        i += 1
""")


def _kill_mid_stream(db: Path, tag: int, stop_after: int) -> list[tuple[str, int, int, int]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", MEETING, str(db), str(tag)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    confirmed: list[tuple[str, int, int, int]] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            _, kind, rid, i = line.split()
            confirmed.append((kind, int(rid), tag, int(i)))
            if len(confirmed) >= stop_after:
                os.kill(proc.pid, signal.SIGKILL)
                break
        # Lines already in the pipe were confirmed before the kill, too.
        rest = proc.stdout.read()
        for line in rest.splitlines():
            if line.startswith("ok "):
                _, kind, rid, i = line.split()
                confirmed.append((kind, int(rid), tag, int(i)))
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    return confirmed


def _recorded_scale_reading_signature() -> None:
    """The script passes `on=`; fail loudly here if the use case changes its keyword."""
    import inspect

    assert "on" in inspect.signature(Store.record_scale_reading).parameters


def test_kill_9_loses_nothing_confirmed(demo_db: Path) -> None:
    _recorded_scale_reading_signature()
    db = demo_db
    with Store(db, user="test") as s:
        cid = s.list_citizens()[0].id or 0
    rng = random.Random(7)
    all_confirmed: list[tuple[str, int, int, int]] = []
    for tag in range(3):
        confirmed = _kill_mid_stream(db, tag, rng.randint(5, 120))
        assert confirmed
        all_confirmed += confirmed
        report = integrity_report(db)
        assert report.ok, report.text()
        with Store(db, user="test") as s:
            plan_id = s.plan_of(cid).id or 0
            notes = {n.id: n.text for n in s.notes(plan_id)}
            agreements = {a.id: a.what for a in s.agreements(plan_id)}
            goal_id = s.goals(plan_id)[0].id or 0
            readings = {r.id for r in s.readings(goal_id)}
            rationale_history = {e.new_value for e in s.record_history("goal", goal_id) if e.field == "rationale"}
            for kind, rid, t, i in all_confirmed:
                if kind == "note":
                    assert notes.get(rid, "").startswith(f"note {t}-{i} ")
                elif kind == "agreement":
                    assert agreements.get(rid) == f"aftale {t}-{i}"
                elif kind == "reading":
                    assert rid in readings
                else:
                    assert f"begrundelse {t}-{i}" in rationale_history
            # The goal holds this round's last confirmed wording, or the one written just before the kill.
            goal_updates = [i for kind, _, t, i in confirmed if kind == "goal"]
            if goal_updates:
                last = max(goal_updates)
                assert s.get_goal(goal_id).rationale in (f"begrundelse {tag}-{last}", f"begrundelse {tag}-{last + 4}")
    out = rundbord("check", "--db", db)
    no_traceback(out)
    assert out.returncode == 0, out.stdout + out.stderr
