"""`rundbord serve`: the live view in a browser (textual-serve), loopback by default."""
from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from store import default_db_path

from .common import fail, guarded_store
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
    """The Danish warning printed when the view is served beyond this machine."""
    if is_loopback(host):
        return None
    return (
        f"Advarsel: den fælles skærm vises på {host}, ikke kun på denne maskine. Planen indeholder "
        "følsomme personoplysninger (helbred, sociale forhold), og der er ingen adgangskontrol: "
        "alle, der kan nå adressen, kan se den. Brug kun et netværk, du stoler på, eller 127.0.0.1."
    )


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("serve", help="vis den fælles skærm i en browser (textual-serve)")
    add_db_args(p)
    p.add_argument("--host", default="127.0.0.1", help="adresse at lytte på (standard: kun denne maskine)")
    p.add_argument("--port", type=int, default=8000, help="port (standard: 8000)")
    p.add_argument("--citizen", type=int, default=argparse.SUPPRESS, help="vis altid denne borger")
    p.set_defaults(handler=run)


def view_command(db: Path, *, citizen: int | None = None, lang: str = "da") -> str:
    """The shell command textual-serve runs for each browser tab."""
    from store import clock

    argv = [sys.executable, "-m", "tui.cli", "view", "--db", str(db), "--lang", lang]
    today = clock.setting()
    if today is not None:
        argv += ["--today", today]
    if citizen is not None:
        argv += ["--citizen", str(citizen)]
    return shlex.join(argv)


def run(args: argparse.Namespace) -> int:
    path = Path(args.db or default_db_path()).resolve()
    # Open the file once here, so a missing, corrupt or newer database is reported
    # on this terminal (and the server never starts) instead of in every browser tab.
    store = guarded_store(args, must_exist=True, hint=START_FIRST)
    if isinstance(store, int):
        return store
    store.close()
    try:
        from textual_serve.server import Server
    except ImportError:
        return fail("textual-serve er ikke installeret. Installér det med: pip install 'rundbord[serve]'")
    warning = warning_for(args.host)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    command = view_command(path, citizen=args.citizen, lang=args.lang)
    Server(command, host=args.host, port=args.port, title="Rundbord").serve()
    return 0
