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
from tests.keys import press_one_by_one
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
            await press_one_by_one(pilot, "plus")
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
    assert ("22-11-2026", "Overskredet aftale", "Aske Bøgh: Ringe til AMU", "Aske Bøgh (borger)") in four
    # Due today: falling due, not overdue.
    assert ("23-11-2026", "Aftale forfalder", "Aske Bøgh: Købe vækkeur", "Aske Bøgh (borger)") in four
    assert not any(k == "Overskredet aftale" and w == "Aske Bøgh: Købe vækkeur" for _, k, w, _ in four)
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


def test_closing_a_meeting_puts_the_next_one_and_the_agreements_in_due(store: Store, db_path: Path) -> None:
    """Close a meeting with the next date: `rundbord due` lists that meeting and the agreements falling due."""
    c = store.create_citizen("Lise Lukket")
    assert c.id
    plan = store.plan_of(c.id)
    assert plan.id
    me = store.participants(plan.id)[0].id
    m = store.plan_meeting(plan.id, "citizen", DEMO_TODAY - timedelta(days=3), time="10:00", place="Kilden",
                           participant_ids=[me or 0])
    assert m.id
    store.open_meeting(m.id)
    store.add_agreement(plan.id, me, "Søge to praktikpladser", DEMO_TODAY + timedelta(days=5), meeting_id=m.id)
    store.add_agreement(plan.id, me, "Købe cykel", DEMO_TODAY + timedelta(days=60), meeting_id=m.id)
    assert not [i for i in cli_items(db_path, 4) if i[1] == "Møde"]
    store.close_meeting(m.id, DEMO_TODAY + timedelta(days=14))
    items = cli_items(db_path, 4)
    assert ("07-12-2026", "Møde", "Lise Lukket: Borgermøde", "10:00 Kilden") in items
    assert ("28-11-2026", "Aftale forfalder", "Lise Lukket: Søge to praktikpladser", "Lise Lukket (borger)") in items
    assert not any("Købe cykel" in w for _, _, w, _ in items)  # falls due after the window
    year = rundbord_here("due", "--year", "--db", db_path, "--today", DEMO_TODAY.isoformat(), env={"RUNDBORD_TODAY": ""})
    assert year.returncode == 0, year.stderr
    text = year.stdout
    assert text.startswith("Årshjul: 01-11-2026 til 31-10-2027 (12 måneder)")
    december = text.split("December 2026", 1)[1].split("\n\n", 1)[0]
    assert "Møde                Lise Lukket: Borgermøde" in december
    january = text.split("Januar 2027", 1)[1].split("\n\n", 1)[0]
    assert "Aftale forfalder    Lise Lukket: Købe cykel" in january
    november = text.split("November 2026", 1)[1].split("\n\n", 1)[0]
    assert "Lise Lukket: Borgermøde — 10:00 Kilden (afsluttet)" in november  # the meeting held


async def test_due_screen_shows_the_year_month_by_month(demo_store: Store) -> None:
    app = build_app(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(DueScreen(demo_store, today=DEMO_TODAY))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DueScreen)
        await press_one_by_one(pilot, "y")
        table = screen.query_one("#due-table", DataTable)
        rows = [(str(table.get_row_at(i)[0]), str(table.get_row_at(i)[1])) for i in range(table.row_count)]
        months = [f"{a} {b}" for a, b in rows if "·" in b]
        assert months[0] == "November 2026 · 1 punkt" and months[1].startswith("December 2026 · ")
        assert len(months) == 12 and months[-1].startswith("Oktober 2027")
        assert screen.selected() is None  # the first row is November's heading
        await press_one_by_one(pilot, "right_square_bracket")
        assert [str(c) for c in table.get_row_at(0)[:2]] == ["December", "2026 · 8 punkter"]
        await pilot.press("y")  # the next weeks again
        await pilot.pause()
        assert not any("·" in str(table.get_row_at(i)[1]) for i in range(table.row_count))


def test_due_screen_year_snapshot(snap_compare: Any, demo_store: Store) -> None:
    """The year month by month on the demo case at 100x30 (fixed today)."""
    app = build_app(demo_store, today=DEMO_TODAY)

    async def run_before(pilot: Any) -> None:
        pilot.app.push_screen(DueScreen(demo_store, today=DEMO_TODAY, year=True))
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)
