"""Rules for free text: required text, and the CPR guard.

A Danish CPR number (ddmmyy-xxxx, or ten digits whose first six form a valid
date) does not belong in free text (CPR-loven §54, GDPR art. 9). Text with one
is refused; `mask_cpr` hides one that slipped into data anyway (live view).
"""
from __future__ import annotations

import re
from datetime import date

from pydantic import ValidationInfo
from pydantic_core import PydanticCustomError

# ddmmyy, optional dash/space, four digits; not part of a longer digit run.
_CPR_RE = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})[-\s]?(\d{4})(?!\d)")


def _is_valid_ddmmyy(dd: str, mm: str, yy: str) -> bool:
    try:
        # Any century will do: 29-02 needs a leap year in one of them.
        for century in (1900, 2000):
            try:
                date(century + int(yy), int(mm), int(dd))
                return True
            except ValueError:
                continue
        return False
    except ValueError:
        return False


def find_cpr(text: str) -> list[tuple[int, int]]:
    """Spans of CPR-like numbers in text."""
    spans: list[tuple[int, int]] = []
    for m in _CPR_RE.finditer(text):
        dd, mm, yy, _ = m.groups()
        if _is_valid_ddmmyy(dd, mm, yy):
            spans.append(m.span())
    return spans


def looks_like_cpr(text: str) -> bool:
    return bool(find_cpr(text))


def mask_cpr(text: str) -> str:
    """Replace every CPR-like number with a mask of the same shape."""
    spans = find_cpr(text)
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(text[last:start])
        out.append("".join("•" if ch.isdigit() else ch for ch in text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def _reading_stored(info: ValidationInfo | None) -> bool:
    """True while a stored row is read back (db.rows_to): refuse new text, never old rows."""
    context = getattr(info, "context", None)
    return isinstance(context, dict) and bool(context.get(STORED))


STORED = "stored"
"""Validation context key set when rows are read back from the file."""


def no_cpr(value: str, info: ValidationInfo | None) -> str:
    """pydantic after-validator for every free-text field.

    Text read back from the file is let through (the live view masks it): a
    CPR number that slipped in by other means must not make the plan unreadable.
    """
    # The stored-row test first: reading back never refuses, so it needs no search (bench/).
    if isinstance(value, str) and not _reading_stored(info) and looks_like_cpr(value):
        raise PydanticCustomError(
            "cpr_in_text",
            "Teksten ser ud til at indeholde et CPR-nummer. CPR-numre må ikke "
            "skrives i fritekst, fordi de kan blive vist på den fælles skærm. "
            "Fjern nummeret og gem igen.",
        )
    return value


def required_text(value: str, info: ValidationInfo | None) -> str:
    """pydantic after-validator: text that is not empty or only whitespace."""
    if not value.strip():
        raise PydanticCustomError("blank_text", "Feltet må ikke være tomt.")
    return no_cpr(value, info)


# C0 controls except newline and tab, DEL and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _control_picture(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␀ for NUL ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def control_pictures(text: str) -> str:
    """`text` with every control character but newline and tab shown as its Unicode picture.

    Free text keeps control characters as data; a terminal would act on them
    (ESC[2J clears the screen). Same length as `text`: one picture per character.
    """
    return _CONTROL.sub(_control_picture, text) if _CONTROL.search(text) else text


EMAIL_MAX = 254
"""The longest e-mail address accepted (RFC 5321's limit on a path)."""
_EMAIL_RE = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$")
"""A plain address: an ASCII local part (no quotes), a domain of letters, digits and hyphens
(Danish letters allowed: "æblehaven.dk"), with a dot and a top-level domain of letters."""


def email_address(value: str, info: ValidationInfo | None) -> str:
    """pydantic after-validator for an optional e-mail address: '' or a plain address, trimmed."""
    if _reading_stored(info):
        return value
    text = value.strip()
    if not text:
        return ""
    if len(text) > EMAIL_MAX or not _EMAIL_RE.match(text) or ".." in text or text.startswith("."):
        raise PydanticCustomError(
            "email_address",
            "E-mailadressen ser ikke rigtig ud. Skriv den som navn@kommune.dk, eller lad feltet stå tomt.",
        )
    return no_cpr(text, info)
