"""User text placed into Markdown: always data, never structure.

Every piece of free text that reaches an export goes through `inline()` (or
`cell()` for table cells). The rules, from the CommonMark spec:

- Any ASCII punctuation may be backslash-escaped. We escape the characters
  that can start inline structure (`\\`, backtick, `*`, `_`, `[`, `]`, `<`,
  `>`, `!`, `&`, `|`, `#`, `~`), so emphasis, code spans, links, images,
  autolinks, raw HTML, entities and table pipes cannot appear.
- At the start of the text, characters that open a block (`-`, `+`, `=`,
  and the `.`/`)` after a leading number: `1.`) are escaped too, so a text
  placed after a list marker or at a line start cannot open a list, a
  heading, a thematic break or a setext underline.
- Line breaks and tabs become single spaces (the text stays on its line:
  table cells and list items keep their shape); leading and trailing blanks
  are dropped; control characters (ESC sequences, NUL ...) and bidi
  overrides are removed.

Punctuation that cannot build structure mid-line (`.`, `,`, `:`, `-`,
parentheses) is left alone, so the raw Markdown stays readable in an editor.
"""
from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence

from .textrules import mask_cpr

_INLINE_SPECIAL = frozenset("\\`*_[]<>!&|#~")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_BREAKS = re.compile(r"[\r\n\t\v\f\u0085\u2028\u2029]+")
_SPACES = re.compile(r" {2,}")
_LEADING_NUMBER = re.compile(r"^(\d{1,9})([.)])")
_DROP = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff" + "".join(sorted(_BIDI)) + "]")
_INLINE_RE = re.compile("[" + re.escape("".join(sorted(_INLINE_SPECIAL))) + "]")


def clean(text: str) -> str:
    """Text on one line: breaks and tabs -> one space, control characters removed."""
    # Every character the two patterns below act on is unprintable (Cc, Cf, Cs, Zl, Zp); a printable
    # text skips them (str.isprintable runs at C speed; the patterns cost seconds on megabyte exports).
    if not text.isprintable():
        text = _BREAKS.sub(" ", text)
        # Cc (C0, DEL, C1), Cs (lone surrogates) and bidi controls go; Zl/Zp were breaks above.
        text = _DROP.sub("", text)
    return _SPACES.sub(" ", text).strip()


MEMO_CHARS = 4_000_000
"""At most this many characters (texts and their escaped forms together) remembered by `inline`."""

_memo: OrderedDict[str, str] = OrderedDict()
_memo_chars = 0
_memo_lock = threading.Lock()  # the PDF export runs in a worker thread


def inline(text: str | None) -> str:
    """User text escaped for any inline place (paragraph, list item, heading, table cell).

    Remembered for the texts seen last: an export shows the same text in several places (a goal in its
    section, its table rows, each audience's copy), and cleaning, the CPR scan and escaping read the whole
    text each time (seconds for a long text shown a hundred times). Bounded by characters, not by count,
    so long texts cannot make it large: at most `MEMO_CHARS`, and a text over a quarter of that is not kept."""
    global _memo_chars
    if not text:
        return ""
    with _memo_lock:
        done = _memo.get(text)
        if done is not None:
            _memo.move_to_end(text)
            return done
    done = _inline(text)
    size = len(text) + len(done)
    if size <= MEMO_CHARS // 4:
        with _memo_lock:
            if text not in _memo:
                _memo[text] = done
                _memo_chars += size
                while _memo_chars > MEMO_CHARS:
                    old, old_done = _memo.popitem(last=False)
                    _memo_chars -= len(old) + len(old_done)
    return done


def _inline(text: str) -> str:
    """`inline` of a non-empty text (a pure function of `text`)."""
    text = mask_cpr(clean(text))
    if not text:
        return ""
    m = _LEADING_NUMBER.match(text)
    prefix = ""
    if m:
        prefix = m.group(1) + "\\" + m.group(2)
        text = text[m.end():]
    elif text[0] in "-+=":
        prefix = "\\" + text[0]
        text = text[1:]
    body = _INLINE_RE.sub(lambda m: "\\" + m.group(0), text)
    return prefix + body


def cell(text: str | None) -> str:
    """User text for a table cell (same rules as `inline`)."""
    return inline(text)


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GFM table. Header and cells are Markdown already (escape user text first).

    Every row gets exactly the header's column count: short rows are padded
    with empty cells, extra cells are joined into the last one.
    """
    n = len(header)
    if n == 0:
        raise ValueError("a table needs at least one column")
    lines = [_row(header, n), "|" + "|".join(" --- " for _ in range(n)) + "|"]
    lines.extend(_row(r, n) for r in rows)
    return "\n".join(lines) + "\n"


def table_row(cells: Sequence[str], columns: int) -> str:
    """One table row with exactly `columns` cells."""
    return _row(cells, columns)


def _row(cells: Sequence[str], n: int) -> str:
    items = [c.replace("\n", " ").strip() for c in cells]
    if len(items) > n:
        items = items[: n - 1] + [" ".join(i for i in items[n - 1:] if i)]
    items += [""] * (n - len(items))
    return "| " + " | ".join(items) + " |"
