"""The words of each copy: formal for the authority, the day service and relatives; plain for the citizen.

The citizen's copies are written to the citizen ("du") throughout, not the
formal text with the name replaced.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..enums import GoalLevel

AGREEMENT_HEADER = ("Hvem", "Hvad", "Hvornår", "Status")
"""The agreements table's columns in every copy."""
PRIVATE_MARK = " *(privat)*"


@dataclass(frozen=True)
class Words:
    """Headings and phrases of one copy of the minutes."""

    participants: str = "Deltagere"
    agenda: str = "Dagsorden"
    items: str = "Referat af punkterne"
    notes: str = "Noter fra mødet"
    readings: str = "Skalering"
    readings_goal: str = "Delmål"
    readings_score: str = "Score"
    readings_change: str = "Ændring siden sidst"
    agreements: str = "Aftaler"
    new: str = "Nye aftaler"
    carried: str = "Videreførte aftaler"
    done: str = "Udførte aftaler"
    cancelled: str = "Droppede aftaler"
    evaluated: str = "Evaluering af delmål"
    next: str = "Næste møde"
    none: str = "Ingen."
    no_item_notes: str = "Der er ikke skrevet referat til de enkelte punkter."
    scale_note: str = "Skala 1-10: 1 er længst fra målet, 10 er målet nået."
    no_evaluation: str = "Ingen delmål blev evalueret på mødet."
    decision: str = "Beslutning"
    agreed_value: str = "Fælles vurdering"
    first_reading: str = "Første måling"
    talk: str = "Samtalen om skalaen"
    ten: str = "Hvad er 10"
    scores: str = "Tallene"
    works: str = "Det, der virker"
    worse: str = "Hvis det gik dårligere"
    next_step: str = "Ét skridt videre"
    target: str = "mål: {n}"
    evaluated_by: str = "Vurderet af {who}, {date}."
    noted_by: str = "Noteret af {who}, {date}."
    you: str = ""
    """How the citizen is named in their own copy ("" : by name)."""


FORMAL = Words()
PLAIN = Words(
    participants="Hvem var med",
    agenda="Det talte vi om",
    items="Det blev sagt og besluttet",
    notes="Det skrev vi ned",
    readings="Hvor er du på vej mod dine mål?",
    readings_goal="Dit mål",
    readings_score="Tal",
    readings_change="Siden sidst",
    agreements="Det aftalte vi",
    new="Det aftalte vi i dag",
    carried="Aftaler fra sidst, der fortsætter",
    done="Det er klaret",
    cancelled="Det er droppet, og hvorfor",
    evaluated="Sådan gik det med dine mål",
    next="Næste gang vi ses",
    none="Ingen.",
    no_item_notes="Vi skrev ikke noget ned til de enkelte punkter.",
    scale_note="1 er længst fra målet, 10 er målet nået.",
    no_evaluation="Vi gjorde ikke status på et mål denne gang.",
    decision="Det blev besluttet",
    agreed_value="Det blev vi enige om",
    first_reading="Første gang",
    talk="Sådan talte vi om dine tal",
    ten="Sådan ser 10 ud for dig",
    scores="Dine tal",
    works="Det, der hjælper dig",
    worse="Hvis det gik dårligere",
    next_step="Det næste skridt",
    target="dit næste tal: {n}",
    evaluated_by="Skrevet af {who}, {date}.",
    noted_by="Skrevet ned af {who}, {date}.",
    you="dig",
)


