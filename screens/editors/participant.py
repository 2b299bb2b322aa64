"""ParticipantEditor: a person with a role in the plan."""
from __future__ import annotations

from textual.app import ComposeResult

from screens.forms import FormScreen
from screens.i18n import t
from store import InputError, Store
from store.enums import Role
from store.models import Participant


class ParticipantEditor(FormScreen[Participant]):
    def __init__(self, store: Store, plan_id: int, participant_id: int | None = None) -> None:
        super().__init__(store)
        self.plan_id = plan_id
        self.participant_id = participant_id
        self.participant = next((p for p in store.participants(plan_id) if p.id == participant_id), None)
        self.editing(self.participant)

    def title_text(self) -> str:
        return t("ed.participant.title_new") if self.participant is None else t("ed.participant.title_edit")

    def compose_fields(self) -> ComposeResult:
        p = self.participant
        yield self.text_field("name", t("ed.participant.name"), p.name if p else "")
        yield self.select_field("role", t("ed.participant.role"), [(t(f"role.{r.value}"), r) for r in Role],
                                p.role if p else None, allow_blank=p is None, prompt=t("ed.participant.role_prompt"))
        yield self.text_field("organisation", t("ed.participant.organisation"), p.organisation if p else "",
                              hint=t("ed.participant.organisation_hint"))
        yield self.text_field("email", t("ed.participant.email"), p.email if p else "",
                              hint=t("ed.participant.email_hint"))
        yield self.text_field("contact_info", t("ed.participant.contact_info"), p.contact_info if p else "")

    def save(self) -> Participant:
        name = self.text("name")
        role = self.choice("role")
        if role is None:
            raise InputError("role", t("ed.participant.error.role"))
        fields = dict(organisation=self.text("organisation"), email=self.text("email"),
                      contact_info=self.text("contact_info"))
        if self.participant_id is None:
            return self.store.add_participant(self.plan_id, name, role, **fields)
        return self.store.update_participant(self.participant_id, name=name, role=role, **self.expected(), **fields)
