"""A planned meeting can be corrected or deleted; participants change during a meeting; numbers are shown.

The defects these tests keep fixed: Enter saved a planned meeting before its
participants (below the fold) were chosen; a planned meeting could not be
edited or deleted; participants could not be added later; meeting numbers
were shown nowhere; a duplicate participant was accepted; chosen participants
differed from the others by colour alone.
"""
from __future__ import annotations


from textual.containers import VerticalScroll
from textual.widgets import OptionList, SelectionList, Static

from screens.forms import ConfirmScreen, QuickForm
from screens.meetings import MeetingFrame, MeetingListScreen, MeetingScreen
from screens.minutes_preview import MinutesPreviewScreen
from screens.plan import PlanScreen
from store import Store
from store.enums import MeetingStatus, Role
from tests.conftest import DEMO_TODAY
from tests.keys import keys_for
from tui.app import build_app


async def _meetings(pilot: object, app: object) -> MeetingListScreen:
    await getattr(pilot, "press")("m")
    await getattr(pilot, "pause")()
    screen = getattr(app, "screen")
    assert isinstance(screen, MeetingListScreen)
    return screen


def _rendered(widget: SelectionList[str]) -> list[str]:
    """The lines the list draws (what a person sees), as text."""
    return ["".join(seg.text for seg in widget.render_line(y)).rstrip() for y in range(widget.option_count)]


async def test_enter_in_the_planning_form_never_saves_before_the_participants(
    demo_store: Store, demo_citizen_id: int
) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    before = demo_store.meetings(plan_id)
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await _meetings(pilot, app)
        await pilot.press("n", "enter", "enter", "enter")  # date -> time -> place -> the participants
        await pilot.pause()
        form = app.screen
        assert isinstance(form, QuickForm)
        assert isinstance(form.focused, SelectionList), "Enter moved on to the participants"
        await pilot.press("enter", "enter")  # in the list Enter ticks and unticks; it does not save
        await pilot.pause()
        assert app.screen is form
    assert demo_store.meetings(plan_id) == before


