"""Strings of the change log screens (ChangeLogScreen, RecordHistoryScreen)."""
from __future__ import annotations

from store.audit_words import ACTION_DA, ACTION_EN, FIELD_DA, FIELD_EN, TABLE_DA, TABLE_EN

DA: dict[str, str] = {
    "history.title": "Ændringslog for {name}",
    "history.record_title": "Historik: {what} nr. {id}",
    "history.intro": "Hvem ændrede hvad og hvornår. Nyeste øverst. Loggen kan ikke redigeres.",
    "history.col.when": "Hvornår",
    "history.col.who": "Hvem",
    "history.col.action": "Handling",
    "history.col.what": "Hvad",
    "history.col.old": "Før",
    "history.col.new": "Efter",
    "history.empty": "Ingen ændringer er registreret endnu.",
    "history.count": "{n} ændringer",
    "history.count_capped": "De nyeste {shown} af {n} ændringer. Hele loggen: rundbord export log {id}",
    "history.hidden": "(skjult)",
    "history.hidden_note": "Værdier fra private oplysninger er skjult. Tryk R for at vise dem.",
    "history.revealed_note": "Private værdier vises. Tryk R for at skjule dem igen.",
    "history.key.back": "Tilbage",
    "history.key.record": "Postens historik",
    "history.key.reveal": "Vis/skjul private",
    **{f"history.table.{k}": v for k, v in TABLE_DA.items()},
    **{f"history.field.{k}": v for k, v in FIELD_DA.items()},
    **{f"history.action.{k}": v for k, v in ACTION_DA.items()},
}

EN: dict[str, str] = {
    "history.title": "Change log for {name}",
    "history.record_title": "History: {what} no. {id}",
    "history.intro": "Who changed what, and when. Newest first. The log cannot be edited.",
    "history.col.when": "When",
    "history.col.who": "Who",
    "history.col.action": "Action",
    "history.col.what": "What",
    "history.col.old": "Before",
    "history.col.new": "After",
    "history.empty": "No changes recorded yet.",
    "history.count": "{n} changes",
    "history.count_capped": "The newest {shown} of {n} changes. The whole log: rundbord export log {id}",
    "history.hidden": "(hidden)",
    "history.hidden_note": "Values of private items are hidden. Press R to show them.",
    "history.revealed_note": "Private values are shown. Press R to hide them again.",
    "history.key.back": "Back",
    "history.key.record": "Record history",
    "history.key.reveal": "Show/hide private",
    # the remaining field names of the change log
    **{f"history.table.{k}": v for k, v in TABLE_EN.items()},
    **{f"history.field.{k}": v for k, v in FIELD_EN.items()},
    **{f"history.action.{k}": v for k, v in ACTION_EN.items()},
}
