"""One module per subcommand. Each has `register(subparsers, add_db_args)`."""
from __future__ import annotations

from types import ModuleType

from . import app, backup, check, demo, due, export, reindex, serve, upgrade, view

COMMANDS: list[ModuleType] = [app, demo, check, reindex, backup, upgrade, due, view, serve, export]
