"""`rundbord export minutes|plan ...`: minutes (referat) and the plan as Markdown or HTML.

    rundbord export minutes MEETING_ID [--audience A] [--format md|html] [-o FILE]
    rundbord export plan CITIZEN_ID [--audience A] [--format md|html] [-o FILE]

Without -o the text goes to stdout (UTF-8, byte for byte what the store
returns). Unknown ids, a directory or an unwritable path for -o give a Danish
message and exit code 2. This module never imports Textual (fast startup).

The database is opened read-only; after the export one row is appended to the
audit chain saying who exported what, for whom, in which format, to which file
and (with --purpose) why (`Store.log_access`).

Other export kinds join the `export` group through `EXPORT_KINDS`: each entry
is a function `(export_subparsers, add_db_args) -> None` that adds one
sub-subcommand (e.g. `export log`).
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from store import NotFound, Store, default_db_path
from store.enums import Audience
from store.files import output_problem

from .common import MAX_ID, add_purpose, check_purpose_arg, emit_export, fail, guarded_store, log_export, missing_db_problem
from .export_log import add_log_parser

AddDbArgs = Callable[[argparse.ArgumentParser], None]
AUDIENCES = [a.value for a in Audience]


def _add_minutes(export_sub: Any, add_db_args: AddDbArgs) -> None:
    p = export_sub.add_parser("minutes", help="mødereferat som Markdown eller HTML")
    p.add_argument("meeting_id", type=int, metavar="MØDE_ID", help="mødets nummer")
    _common_args(p, add_db_args)
    p.set_defaults(handler=run_minutes)


def _add_plan(export_sub: Any, add_db_args: AddDbArgs) -> None:
    p = export_sub.add_parser("plan", help="borgerens plan som Markdown eller HTML")
    p.add_argument("citizen_id", type=int, metavar="BORGER_ID", help="borgerens nummer")
    _common_args(p, add_db_args)
    p.set_defaults(handler=run_plan)


EXPORT_KINDS: list[Callable[[Any, AddDbArgs], None]] = [_add_minutes, _add_plan, add_log_parser]
"""Each adds one `rundbord export <kind>` subcommand."""


def register(sub: Any, add_db_args: AddDbArgs) -> None:
    p = sub.add_parser("export", help="eksportér referat eller plan (Markdown/HTML)")
    export_sub = p.add_subparsers(dest="export_kind", metavar="HVAD", required=True)
    for add in EXPORT_KINDS:
        add(export_sub, add_db_args)


def _common_args(p: argparse.ArgumentParser, add_db_args: AddDbArgs) -> None:
    p.add_argument("--audience", choices=AUDIENCES, default=Audience.AUTHORITY.value,
                   help="hvem kopien er til (standard: authority)")
    p.add_argument("--format", choices=["md", "html"], default="md", help="filformat (standard: md)")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FIL", help="skriv til FIL (standard: skærmen)")
    add_purpose(p)
    add_db_args(p)


def _open_store(args: argparse.Namespace) -> Store | int:
    """The store for an export, or exit code 2 after a Danish message: a missing database is
    reported first, then an unusable `-o` path, before the file is opened."""
    problem = missing_db_problem(Path(args.db or default_db_path()))
    if not problem and args.output is not None:
        problem = output_problem(args.output)
    problem = problem or check_purpose_arg(args)
    if problem:
        return fail(problem, 2)
    return guarded_store(args, read_only=True)


def run_minutes(args: argparse.Namespace) -> int:
    store = _open_store(args)
    if isinstance(store, int):
        return store
    with store:
        try:
            if not 0 < args.meeting_id <= MAX_ID:
                raise NotFound("")
            meeting = store.get_meeting(args.meeting_id)
        except NotFound:
            return fail(f"Der er intet møde nr. {args.meeting_id}.", 2)
        assert meeting.id is not None
        if args.format == "html":
            text = store.minutes_html(meeting.id, args.audience)
        else:
            text = store.minutes_markdown(meeting.id, args.audience)
        code = emit_export(args, text, "Referatet")
        if code == 0:
            log_export(store, args, kind="minutes", citizen_id=None, meeting_id=meeting.id,
                       audience=args.audience, fmt=args.format)
    return code


def run_plan(args: argparse.Namespace) -> int:
    store = _open_store(args)
    if isinstance(store, int):
        return store
    with store:
        try:
            if not 0 < args.citizen_id <= MAX_ID:
                raise NotFound("")
            citizen = store.get_citizen(args.citizen_id)
        except NotFound:
            return fail(f"Der er ingen borger nr. {args.citizen_id}.", 2)
        assert citizen.id is not None
        if args.format == "html":
            text = store.plan_html(citizen.id, args.audience)
        else:
            text = store.plan_markdown(citizen.id, args.audience)
        code = emit_export(args, text, "Planen")
        if code == 0:
            log_export(store, args, kind="plan", citizen_id=citizen.id, audience=args.audience, fmt=args.format)
    return code