@dataclass(frozen=True)
class PlanWords:
    """Headings and phrases of one copy of the plan."""

    to: str = "Til"
    plan_type: str = "Plantype"
    period: str = "Periode"
    written: str = "Dato"
    consent: str = "Delt med samtykke"
    level: str = "Niveau: {level}"
    missing: str = "mangler"
    values: str = "Værdier og styrker"
    values_line: str = "Værdier"
    strengths_line: str = "Styrker"
    not_written: str = "ikke skrevet"
    mentor: str = "Mentor"
    mentor_yes: str = "Behov for mentor. Rolle og opgaver: {role}"
    mentor_no: str = "Intet behov for mentor."
    status: str = "Status"
    rationale: str = "Begrundelse"
    goal_period: str = "Periode"
    smart: str = "SMART"
    activity: str = "Aktivitet"
    who: str = "hvem"
    where: str = "hvor"
    aim: str = "kortsigtet mål"
    evaluation: str = "Vurdering {date}"
    pdsa: str = "Afprøvning (PDSA) {date}"
    pdsa_parts: tuple[str, str, str, str] = ("Plan", "Udfør", "Studér", "Handl")
    no_goals: str = "Ingen delmål."
    agreements: str = "Aftaler"
    none: str = "Ingen."
    progression: str = "Progression"
    anchor: str = "Skalaen: {anchor}"
    no_readings: str = "Ingen målinger endnu."
    readings_header: tuple[str, str, str, str] = ("Dato", "Hvem", "Score", "Ændring")
    talk: str = "Skaleringssamtale {date}"
    notes: str = "Noter"
    follow_up_next: str = "Næste møde: {when}."
    smtte_rows: tuple[str, str, str, str, str, str] = (
        "Sammenhæng", "Mål", "Tegn", "Tiltag", "Evaluering", "Næste SMTTE")
    smtte_not_set: str = "ikke fastsat"
    smtte_rounds: str = "Evalueringer:"
    signs: str = "Tegn observeret:"
    no_signs: str = "Ingen tegn noteret endnu."
    order_goals: str = "Bestillingens mål:"
    served_by: str = "planens mål: {goals}"
    no_order_goals: str = "Ingen mål i bestillingen endnu."
    made_with_yes: str = "Ja."
    made_with_no: str = "**mangler**"
    stabilising_none: str = "Ingen delmål i sundhed eller socialt."
    ticked: str = "Afkrydset af {who} {date}."
    not_ticked: str = "**mangler**: ikke krydset af endnu."
    required: str = "Planens krav: {name}"
    area_goal: str = "{area}"


FORMAL_PLAN = PlanWords()
PLAIN_PLAN = PlanWords(
    to="Til",
    plan_type="Din plan er et",
    period="Planen gælder",
    written="Skrevet",
    level="Dit mål handler om {level}.",
    missing="ikke skrevet endnu",
    values="Det betyder noget for dig",
    values_line="Det er vigtigt for dig",
    strengths_line="Det er du god til",
    not_written="ikke skrevet endnu",
    mentor="Din mentor",
    mentor_yes="Du får en mentor. Mentoren skal: {role}",
    mentor_no="Du har ikke brug for en mentor lige nu.",
    status="Sådan står det til",
    rationale="Derfor er målet vigtigt",
    goal_period="Hvornår",
    smart="Om målet",
    activity="Det sker",
    who="hvem",
    where="hvor",
    aim="første mål",
    evaluation="Sådan gik det {date}",
    pdsa="Det prøver vi af ({date})",
    pdsa_parts=("Planen", "Det gjorde vi", "Det så vi", "Det gør vi nu"),
    no_goals="Du har ingen delmål endnu.",
    agreements="Det har vi aftalt",
    none="Ingen.",
    progression="Sådan går det med dine mål",
    anchor="Sådan bruger vi tallene: {anchor}",
    no_readings="Vi har ikke sat tal på endnu.",
    readings_header=("Dato", "Hvem", "Tal", "Siden sidst"),
    talk="Sidste samtale om dine tal ({date})",
    notes="Det har vi skrevet ned",
    follow_up_next="Næste gang vi ses: {when}.",
    smtte_rows=("Det er baggrunden", "Dit mål", "Sådan kan vi se, at det går fremad", "Det gør vi",
                "Sådan er det gået", "Næste gang vi ser på det"),
    smtte_not_set="ikke aftalt endnu",
    smtte_rounds="Sådan er det gået hver gang:",
    signs="Det har vi lagt mærke til:",
    no_signs="Vi har ikke skrevet noget ned endnu.",
    order_goals="Kommunens mål for din indsats:",
    served_by="dine mål: {goals}",
    no_order_goals="Kommunen har ikke skrevet mål endnu.",
    made_with_yes="Ja, planen er lavet sammen med dig.",
    made_with_no="Det står ikke i planen, at den er lavet sammen med dig.",
    stabilising_none="Du har ingen mål om helbred eller hverdagsliv endnu.",
)

LEVEL_PLAIN: dict[GoalLevel, str] = {
    GoalLevel.JOB: "et bestemt job",
    GoalLevel.EDUCATION: "en bestemt uddannelse",
    GoalLevel.TRADE: "en branche, du gerne vil arbejde i",
    GoalLevel.JOB_FUNCTION: "en slags arbejde, du gerne vil have",
    GoalLevel.PURPOSE: "hvad hjælpen skal føre til",
}
"""The overall goal's level, said to the citizen."""

SMART_PLAIN: dict[str, str] = {
    "S": "hvad der skal ske, og hvem der er med",
    "M": "hvordan vi kan se, at du når målet",
    "A": "om målet giver mening for dig",
    "R": "om du tror, du kan nå det",
    "T": "hvornår målet skal være nået",
}
"""The SMART questions still open, said to the citizen."""
