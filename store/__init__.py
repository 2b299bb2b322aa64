"""Rundbord's core: models, the SQLite store, rules and exports. No Textual here."""
from .errors import (
    ClosedMeetingError,
    DatabaseProblem,
    DiskFull,
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
    "InputError",
    "NotFound",
    "ReadOnlyDatabase",
    "Store",
    "StoreBusy",
    "StoreError",
    "default_db_path",
]
