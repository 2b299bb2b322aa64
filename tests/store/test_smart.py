"""SMART help: the five questions and the hints from a goal's wording (DOMAIN.md examples)."""
from __future__ import annotations

from datetime import date

from store.enums import Area
from store.models import Goal
from store.smart import (
    HINT_EMPTY,
    HINT_NO_NUMBER,
    HINT_NO_PERIOD,
    HINT_NO_WHO,
    smart_answers_status,
    smart_hints,
    smart_status,
    vague_phrases,
)

WEAK = "Jeg vil forbedre mit helbred."
STRONG = "Jeg vil gå i motionscenter 3 gange om ugen, hvor jeg træner min ryg, for at mindske smerterne"
START, END = date(2026, 12, 1), date(2027, 3, 1)


def test_five_letters_in_order_with_plain_danish_questions() -> None:
    items = smart_status(Goal(plan_id=1, area=Area.HEALTH, text=WEAK))
    assert [i.letter for i in items] == ["S", "M", "A", "R", "T"]
    assert [i.name for i in items] == ["Specifikt", "Målbart", "Accepteret", "Realistisk", "Tidsbestemt"]
    assert all(i.question.endswith("?") for i in items)
    assert not any(i.answered for i in items)


def test_recorded_answers_mark_letters_answered() -> None:
    goal = Goal(plan_id=1, area=Area.HEALTH, text=STRONG, smart_measurable="Kryds i kalenderen", smart_timed="  ")
    by_letter = {i.letter: i for i in smart_status(goal)}
    assert by_letter["M"].answered and by_letter["M"].answer == "Kryds i kalenderen"
    assert not by_letter["T"].answered  # whitespace only is still open
    assert not by_letter["S"].answered


def test_answers_being_typed() -> None:
    items = smart_answers_status({"smart_specific": "Nanna og Ole"})
    assert [i.answered for i in items] == [True, False, False, False, False]


def test_weak_goal_gets_hints() -> None:
    hints = smart_hints(WEAK, None, None)
    assert HINT_NO_PERIOD in hints
    assert HINT_NO_NUMBER in hints
    assert any("'forbedre' er vagt" in h for h in hints)


def test_strong_goal_with_period_gets_no_hints() -> None:
    assert smart_hints(STRONG, START, END) == []


def test_period_hint_needs_both_dates() -> None:
    assert HINT_NO_PERIOD in smart_hints(STRONG, START, None)
    assert HINT_NO_PERIOD not in smart_hints(STRONG, START, END)


def test_frequency_and_number_words_count_as_measurable() -> None:
    for text in ("Jeg vil gå en tur hver dag", "Jeg vil ringe to gange om ugen", "Jeg vil ringe til Ole ugentligt",
                 "Jeg vil læse 20 minutter"):
        assert HINT_NO_NUMBER not in smart_hints(text, START, END), text


def test_who_hint_unless_a_person_is_named() -> None:
    assert HINT_NO_WHO in smart_hints("Gå til træning 2 gange om ugen", START, END)
    assert HINT_NO_WHO not in smart_hints("Ole og Nanna går til træning 2 gange om ugen", START, END, ["Ole Krogh"])
    assert HINT_NO_WHO not in smart_hints("Jeg vil gå til træning 2 gange om ugen", START, END)


def test_vague_phrases_found() -> None:
    assert vague_phrases("Jeg vil arbejde på at blive bedre til at prøve at have fokus på det") == [
        "arbejde på", "blive bedre", "prøve at", "have fokus på",
    ]
    assert vague_phrases("Jeg vil forbedre mig") == ["forbedre"]
    assert vague_phrases(STRONG) == []


def test_empty_text_gets_one_hint() -> None:
    assert smart_hints("   ", None, None) == [HINT_EMPTY]


def test_markup_like_text_is_just_text() -> None:
    assert isinstance(smart_hints("[bold]x[/] \x1b[2J <b>fed</b> 🙂", None, None), list)
