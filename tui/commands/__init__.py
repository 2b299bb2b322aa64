"""One module per subcommand. Each has `register(subparsers, add_db_args)`."""
from __future__ import annotations

from types import ModuleType

from . import app, demo

COMMANDS: list[ModuleType] = [app, demo]
