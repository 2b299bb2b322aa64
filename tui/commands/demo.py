"""`rundbord demo`: write the invented demo case (idempotent)."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from pathlib import Path

from store import default_db_path

from .common import fail, guarded_store, say


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("demo", help="skriv demo-sagen (opfundne data) i databasen")
    add_db_args(p)
    p.add_argument("--open", action="store_true", help="åbn appen på demo-sagen bagefter")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from store.db import write_problem
    from store.demo import write_demo

    problem = write_problem(Path(args.db or default_db_path()))
    if problem:
        return fail(say("{problem} Demo-sagen kan ikke skrives der.", problem=problem))
    store = guarded_store(args)
    if isinstance(store, int):
        return store
    with store:
        citizen_id = write_demo(store)
        print(say("Demo-sagen er klar i {path} (borger nr. {n}).", path=store.path, n=citizen_id))
    if args.open:
        from .app import run_app

        args.citizen = citizen_id
        return run_app(args)
    return 0
