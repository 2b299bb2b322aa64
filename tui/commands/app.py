"""`rundbord` (no subcommand): the facilitator's app."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from .common import guarded_store


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    """The app is the default command; nothing to register."""


def run_app(args: argparse.Namespace) -> int:
    store = guarded_store(args)
    if isinstance(store, int):
        return store
    from tui.app import build_app

    with store:
        app = build_app(store, lang=getattr(args, "lang", "da"), citizen_id=getattr(args, "citizen", None))
        app.run()
    return 0
