"""The one HTML path: Markdown exports as a small printable HTML document.

The command line (`rundbord export ... --format html|pdf`), the store
(`minutes_html`, `plan_html`), the PDF (rendered by WeasyPrint from exactly
this HTML, `pdf.py`) and the minutes preview (its on-screen rendering) all use
`export_parser` and `markdown_to_html` from here: CommonMark with tables, raw
HTML off (raw HTML in the text shows as text).

A document may end with an appendix (Markdown, e.g. the minutes' approval
block) and a footer (plain lines: the meeting's number, the frozen copy's
hash). In print (the PDF) the footer is repeated at the foot of every page
beside the page number; on screen it is a small line above the text.
"""
from __future__ import annotations

import html
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..markdown_safe import clean
from ..textrules import mask_cpr

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_CSS = """
body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; max-width: 48em; margin: 2em auto;
       padding: 0 1em; line-height: 1.45; color: #111; }
h1 { font-size: 1.6em; border-bottom: 2px solid #333; padding-bottom: .2em; }
h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 1.05em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; }
th, td { border: 1px solid #888; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #eee; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
.print-footer { margin-bottom: 1.5em; border-bottom: 1px solid #999; font-size: .8em; color: #444; }
.print-footer p { margin: .2em 0; }
@page {
  size: A4; margin: 2cm 2cm 3cm 2cm;
  @bottom-left { content: element(footer); vertical-align: top; width: 80%; }
  @bottom-right { content: "Side " counter(page) " af " counter(pages); vertical-align: top;
                  font: 8pt "DejaVu Sans", sans-serif; color: #444; }
}
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; }
  h2, h3 { page-break-after: avoid; }
  tr, li { page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .print-footer { position: running(footer); margin: 0; border: 0; font-size: 7pt; }
}
""".strip()


def export_parser() -> MarkdownIt:
    """A new parser set up as every export is read: CommonMark, GFM tables, raw HTML off."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")


@lru_cache(maxsize=1)
def _shared_parser() -> MarkdownIt:
    return export_parser()


def markdown_to_html(md: str, title: str, *, appendix: str = "", footer: Sequence[str] = (),
                     lang: str = "da") -> str:
    """A complete small HTML document (raw HTML in the Markdown is not rendered).

    `appendix` is more Markdown after the text (user text in it escaped as in
    every export); `footer` lines are plain text (escaped here). `lang` is the
    document's language ("da" or "en"): the PDF's hyphenation and a screen
    reader follow it.
    """
    parser = _shared_parser()
    body = ""
    if footer:  # first in the body: a running element shows from the page it stands on
        lines = "".join(f"<p>{html.escape(mask_cpr(clean(line)))}</p>\n" for line in footer)
        body += f'<footer class="print-footer">\n{lines}</footer>\n'
    body += parser.render(md)
    if appendix:
        body += parser.render(appendix)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"en" if lang == "en" else "da"}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Rundbord">\n'
        f"<title>{html.escape(mask_cpr(clean(title)))}</title>\n<style>\n{_CSS}\n</style>\n</head>\n"
        f"<body>\n{body}</body>\n</html>\n"
    )
