"""`rundbord export ics|mail|fhir` and `--format pdf` on a real demo database.

Each command writes what the store makes (the one way out), files 0600, a
Danish message and exit code 2 for a bad id or path, and never imports
Textual. Without the optional extras, `--format pdf` and `export fhir` say in
Danish how to get them (a real process with the library made unimportable).
"""
from __future__ import annotations

import email
import json
import os
import pty
import subprocess
import sys
from email import policy
from pathlib import Path

import icalendar
import pytest
from fhir.resources.R4B.bundle import Bundle

from store import Store
from store.enums import MeetingStatus, Role
from store.exports.pdf import pdf_available
from tests.extras import needs_pdf
from tests.conftest import DEMO_NOW

from .cli_helpers import ROOT, rundbord_here


def meetings(store: Store, citizen_id: int) -> tuple[int, int]:
    """(the network meeting, the last closed meeting)."""
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    closed = [m.id for m in store.meetings(plan.id) if m.status is MeetingStatus.CLOSED and m.id is not None]
    return closed[0], closed[-1]


def person(store: Store, citizen_id: int, role: Role) -> int:
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    found = next(p.id for p in store.participants(plan.id) if p.role is role)
    assert found is not None
    return found


def private(path: Path) -> bool:
    return path.stat().st_mode & 0o777 == 0o600


def test_ics_for_a_citizen_to_stdout_and_to_a_file(demo_store: Store, demo_citizen_id: int, db_path: Path,
                                                   tmp_path: Path) -> None:
    out = rundbord_here("export", "ics", str(demo_citizen_id), "--db", str(db_path), text=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout == demo_store.citizen_calendar(demo_citizen_id).ics(DEMO_NOW)
    target = tmp_path / "nanna.ics"
    out = rundbord_here("export", "calendar", str(demo_citizen_id), "-o", target, "--db", db_path)
    assert out.returncode == 0, out.stderr
    assert f"Kalenderfilen er gemt i {target.resolve()}." in out.stderr and private(target)
    assert len(list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))) == 6


def test_ics_for_one_person_by_id_or_e_mail(demo_store: Store, demo_citizen_id: int, db_path: Path) -> None:
    contact = person(demo_store, demo_citizen_id, Role.CONTACT)
    by_id = rundbord_here("export", "ics", "--participant", str(contact), "--db", str(db_path), text=False)
    by_mail = rundbord_here("export", "ics", "--email", "Sofie.Dahl@nordby.kommune.example", "--db", str(db_path),
                            text=False)
    assert by_id.returncode == by_mail.returncode == 0
    assert by_id.stdout == by_mail.stdout == demo_store.participant_calendar(contact).ics(DEMO_NOW)
    assert "Bemærk: Nanna Kildegaard: 1 aftale er ikke med" in by_id.stderr.decode()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ics"], "Angiv enten en borgers nummer"),
        (["ics", "1", "--participant", "2"], "Angiv enten en borgers nummer"),
        (["ics", "999"], "ingen borger nr. 999"),
        (["ics", "--participant", "999"], "ingen deltager nr. 999"),
        (["ics", "--email", "ingen@nowhere.example"], "Ingen deltager har e-mailadressen"),
        (["mail", "999"], "intet møde nr. 999"),
        (["fhir", "999"], "ingen borger nr. 999"),
    ],
)
def test_bad_requests_exit_2_in_danish(demo_store: Store, db_path: Path, args: list[str], message: str) -> None:
    out = rundbord_here("export", *args, "--db", str(db_path))
    assert out.returncode == 2, out.stderr
    assert message in out.stderr and "Traceback" not in out.stderr


def test_mail_writes_one_private_draft_per_address(demo_store: Store, demo_citizen_id: int, db_path: Path,
                                                   tmp_path: Path) -> None:
    network, _ = meetings(demo_store, demo_citizen_id)
    folder = tmp_path / "udkast"
    out = rundbord_here("export", "mail", str(network), "-o", folder, "--db", db_path)
    assert out.returncode == 0, out.stderr
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 5 and all(private(f) for f in files)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert "Bemærk: Ole Krogh (Mentor) har ingen e-mailadresse og får ikke et udkast." in out.stderr
    assert f"5 mailudkast er gemt i {folder.resolve()}. Rundbord sender dem ikke" in out.stderr
    relative = next(f for f in files if "jens" in f.name)
    msg = email.message_from_bytes(relative.read_bytes(), policy=policy.default)
    assert msg["X-Rundbord-Audience"] == "relative"
    assert f"Udkast til Jens Kildegaard: {relative}" in out.stderr
    out = rundbord_here("export", "mail", str(network), "-o", relative, "--db", db_path)
    assert out.returncode == 2 and "er en fil, ikke en mappe" in out.stderr


