"""The årshjul screen and `rundbord due` list the same items from the same database."""
from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from textual.widgets import DataTable

from screens.due import DueScreen
from store import InputError, Store
from store.enums import Area
from tests.conftest import DEMO_TODAY
from tui.app import build_app

from .cli_helpers import ROOT, rundbord_here


def add_second_citizen(store: Store) -> None:
    c = store.create_citizen("Aske Bøgh")
    assert c.id
    plan = store.plan_of(c.id)
    assert plan.id
    who = store.participants(plan.id)[0].id
    store.add_goal(plan.id, Area.EDUCATION, "Jeg vil starte på AMU-kurset.", end_date=DEMO_TODAY + timedelta(days=28))
    store.add_goal(plan.id, Area.HEALTH, "Jeg vil sove 7 timer.", smtte_due=DEMO_TODAY)
    store.add_agreement(plan.id, who, "Ringe til AMU", DEMO_TODAY - timedelta(days=1))
    store.add_agreement(plan.id, who, "Købe vækkeur", DEMO_TODAY)  # due today: not overdue
    store.plan_meeting(plan.id, "citizen", DEMO_TODAY, time="09:00")
    store.plan_meeting(plan.id, "citizen", DEMO_TODAY + timedelta(days=29))  # just outside 4 weeks


def cli_items(db_path: Path, weeks: int) -> list[tuple[str, str, str, str]]:
    """`rundbord due` run in this process (`main`), its day from --today alone ($RUNDBORD_TODAY empty)."""
    out = rundbord_here("due", "--db", db_path, "--weeks", str(weeks), "--today", DEMO_TODAY.isoformat(),
                        env={"RUNDBORD_TODAY": ""})
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("Årshjul: 23-11-2026")
    items = []
    for line in lines[1:]:
        day, kind, rest = line[:10], line[12:30].strip(), line[32:]
        what, _, detail = rest.partition(" — ")
        items.append((day, kind, what, detail))
    return items


async def screen_items(store: Store, weeks: int) -> list[tuple[str, str, str, str]]:
    app = build_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(DueScreen(store, today=DEMO_TODAY, weeks=4))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DueScreen)
        for _ in range(weeks - 4):
            await pilot.press("plus")
        await pilot.pause()
        table = screen.query_one("#due-table", DataTable)
        rows = []
        for i in range(table.row_count):
            day, kind, citizen, what, detail = (str(c) for c in table.get_row_at(i))
            rows.append((day, kind.split(" ", 1)[1], f"{citizen}: {what}", detail))
        return rows


async def test_screen_and_cli_agree(demo_store: Store, db_path: Path) -> None:
    add_second_citizen(demo_store)
    for weeks in (4, 5):
        from_cli = cli_items(db_path, weeks)
        from_screen = await screen_items(demo_store, weeks)
        assert from_screen == from_cli  # the same items, in the same order, with the same details
        assert len(from_cli) >= 7
    four = cli_items(db_path, 4)
    whats = [w for _, _, w, _ in four]
    assert "Aske Bøgh: Ringe til AMU" in whats and "Aske Bøgh: Købe vækkeur" not in whats
    assert ("23-11-2026", "Møde", "Aske Bøgh: Borgermøde", "09:00") in four
    assert ("23-11-2026", "SMTTE-evaluering", "Aske Bøgh: Jeg vil sove 7 timer.", "") in four
    assert ("21-12-2026", "Periode slutter", "Aske Bøgh: Jeg vil starte på AMU-kurset.", "") in four
    assert sum(1 for _, k, w, _ in four if k == "Møde" and w.startswith("Aske")) == 1
    assert sum(1 for _, k, w, _ in cli_items(db_path, 5) if k == "Møde" and w.startswith("Aske")) == 2


def test_cli_refuses_negative_weeks(demo_store: Store, db_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tui.cli", "due", "--db", str(db_path), "--weeks", "-1"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 2 and "--weeks: skal være et helt tal fra 0 til 520, ikke '-1'." in out.stderr


@pytest.mark.parametrize("weeks", ["0101901234", "1101901234", "521", "x", "1e3", ""])
def test_cli_range_checks_weeks_in_danish(demo_store: Store, db_path: Path, weeks: str) -> None:
    """A number out of range is refused with a Danish sentence and exit code 2, not a traceback (70)."""
    out = rundbord_here("due", "--db", db_path, "--weeks", weeks)
    assert out.returncode == 2, out.stderr
    assert out.stderr.startswith("rundbord: --weeks: skal være et helt tal"), out.stderr
    assert "Traceback" not in out.stderr and "uventet" not in out.stderr
    assert "1901234" not in out.stderr or weeks == "521"  # a CPR number typed by mistake is not echoed


def test_store_refuses_a_window_it_cannot_count(demo_store: Store) -> None:
    with pytest.raises(InputError, match="højst være 520"):
        demo_store.due_items(DEMO_TODAY, 10**10)


def test_cli_does_not_import_textual(demo_store: Store, db_path: Path) -> None:
    code = (
        "import sys; from tui.cli import main; "
        f"main(['due', '--db', {str(db_path)!r}, '--today', '2026-11-23']); "
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_due_screen_snapshot(snap_compare: Any, demo_store: Store) -> None:
    """The årshjul on the demo case at 100x30 (fixed today), four weeks ahead."""
    app = build_app(demo_store, today=DEMO_TODAY)

    async def run_before(pilot: Any) -> None:
        pilot.app.push_screen(DueScreen(demo_store, today=DEMO_TODAY))
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)
