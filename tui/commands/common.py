"""Shared by the subcommands: open the store, report problems in the command line's language.

`--lang en` makes the command line's own messages English (`say`, the
catalogue `cli_words.MESSAGES_EN`) and the store's errors too (`fail` with the
exception: `store.messages.said`); Danish is the default.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from store.errors import DatabaseProblem
from store.location import default_db_path
from store.messages import Message

if TYPE_CHECKING:  # the store (pydantic, the models, every use case) loads when a command opens it
    from store import Store

_lang = "da"


def set_cli_language(lang: str) -> None:
    """The language of the command's messages (set once from --lang, before the command runs)."""
    global _lang
    _lang = "en" if lang == "en" else "da"


def cli_language() -> str:
    return _lang


def say(da: str, **values: object) -> str:
    """The command line's message `da` (Danish, `{name}` filled in from `values`) in --lang's language."""
    from ..cli_words import MESSAGES_EN

    from store.messages import Message, said

    text = MESSAGES_EN.get(da, da) if _lang == "en" else da
    shown = {k: said(v, _lang) if isinstance(v, Message) else v for k, v in values.items()}
    return text.format(**shown) if shown else text


def open_store(args: argparse.Namespace, *, read_only: bool = False, allow_older: bool = False) -> Store:
    """The store at --db (or the default), with warnings printed to stderr."""
    from store import Store

    path = args.db or default_db_path()
    store = Store(path, user=getattr(args, "user", None), read_only=read_only, allow_older=allow_older)
    for warning in store.warnings_in(_lang):
        print(warning, file=sys.stderr)
    return store


MAX_ID = 2**63 - 1
"""The largest id SQLite can hold."""


def int_between(name: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`, else a Danish refusal (exit code 2)."""

    def parse(text: str) -> int:
        from store.textrules import screen_text

        shown = screen_text(text)  # echoed on a terminal: a CPR number typed by mistake is masked
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(say("skal være et helt tal, ikke '{text}'.", text=shown)) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(say("skal være et helt tal fra {low} til {high}, ikke '{text}'.",
                                                 low=low, high=high, text=shown))
        return value

    parse.__name__ = name
    return parse


def record_id(name: str) -> Callable[[str], int]:
    """An argparse type for a record's number (1 and up)."""
    return int_between(name, 1, MAX_ID)


def fail(message: str | BaseException | Message, code: int = 2) -> int:
    """Say what went wrong on stderr (control characters as pictures, CPR-like numbers masked); a store
    error in --lang's language."""
    from store.messages import said
    from store.textrules import screen_text

    text = message if isinstance(message, str) else said(message, _lang)
    print(f"rundbord: {screen_text(text)}", file=sys.stderr)
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
    print(say("{what} er gemt i {path}.", what=what, path=args.output.resolve()), file=sys.stderr)
    return 0


def missing_db_problem(location: Path | str, hint: str = "") -> str | None:
    """The store's reason, in --lang's language, when `location` is not an existing file (commands that
    must not create one); a missing file gets `hint` after it."""
    from store.location import missing_file
    from store.messages import said

    problem = missing_file(location)
    if problem is None:
        return None
    text = said(problem, _lang)
    return text + " " + hint if hint and problem.key == "db.missing" else text


def guarded_store(
    args: argparse.Namespace, *, must_exist: bool = False, hint: str = "", read_only: bool = False,
    allow_older: bool = False,
) -> Store | int:
    """`open_store`, or an exit code (2) after a clear message.

    With `must_exist` a missing file is reported instead of created (every
    command but the app and `demo`, which start a new database on purpose).
    `read_only` opens it with SQLite's mode=ro: commands that only read
    (check, export, view, serve, due, backup) never create, upgrade or change it.
    """
    if must_exist or read_only:
        problem = missing_db_problem(args.db or default_db_path(), hint)
        if problem:
            return fail(problem)
    try:
        return open_store(args, read_only=read_only, allow_older=allow_older)
    except DatabaseProblem as exc:
        return fail(exc)


def log_export(store: Store, args: argparse.Namespace, *, kind: str, citizen_id: int | None,
               meeting_id: int | None = None, audience: str = "", fmt: str = "md") -> None:
    """Log the export that was just made (who looked); a file that cannot be written gets a warning."""
    from store import StoreError
    from store.access import AccessEvent, Channel

    output = getattr(args, "output", None)
    try:
        store.log_access(
            AccessEvent.EXPORT, citizen_id, channel=Channel.CLI, kind=kind, meeting_id=meeting_id,
            audience=audience, format=fmt, destination=str(output.resolve()) if output is not None else "-",
            purpose=getattr(args, "purpose", None),
        )
    except StoreError as exc:
        print("rundbord: " + say("Advarsel: eksporten kunne ikke skrives i loggen over, hvem der har set "
                                 "oplysningerne: {reason}", reason=exc.text(_lang)), file=sys.stderr)


def add_purpose(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--purpose", "--formaal", default=None, metavar="TEKST",
                        help="hvorfor der eksporteres (skrives i loggen over, hvem der har set oplysningerne)")


def check_purpose_arg(args: argparse.Namespace) -> str | None:
    """A Danish problem with --purpose (too long, a CPR number), or None."""
    from store import InputError
    from store.access import check_purpose

    try:
        check_purpose(getattr(args, "purpose", None))
    except InputError as exc:
        return f"--purpose: {exc.text(_lang)}"
    return None


def app_store(args: argparse.Namespace) -> Store | int:
    """The store for the app: read-only when the file (or its folder) cannot be written, so the
    app shows what it can with a banner instead of failing at the first save."""
    from store.db import write_problem

    from store.location import is_url

    location = args.db or default_db_path()
    read_only = not is_url(location) and Path(location).is_file() and write_problem(Path(location)) is not None
    return guarded_store(args, read_only=read_only)
