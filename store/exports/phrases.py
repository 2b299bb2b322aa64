"""The exports' own sentences in English, keyed by their Danish text (the Danish is the message id).

A renderer writes `say("Der er intet møde nr. {n}.", n=7)`: in Danish the text
as written, in English the entry below. Headings of the copies are in
`words.py` (one dataclass per copy and language); the closed vocabularies
(statuses, roles, months ...) in `store/vocabulary.py`. A test reads every
`say("...")` in `store/` and fails on one without an English entry here.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..vocabulary import LANGUAGES

EN: dict[str, str] = {
    # -- minutes ------------------------------------------------------------------
    "Referat: {kind}": "Minutes: {kind}",
    "Udkast: mødet er ikke afsluttet endnu.": "Draft: the meeting has not been closed yet.",
    "Du ({name})": "You ({name})",
    "Du": "You",
    "dig": "you",
    "Det deler borgeren med jer": "What the citizen shares with you",
    "Ingen mål er delt.": "No goals are shared.",
    "Hvem": "Who",
    "Det skal du gøre, og hvornår": "What you will do, and when",
    "Senest {date}: ": "By {date}: ",
    "Du har ingen nye opgaver fra dette møde.": "You have no new tasks from this meeting.",
    "Planens krav: {name}": "The plan's requirements: {name}",
    "Krav": "Requirement",
    "Indhold": "Content",
    "intet samtykke gælder; kopien viser ikke noget delt":
        "no consent is in force; the copy shows nothing shared",
    ", gælder til og med {date}": ", valid until and including {date}",
    ", gælder til det trækkes tilbage": ", valid until withdrawn",
    "givet af {who} ({capacity}) {date}{until}; noteret af {recorder}":
        "given by {who} ({capacity}) {date}{until}; recorded by {recorder}",
    "Til": "To",
    "Borger": "Citizen",
    "Dato": "Date",
    "Møde nr.": "Meeting no.",
    "Sted": "Place",
    "Plan": "Plan",
    "ikke angivet": "not given",
    "Delt med samtykke": "Shared with consent",
    ", kl. {time}": ", at {time}",
    " (fra {a} til {b})": " (from {a} to {b})",
    "Ny": "New",
    "Udført": "Done",
    "Udført {date}": "Done {date}",
    "Udgået: {reason}": "Withdrawn: {reason}",
    "ingen begrundelse": "no reason given",
    "Ændret{before}{times}": "Changed{before}{times}",
    " (før: {old})": " (before: {old})",
    "Fortsættes{times}": "Continued{times}",
    "{sign}{n} (fra {before})": "{sign}{n} (from {before})",
    "SMTTE for hvert mål": "SMTTE for each goal",
    "Ingen aktive mål.": "No active goals.",
    "Sammenhæng": "Context",
    "Mål": "Goal",
    "Tegn": "Signs",
    "Tiltag": "Actions",
    "Evaluering": "Evaluation",
    "Næste SMTTE": "Next SMTTE",
    "mangler": "missing",
    "ikke fastsat": "not set",
    "Evalueringer:": "Evaluations:",
    "Tegn observeret siden sidste møde:": "Signs observed since the last meeting:",
    "Afprøvning af ny praksis (PDSA)": "Trying new practice (PDSA)",
    "Ingen afprøvninger siden sidste møde.": "No trials since the last meeting.",
    "Udfør": "Do",
    "Studér": "Study",
    "Handl": "Act",
    "Det står dagtilbuddet for": "What the day service is responsible for",
    "Ingen åbne aftaler.": "No open agreements.",
    "Ikke fastsat.": "Not set.",
    "Hvad": "What",
    "Hvornår": "When",
    "Status": "Status",
    " *(privat)*": " *(private)*",
    # -- the minutes' approval, notices and addenda ------------------------------------
    "Referat: {kind} {date}": "Minutes: {kind} {date}",
    "{title} · Møde nr. {n} · Til: {audience}": "{title} · Meeting no. {n} · To: {audience}",
    "Godkendelse": "Approval",
    "*Udkast:* referatet er ikke godkendt endnu. Det låses og får en kontrolsum, når mødet afsluttes.":
        "*Draft:* the minutes have not been approved yet. They are locked and get a checksum when the "
        "meeting is closed.",
    "Udkast: ikke godkendt, ikke låst": "Draft: not approved, not locked",
    "{date} kl. {time}": "{date} at {time}",
    "Godkendt og låst, da mødet blev afsluttet: {who}{when}.":
        "Approved and locked when the meeting was closed: {who}{when}.",
    "Låst {when} · SHA-256: {sha}": "Locked {when} · SHA-256: {sha}",
    "Udskrevet {when}": "Printed {when}",
    "{title} · Til: {audience}": "{title} · To: {audience}",
    # -- the plan -------------------------------------------------------------------
    "Din plan: {name}": "Your plan: {name}",
    "{label}: {name}": "{label}: {name}",
    "Overordnet mål": "Overall goal",
    "Dit mål": "Your goal",
    "Delmål": "Sub-goals",
    "Dine {label}": "Your {label}",
    "{a} til {b}": "{a} to {b}",
    "det gør du": "what you do",
    "aktiviteter": "activities",
    "skrevet af dig": "written by you",
    "skrevet af {who}": "written by {who}",
    "vi har svaret på alle spørgsmålene om målet": "we have answered all the questions about the goal",
    "vi mangler at aftale {what}": "we still need to agree on {what}",
    "alle fem spørgsmål er besvaret": "all five questions are answered",
    "ingen spørgsmål besvaret endnu": "no questions answered yet",
    "besvaret: {answered}; åbne: {open}": "answered: {answered}; open: {open}",
    " og ": " and ",
    "Det blev vi enige om": "What we agreed on",
    "Fælles vurdering": "Joint rating",
    "Første gang": "First time",
    "Første måling": "First reading",
    "Sådan ser 10 ud for dig": "What 10 looks like for you",
    "Det, der hjælper dig": "What helps you",
    "Hvis det gik dårligere": "If it went worse",
    "Det næste skridt": "The next step",
    "Hvad er 10": "What 10 is",
    "Det, der virker": "What works",
    "Ét skridt videre": "One step further",
    " (mål: {n})": " (target: {n})",
    "Om målet": "About the goal",
    "Sådan er det": "How it is",
    # -- the plan's required parts --------------------------------------------------------
    "afkrydset af {who} {date}": "ticked off by {who} {date}",
    "✗ mangler: ikke krydset af": "✗ missing: not ticked off",
    "✗ mangler": "✗ missing",
    "opfyldt": "met",
    "mangler for: {goals}": "missing for: {goals}",
    "1 aktivt delmål": "1 active sub-goal",
    "{n} aktive delmål": "{n} active sub-goals",
    "se planen": "see the plan",
    "{n} delmål i sundhed/socialt": "{n} sub-goal(s) in health/social",
    "næste møde {date}": "next meeting {date}",
    "vurderet: intet behov": "assessed: no need",
    "behov; rolle: {role}": "needed; role: {role}",
    "ja": "yes",
    "kan ikke vurderes automatisk": "cannot be checked automatically",
    # -- calendars ---------------------------------------------------------------------
    ", til og med {date}": ", until and including {date}",
    "Aftale": "Agreement",
    "Din aftale": "Your agreement",
    "Aftalt: {kind} {date}": "Agreed: {kind} {date}",
    "Dagsorden:": "Agenda:",
    "Deltagere:": "Participants:",
    "Fra Rundbord: {plan}.": "From Rundbord: {plan}.",
    "Hvad: {what}": "What: {what}",
    "Hvem: {who}": "Who: {who}",
    "Hvornår: {when}": "When: {when}",
    "I morgen: {what}": "Tomorrow: {what}",
    "Mål: {goal}": "Goal: {goal}",
    "Møde": "Meeting",
    "Møde nr. {n} om {plan}.": "Meeting no. {n} about {plan}.",
    "Skala: fra {a} til {b}": "Scale: from {a} to {b}",
    "Status: {status}": "Status: {status}",
    "Status: {status}.": "Status: {status}.",
    "senest {date}": "by {date}",
    "{name}s plan ({plan_type})": "{name}'s plan ({plan_type})",
    "{name} har ingen e-mailadresse i Rundbord, så kun denne plan er med (med en adresse findes personen "
    "også i andre borgeres planer).":
        "{name} has no e-mail address in Rundbord, so only this plan is included (with an address the person "
        "is found in other citizens' plans too).",
    "{name}: 1 aftale er ikke med, fordi modtageren ikke må se den (privat eller ikke delt med samtykke).":
        "{name}: 1 agreement is left out, because the recipient may not see it (private or not shared with "
        "consent).",
    "{name}: {n} aftaler er ikke med, fordi modtageren ikke må se dem (privat eller ikke delt med samtykke).":
        "{name}: {n} agreements are left out, because the recipient may not see them (private or not shared "
        "with consent).",
    "{name}: 1 aftale uden dato er ikke med.": "{name}: 1 agreement without a date is left out.",
    "{name}: {n} aftaler uden dato er ikke med.": "{name}: {n} agreements without a date are left out.",
    # -- the one way out (notes to the person exporting) --------------------------------------
    "Ingen af mødets deltagere har en e-mailadresse: der er ingen udkast at skrive.":
        "None of the meeting's participants has an e-mail address: there are no drafts to write.",
    "Kalenderfilen har ingen møder eller aftaler.": "The calendar file has no meetings or agreements.",
    "Mødet er afsluttet: referatet er den låste kopi, som den blev skrevet, og eksporteres på dansk.":
        "The meeting is closed: the minutes are the locked copy as it was written, and are exported in Danish.",
    "eksporten kunne ikke skrives i loggen over, hvem der har set oplysningerne: {reason}":
        "the export could not be written to the log of who has seen the information: {reason}",
    # -- FHIR ----------------------------------------------------------------------------------
    "Begrundelse: {text}": "Rationale: {text}",
    "Borgerens pårørende": "The citizen's relatives",
    "Dansk": "Danish",
    "Deling med pårørende": "Sharing with relatives",
    "Deltagere i {name}s plan": "Participants in {name}'s plan",
    "Fra {a} til {b} på skalaen": "From {a} to {b} on the scale",
    "Gentages: {when} ({code})": "Repeats: {when} ({code})",
    "Goal Attainment Scaling (GAS): opnået niveau -2 til +2": "Goal Attainment Scaling (GAS): level reached -2 to +2",
    "Mentor": "Mentor",
    "Målets niveau: {level}": "The goal's level: {level}",
    "Ressourcer": "Strengths",
    "Rummets fælles vurdering": "The room's joint rating",
    "Samtykke": "Consent",
    "Samtykke til deling (opt-in)": "Consent to sharing (opt-in)",
    "Skala 1-10: 1 er længst fra målet, 10 er målet nået": "Scale 1-10: 1 is furthest from the goal, 10 is the goal reached",
    "Skalaens betydning: {text}": "What the scale means: {text}",
    "Skalering 1-10": "Scaling 1-10",
    "Skalering 1-10 af delmål": "Scaling 1-10 of a sub-goal",
    "Værdier": "Values",
    "Bedre": "Better",
    "Dårligere": "Worse",
    "Uændret": "Unchanged",
    "Nået": "Achieved",
    "I gang": "In progress",
    # -- mail drafts ---------------------------------------------------------------------------
    " (senest {date})": " (by {date})",
    " Mødet er ikke afsluttet endnu: referatet er et udkast.": " The meeting has not been closed yet: the minutes are a draft.",
    "Dine aftaler:": "Your agreements:",
    "Her er referatet fra {kind} den {when}.": "Here are the minutes of the {kind} on {when}.",
    "Kalenderfilen i mailen har mødet og dine aftaler: åbn den for at lægge dem i din kalender.":
        "The calendar file in this mail has the meeting and your agreements: open it to put them in your calendar.",
    "Kære {name}": "Dear {name}",
    "Næste møde: {kind} den {date}{at}{place}.": "Next meeting: {kind} on {date}{at}{place}.",
    "Referat fra {kind} den {date}": "Minutes of the {kind} on {date}",
    "Referatet er kopien til {audience}.": "The minutes are the copy for the {audience}.",
    "Referatet står herunder.": "The minutes follow below.",
    "{name} ({role}) har ingen e-mailadresse og får ikke et udkast.":
        "{name} ({role}) has no e-mail address and gets no draft.",
    # -- the citizen's extract of the change log (store/audit.py) ------------------------
    "borger nr. {n}": "citizen no. {n}",
    "# Udtræk af ændringsloggen for {name}": "# Extract of the change log for {name}",
    "Lavet {when} fra Rundbord.": "Made {when} from Rundbord.",
    "Udtrækket viser, hvad der er gjort med dine oplysninger i Rundbord, hvornår og af hvem, "
    "og hvem der har set dem (databeskyttelsesforordningens artikel 15). Under Ændringer er hver "
    "række ét felt, der er oprettet, ændret eller slettet, med hele teksten før og efter.":
        "The extract shows what has been done with your information in Rundbord, when and by whom, "
        "and who has seen it (Article 15 of the General Data Protection Regulation). Under Changes, each "
        "row is one field that was created, changed or deleted, with the whole text before and after.",
    "## Ændringer": "## Changes",
    "nr.": "no.",
    "Der er ingen registrerede ændringer.": "No changes are recorded.",
    "Antal registrerede ændringer: {n}.": "Changes recorded: {n}.",
    "Tidspunkt": "Time", "Handling": "Action", "Før": "Before", "Efter": "After",
    "## Hvem har set dine oplysninger": "## Who has seen your information",
    "Der er ingen registrerede opslag.": "No looks are recorded.",
    "Antal registrerede opslag: {n}.": "Looks recorded: {n}.",
    "Hvordan": "How", "Formål": "Purpose",
}
"""Danish text -> English text."""


@dataclass(frozen=True)
class Say:
    """The exports' sentences in one language: `say(danish, **params)`."""

    lang: str = "da"

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown language {self.lang!r}")

    def __call__(self, da: str, /, **params: object) -> str:
        text = da if self.lang == "da" else EN.get(da, da)
        return text.format(**params) if params else text


DANISH = Say("da")
