"""The one vocabulary: the words for statuses, roles, areas, goal levels, agenda parts and months.

Screens (through `screens.i18n.t`) and exports (through `store.labels`) read
these same entries, so a paused goal is called the same on the screen, in the
minutes and in the plan copy. Each entry carries Danish and English; the
terms and their English counterparts are fixed in docs/terminology.md.
Plain Python: the store's exports read it without Textual.
"""
from __future__ import annotations

LANGUAGES = ("da", "en")

WORDS: dict[str, tuple[str, str]] = {
    # Areas (områder) of a sub-goal.
    "area.employment": ("Beskæftigelse", "Employment"),
    "area.health": ("Sundhed", "Health"),
    "area.education": ("Uddannelse", "Education"),
    "area.social": ("Socialt", "Social"),
    # Roles of the people around the plan.
    "role.citizen": ("Borger", "Citizen"),
    "role.authority": ("Myndighed", "Authority"),
    "role.day_service": ("Dagtilbud", "Day service"),
    "role.relative": ("Pårørende", "Relative"),
    "role.contact": ("Kontaktperson", "Contact person"),
    "role.mentor": ("Mentor", "Mentor"),
    "role.rehab_team": ("Rehabiliteringsteam", "Rehabilitation team"),
    # The level the overall goal is at.
    "level.job": ("Konkret job", "Specific job"),
    "level.education": ("Konkret uddannelse", "Specific education"),
    "level.trade": ("Branche", "Trade"),
    "level.job_function": ("Jobfunktion", "Job function"),
    "level.purpose": ("Formål med indsatsen", "Purpose of the support"),
    # A sub-goal's status.
    "goal_status.active": ("I gang", "Active"),
    "goal_status.achieved": ("Nået", "Achieved"),
    "goal_status.paused": ("Sat på pause", "Paused"),
    "goal_status.dropped": ("Opgivet", "Dropped"),
    # An agreement's status, and the decision taken on it at a follow-up.
    "agreement_status.open": ("Åben", "Open"),
    "agreement_status.done": ("Udført", "Done"),
    "agreement_status.cancelled": ("Udgået", "Withdrawn"),
    "agreement.overdue": ("Overskredet", "Overdue"),
    "decision.created": ("Oprettet", "Created"),
    "decision.done": ("Udført", "Done"),
    "decision.continued": ("Fortsættes", "Continued"),
    "decision.changed": ("Ændret", "Changed"),
    "decision.cancelled": ("Udgår", "Withdrawn"),
    "decision.reopened": ("Genåbnet", "Reopened"),
    "carried.one": ("videreført 1 gang", "carried over once"),
    "carried.many": ("videreført {n} gange", "carried over {n} times"),
    # A meeting's status.
    "meeting_status.planned": ("Planlagt", "Planned"),
    "meeting_status.open": ("I gang", "In progress"),
    "meeting_status.closed": ("Afsluttet", "Closed"),
    # Who a copy of the minutes or the plan is for.
    "audience.citizen": ("Borger", "Citizen"),
    "audience.authority": ("Myndighed", "Authority"),
    "audience.day_service": ("Dagtilbud", "Day service"),
    "audience.relative": ("Pårørende", "Relative"),
    # Who may see a note or an item.
    "sharing.private": ("Privat", "Private"),
    "sharing.internal": ("Intern", "Internal"),
    "sharing.shared": ("Delt", "Shared"),
    # Who gave consent.
    "capacity.citizen": ("borgeren selv", "the citizen"),
    "capacity.guardian": ("værge", "guardian"),
    "capacity.proxy": ("fremtidsfuldmægtig", "lasting power of attorney"),
    # The agenda parts (meeting_kinds.json `part`).
    "part.free": ("Fri samtale", "Open talk"),
    "part.review": ("Opfølgning på aftaler", "Follow-up on agreements"),
    "part.scaling": ("Skalering", "Scaling"),
    "part.agreements": ("Nye aftaler", "New agreements"),
    "part.next": ("Næste møde", "Next meeting"),
    "part.order": ("Bestilling", "Order"),
    "part.checklist": ("Lovens krav", "Legal requirements"),
    "part.smtte": ("SMTTE", "SMTTE"),
    "part.observations": ("Tegn og observationer", "Signs and observations"),
    "part.pdsa": ("PDSA-forsøg", "PDSA trials"),
    "part.sharing": ("Deling med pårørende", "Sharing with relatives"),
    "part.support": ("Pårørendes støtte", "Relatives' support"),
    # The SMART letters' names (the plan copy's SMART line).
    "smart.S": ("Specifikt", "Specific"),
    "smart.M": ("Målbart", "Measurable"),
    "smart.A": ("Accepteret", "Accepted"),
    "smart.R": ("Realistisk", "Realistic"),
    "smart.T": ("Tidsbestemt", "Timed"),
    # Months, for the long date form ("5. november 2026").
    "month.1": ("januar", "January"),
    "month.2": ("februar", "February"),
    "month.3": ("marts", "March"),
    "month.4": ("april", "April"),
    "month.5": ("maj", "May"),
    "month.6": ("juni", "June"),
    "month.7": ("juli", "July"),
    "month.8": ("august", "August"),
    "month.9": ("september", "September"),
    "month.10": ("oktober", "October"),
    "month.11": ("november", "November"),
    "month.12": ("december", "December"),
}
"""key -> (Danish, English)."""

DA: dict[str, str] = {key: pair[0] for key, pair in WORDS.items()}
EN: dict[str, str] = {key: pair[1] for key, pair in WORDS.items()}


def word(key: str, lang: str = "da") -> str:
    """The word for `key` in `lang` ("da" or "en")."""
    return WORDS[key][LANGUAGES.index(lang)]


def words_for(prefix: str, lang: str = "da") -> dict[str, str]:
    """Every entry under `prefix` ("role", "area" ...) by its code, in `lang`."""
    start = prefix + "."
    return {key[len(start):]: word(key, lang) for key in WORDS if key.startswith(start)}


def carried_over(n: int, lang: str = "da") -> str:
    """How often an open agreement came back to a meeting: "videreført 1 gang", "videreført 3 gange"."""
    return word("carried.one", lang) if n == 1 else word("carried.many", lang).format(n=n)
