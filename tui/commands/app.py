"""`rundbord` (no subcommand): the facilitator's app."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from .common import app_store, fail, say


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    """The app is the default command; nothing to register."""


def run_app(args: argparse.Namespace) -> int:
    store = app_store(args)
    if isinstance(store, int):
        return store
    from store import NotFound
    from tui.app import build_app

    with store:
        citizen_id = getattr(args, "citizen", None)
        if citizen_id is not None:
            try:
                store.get_citizen(citizen_id)
            except NotFound:
                return fail(say("Der findes ingen borger nr. {n} i {path}.", n=citizen_id, path=store.path))
        app = build_app(store, lang=getattr(args, "lang", "da"), citizen_id=citizen_id,
                        theme=getattr(args, "theme", None))
        app.run()
    return app.return_code or 0
