"""Strings of the minutes (referat) preview and export."""
from __future__ import annotations

DA: dict[str, str] = {
    "minutes.title": "Referat: {meeting} · til {audience}",
    "minutes.hint": "1 myndighed · 2 borger · 3 dagtilbud · 4 pårørende · e gem Markdown · h gem HTML",
    "minutes.frozen": "Mødet er afsluttet: referatet er låst, som det var ved afslutningen.",
    "minutes.draft": "Udkast: mødet er ikke afsluttet endnu.",
    "minutes.saved": "Referatet er gemt i {path}",
    "minutes.not_saved": "Referatet blev ikke gemt: {problem}",
    "minutes.key.authority": "Myndighed",
    "minutes.key.citizen": "Borger",
    "minutes.key.day_service": "Dagtilbud",
    "minutes.key.relative": "Pårørende",
    "minutes.key.save_md": "Gem Markdown",
    "minutes.key.save_html": "Gem HTML",
    "minutes.key.back": "Tilbage",
    "minutes.audience.authority": "myndighed",
    "minutes.audience.citizen": "borger",
    "minutes.audience.day_service": "dagtilbud",
    "minutes.audience.relative": "pårørende",
}

EN: dict[str, str] = {
    "minutes.title": "Minutes: {meeting} · for {audience}",
    "minutes.hint": "1 authority · 2 citizen · 3 day service · 4 relatives · e save Markdown · h save HTML",
    "minutes.frozen": "The meeting is closed: the minutes are locked as they were at closing.",
    "minutes.draft": "Draft: the meeting is not closed yet.",
    "minutes.saved": "Minutes saved to {path}",
    "minutes.not_saved": "The minutes were not saved: {problem}",
    "minutes.key.authority": "Authority",
    "minutes.key.citizen": "Citizen",
    "minutes.key.day_service": "Day service",
    "minutes.key.relative": "Relatives",
    "minutes.key.save_md": "Save Markdown",
    "minutes.key.save_html": "Save HTML",
    "minutes.key.back": "Back",
    "minutes.audience.authority": "authority",
    "minutes.audience.citizen": "citizen",
    "minutes.audience.day_service": "day service",
    "minutes.audience.relative": "relatives",
}
