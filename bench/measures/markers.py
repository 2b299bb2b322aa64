"""What proves a screen is drawn: texts it shows, worked out from the data (not from the app's output).

"First frame painted" is the same rule for every app measured: since the action
(the spawn, a key), every row of the terminal has been drawn at least once, and
every marker of the expected screen is visible, each on one line.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from .common import visible_part
from .terminal import Screen

MINIMAL_MARKERS = ("Hej",)
"""bench/minimal_app.py: the Static's text (its Header title is drawn in the same frame)."""


def frame_with(markers: Sequence[str]) -> Callable[[Screen], bool]:
    """A whole frame that shows every marker."""
    wanted = tuple(markers)
    return lambda screen: screen.complete and screen.shows(*wanted)


def citizens_markers(db: Path) -> tuple[str, ...]:
    """The citizens list: the first citizen of the list, as the list reads it."""
    from store import Store

    with Store(db, user="bench") as store:
        first = store.list_citizens("", limit=1)
    return (visible_part(first[0].name, 20),) if first else ()


def plan_markers(db: Path, citizen_id: int) -> tuple[str, ...]:
    """A citizen's plan (the plan screen and the live view): the name and the overall goal."""
    from store import Store

    with Store(db, user="bench") as store:
        view = store.plan_view(citizen_id)
    found = (visible_part(view.citizen.name, 20), visible_part(view.plan.overall_goal))
    return tuple(m for m in found if m)
