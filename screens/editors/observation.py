"""ObservationEditor: a small, dated note of a sign (tegn) of progress on a goal."""
from __future__ import annotations

from datetime import date

from textual.app import ComposeResult

from screens.forms import FormScreen, ReadOnlyText
from screens.i18n import t
from store import Store
from store.models import Observation
from store import clock


class ObservationEditor(FormScreen[Observation]):
    """`today` fixes the default date (tests, snapshots); else the machine's date."""

    def __init__(self, store: Store, goal_id: int, *, today: date | None = None) -> None:
        super().__init__(store)
        self.goal_id = goal_id
        self.today = today or clock.today()
        self.goal = store.get_goal(goal_id)

    def title_text(self) -> str:
        return t("ed.observation.title")

    def compose_fields(self) -> ComposeResult:
        yield ReadOnlyText(self.goal.text, classes="context")
        if self.goal.smtte_signs:
            yield ReadOnlyText(t("ed.observation.signs") + " " + self.goal.smtte_signs, classes="context")
        yield self.date_field("date", t("ed.observation.date"), self.today)
        yield self.text_field("text", t("ed.observation.text"), "", multiline=True, hint=t("ed.observation.text_hint"))
        yield self.text_field("observer", t("ed.observation.observer"), "")
        yield self.check_field("private", t("ed.observation.private"), self.goal.private)

    def save(self) -> Observation:
        on = self.date("date", required=True)
        return self.store.add_observation(
            self.goal_id, self.text("text"), on, observer=self.text("observer"), private=self.flag("private"),
        )
