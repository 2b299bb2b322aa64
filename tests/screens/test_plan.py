"""The plan screen on the demo case: what it shows and what its keys do to the store."""
from __future__ import annotations

from textual.widgets import DataTable, TextArea

from screens.citizens import CitizensScreen
from screens.plan import PlanScreen
from screens.widgets.agreement_board import AgreementBoard
from screens.widgets.citizen_list import CitizenList
from screens.widgets.goal_list import GoalList
from store import Store
from store.enums import AgreementStatus, Area
from store.models import Goal
from tests.conftest import DEMO_TODAY
from tests.keys import press_one_by_one
from tests.screens.plan_helpers import board_rows, goal_lines, static_text
from tui.app import build_app


def _plan_screen(app: object) -> PlanScreen:
    screen = getattr(app, "screen")
    assert isinstance(screen, PlanScreen)
    return screen


async def _focus_agreement(pilot: object, screen: PlanScreen, agreement_id: int) -> None:
    screen.select(agreement_id=agreement_id)
    await getattr(pilot, "pause")()


async def test_shows_the_whole_plan_on_one_screen(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = _plan_screen(app)
        assert "Nanna Kildegaard" in static_text(app, "#plan-header")
        assert "Jobafklaringsforløb" in static_text(app, "#plan-header")
        overall = static_text(app, "#plan-overall")
        assert "Overordnet mål" in overall and "(Branche)" in overall and "detailhandlen" in overall
        assert "Bamse" in static_text(app, "#plan-values-text")
        assert "Styrker:" in static_text(app, "#plan-strengths-text")
        lines = goal_lines(screen)
        areas = [line for line in lines if line.split("  ")[0] in ("BESKÆFTIGELSE", "SUNDHED", "UDDANNELSE", "SOCIALT")]
        assert len(areas) == 4
        assert any("Gensyn" in line and "4/10" in line and "● I gang" in line for line in lines)
        assert any("🔒" in line and "søvnmedicin" in line for line in lines)
        rows = board_rows(screen)
        assert len(rows) == 7
        assert rows[0].startswith("1 Nanna Kildegaard Besøge Gensyn")
        assert "09-10-2026" in rows[0] and "✔ Udført" in rows[0]
        overdue = [r for r in rows if "⚠ Overskredet" in r]
        assert len(overdue) == 1 and "🔒" in overdue[0] and "Sofie Dahl" in overdue[0]
        assert any("○ Åben" in r and "23-12-2026" in r for r in rows)
        # Everything is on screen at 100x30: no scrolling needed for the goal list.
        goals = screen.query_one("#goal-list", GoalList)
        assert goals.max_scroll_y == 0


async def test_usable_at_80x24(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = _plan_screen(app)
        board = screen.query_one("#agreement-board", AgreementBoard)
        goals = screen.query_one("#goal-list", GoalList)
        assert board.size.height >= 8 and goals.size.height >= 8
        assert board.size.width >= 36


async def test_mark_agreement_done_and_open_again_with_keys(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    walk = next(a for a in demo_store.agreements(plan_id) if "Bamse" in a.what)
    assert walk.id is not None and walk.status is AgreementStatus.OPEN
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = _plan_screen(app)
        await _focus_agreement(pilot, screen, walk.id)
        await press_one_by_one(pilot, "x")
        done = demo_store.get_agreement(walk.id)
        assert done.status is AgreementStatus.DONE and done.done_at == DEMO_TODAY
        assert any("Bamse" in r and "✔ Udført" in r for r in board_rows(screen))
        assert screen.selected_agreement_id() == walk.id
        await press_one_by_one(pilot, "space")
        assert demo_store.get_agreement(walk.id).status is AgreementStatus.OPEN
        assert any("Bamse" in r and "○ Åben" in r for r in board_rows(screen))


async def test_delete_goal_asks_then_ctrl_z_undoes(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    social = next(g for g in demo_store.goals(plan_id) if g.area is Area.SOCIAL)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = _plan_screen(app)
        screen.select(goal_id=social.id)
        await pilot.pause()
        await press_one_by_one(pilot, "delete")
        assert type(app.screen).__name__ == "ConfirmScreen"
        await pilot.press("n")  # no: nothing happens
        await pilot.pause()
        assert demo_store.db.find(Goal, social.id) is not None
        await press_one_by_one(pilot, "delete")
        await press_one_by_one(pilot, "y")
        assert app.screen is screen
        assert demo_store.db.find(Goal, social.id) is None
        assert not any("søster" in line for line in goal_lines(screen))
        await press_one_by_one(pilot, "ctrl+z")
        assert demo_store.get_goal(social.id or 0).text == social.text
        assert any("søster" in line for line in goal_lines(screen))


async def test_delete_agreement_and_undo(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    rain = next(a for a in demo_store.agreements(plan_id) if "regner" in a.what)
    assert rain.id is not None
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = _plan_screen(app)
        await _focus_agreement(pilot, screen, rain.id)
        await press_one_by_one(pilot, "delete", "y")
        assert [a.id for a in demo_store.agreements(plan_id)].count(rain.id) == 0
        assert len(board_rows(screen)) == 6
        await press_one_by_one(pilot, "ctrl+z")
        assert demo_store.get_agreement(rain.id).what == rain.what
        assert len(board_rows(screen)) == 7


async def test_new_goal_in_the_selected_area(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = _plan_screen(app)
        goals = screen.query_one("#goal-list", GoalList)
        goals.highlighted = goals.get_option_index("area:education")
        await press_one_by_one(pilot, "n")
        editor = app.screen
        assert type(editor).__name__ == "GoalEditor"
        editor.query_one("#f-text", TextArea).load_text("Jeg vil [bold]læse[/] en bog om måneden.")
        await press_one_by_one(pilot, "ctrl+s")
        assert app.screen is screen
        new = [g for g in demo_store.goals(plan_id) if "bog" in g.text]
        assert len(new) == 1 and new[0].area is Area.EDUCATION
        assert new[0].text == "Jeg vil [bold]læse[/] en bog om måneden."
        assert any("Jeg vil [bold]læse[/] en bog" in line for line in goal_lines(screen))
        # The new goal is the selected one: the next key (an agreement, a score) acts on it.
        assert goals.highlighted_id == f"goal:{new[0].id}" and app.focused is goals


async def test_a_new_agreement_is_the_selected_one_on_the_board(demo_store: Store, demo_citizen_id: int) -> None:
    """Saved from the plan (a), the new agreement is selected on the board: the next key acts on it."""
    from tests.screens.editor_helpers import choose, save, type_into

    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = _plan_screen(app)
        await press_one_by_one(pilot, "a")
        editor = app.screen
        assert type(editor).__name__ == "AgreementEditor"
        choose(editor, "who_id", demo_store.participants(plan_id)[0].id)
        await type_into(pilot, editor, "what", "Ringe til VUC om holdstart")
        await type_into(pilot, editor, "when", "10-12-2026")
        await save(pilot)
        assert app.screen is screen
        (new,) = [a for a in demo_store.agreements(plan_id) if a.what == "Ringe til VUC om holdstart"]
        board = screen.query_one("#agreement-board", AgreementBoard)
        assert board.selected_agreement_id() == new.id and app.focused is board


async def test_reveal_private_goal_and_focus_follows(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    sleep = next(g for g in demo_store.goals(plan_id) if g.private)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = _plan_screen(app)
        screen.select(goal_id=sleep.id)
        await pilot.pause()
        assert demo_store.view_state().goal_id == sleep.id
        await press_one_by_one(pilot, "R")
        assert f"goal:{sleep.id}" in demo_store.revealed_keys()


async def test_every_key_opens_something_or_explains(demo_store: Store, demo_citizen_id: int) -> None:
    """Keys that open other screens never crash the plan screen; escape comes back."""
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = _plan_screen(app)
        for key in ("o", "h", "c", "p", "t", "a", "s", "b", "m", "g", "l", "e"):
            await press_one_by_one(pilot, key)
            if app.screen is not screen:
                app.pop_screen()
                await pilot.pause()
            assert app.screen is screen, key
        await press_one_by_one(pilot, "escape")
        assert isinstance(app.screen, CitizensScreen)


async def test_participants_list_delete_and_undo(demo_store: Store, demo_citizen_id: int) -> None:
    from screens.participants import ParticipantsScreen

    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    father = next(p for p in demo_store.participants(plan_id) if p.name == "Jens Kildegaard")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        plan = _plan_screen(app)
        await press_one_by_one(pilot, "p")
        screen = app.screen
        assert isinstance(screen, ParticipantsScreen)
        table = screen.query_one("#participant-table", DataTable)
        table.move_cursor(row=table.get_row_index(str(father.id)))
        await press_one_by_one(pilot, "delete")
        question = str(app.screen.query_one("#confirm-question").render())
        assert "Jens Kildegaard" in question and "1 aftaler" in question
        await press_one_by_one(pilot, "y")
        assert father.id not in [p.id for p in demo_store.participants(plan_id)]
        assert not any("regner" in a.what for a in demo_store.agreements(plan_id))
        await press_one_by_one(pilot, "ctrl+z")
        assert father.id in [p.id for p in demo_store.participants(plan_id)]
        await press_one_by_one(pilot, "escape")
        assert app.screen is plan
        assert any("regner" in r for r in board_rows(plan))


async def test_older_finished_agreements_fold_into_one_line_and_A_shows_all(
    demo_store: Store, demo_citizen_id: int
) -> None:
    """Open agreements and the latest finished show; the rest are one line until A."""
    from datetime import date, timedelta

    from store.rules import RECENT_FINISHED

    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    who = demo_store.participants(plan_id)[0].id or 0
    old_ids: list[int] = []
    for i in range(12):
        a = demo_store.add_agreement(plan_id, who, f"Gammel aftale {i + 1:02d}", due_date=date(2026, 1, 1) + timedelta(days=i))
        assert a.id is not None
        demo_store.mark_agreement_done(a.id, on=date(2026, 2, 1) + timedelta(days=i))
        old_ids.append(a.id)
    everything = demo_store.agreements(plan_id)
    open_count = sum(1 for a in everything if a.status is AgreementStatus.OPEN)
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = _plan_screen(app)
        rows = board_rows(screen)
        hidden = len(everything) - open_count - RECENT_FINISHED
        assert len(rows) == open_count + RECENT_FINISHED + 1
        assert f"{hidden} ældre afsluttede aftaler skjult – tryk A for at vise alle" in rows[-1]
        assert not any("Gammel aftale 01" in r for r in rows)  # the oldest finished is folded away
        assert any("Gammel aftale 12" in r and "✔ Udført" in r for r in rows)  # the latest is shown
        # Numbers are places in the whole list: the latest old agreement keeps its number.
        assert any(r.startswith(f"{len(everything)} ") and "Gammel aftale 12" in r for r in rows)
        assert any("⚠ Overskredet" in r for r in rows)
        await press_one_by_one(pilot, "A")
        rows = board_rows(screen)
        assert len(rows) == len(everything) + 1 and "Alle aftaler vises" in rows[-1]
        await press_one_by_one(pilot, "A")
        assert len(board_rows(screen)) == open_count + RECENT_FINISHED + 1
        # A jump to a folded agreement (the palette does this) shows all and selects it.
        screen.select(agreement_id=old_ids[0])
        await pilot.pause()
        assert screen.board.show_all and screen.selected_agreement_id() == old_ids[0]


async def test_big_board_at_80x24_keeps_date_and_status_visible(demo_store: Store, demo_citizen_id: int) -> None:
    """With more rows than fit, the scrollbar takes its width from the text column, not the status."""
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    who = demo_store.participants(plan_id)[0].id or 0
    for i in range(20):
        demo_store.add_agreement(plan_id, who, f"Ekstra aftale {i + 1} med en lidt længere tekst end de andre",
                                 when="hver torsdag")
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        board = _plan_screen(app).query_one("#agreement-board", AgreementBoard)
        assert board.show_vertical_scrollbar
        assert sum(board.column_widths) <= board.scrollable_content_region.width


async def test_a_closed_plan_lets_its_drawn_lines_go(demo_store: Store, demo_citizen_id: int) -> None:
    """Opening and closing plans all day must not keep the closed plans' widgets and drawn lines (and slow the
    collector). Counted: widgets alive but no longer in the app. A closed screen's last update timer may hold
    it for a moment after the pop (its task's context), so each count waits, a bounded while, for that."""
    import gc

    from textual.widget import Widget

    app = build_app(demo_store, today=DEMO_TODAY)

    def detached_widgets() -> int:
        gc.collect()
        shown = {id(node) for screen in app.screen_stack for node in screen.walk_children(with_self=True)}
        return sum(1 for o in gc.get_objects() if isinstance(o, Widget) and id(o) not in shown)

    counts: list[int] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for _ in range(4):
            await app.push_screen(PlanScreen(demo_store, demo_citizen_id, today=DEMO_TODAY))
            await pilot.pause()
            assert "Nanna Kildegaard" in static_text(app, "#plan-header")
            await app.pop_screen()  # closed: removed with all its widgets
            for _wait in range(200):  # up to 2 s under load
                await pilot.pause(0.01)
                if detached_widgets() == 0:
                    break
            counts.append(detached_widgets())
    assert counts == [0, 0, 0, 0]


async def test_with_citizen_the_plan_is_the_only_screen_and_every_way_back_leads_to_the_citizens(
    demo_store: Store, demo_citizen_id: int
) -> None:
    """`--citizen`: the plan is the first screen (nothing under it). A palette jump to another citizen's plan
    puts that plan in its place, a jump within the plan selects; escape always leads to the citizens list."""
    other = demo_store.create_citizen("Bent Hansen").id
    assert other is not None
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        first = _plan_screen(app)
        assert app.screen_stack == [first]
        goal = first.view.goals[-1].goal.id
        app.open_plan(demo_citizen_id, goal_id=goal)
        await pilot.pause()
        assert app.screen is first and first.selected_goal_id() == goal
        app.open_plan(other)
        await pilot.pause()
        second = _plan_screen(app)
        assert second is not first and second.citizen_id == other and len(app.screen_stack) == 1
        await press_one_by_one(pilot, "escape")
        assert isinstance(app.screen, CitizensScreen) and len(app.screen_stack) == 1
        await press_one_by_one(pilot, "enter")
        assert isinstance(app.screen, PlanScreen) and len(app.screen_stack) == 2
        await press_one_by_one(pilot, "escape")
        assert isinstance(app.screen, CitizensScreen)


async def test_with_citizen_escape_shows_the_citizens_list_with_the_citizen_just_left_selected(
    demo_store: Store, demo_citizen_id: int
) -> None:
    """`--citizen` on Nanna (second by name once Bent exists): back on the list, Nanna is the selected row,
    so Enter opens her plan again, as when the plan had been opened from the list."""
    demo_store.create_citizen("Bent Hansen")
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await press_one_by_one(pilot, "escape")
        screen = app.screen
        assert isinstance(screen, CitizensScreen)
        table = screen.query_one(CitizenList)
        assert [row.name for row in table.rows] == ["Bent Hansen", "Nanna Kildegaard"]
        assert table.selected_id == demo_citizen_id
        await press_one_by_one(pilot, "enter")
        assert isinstance(app.screen, PlanScreen) and app.screen.citizen_id == demo_citizen_id
