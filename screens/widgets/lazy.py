"""Screens imported when a key first asks for them, not at start-up.

Start-up imports only the first screen; editors, meetings, the live view and
the rest load on first use. A failing import is a bug and is raised.
"""
from __future__ import annotations

import importlib
from typing import Any


def load_screen(module: str, name: str) -> Any:
    """The class `name` from `module`, importing the module on first use."""
    return getattr(importlib.import_module(module), name)
