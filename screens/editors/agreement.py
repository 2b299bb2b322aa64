"""AgreementEditor: who does what, and when (progressionsaftale).

"Hvornår" takes a date (dd-mm-åååå) or a repeat in words ("hver torsdag",
"hver uge"); one of them is required. A new agreement goes through
`add_agreement`; a correction through `edit_agreement` (one store call, one
transaction: a new wording or "when" is kept in the agreement's history).
"""
from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from screens.forms import FormScreen
from screens.i18n import language, t
from store import Store
from store.models import Agreement
from store.repeat import when_text


class AgreementEditor(FormScreen[Agreement]):
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
        self.editing(self.agreement)
        self.goal_id = self.agreement.goal_id if self.agreement else goal_id
        self.meeting_id = meeting_id
        self.who_id = self.agreement.who_id if self.agreement else who_id
        self.participants = store.participants(plan_id)
        self.goals = store.goals(plan_id)

    def title_text(self) -> str:
        label = self.store.plan_type_of(self.store.get_plan(self.plan_id)).label("agreement", t("ed.agreement.title"))
        return label if self.agreement is None else t("ed.agreement.title_edit", label=label[:1].lower() + label[1:])

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
        when = when_text(a.due_date, a.repeat, language()) if a else ""
        yield self.text_field("when", t("ed.agreement.due"), when, placeholder=t("form.when_placeholder"),
                              hint=t("ed.agreement.when_hint"), aliases=("due_date", "repeat"))
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
        fields: dict[str, Any] = dict(
            what=self.text("what"),
            when=self.text("when"),
            goal_id=self.choice("goal_id"),
            target_from=self.number("target_from"),
            target_to=self.number("target_to"),
            shared_with_relatives=self.flag("shared_with_relatives"),
            private=self.flag("private"),
        )
        who_id = self.choice("who_id")
        if self.agreement_id is None:
            what = fields.pop("what")
            return self.store.add_agreement(self.plan_id, who_id, what, meeting_id=self.meeting_id, **fields)
        return self.store.edit_agreement(self.agreement_id, who_id=who_id, meeting_id=self.meeting_id,
                                         **self.expected(), **fields)
