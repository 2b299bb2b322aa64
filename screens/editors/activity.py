"""ActivityEditor: an activity under a goal — what, who, where, short-term aim."""
from __future__ import annotations

from textual.app import ComposeResult

from screens.forms import FormScreen
from screens.i18n import t
from store import Store
from store.models import Activity


class ActivityEditor(FormScreen[Activity]):
    def __init__(self, store: Store, goal_id: int, activity_id: int | None = None) -> None:
        super().__init__(store)
        self.goal_id = goal_id
        self.activity_id = activity_id
        self.goal = store.get_goal(goal_id)
        self.activity = next((a for a in store.activities(goal_id) if a.id == activity_id), None)
        self.editing(self.activity)

    def title_text(self) -> str:
        return t("ed.activity.title_new") if self.activity is None else t("ed.activity.title_edit")

    def compose_fields(self) -> ComposeResult:
        a = self.activity
        yield self.text_field("text", t("ed.activity.text"), a.text if a else "", hint=t("ed.activity.goal", goal=self.goal.text))
        yield self.text_field("who", t("ed.activity.who"), a.who if a else "")
        yield self.text_field("place", t("ed.activity.place"), a.place if a else "")
        yield self.text_field("short_term_aim", t("ed.activity.short_term_aim"), a.short_term_aim if a else "")

    def save(self) -> Activity:
        text = self.text("text")
        fields = dict(who=self.text("who"), place=self.text("place"), short_term_aim=self.text("short_term_aim"))
        if self.activity_id is None:
            return self.store.add_activity(self.goal_id, text, **fields)
        return self.store.update_activity(self.activity_id, text=text, **self.expected(), **fields)
