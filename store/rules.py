"""Pure rules over records: no database, no clock unless given one."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from .enums import AgreementStatus, Role

if TYPE_CHECKING:  # records in (models, or plain rows: row_types.py)
    from .models import Agreement, Participant, ScaleReading


def is_overdue(agreement: Agreement, today: date) -> bool:
    """An open agreement whose due date has passed (the due day itself is not overdue)."""
    return (
        agreement.status is AgreementStatus.OPEN
        and agreement.due_date is not None
        and agreement.due_date < today
    )


def headline_reading(
    readings: Sequence[ScaleReading], participants: Iterable[Participant] = ()
) -> ScaleReading | None:
    """The reading shown as a goal's value: the newest agreed or citizen's score.

    Agreed (no participant) and the citizen's own scores come first; other
    people's scores are the spread beside it. Falls back to the newest of any.
    """
    if not readings:
        return None
    citizen_ids = {p.id for p in participants if p.role is Role.CITIZEN}
    ordered = sorted(readings, key=lambda r: (r.date, r.id or 0))
    own = [r for r in ordered if r.participant_id is None or r.participant_id in citizen_ids]
    return (own or ordered)[-1]


def spread(readings: Sequence[ScaleReading]) -> tuple[int, int] | None:
    """Lowest and highest score among readings taken at the same time."""
    if not readings:
        return None
    scores = [r.score for r in readings]
    return min(scores), max(scores)


RECENT_FINISHED = 5
"""Finished (done or dropped) agreements a board shows beside the open ones."""


def board_agreements(agreements: list[Agreement], show_all: bool) -> tuple[list[tuple[int, Agreement]], int]:
    """(number, agreement) for the board, in the plan's order, and how many finished ones are hidden.

    The number is the agreement's place among all of the plan's agreements, so
    it stays the same whether or not older finished agreements are hidden.
    """
    numbered = list(enumerate(agreements, start=1))
    if show_all:
        return numbered, 0
    finished = [(n, a) for n, a in numbered if a.status is not AgreementStatus.OPEN]
    if len(finished) <= RECENT_FINISHED:
        return numbered, 0
    latest = sorted(finished, key=lambda na: (na[1].done_at or na[1].due_date or date.min, na[1].id or 0))
    keep = {n for n, _ in latest[-RECENT_FINISHED:]}
    shown = [(n, a) for n, a in numbered if a.status is AgreementStatus.OPEN or n in keep]
    return shown, len(numbered) - len(shown)


def previous_scores(readings: Iterable[ScaleReading]) -> dict[int, int]:
    """For each reading (by id), the score the same person gave the same goal just before it.

    A reading without an earlier one by that person is absent. "Before" is the
    order of date, then id, as everywhere else.
    """
    last: dict[tuple[int, int | None], int] = {}
    out: dict[int, int] = {}
    for r in sorted(readings, key=lambda r: (r.date, r.id or 0)):
        key = (r.goal_id, r.participant_id)
        if key in last and r.id is not None:
            out[r.id] = last[key]
        last[key] = r.score
    return out
