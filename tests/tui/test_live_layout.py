"""The projector fits the plan it shows: the layout follows the content.

One goal fills the width in large text; two or three share it; four or more
use the area grid. Text that does not fit ends with "…" (never cut off
without a mark), names too. Snapshots at 160x45 with 1, 3 and 8 goals and at
100x30 with 1 goal.
"""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.text import Text

from screens.live.widgets import FittedText, GoalCardView, fit_lines, fit_name
from store import Store
from store.enums import Area, Role
from tests.conftest import DEMO_TODAY
from tui.view_app import build_view_app

from .live_helpers import presentation, screen_text

GOALS = [
    (Area.EMPLOYMENT, "Jeg vil være i praktik i genbrugsbutikken Gensyn 2 formiddage om ugen og selv tage bussen "
                      "derhen, også når det regner, og sige til Ole, hvis det bliver for meget for mig"),
    (Area.HEALTH, "Jeg vil gå en tur på 30 minutter med Bamse 3 gange om ugen, så jeg sover bedre"),
    (Area.SOCIAL, "Jeg vil ringe til min søster én gang om ugen"),
    (Area.EDUCATION, "Jeg vil tage FVU-dansk trin 1 på VUC om tirsdagen"),
    (Area.HEALTH, "Jeg vil tale med min læge om min søvnmedicin inden jul"),
    (Area.EMPLOYMENT, "Jeg vil lære at betjene kassen i butikken"),
    (Area.SOCIAL, "Jeg vil være med i strikkeklubben på biblioteket hver anden torsdag"),
    (Area.EDUCATION, "Jeg vil øve mig i at skrive en besked på mobilen til Ole"),
]


def _case(path: Path, goals: int) -> int:
    """An invented citizen with `goals` goals, their readings and two agreements (one repeats)."""
    with Store(path, user="test") as s:
        c = s.create_citizen("Lone Bertelsen Sørensen", plan_type="jobafklaringsforloeb")
        assert c.id is not None
        plan_id = s.plan_of(c.id).id or 0
        s.set_overall_goal(plan_id, "Jeg vil arbejde 15 timer om ugen i detailhandlen, på et lager eller i en butik.",
                           "trade")
        me = s.participants(plan_id)[0]
        ole = s.add_participant(plan_id, "Ole Krogh", Role.MENTOR)
        for n, (area, text) in enumerate(GOALS[:goals]):
            g = s.add_goal(plan_id, area, text)
            for k, score in enumerate((3, 4, 6)[: 1 + n % 3]):
                s.record_scale_reading(g.id or 0, score, on=DEMO_TODAY - timedelta(days=60 - 20 * k),
                                       participant_id=me.id)
        s.add_agreement(plan_id, me.id, "Ringe til søsteren", when="hver torsdag")
        s.add_agreement(plan_id, ole.id, "Følge Lone til Gensyn første gang og tale med butikschefen om en fast plads",
                        when="01-12-2026")
        return c.id


def _app(path: Path, citizen_id: int) -> Any:
    return build_view_app(Store(path, user="view"), citizen_id=citizen_id, today=lambda: DEMO_TODAY)


@pytest.mark.parametrize(("goals", "size"), [(1, (160, 45)), (3, (160, 45)), (8, (160, 45)), (1, (100, 30))],
                         ids=["1-goal-160x45", "3-goals-160x45", "8-goals-160x45", "1-goal-100x30"])
def test_live_view_fits_the_plan(snap_compare: Any, empty_db: Path, goals: int, size: tuple[int, int]) -> None:
    cid = _case(empty_db, goals)
    assert snap_compare(_app(empty_db, cid), terminal_size=size)


@pytest.mark.parametrize(("goals", "size", "layout"), [
    (1, (160, 45), "-one"), (1, (100, 30), "-one"), (1, (80, 24), "-one"),
    (3, (160, 45), "-few"), (3, (100, 30), "-few"), (3, (80, 24), "-lines"),
    (8, (160, 45), "-many"), (8, (120, 36), "-many"), (8, (100, 30), "-lines"),
])
async def test_the_layout_follows_the_content(empty_db: Path, goals: int, size: tuple[int, int], layout: str) -> None:
    cid = _case(empty_db, goals)
    app = _app(empty_db, cid)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = presentation(app)
        assert screen.has_class(layout)
        cards = list(screen.query(GoalCardView))
        assert len(cards) == goals
        main = screen.query_one("#live-main")
        if layout == "-one":  # the one goal is as wide as the main column
            assert cards[0].region.width == main.region.width
        elif layout == "-few":  # side by side, sharing the width
            assert len({c.region.y for c in cards}) == 1
            assert sum(c.region.width for c in cards) >= main.region.width - goals
        elif layout == "-many":  # one column per area
            columns = list(screen.query(".area-col"))
            assert len(columns) == 4
            assert "BESKÆFTIGELSE" in screen_text(app) and "SOCIALT" in screen_text(app)
        else:  # the goal in focus large, the others one line each
            assert sorted(c.region.height for c in cards)[:-1] == [1] * (goals - 1)
        # Nothing is cut off without a mark: every goal's words are whole, or end with "…".
        for card in cards:
            shown = card.query_one(".goal-text", FittedText)
            drawn = [line.text.rstrip() for line in shown.render_lines(shown.region.reset_offset)]
            text = " ".join(line for line in drawn if line)
            assert text == " ".join(card.card.text.split()) or text.endswith("…"), text


