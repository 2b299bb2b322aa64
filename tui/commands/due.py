"""`rundbord due [--weeks N]`: the follow-up year (årshjul) as plain text.

Lists, across all citizens, planned meetings and goal periods ending from
today to today + N weeks (both days included), SMTTE evaluations due in that
window or already past, and overdue agreements. No Textual is imported.
"Today" can be fixed for tests with `--today YYYY-MM-DD` (hidden) or
`$RUNDBORD_TODAY`.
"""
from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import date
from typing import Any

from .common import fail, guarded_store

ENV_TODAY = "RUNDBORD_TODAY"


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("due", help="årshjul: møder, perioder, SMTTE og overskredne aftaler for alle borgere")
    add_db_args(p)
    p.add_argument("--weeks", type=int, default=4, help="antal uger frem (standard: 4)")
    p.add_argument("--today", default=None, help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def today_from(args: argparse.Namespace) -> date:
    """--today, else $RUNDBORD_TODAY, else the real date."""
    text = getattr(args, "today", None) or os.environ.get(ENV_TODAY, "")
    return date.fromisoformat(text.strip()) if text and text.strip() else date.today()


def run(args: argparse.Namespace) -> int:
    from store import InputError
    from store.progression import format_due_items

    try:
        today = today_from(args)
    except ValueError:
        return fail("dagens dato skal skrives som ÅÅÅÅ-MM-DD.")
    store = guarded_store(args, must_exist=True)
    if isinstance(store, int):
        return store
    with store:
        try:
            items = store.due_items(today, args.weeks)
        except InputError as exc:
            return fail(exc.message)
        print("\n".join(format_due_items(items, today, args.weeks)))
    return 0
