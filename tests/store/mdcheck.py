"""Structure checks for exported Markdown (shared by the minutes, plan and CLI tests).

The checks only read the token stream, so each parser's tokens for a document
are kept, and their walk (the last `_KEEP` documents): a document checked for HTML, tables,
links and headings is parsed once per parser, not once per check. A document
without a `<` is parsed once: raw HTML (a block or an inline tag) starts with
`<`, so without one the two parsers' tokens are the same. A document whose
tokens with raw HTML on hold no HTML token (what every export must show) is
parsed once too: the HTML rules matched nowhere, so they changed nothing
(tests/store/test_mdcheck.py pins both).
"""
from __future__ import annotations

from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from store.markdown_safe import clean

EXPORT_MD = MarkdownIt("commonmark", {"html": False}).enable("table")
HTML_ON = MarkdownIt("commonmark", {"html": True}).enable("table")

_KEEP = 64
_kept: dict[tuple[bool, str], list[Token]] = {}
_walked: dict[tuple[bool, str], list[Token]] = {}
_html_free: dict[str, None] = {}
"""Documents whose tokens with raw HTML on hold no HTML token (a fact about the text: kept after its tokens go)."""
_HTML = ("html_block", "html_inline")


def _keep(kept: dict[Any, Any], key: Any, value: Any) -> None:
    if len(kept) >= _KEEP:
        del kept[next(iter(kept))]  # the oldest
    kept[key] = value


def _with_html(md: str, html: bool) -> bool:
    """The parser whose tokens are asked for: the other one's where both give the same tokens."""
    if html and "<" not in md:
        return False  # nothing for raw HTML to start with
    if not html and md in _html_free:
        return True  # the HTML rules matched nowhere, so they changed nothing
    return html


def parsed(md: str, *, html: bool = False) -> list[Token]:
    """`md` parsed as an export is read (`html=False`: EXPORT_MD) or with raw HTML on (HTML_ON)."""
    html = _with_html(md, html)
    found = _kept.get((html, md))
    if found is None:
        found = (HTML_ON if html else EXPORT_MD).parse(md)
        _keep(_kept, (html, md), found)
        if html:
            flat = walk(found)
            _keep(_walked, (html, md), flat)
            if not any(t.type in _HTML for t in flat):
                _keep(_html_free, md, None)
    return found


def walked(md: str, *, html: bool = False) -> list[Token]:
    """`walk(parsed(md, html=html))`, kept like the parse: the checks of one document walk it once."""
    html = _with_html(md, html)
    tokens = parsed(md, html=html)  # a new parse with raw HTML on is walked there
    found = _walked.get((html, md))
    if found is None:
        found = walk(tokens)
        _keep(_walked, (html, md), found)
    return found


HOSTILE: tuple[str, ...] = (
    "a | b | c",
    "# x",
    "## Aftaler",
    "*x*",
    "_x_",
    "**fed**",
    "`kode`",
    "```",
    "<script>alert(1)</script>",
    "<b>fed</b>",
    "- punkt",
    "1. punkt",
    "2) punkt",
    "> citat",
    "+ plus",
    "linje 1\nlinje 2\n\n- liste",
    "[link](javascript:x)",
    "![billede](http://x/y.png)",
    "\x1b[2J",
    "---",
    "===",
    "&amp; &#60;",
    "tekst\\",
    "\\|",
    "    indrykket kode",
    "<http://example.org>",
    "[a]: http://x",
    "| --- | --- |",
)


def walk(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        out.append(t)
        if t.children:
            out.extend(walk(t.children))
    return out


def headings(md: str, level: str = "h2") -> list[str]:
    toks = parsed(md)
    return [toks[i + 1].content for i, t in enumerate(toks) if t.type == "heading_open" and t.tag == level]


def html_tokens(md: str) -> list[Token]:
    return [t for t in walked(md, html=True) if t.type in _HTML]


def table_shapes(md: str) -> list[tuple[int, list[int]]]:
    """(header cell count, [cell count per body row]) for every table."""
    shapes: list[tuple[int, list[int]]] = []
    header = 0
    rows: list[int] = []
    cells = 0
    in_head = False
    for t in parsed(md):
        if t.type == "table_open":
            header, rows = 0, []
        elif t.type == "thead_open":
            in_head = True
        elif t.type == "thead_close":
            in_head = False
        elif t.type == "tr_open":
            cells = 0
        elif t.type in ("th_open", "td_open"):
            cells += 1
        elif t.type == "tr_close":
            if in_head:
                header = cells
            else:
                rows.append(cells)
        elif t.type == "table_close":
            shapes.append((header, rows))
    return shapes


def table_headers(md: str) -> list[list[str]]:
    out: list[list[str]] = []
    current: list[str] | None = None
    toks = parsed(md)
    for i, t in enumerate(toks):
        if t.type == "thead_open":
            current = []
        elif t.type == "th_open" and current is not None:
            current.append(toks[i + 1].content)
        elif t.type == "thead_close" and current is not None:
            out.append(current)
            current = None
    return out


def rendered_text(md: str) -> str:
    """The document's text content (what a reader sees), inline by inline."""
    parts: list[str] = []
    for t in walked(md):
        if t.type in ("text", "code_inline"):
            parts.append(t.content)
        elif t.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif t.type == "inline":
            parts.append("\n")
    return "".join(parts)


def assert_well_formed(md: str, expected_h2: list[str] | None = None) -> None:
    """No raw HTML tokens, every table row as wide as its header, no links/images/code, headings as expected."""
    assert html_tokens(md) == [], "raw HTML token in export"
    for header, rows in table_shapes(md):
        assert header > 0
        assert all(r == header for r in rows), (header, rows)
    bad = [t.type for t in walked(md)
           if t.type in ("link_open", "image", "code_inline", "code_block", "fence", "blockquote_open", "hr")]
    assert bad == [], bad
    if expected_h2 is not None:
        assert headings(md, "h2") == expected_h2


def assert_text_kept(md: str, user_text: str) -> None:
    """The user text is shown literally (after cleaning), not interpreted."""
    cleaned = clean(user_text)
    if cleaned:
        assert cleaned in rendered_text(md), (cleaned, md)
