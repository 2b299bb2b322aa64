"""`rundbord serve`: the live view in a browser (textual-serve), loopback by default.

The address printed at start carries a random key (`tui/served.py`): without it the
page and the websocket answer 403, and a websocket from another site's page is
refused. Each browser tab runs `rundbord view --via serve` on the file, read-only;
it logs when it starts and stops showing a citizen.
"""
from __future__ import annotations

import argparse
import os
import ipaddress
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from store import default_db_path

from .common import fail, guarded_store, int_between, record_id, say
from .view import START_FIRST

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def warning_for(host: str) -> str | None:
    """The warning printed (in --lang's language) when the view is served beyond this machine."""
    if is_loopback(host):
        return None
    return say(
        "Advarsel: den fælles skærm vises på {host}, ikke kun på denne maskine. Planen indeholder "
        "følsomme personoplysninger (helbred, sociale forhold). Kun den, der har adressen med nøglen, "
        "kan se den, men forbindelsen er ikke krypteret (http): alle på netværket kan læse med. "
        "Brug kun et netværk, du stoler på, eller 127.0.0.1.", host=host)


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("serve", help="vis den fælles skærm i en browser (textual-serve)")
    add_db_args(p)
    p.add_argument("--host", default="127.0.0.1", help="adresse at lytte på (standard: kun denne maskine)")
    p.add_argument("--port", type=int_between("--port", 1, 65535), default=8000, help="port (standard: 8000)")
    p.add_argument("--citizen", type=record_id("--citizen"), default=argparse.SUPPRESS, help="vis altid denne borger")
    p.set_defaults(handler=run)


def view_command(db: Path | None, *, citizen: int | None = None, lang: str = "da", user: str | None = None) -> str:
    """The shell command textual-serve runs for each browser tab.

    `exec`: the shell becomes the view, so when textual-serve ends a tab (or stops) its signal reaches the
    view itself, which logs the end of the session and exits, instead of a shell dying and leaving the view
    running with the plan open.
    """
    from store import clock

    argv = [sys.executable, "-m", "tui.cli", "view", *(["--db", str(db)] if db is not None else []),
            "--lang", lang, "--via", "serve"]
    if user:
        argv += ["--user", user]
    today = clock.setting()
    if today is not None:
        argv += ["--today", today]
    if citizen is not None:
        argv += ["--citizen", str(citizen)]
    return "exec " + shlex.join(argv)


def run(args: argparse.Namespace) -> int:
    from store.location import is_url

    location = args.db or default_db_path()
    path = None if is_url(location) else Path(location).resolve()
    # Open the file once here, so a missing, corrupt or newer database is reported
    # on this terminal (and the server never starts) instead of in every browser tab.
    store = guarded_store(args, must_exist=True, hint=START_FIRST, read_only=True)
    if isinstance(store, int):
        return store
    user = store.user
    store.close()
    try:
        from tui.served import GuardedServer, new_token
    except ImportError:
        return fail(say("textual-serve er ikke installeret. Installér det med: pip install 'rundbord[serve]'"))
    warning = warning_for(args.host)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    if is_url(location):
        # The URL may hold a password: each tab's view reads it from the environment, never from its
        # command line (which `ps` shows to every user of the machine).
        os.environ["RUNDBORD_DB"] = str(location)
        command = view_command(None, citizen=args.citizen, lang=args.lang, user=user)
    else:
        command = view_command(path, citizen=args.citizen, lang=args.lang, user=user)
    GuardedServer(command, host=args.host, port=args.port, token=new_token(), title="Rundbord").serve()
    return 0
