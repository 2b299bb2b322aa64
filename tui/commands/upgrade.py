"""`rundbord upgrade`: bring a file from an older Rundbord up to this version's schema.

The commands that only read (check, export, view, serve, due, backup) never
upgrade a file; they say "åbn filen i Rundbord for at opgradere den". The app
upgrades when it opens the file, and so does this command, without opening a
screen: first a copy of the file as it is is written beside it
(`<name>.backup-v<N>-<time>.db`, 0600), then the migrations run in one
transaction. A file that is up to date is left as it is.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from store import DatabaseProblem, default_db_path

from .common import fail, missing_db_problem, say


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("upgrade", help="opgradér en database fra en ældre Rundbord (tager en kopi først)")
    add_db_args(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from store import Store
    from store.db import write_problem
    from store.schema import SCHEMA_VERSION

    path = Path(args.db or default_db_path())
    problem = missing_db_problem(path) or write_problem(path)
    if problem:
        return fail(problem)
    try:
        store = Store(path, user=getattr(args, "user", None), create=False)
    except DatabaseProblem as exc:
        return fail(exc)
    with store:
        copy = store.db.upgrade_backup
    if copy is None:
        print(say("Databasen {path} er allerede opdateret (skema {n}). Intet er ændret.", path=path, n=SCHEMA_VERSION))
    else:
        print(say("Databasen {path} er opgraderet til skema {n}. En kopi af filen, som den var, er gemt i {copy}.",
                  path=path, n=SCHEMA_VERSION, copy=copy))
    return 0
