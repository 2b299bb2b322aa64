"""`rundbord check`, `rundbord backup` and the citizen's log extract: exit codes, output and files.

One run of each exit code of `check`, and the backup while another process
writes, are real processes; the rest run `main` in this process
(tests/tui/cli_helpers.py).
"""
from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from markdown_it import MarkdownIt

from store import Store
from store.maintenance import integrity_report

from .cli_helpers import ROOT, no_traceback, rundbord, rundbord_here

__all__ = ["ROOT", "_export_log_cmd", "no_traceback", "rundbord"]


def test_check_exit_codes(demo_db: Path, tmp_path: Path) -> None:
    good = demo_db
    out = rundbord("check", "--db", good)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Alt er i orden" in out.stdout

    conn = sqlite3.connect(str(good), isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = 10")
    conn.close()
    out = rundbord("check", "--db", good)
    assert out.returncode == 1
    assert "FEJL" in out.stdout and "række 11" in out.stdout and "mangler" in out.stdout
    no_traceback(out)

    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(2048))
    for bad in (junk, tmp_path / "findes-ikke.db", tmp_path):
        run = rundbord if bad == junk else rundbord_here  # exit code 2 of a real process once
        out = run("check", "--db", bad)
        assert out.returncode == 2, (bad, out.stderr)
        assert out.stderr.startswith("rundbord: ") and str(bad) in out.stderr
        no_traceback(out)
    assert not (tmp_path / "findes-ikke.db").exists()


def test_backup_command(demo_db: Path, tmp_path: Path) -> None:
    db = demo_db
    target = tmp_path / "kopi.db"
    out = rundbord_here("backup", target, "--db", db)
    assert out.returncode == 0, out.stderr
    assert "Sikkerhedskopien er gemt" in out.stdout
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert rundbord_here("check", "--db", target).returncode == 0

    for bad in (tmp_path, tmp_path / "nej" / "kopi.db"):
        run = rundbord if bad == tmp_path else rundbord_here  # exit code 2 of a real process once
        out = run("backup", bad, "--db", db)
        assert out.returncode == 2 and out.stderr.startswith("rundbord: ")
        no_traceback(out)
    out = rundbord_here("backup", target, "--db", tmp_path / "findes-ikke.db")
    assert out.returncode == 2 and "findes ikke" in out.stderr
    assert not (tmp_path / "findes-ikke.db").exists()


WRITER = textwrap.dedent("""
    import sys
    from store import Store
    s = Store(sys.argv[1], user="skriver")
    c = s.create_citizen("Skriver Skrivesen")
    plan = s.plan_of(c.id)
    print("ready", flush=True)
    i = 0
    while True:
        s.add_note(plan.id, f"note {i}")
        i += 1
""")


def test_backup_while_another_process_writes(demo_db: Path, tmp_path: Path) -> None:
    db = demo_db
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        for i in range(2):
            target = tmp_path / f"kopi{i}.db"
            out = rundbord("backup", target, "--db", db)
            assert out.returncode == 0, out.stderr
            report = integrity_report(target)
            assert report.ok, report.text()
    finally:
        proc.kill()
        proc.wait(timeout=10)


def test_export_log_command(demo_db: Path, demo_citizen_id: int, tmp_path: Path) -> None:
    db = demo_db
    cid = demo_citizen_id
    with Store(db, user="test") as s:
        s.update_citizen(cid, values="[bold]Fed[/] <script>x</script> \x1b[31m")
    cmd = _export_log_cmd()
    out = rundbord_here(*cmd, str(cid), "--db", db)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("# Udtræk af ændringsloggen")
    assert "\x1b" not in out.stdout
    tokens = MarkdownIt("commonmark").enable("table").parse(out.stdout)
    assert not [t for t in tokens if t.type.startswith("html")]

    target = tmp_path / "udtraek.md"
    out = rundbord_here(*cmd, str(cid), "-o", target, "--db", db)
    assert out.returncode == 0, out.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8").startswith("# Udtræk")

    for bad in (tmp_path, tmp_path / "nej" / "x.md"):
        out = rundbord_here(*cmd, str(cid), "-o", bad, "--db", db)
        assert out.returncode == 2 and out.stderr.startswith("rundbord: ")
        no_traceback(out)
    out = rundbord(*cmd, "999", "--db", db)  # a real process: exit code 1 and the message
    assert out.returncode == 1 and "ingen borger nr. 999" in out.stderr


def _export_log_cmd() -> list[str]:
    """`export log` when the export group exists, else the stand-alone `export-log`."""
    import contextlib
    import io

    from tui.cli import build_parser

    try:
        with contextlib.redirect_stderr(io.StringIO()):
            build_parser().parse_args(["export", "log", "1"])
        return ["export", "log"]
    except SystemExit:
        return ["export-log"]
