"""`LiveReader`: what the shared screen shows, read again after each change from another
connection, equals a whole fresh read, and reuses the goal cards when they did not change."""
from __future__ import annotations

from pathlib import Path

from screens.live.content import LiveContent, LiveReader, read_content
from store import Store
from tests.conftest import DEMO_TODAY


def test_reads_after_changes_equal_fresh_reads_and_reuse_goal_cards(
    demo_store: Store, demo_citizen_id: int, db_path: Path
) -> None:
    facilitator = demo_store
    view_store = Store(db_path, user="view")
    reader = LiveReader(view_store)

    def read_both() -> LiveContent:
        followed = reader.read(citizen_id=None, follow=True, today=DEMO_TODAY)
        assert followed == read_content(view_store, citizen_id=None, follow=True, today=DEMO_TODAY)
        return followed

    facilitator.set_focus(citizen_id=demo_citizen_id)
    first = read_both()
    plan = facilitator.plan_of(demo_citizen_id)
    assert plan.id is not None
    goals = facilitator.goals(plan.id)
    agreement = facilitator.agreements(plan.id)[0]
    assert agreement.id is not None and goals[0].id is not None and goals[1].id is not None

    facilitator.update_agreement(agreement.id, what="Ringe til Nanna hver tirsdag kl. 9")
    after_agreement = read_both()
    assert any(a.what == "Ringe til Nanna hver tirsdag kl. 9" for a in after_agreement.agreements)
    assert all(x is y for x, y in zip(after_agreement.goals, first.goals))

    facilitator.set_focus(citizen_id=demo_citizen_id, goal_id=goals[1].id)
    focused = read_both()
    featured = [c for c in focused.goals if c.focused]
    assert [c.key for c in featured] == [f"goal:{goals[1].id}"]
    assert sum(x is y for x, y in zip(focused.goals, first.goals)) == len(first.goals) - 1

    facilitator.record_scale_reading(goals[0].id, 9, on=DEMO_TODAY)
    after_reading = read_both()
    card = next(c for c in after_reading.goals if c.key == f"goal:{goals[0].id}")
    assert card.score == 9 and card.history[-1] == 9

    facilitator.reveal_on_screen("goal", goals[0].id)
    read_both()
    view_store.close()
