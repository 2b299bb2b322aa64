"""`rundbord` (no subcommand): the facilitator's app."""
from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .common import cli_language, fail, say

if TYPE_CHECKING:
    from store import Store
    from store.list_store import ListStore


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    """The app is the default command; nothing to register."""


def run_app(args: argparse.Namespace) -> int:
    """The citizens list, or with --citizen that citizen's plan; both drawn from a `ListStore` (the models
    load after the first frame). A citizen that does not exist is said here, before the terminal is taken."""
    citizen_id = getattr(args, "citizen", None)
    store = _list_store(args)
    if isinstance(store, int) or citizen_id is None:
        return _run(args, store, None)
    from store.errors import NotFound

    with store:
        try:
            store.get_citizen(citizen_id)
        except NotFound:
            return fail(say("Der findes ingen borger nr. {n} i {path}.", n=citizen_id, path=store.where))
        return _run(args, store, citizen_id)


def _list_store(args: argparse.Namespace) -> ListStore | int:
    """The citizens list's `ListStore` (store/list_store.py: the first frame without the models; the full
    store opens right after it), opened as `app_store` opens the `Store`: read-only when the file (or its
    folder) cannot be written, its refusals and warnings said here, before the terminal is taken."""
    from pathlib import Path

    from store.engines.sqlite import write_problem
    from store.errors import DatabaseProblem
    from store.list_store import ListStore
    from store.location import default_db_path, is_url

    location = args.db or default_db_path()
    read_only = not is_url(location) and Path(location).is_file() and write_problem(Path(location)) is not None
    try:
        store = ListStore(location, user=getattr(args, "user", None), read_only=read_only)
    except DatabaseProblem as exc:
        return fail(exc)
    for warning in store.warnings_in(cli_language()):
        print(warning, file=sys.stderr)
    return store


def _run(args: argparse.Namespace, store: Store | ListStore | int, citizen_id: int | None) -> int:
    if isinstance(store, int):
        return store
    # No garbage collection until the first frame (the app turns it on again then, `RundbordApp.on_mount`):
    # start-up makes objects that live as long as the app, and one full collection among them cost
    # 35-50 ms of a ~0.4 s start (docs/benchmark.md, part 6).
    gc.disable()
    try:
        from tui.app import build_app

        with store:
            app = build_app(store, lang=getattr(args, "lang", "da"), citizen_id=citizen_id,
                            theme=getattr(args, "theme", None))
            app.run()
    finally:
        gc.enable()
    return app.return_code or 0
