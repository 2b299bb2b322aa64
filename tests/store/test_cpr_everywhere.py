"""The CPR guard on normalised text: refused at input, masked wherever text is shown.

Finding 1 of issue 16: a CPR number with something inside it (NUL, ESC, a bidi
control, a line break, a tab run, two spaces, a zero-width space, a soft
hyphen, a word joiner, an en dash, dots, spaces around the dash) got past the
input check, and the export cleaner then joined it up again. Here every such
variant is refused by every entry point, and a number that slipped into the
file by other means is masked by every surface (exports of every audience,
the log extract, the change log, the live view, the check report).
"""
from __future__ import annotations

import re
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import InputError, Store
from pydantic import ValidationError
from store.markdown_safe import inline
from store.models import ALL_MODELS
from store.textrules import (
    _FEW_CHANGED,
    _FOLD_TABLE,
    CPR_MESSAGE,
    SELF_FOLDING,
    find_cpr,
    fold,
    looks_like_cpr,
    mask_cpr,
    normalise,
    screen_text,
)
from tests.hostile_case import Case, fill_case, renderings, without_hashes

from ..conftest import copy_database

ISSUE_VARIANTS = [
    "010190-1234", "0101901234",
    "010190\x001234", "010190\x1b1234", "0101\u202e90-1234", "010190\n1234", "010190\r\n1234",
    "010190\t\t1234", "010190  1234", "0101\u200b90-1234", "010190\u00ad-1234", "01\u206001\u206090-1234",
    "010190\u20131234", "010190\u20141234", "010190\u22121234", "01.01.90-1234", "010190 - 1234",
    "01/01/90 1234", "01 01 90 1234", "010190 / 1234", "010190.1234",
    "０１０１９０－１２３４", "٠١٠١٩٠-١٢٣٤", "₀₁₀₁₉₀-₁₂₃₄", "⁰¹⁰¹⁹⁰-¹²³⁴", "0\u03011\u030101901234",
]
"""Every way of hiding a CPR number the issue names, and look-alike digits."""

NOT_CPR = [
    "23-11-2026", "Mødet er 23-11-2026 kl. 14:30.", "2026-11-23T09:30:00", "Tlf. 20 30 40 50",
    "+45 12 34 56 78", "kr. 1.234.567,00", "Beløb: 12.500 kr. pr. måned i 12 måneder", "320190-1234",
    "01019012345", "ID 4501019012345", "Uge 47, 2026", "Reg. 1234 konto 12345678", "12.34.56 7890",
    "Jeg vil gå 3 gange om ugen, 30 minutter, fra 01-12-2026.",
]
"""Dates, phone numbers and amounts: not refused (a valid ddmmyy date and four digits is the shape)."""

HISTORY_COPIES = {("goal_revision", "text"), ("goal_revision", "rationale"), ("agreement_event", "old_what"),
                  ("agreement_event", "new_what")}
"""Earlier wordings copied from a record already checked: a copy is never refused, or a number that
slipped in could never be corrected (the correction keeps the old wording as history)."""
CODES = {"plan_type", "kind", "part", "time", "item", "repeat"}
"""Codes, a clock time, an item's key ("goal:3") and an agreement's repeat (an RRULE subset such as
"FREQ=WEEKLY;BYDAY=TH", refused unless it parses): not free text."""
TEXT_FIELDS = {
    m: [n for n, f in m.model_fields.items()
        if f.annotation in (str, str | None) and n not in CODES and (m.__table__, n) not in HISTORY_COPIES
        and not n.endswith("_by")]  # who did it: the app's user (--user, refused there when it looks like a CPR)
    for m in ALL_MODELS if m.__table__ not in ("audit_log", "frozen_minutes", "view_state")
}


@pytest.mark.parametrize("text", ISSUE_VARIANTS)
def test_every_named_variant_is_found_and_masked(text: str) -> None:
    assert looks_like_cpr(text), repr(text)
    assert looks_like_cpr(f"Borgerens nummer er {text}, skriv det ikke."), repr(text)
    masked = mask_cpr(f"nr. {text} ok")
    assert not looks_like_cpr(masked) and masked.startswith("nr. ") and masked.endswith(" ok")
    assert len(masked) == len(text) + 7  # the same length: the palette highlights by position
    assert not looks_like_cpr(screen_text(text)) and "\x1b" not in screen_text(text)
    assert not looks_like_cpr(inline(text))  # the export cleaner joins it up, then masks it


