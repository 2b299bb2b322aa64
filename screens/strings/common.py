"""Strings shared by every screen: yes/no, dates (the vocabularies are in store/vocabulary.py)."""
from __future__ import annotations

DA: dict[str, str] = {
    "app.title": "Rundbord",
    "yes": "Ja",
    "no": "Nej",
    "date.format_hint": "dd-mm-åååå",
}

EN: dict[str, str] = {
    "app.title": "Rundbord",
    "yes": "Yes",
    "no": "No",
    "date.format_hint": "dd-mm-yyyy",
}
