"""Who looked is logged in the same chain (finding 7 of issue 16, GDPR art. 15 / C-579/21).

A plan opened in the app, the shared screen (mirror, `rundbord view`) starting
and stopping to show a citizen, every export (kind, audience, format, file,
purpose) with the user: each is one keyed row in the audit chain, and the
citizen's extract lists them in their own section.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from screens.export_dialog import ExportDialog
from screens.live import PresentationScreen
from screens.minutes_preview import MinutesPreviewScreen
from store import InputError, Store
from store.access import AccessEvent
from store.enums import MeetingStatus
from tests.conftest import DEMO_TODAY
from tests.store.mdcheck import headings, table_headers
from tui.app import build_app

from .cli_helpers import ROOT, rundbord_here


def test_exports_are_logged_with_everything_about_them(demo_db: Path, demo_citizen_id: int, tmp_path: Path) -> None:
    target = tmp_path / "plan-til-pårørende.html"
    out = rundbord_here("--user", "Karsten Bro", "export", "plan", str(demo_citizen_id), "--audience", "relative",
                        "--format", "html", "-o", target, "--purpose", "Til pårørendemødet", "--db", demo_db)
    assert out.returncode == 0, out.stderr
    with Store(demo_db, read_only=True) as s:
        meeting = next(m.id for m in s.meetings(s.plan_of(demo_citizen_id).id or 0)
                       if m.status is MeetingStatus.CLOSED and m.id)
    out = rundbord_here("export", "minutes", str(meeting), "--audience", "citizen", "--db", demo_db)
    assert out.returncode == 0, out.stderr
    with Store(demo_db, read_only=True) as s:
        looks = s.access_log(demo_citizen_id)
        assert s.verify_audit_chain().ok
        assert all(e.action.value != "access" for e in s.citizen_log(demo_citizen_id))  # changes apart
    plan, minutes = looks[-2], looks[-1]
    assert (plan.event, plan.user, plan.detail("kind"), plan.detail("audience"), plan.detail("format"),
            plan.detail("destination"), plan.detail("purpose"), plan.detail("channel")) == (
        "export", "Karsten Bro", "plan", "relative", "html", str(target.resolve()), "Til pårørendemødet", "cli")
    assert (minutes.detail("kind"), minutes.detail("meeting_id"), minutes.detail("audience"),
            minutes.detail("destination")) == ("minutes", str(meeting), "citizen", "-")
    out = rundbord_here("export", "log", str(demo_citizen_id), "--db", demo_db)
    assert headings(out.stdout) == ["Ændringer", "Hvem har set dine oplysninger"]
    assert table_headers(out.stdout)[-1] == ["Tidspunkt", "Hvem", "Hvad", "Hvordan", "Formål"]
    assert "Eksporteret: plan" in out.stdout and "til pårørende · HTML · fil: " in out.stdout
    assert "Til pårørendemødet" in out.stdout and "Karsten Bro" in out.stdout
    assert f"Eksporteret: referat (møde nr. {meeting})" in out.stdout
    assert "til standard-output (ingen fil)" in out.stdout


@pytest.mark.parametrize("purpose,words", [("Sagsnr. 010190-1234", "CPR-nummer"), ("x" * 501, "højst 500")])
def test_a_purpose_is_checked_like_any_text(demo_db: Path, purpose: str, words: str) -> None:
    out = rundbord_here("export", "plan", "1", "--purpose", purpose, "--db", demo_db)
    assert out.returncode == 2 and words in out.stderr and out.stdout == ""
    with Store(demo_db, read_only=True) as s:
        assert s.access_log(1) == []
        with pytest.raises(InputError):
            s.log_access(AccessEvent.EXPORT, 1, purpose=purpose)


def test_the_log_holds_every_value_in_full_and_in_danish(demo_store: Store, demo_citizen_id: int) -> None:
    long_text = "Jeg vil " + "gå en lang tur hver morgen, " * 30 + "slut."
    plan = demo_store.plan_of(demo_citizen_id)
    demo_store.add_goal(plan.id or 0, "health", long_text)
    demo_store.update_plan(plan.id or 0, plan_type="handleplan_141")
    md = demo_store.citizen_log_markdown(demo_citizen_id)
    assert long_text in md  # whole, not cut at 200 characters
    before = demo_store.catalog.plan_types[plan.plan_type]
    assert plan.plan_type != "handleplan_141" and before.name in md and f"| {plan.plan_type} |" not in md
    assert demo_store.catalog.plan_types["handleplan_141"].name in md and "handleplan_141" not in md


async def test_the_app_logs_a_plan_opened_and_the_mirror_its_session(demo_store: Store, demo_citizen_id: int,
                                                                      tmp_path: Path) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, PresentationScreen)
        await pilot.press("escape")
        await pilot.pause()
        plan = demo_store.plan_of(demo_citizen_id)
        meeting = next(m.id for m in demo_store.meetings(plan.id or 0) if m.status is MeetingStatus.CLOSED and m.id)
        preview = MinutesPreviewScreen(demo_store, meeting, export_dir=tmp_path)
        app.push_screen(preview)
        await pilot.pause()
        await pilot.press("e")  # asks where (the export dialog, the file name filled in): Enter saves
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert dialog.written and dialog.written[0].parent == tmp_path.resolve()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is preview
    looks = [(a.event, a.detail("channel")) for a in demo_store.access_log(demo_citizen_id)]
    assert looks == [("plan_opened", "app"), ("live_start", "mirror"), ("live_end", "mirror"), ("export", "app")]
    saved = demo_store.access_log(demo_citizen_id)[-1]
    assert saved.detail("destination").startswith(str(tmp_path)) and saved.detail("kind") == "minutes"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["kill", "terminal-closed"])
def test_rundbord_view_logs_when_it_starts_and_stops(demo_store: Store, demo_citizen_id: int, db_path: Path,
                                                     sig: signal.Signals) -> None:
    """A real view process, pinned to the citizen: a start row when it shows the plan, an end row when it
    stops (ended from outside, as when its terminal window is closed)."""
    status = db_path.with_name("status.json")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "--user", "Projektor", "view", "--db", str(db_path), "--citizen",
         str(demo_citizen_id), "--status-file", str(status)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "TEXTUAL_ANIMATIONS": "none",
                       "TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver"},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not status.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert status.exists(), proc.stderr.read().decode() if proc.stderr else ""
        assert [a.event for a in demo_store.access_log(demo_citizen_id)] == ["live_start"]
    finally:
        proc.send_signal(sig)
        proc.wait(timeout=30)
    looks = demo_store.access_log(demo_citizen_id)
    assert [(a.event, a.user, a.detail("channel")) for a in looks] == [
        ("live_start", "Projektor", "view"), ("live_end", "Projektor", "view")]


def test_a_view_that_could_not_log_its_end_is_named_in_the_extract(demo_store: Store, demo_citizen_id: int) -> None:
    """`kill -9` (or a power cut) leaves a start row only: the extract says no end was logged, and says it
    only of that session (an ended one of another channel, logged around it, is not marked)."""
    from store.access import UNENDED_DA, Channel

    demo_store.log_access(AccessEvent.LIVE_START, demo_citizen_id, channel=Channel.VIEW)  # killed: no end
    demo_store.log_access(AccessEvent.LIVE_START, demo_citizen_id, channel=Channel.MIRROR)
    demo_store.log_access(AccessEvent.LIVE_END, demo_citizen_id, channel=Channel.MIRROR)
    md = demo_store.citizen_log_markdown(demo_citizen_id)
    section = md.split("## Hvem har set dine oplysninger", 1)[1]
    marked = [line for line in section.splitlines() if UNENDED_DA in line]
    assert len(marked) == 1 and "rundbord view" in marked[0], section
