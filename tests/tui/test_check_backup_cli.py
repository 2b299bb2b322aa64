"""`rundbord check`, `rundbord backup` and the citizen's log extract, as real processes."""
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
from store.demo import write_demo
from store.maintenance import integrity_report

from ..conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parents[2]


def rundbord(*args: str | Path, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RUNDBORD_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env,
    )


def no_traceback(out: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in out.stderr and "Traceback" not in out.stdout, out.stderr


def _demo(path: Path) -> int:
    with Store(path, user="test") as s:
        return write_demo(s, DEMO_TODAY)


def test_check_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "god.db"
    _demo(good)
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
        out = rundbord("check", "--db", bad)
        assert out.returncode == 2, (bad, out.stderr)
        assert out.stderr.startswith("rundbord: ") and str(bad) in out.stderr
        no_traceback(out)
    assert not (tmp_path / "findes-ikke.db").exists()


def test_backup_command(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    _demo(db)
    target = tmp_path / "kopi.db"
    out = rundbord("backup", target, "--db", db)
    assert out.returncode == 0, out.stderr
    assert "Sikkerhedskopien er gemt" in out.stdout
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert rundbord("check", "--db", target).returncode == 0

    for bad in (tmp_path, tmp_path / "nej" / "kopi.db"):
        out = rundbord("backup", bad, "--db", db)
        assert out.returncode == 2 and out.stderr.startswith("rundbord: ")
        no_traceback(out)
    out = rundbord("backup", target, "--db", tmp_path / "findes-ikke.db")
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


def test_backup_while_another_process_writes(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    _demo(db)
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


def test_export_log_command(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    cid = _demo(db)
    with Store(db, user="test") as s:
        s.update_citizen(cid, values="[bold]Fed[/] <script>x</script> \x1b[31m")
    cmd = _export_log_cmd()
    out = rundbord(*cmd, str(cid), "--db", db)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("# Udtræk af ændringsloggen")
    assert "\x1b" not in out.stdout
    tokens = MarkdownIt("commonmark").enable("table").parse(out.stdout)
    assert not [t for t in tokens if t.type.startswith("html")]

    target = tmp_path / "udtraek.md"
    out = rundbord(*cmd, str(cid), "-o", target, "--db", db)
    assert out.returncode == 0, out.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8").startswith("# Udtræk")

    for bad in (tmp_path, tmp_path / "nej" / "x.md"):
        out = rundbord(*cmd, str(cid), "-o", bad, "--db", db)
        assert out.returncode == 2 and out.stderr.startswith("rundbord: ")
        no_traceback(out)
    out = rundbord(*cmd, "999", "--db", db)
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
