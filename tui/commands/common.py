"""Shared by the subcommands: open the store, report problems in Danish."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from store import DatabaseProblem, Store, default_db_path


def open_store(args: argparse.Namespace) -> Store:
    """The store at --db (or the default), with warnings printed to stderr."""
    path = args.db or default_db_path()
    store = Store(path, user=getattr(args, "user", None))
    for warning in store.warnings:
        print(warning, file=sys.stderr)
    return store


def fail(message: str, code: int = 2) -> int:
    print(f"rundbord: {message}", file=sys.stderr)
    return code


def emit_export(args: argparse.Namespace, text: str, what: str) -> int:
    """An export to stdout (UTF-8 bytes) or to `args.output` (0600, atomic), saying where it went."""
    from store.files import save_export

    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
        return 0
    problem = save_export(args.output, text)
    if problem:
        return fail(problem, 2)
    print(f"{what} er gemt i {args.output.resolve()}.", file=sys.stderr)
    return 0


def missing_db_problem(path: Path, hint: str = "") -> str | None:
    """A Danish sentence when `path` is not an existing file (commands that must not create one)."""
    if path.is_dir():
        return f"{path} er en mappe, ikke en databasefil."
    if not path.is_file():
        return f"Databasen {path} findes ikke.{(' ' + hint) if hint else ''}"
    return None


def guarded_store(args: argparse.Namespace, *, must_exist: bool = False, hint: str = "") -> Store | int:
    """`open_store`, or an exit code (2) after a clear message.

    With `must_exist` a missing file is reported instead of created (every
    command but the app and `demo`, which start a new database on purpose).
    """
    if must_exist:
        problem = missing_db_problem(Path(args.db or default_db_path()), hint)
        if problem:
            return fail(problem)
    try:
        return open_store(args)
    except DatabaseProblem as exc:
        return fail(exc.message)
