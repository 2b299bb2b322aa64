"""The live view headless: privacy, CPR masking, following the facilitator, recovery."""
from __future__ import annotations

import os
from pathlib import Path

from store import Store
from store.models import Meeting, Note
from tests.conftest import DEMO_TODAY
from tests.keys import press_one_by_one
from tui.view_app import build_view_app

from .live_helpers import presentation, screen_text

CPR = "010190-1234"
MASKED = "••••••-••••"


def _view(store: Store, **kw: object):  # type: ignore[no-untyped-def]
    return build_view_app(store, today=lambda: DEMO_TODAY, **kw)  # type: ignore[arg-type]


async def test_waits_for_the_facilitator_then_follows(demo_store: Store, demo_citizen_id: int, db_path: Path) -> None:
    facilitator = Store(db_path, user="facilitator")
    app = _view(Store(db_path, user="view"))
    async with app.run_test(size=(100, 30)) as pilot:
        assert "Venter på facilitatoren" in screen_text(app)
        facilitator.set_focus(citizen_id=demo_citizen_id)
        await presentation(app).check_now()
        await pilot.pause()
        text = screen_text(app)
        assert "Nanna Kildegaard" in text
        assert "Jeg vil arbejde 15 timer om ugen" in text
        # A change in another process's connection shows without reloading the screen.
        plan = facilitator.plan_of(demo_citizen_id)
        assert plan.id is not None
        facilitator.set_overall_goal(plan.id, "Jeg vil arbejde i en dyrehandel.", "trade")
        await presentation(app).check_now()
        await pilot.pause()
        assert "Jeg vil arbejde i en dyrehandel." in screen_text(app)
    facilitator.close()


async def test_private_items_hidden_until_revealed_and_hidden_again(
    demo_store: Store, demo_citizen_id: int, db_path: Path
) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    closed = demo_store.db.select(Meeting, "plan_id = ? AND status = 'closed'", (plan.id,), order_by="date")
    m2 = closed[-1]
    private_note = next(n for n in demo_store.notes(plan.id, m2.id) if n.private)
    sleep_goal = next(g for g in demo_store.goals(plan.id) if g.private)
    other_goal = next(g for g in demo_store.goals(plan.id) if not g.private)
    facilitator = Store(db_path, user="facilitator")
    facilitator.set_focus(citizen_id=demo_citizen_id, meeting_id=m2.id)
    app = _view(Store(db_path, user="view"))
    async with app.run_test(size=(160, 45)) as pilot:
        text = screen_text(app)
        assert "Nanna fortalte stolt" in text  # the shared note of the meeting
        assert "svære nætter" not in text
        assert "søvnmedicin" not in text
        assert "🔒 Privat punkt" in text
        assert sleep_goal.id is not None and private_note.id is not None
        facilitator.reveal_on_screen("note", private_note.id)
        facilitator.reveal_on_screen("goal", sleep_goal.id)
        await presentation(app).check_now()
        await pilot.pause()
        text = screen_text(app)
        assert "svære nætter" in text
        assert "søvnmedicin" in text
        # The focus moves: revealed items hide again.
        facilitator.set_focus(goal_id=other_goal.id)
        await presentation(app).check_now()
        await pilot.pause()
        text = screen_text(app)
        assert "svære nætter" not in text
        assert "søvnmedicin" not in text
    facilitator.close()


