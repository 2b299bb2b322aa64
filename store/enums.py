"""Closed vocabularies of the domain (code values are stable English names).

Plan types and meeting kinds are *not* enums: they are data (see catalog.py).
"""
from __future__ import annotations

from enum import StrEnum


class Area(StrEnum):
    EMPLOYMENT = "employment"
    HEALTH = "health"
    EDUCATION = "education"
    SOCIAL = "social"


class GoalLevel(StrEnum):
    """How concrete the overall goal is (DOMAIN.md: job > education > trade > function > purpose)."""

    JOB = "job"
    EDUCATION = "education"
    TRADE = "trade"
    JOB_FUNCTION = "job_function"
    PURPOSE = "purpose"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    PAUSED = "paused"
    DROPPED = "dropped"


class Role(StrEnum):
    CITIZEN = "citizen"
    AUTHORITY = "authority"
    DAY_SERVICE = "day_service"
    RELATIVE = "relative"
    CONTACT = "contact"
    MENTOR = "mentor"
    REHAB_TEAM = "rehab_team"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"


class AgreementStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Decision(StrEnum):
    """One entry in an agreement's decision history (national codes: fortsættes/ændres/afsluttes)."""

    CREATED = "created"
    DONE = "done"
    CONTINUED = "continued"
    CHANGED = "changed"
    CANCELLED = "cancelled"
    REOPENED = "reopened"


class Audience(StrEnum):
    """Who a copy of the minutes is written for."""

    CITIZEN = "citizen"
    AUTHORITY = "authority"
    DAY_SERVICE = "day_service"
    RELATIVE = "relative"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    ACCESS = "access"
    """Someone looked: a plan opened, a live view or served view shown, an export made."""
    KEY = "key"
    """The audit chain is keyed from this row on (an older file upgraded)."""


class Sharing(StrEnum):
    """How far a note (or an agenda item's notes) may travel."""

    PRIVATE = "private"
    """Only the authority's and the citizen's copies; a placeholder on the shared screen."""
    INTERNAL = "internal"
    """Everyone working with the plan (authority, citizen, day service); not relatives."""
    SHARED = "shared"
    """Also relatives, with the citizen's consent in force."""


class ConsentCapacity(StrEnum):
    """In what capacity a person gave consent."""

    CITIZEN = "citizen"
    """The citizen themself."""
    GUARDIAN = "guardian"
    """A guardian (værge) appointed to decide on the citizen's behalf."""
    PROXY = "proxy"
    """A holder of a power of attorney (fremtidsfuldmagt)."""
