"""A facilitator's first meeting, walked by keyboard through the real app on an empty database.

Every step asserts what the screen shows and what the store holds. The keys are
the ones a person presses: `n`, `o`, `p`, `a`, `x`, `e`, `h`, `tab`, `ctrl+s`,
`ctrl+p` and typed text.
"""
from __future__ import annotations

from typing import Any

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import DataTable, Select

from screens.citizens import CitizensScreen
from screens.editors import (
    AgreementEditor,
    CitizenEditor,
    GoalEditor,
    GoalHistoryScreen,
    OverallGoalEditor,
    ParticipantEditor,
)
from screens.participants import ParticipantsScreen
from screens.plan import PlanScreen
from screens.widgets.goal_list import GoalList
from store import Store
from store.enums import AgreementStatus, Area, GoalLevel, Role
from tests.conftest import DEMO_TODAY
from tests.keys import press_one_by_one, press_quickly, type_text
from tests.screens.plan_helpers import board_rows, goal_lines, static_text
from tui.app import build_app

SIZE = (100, 30)

GOALS = {
    Area.EMPLOYMENT: "Jeg vil i praktik i en butik 10 timer om ugen",
    Area.HEALTH: "Jeg vil gå en tur på 20 minutter hver dag",
    Area.EDUCATION: "Jeg vil tage FVU-læsning trin 1",
    Area.SOCIAL: "Jeg vil spise med min søster hver søndag",
}


async def keys(pilot: Pilot[Any], text: str) -> None:
    """Type text key by key into whatever has focus (one field: tab and enter are pressed on their own)."""
    await type_text(pilot, text)


async def press(pilot: Pilot[Any], *key: str) -> None:
    """Press keys one at a time, each handled before the next."""
    await press_one_by_one(pilot, *key)


def focused_id(pilot: Pilot[Any]) -> str | None:
    focused = pilot.app.screen.focused
    return focused.id if focused is not None else None


async def tab_to(pilot: Pilot[Any], widget_id: str, *, limit: int = 30) -> None:
    """Press tab until the field with this id has focus (as a person tabs through a form)."""
    for _ in range(limit):
        if focused_id(pilot) == widget_id:
            return
        await press(pilot, "tab")
    raise AssertionError(f"tab never reached #{widget_id} (at #{focused_id(pilot)})")


async def pick(pilot: Pilot[Any], select_id: str, label: str) -> None:
    """Open the focused Select with enter and move to the option whose label is `label`."""
    await tab_to(pilot, select_id)
    select = pilot.app.screen.query_one(f"#{select_id}", Select)
    labels = [str(lbl) for lbl, _ in select._options]  # noqa: SLF001 - read-only: where to move to
    await press(pilot, "enter", "home")
    await press_quickly(pilot, *(["down"] * labels.index(label)))  # within the open list
    await press(pilot, "enter")
    selected = next(v for lbl, v in select._options if str(lbl) == label)  # noqa: SLF001
    assert select.value == selected, f"{select_id}: {select.value!r} != {label!r}"


async def save(pilot: Pilot[Any]) -> None:
    await press(pilot, "ctrl+s")


def plan_screen(pilot: Pilot[Any]) -> PlanScreen:
    screen = pilot.app.screen
    assert isinstance(screen, PlanScreen), type(screen).__name__
    return screen


async def palette_jump(pilot: Pilot[Any], typed: str, shown: str) -> None:
    """ctrl+p, type part of a text, move to the hit that shows `shown`, enter."""
    await press(pilot, "ctrl+p")
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    await keys(pilot, typed)
    commands = palette.query_one(CommandList)
    prompts: list[str] = []
    for _ in range(50):  # the palette searches in a worker: wait until the hit is listed
        await pilot.pause()
        prompts = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
        if any(shown in p for p in prompts):
            break
    target = next(i for i, p in enumerate(prompts) if shown in p)
    for _ in range(commands.option_count):
        if commands.highlighted == target:
            break
        await press(pilot, "down")
    assert commands.highlighted == target
    await press(pilot, "enter")


