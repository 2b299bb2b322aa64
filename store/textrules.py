"""Rules for free text: required text, the CPR guard, and how user text is shown.

A Danish CPR number (ddmmyy-xxxx: six digits that form a valid date, then
four) does not belong in free text (CPR-loven §54, GDPR art. 9). The guard
looks at the text as a reader sees it, not at its code points: invisible and
format characters (Unicode Cf and Cc, zero-width space, soft hyphen, word
joiner, bidi controls, combining marks) are taken out, every run of
whitespace and line breaks becomes one space, every dash variant becomes "-",
and look-alike digits (fullwidth, superscript, other scripts) become 0-9.
On that text a CPR number is ten digits whose first six are a valid date,
optionally split as dd mm yy xxxx by nothing, "-", ".", "/" or a space (with
spaces around a mark allowed), and not part of a longer run of digits.

- `no_cpr` (a pydantic validator on every free-text field) refuses such text
  at input, in Danish.
- `mask_cpr` hides what the same rule finds, in any text that reaches a
  person: the live view, the mirror and the served view, every export, the
  change log, notifications. It keeps the text's length: each digit of the
  number becomes "•".
- `screen_text` is the one rule for putting user text on a terminal: CPR
  numbers masked and control characters (ESC, BEL, NUL, C1 ...) shown as their
  Unicode pictures (␛), so a terminal never acts on them.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache
from itertools import islice

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydantic loads with the models, not with the terminal's and the exports' text rules
    from pydantic import ValidationInfo

MASK = "•"
"""What each digit of a CPR number is shown as."""

_DIGIT_LIKE = re.compile(r"[\d\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u24ea]")
"""Characters a reader takes for a digit: Unicode digits (\\d), super- and subscripts, circled digits."""

_DASHES = frozenset("\u2212\u2043\u02d7\u2796\u207b\u208b\ufe63\uff0d")
"""Dashes outside Unicode's Pd category (minus signs, hyphen bullet ...)."""
_DOTS = frozenset("\u00b7\u2022\u2219\u22c5\u3002\u2024\uff0e")
_SLASHES = frozenset("\u2044\u2215\u29f8\uff0f")
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Mn", "Me"})
"""Categories taken out before looking: controls, format characters, surrogates, private use, combining marks."""

IGNORED = "\x7f"
"""What an invisible character folds to in `fold` (DEL never survives folding itself)."""
# On the folded text (the same length as the original): ignorables anywhere, whitespace runs, marks.
_GAP = IGNORED + "*"
_SEP = rf"[ {IGNORED}]*(?:[-./][-./{IGNORED}]*[ {IGNORED}]*)?"
_PAIR = rf"([0-9]){_GAP}([0-9])"
_CPR_RE = re.compile(
    rf"{_PAIR}{_SEP}{_PAIR}{_SEP}{_PAIR}{_SEP}([0-9]){_GAP}([0-9]){_GAP}([0-9]){_GAP}([0-9])(?!{_GAP}[0-9])"
)


def _is_valid_ddmmyy(dd: str, mm: str, yy: str) -> bool:
    # Any century will do: 29-02 needs a leap year in one of them.
    for century in (1900, 2000):
        try:
            date(century + int(yy), int(mm), int(dd))
            return True
        except ValueError:
            continue
    return False


@lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    """One character as the CPR rule reads it: "" (invisible), " ", "-", ".", "/", a digit, or itself."""
    if ch.isspace():
        return " "
    if " " < ch < "\x7f":
        return ch
    if ch in _DASHES:
        return "-"
    if ch in _DOTS:
        return "."
    if ch in _SLASHES:
        return "/"
    category = unicodedata.category(ch)
    if category in _INVISIBLE:
        return ""
    if category == "Pd":
        return "-"
    if category == "Nd":
        return str(unicodedata.decimal(ch))
    compat = unicodedata.normalize("NFKC", ch)
    if len(compat) == 1 and compat != ch:
        return _fold(compat)
    return ch


