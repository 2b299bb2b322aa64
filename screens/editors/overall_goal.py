"""OverallGoalEditor: the plan's overall goal, its level, period, follow-up, §141 parts, order."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Label

from screens.forms import FormScreen
from screens.i18n import t
from store import Store
from store.enums import GoalLevel
from store.models import Plan


class OverallGoalEditor(FormScreen[Plan]):
    """Edits the plan's overall goal and the parts around it (labels follow the plan type)."""

    def __init__(self, store: Store, plan_id: int) -> None:
        super().__init__(store)
        self.plan_id = plan_id
        self.plan = store.get_plan(plan_id)
        self.editing(self.plan)
        self.plan_type = store.plan_type_of(self.plan)

    def title_text(self) -> str:
        return self.plan_type.label("overall_goal", t("ed.overall.title"))

    def goal_hint(self) -> str:
        """The job-and-education ladder only on plans that ask for a goal level (not §141 or SMTTE)."""
        return t("ed.overall.goal_hint" if self.plan_type.requires("goal_level") else "ed.overall.goal_hint_purpose")

    def compose_fields(self) -> ComposeResult:
        p = self.plan
        yield self.text_field("overall_goal", self.plan_type.label("overall_goal", t("ed.overall.goal")),
                              p.overall_goal, multiline=True, hint=self.goal_hint())
        yield self.select_field("goal_level", t("ed.overall.level"),
                                [(t(f"level.{lvl.value}"), lvl) for lvl in GoalLevel], p.goal_level)
        yield self.date_field("start_date", t("ed.overall.start"), p.start_date)
        yield self.date_field("end_date", t("ed.overall.end"), p.end_date)
        yield self.text_field("follow_up", t("ed.overall.follow_up"), p.follow_up)
        yield Label(t("ed.overall.section_141"), classes="section")
        yield self.text_field("purpose", t("ed.overall.purpose"), p.purpose)
        yield self.text_field("support_needed", t("ed.overall.support_needed"), p.support_needed)
        yield self.text_field("expected_duration", t("ed.overall.expected_duration"), p.expected_duration)
        yield self.text_field("other_matters", t("ed.overall.other_matters"), p.other_matters)
        yield self.check_field("made_with_citizen", t("ed.overall.made_with_citizen"), p.made_with_citizen)
        yield self.text_field("order_text", t("ed.overall.order_text"), p.order_text, multiline=True)

    def save(self) -> Plan:
        text = self.text("overall_goal")
        level = self.choice("goal_level") or GoalLevel.PURPOSE
        start = self.date("start_date")
        end = self.date("end_date")
        self.check_period(start, end)
        fields = dict(
            start_date=start,
            end_date=end,
            follow_up=self.text("follow_up"),
            purpose=self.text("purpose"),
            support_needed=self.text("support_needed"),
            expected_duration=self.text("expected_duration"),
            other_matters=self.text("other_matters"),
            made_with_citizen=self.flag("made_with_citizen"),
            order_text=self.text("order_text"),
        )
        return self.store.set_overall_goal(self.plan_id, text, level, **self.expected(), **fields)
