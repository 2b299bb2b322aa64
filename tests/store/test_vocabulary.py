"""One vocabulary: every word in both languages, the same word on screen and in the exports, and fixed in
docs/terminology.md; the catalogue's entries carry English; the command line's help is English under en."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from store.catalog import build_catalog, load_catalog
from store.enums import AgreementStatus, GoalStatus, Role
from store.exports.words import FORMAL, PLAIN
from store.labels import AGREEMENT_STATUS_DA, GOAL_STATUS_DA, ROLE_DA
from store.vocabulary import DA, EN, WORDS, carried_over, word
from tui.cli import build_parser
from tui.cli_words import HELP_EN, METAVAR_EN, language_in

if TYPE_CHECKING:
    from store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_every_vocabulary_key_has_both_languages() -> None:
    assert set(DA) == set(EN) == set(WORDS)
    assert all(da.strip() and en.strip() for da, en in WORDS.values())
    assert all(da.count("{") == en.count("{") for da, en in WORDS.values())


def test_every_screen_catalogue_key_has_both_languages() -> None:
    from screens.i18n import catalogue

    da, en = catalogue("da"), catalogue("en")
    assert set(da) == set(en) and set(WORDS) <= set(da)
    assert all(v.strip() for v in [*da.values(), *en.values()])


def test_screens_and_exports_use_the_same_words() -> None:
    from screens.i18n import set_language, t

    set_language("da")
    assert t("goal_status.paused") == GOAL_STATUS_DA[GoalStatus.PAUSED] == "Sat på pause"
    assert t("agreement_status.cancelled") == AGREEMENT_STATUS_DA[AgreementStatus.CANCELLED] == "Udgået"
    assert t("role.day_service") == ROLE_DA[Role.DAY_SERVICE]
    assert carried_over(1) == "videreført 1 gang" and carried_over(3) == "videreført 3 gange"
    assert carried_over(1, "en") == "carried over once" and carried_over(2, "en") == "carried over 2 times"
    assert FORMAL.readings_score == "Vurdering" and FORMAL.cancelled == "Udgåede aftaler"
    assert "droppe" not in (FORMAL.cancelled + PLAIN.cancelled).casefold()
    assert PLAIN.readings == "Hvor langt er du nået med dine mål?"


def test_terminology_note_lists_every_word() -> None:
    note = (ROOT / "docs" / "terminology.md").read_text(encoding="utf-8")
    rows = {line for line in note.splitlines() if line.startswith("| `")}
    missing = [key for key, (da, en) in WORDS.items()
               if not key.startswith("month.") and f"| `{key}` | {da} | {en} |" not in rows]
    assert missing == []
    assert "5. november 2026" in note and "05-11-2026" in note


def test_shipped_catalogue_carries_english() -> None:
    danish = load_catalog([])
    english = danish.in_language("en")
    for code, pt in danish.plan_types.items():
        en = english.plan_types[code]
        assert en.name != pt.name and en.short != pt.short and en.en.get("labels", {}).keys() == pt.labels.keys()
        assert [p.label for p in en.required_parts] != [p.label for p in pt.required_parts]
    for code, kind in danish.meeting_kinds.items():
        en_kind = english.meeting_kinds[code]
        assert en_kind.name != kind.name
        assert len(kind.en["agenda"]) == len(kind.agenda)
        assert [i.part for i in en_kind.agenda] == [i.part for i in kind.agenda]
    for code, part in danish.parts.items():
        assert english.parts[code].label != part.label, code
    assert word("part.scaling", "en") == "Scaling"


def test_a_municipality_entry_without_english_stays_danish() -> None:
    shipped = [json.loads((ROOT / "store" / "data" / name).read_text(encoding="utf-8"))
               for name in ("plan_types.json", "meeting_kinds.json")]
    own = {"plan_types": [{"code": "nordby_plan", "name": "Nordbys egen plan", "labels": {"agreement": "Aftale"}}],
           "meeting_kinds": [{"code": "nordby_moede", "name": "Nordbymøde",
                              "agenda": [{"title": "Velkommen", "part": "free"}]}]}
    english = build_catalog([*shipped, own]).in_language("en")
    assert english.plan_types["nordby_plan"].name == "Nordbys egen plan"
    assert english.plan_types["nordby_plan"].label("agreement", "Agreement") == "Aftale"
    assert english.meeting_kinds["nordby_moede"].name == "Nordbymøde"
    assert english.meeting_kinds["nordby_moede"].agenda[0].title == "Velkommen"
    assert english.meeting_kinds["citizen"].name == "Citizen meeting"


def _helps(parser: argparse.ArgumentParser) -> list[str]:
    out = [parser.description or ""]
    for action in parser._actions:  # noqa: SLF001 - reading the parser's arguments
        out.append(action.help or "")
        if isinstance(action.metavar, str):
            out.append(action.metavar)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            out += [c.help or "" for c in action._choices_actions]  # noqa: SLF001
            for sub in action.choices.values():
                out += _helps(sub)
    return [h for h in out if h and h != argparse.SUPPRESS]


def test_command_line_help_is_english_under_en() -> None:
    danish = _helps(build_parser("da"))
    untranslated = [h for h in danish if h not in HELP_EN and h not in METAVAR_EN and h != "vis denne hjælp og afslut"]
    assert untranslated == []
    english = build_parser("en")
    text = english.format_help() + "".join(
        sub.format_help() for a in english._actions if isinstance(a, argparse._SubParsersAction)  # noqa: SLF001
        for sub in a.choices.values())
    for danish_word in ("standard", "borger", "databasen", "vis denne", "ÅÅÅÅ", "KOMMANDO", "positional"):
        assert danish_word not in text
    assert "usage: rundbord" in text and "show this help message and exit" in text
    assert "brug: rundbord" in build_parser("da").format_help()
    assert language_in(["--lang", "en", "export"]) == "en" and language_in(["--lang=en"]) == "en"
    assert language_in(["export", "--lang", "xx"]) == "da"


def test_smart_hints_in_english() -> None:
    from store.smart import HINT_NO_PERIOD, smart_hints

    danish = smart_hints("Jeg vil forbedre mit helbred", None, None)
    english = smart_hints("Jeg vil forbedre mit helbred", None, None, lang="en")
    assert HINT_NO_PERIOD in danish and len(danish) == len(english)
    assert english[0].startswith("The period lacks") and any("'forbedre' is vague" in h for h in english)


def test_plan_type_specific_words_only_where_they_apply(store: "Store") -> None:
    """No mentor line and no job ladder on a §141 or SMTTE plan; both on a jobafklaringsforløb."""
    from screens.editors import OverallGoalEditor
    from screens.i18n import set_language
    from store.enums import Audience

    set_language("da")
    for plan_type, job_directed in (("smtte_botilbud", False), ("handleplan_141", False),
                                    ("jobafklaringsforloeb", True)):
        citizen = store.create_citizen(f"Bo {plan_type}", plan_type=plan_type)
        assert citizen.id is not None
        copies = "".join(store.plan_markdown(citizen.id, aud) for aud in Audience)
        assert ("Mentor" in copies) is job_directed, plan_type
        hint = OverallGoalEditor(store, store.plan_of(citizen.id).id or 0).goal_hint()
        assert ("Fleksjob" in hint) is job_directed, plan_type
