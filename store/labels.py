"""Danish labels for the closed vocabularies, used by exports and messages.

The UI catalogue (screens/strings.py) has its own copy per language; the store
needs Danish for minutes and validation messages without importing screens.
"""
from __future__ import annotations

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
    Sharing,
)

AREA_DA: dict[Area, str] = {
    Area.EMPLOYMENT: "Beskæftigelse",
    Area.HEALTH: "Sundhed",
    Area.EDUCATION: "Uddannelse",
    Area.SOCIAL: "Socialt",
}

GOAL_LEVEL_DA: dict[GoalLevel, str] = {
    GoalLevel.JOB: "Konkret job",
    GoalLevel.EDUCATION: "Konkret uddannelse",
    GoalLevel.TRADE: "Branche",
    GoalLevel.JOB_FUNCTION: "Jobfunktion",
    GoalLevel.PURPOSE: "Formål med indsatsen",
}

GOAL_STATUS_DA: dict[GoalStatus, str] = {
    GoalStatus.ACTIVE: "I gang",
    GoalStatus.ACHIEVED: "Nået",
    GoalStatus.PAUSED: "Sat på pause",
    GoalStatus.DROPPED: "Opgivet",
}

ROLE_DA: dict[Role, str] = {
    Role.CITIZEN: "Borger",
    Role.AUTHORITY: "Myndighed",
    Role.DAY_SERVICE: "Dagtilbud",
    Role.RELATIVE: "Pårørende",
    Role.CONTACT: "Kontaktperson",
    Role.MENTOR: "Mentor",
    Role.REHAB_TEAM: "Rehabiliteringsteam",
}

MEETING_STATUS_DA: dict[MeetingStatus, str] = {
    MeetingStatus.PLANNED: "Planlagt",
    MeetingStatus.OPEN: "I gang",
    MeetingStatus.CLOSED: "Afsluttet",
}

AGREEMENT_STATUS_DA: dict[AgreementStatus, str] = {
    AgreementStatus.OPEN: "Åben",
    AgreementStatus.DONE: "Udført",
    AgreementStatus.CANCELLED: "Droppet",
}

DECISION_DA: dict[Decision, str] = {
    Decision.CREATED: "Oprettet",
    Decision.DONE: "Udført",
    Decision.CONTINUED: "Fortsættes",
    Decision.CHANGED: "Ændret",
    Decision.CANCELLED: "Droppet",
    Decision.REOPENED: "Genåbnet",
}

AUDIENCE_DA: dict[Audience, str] = {
    Audience.CITIZEN: "Borger",
    Audience.AUTHORITY: "Myndighed",
    Audience.DAY_SERVICE: "Dagtilbud",
    Audience.RELATIVE: "Pårørende",
}

MONTHS_DA = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)

SHARING_DA: dict[Sharing, str] = {
    Sharing.PRIVATE: "Privat",
    Sharing.INTERNAL: "Intern",
    Sharing.SHARED: "Delt med pårørende",
}

CAPACITY_DA: dict[ConsentCapacity, str] = {
    ConsentCapacity.CITIZEN: "borgeren selv",
    ConsentCapacity.GUARDIAN: "værge",
    ConsentCapacity.PROXY: "fremtidsfuldmægtig",
}
