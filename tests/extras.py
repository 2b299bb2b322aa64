"""Tests that need the `[pdf]` extra's Debian libraries (Pango) or poppler-utils.

On a developer's machine without them such a test is skipped, with the reason.
In CI it never is: `.ci/run` installs them and sets `RUNDBORD_CI=1`, so a
library that failed to install fails the PDF tests instead of hiding them.
"""
from __future__ import annotations

import os
import shutil

import pytest

from store.exports.pdf import pdf_available

IN_CI = os.environ.get("RUNDBORD_CI") == "1"
POPPLER = bool(shutil.which("pdftotext") and shutil.which("pdffonts") and shutil.which("pdfinfo"))

needs_pdf = pytest.mark.skipif(not IN_CI and not pdf_available(),
                               reason="WeasyPrint or Pango is missing here (.ci/run installs them)")
needs_poppler = pytest.mark.skipif(not IN_CI and not POPPLER,
                                   reason="poppler-utils is not installed here (.ci/run installs it)")
