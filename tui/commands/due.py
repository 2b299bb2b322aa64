"""`rundbord due [--weeks N] [--year]`: the follow-up year (årshjul) as plain text.

Lists, across all citizens, planned meetings, goal periods ending and
agreements falling due from today to today + N weeks (both days included),
SMTTE evaluations due in that window or already past, and overdue
agreements. `--year` lists the twelve months from this month instead, month
by month: every meeting, goal periods ending, SMTTE evaluations due and held,
agreements due. No Textual is imported. "Today" is the one clock's
(`--today YYYY-MM-DD` or `$RUNDBORD_TODAY` set it).
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from store.dates import MAX_WEEKS

from .common import fail, guarded_store, int_between


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("due", help="årshjul: møder, perioder, SMTTE og aftaler for alle borgere")
    add_db_args(p)
    p.add_argument("--weeks", type=int_between("--weeks", 0, MAX_WEEKS), default=4,
                   help=f"antal uger frem, 0-{MAX_WEEKS} (standard: 4)")
    p.add_argument("--year", action="store_true", help="året måned for måned fra denne måned")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from store import InputError, clock
    from store.follow_up import format_due_items, format_year

    today = clock.today()
    store = guarded_store(args, must_exist=True, read_only=True)
    if isinstance(store, int):
        return store
    lang = args.lang or "da"
    with store:
        store.use_language(lang)  # the catalogue's meeting kinds, the statuses and roles in the lines
        try:
            if args.year:
                lines = format_year(store.year_wheel(today, 12, today=today), lang)
            else:
                lines = format_due_items(store.due_items(today, args.weeks), today, args.weeks, lang)
        except InputError as exc:
            return fail(exc)
        print("\n".join(lines))
    return 0
