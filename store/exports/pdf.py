"""PDF for the case file: the export's own HTML, printed by WeasyPrint as PDF/A-3u.

The PDF is rendered from exactly the HTML of the HTML export (`html.py`):
the same text, the same approval block, and its print rules (A4, page
numbers "Side 1 af 3", the footer with the meeting's number and the locked
copy's hash on every page, DejaVu fonts, which are embedded). The document
language comes from the HTML (`lang="da"`), the title from its `<title>`.

WeasyPrint is an optional extra (`pip install 'rundbord[pdf]'`) that needs
Pango from the operating system; without either, `PdfUnavailable` says in
Danish how to get it. WeasyPrint is imported only here, only when a PDF is made.
"""
from __future__ import annotations

import logging
from types import ModuleType

from ..errors import StoreError
from ..messages import MESSAGES, msg

PDF_VARIANT = "pdf/a-3u"
"""PDF/A-3, level U (every character maps to Unicode: the text can be searched and copied)."""

HOW_TO_GET_PDF = MESSAGES["pdf.unavailable"][0]
"""How to get PDF export (Danish; the message `pdf.unavailable` has the English)."""


class PdfUnavailable(StoreError):
    """WeasyPrint (or the libraries it needs) is not installed: the message says how to get it."""

    def __init__(self, pango_missing: str = "") -> None:
        """`pango_missing`: why Pango would not load (WeasyPrint is there, the system library is not)."""
        super().__init__(msg("pdf.unavailable.pango", detail=pango_missing) if pango_missing
                         else msg("pdf.unavailable"))


def pdf_available() -> bool:
    """True when a PDF can be made on this machine (WeasyPrint and Pango load)."""
    try:
        _weasyprint()
    except PdfUnavailable:
        return False
    return True


def _weasyprint() -> ModuleType:
    for name in ("weasyprint", "fontTools"):  # their warnings must never reach a terminal the app draws on
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False
    try:
        import weasyprint
    except ImportError:
        raise PdfUnavailable() from None
    except OSError as exc:  # WeasyPrint is there, Pango is not
        raise PdfUnavailable(str(exc)) from None
    return weasyprint


def html_to_pdf(html: str) -> bytes:
    """The HTML document as PDF/A-3u bytes. Pure: no database, safe to run in a worker thread."""
    weasyprint = _weasyprint()
    data: bytes = weasyprint.HTML(string=html, base_url=None).write_pdf(pdf_variant=PDF_VARIANT)
    return data
