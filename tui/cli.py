"""The `rundbord` command line.

Subcommands live in `tui/commands/` (one module each, with `register`).
Commands that show no screen must not import Textual: each module imports
Textual only inside the function that opens a screen.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from .cli_words import ARGPARSE_WORDS, language_in, localise_parser
from .commands.common import record_id
from store.location import parse_location

_ARGPARSE_DA: list[tuple[str, str]] = [
    (r"^argument ([^:]+): ", r"\1: "),
    (r"invalid int value: (.*)$", r"\1 er ikke et helt tal."),
    (r"invalid choice: (.*?) \(choose from (.*)\)$", r"ugyldigt valg: \1 (vælg mellem \2)."),
    (r"^the following arguments are required: (.*)$", r"mangler: \1."),
    (r"^unrecognized arguments: (.*)$", r"ukendte argumenter: \1."),
    (r"expected one argument$", r"mangler en værdi."),
    (r"invalid (\w+) value: (.*)$", r"ugyldig værdi: \2."),
]
"""argparse's English refusals, in Danish (Python 3.11's wording)."""


class DanishParser(argparse.ArgumentParser):
    """argparse with its refusals in the chosen language (Danish unless `--lang en`): `rundbord: <message>`
    on stderr, exit code 2."""

    lang = "da"

    def error(self, message: str) -> NoReturn:
        if self.lang == "da":
            for pattern, replacement in _ARGPARSE_DA:
                message = re.sub(pattern, replacement, message)
        from store.textrules import screen_text

        see = ARGPARSE_WORDS[self.lang]["see_help"].format(prog=self.prog)
        self.exit(2, f"rundbord: {screen_text(message)} {see}\n")


COMMON_DEFAULTS: dict[str, object] = {"db": None, "user": None, "lang": "da", "today": None}
"""The options every command takes, before or after the subcommand, and their defaults."""


def _add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--db, --user, --lang and --today. On a subcommand they default to "not given"
    (argparse.SUPPRESS), so `rundbord --db a.db export ...` and `rundbord export ... --db a.db`
    mean the same, and a value given before the subcommand is never reset after it."""

    def default(name: str) -> object:
        return COMMON_DEFAULTS[name] if top else argparse.SUPPRESS

    parser.add_argument("--db", type=parse_location, default=default("db"), metavar="FIL",
                        help="databasefil (standard: $RUNDBORD_DB eller brugerens datamappe)")
    parser.add_argument("--user", default=default("user"), metavar="NAVN", help="navn i ændringsloggen (standard: OS-brugeren)")
    parser.add_argument("--lang", choices=["da", "en"], default=default("lang"), help="sprog (standard: da)")
    parser.add_argument("--today", default=default("today"), metavar="ÅÅÅÅ-MM-DD",
                        help="lad dagens dato være denne (demonstration; standard: $RUNDBORD_TODAY eller den rigtige dato)")


def add_db_args(parser: argparse.ArgumentParser) -> None:
    """The common options on a subcommand's parser."""
    _add_common(parser, top=False)


APP_OPTIONS = frozenset({"--db", "--user", "--lang", "--today", "--citizen", "--theme"})
"""The top-level options that take a value: all a command line that starts the app holds."""


def starts_the_app(argv: Sequence[str]) -> bool:
    """Whether `argv` is only top-level options with their values (the app, no subcommand, no help): then
    the parser is built without the subcommands (their modules and parsers are ~20 ms of the app's start).
    Anything else, or anything unsure (an abbreviated option), gets the whole command line."""
    tokens = iter(argv)
    for token in tokens:
        name = token.split("=", 1)[0]
        if name not in APP_OPTIONS:
            return False
        if "=" not in token and next(tokens, None) is None:
            return False  # an option without its value: the whole parser says so
    return True


