"""GoalEditor: a sub-goal in the citizen's words, with rationale, period, SMART and SMTTE.

Beside the wording (below it at 80 columns) the SMART panel shows the five
questions, answered or open, and hints drawn from the wording; it updates as
you type and never blocks saving. An existing goal is saved with `edit_goal`
(one store call): a changed wording keeps the earlier one. The cursor starts in
the wording, not on the area (a select would take the letters typed).
"""
from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.css.query import NoMatches
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Label, TextArea

from screens.forms import FormScreen
from screens.editors.smart_panel import SmartPanel
from screens.i18n import language, t
from store import InputError, Store
from store.dates import parse_date
from store.enums import Area, GoalStatus
from store.models import Goal
from store.smart import SMART_QUESTIONS, smart_answers_status, smart_hints

SMART_FIELDS = tuple(q.field for q in SMART_QUESTIONS)


class GoalEditor(FormScreen[Goal]):
    """New goal (`goal_id` None, optional preset `area`) or edit an existing one."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (90, "-wide")]

    def __init__(self, store: Store, plan_id: int, goal_id: int | None = None, area: Area | None = None) -> None:
        super().__init__(store)
        self.plan_id = plan_id
        self.goal_id = goal_id
        self.goal = store.get_goal(goal_id) if goal_id is not None else None
        self.editing(self.goal)
        self.area = self.goal.area if self.goal else (area or Area.EMPLOYMENT)
        self.people = [p.name for p in store.participants(plan_id)]
        self._smart_panels: list[SmartPanel] = []
        """The two SMART panels (beside the form, under the wording), kept as composed: every key in a
        SMART field updates them, and a query for them walked the editor's ~110 widgets each time."""

    def title_text(self) -> str:
        return t("ed.goal.title_new") if self.goal is None else t("ed.goal.title_edit")

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="goal-body"):
            with VerticalScroll(id="editor-form"):
                yield from self.compose_fields()
            yield self._smart_panel(SmartPanel(id="smart-side", classes="smart-panel"))

    def compose_fields(self) -> ComposeResult:
        g = self.goal
        yield Label(t("ed.goal.section_goal"), classes="section")
        yield self.select_field("area", t("ed.goal.area"), [(t(f"area.{a.value}"), a) for a in Area], self.area)
        yield self.text_field("text", t("ed.goal.text"), g.text if g else "", multiline=True, hint=t("ed.goal.text_hint"))
        yield self._smart_panel(SmartPanel(questions=False, id="smart-inline", classes="smart-panel"))
        yield self.text_field("rationale", t("ed.goal.rationale"), g.rationale if g else "", multiline=True,
                              hint=t("ed.goal.rationale_hint"))
        if g is not None:
            yield self.text_field("reason", t("ed.goal.reason"), "", hint=t("ed.goal.reason_hint"))
        with Horizontal(classes="row"):
            yield self.date_field("start_date", t("ed.goal.start"), g.start_date if g else None)
            yield self.date_field("end_date", t("ed.goal.end"), g.end_date if g else None)
        yield self.select_field("status", t("ed.goal.status"),
                                [(t(f"goal_status.{s.value}"), s) for s in GoalStatus],
                                g.status if g else GoalStatus.ACTIVE)
        yield self.text_field("scale_anchor", t("ed.goal.scale_anchor"), g.scale_anchor if g else "",
                              hint=t("ed.goal.scale_anchor_hint"))
        yield Label(t("ed.goal.section_smart"), classes="section")
        for q in SMART_QUESTIONS:
            yield self.text_field(q.field, f"{q.letter} – {t(f'ed.smart.q.{q.field}.name')}",
                                  getattr(g, q.field) if g else "", hint=t(f"ed.smart.q.{q.field}.question"))
        yield Label(t("ed.goal.section_smtte"), classes="section")
        yield self.text_field("smtte_context", t("ed.goal.smtte_context"), g.smtte_context if g else "", multiline=True)
        yield self.text_field("smtte_signs", t("ed.goal.smtte_signs"), g.smtte_signs if g else "", multiline=True)
        yield self.text_field("smtte_actions", t("ed.goal.smtte_actions"), g.smtte_actions if g else "", multiline=True)
        yield self.text_field("smtte_evaluation", t("ed.goal.smtte_evaluation"), g.smtte_evaluation if g else "",
                              multiline=True)
        yield self.date_field("smtte_due", t("ed.goal.smtte_due"), g.smtte_due if g else None)
        yield Label(t("ed.goal.section_visibility"), classes="section")
        yield self.check_field("private", t("ed.goal.private"), g.private if g else False)
        yield self.check_field("shared_with_relatives", t("ed.goal.shared"), g.shared_with_relatives if g else False)

    def on_mount(self) -> None:
        super().on_mount()
        self.refresh_smart()

    # -- the SMART help ---------------------------------------------------------
    def _smart_panel(self, panel: SmartPanel) -> SmartPanel:
        self._smart_panels.append(panel)
        return panel

    def _date_or_none(self, name: str) -> Any:
        try:
            return parse_date(self.raw(name), name)
        except InputError:
            return None

    def refresh_smart(self) -> None:
        try:
            self._refresh_smart()
        except NoMatches:  # a Changed message from before every field is mounted
            pass

    def _refresh_smart(self) -> None:
        items = smart_answers_status({f: self.raw(f) for f in SMART_FIELDS})
        hints = smart_hints(self.raw("text"), self._date_or_none("start_date"), self._date_or_none("end_date"),
                            self.people, language())
        for panel in self._smart_panels:
            panel.show(items, hints)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id in {"f-start_date", "f-end_date", *(f"f-{f}" for f in SMART_FIELDS)}:
            self.refresh_smart()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id == "f-text":
            self.refresh_smart()

    # -- saving -------------------------------------------------------------------
    def save(self) -> Goal:
        area = self.choice("area") or self.area
        text = self.text("text")
        rationale = self.text("rationale")
        start = self.date("start_date")
        end = self.date("end_date")
        self.check_period(start, end)
        fields: dict[str, Any] = dict(
            start_date=start,
            end_date=end,
            status=self.choice("status") or GoalStatus.ACTIVE,
            scale_anchor=self.text("scale_anchor"),
            **{f: self.text(f) for f in SMART_FIELDS},
            smtte_context=self.text("smtte_context"),
            smtte_signs=self.text("smtte_signs"),
            smtte_actions=self.text("smtte_actions"),
            smtte_evaluation=self.text("smtte_evaluation"),
            smtte_due=self.date("smtte_due"),
            private=self.flag("private"),
            shared_with_relatives=self.flag("shared_with_relatives"),
        )
        if self.goal is None or self.goal_id is None:
            return self.store.add_goal(self.plan_id, area, text, rationale=rationale, **fields)
        fields["area"] = area
        return self.store.edit_goal(self.goal_id, text, rationale=rationale, reason=self.text("reason"),
                                    **self.expected(), **fields)
