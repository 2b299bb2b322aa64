"""A refusal shown in a form in the session's language: the store's message by key, said by the screen
(`screens.i18n.error_text`); what was typed stays."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from screens.editors import AgreementEditor, CitizenEditor
from screens.i18n import set_language
from store import Store
from tests.conftest import DEMO_TODAY
from tui.app import build_app

from .editor_helpers import error_text, field_value, push, save, type_into

SIZE = (100, 30)


@pytest.fixture
def back_to_danish() -> Iterator[None]:
    yield
    set_language("da")


@pytest.mark.parametrize(("lang", "cpr", "when"), [
    ("da", "CPR-nummer", "Skriv datoen som dd-mm-åååå"),
    ("en", "The text seems to contain a CPR number.", "Write the date as dd-mm-yyyy"),
])
async def test_agreement_refusals_in_the_sessions_language(demo_store: Store, demo_citizen_id: int,
                                                           back_to_danish: None, lang: str, cpr: str,
                                                           when: str) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    before = demo_store.agreements(plan_id)
    who = demo_store.participants(plan_id)[0]
    app = build_app(demo_store, lang=lang, today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        editor = AgreementEditor(demo_store, plan_id, who_id=who.id)
        await push(pilot, editor)
        await type_into(pilot, editor, "what", "Send 010190-1234 til lægen")
        await save(pilot)
        assert app.screen is editor and cpr in error_text(editor, "what")
        assert field_value(editor, "what") == "Send 010190-1234 til lægen"
        await type_into(pilot, editor, "what", "Ring til lægen")
        await type_into(pilot, editor, "when", "32-13-2026")
        await save(pilot)
        assert app.screen is editor
        shown = error_text(editor, "when")
        assert shown, "no message at the date field"
        assert (when in shown) or ("findes ikke" in shown if lang == "da" else "does not exist" in shown)
    assert demo_store.agreements(plan_id) == before


async def test_an_empty_name_refused_in_english(store: Store, back_to_danish: None) -> None:
    app = build_app(store, lang="en", today=DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        editor = CitizenEditor(store)
        await push(pilot, editor)
        await type_into(pilot, editor, "name", "   ")
        await save(pilot)
        shown = error_text(editor, "name")
        assert shown and not any(c in shown for c in "æøå") and "Feltet" not in shown
    assert store.list_citizens() == []
