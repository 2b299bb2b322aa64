"""Screens from other parts of the app, imported only when a key asks for them."""
from __future__ import annotations

import importlib
from typing import Any


def optional_screen(module: str, name: str) -> Any:
    """The class `name` from `module`, or None while that part is not installed."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
