"""The words of each copy: formal for the authority, the day service and relatives; plain for the citizen.

The citizen's copies are written to the citizen ("du", "you") throughout, not
the formal text with the name replaced. Each copy's words exist in Danish and
English (`minutes_words`, `plan_words`); the exports' other sentences are in
`phrases.py`.
"""
from __future__ import annotations

from typing import NamedTuple

from ..enums import GoalLevel

AGREEMENT_HEADER = ("Hvem", "Hvad", "Hvornår", "Status")
"""The agreements table's columns in every copy (English: `agreement_header("en")`)."""
AGREEMENT_HEADER_EN = ("Who", "What", "When", "Status")
PRIVATE_MARK = " *(privat)*"


class Words(NamedTuple):
    """Headings and phrases of one copy of the minutes."""

    participants: str = "Deltagere"
    agenda: str = "Dagsorden"
    items: str = "Referat af punkterne"
    notes: str = "Noter fra mødet"
    readings: str = "Skalering"
    readings_goal: str = "Delmål"
    readings_score: str = "Vurdering"
    readings_change: str = "Ændring siden sidst"
    agreements: str = "Aftaler"
    new: str = "Nye aftaler"
    carried: str = "Videreførte aftaler"
    done: str = "Udførte aftaler"
    cancelled: str = "Udgåede aftaler"
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
    readings="Hvor langt er du nået med dine mål?",
    readings_goal="Dit mål",
    readings_score="Tal",
    readings_change="Siden sidst",
    agreements="Det aftalte vi",
    new="Det aftalte vi i dag",
    carried="Aftaler fra sidst, der fortsætter",
    done="Det er klaret",
    cancelled="Det stopper vi med, og hvorfor",
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


class PlanWords(NamedTuple):
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
    readings_header: tuple[str, str, str, str] = ("Dato", "Hvem", "Vurdering", "Ændring")
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
    made_with_no: str = "Mangler."
    stabilising_none: str = "Ingen delmål i sundhed eller socialt."
    ticked: str = "Afkrydset af {who} {date}."
    not_ticked: str = "Mangler: ikke krydset af endnu."
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


FORMAL_EN = Words(
    participants="Participants",
    agenda="Agenda",
    items="Minutes of the items",
    notes="Notes from the meeting",
    readings="Scaling",
    readings_goal="Sub-goal",
    readings_score="Rating",
    readings_change="Change since last time",
    agreements="Agreements",
    new="New agreements",
    carried="Agreements carried over",
    done="Agreements done",
    cancelled="Agreements withdrawn",
    evaluated="Evaluation of sub-goals",
    next="Next meeting",
    none="None.",
    no_item_notes="No minutes were written for the individual items.",
    scale_note="Scale 1-10: 1 is furthest from the goal, 10 is the goal reached.",
    no_evaluation="No sub-goals were evaluated at the meeting.",
    decision="Decision",
    agreed_value="Joint rating",
    first_reading="First reading",
    talk="The talk about the scale",
    ten="What 10 is",
    scores="The numbers",
    works="What works",
    worse="If it went worse",
    next_step="One step further",
    target="target: {n}",
    evaluated_by="Assessed by {who}, {date}.",
    noted_by="Recorded by {who}, {date}.",
)
PLAIN_EN = Words(
    participants="Who was there",
    agenda="What we talked about",
    items="What was said and decided",
    notes="What we wrote down",
    readings="How far have you come with your goals?",
    readings_goal="Your goal",
    readings_score="Number",
    readings_change="Since last time",
    agreements="What we agreed",
    new="What we agreed today",
    carried="Agreements from last time that go on",
    done="What is done",
    cancelled="What we stop doing, and why",
    evaluated="How it went with your goals",
    next="Next time we meet",
    none="None.",
    no_item_notes="We did not write anything down for the individual items.",
    scale_note="1 is furthest from the goal, 10 is the goal reached.",
    no_evaluation="We did not take stock of a goal this time.",
    decision="What was decided",
    agreed_value="What we agreed on",
    first_reading="First time",
    talk="How we talked about your numbers",
    ten="What 10 looks like for you",
    scores="Your numbers",
    works="What helps you",
    worse="If it went worse",
    next_step="The next step",
    target="your next number: {n}",
    evaluated_by="Written by {who}, {date}.",
    noted_by="Written down by {who}, {date}.",
    you="you",
)

