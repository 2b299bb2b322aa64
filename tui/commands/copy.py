"""`rundbord copy SRC DST`: a whole database from one engine to the other (a SQLite file into PostgreSQL,
or back), every row and the audit chain; then the copy is checked as `rundbord check` does.

Exit codes: 0 copied and checked, 1 copied but the check found a problem, 2 nothing copied.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from store.location import parse_location, shown

from .common import cli_language, fail, say


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser(
        "copy", help="kopiér hele databasen til en ny SQLite-fil eller en tom PostgreSQL-database (og tilbage)",
        description="Kopierer alle rækker og hele ændringsloggen. Kilden ændres ikke. Målet skal være en ny fil "
                    "eller en tom PostgreSQL-database (postgresql://bruger@vært/database).",
    )
    p.add_argument("source", type=parse_location, metavar="FRA", help="en SQLite-fil eller en postgresql://-adresse")
    p.add_argument("target", type=parse_location, metavar="TIL", help="en ny SQLite-fil eller en tom PostgreSQL-database")
    add_db_args(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from store import DatabaseProblem, StoreError
    from store.copying import CopyRefused, copy_database
    from store.maintenance import integrity_report

    from .common import missing_db_problem

    problem = missing_db_problem(args.source)
    if problem:
        return fail(problem, 2)
    user = getattr(args, "user", None)
    try:
        copied = copy_database(args.source, args.target, user=user)
    except (CopyRefused, DatabaseProblem) as exc:
        return fail(exc, 2)
    except StoreError as exc:
        return fail(say("Intet er kopieret: {reason}", reason=exc.message), 2)
    print(say("Kopieret {rows} rækker, heraf {audit} i ændringsloggen, fra {source} til {target}.",
              rows=copied.rows, audit=copied.audit_rows, source=shown(args.source), target=shown(args.target)))
    report = integrity_report(args.target, user=user)
    print(report.text(cli_language()))
    return 0 if report.ok else 1
