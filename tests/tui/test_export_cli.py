"""`rundbord export minutes|plan` on a real demo database.

Real processes where the process is the point: stdout byte for byte, a
missing database (exit code and message as the shell sees them), and that an
export never imports Textual. The other runs call `main` in this process
(tests/tui/cli_helpers.py), with stdout as bytes as well.
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from store import Store
from store.enums import Audience, MeetingStatus
from tests.store.mdcheck import assert_well_formed, html_tokens

from . import cli_helpers
from .cli_helpers import ROOT


def rundbord(*args: str) -> subprocess.CompletedProcess[bytes]:
    """A real process; stdout and stderr as bytes."""
    return cli_helpers.rundbord(*args, timeout=120, text=False)


def rundbord_here(*args: str) -> subprocess.CompletedProcess[Any]:
    """`main` in this process; stdout and stderr as bytes, as `rundbord` gives them."""
    return cli_helpers.rundbord_here(*args, text=False)


def closed_meeting(store: Store, citizen_id: int) -> int:
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    closed = [m for m in store.meetings(plan.id) if m.status is MeetingStatus.CLOSED]
    assert closed and closed[-1].id is not None
    return closed[-1].id


def test_minutes_to_stdout_are_the_stores_bytes(demo_store: Store, demo_citizen_id: int, db_path: Path) -> None:
    mid = closed_meeting(demo_store, demo_citizen_id)
    for aud in Audience:
        out = rundbord("export", "minutes", str(mid), "--audience", aud.value, "--db", str(db_path))
        assert out.returncode == 0, out.stderr.decode()
        assert out.stdout == demo_store.minutes_markdown(mid, aud).encode("utf-8")
        assert_well_formed(out.stdout.decode("utf-8"))


def test_minutes_html_to_file(demo_store: Store, demo_citizen_id: int, db_path: Path, tmp_path: Path) -> None:
    mid = closed_meeting(demo_store, demo_citizen_id)
    target = tmp_path / "referat.html"
    out = rundbord_here("export", "minutes", str(mid), "--format", "html", "-o", str(target), "--db", str(db_path))
    assert out.returncode == 0, out.stderr.decode()
    assert out.stdout == b""
    assert str(target.resolve()) in out.stderr.decode()
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<table>" in html and "<script" not in html
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_plan_export(demo_store: Store, demo_citizen_id: int, db_path: Path, tmp_path: Path) -> None:
    out = rundbord_here("export", "plan", str(demo_citizen_id), "--db", str(db_path))
    assert out.returncode == 0, out.stderr.decode()
    md = out.stdout.decode("utf-8")
    assert md.startswith("# ")
    assert_well_formed(md)
    assert html_tokens(md) == []
    target = tmp_path / "plan.md"
    out = rundbord_here("export", "plan", str(demo_citizen_id), "--audience", "relative", "-o", str(target),
                   "--db", str(db_path))
    assert out.returncode == 0, out.stderr.decode()
    assert "søvnmedicin" not in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["minutes", "999"], "intet møde nr. 999"),
        (["plan", "999"], "ingen borger nr. 999"),
    ],
)
def test_unknown_ids_exit_2(demo_store: Store, db_path: Path, args: list[str], message: str) -> None:
    out = rundbord_here("export", *args, "--db", str(db_path))
    assert out.returncode == 2
    assert message in out.stderr.decode()
    assert "Traceback" not in out.stderr.decode()


def test_bad_output_paths_exit_2(demo_store: Store, demo_citizen_id: int, db_path: Path, tmp_path: Path) -> None:
    mid = closed_meeting(demo_store, demo_citizen_id)
    out = rundbord_here("export", "minutes", str(mid), "-o", str(tmp_path), "--db", str(db_path))
    assert out.returncode == 2 and "er en mappe" in out.stderr.decode()
    out = rundbord_here("export", "minutes", str(mid), "-o", str(tmp_path / "nej" / "r.md"), "--db", str(db_path))
    assert out.returncode == 2 and "findes ikke" in out.stderr.decode()
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "låst"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            out = rundbord_here("export", "minutes", str(mid), "-o", str(locked / "r.md"), "--db", str(db_path))
            assert out.returncode == 2 and "skriveadgang" in out.stderr.decode()
        finally:
            locked.chmod(0o700)


def test_missing_database_exit_2(tmp_path: Path) -> None:
    out = rundbord("export", "minutes", "1", "--db", str(tmp_path / "ingen.db"))
    assert out.returncode == 2
    assert "findes ikke" in out.stderr.decode()
    assert not (tmp_path / "ingen.db").exists()


def test_export_does_not_import_textual(demo_store: Store, demo_citizen_id: int, db_path: Path,
                                        tmp_path: Path) -> None:
    mid = closed_meeting(demo_store, demo_citizen_id)
    target = tmp_path / "r.md"
    code = (
        "import sys\n"
        "from tui.cli import main\n"
        f"rc = main(['export', 'minutes', '{mid}', '--format', 'html', '-o', {str(target)!r}, '--db', {str(db_path)!r}])\n"
        "assert rc == 0, rc\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print('textual:', len(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "textual: 0" in out.stdout