FORMAL_PLAN_EN = PlanWords(
    to="To",
    plan_type="Plan type",
    period="Period",
    written="Date",
    consent="Shared with consent",
    level="Level: {level}",
    missing="missing",
    values="Values and strengths",
    values_line="Values",
    strengths_line="Strengths",
    not_written="not written",
    mentor="Mentor",
    mentor_yes="Needs a mentor. Role and tasks: {role}",
    mentor_no="No need for a mentor.",
    status="Status",
    rationale="Rationale",
    goal_period="Period",
    smart="SMART",
    activity="Activity",
    who="who",
    where="where",
    aim="short-term aim",
    evaluation="Evaluation {date}",
    pdsa="Trial (PDSA) {date}",
    pdsa_parts=("Plan", "Do", "Study", "Act"),
    no_goals="No sub-goals.",
    agreements="Agreements",
    none="None.",
    progression="Progression",
    anchor="The scale: {anchor}",
    no_readings="No readings yet.",
    readings_header=("Date", "Who", "Rating", "Change"),
    talk="Scaling talk {date}",
    notes="Notes",
    follow_up_next="Next meeting: {when}.",
    smtte_rows=("Context", "Goal", "Signs", "Actions", "Evaluation", "Next SMTTE"),
    smtte_not_set="not set",
    smtte_rounds="Evaluations:",
    signs="Signs observed:",
    no_signs="No signs recorded yet.",
    order_goals="The order's goals:",
    served_by="the plan's goals: {goals}",
    no_order_goals="No goals in the order yet.",
    made_with_yes="Yes.",
    made_with_no="Missing.",
    stabilising_none="No sub-goals in health or social.",
    ticked="Ticked off by {who} {date}.",
    not_ticked="Missing: not ticked off yet.",
    required="The plan's requirements: {name}",
)
PLAIN_PLAN_EN = PlanWords(
    to="To",
    plan_type="Your plan is a",
    period="The plan runs",
    written="Written",
    consent="Shared with consent",
    level="Your goal is about {level}.",
    missing="not written yet",
    values="What matters to you",
    values_line="What is important to you",
    strengths_line="What you are good at",
    not_written="not written yet",
    mentor="Your mentor",
    mentor_yes="You will get a mentor. The mentor will: {role}",
    mentor_no="You do not need a mentor right now.",
    status="Where it stands",
    rationale="Why the goal matters",
    goal_period="When",
    smart="About the goal",
    activity="What happens",
    who="who",
    where="where",
    aim="first aim",
    evaluation="How it went {date}",
    pdsa="What we are trying out ({date})",
    pdsa_parts=("The plan", "What we did", "What we saw", "What we do now"),
    no_goals="You have no sub-goals yet.",
    agreements="What we have agreed",
    none="None.",
    progression="How it is going with your goals",
    anchor="How we use the numbers: {anchor}",
    no_readings="We have not put numbers on it yet.",
    readings_header=("Date", "Who", "Number", "Since last time"),
    talk="Last talk about your numbers ({date})",
    notes="What we have written down",
    follow_up_next="Next time we meet: {when}.",
    smtte_rows=("The background", "Your goal", "How we can see it is moving forward", "What we do",
                "How it has gone", "Next time we look at it"),
    smtte_not_set="not agreed yet",
    smtte_rounds="How it has gone each time:",
    signs="What we have noticed:",
    no_signs="We have not written anything down yet.",
    order_goals="The municipality's goals for your support:",
    served_by="your goals: {goals}",
    no_order_goals="The municipality has not written goals yet.",
    made_with_yes="Yes, the plan was made together with you.",
    made_with_no="The plan does not say that it was made together with you.",
    stabilising_none="You have no goals about health or everyday life yet.",
    ticked="Ticked off by {who} {date}.",
    not_ticked="Missing: not ticked off yet.",
    required="The plan's requirements: {name}",
)

LEVEL_PLAIN_EN: dict[GoalLevel, str] = {
    GoalLevel.JOB: "a specific job",
    GoalLevel.EDUCATION: "a specific education",
    GoalLevel.TRADE: "a trade you would like to work in",
    GoalLevel.JOB_FUNCTION: "a kind of work you would like to have",
    GoalLevel.PURPOSE: "what the support should lead to",
}
SMART_PLAIN_EN: dict[str, str] = {
    "S": "what is to happen, and who is involved",
    "M": "how we can see that you reach the goal",
    "A": "whether the goal makes sense to you",
    "R": "whether you believe you can reach it",
    "T": "when the goal is to be reached",
}


def minutes_words(plain: bool, lang: str) -> Words:
    """The minutes' words: plain (the citizen's copy) or formal, in `lang`."""
    if lang == "en":
        return PLAIN_EN if plain else FORMAL_EN
    return PLAIN if plain else FORMAL


def plan_words(plain: bool, lang: str) -> PlanWords:
    """The plan copy's words: plain (the citizen's copy) or formal, in `lang`."""
    if lang == "en":
        return PLAIN_PLAN_EN if plain else FORMAL_PLAN_EN
    return PLAIN_PLAN if plain else FORMAL_PLAN


def level_plain(lang: str) -> dict[GoalLevel, str]:
    return LEVEL_PLAIN_EN if lang == "en" else LEVEL_PLAIN


def smart_plain(lang: str) -> dict[str, str]:
    return SMART_PLAIN_EN if lang == "en" else SMART_PLAIN


def agreement_header(lang: str) -> tuple[str, str, str, str]:
    return AGREEMENT_HEADER_EN if lang == "en" else AGREEMENT_HEADER