async def test_cpr_numbers_are_masked_everywhere_even_when_revealed(
    demo_store: Store, demo_citizen_id: int, db_path: Path
) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    goal = next(g for g in demo_store.goals(plan.id) if g.private)
    agreement = demo_store.agreements(plan.id)[0]
    conn = demo_store.db.conn  # the store refuses CPR numbers: slip them in with raw SQL
    conn.execute("UPDATE plan SET overall_goal = ? WHERE id = ?", (f"Mål for {CPR} her", plan.id))
    conn.execute("UPDATE goal SET text = ? WHERE id = ?", (f"Lægen kender 0101901234 og {CPR}", goal.id))
    conn.execute("UPDATE agreement SET what = ? WHERE id = ?", (f"Ring om {CPR}", agreement.id))
    conn.execute("UPDATE citizen SET name = ? WHERE id = ?", (f"Nanna {CPR}", demo_citizen_id))
    assert goal.id is not None
    demo_store.set_focus(citizen_id=demo_citizen_id)
    demo_store.reveal_on_screen("goal", goal.id)
    app = _view(Store(db_path, user="view"))
    async with app.run_test(size=(160, 45)):
        text = screen_text(app)
        assert "Lægen kender" in text  # revealed ...
        assert CPR not in text and "0101901234" not in text and "1234" not in text
        assert MASKED in text and "••••••••••" in text


async def test_relatives_meeting_shows_only_what_is_shared(
    demo_store: Store, demo_citizen_id: int, db_path: Path
) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    meeting = demo_store.plan_meeting(plan.id, "relative", DEMO_TODAY)
    demo_store.set_focus(citizen_id=demo_citizen_id, meeting_id=meeting.id)
    app = _view(Store(db_path, user="view"))
    async with app.run_test(size=(160, 45)):
        text = screen_text(app)
        assert "Pårørendemøde" in text
        assert "Køre Nanna til VUC" in text  # shared with relatives
        assert "Notere tegn på at Nanna" not in text  # not shared
        assert "FVU-dansk trin 1" not in text  # goal not shared
        assert "genbrugsbutikken Gensyn" in text


async def test_agenda_highlights_the_current_item(demo_store: Store, demo_citizen_id: int, db_path: Path) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    meeting = demo_store.plan_meeting(plan.id, "citizen", DEMO_TODAY)
    assert meeting.id is not None
    item = demo_store.agenda(meeting.id)[1]
    demo_store.set_focus(citizen_id=demo_citizen_id, meeting_id=meeting.id, agenda_item_id=item.id)
    app = _view(Store(db_path, user="view"))
    async with app.run_test(size=(160, 45)):
        content = presentation(app).content
        assert content is not None and content.agenda is not None
        assert [line.current for line in content.agenda.lines].count(True) == 1
        assert "▶ " + item.title in screen_text(app)


async def test_banner_when_the_database_disappears_and_recovery(
    demo_store: Store, demo_citizen_id: int, db_path: Path
) -> None:
    app = _view(Store(db_path, user="view"), citizen_id=demo_citizen_id)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = presentation(app)
        away = db_path.with_name("flyttet.db")
        os.rename(db_path, away)
        await screen.check_now()
        await pilot.pause()
        assert "kan ikke findes" in screen_text(app)
        os.rename(away, db_path)
        await screen.check_now()
        await pilot.pause()
        text = screen_text(app)
        assert "kan ikke findes" not in text
        assert "Nanna Kildegaard" in text


