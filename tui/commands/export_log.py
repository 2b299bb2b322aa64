"""`rundbord export log CITIZEN_ID [-o FILE]`: the citizen's own extract of the audit log.

GDPR art. 15: what was done with the citizen's data, when, and by whom, as
Markdown. `add_log_parser` adds `log` to the `export` group (export.py's
`EXPORT_KINDS`).
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from store import NotFound, default_db_path

from .common import fail, guarded_store


def add_log_parser(export_sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None], name: str = "log") -> None:
    p = export_sub.add_parser(name, help="borgerens udtræk af ændringsloggen (GDPR art. 15) som Markdown")
    p.add_argument("citizen_id", type=int, metavar="BORGER_ID", help="borgerens nummer")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FIL", help="skriv til FIL (standard: skærmen)")
    add_db_args(p)
    p.set_defaults(handler=run)


def write_private(path: Path, text: str) -> str | None:
    """Write `text` to a new 0600 file, atomically; a Danish problem, or None when written."""
    if path.is_dir():
        return f"{path} er en mappe. Angiv et filnavn."
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        return f"Mappen {parent} findes ikke."
    tmp = parent / f".{path.name}.{os.getpid()}.tmp"
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        return f"Kan ikke skrive {path}: {exc.strerror}."
    return None


def run(args: argparse.Namespace) -> int:
    path = args.db or default_db_path()
    if not path.exists():
        return fail(f"Databasen {path} findes ikke.", 2)
    if not 0 < args.citizen_id < 2**63:
        return fail(f"Der er ingen borger nr. {args.citizen_id}.", 1)
    store = guarded_store(args)
    if isinstance(store, int):
        return store
    with store:
        try:
            store.get_citizen(args.citizen_id)
        except NotFound:
            if not store.citizen_log(args.citizen_id):
                return fail(f"Der er ingen borger nr. {args.citizen_id}.", 1)
        text = store.citizen_log_markdown(args.citizen_id)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    problem = write_private(args.output, text)
    if problem:
        return fail(problem, 2)
    print(f"Udtrækket er gemt i {args.output}.", file=sys.stderr)
    return 0
