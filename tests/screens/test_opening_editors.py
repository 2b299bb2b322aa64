"""What opening and closing an editor over the plan does, and what it no longer does for nothing.

- The plan is read again when a dialog closes only if something was written
  (here, in the dialog, or by a colleague); a dialog cancelled leaves the plan
  as it is drawn.
- The goal editor gets its width class before its fields are mounted; a resize
  still switches it.
- A field's error line exists once the field has had an error.
- The SMART panel is redrawn only when what it says changes.
"""
from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from screens.editors import AgreementEditor, GoalEditor
from screens.editors.smart_panel import SmartPanel
from screens.forms import FormField
from screens.plan import PlanScreen
from store import Store
from store.enums import GoalLevel
from tests.conftest import DEMO_TODAY, TEST_USER
from tests.screens.plan_helpers import static_text
from tui.app import build_app

from .editor_helpers import error_text, push, save, type_into

SIZE = (100, 30)


def _plan(app: object) -> PlanScreen:
    screen = getattr(app, "screen")
    assert isinstance(screen, PlanScreen)
    return screen


async def test_a_cancelled_dialog_leaves_the_plan_as_drawn(any_demo: str | Path) -> None:
    """On either engine (the commit marker is SQLite's data_version, or PostgreSQL's notifications)."""
    with Store(any_demo, user=TEST_USER) as store:
        app = build_app(store, citizen_id=store.list_citizens()[0].id, today=DEMO_TODAY)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            plan = _plan(app)
            await pilot.press("down")  # the cursor moves: written for the shared screen, not part of the plan
            await pilot.pause()
            read = plan.view
            for _ in range(2):
                await push(pilot, GoalEditor(store, plan.plan_id, plan.selected_goal_id()))
                await pilot.press("escape")
                await pilot.pause()
                assert app.screen is plan
                assert plan.view is read  # not read again: nothing was written


async def test_a_colleagues_change_shows_when_the_dialog_closes(any_demo: str | Path) -> None:
    with Store(any_demo, user=TEST_USER) as store, Store(any_demo, user="kollega") as colleague:
        app = build_app(store, citizen_id=store.list_citizens()[0].id, today=DEMO_TODAY)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            plan = _plan(app)
            read = plan.view
            await push(pilot, AgreementEditor(store, plan.plan_id))
            colleague.set_overall_goal(plan.plan_id, "Arbejde 15 timer om ugen i en butik", GoalLevel.TRADE)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is plan
            assert plan.view is not read
            assert "Arbejde 15 timer om ugen i en butik" in static_text(app, "#plan-overall")


async def test_a_save_in_a_dialog_reads_the_plan_once(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plan = _plan(app)
        reads: list[int] = []
        read = demo_store.plan_view

        def counted(citizen_id: int) -> object:
            reads.append(citizen_id)
            return read(citizen_id)

        demo_store.plan_view = counted  # type: ignore[method-assign]
        await pilot.press("a")  # as a person opens it: the plan gets the saved agreement back
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, AgreementEditor)
        editor.query_one("#f-who_id").value = plan.view.participants[0].id  # type: ignore[attr-defined]
        await type_into(pilot, editor, "what", "Ringe til jobcentret")
        await type_into(pilot, editor, "when", "10-12-2026")
        await save(pilot)
        for _ in range(3):  # the resume and the result's callback both done
            await pilot.pause()
        assert app.screen is plan
        assert reads == [demo_citizen_id]  # the resume and the result callback: one read between them
        assert any(a.what == "Ringe til jobcentret" for a in plan.view.agreements)


async def test_goal_editor_has_its_width_class_from_the_start_and_follows_a_resize(
    demo_store: Store, demo_citizen_id: int
) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plan = _plan(app)
        classes_at_mount: list[set[str]] = []
        editor = GoalEditor(demo_store, plan.plan_id, plan.selected_goal_id())
        original = editor.compose_fields

        def compose_fields():  # type: ignore[no-untyped-def]
            classes_at_mount.append(set(editor.classes))
            yield from original()

        editor.compose_fields = compose_fields  # type: ignore[method-assign]
        await push(pilot, editor)
        assert classes_at_mount == [{"form", "-wide"}]
        assert editor.query_one("#smart-side").display and not editor.query_one("#smart-inline").display
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert editor.has_class("-narrow") and not editor.has_class("-wide")
        assert editor.query_one("#smart-inline").display and not editor.query_one("#smart-side").display


async def test_a_fields_error_line_comes_with_its_first_error(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plan = _plan(app)
        editor = AgreementEditor(demo_store, plan.plan_id, goal_id=plan.selected_goal_id())
        await push(pilot, editor)
        assert not editor.query(".field-error")  # twenty fields, no error lines to style and lay out
        await save(pilot)  # nobody chosen, nothing written
        assert app.screen is editor
        assert error_text(editor, "who_id")
        field = editor.query_one("#field-who_id", FormField)
        line = field.error_label
        assert isinstance(line, Label) and line.display and line.region.height >= 1
        editor.query_one("#f-who_id").value = plan.view.participants[0].id  # type: ignore[attr-defined]
        await save(pilot)  # what is still missing is refused: the who line goes, the same widget is kept
        assert app.screen is editor
        assert field.error_label is line and not line.display and not field.message


async def test_smart_panel_redraws_only_when_its_text_changes(demo_store: Store, demo_citizen_id: int) -> None:
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plan = _plan(app)
        editor = GoalEditor(demo_store, plan.plan_id, None)
        await push(pilot, editor)
        panel = editor.query_one("#smart-side", SmartPanel)
        shown = panel.content
        assert "S" in str(shown)
        await type_into(pilot, editor, "smart_specific", "Arbejde i", clear=True)  # the S is answered
        answered = panel.content
        assert answered is not shown and str(answered) != str(shown)
        await type_into(pilot, editor, "smart_specific", "Arbejde i en butik", clear=True)  # still answered: the same
        assert panel.content is answered


async def test_a_plan_drawn_from_the_first_screens_store_is_read_once_more_then_kept(demo_db: Path) -> None:
    """`rundbord --citizen N`: the plan was read by the `ListStore` before the full store opened; the
    first dialog closed reads it again with the full store, the next ones do not."""
    from store.list_store import ListStore

    with ListStore(demo_db, user=TEST_USER) as first:
        app = build_app(first, citizen_id=1, today=DEMO_TODAY)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            plan = _plan(app)
            views = [plan.view]
            for _ in range(2):
                await push(pilot, GoalEditor(plan.store, plan.plan_id, plan.selected_goal_id()))
                await pilot.press("escape")
                await pilot.pause()
                assert app.screen is plan
                views.append(plan.view)
            assert views[1] is not views[0] and views[2] is views[1]
