"""`rundbord view`: the live view for the projector (read-only, follows the facilitator)."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .common import guarded_store, record_id

START_FIRST = "Start facilitatorens app eller 'rundbord demo' først."


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("view", help="den fælles skærm til projektoren (kun visning, følger facilitatoren)")
    add_db_args(p)
    p.add_argument("--citizen", type=record_id("--citizen"), default=argparse.SUPPRESS, help="vis altid denne borger i stedet for at følge facilitatoren")
    p.add_argument("--status-file", type=Path, default=None,
                   help="skriv en lille JSON-status efter hver opdatering (til test og overvågning)")
    p.add_argument("--via", choices=["view", "serve"], default="view", help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def end_with_parent() -> None:
    """Ask Linux to send this process SIGTERM when the process that started it (rundbord serve) dies, even
    by SIGKILL: a served view never outlives its server with the plan open (the view ends as after ctrl+q,
    so the end of the session is logged). Elsewhere nothing happens."""
    import ctypes
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
        return


def run(args: argparse.Namespace) -> int:
    store = guarded_store(args, must_exist=True, hint=START_FIRST, read_only=True)
    if isinstance(store, int):
        return store
    from store.access import Channel
    from tui.view_app import build_view_app

    if args.via == "serve":
        end_with_parent()
    with store:
        app = build_view_app(store, citizen_id=args.citizen, lang=args.lang, status_file=args.status_file,
                             channel=Channel(args.via))
        app.run()
    return 0
