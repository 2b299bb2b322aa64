"""Strings of the minutes (referat) preview and export."""
from __future__ import annotations

DA: dict[str, str] = {
    "minutes.title": "Referat: {meeting} · til {audience}",
    "minutes.hint": "1 myndighed · 2 borger · 3 dagtilbud · 4 pårørende · e eksportér (Markdown, PDF …) · h HTML",
    "minutes.frozen": "Mødet er afsluttet: referatet er låst, som det var ved afslutningen.",
    "minutes.draft": "Udkast: mødet er ikke afsluttet endnu.",
    "minutes.written_in_danish": "Et afsluttet mødes referat er den låste kopi, på dansk som skrevet.",
    "minutes.key.authority": "Myndighed",
    "minutes.key.citizen": "Borger",
    "minutes.key.day_service": "Dagtilbud",
    "minutes.key.relative": "Pårørende",
    "minutes.key.export": "Eksportér",
    "minutes.key.export_html": "HTML",
    "minutes.key.back": "Tilbage",
    "minutes.audience.authority": "myndighed",
    "minutes.audience.citizen": "borger",
    "minutes.audience.day_service": "dagtilbud",
    "minutes.audience.relative": "pårørende",
}

EN: dict[str, str] = {
    "minutes.title": "Minutes: {meeting} · for {audience}",
    "minutes.hint": "1 authority · 2 citizen · 3 day service · 4 relatives · e export (Markdown, PDF …) · h HTML",
    "minutes.frozen": "The meeting is closed: the minutes are locked as they were at closing.",
    "minutes.draft": "Draft: the meeting is not closed yet.",
    "minutes.written_in_danish": "A closed meeting's minutes are the locked copy, in Danish as written.",
    "minutes.key.authority": "Authority",
    "minutes.key.citizen": "Citizen",
    "minutes.key.day_service": "Day service",
    "minutes.key.relative": "Relatives",
    "minutes.key.export": "Export",
    "minutes.key.export_html": "HTML",
    "minutes.key.back": "Back",
    "minutes.audience.authority": "authority",
    "minutes.audience.citizen": "citizen",
    "minutes.audience.day_service": "day service",
    "minutes.audience.relative": "relatives",
}