async def test_first_meeting_by_keyboard(store: Store) -> None:
    app = build_app(store, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # -- an empty database: the list says what to do first ----------------------------
        assert isinstance(app.screen, CitizensScreen)
        assert "tryk n for at oprette den første" in static_text(app, "#citizens-empty")
        assert store.list_citizens() == []

        # -- n: a new citizen; saving opens her plan -----------------------------------------
        await press(pilot, "n")
        assert isinstance(app.screen, CitizenEditor)
        assert focused_id(pilot) == "f-name"
        await keys(pilot, "Ida Holm")
        await save(pilot)
        (citizen,) = store.list_citizens()
        assert citizen.name == "Ida Holm"
        screen = plan_screen(pilot)
        assert "Ida Holm" in static_text(app, "#plan-header")
        assert "Intet overordnet mål endnu" in static_text(app, "#plan-overall")
        plan_id = store.plan_of(citizen.id).id
        assert plan_id is not None

        # -- o: the overall goal with its level -----------------------------------------------
        await press(pilot, "o")
        assert isinstance(app.screen, OverallGoalEditor)
        assert focused_id(pilot) == "f-overall_goal"
        await keys(pilot, "Job i detailhandlen")
        await pick(pilot, "f-goal_level", "Branche")
        await save(pilot)
        assert app.screen is screen
        plan = store.get_plan(plan_id)
        assert (plan.overall_goal, plan.goal_level) == ("Job i detailhandlen", GoalLevel.TRADE)
        overall = static_text(app, "#plan-overall")
        assert "(Branche)" in overall and "Job i detailhandlen" in overall

        # -- n on each area heading: a sub-goal in every area ------------------------------------
        goal_list = screen.query_one("#goal-list", GoalList)
        for area, text in GOALS.items():
            assert screen.focused is goal_list
            heading = goal_list.get_option_index(f"area:{area.value}")
            for _ in range(goal_list.option_count):
                if goal_list.highlighted == heading:
                    break
                await press(pilot, "down")
            assert screen.selected_area() is area and screen.selected_goal_id() is None
            await press(pilot, "n")
            editor = app.screen
            assert isinstance(editor, GoalEditor)
            assert editor.query_one("#f-area", Select).value is area
            await tab_to(pilot, "f-text")
            await keys(pilot, text)
            await save(pilot)
            assert app.screen is screen
        goals = store.goals(plan_id)
        assert {g.area: g.text for g in goals} == GOALS
        lines = goal_lines(screen)
        for area, text in GOALS.items():
            at = next(i for i, line in enumerate(lines) if line.startswith(area_heading(area)))
            assert text in lines[at + 1], lines
        assert not any("intet delmål" in line for line in lines)

        # -- p: participants, each with a role -------------------------------------------------
        await press(pilot, "p")
        people = app.screen
        assert isinstance(people, ParticipantsScreen)
        table = people.query_one("#participant-table", DataTable)
        assert table.row_count == 1  # the citizen takes part in her own plan from the start
        assert [(p.name, p.role) for p in store.participants(plan_id)] == [("Ida Holm", Role.CITIZEN)]
        for name, role_label, role in (("Ole Krogh", "Mentor", Role.MENTOR), ("Lone Berg", "Myndighed", Role.AUTHORITY)):
            await press(pilot, "n")
            assert isinstance(app.screen, ParticipantEditor)
            await keys(pilot, name)
            await pick(pilot, "f-role", role_label)
            await save(pilot)
            assert app.screen is people
            assert any(p.name == name and p.role is role for p in store.participants(plan_id))
        rows = [" ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]
        # the citizen, then A-Å; the last column is the e-mail address (– for none: no mail draft)
        assert rows == ["Ida Holm Borger  –", "Lone Berg Myndighed  –", "Ole Krogh Mentor  –"]
        await press(pilot, "escape")
        assert app.screen is screen
        assert [p.name for p in store.participants(plan_id)] == ["Ida Holm", "Lone Berg", "Ole Krogh"]

        # -- a: agreements, who does what by when --------------------------------------------------
        agreements = (("Ida Holm", "Ringe til butikken om praktik", "01-12-2026"),
                      ("Ole Krogh", "Gå med Ida til første praktikdag", "08-12-2026"),
                      ("Lone Berg", "Bevilge mentor i 3 måneder", "15-12-2026"))
        for who, what, when in agreements:
            await press(pilot, "a")
            assert isinstance(app.screen, AgreementEditor)
            assert focused_id(pilot) == "f-what"  # the first text field, not the "who" select
            await keys(pilot, what)
            await tab_to(pilot, "f-when")
            await keys(pilot, when)
            role = {"Ida Holm": "Borger", "Ole Krogh": "Mentor", "Lone Berg": "Myndighed"}[who]
            await pick(pilot, "f-who_id", f"{who} ({role})")
            await save(pilot)
            assert app.screen is screen
        stored = store.agreements(plan_id)
        by_id = {p.id: p.name for p in store.participants(plan_id)}
        assert [(by_id[a.who_id], a.what, a.due_date.strftime("%d-%m-%Y") if a.due_date else "") for a in stored] == [
            *agreements]
        rows = board_rows(screen)
        assert len(rows) == 3
        for n, (row, (who, what, when)) in enumerate(zip(rows, agreements), start=1):
            assert row.startswith(f"{n} {who} {what}") and when in row and "○ Åben" in row

        # -- on the board (the agreement just added is the selected one), up to the second, x: done ----
        await tab_to(pilot, "agreement-board")
        assert screen.selected_agreement_id() == stored[2].id
        await press(pilot, "up")
        second = stored[1]
        assert screen.selected_agreement_id() == second.id
        await press(pilot, "x")
        assert second.id is not None
        assert store.get_agreement(second.id).status is AgreementStatus.DONE
        assert store.get_agreement(second.id).done_at is not None
        rows = board_rows(screen)
        assert "✔ Udført" in rows[1] and "○ Åben" in rows[0] and "○ Åben" in rows[2]

        # -- back to the goals, e: revise the health goal; h: its history --------------------------------
        await press(pilot, "shift+tab")
        assert screen.focused is goal_list
        health = next(g for g in goals if g.area is Area.HEALTH)
        assert health.id is not None
        target = goal_list.get_option_index(f"goal:{health.id}")
        while goal_list.highlighted != target:
            await press(pilot, "up" if (goal_list.highlighted or 0) > target else "down")
        await press(pilot, "e")
        editor = app.screen
        assert isinstance(editor, GoalEditor) and editor.goal_id == health.id
        new_text = "Jeg vil gå en tur på 30 minutter fem dage om ugen"
        await tab_to(pilot, "f-text")
        await press(pilot, "f7")  # select all the wording; typing replaces it
        await keys(pilot, new_text)
        await tab_to(pilot, "f-reason")
        await keys(pilot, "Det gik let")
        await save(pilot)
        assert app.screen is screen
        assert store.get_goal(health.id).text == new_text
        (revision,) = store.goal_history(health.id)
        assert (revision.text, revision.reason) == (GOALS[Area.HEALTH], "Det gik let")
        assert any(new_text in line for line in goal_lines(screen))
        assert not any(GOALS[Area.HEALTH] in line for line in goal_lines(screen))
        await press(pilot, "h")
        history = app.screen
        assert isinstance(history, GoalHistoryScreen)
        shown = str(history.query_one("#history").render())
        assert shown.index(GOALS[Area.HEALTH]) < shown.index(new_text)
        assert "Det gik let" in shown
        await press(pilot, "escape")
        assert app.screen is screen

        # -- ctrl+p: jump to a goal, an agreement, then (from the list) a citizen -------------------------
        education = next(g for g in goals if g.area is Area.EDUCATION)
        await palette_jump(pilot, "fvu-læs", GOALS[Area.EDUCATION])
        assert app.screen is screen
        assert screen.selected_goal_id() == education.id and screen.focused is goal_list
        assert store.view_state().goal_id == education.id

        await palette_jump(pilot, "bevilge", "Bevilge mentor i 3 måneder")
        assert app.screen is screen
        assert screen.selected_agreement_id() == stored[2].id
        assert screen.focused is screen.query_one("#agreement-board")

        await press(pilot, "escape")
        assert isinstance(app.screen, CitizensScreen)
        await palette_jump(pilot, "da hol", "Ida Holm")
        opened = plan_screen(pilot)
        assert opened.citizen_id == citizen.id
        assert "Ida Holm" in static_text(app, "#plan-header")
        assert store.view_state().citizen_id == citizen.id

    # Nothing was lost on the way: the file holds the whole plan.
    assert len(store.goals(plan_id)) == 4
    assert [a.status for a in store.agreements(plan_id)] == [
        AgreementStatus.OPEN, AgreementStatus.DONE, AgreementStatus.OPEN]


def area_heading(area: Area) -> str:
    return {Area.EMPLOYMENT: "BESKÆFTIGELSE", Area.HEALTH: "SUNDHED", Area.EDUCATION: "UDDANNELSE",
            Area.SOCIAL: "SOCIALT"}[area]
