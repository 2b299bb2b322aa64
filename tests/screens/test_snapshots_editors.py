"""Snapshots of the goal editor with its SMART help, on a demo goal (fixed today).

At 100x30 the SMART help stands beside the form; at 80x24 it sits under the
goal's wording in its compact form. Both must show the title, the area, the
wording, the five SMART letters with their marks and the Gem/Fortryd buttons.
"""
from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from screens.editors import GoalEditor
from store import Store
from store.enums import Area
from tests.conftest import DEMO_TODAY
from tui.app import build_app

SIZES = [(100, 30), (80, 24)]


def _walk_goal(store: Store, citizen_id: int) -> int:
    """The demo's walking goal: three SMART answers given, two open."""
    plan_id = store.plan_of(citizen_id).id or 0
    goal = next(g for g in store.goals(plan_id) if g.area is Area.HEALTH and "Bamse" in g.text)
    assert goal.id is not None
    return goal.id


def _open_editor(store: Store, citizen_id: int) -> Any:
    goal_id = _walk_goal(store, citizen_id)

    async def run_before(pilot: Pilot[Any]) -> None:
        editor = GoalEditor(store, store.get_goal(goal_id).plan_id, goal_id)
        pilot.app.push_screen(editor)
        await pilot.pause()
        for field in editor.query(Input):
            field.cursor_blink = False
        for area in editor.query(TextArea):
            area.cursor_blink = False
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "80x24"])
def test_goal_editor_with_smart_help(
    snap_compare: Any, demo_store: Store, demo_citizen_id: int, size: tuple[int, int],
) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    assert snap_compare(app, terminal_size=size, run_before=_open_editor(demo_store, demo_citizen_id))


@pytest.mark.parametrize("size", SIZES, ids=["100x30", "80x24"])
async def test_goal_editor_shows_what_matters(demo_store: Store, demo_citizen_id: int, size: tuple[int, int]) -> None:
    """What the snapshot should show, as text: nothing important cut off at either size."""
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    goal = demo_store.get_goal(_walk_goal(demo_store, demo_citizen_id))
    async with app.run_test(size=size) as pilot:
        await _open_editor(demo_store, demo_citizen_id)(pilot)
        strips = app.screen._compositor.render_strips()  # noqa: SLF001 - what is painted
        lines = ["".join(seg.text for seg in strip) for strip in strips]
        shown = "\n".join(lines)
        assert "Ret delmål" in lines[1]
        assert "Sundhed" in shown
        assert goal.text[:40] in shown
        if size == (100, 30):
            for mark in ("✓ S Specifikt: besvaret", "✓ M Målbart: besvaret", "✓ A Accepteret: besvaret",
                         "○ R Realistisk: åben", "○ T Tidsbestemt: åben"):
                assert mark in shown, mark
        else:
            assert "SMART-hjælp: ✓ S  ✓ M  ✓ A  ○ R  ○ T  (✓ besvaret, ○ åben)" in shown
        assert "Hjælpen forhindrer aldrig at gemme." in shown
        buttons = next(line for line in lines if "Gem (ctrl+s)" in line)
        assert "Fortryd (esc)" in buttons
        assert "^s Gem" in lines[-1] and "esc Fortryd" in lines[-1]
        # Every line fits: the right edge of the box is drawn on every row of it.
        assert all(line.rstrip().endswith("█") for line in lines[:-1])
