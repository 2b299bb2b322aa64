"""SMART help for a goal being written: pure functions, no Textual, no database.

`smart_status(goal)` gives the five SMART questions in plain Danish, each
marked answered or open from the goal's recorded answers (`smart_*` fields).
`smart_hints(text, start, end, people)` reads the wording and suggests what
is missing: a period, a number or frequency, who, and a concrete verb instead
of a vague one. It is a help in the room, never a gate: nothing here refuses
to save.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # records in (models, or plain rows: row_types.py)
    from .models import Goal



@dataclass(frozen=True)
class SmartQuestion:
    letter: str
    name: str
    question: str
    field: str
    """The Goal field holding the recorded answer."""


@dataclass(frozen=True)
class SmartItem:
    """One SMART letter for one goal: the question and whether it is answered."""

    letter: str
    name: str
    question: str
    field: str
    answer: str

    @property
    def answered(self) -> bool:
        return bool(self.answer.strip())


SMART_QUESTIONS: tuple[SmartQuestion, ...] = (
    SmartQuestion(
        "S", "Specifikt",
        "Hvad vil vi opnå – hvem er involveret, hvad sker der, hvorfor og hvordan?",
        "smart_specific",
    ),
    SmartQuestion(
        "M", "Målbart",
        "Hvordan ser vi, at målet er nået? Kan det måles – eller hvordan aftaler vi at se det?",
        "smart_measurable",
    ),
    SmartQuestion(
        "A", "Accepteret",
        "Giver målet mening for borgeren, og kan borgeren se, hvad hun/han selv skal gøre? "
        "Er de vigtigste aktører enige?",
        "smart_accepted",
    ),
    SmartQuestion(
        "R", "Realistisk",
        "Tror borgeren på, at målet kan nås i perioden med de ressourcer, der er?",
        "smart_realistic",
    ),
    SmartQuestion(
        "T", "Tidsbestemt",
        "Er der en præcis dato for, hvornår målet skal være nået, og hvornår det følges op?",
        "smart_timed",
    ),
)


def smart_status(goal: Goal) -> list[SmartItem]:
    """The five SMART letters for `goal`, each with its recorded answer ('' = open)."""
    return [
        SmartItem(q.letter, q.name, q.question, q.field, str(getattr(goal, q.field, "") or ""))
        for q in SMART_QUESTIONS
    ]


def smart_answers_status(answers: dict[str, str]) -> list[SmartItem]:
    """Like `smart_status`, from answers being typed (field name -> text)."""
    return [SmartItem(q.letter, q.name, q.question, q.field, answers.get(q.field, "")) for q in SMART_QUESTIONS]


# -- hints from the wording ------------------------------------------------------

VAGUE_PHRASES: tuple[str, ...] = (
    "forbedre",
    "arbejde på",
    "arbejde med",
    "blive bedre",
    "prøve at",
    "forsøge at",
    "have fokus på",
    "fokusere på",
    "øge",
)
"""Verbs and phrases that say a direction, not what will be done."""

_NUMBER_WORDS = (
    "én", "ét", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti",
    "elleve", "tolv", "femten", "tyve", "tredive", "halv", "halvanden", "hver", "hvert",
    "dagligt", "daglig", "ugentligt", "ugentlig", "månedligt", "månedlig", "gange", "gang",
)
_FREQUENCY = re.compile(r"\b(om|i|pr\.?|per)\s+(dagen|ugen|måneden|året|uge|dag|måned)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[\wæøåÆØÅ]+", re.UNICODE)
_WHO_WORDS = {"jeg", "vi", "mig", "os", "han", "hun", "borgeren"}

HINT_NO_PERIOD = "Perioden mangler en start- og en slutdato: hvornår skal målet være nået?"
HINT_NO_NUMBER = "Der står intet tal eller hvor ofte (fx '3 gange om ugen'): hvordan kan det måles?"
HINT_NO_WHO = "Der står ikke, hvem der gør det: skriv det i borgerens ord ('Jeg vil ...') eller nævn personen."
HINT_VAGUE = "'{phrase}' er vagt: skriv hvad der konkret skal ske (fx 'gå en tur på 30 minutter 3 gange om ugen')."
HINT_EMPTY = "Skriv målet i borgerens egne ord, fx 'Jeg vil ...'."

HINTS_EN: dict[str, str] = {
    HINT_NO_PERIOD: "The period lacks a start and an end date: when is the goal to be reached?",
    HINT_NO_NUMBER: "There is no number or how often (e.g. '3 times a week'): how can it be measured?",
    HINT_NO_WHO: "It does not say who does it: write it in the citizen's words ('I will ...') or name the person.",
    HINT_VAGUE: "'{phrase}' is vague: write what concretely is to happen (e.g. 'walk for 30 minutes 3 times "
                "a week').",
    HINT_EMPTY: "Write the goal in the citizen's own words, e.g. 'I will ...'.",
}
"""The hints in English (`smart_hints(..., lang="en")`)."""


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def has_number_or_frequency(text: str) -> bool:
    if _DIGIT.search(text) or _FREQUENCY.search(text):
        return True
    return any(w in _NUMBER_WORDS for w in _words(text))


def names_someone(text: str, people_names: Iterable[str] = ()) -> bool:
    words = set(_words(text))
    if words & _WHO_WORDS:
        return True
    for name in people_names:
        for part in _words(name):
            if len(part) > 1 and part in words:
                return True
    return False


def vague_phrases(text: str) -> list[str]:
    """The vague phrases found in `text`, in the order of VAGUE_PHRASES."""
    lowered = " " + " ".join(_words(text)) + " "
    found: list[str] = []
    for phrase in VAGUE_PHRASES:
        if re.search(r"(?<![\wæøå])" + re.escape(phrase) + r"\w*", lowered):
            found.append(phrase)
    return found


def smart_hints(
    text: str,
    start_date: date | None,
    end_date: date | None,
    people_names: Iterable[str] = (),
    lang: str = "da",
) -> list[str]:
    """Hints, in Danish (or English), about what the wording and period still lack."""

    def said(hint: str) -> str:
        return HINTS_EN[hint] if lang == "en" else hint

    if not text.strip():
        return [said(HINT_EMPTY)]
    hints: list[str] = []
    if start_date is None or end_date is None:
        hints.append(said(HINT_NO_PERIOD))
    if not has_number_or_frequency(text):
        hints.append(said(HINT_NO_NUMBER))
    if not names_someone(text, people_names):
        hints.append(said(HINT_NO_WHO))
    for phrase in vague_phrases(text):
        hints.append(said(HINT_VAGUE).format(phrase=phrase))
    return hints
