"""ConsentEditor and WithdrawConsentEditor: consent to share with relatives, recorded and taken back."""
from __future__ import annotations

from datetime import date

from textual.app import ComposeResult

from screens.forms import FormScreen, ReadOnlyText
from screens.i18n import t
from store import Store, clock
from store.enums import ConsentCapacity, Role
from store.models import Consent


class ConsentEditor(FormScreen[Consent]):
    """Who consents (the citizen, or who holds the right to decide), when, until when, for `items`."""

    def __init__(self, store: Store, plan_id: int, items: list[tuple[str, str]], *, today: date | None = None) -> None:
        super().__init__(store)
        self.plan_id = plan_id
        self.items = items
        """(key, text) of the items the consent covers."""
        self.today = today or clock.today()

    def title_text(self) -> str:
        return t("ed.consent.title")

    def compose_fields(self) -> ComposeResult:
        people = self.store.participants(self.plan_id)
        citizen = next((p.id for p in people if p.role is Role.CITIZEN), None)
        yield ReadOnlyText(t("ed.consent.covers", items="; ".join(text for _, text in self.items)), classes="context")
        yield self.select_field("given_by_id", t("ed.consent.given_by"),
                                [(f"{p.name} ({t('role.' + p.role.value)})", p.id) for p in people], citizen)
        yield self.select_field("capacity", t("ed.consent.capacity"),
                                [(t(f"ed.consent.capacity.{c.value}"), c.value) for c in ConsentCapacity],
                                ConsentCapacity.CITIZEN.value)
        yield self.date_field("given_on", t("ed.consent.given_on"), self.today)
        yield self.date_field("valid_until", t("ed.consent.valid_until"))
        yield self.text_field("note", t("ed.consent.note"), "", multiline=True)

    def save(self) -> Consent:
        return self.store.record_consent(
            self.plan_id, [key for key, _ in self.items], given_by_id=self.choice("given_by_id"),
            capacity=self.choice("capacity") or ConsentCapacity.CITIZEN.value,
            given_on=self.date("given_on", required=True), valid_until=self.date("valid_until"),
            note=self.text("note"),
        )


class WithdrawConsentEditor(FormScreen[Consent]):
    """Take a consent back, with an optional reason: it takes effect at once."""

    def __init__(self, store: Store, consent_id: int) -> None:
        super().__init__(store)
        self.consent_id = consent_id

    def title_text(self) -> str:
        return t("ed.withdraw.title")

    def compose_fields(self) -> ComposeResult:
        yield ReadOnlyText(t("ed.withdraw.intro"), classes="context")
        yield self.text_field("reason", t("ed.withdraw.reason"), "")

    def save(self) -> Consent:
        return self.store.withdraw_consent(self.consent_id, self.text("reason"))
