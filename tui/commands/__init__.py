"""One module per subcommand. Each has `register(subparsers, add_db_args)`."""
from __future__ import annotations

from types import ModuleType

from . import app, backup, check, copy, demo, due, export, reindex, serve, upgrade, view

COMMANDS: list[ModuleType] = [app, demo, check, reindex, backup, copy, upgrade, due, view, serve, export]
