"""Rundbord's core: models, the SQLite store, rules and exports. No Textual here."""
from .errors import ClosedMeetingError, DatabaseProblem, InputError, NotFound, StoreBusy, StoreError
from .store import Store, default_db_path

__all__ = [
    "ClosedMeetingError",
    "DatabaseProblem",
    "InputError",
    "NotFound",
    "Store",
    "StoreBusy",
    "StoreError",
    "default_db_path",
]
