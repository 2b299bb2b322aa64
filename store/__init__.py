"""Rundbord's core: models, the store (over an engine: engine.py, engines/), rules and exports. No Textual here.

The names below are loaded when first used (PEP 562 module `__getattr__`):
`import store.clock` or `store.textrules` does not load the models, pydantic
and every use case, which the command line's date and argument checks, and
anything else that needs one small module, do not need.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .location import default_db_path
    from .store import Store

_WHERE = {
    "ClosedMeetingError": "errors",
    "DatabaseProblem": "errors",
    "DiskFull": "errors",
    "EditConflict": "errors",
    "InputError": "errors",
    "NotFound": "errors",
    "ReadOnlyDatabase": "errors",
    "StoreBusy": "errors",
    "StoreError": "errors",
    "Store": "store",
    "default_db_path": "location",
}
"""Each public name and the submodule that holds it."""

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'store' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # found once; later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
