"""`rundbord check`: integrity, foreign keys, the audit chain and permissions, in plain words.

Exit codes: 0 all is well, 1 a problem was found, 2 the file cannot be opened.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from store import DatabaseProblem, default_db_path

from .common import cli_language, fail


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("check", help="kontrollér databasen (opbygning, henvisninger, ændringslog, rettigheder)")
    add_db_args(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from store.catalog import load_catalog
    from store.maintenance import integrity_report

    for warning in load_catalog().said_warnings:
        print(warning.text(cli_language()), file=sys.stderr)
    path = args.db or default_db_path()
    try:
        report = integrity_report(path, user=getattr(args, "user", None))
    except DatabaseProblem as exc:
        return fail(exc, 2)
    print(report.text(cli_language()))
    return 0 if report.ok else 1
