"""Telling the shared screen what the facilitator shows: the one place it is written from a screen.

The live view follows the facilitator through `Store.set_focus`. Following is
a convenience: if the file cannot take the write just now (busy beyond its
timeout, read-only, disk full) the facilitator's screen goes on as before and
the projector catches up with the next move.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from store.errors import StoreError

if TYPE_CHECKING:
    from store import Store


def publish_focus(store: Store, **fields: Any) -> bool:
    """`store.set_focus(**fields)`; False (and nothing else happens) if the store refused."""
    try:
        store.set_focus(**fields)
    except StoreError:
        return False
    return True
