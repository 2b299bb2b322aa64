"""`rundbord export log CITIZEN_ID [-o FILE]`: the citizen's own extract of the audit log.

GDPR art. 15: what was done with the citizen's data, when, and by whom, as
Markdown. `add_log_parser` adds `log` to the `export` group (export.py's
`EXPORT_KINDS`).
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from store import NotFound

from .common import add_purpose, check_purpose_arg, emit_export, fail, guarded_store, log_export, say


def add_log_parser(export_sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None], name: str = "log") -> None:
    p = export_sub.add_parser(name, help="borgerens udtræk af ændringsloggen (GDPR art. 15) som Markdown")
    p.add_argument("citizen_id", type=int, metavar="BORGER_ID", help="borgerens nummer")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FIL", help="skriv til FIL (standard: skærmen)")
    add_purpose(p)
    add_db_args(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not 0 < args.citizen_id < 2**63:
        return fail(say("Der er ingen borger nr. {n}.", n=args.citizen_id), 1)
    problem = check_purpose_arg(args)
    if problem:
        return fail(problem, 2)
    store = guarded_store(args, must_exist=True, read_only=True)
    if isinstance(store, int):
        return store
    with store:
        try:
            store.get_citizen(args.citizen_id)
        except NotFound:
            if not store.citizen_log(args.citizen_id):
                return fail(say("Der er ingen borger nr. {n}.", n=args.citizen_id), 1)
        text = store.citizen_log_markdown(args.citizen_id, getattr(args, "lang", "da") or "da")
        code = emit_export(args, text, "Udtrækket")
        if code == 0:
            log_export(store, args, kind="log", citizen_id=args.citizen_id)
    return code