def normalise(text: str) -> tuple[str, list[int]]:
    """The text as the CPR rule reads it, and for each of its characters the index it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold(ch)
        if not folded:
            continue
        if folded == " " and out and out[-1] == " ":
            continue  # a run of whitespace (with invisible characters in it) is one space
        out.append(folded)
        where.append(i)
    return "".join(out), where


class _FoldTable(dict[int, str]):
    """`str.translate` table for `fold`, filled on first sight of each character (C speed after that)."""

    def __missing__(self, code: int) -> str:
        folded = _fold(chr(code)) or IGNORED
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


_FEW_CHANGED = 24
"""Up to this many distinct characters to change, `fold` replaces each (see there)."""

SELF_FOLDING = " -~\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
"""A character class of characters `fold` keeps as they are: printable ASCII and the Latin-1 letters
(æ, ø, å, é ...). Tests check each one."""
_SELF_FOLDING_RUNS = re.compile(f"[{SELF_FOLDING}]+")


def fold(text: str) -> str:
    """`text` as the CPR rule reads it, character for character (same length): invisible characters
    as DEL, every whitespace as a space, dashes as "-", look-alike digits as 0-9.

    One `str.translate` where the text is ASCII (CPython's fast path). Otherwise translate
    asks the table once per character (~100 ns each: seconds on the megabyte exports of a
    long text), so the few distinct characters that change are replaced one by one instead;
    every folded character folds to itself, so the order of the replacements does not matter.
    """
    if text.isascii():
        return text.translate(_FOLD_TABLE)
    # The distinct characters that may change: those outside SELF_FOLDING (a regex scan, then a set of
    # what is left: most text is Danish letters and ASCII, and `set(text)` hashed every character).
    rest = _SELF_FOLDING_RUNS.sub("", text)
    changed = [(ch, folded) for ch in set(rest) if (folded := _FOLD_TABLE[ord(ch)]) != ch]
    if len(changed) > _FEW_CHANGED:
        return text.translate(_FOLD_TABLE)
    for ch, folded in changed:
        text = text.replace(ch, folded)
    return text


def _has_ten_digits(text: str) -> bool:
    """At least ten digit-like characters (stops at the tenth)."""
    return next(islice(_DIGIT_LIKE.finditer(text), 9, None), None) is not None


def find_cpr(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) in `text` of the CPR-like numbers a reader would see in it."""
    if not _has_ten_digits(text):
        return []  # most text: too few digits to hold one
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _CPR_RE.search(folded, pos)
        if m is None:
            return spans
        i = m.start() - 1
        while i >= 0 and folded[i] == IGNORED:
            i -= 1
        digits = "".join(m.groups())
        if (i >= 0 and folded[i].isdigit()) or not _is_valid_ddmmyy(digits[:2], digits[2:4], digits[4:6]):
            pos = m.start() + 1  # part of a longer number, or not a date: look again one further on
            continue
        spans.append(m.span())
        pos = m.end()


def looks_like_cpr(text: str) -> bool:
    return bool(find_cpr(text))


def mask_cpr(text: str) -> str:
    """`text` with every digit of every CPR-like number shown as "•" (same length)."""
    spans = find_cpr(text)
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(text[last:start])
        out.append("".join(MASK if f.isdigit() else ch for ch, f in zip(text[start:end], fold(text[start:end]))))
        last = end
    out.append(text[last:])
    return "".join(out)


def _reading_stored(info: ValidationInfo | None) -> bool:
    """True while a stored row is read back (db.rows_to), or for a field an update leaves as it was:
    refuse new text, never old rows (a number that slipped in must not block correcting the rest)."""
    context = getattr(info, "context", None)
    if not isinstance(context, dict):
        return False
    if context.get(STORED):
        return True
    unchanged = context.get(UNCHANGED)
    return isinstance(unchanged, frozenset) and getattr(info, "field_name", None) in unchanged


STORED = "stored"
"""Validation context key set when rows are read back from the file."""
UNCHANGED = "unchanged"
"""Validation context key: the fields an update keeps as they are stored (db.update)."""

CPR_MESSAGE = (
    "Teksten ser ud til at indeholde et CPR-nummer. CPR-numre må ikke "
    "skrives i fritekst, fordi de kan blive vist på den fælles skærm. "
    "Fjern nummeret og gem igen."
)


def no_cpr(value: str, info: ValidationInfo | None) -> str:
    """pydantic after-validator for every free-text field.

    Text read back from the file is let through (every surface masks it): a
    CPR number that slipped in by other means must not make the plan unreadable.
    """
    # The stored-row test first: reading back never refuses, so it needs no search (bench/).
    if isinstance(value, str) and not _reading_stored(info) and looks_like_cpr(value):
        from pydantic_core import PydanticCustomError

        raise PydanticCustomError("cpr_in_text", CPR_MESSAGE)
    return value


def required_text(value: str, info: ValidationInfo | None) -> str:
    """pydantic after-validator: text that is not empty or only whitespace."""
    if not value.strip():
        from pydantic_core import PydanticCustomError

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


def screen_text(text: str | None) -> str:
    """User text fit for a terminal cell: CPR-like numbers masked, control characters as pictures.

    The one rule for every widget, the live view, the mirror, the served view
    and the change log. Same length as `text` (the palette highlights by
    position). Markup is a separate matter: put the result in a
    `rich.text.Text`, or escape it where a string is read as markup.
    """
    if not text:
        return ""
    return control_pictures(mask_cpr(text))


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
    text = no_cpr(text, info)  # a CPR number is refused as one, wherever it is typed (before the address's form)
    if len(text) > EMAIL_MAX or not _EMAIL_RE.match(text) or ".." in text or text.startswith("."):
        from pydantic_core import PydanticCustomError

        raise PydanticCustomError(
            "email_address",
            "E-mailadressen ser ikke rigtig ud. Skriv den som navn@kommune.dk, eller lad feltet stå tomt.",
        )
    return text
