"""Languages: the English catalogue (`--lang en`) is complete and reaches every screen."""
from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from screens.editors import GoalEditor
from screens.i18n import catalogue, set_language
from screens.plan import PlanScreen
from store import Store
from store.enums import Area
from tests.conftest import DEMO_TODAY
from tests.keys import press_one_by_one
from tests.screens.plan_helpers import board_rows, goal_lines, static_text
from tui.app import build_app
from tui.cli import build_parser

_FIELD = re.compile(r"{(\w*)")


@pytest.fixture
def english() -> Iterator[None]:
    """Back to Danish afterwards, whatever happens (the language is process-wide)."""
    yield
    set_language("da")


def test_every_danish_key_has_an_english_one_and_back() -> None:
    da, en = catalogue("da"), catalogue("en")
    assert sorted(set(da) - set(en)) == []
    assert sorted(set(en) - set(da)) == []


def test_english_texts_fill_in_the_same_values() -> None:
    da, en = catalogue("da"), catalogue("en")
    differ = {k: (da[k], en[k]) for k in da if set(_FIELD.findall(da[k])) != set(_FIELD.findall(en[k]))}
    assert differ == {}
    assert all(en[k].strip() for k in en)


def test_lang_option() -> None:
    assert build_parser().parse_args(["--lang", "en"]).lang == "en"
    assert build_parser().parse_args([]).lang == "da"


async def test_citizens_list_and_plan_in_english(demo_store: Store, demo_citizen_id: int, english: None) -> None:
    app = build_app(demo_store, lang="en", today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert static_text(app, "#citizens-title") == "Citizens"
        footer = {b.binding.description for b in app.screen.active_bindings.values()}
        assert "New citizen" in footer and "Ny borger" not in footer
        await pilot.press("enter")  # open the demo citizen
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        overall = static_text(app, "#plan-overall")
        assert overall.startswith("Overall goal (Trade): ")
        assert static_text(app, "#plan-values-text").startswith("Values:")
        assert static_text(app, "#plan-strengths-text").startswith("Strengths:")
        lines = goal_lines(screen)
        assert sum(line.split("  ")[0] in ("EMPLOYMENT", "HEALTH", "EDUCATION", "SOCIAL") for line in lines) == 4
        assert any("● Active" in line for line in lines)
        rows = board_rows(screen)
        assert any("✔ Done" in r for r in rows) and any("⚠ Overdue" in r for r in rows)
        assert not any("Udført" in r or "Åben" in r for r in rows)
        assert screen.query_one("#goal-list").border_title == "Sub-goals"
        labels = {b.binding.description for b in screen.active_bindings.values()}
        assert {"New goal", "Edit", "Done"} <= labels
        assert not labels & {"Nyt mål", "Ret", "Udført"}


async def test_editor_in_english(demo_store: Store, demo_citizen_id: int, english: None) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, lang="en", today=DEMO_TODAY)
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    goal = next(g for g in demo_store.goals(plan_id) if g.area is Area.HEALTH)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        editor = GoalEditor(demo_store, plan_id, goal.id)
        app.push_screen(editor)
        await pilot.pause()
        labels = {b.binding.description for b in editor.active_bindings.values()}
        assert {"Save", "Cancel"} <= labels and "Gem" not in labels
        side = str(editor.query_one("#smart-side").render())
        assert "SMART help" in side and "✓ S Specific: answered" in side and "○ T Timed: open" in side
        assert "Is there an exact date" in side and "Tidsbestemt" not in side
        await press_one_by_one(pilot, "ctrl+s")
        assert app.screen is not editor
