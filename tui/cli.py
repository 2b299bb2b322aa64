"""The `rundbord` command line.

Subcommands live in `tui/commands/` (one module each, with `register`).
Commands that show no screen must not import Textual: each module imports
Textual only inside the function that opens a screen.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
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
    parser.add_argument("--theme", choices=["light", "dark", "projector"], default=None,
                        help="farvetema: lyst, mørkt eller projektor (høj kontrast); ctrl+t skifter")
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
    return _guarded(handler, args)


def _guarded(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; a problem becomes a Danish message and an exit code, never a traceback.

    2: the database or a file cannot be opened; 1: the store refused; 130: interrupted.
    Set RUNDBORD_DEBUG=1 to see the traceback of an unexpected error.
    """
    from store import DatabaseProblem, StoreError

    try:
        code: int = handler(args)
        return code
    except DatabaseProblem as exc:
        print(f"rundbord: {exc.message}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"rundbord: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"rundbord: Kan ikke bruge filen{where}: {exc.strerror or exc}.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rundbord: Afbrudt.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for a person
        if os.environ.get("RUNDBORD_DEBUG"):
            raise
        print(
            f"rundbord: Der skete en uventet fejl ({type(exc).__name__}: {exc}). Intet ufærdigt er gemt. "
            "Kør med RUNDBORD_DEBUG=1 for detaljer.",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
