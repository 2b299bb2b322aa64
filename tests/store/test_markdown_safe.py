"""Escaping user text for Markdown: text stays text, tables keep their shape."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.markdown_safe import _BREAKS, _DROP, _SPACES, clean, inline, table, table_row
from tests.store.mdcheck import HOSTILE, assert_text_kept, assert_well_formed, headings, table_shapes


def _doc(text: str) -> str:
    """The user text in every place an export puts it."""
    t = inline(text)
    return "\n".join([
        "# Titel",
        "",
        f"- **Felt:** {t}",
        f"- {t}",
        "",
        f"1. {t}",
        "",
        f"### {t}",
        "",
        t,
        "",
        "## Tabel",
        "",
        table(["Hvem", "Hvad", "Hvornår", "Status"], [[t, t, "01-01-2027", t], [t]]),
    ])


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_literal_everywhere(text: str) -> None:
    md = _doc(text)
    assert_well_formed(md)
    assert headings(md, "h1") == ["Titel"]
    assert headings(md, "h2") == ["Tabel"]
    assert table_shapes(md) == [(4, [4, 4])]
    assert_text_kept(md, text)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_text_is_literal_everywhere(text: str) -> None:
    md = _doc(text)
    assert_well_formed(md)
    assert headings(md, "h1") == ["Titel"]
    assert headings(md, "h2") == ["Tabel"]
    assert table_shapes(md) == [(4, [4, 4])]
    assert_text_kept(md, text)


def test_clean_removes_control_characters_and_breaks() -> None:
    assert clean("a\x1b[2Jb") == "a[2Jb"
    assert clean("  linje 1\r\nlinje 2\t slut  ") == "linje 1 linje 2 slut"
    assert clean("\x00\x07") == ""
    assert clean("a\u202eb") == "ab"


def test_clean_patterns_touch_no_printable_character() -> None:
    """Why `clean` may skip its patterns on printable text: no printable code point matches them."""
    printable = "".join(ch for ch in map(chr, range(0x110000)) if ch.isprintable())
    assert _BREAKS.search(printable) is None and _DROP.search(printable) is None


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text(alphabet="\r\n\t\v\f\x85\u2028\u2029\x00\x1b\x7f\x9b\ud800\u202e\u2066\u200e\u061c "))
def test_clean_of_printable_text_is_what_the_patterns_give(text: str, unprintable: str) -> None:
    """`clean` skips its patterns on printable text: the result is the patterns' own, for any text."""
    for t in (text, text + unprintable, unprintable + text):
        by_patterns = _SPACES.sub(" ", _DROP.sub("", _BREAKS.sub(" ", t))).strip()
        assert clean(t) == by_patterns


def test_inline_escapes_structure_but_keeps_readable_punctuation() -> None:
    assert inline("1. punkt") == "1\\. punkt"
    assert inline("- punkt") == "\\- punkt"
    assert inline("a | b") == "a \\| b"
    assert inline("<script>") == "\\<script\\>"
    assert inline("Opfølgning 03-12-2026, kl. 9.") == "Opfølgning 03-12-2026, kl. 9."
    assert inline("") == ""
    assert inline(None) == ""


def test_table_row_always_has_the_column_count() -> None:
    assert table_row(["a"], 3) == "| a |  |  |"
    assert table_row(["a", "b", "c", "d"], 3) == "| a | b | c d |"
    md = table(["A", "B"], [["1"], ["1", "2", "3"], []])
    assert table_shapes(md) == [(2, [2, 2, 2])]
    with pytest.raises(ValueError):
        table([], [])


def test_inline_remembers_within_a_character_budget() -> None:
    """The memo of `inline` gives what escaping gives, and long texts cannot make it large."""
    from store import markdown_safe as ms

    text = "1. *Nanna* <b> | 010190-1234"
    assert ms.inline(text) == ms._inline(text)
    assert ms.inline(text) is ms.inline(text)  # the second call is the remembered one
    too_long = "x" * (ms.MEMO_CHARS // 4)
    assert ms.inline(too_long) == too_long
    assert too_long not in ms._memo
    for n in range(40):
        ms.inline(f"{n} " + "y" * (ms.MEMO_CHARS // 10))
    assert 0 < ms._memo_chars <= ms.MEMO_CHARS
    assert ms._memo_chars == sum(len(k) + len(v) for k, v in ms._memo.items())
