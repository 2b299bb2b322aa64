"""One module per subcommand. Each has `register(subparsers, add_db_args)`.

`COMMANDS` imports them when first used (PEP 562): `rundbord` that starts the app with no
subcommand builds a parser without them (tui/cli.py), and their imports are not on its start.
"""
from __future__ import annotations

from types import ModuleType


def __getattr__(name: str) -> list[ModuleType]:
    if name != "COMMANDS":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import app, backup, check, copy, demo, due, export, reindex, serve, upgrade, view

    commands: list[ModuleType] = [app, demo, check, reindex, backup, copy, upgrade, due, view, serve, export]
    globals()["COMMANDS"] = commands
    return commands
