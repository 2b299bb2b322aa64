"""`rundbord reindex`: build the search index and the citizens list again from the data.

Needed only when rows were changed around Rundbord (the plain `sqlite3` tool, a
restored table); `rundbord check` says when. Exit codes: 0 done, 2 the file
cannot be opened.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from .common import guarded_store, say


def register(sub: Any, add_db_args: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("reindex", help="byg søgeindekset og borgerlisten op igen (når check beder om det)")
    add_db_args(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = guarded_store(args, must_exist=True)
    if isinstance(store, int):
        return store
    with store:
        citizens = store.rebuild_search_index()
    print(say("Søgeindekset og borgerlisten er bygget op igen (1 borger)." if citizens == 1
              else "Søgeindekset og borgerlisten er bygget op igen ({n} borgere).", n=citizens))
    return 0
