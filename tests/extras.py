"""Tests that need the `[pdf]` extra's Debian libraries (Pango) or poppler-utils.

On a developer's machine without them such a test is skipped, with the reason.
In CI it never is: `.ci/run` installs them and sets `RUNDBORD_CI=1`, so a
library that failed to install fails the PDF tests instead of hiding them.
"""
from __future__ import annotations

import os
import shutil

import pytest

IN_CI = os.environ.get("RUNDBORD_CI") == "1"
POPPLER = bool(shutil.which("pdftotext") and shutil.which("pdffonts") and shutil.which("pdfinfo"))

needs_pdf = pytest.mark.needs_pdf
"""The test makes a PDF: skipped (outside CI) where WeasyPrint or Pango does not load."""
needs_poppler = pytest.mark.needs_poppler
"""The test reads a PDF back with poppler-utils: skipped (outside CI) where they are missing."""


def skip_if_missing(item: pytest.Item) -> None:
    """Skip a marked test whose library is missing here; called by conftest before each test.

    Checked when such a test runs, not when its module is imported: loading WeasyPrint to ask
    costs ~1 s, and every worker imports every test module.
    """
    if IN_CI:
        return
    if item.get_closest_marker("needs_poppler") and not POPPLER:
        pytest.skip("poppler-utils is not installed here (.ci/run installs it)")
    if item.get_closest_marker("needs_pdf"):
        from store.exports.pdf import pdf_available

        if not pdf_available():
            pytest.skip("WeasyPrint or Pango is missing here (.ci/run installs them)")
