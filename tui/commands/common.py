"""Shared by the subcommands: open the store, report problems in Danish."""
from __future__ import annotations

import argparse
import sys

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


def guarded_store(args: argparse.Namespace) -> Store | int:
    """`open_store`, or an exit code after a clear message."""
    try:
        return open_store(args)
    except DatabaseProblem as exc:
        return fail(exc.message)
