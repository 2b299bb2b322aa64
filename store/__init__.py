"""Rundbord's core: models, the store (over an engine: engine.py, engines/), rules and exports. No Textual here."""
from .errors import (
    ClosedMeetingError,
    DatabaseProblem,
    DiskFull,
    EditConflict,
    InputError,
    NotFound,
    ReadOnlyDatabase,
    StoreBusy,
    StoreError,
)
from .store import Store, default_db_path

__all__ = [
    "ClosedMeetingError",
    "DatabaseProblem",
    "DiskFull",
    "EditConflict",
    "InputError",
    "NotFound",
    "ReadOnlyDatabase",
    "Store",
    "StoreBusy",
    "StoreError",
    "default_db_path",
]
