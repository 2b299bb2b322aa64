"""The Markdown checks' shortcut (tests/store/mdcheck.py): a document without `<` is parsed once, because
with raw HTML on or off its tokens are the same. Pinned here on generated documents made of Markdown's
special characters and on exported documents, and shown to tell the two parsers apart where `<` is."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from store import Store
from store.enums import Audience
from tests.conftest import TEST_USER
from tests.store.mdcheck import EXPORT_MD, HOSTILE, HTML_ON, parsed, walk, walked

_PIECES = st.sampled_from([
    "a", "b", " ", "\n", "\n\n", "\t", "    ", "|", "-", "*", "_", "`", "```", "#", "##", ">", "[", "]", "(", ")",
    "!", "&", ";", "&amp;", "&#60;", "&lt;", "\\", "+", "1.", "2)", "=", "~", ":", "http://x.dk", "æøå", "é",
    "\x00", "\u200b", "| --- |", "---", "***",
])


def _tokens(tokens: list[Any]) -> list[dict[str, Any]]:
    return [t.as_dict() for t in tokens]


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_without_a_less_than_sign_both_parsers_give_the_same_tokens(md: str) -> None:
    assert _tokens(HTML_ON.parse(md)) == _tokens(EXPORT_MD.parse(md))


def test_the_shortcut_on_exported_documents(demo_db: Path) -> None:
    demo_store = Store(demo_db, user=TEST_USER)
    citizen_id = demo_store.list_citizens()[0].id
    documents = [*HOSTILE, demo_store.citizen_log_markdown(citizen_id)]
    documents += [demo_store.plan_markdown(citizen_id, aud) for aud in Audience]
    for md in documents:
        if "<" not in md:
            assert _tokens(HTML_ON.parse(md)) == _tokens(EXPORT_MD.parse(md)) == _tokens(parsed(md, html=True))
    demo_store.close()
    demo_store.close()


def test_with_a_less_than_sign_each_parser_is_asked() -> None:
    for md in ("<b>fed</b>", "<script>alert(1)</script>", "tekst <i>x</i>", "<!-- x -->"):
        assert _tokens(parsed(md, html=True)) == _tokens(HTML_ON.parse(md)) != _tokens(EXPORT_MD.parse(md))


_WITH_TAGS = st.sampled_from(["<", "<b>", "</b>", "<i>x</i>", "<!-- x -->", "<div>", "<http://x.dk>", "a<b", "<3"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, _WITH_TAGS), max_size=40).map("".join))
def test_where_raw_html_on_finds_no_html_both_parsers_give_the_same_tokens(md: str) -> None:
    """The second shortcut: the HTML rules matched nowhere, so the export parser's tokens are the same; and
    `parsed` gives each parser's own tokens whatever was asked first."""
    with_html = HTML_ON.parse(md)
    if not any(t.type in ("html_block", "html_inline") for t in walk(with_html)):
        assert _tokens(with_html) == _tokens(EXPORT_MD.parse(md))
    assert _tokens(parsed(md, html=True)) == _tokens(with_html)
    assert _tokens(parsed(md)) == _tokens(EXPORT_MD.parse(md))
    assert _tokens(walked(md)) == _tokens(walk(EXPORT_MD.parse(md)))
