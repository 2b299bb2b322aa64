"""Textual's own words (its widgets' key descriptions, the palette, its notices) in each language.

Keyed "textual.<Textual's English text>": `screens.widgets.localized.translated`
looks a binding's description up here when it is not one of ours, so the
keys panel, the command palette and the key bar never show Textual's English
under Danish.
"""
from __future__ import annotations

import re

_WORDS: dict[str, str] = {
    # scrolling and moving (ScrollableContainer, DataTable, OptionList, ListView, Tree ...)
    "Scroll Up": "Rul op", "Scroll Down": "Rul ned", "Scroll Left": "Rul til venstre",
    "Scroll Right": "Rul til højre", "Scroll Home": "Rul til toppen", "Scroll End": "Rul til bunden",
    "Page Up": "Side op", "Page Down": "Side ned", "Page Left": "Side til venstre", "Page Right": "Side til højre",
    "Page up": "Side op", "Page down": "Side ned", "Next page": "Næste side", "Previous page": "Forrige side",
    "Up": "Op", "Down": "Ned", "up": "op", "down": "ned", "left": "venstre", "right": "højre",
    "First": "Første", "Last": "Sidste", "Top": "Øverst", "Bottom": "Nederst", "Home": "Start", "End": "Slut",
    "Go to top": "Gå til toppen", "Go to bottom": "Gå til bunden", "Go to start": "Gå til start",
    "Go to end": "Gå til slut",
    "Cursor Up": "Markør op", "Cursor Down": "Markør ned", "Cursor up": "Markør op", "Cursor down": "Markør ned",
    "Cursor left": "Markør til venstre", "Cursor right": "Markør til højre",
    "Cursor page up": "Markør en side op", "Cursor page down": "Markør en side ned",
    "Cursor line start": "Markør til linjens start", "Cursor line end": "Markør til linjens slut",
    "Cursor word left": "Markør et ord til venstre", "Cursor word right": "Markør et ord til højre",
    "Cursor up select": "Markér op", "Cursor down select": "Markér ned", "Cursor left select": "Markér til venstre",
    "Cursor right select": "Markér til højre", "Cursor left word select": "Markér et ord til venstre",
    "Cursor right word select": "Markér et ord til højre", "Cursor line start select": "Markér til linjens start",
    "Cursor line end select": "Markér til linjens slut",
    "Cursor to parent": "Markør til overordnet", "Cursor to next sibling": "Markør til næste",
    "Cursor to previous sibling": "Markør til forrige", "Cursor to next ancestor": "Markør til næste overordnede",
    "Next option": "Næste valg", "Previous option": "Forrige valg", "Next tab": "Næste fane",
    "Previous tab": "Forrige fane", "Next command": "Næste kommando", "Previous command": "Forrige kommando",
    # editing text (Input, TextArea)
    "Move cursor left": "Flyt markøren til venstre", "Move cursor right and select": "Flyt til højre og markér",
    "Move cursor left and select": "Flyt til venstre og markér",
    "Move cursor left a word": "Flyt markøren et ord til venstre",
    "Move cursor left a word and select": "Flyt et ord til venstre og markér",
    "Move cursor right a word": "Flyt markøren et ord til højre",
    "Move cursor right a word and select": "Flyt et ord til højre og markér",
    "Move cursor right or accept the completion suggestion": "Flyt markøren til højre eller tag forslaget",
    "Delete character left": "Slet tegnet til venstre", "Delete character right": "Slet tegnet til højre",
    "Delete left to start of word": "Slet til ordets start", "Delete right to start of word": "Slet til næste ord",
    "Delete all to the left": "Slet alt til venstre", "Delete all to the right": "Slet alt til højre",
    "Delete to line start": "Slet til linjens start", "Delete to line end": "Slet til linjens slut",
    "Delete line": "Slet linjen", "Select all": "Markér alt", "Select line": "Markér linjen",
    "Select line start": "Markér til linjens start", "Select line end": "Markér til linjens slut",
    "select word": "markér ordet", "Copy": "Kopiér", "Copy selected text": "Kopiér den markerede tekst",
    "Cut": "Klip", "Cut selected text": "Klip den markerede tekst", "Paste": "Indsæt",
    "Paste text from the clipboard": "Indsæt fra udklipsholderen", "Undo": "Fortryd", "Redo": "Annullér fortryd",
    "Submit": "Send",
    # choosing
    "Select": "Vælg", "Toggle": "Slå til/fra", "Toggle option": "Slå valget til/fra", "Press button": "Tryk på knappen",
    "Show menu": "Vis menuen", "Dismiss menu": "Luk menuen", "Toggle collapsible": "Fold ud/sammen",
    "Expand or collapse all": "Fold alt ud/sammen", "Open link": "Åbn linket",
    # the app and the palette
    "Focus Next": "Næste felt", "Focus Previous": "Forrige felt", "Unfocus any focused widget": "Fjern fokus",
    "Exit the command palette": "Luk kommandopaletten", "Quit": "Afslut",
    "Maximize": "Maksimér",
    "No matches found": "Intet fundet",
    "space": "mellemrum",
    "Press {keys} to quit the app": "Tryk {keys} for at afslutte",
    "Do you want to quit?": "Vil du afslutte?",
    # the screenshot's notices (App._on_delivery_complete / _on_delivery_failed)
    "Saved screenshot": "Skærmbilledet er gemt",
    "Saved screenshot to {path}": "Skærmbilledet er gemt i {path}",
    "Failed to save screenshot": "Skærmbilledet kunne ikke gemmes",
    "Screenshot": "Skærmbillede",
}

DA: dict[str, str] = {f"textual.{english}": danish for english, danish in _WORDS.items()}
EN: dict[str, str] = {f"textual.{english}": english for english in _WORDS}


_SAVED_TO = re.compile(r"^Saved screenshot to \[\$text-success\](?P<path>.*)$", re.DOTALL)
_NOTICES = ("Saved screenshot", "Failed to save screenshot")


def textual_notice(message: str, title: str) -> tuple[str, str, bool] | None:
    """A notice Textual raises itself (the screenshot's), as (message, title, markup) in the catalogue's
    words; None for any other notice. The saved file's path is shown as plain text."""
    from screens.i18n import t

    found = _SAVED_TO.match(message)
    if found:
        return t("textual.Saved screenshot to {path}", path=found["path"]), t("textual.Screenshot"), False
    if message in _NOTICES and title == "Screenshot":
        return t(f"textual.{message}"), t("textual.Screenshot"), False
    return None
