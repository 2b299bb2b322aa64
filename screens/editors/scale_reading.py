"""ScaleReadingEditor: one person's 1-10 score for a goal, with the goal's scale anchor."""
from __future__ import annotations

from datetime import date

from textual.app import ComposeResult

from screens.forms import FormScreen, ReadOnlyText
from screens.i18n import t
from store import InputError, Store
from store.models import ScaleReading
from store import clock


class ScaleReadingEditor(FormScreen[ScaleReading]):
    """`today` fixes the default date (tests, snapshots); else the machine's date."""

    def __init__(
        self,
        store: Store,
        goal_id: int,
        *,
        meeting_id: int | None = None,
        participant_id: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(store)
        self.goal_id = goal_id
        self.meeting_id = meeting_id
        self.participant_id = participant_id
        self.today = today or clock.today()
        self.goal = store.get_goal(goal_id)
        self.participants = store.participants(self.goal.plan_id)

    def title_text(self) -> str:
        return t("ed.reading.title")

    def compose_fields(self) -> ComposeResult:
        yield ReadOnlyText(self.goal.text, classes="context")
        anchor = self.goal.scale_anchor or t("ed.reading.no_anchor")
        yield ReadOnlyText(t("ed.reading.anchor") + " " + anchor, id="anchor", classes="context")
        people = [(f"{p.name} ({t(f'role.{p.role.value}')})", p.id) for p in self.participants]
        yield self.select_field("participant_id", t("ed.reading.who"), people, self.participant_id, allow_blank=True,
                                prompt=t("ed.reading.agreed"))
        yield self.number_field("score", t("ed.reading.score"), placeholder="1-10")
        yield self.date_field("date", t("ed.reading.date"), self.today)
        yield self.text_field("note", t("ed.reading.note"), "")
        yield self.check_field("private", t("ed.reading.private"), self.goal.private)

    def save(self) -> ScaleReading:
        participant_id = self.choice("participant_id")
        score = self.number("score")
        if score is None:
            raise InputError("score", t("ed.reading.error.score"))
        on = self.date("date", required=True)
        return self.store.record_scale_reading(
            self.goal_id, score, on=on, participant_id=participant_id, meeting_id=self.meeting_id,
            note=self.text("note"), private=self.flag("private"),
        )