def test_mail_default_folder_is_in_the_current_directory(demo_store: Store, demo_citizen_id: int, db_path: Path,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    network, _ = meetings(demo_store, demo_citizen_id)
    here = tmp_path / "her"  # not the database's folder
    here.mkdir()
    monkeypatch.chdir(here)  # where the command runs (in this process: the folder is a relative path)
    out = rundbord_here("export", "mail", str(network), "--db", str(db_path))
    assert out.returncode == 0, out.stderr
    assert len(list((here / f"mailudkast-moede-{network}").glob("*.eml"))) == 5


def test_fhir_to_a_file_validates(demo_store: Store, demo_citizen_id: int, db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    out = rundbord_here("export", "fhir", str(demo_citizen_id), "--audience", "day_service", "-o", target,
                        "--db", db_path)
    assert out.returncode == 0, out.stderr
    assert private(target)
    bundle = Bundle.model_validate_json(target.read_text(encoding="utf-8"))
    assert bundle.type == "collection"
    assert "søvnmedicin" not in target.read_text(encoding="utf-8")
    assert json.loads(target.read_text(encoding="utf-8"))["meta"]["tag"][0]["code"] == "day_service"


@needs_pdf
def test_pdf_to_a_file_to_a_pipe_and_never_to_a_terminal(demo_store: Store, demo_citizen_id: int, db_path: Path,
                                                         tmp_path: Path) -> None:
    _, last = meetings(demo_store, demo_citizen_id)
    target = tmp_path / "referat.pdf"
    out = rundbord_here("export", "minutes", str(last), "--format", "pdf", "-o", target, "--db", db_path)
    assert out.returncode == 0, out.stderr
    assert target.read_bytes().startswith(b"%PDF-") and private(target)
    plan_pdf = tmp_path / "plan.pdf"
    out = rundbord_here("export", "plan", str(demo_citizen_id), "--format", "pdf", "-o", plan_pdf, "--db", db_path)
    assert out.returncode == 0 and plan_pdf.read_bytes().startswith(b"%PDF-")
    piped = subprocess.run([sys.executable, "-m", "tui.cli", "export", "minutes", str(last), "--format", "pdf",
                            "--db", str(db_path)], cwd=ROOT, capture_output=True, timeout=120,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert piped.returncode == 0 and piped.stdout.startswith(b"%PDF-")
    leader, follower = pty.openpty()
    try:
        tty = subprocess.run([sys.executable, "-m", "tui.cli", "export", "minutes", str(last), "--format", "pdf",
                              "--db", str(db_path)], cwd=ROOT, stdout=follower, stderr=subprocess.PIPE,
                             timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    finally:
        os.close(follower)
        os.close(leader)
    assert tty.returncode == 2
    assert "En PDF skrives ikke til skærmen" in tty.stderr.decode()


@pytest.mark.parametrize(
    ("blocked", "args", "hint"),
    [
        ("weasyprint", ["minutes", "{meeting}", "--format", "pdf", "-o", "{tmp}/r.pdf"], "pip install 'rundbord[pdf]'"),
        ("weasyprint", ["plan", "{citizen}", "--format", "pdf", "-o", "{tmp}/p.pdf"], "pip install 'rundbord[pdf]'"),
        ("fhir", ["fhir", "{citizen}", "-o", "{tmp}/f.json"], "pip install 'rundbord[fhir]'"),
    ],
)
def test_without_the_extra_it_says_how_to_get_it(demo_store: Store, demo_citizen_id: int, db_path: Path,
                                                 tmp_path: Path, blocked: str, args: list[str], hint: str) -> None:
    _, last = meetings(demo_store, demo_citizen_id)
    argv = [a.format(meeting=last, citizen=demo_citizen_id, tmp=tmp_path) for a in args]
    code = (
        "import sys\n"
        f"sys.modules[{blocked!r}] = None  # as if the extra were not installed\n"
        "from tui.cli import main\n"
        f"sys.exit(main(['export', *{argv!r}, '--db', {str(db_path)!r}]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 1, out.stderr
    assert hint in out.stderr and "Traceback" not in out.stderr
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.json"))


def test_the_new_exports_do_not_import_textual(demo_store: Store, demo_citizen_id: int, db_path: Path,
                                               tmp_path: Path) -> None:
    network, last = meetings(demo_store, demo_citizen_id)
    runs = [
        ["ics", str(demo_citizen_id), "-o", str(tmp_path / "c.ics")],
        ["mail", str(network), "-o", str(tmp_path / "mail")],
        ["fhir", str(demo_citizen_id), "-o", str(tmp_path / "f.json")],
    ]
    if pdf_available():
        runs.append(["minutes", str(last), "--format", "pdf", "-o", str(tmp_path / "r.pdf")])
    code = (
        "import sys\n"
        "from tui.cli import main\n"
        f"for argv in {runs!r}:\n"
        f"    rc = main(['export', *argv, '--db', {str(db_path)!r}])\n"
        "    assert rc == 0, (argv, rc)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print('textual:', len(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert "textual: 0" in out.stdout


def test_every_file_is_logged_as_an_access(demo_store: Store, demo_citizen_id: int, db_path: Path,
                                          tmp_path: Path) -> None:
    """Who looked: one row per file written, with kind, audience, format, where it went and why."""
    network, _ = meetings(demo_store, demo_citizen_id)
    before = len(demo_store.access_log(demo_citizen_id))
    runs = [
        ["ics", str(demo_citizen_id), "-o", str(tmp_path / "c.ics")],
        ["mail", str(network), "-o", str(tmp_path / "mail")],
        ["fhir", str(demo_citizen_id), "--audience", "day_service", "-o", str(tmp_path / "f.json")],
        ["ics", "--email", "jens.kildegaard@post.example"],
    ]
    for argv in runs:
        out = rundbord_here("export", *argv, "--purpose", "Til sagen", "--db", db_path)
        assert out.returncode == 0, out.stderr
    rows = demo_store.access_log(demo_citizen_id)[before:]
    got = [(r.detail("kind"), r.detail("audience"), r.detail("format"), r.detail("destination"),
            r.detail("channel"), r.detail("purpose")) for r in rows]
    mails = sorted((tmp_path / "mail").glob("*.eml"))
    assert got == [
        ("calendar", "citizen", "ics", str((tmp_path / "c.ics").resolve()), "cli", "Til sagen"),
        *[("mail", aud, "eml", str(p.resolve()), "cli", "Til sagen") for aud, p in zip(
            ["citizen", "day_service", "relative", "authority", "day_service"], mails)],
        ("fhir", "day_service", "json", str((tmp_path / "f.json").resolve()), "cli", "Til sagen"),
        ("calendar", "relative", "ics", "-", "cli", "Til sagen"),
    ]
    assert all(r.event == "export" for r in rows)
    assert all(r.detail("meeting_id") == str(network) for r in rows if r.detail("kind") == "mail")


def test_a_file_from_before_e_mail_addresses_exports_read_only(demo_store: Store, demo_citizen_id: int,
                                                              db_path: Path, tmp_path: Path) -> None:
    """The export opens the file read-only, so it cannot add the e-mail column: nobody has an address."""
    import sqlite3

    network, _ = meetings(demo_store, demo_citizen_id)
    demo_store.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("ALTER TABLE participant DROP COLUMN email")
    out = rundbord_here("export", "ics", "--email", "jens.kildegaard@post.example", "--db", db_path)
    assert out.returncode == 2 and "Ingen deltager har e-mailadressen" in out.stderr
    out = rundbord_here("export", "ics", str(demo_citizen_id), "-o", tmp_path / "c.ics", "--db", db_path)
    assert out.returncode == 0, out.stderr
    out = rundbord_here("export", "mail", str(network), "-o", tmp_path / "mail", "--db", db_path)
    assert out.returncode == 0, out.stderr
    assert "Ingen af mødets deltagere har en e-mailadresse" in out.stderr
    assert not (tmp_path / "mail").exists()