def build_parser(lang: str = "da", *, subcommands: bool = True) -> argparse.ArgumentParser:
    """The whole command line, its help and its refusals in `lang` (without `subcommands`: the top-level
    options only, for a command line that starts the app, `starts_the_app`)."""
    DanishParser.lang = lang
    parser = DanishParser(
        prog="rundbord",
        description="Rundbord: fælles plan, mål og aftaler på storskærm til borger-, myndigheds-, "
        "dagtilbuds- og pårørendemøder.",
    )
    _add_common(parser, top=True)
    parser.add_argument("--citizen", type=record_id("--citizen"), default=None, metavar="BORGER_ID", help="åbn denne borgers plan")
    parser.add_argument("--theme", choices=["light", "dark", "projector"], default=None,
                        help="farvetema: lyst, mørkt eller projektor (høj kontrast); ctrl+t skifter")
    if subcommands:
        from .commands import COMMANDS

        sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
        for module in COMMANDS:
            module.register(sub, add_db_args)
    else:
        parser.set_defaults(command=None)
    localise_parser(parser, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from .commands.common import set_cli_language

    given = sys.argv[1:] if argv is None else list(argv)
    lang = language_in(given)
    set_cli_language(lang)
    parser = build_parser(lang, subcommands=not starts_the_app(given))
    args = parser.parse_args(given)
    problem = _set_clock(args.today) or _user_problem(args.user) or _db_problem(args.db)
    if problem:
        print(f"rundbord: {problem}", file=sys.stderr)
        return 2
    handler = getattr(args, "handler", None)
    if handler is None:
        from .commands.app import run_app

        handler = run_app
    return _guarded(handler, args)


def _db_problem(db: object) -> str | None:
    """A PostgreSQL URL (--db or $RUNDBORD_DB) this Rundbord cannot open: said before any command runs."""
    from store import default_db_path
    from store.engines import url_problem
    from store.location import is_url

    location = db if db is not None else default_db_path()
    return url_problem(location) if isinstance(location, str) and is_url(location) else None


def _user_problem(user: str | None) -> str | None:
    """--user is written in the log beside every change and look, and shown on screens: not a CPR number."""
    from store.textrules import looks_like_cpr

    if user is not None and looks_like_cpr(user):
        from .commands.common import say

        return say("--user ser ud til at indeholde et CPR-nummer. Brug et navn eller brugernavn.")
    return None


def _set_clock(today: str | None) -> str | None:
    """--today, else $RUNDBORD_TODAY (read by the clock itself): a Danish sentence if unusable."""
    from store import clock

    text = today if today is not None else os.environ.get(clock.ENV_TODAY, "")
    if not text.strip():
        return None
    try:
        clock.apply_setting(text)
    except ValueError:
        source = "--today" if today is not None else f"${clock.ENV_TODAY}"
        from .commands.common import say

        return say("{source} skal være en dato som 2026-11-23 (ÅÅÅÅ-MM-DD), ikke '{text}'.", source=source,
                   text=text)
    return None


def _guarded(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; a problem becomes a Danish message and an exit code, never a traceback.

    2: the database or a file cannot be opened; 1: the store refused; 130: interrupted.
    Set RUNDBORD_DEBUG=1 to see the traceback of an unexpected error.
    """
    from store import DatabaseProblem, StoreError

    from .commands.common import fail, say

    try:
        code: int = handler(args)
        return code
    except DatabaseProblem as exc:
        return fail(exc, 2)
    except StoreError as exc:
        return fail(exc, 1)
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return fail(say("Kan ikke bruge filen{where}: {reason}.", where=where, reason=exc.strerror or exc), 2)
    except KeyboardInterrupt:
        print("rundbord: " + say("Afbrudt."), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for a person
        if os.environ.get("RUNDBORD_DEBUG"):
            raise
        return fail(say("Der skete en uventet fejl ({error}). Intet ufærdigt er gemt. Kør med RUNDBORD_DEBUG=1 "
                        "for detaljer.", error=f"{type(exc).__name__}: {exc}"), 70)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
