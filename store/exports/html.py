"""The one HTML path: Markdown exports as a small printable HTML document.

The command line (`rundbord export ... --format html`), the store
(`minutes_html`, `plan_html`) and the minutes preview (its `h` key and its
on-screen rendering) all use `export_parser` and `markdown_to_html` from here:
CommonMark with tables, raw HTML off (raw HTML in the text shows as text).
"""
from __future__ import annotations

import html
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
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2, h3 { page-break-after: avoid; }
  tr, li { page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
""".strip()


def export_parser() -> MarkdownIt:
    """A new parser set up as every export is read: CommonMark, GFM tables, raw HTML off."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")


@lru_cache(maxsize=1)
def _shared_parser() -> MarkdownIt:
    return export_parser()


def markdown_to_html(md: str, title: str) -> str:
    """A complete small HTML document (raw HTML in the Markdown is not rendered)."""
    body = _shared_parser().render(md)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="da">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(mask_cpr(clean(title)))}</title>\n<style>\n{_CSS}\n</style>\n</head>\n"
        f"<body>\n{body}</body>\n</html>\n"
    )
