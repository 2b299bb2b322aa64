"""AgreementEditor: who does what, by when (progressionsaftale).

A new agreement goes through `add_agreement`. On edit, a new wording or date
goes through `change_agreement` (the earlier one stays in the history), the
rest through `update_agreement`.
"""
from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from screens.editors.form import EditorScreen
from screens.i18n import t
from store import Store
from store.db import check_input
from store.models import Agreement


class AgreementEditor(EditorScreen[Agreement]):
    def __init__(
        self,
        store: Store,
        plan_id: int,
        agreement_id: int | None = None,
        *,
        goal_id: int | None = None,
        meeting_id: int | None = None,
        who_id: int | None = None,
    ) -> None:
        super().__init__(store)
        self.plan_id = plan_id
        self.agreement_id = agreement_id
        self.agreement = store.get_agreement(agreement_id) if agreement_id is not None else None
        self.goal_id = self.agreement.goal_id if self.agreement else goal_id
        self.meeting_id = meeting_id
        self.who_id = self.agreement.who_id if self.agreement else who_id
        self.participants = store.participants(plan_id)
        self.goals = store.goals(plan_id)

    def title_text(self) -> str:
        label = self.store.plan_type_of(self.store.get_plan(self.plan_id)).label("agreement", t("ed.agreement.title"))
        return label if self.agreement is None else t("ed.agreement.title_edit", label=label)

    def compose_fields(self) -> ComposeResult:
        a = self.agreement
        people = [
            (f"{p.name} ({t(f'role.{p.role.value}')})", p.id)
            for p in self.participants
            if p.active or p.id == self.who_id
        ]
        yield self.select_field("who_id", t("ed.agreement.who"), people, self.who_id, allow_blank=self.who_id is None,
                                prompt=t("ed.agreement.who_prompt"))
        yield self.text_field("what", t("ed.agreement.what"), a.what if a else "", hint=t("ed.agreement.what_hint"))
        yield self.date_field("due_date", t("ed.agreement.due"), a.due_date if a else None)
        goals = [(f"{t(f'area.{g.area.value}')}: {g.text}", g.id) for g in self.goals]
        yield self.select_field("goal_id", t("ed.agreement.goal"), goals, self.goal_id, allow_blank=True,
                                prompt=t("ed.agreement.goal_prompt"))
        yield Label(t("ed.agreement.target"), classes="section")
        with Horizontal(classes="row"):
            yield self.number_field("target_from", t("ed.agreement.target_from"), a.target_from if a else None,
                                    placeholder="1-10")
            yield self.number_field("target_to", t("ed.agreement.target_to"), a.target_to if a else None,
                                    placeholder="1-10")
        yield self.check_field("shared_with_relatives", t("ed.agreement.shared"), a.shared_with_relatives if a else False)
        yield self.check_field("private", t("ed.agreement.private"), a.private if a else False)

    def save(self) -> Agreement:
        who_id = self.choice("who_id")
        what = self.text("what")
        due = self.date("due_date")
        fields: dict[str, Any] = dict(
            goal_id=self.choice("goal_id"),
            target_from=self.number("target_from"),
            target_to=self.number("target_to"),
            shared_with_relatives=self.flag("shared_with_relatives"),
            private=self.flag("private"),
        )
        if self.agreement is None or self.agreement_id is None:
            return self.store.add_agreement(self.plan_id, who_id, what, due, meeting_id=self.meeting_id, **fields)
        old = self.agreement
        fields["who_id"] = who_id
        # Check everything first, so a bad field never leaves a half-saved agreement.
        self.store.require_participant(self.plan_id, who_id)
        check_input(Agreement, **{**old.model_dump(), **fields, "what": what, "due_date": due})
        if what != old.what or (due is not None and due != old.due_date):
            self.store.change_agreement(self.agreement_id, what, due, meeting_id=self.meeting_id)
        if due is None and old.due_date is not None:
            fields["due_date"] = None
        return self.store.update_agreement(self.agreement_id, **fields)
