"""Every key lands where the facilitator sees the cursor, also when typed faster than the screen draws."""
from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input, OptionList, TextArea

from screens.editors import GoalEditor
from screens.plan import PlanScreen
from store import Store
from tests.conftest import DEMO_TODAY
from tests.keys import burst, form_keys
from tui.app import build_app

NEW_GOAL = {
    "text": "Jeg vil gå til træning 2 gange om ugen",
    "rationale": "Det giver mig energi om morgenen",
    "start_date": "01-12-2026",
    "end_date": "01-03-2027",
    "scale_anchor": "5 er en gang om ugen",
    "smart_specific": "Nanna og Ole i Nordby Fitness",
    "smart_measurable": "Kryds i kalenderen",
    "smart_accepted": "Nanna har selv valgt det",
    "smart_realistic": "Nanna tror på to gange",
    "smart_timed": "Opfølgning 01-02-2027",
}
"""The text fields of a new goal in Tab order (the status select between the dates and the anchor)."""


def _goal_keys() -> list[str]:
    v = NEW_GOAL
    keys = form_keys(v["text"], v["rationale"], v["start_date"], v["end_date"])
    keys += ["tab", "tab"]  # past the status select, which keeps its value
    keys += form_keys(v["scale_anchor"], v["smart_specific"], v["smart_measurable"], v["smart_accepted"],
                      v["smart_realistic"], v["smart_timed"])
    return keys


@pytest.mark.parametrize("how", ["pilot", "burst"])
async def test_a_whole_new_goal_typed_at_once_lands_field_by_field(
    demo_store: Store, demo_citizen_id: int, how: str
) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        keys = ["n", *_goal_keys()]  # n opens the new-goal form: the keys after it go into it
        if how == "pilot":
            await pilot.press(*keys)
        else:
            await burst(pilot, *keys)
        editor = app.screen
        assert isinstance(editor, GoalEditor)
        got = {name: editor.raw(name) for name in NEW_GOAL}
        assert got == NEW_GOAL