async def test_mirror_mode_inside_another_app_sees_own_writes(
    demo_store: Store, demo_citizen_id: int
) -> None:
    """Pushed over the facilitator's app on its own store: its own commits show too; escape returns."""
    from textual.app import App
    from textual.widgets import Static

    from screens.live import PresentationScreen

    class Host(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Static("facilitator")

    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = PresentationScreen(demo_store, citizen_id=demo_citizen_id, today=lambda: DEMO_TODAY)
        await app.push_screen(screen)
        await pilot.pause()
        plan = demo_store.plan_of(demo_citizen_id)
        assert plan.id is not None
        demo_store.set_overall_goal(plan.id, "Jeg vil arbejde på et lager.", "trade")
        await screen.check_now()
        await pilot.pause()
        assert "Jeg vil arbejde på et lager." in screen_text(app)
        await press_one_by_one(pilot, "escape")
        assert app.screen is not screen


async def test_goal_cards_show_digits_and_a_sparkline(demo_store: Store, demo_citizen_id: int) -> None:
    """Each visible goal: the latest (headline) score large in Digits, its history in a Sparkline."""
    from textual.widgets import Digits, Sparkline

    from screens.live.widgets import GoalCardView
    from store.rules import headline_reading

    view = demo_store.plan_view(demo_citizen_id)
    expected: dict[str, int] = {}
    for gv in view.goals:
        head = headline_reading([r for r in gv.readings if not r.private], view.participants)
        if not gv.goal.private and head is not None:
            expected[f"goal:{gv.goal.id}"] = head.score
    assert len(expected) >= 3
    app = _view(demo_store, citizen_id=demo_citizen_id)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        cards = list(app.screen.query(GoalCardView))
        shown = {c.card.key: c for c in cards if not c.card.hidden}
        assert set(expected) <= set(shown)
        with_history = 0
        for key, score in expected.items():
            card = shown[key]
            assert card.query_one(".goal-digits", Digits).value == str(score)
            data = list(card.query_one(".goal-spark", Sparkline).data or [])
            assert data == list(card.card.history) and data[-1] in range(1, 11)
            with_history += len(data) >= 2
        assert with_history >= 1, "the demo has goals with more than one reading"
        for card in cards:
            if card.card.hidden:  # private: no score, no history on the shared screen
                assert card.query_one(".goal-digits", Digits).value == ""
                assert not list(card.query_one(".goal-spark", Sparkline).data or [])


async def test_citizen_pins_the_view(demo_store: Store, demo_citizen_id: int, db_path: Path) -> None:
    """`rundbord view --citizen ID`: the facilitator's focus on someone else does not move it."""
    other = demo_store.create_citizen("Ida Testesen")
    demo_store.set_focus(citizen_id=other.id)
    app = _view(Store(db_path, user="view"), citizen_id=demo_citizen_id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "Nanna Kildegaard" in screen_text(app)
        demo_store.set_focus(citizen_id=demo_citizen_id)
        demo_store.set_focus(citizen_id=other.id)
        await presentation(app).check_now()
        await pilot.pause()
        text = screen_text(app)
        assert "Nanna Kildegaard" in text and "Ida Testesen" not in text


async def test_mirror_key_in_the_facilitators_app(demo_store: Store, demo_citizen_id: int) -> None:
    """`v` on the plan screen (named in the Footer) shows the presentation full screen; escape returns."""
    from screens.live import PresentationScreen
    from screens.plan import PlanScreen
    from tui.app import build_app

    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        assert "v Storskærm" in screen_text(app)
        await press_one_by_one(pilot, "v")
        assert isinstance(app.screen, PresentationScreen)
        text = screen_text(app)
        assert "Overordnet mål" in text and "Nanna Kildegaard" in text
        assert "Storskærm" not in text  # no footer, no editing keys on the presentation
        await pilot.press("n")  # an editing key of the plan screen does nothing here
        await pilot.pause()
        assert isinstance(app.screen, PresentationScreen)
        await press_one_by_one(pilot, "escape")
        assert isinstance(app.screen, PlanScreen)


async def test_mirror_key_in_the_meeting_screen(demo_store: Store, demo_citizen_id: int) -> None:
    """`v` during a meeting shows the shared screen with the meeting's agenda; escape returns."""
    from screens.live import PresentationScreen
    from screens.meetings import MeetingScreen
    from store.enums import MeetingStatus
    from tui.app import build_app

    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    planned = [m for m in demo_store.meetings(plan.id) if m.status is MeetingStatus.PLANNED]
    meeting_id = planned[0].id or 0
    demo_store.open_meeting(meeting_id)
    app = build_app(demo_store, today=DEMO_TODAY)
    async with app.run_test(size=(160, 45)) as pilot:
        meeting = MeetingScreen(demo_store, meeting_id)
        await app.push_screen(meeting)
        await pilot.pause()
        await press_one_by_one(pilot, "v")
        assert isinstance(app.screen, PresentationScreen)
        text = screen_text(app)
        assert "Nanna Kildegaard" in text and "Dagsorden" in text
        await press_one_by_one(pilot, "escape")
        assert app.screen is meeting
