"""The closed vocabularies by enum member, in Danish (for exports and store messages) or English.

Every word comes from `store/vocabulary.py`, the one vocabulary the screens
read too; these tables only key it by enum member.
"""
from __future__ import annotations

from enum import Enum
from typing import TypeVar

from .enums import (
    AgreementStatus,
    Area,
    Audience,
    ConsentCapacity,
    Decision,
    GoalLevel,
    GoalStatus,
    MeetingStatus,
    Role,
)
from .vocabulary import word

E = TypeVar("E", bound=Enum)


def label_table(prefix: str, members: type[E], lang: str = "da") -> dict[E, str]:
    """The vocabulary's words under `prefix`, keyed by the enum members of `members`."""
    return {m: word(f"{prefix}.{m.value}", lang) for m in members}


def months(lang: str = "da") -> tuple[str, ...]:
    return tuple(word(f"month.{n}", lang) for n in range(1, 13))


AREA_DA = label_table("area", Area)
GOAL_LEVEL_DA = label_table("level", GoalLevel)
GOAL_STATUS_DA = label_table("goal_status", GoalStatus)
ROLE_DA = label_table("role", Role)
MEETING_STATUS_DA = label_table("meeting_status", MeetingStatus)
AGREEMENT_STATUS_DA = label_table("agreement_status", AgreementStatus)
DECISION_DA = label_table("decision", Decision)
AUDIENCE_DA = label_table("audience", Audience)
CAPACITY_DA = label_table("capacity", ConsentCapacity)
MONTHS_DA = months("da")
