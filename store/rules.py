"""Pure rules over records: no database, no clock unless given one."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from .enums import AgreementStatus, Role
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