def test_fitting_text_ends_with_an_ellipsis_after_a_whole_word() -> None:
    console = Console(width=200)
    text = Text("Jeg vil være i praktik i genbrugsbutikken Gensyn 2 formiddage om ugen")
    fitted = [line.rstrip() for line in fit_lines(console, text, 20, 2).plain.split("\n")]
    assert fitted == ["Jeg vil være i", "praktik i…"]
    assert fit_lines(console, text, 80, 3).plain.rstrip() == text.plain  # it fits: untouched
    assert fit_lines(console, Text("a" * 30), 10, 1).plain == "a" * 9 + "…"  # one long word: cut, with a mark


@pytest.mark.parametrize(("width", "shown"), [
    (30, "Lone Bertelsen Sørensen"), (16, "Lone B. Sørensen"), (12, "Lone B. S."), (6, "Lone…"),
])
def test_a_name_is_never_cut_inside_a_word_without_a_mark(width: int, shown: str) -> None:
    assert fit_name("Lone Bertelsen Sørensen", width) == shown


async def test_the_board_shows_names_whole_or_as_initials(empty_db: Path) -> None:
    cid = _case(empty_db, 1)
    app = _app(empty_db, cid)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Lone Be…" not in text and "Lone Bertel" not in text.replace("Lone Bertelsen Sørensen", "")
        assert "hver torsdag" in text


@pytest.mark.parametrize("goals", [1, 8])
async def test_a_changed_overall_goal_repaints_in_place_and_equals_a_fresh_view(empty_db: Path, goals: int) -> None:
    """A word changed in the overall goal (same number of lines) repaints that line only, the
    layout untouched; a longer goal takes more lines. Either way the screen equals a view started
    afresh on the changed plan."""
    cid = _case(empty_db, goals)
    with Store(empty_db, user="test") as facilitator:
        plan_id = facilitator.plan_of(cid).id or 0
        app = _app(empty_db, cid)
        async with app.run_test(size=(160, 45)) as pilot:
            await pilot.pause()
            screen = presentation(app)
            overall = screen.query_one("#live-overall", FittedText)
            regions = {w: w.region for w in screen.query("*") if w.region}
            layouts: list[bool] = []
            refresh = overall.refresh

            def spy(*args: Any, layout: bool = False, **kwargs: Any) -> Any:
                layouts.append(layout)
                return refresh(*args, layout=layout, **kwargs)

            overall.refresh = spy  # type: ignore[method-assign]
            facilitator.set_overall_goal(plan_id, "Jeg vil arbejde 16 timer om ugen i detailhandlen, på et lager "
                                                  "eller i en butik.", "trade")
            await screen.check_now()
            await pilot.pause()
            assert "16 timer om ugen" in overall.text.plain
            assert {w: w.region for w in screen.query("*") if w.region} == regions  # nothing moved
            assert layouts and not any(layouts)  # repainted in place: no layout of the whole screen
            same_height = screen_text(app)
            longer = " ".join(["Jeg vil arbejde 16 timer om ugen i detailhandlen og lære kassen at kende."] * 4)
            facilitator.set_overall_goal(plan_id, longer, "trade")
            await screen.check_now()
            await pilot.pause()
            assert overall.region.height > regions[overall].height  # more lines: laid out again
            assert layouts[-1] is True
            grown = screen_text(app)
        facilitator.set_overall_goal(plan_id, "Jeg vil arbejde 16 timer om ugen i detailhandlen, på et lager "
                                              "eller i en butik.", "trade")
        fresh = _app(empty_db, cid)
        async with fresh.run_test(size=(160, 45)) as pilot:
            await pilot.pause()
            assert screen_text(fresh) == same_height
        facilitator.set_overall_goal(plan_id, longer, "trade")
        fresh = _app(empty_db, cid)
        async with fresh.run_test(size=(160, 45)) as pilot:
            await pilot.pause()
            assert screen_text(fresh) == grown
