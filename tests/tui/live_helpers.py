"""Helpers for the live-view tests: read what the screen shows."""
from __future__ import annotations

import html
import re

from textual.app import App

from screens.live import PresentationScreen


def screen_text(app: App[object]) -> str:
    """All text on the screen now (from Textual's own screenshot; whitespace runs made one space)."""
    svg = app.export_screenshot()
    parts = re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S)
    text = html.unescape("".join(parts)).replace("\xa0", " ")
    return re.sub(r"\s+", " ", text)


def presentation(app: App[object]) -> PresentationScreen:
    screen = app.screen
    assert isinstance(screen, PresentationScreen)
    return screen
