"""A goal's activities (tiltag): what is done, by whom, where, with its short-term aim.

Opened with `t` on the plan for the selected goal: n new, enter edit, delete, ctrl+z.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text

from screens.editors import ActivityEditor
from screens.i18n import t
from screens.record_list import Column, RecordListScreen, list_bindings
from screens.widgets.plan_text import harmless
from store import Store


class ActivitiesScreen(RecordListScreen):
    """Lists the activities of one goal."""

    BINDINGS = list_bindings("activities")
    table_name = "activity"
    box_id = "activities-box"
    table_id = "activity-table"

    def __init__(self, store: Store, goal_id: int) -> None:
        super().__init__(store)
        self.goal_id = goal_id

    def title_text(self) -> str:
        return t("activities.title", goal=harmless(self.store.get_goal(self.goal_id).text))

    def empty_text(self) -> str:
        return t("activities.empty")

    def columns(self) -> Sequence[Column]:
        return [(t("activities.col.text"), 34), (t("activities.col.who"), 16), (t("activities.col.aim"), None)]

    def rows(self) -> list[tuple[int, list[Text]]]:
        return [(a.id or 0, [Text(harmless(a.text)), Text(harmless(a.who)), Text(harmless(a.short_term_aim))])
                for a in self.store.activities(self.goal_id)]

    def editor(self, record_id: int | None) -> ActivityEditor:
        return ActivityEditor(self.store, self.goal_id, record_id)

    def delete_question(self, record: Any, preview: Any) -> str:
        return t("activities.confirm_delete", text=harmless(str(getattr(record, "text", ""))))