@pytest.mark.parametrize("text", NOT_CPR)
def test_dates_phone_numbers_and_amounts_are_not_refused(text: str) -> None:
    assert not looks_like_cpr(text), repr(text)
    assert mask_cpr(text) == text


def test_the_rule_reads_the_text_as_a_reader_sees_it() -> None:
    norm, where = normalise("01\u200b01\t\n 90\u2013\u00ad1234")
    assert norm == "0101 90-1234"
    assert len(where) == len(norm)
    assert find_cpr("ab 010190-1234 cd") == [(3, 14)]


_CHANGED_BY_FOLD = ("".join(chr(0xFF10 + i) for i in range(10)) + "\u2013\u2014\u2212\u00ad\u200b\u2060\u202e"
                    "\u2066\u200e\ufeff\u0301\u00b2\u00b3\u2070\u2074\u2075\u2076\u3000\u00a0\u2044")
"""Characters `fold` changes: more distinct ones than its replace-one-by-one shortcut takes."""


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.integers(0, len(_CHANGED_BY_FOLD)))
def test_fold_reads_any_text_as_the_one_table_does(text: str, many: int) -> None:
    """`fold`'s shortcuts (ASCII; a few distinct characters replaced one by one) give what the table gives,
    also with more distinct characters to change than the shortcut takes, and find the same numbers."""
    assert len(set(_CHANGED_BY_FOLD)) > _FEW_CHANGED
    assert all(_FOLD_TABLE[ord(ch)] != ch for ch in _CHANGED_BY_FOLD)
    for t in (text, text + _CHANGED_BY_FOLD[:many], "010190-1234 " + text, text + " 0101\u200b90\u20131234",
              _CHANGED_BY_FOLD[:many] + " \uff10\uff11\uff10\uff11\uff19\uff10-1234"):
        assert fold(t) == t.translate(_FOLD_TABLE)
        assert len(fold(t)) == len(t)
        assert find_cpr(t) == find_cpr(t.translate(_FOLD_TABLE))


def test_the_characters_fold_skips_fold_to_themselves() -> None:
    """`fold` looks only at the characters outside SELF_FOLDING: each one inside it is kept as it is."""
    inside = re.findall(f"[{SELF_FOLDING}]", "".join(map(chr, range(0x110000))))  # every code point, one scan
    assert len(inside) == 95 + 62  # printable ASCII and the Latin-1 letters (not × and ÷)
    assert all(_FOLD_TABLE[ord(ch)] == ch for ch in inside), [ch for ch in inside if _FOLD_TABLE[ord(ch)] != ch]
    assert fold("".join(inside) + "\u00a0") == "".join(inside) + " "  # and the one beside them still changes


@st.composite
def cpr_shaped(draw: st.DrawFn) -> str:
    """A CPR-shaped number (a real date, four digits) with any mix of the hiding characters inside."""
    day = draw(st.dates())
    serial = draw(st.integers(0, 9999))
    groups = [f"{day.day:02d}", f"{day.month:02d}", f"{day.year % 100:02d}", f"{serial:04d}"]
    invisible = st.sampled_from(["", "", "\u200b", "\u00ad", "\u2060", "\u202e", "\u2066", "\u200e", "\x00",
                                 "\x1b", "\x07", "\ufeff", "\u0301"])
    date_sep = draw(st.sampled_from(["", "", ".", "-", "/", " ", "\u2013", ". ", " / "]))
    serial_sep = draw(st.sampled_from(["", "-", " ", "\n", "\r\n", "\t\t", "  ", " - ", "\u2013", "\u2014",
                                       "\u2212", ".", "/", " \u2013 ", "\u2011", "\n\n "]))
    digits = st.sampled_from(["ascii", "ascii", "fullwidth"])
    out: list[str] = []
    for g, group in enumerate(groups):
        if g in (1, 2):
            out.append(date_sep)
        elif g == 3:
            out.append(serial_sep)
        style = draw(digits)
        for ch in group:
            out.append(draw(invisible))
            out.append(chr(0xFF10 + int(ch)) if style == "fullwidth" else ch)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(cpr_shaped(), st.sampled_from(["", "Borgerens nummer: ", "Ring til "]), st.sampled_from(["", " i dag.", "x"]))
