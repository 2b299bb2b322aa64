"""`rundbord backup FILE`: a consistent copy of the database (safe while the app runs)."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any



from .common import fail, guarded_store, say


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("backup", help="tag en sikkerhedskopi af databasen (også mens appen kører)")
    p.add_argument("file", type=Path, metavar="FIL", help="hvor kopien skal ligge (en ny fil, kun læsbar for dig)")
    add_db_args(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from store.maintenance import BackupFailed, backup

    # Read-only, and a file of an older schema is copied as it is (a backup before an upgrade).
    store = guarded_store(args, must_exist=True, read_only=True, allow_older=True)
    if isinstance(store, int):
        return store
    with store:
        try:
            target = backup(store, args.file)
        except BackupFailed as exc:
            return fail(exc, 2)
    print(say("Sikkerhedskopien er gemt i {target} (kun læsbar for dig).", target=target))
    return 0
