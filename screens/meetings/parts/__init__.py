"""The meeting parts, one module each, registered by the name an agenda item gives (`part`).

See base.py for how to add a part or an action to one.
"""
from __future__ import annotations

from . import agreements, checklist, free, next_meeting, observations, order, pdsa, review, scaling, sharing, smtte
from .base import PARTS, Part, PartHost, PartKey, Row, part_class, register

_ORDER = ("free", "review", "scaling", "agreements", "next", "order", "checklist", "smtte", "observations", "pdsa",
          "sharing", "support")


def part_names() -> tuple[str, ...]:
    """Every part's name (offered for a new agenda item): the meeting's usual order, then any added later."""
    return tuple(sorted(PARTS, key=lambda n: (_ORDER.index(n) if n in _ORDER else len(_ORDER), n)))

__all__ = [
    "PARTS",
    "Part",
    "PartHost",
    "PartKey",
    "Row",
    "agreements",
    "checklist",
    "free",
    "next_meeting",
    "observations",
    "order",
    "part_class",
    "part_names",
    "pdsa",
    "register",
    "review",
    "scaling",
    "sharing",
    "smtte",
]
