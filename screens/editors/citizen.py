"""CitizenEditor: a new citizen (name + plan type) or a citizen's details."""
from __future__ import annotations

from textual.app import ComposeResult

from screens.forms import FormScreen
from screens.i18n import t
from store import clock
from store import InputError, Store
from store.models import Citizen


class CitizenEditor(FormScreen[Citizen]):
    """New: name and plan type (from the catalogue). Edit: name, values, strengths, mentor."""

    def __init__(self, store: Store, citizen_id: int | None = None) -> None:
        super().__init__(store)
        self.citizen_id = citizen_id
        self.citizen = store.get_citizen(citizen_id) if citizen_id is not None else None
        self.editing(self.citizen)

    def title_text(self) -> str:
        return t("ed.citizen.title_new") if self.citizen is None else t("ed.citizen.title_edit", name=self.citizen.name)

    def compose_fields(self) -> ComposeResult:
        c = self.citizen
        yield self.text_field("name", t("ed.citizen.name"), c.name if c else "", placeholder=t("ed.citizen.name_placeholder"))
        if c is None:
            today = clock.today()  # closed to new citizens from a date (the store refuses those)
            types = [
                (pt.name + ("" if pt.open_on(today) else t("ed.citizen.plan_type_closed")), code)
                for code, pt in self.store.catalog.plan_types.items()
            ]
            first_open = next((code for code, pt in self.store.catalog.plan_types.items() if pt.open_on(today)), None)
            yield self.select_field("plan_type", t("ed.citizen.plan_type"), types, first_open)
            return
        yield self.text_field("values", t("ed.citizen.values"), c.values, multiline=True, hint=t("ed.citizen.values_hint"))
        yield self.text_field("strengths", t("ed.citizen.strengths"), c.strengths, multiline=True,
                              hint=t("ed.citizen.strengths_hint"))
        yield self.check_field("mentor_needed", t("ed.citizen.mentor_needed"), c.mentor_needed)
        yield self.text_field("mentor_role", t("ed.citizen.mentor_role"), c.mentor_role, multiline=True)

    def save(self) -> Citizen:
        name = self.text("name")
        if self.citizen_id is None:
            plan_type = self.choice("plan_type")
            if plan_type is None:
                raise InputError("plan_type", t("ed.citizen.error.plan_type"))
            return self.store.create_citizen(name, plan_type=str(plan_type))
        return self.store.update_citizen(
            self.citizen_id,
            name=name,
            values=self.text("values"),
            strengths=self.text("strengths"),
            mentor_needed=self.flag("mentor_needed"),
            mentor_role=self.text("mentor_role"),
            **self.expected(),
        )
