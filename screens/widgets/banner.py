"""`ReadOnlyBanner`: one line at the top of a screen saying the file cannot be changed.

The app mounts it on every screen it shows when its store was opened
read-only (a file or folder that cannot be written): the person sees at once
that they can look but not change anything, instead of learning it at the
first save.
"""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from screens.i18n import t


class ReadOnlyBanner(Static):
    """'Filen er skrivebeskyttet – du kan se, men ikke ændre.'"""

    DEFAULT_CSS = """
    ReadOnlyBanner {
        dock: top;
        height: 1;
        width: 100%;
        padding: 0 1;
        background: $warning;
        color: $text;
        text-style: bold;
    }
    """

    def __init__(self) -> None:
        super().__init__(Text("🔒 " + t("app.read_only")), id="read-only-banner", markup=False)
