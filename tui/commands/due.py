"""`rundbord due [--weeks N]`: the follow-up year (årshjul) as plain text.

Lists, across all citizens, planned meetings and goal periods ending from
today to today + N weeks (both days included), SMTTE evaluations due in that
window or already past, and overdue agreements. No Textual is imported.
"Today" is the one clock's (`--today YYYY-MM-DD` or `$RUNDBORD_TODAY` set it).
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from store.progression import MAX_WEEKS

from .common import fail, guarded_store, int_between


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("due", help="årshjul: møder, perioder, SMTTE og overskredne aftaler for alle borgere")
    add_db_args(p)
    p.add_argument("--weeks", type=int_between("--weeks", 0, MAX_WEEKS), default=4,
                   help=f"antal uger frem, 0-{MAX_WEEKS} (standard: 4)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from store import InputError, clock
    from store.progression import format_due_items

    today = clock.today()
    store = guarded_store(args, must_exist=True, read_only=True)
    if isinstance(store, int):
        return store
    with store:
        try:
            items = store.due_items(today, args.weeks)
        except InputError as exc:
            return fail(exc.message)
        print("\n".join(format_due_items(items, today, args.weeks)))
    return 0
