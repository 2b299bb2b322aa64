"""The `rundbord` command line.

Subcommands live in `tui/commands/` (one module each, with `register`).
Commands that show no screen must not import Textual: each module imports
Textual only inside the function that opens a screen.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .commands import COMMANDS


def add_db_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None, help="databasefil (standard: $RUNDBORD_DB eller brugerens datamappe)")
    parser.add_argument("--user", default=None, help="navn i ændringsloggen (standard: OS-brugeren)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rundbord",
        description="Rundbord: fælles plan, mål og aftaler på storskærm til borger-, myndigheds-, "
        "dagtilbuds- og pårørendemøder.",
    )
    add_db_args(parser)
    parser.add_argument("--lang", choices=["da", "en"], default="da", help="sprog i brugerfladen")
    parser.add_argument("--citizen", type=int, default=None, help="åbn denne borgers plan")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for module in COMMANDS:
        module.register(sub, add_db_args)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        from .commands.app import run_app

        handler = run_app
    code: int = handler(args)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