def test_any_hidden_cpr_is_refused_by_every_text_field(cpr: str, before: str, after: str) -> None:
    text = before + cpr + after
    assert looks_like_cpr(text), repr(text)
    assert not looks_like_cpr(mask_cpr(text)) and not looks_like_cpr(screen_text(text))
    for model, fields in TEXT_FIELDS.items():
        for name in fields:
            with pytest.raises(ValidationError) as info:
                model.model_validate({name: text})
            refusals = [e for e in info.value.errors() if e["loc"] == (name,)]
            assert [e["type"] for e in refusals] == ["cpr_in_text"], (model, name, refusals)
            assert refusals[0]["msg"] == CPR_MESSAGE


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cpr_shaped())
def test_every_store_entry_point_refuses_it(_templates: dict[str, Path], tmp_path: Path, cpr: str) -> None:
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "case.db"
    copy_database(_templates["empty"], path)  # a new, empty file per example (tests/conftest.py)
    with Store(path, user="test") as store:
        before = store.db.query("SELECT count(*) AS n FROM audit_log WHERE action != 'access'")[0]["n"]
        case = fill_case(store, f"Tekst {cpr}", close=True)
        assert case.kept == [], f"{case.kept} kept {cpr!r}"
        # Nothing the refused calls would have written is there (the case's own scaffolding is).
        assert not any(looks_like_cpr(str(r[0])) for r in store.db.query("SELECT new_value FROM audit_log"))
        assert store.db.query("SELECT count(*) AS n FROM audit_log")[0]["n"] > before


@pytest.fixture(scope="module")
def _plain_case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int]:
    """A full case with harmless text in every field (written once)."""
    path = tmp_path_factory.mktemp("cpr") / "case.db"
    with Store(path, user="test") as store:
        case = fill_case(store, "Jeg vil noget.")
        assert case.refused == []
        goal = store.goals(case.plan_id)[0]
        assert goal.id is not None
        return path, case.citizen_id, goal.id


def _slip_in(path: Path, text: str, citizen_id: int, goal_id: int) -> None:
    """Put `text` into the file the way the store would refuse: with SQL, past every check."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE citizen SET name = ?, [values] = ? WHERE id = ?", (text, text, citizen_id))
        conn.execute("UPDATE plan SET overall_goal = ?, purpose = ? WHERE citizen_id = ?", (text, text, citizen_id))
        for table, column in (("goal", "text"), ("goal", "rationale"), ("agreement", "what"),
                              ("participant", "name"), ("note", "text"), ("agenda_item", "title"),
                              ("agenda_item", "notes"), ("observation", "text"), ("addendum", "text"),
                              ("pdsa_cycle", "plan"), ("activity", "text"), ("order_goal", "text"),
                              ("scale_reading", "note")):
            conn.execute(f"UPDATE [{table}] SET [{column}] = ?", (text,))
    conn.close()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cpr_shaped())
def test_a_cpr_that_slipped_in_is_masked_everywhere(_plain_case: tuple[Path, int, int], cpr: str) -> None:
    template, citizen_id, goal_id = _plain_case
    with tempfile.TemporaryDirectory() as folder:
        _masked_everywhere(template, Path(folder) / "case.db", citizen_id, goal_id, cpr)


def _masked_everywhere(template: Path, path: Path, citizen_id: int, goal_id: int, cpr: str) -> None:
    copy_database(template, path)
    text = f"Nr. {cpr} her"
    _slip_in(path, text, citizen_id, goal_id)
    # The user name is not checked (it is --user): it lands in the log as typed.
    with Store(path, user=cpr) as store:
        store.update_goal(goal_id, text="Jeg vil noget andet.")  # the old wording (the CPR) is logged
        store.update_goal(goal_id, text=text.replace(cpr, "x"))
        with pytest.raises(InputError):
            store.update_goal(goal_id, text=text)  # the store itself still refuses it
        meetings = [m.id or 0 for m in store.meetings(store.plan_of(citizen_id).id or 0)]
        case = Case(citizen_id, store.plan_of(citizen_id).id or 0, meetings)
        shown = renderings(store, case)
    for name, rendered in shown.items():
        spans = find_cpr(without_hashes(rendered))
        assert spans == [], f"{name}: {without_hashes(rendered)[spans[0][0] - 20:spans[0][1] + 20]!r}"
        assert "\x1b" not in rendered and "\x00" not in rendered, name
    for name in ("live-None", "log.md", "check", "plan-authority.md"):
        assert shown[name].count("•") >= 10, name  # it was there, and it is masked