async def test_the_planning_form_shows_every_participant_at_80x24(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    people = demo_store.participants(plan_id)
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _meetings(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, QuickForm)
        chooser = form.query_one("#f-people", SelectionList)
        assert chooser.option_count == len(people) == 7
        assert chooser.max_scroll_y == 0, "the list shows every participant"
        assert form.query_one("#editor-form", VerticalScroll).max_scroll_y == 0, "the form needs no scrolling"
        region = chooser.region
        assert region.height >= len(people) and region.bottom <= 24
        assert form.query_one("#f-new_name").region.bottom <= 24
        # Chosen reads ✓, the others an empty box: not colour alone.
        lines = _rendered(chooser)
        assert [("✓" in line[:4]) for line in lines] == [p.role is Role.CITIZEN for p in people]
        assert "Nanna Kildegaard (Borger)" in lines[0]


async def test_a_planned_meeting_is_corrected_and_deleted_with_undo(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    planned = next(m for m in demo_store.meetings(plan_id) if m.status is MeetingStatus.PLANNED)
    assert planned.id is not None
    people = demo_store.participants(plan_id)  # in the form's order: the citizen first, then by name
    coming = {p.id for p in demo_store.meeting_participants(planned.id)}
    index = next(i for i, p in enumerate(people) if p.id not in coming)
    second = people[index]  # the first person not coming yet: ticked below
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = await _meetings(pilot, app)
        rows = screen.query_one("#meetings", OptionList)
        index = next(i for i, m in enumerate(screen.meetings) if m.id == planned.id)
        assert f"nr. {planned.id}" in str(rows.get_option_at_index(index).prompt), "the meeting's number"
        rows.highlighted = index
        await pilot.pause()
        # e: the same form, filled in: the time and place corrected, the second person ticked.
        await pilot.press("e", "tab", "ctrl+u", *keys_for("09:30"), "tab", "ctrl+u", *keys_for("Jobcentret"),
                          "tab", *(["down"] * index), "space")
        form = app.screen
        assert isinstance(form, QuickForm) and f"nr. {planned.id}" in form.title_text()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        fixed = demo_store.get_meeting(planned.id)
        assert (fixed.time, fixed.place, fixed.date) == ("09:30", "Jobcentret", planned.date)
        assert second.id in {p.id for p in demo_store.meeting_participants(planned.id)}
        # Delete asks, deletes; ctrl+z brings it back with its agenda and participants.
        agenda = [i.title for i in demo_store.agenda(planned.id)]
        people = {p.id for p in demo_store.meeting_participants(planned.id)}
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and f"nr. {planned.id}" in app.screen.question
        await pilot.press("j")
        await pilot.pause()
        assert planned.id not in {m.id for m in demo_store.meetings(plan_id)}
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert [i.title for i in demo_store.agenda(planned.id)] == agenda
        assert {p.id for p in demo_store.meeting_participants(planned.id)} == people
        # A closed meeting is neither corrected nor deleted here.
        closed = next(i for i, m in enumerate(screen.meetings) if m.status is MeetingStatus.CLOSED)
        rows.highlighted = closed
        await pilot.pause()
        await pilot.press("delete", "e")
        await pilot.pause()
        assert app.screen is screen
    assert len(demo_store.meetings(plan_id)) == 3


async def test_a_duplicate_participant_is_refused_in_the_form(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    before = (demo_store.meetings(plan_id), demo_store.participants(plan_id))
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await _meetings(pilot, app)
        await pilot.press("n", *keys_for("14-12-2026"), "tab", "tab", "tab", "tab", *keys_for("nanna kildegaard"))
        form = app.screen
        assert isinstance(form, QuickForm)
        form.query_one("#f-new_role").value = "citizen"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert form.errors() == {
            "new_name": "Nanna Kildegaard (borger) er allerede deltager i planen. Vælg personen på listen i stedet."}
        assert form.raw("new_name") == "nanna kildegaard"
    assert (demo_store.meetings(plan_id), demo_store.participants(plan_id)) == before


async def test_participants_added_and_removed_during_a_meeting(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    planned = next(m for m in demo_store.meetings(plan_id) if m.status is MeetingStatus.PLANNED)
    assert planned.id is not None
    demo_store.open_meeting(planned.id)
    present = demo_store.meeting_participants(planned.id)
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(MeetingScreen(demo_store, planned.id))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MeetingFrame)
        info = str(screen.query_one("#meeting-info", Static).content)
        assert f"Møde nr. {planned.id}" in info
        # m: untick the first (space), and a new participant by name.
        await pilot.press("m", *keys_for("Lise Holm"), "shift+tab", "space", "ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        assert "Lise Holm (Pårørende)" in str(screen.query_one("#meeting-info", Static).content)
        # r: the minutes preview names the meeting's number too.
        await pilot.press("r")
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, MinutesPreviewScreen)
        assert f"Møde nr. {planned.id}" in str(preview.query_one("#minutes-title", Static).content)
    names = [p.name for p in demo_store.meeting_participants(planned.id)]
    assert names == [p.name for p in present[1:]] + ["Lise Holm"]
    assert demo_store.get_meeting(planned.id).date == planned.date


async def test_the_projector_leaves_the_meeting_with_the_facilitator(demo_store: Store, demo_citizen_id: int) -> None:
    from screens.live.content import read_content

    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    planned = next(m for m in demo_store.meetings(plan_id) if m.status is MeetingStatus.PLANNED)
    assert planned.id is not None
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await _meetings(pilot, app)
        screen = app.screen
        assert isinstance(screen, MeetingListScreen)
        screen.query_one("#meetings", OptionList).highlighted = next(
            i for i, m in enumerate(screen.meetings) if m.id == planned.id)
        await pilot.press("enter", "k")  # opens it ahead of its day, and starts it
        await pilot.pause()
        assert isinstance(app.screen, MeetingFrame)
        inside = read_content(demo_store, citizen_id=None, follow=True, today=DEMO_TODAY)
        assert inside.agenda is not None and "Dagtilbudsmøde" in inside.agenda.title
        await pilot.press("escape", "escape")  # out of the meeting, back on the plan
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        left = read_content(demo_store, citizen_id=None, follow=True, today=DEMO_TODAY)
    assert left.citizen_id == demo_citizen_id and left.agenda is None
    assert demo_store.get_meeting(planned.id).status is MeetingStatus.OPEN  # still open: only the view left it
