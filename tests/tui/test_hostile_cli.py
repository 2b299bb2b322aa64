"""Hostile input on the command line and in the store: stored verbatim and harmless, or
refused in Danish; never a traceback, never a damaged file.

Control characters and escape sequences are *stored verbatim* (they are data);
screens and exports neutralise them (`store.audit.visible`, `store.markdown_safe`).
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from store import InputError, Store
from store.maintenance import integrity_report
from tui.cli import main

from .cli_helpers import no_traceback, rundbord, rundbord_here
from .test_check_backup_cli import _export_log_cmd

CORPUS: list[str] = [
    "[bold]fed[/bold]",
    "[/]",
    "[link=https://example.invalid]klik her[/link]",
    "[@click=app.quit]luk appen[/]",
    "\x1b[2J\x1b[31mrød skærm\x1b[0m\x07",
    "nul\x00byte og \x08backspace og \r vognretur og \x9b C1",
    "x" * 100_000,
    "Emoji 😀👍🏽🇩🇰 og ZWJ 👩‍👩‍👧",
    "مرحبا بالعالم עברית \u202eomvendt\u202c",
    "æøå ÆØÅ é ü",
    "'); DROP TABLE citizen;--",
    "Robert'); DELETE FROM audit_log; --",
    "<script>alert('x')</script>",
    "| kolonne | # overskrift | *stjerne* `kode`",
    "linje 1\nlinje 2\tfane",
]
BLANK = ["", " ", "\t\n  "]
DANISH_HINT = ("Feltet", "Skriv", "Teksten", "Værdien", "Vælg", "Slutdatoen", "Personen", "Ukendt")


def _danish(exc: InputError) -> None:
    assert exc.message and exc.message.startswith(DANISH_HINT), exc.message


@pytest.fixture
def demo(demo_store: Store, demo_citizen_id: int) -> tuple[Store, int]:
    """The demo case at `db_path` (tests/conftest.py) and its citizen."""
    return demo_store, demo_citizen_id


def test_hostile_text_is_stored_verbatim_or_refused(demo: Any, db_path: Path) -> None:
    s, cid = demo
    plan_id = s.plan_of(cid).id
    who = s.participants(plan_id)[0].id
    for text in CORPUS:
        goal = s.add_goal(plan_id, "social", text, rationale=text)
        assert s.get_goal(goal.id).text == text and s.get_goal(goal.id).rationale == text
        note = s.add_note(plan_id, text)
        assert [n.text for n in s.notes(plan_id) if n.id == note.id] == [text]
        a = s.add_agreement(plan_id, who, text, when="hver uge")
        assert s.get_agreement(a.id).what == text
        s.update_citizen(cid, values=text)
        assert s.get_citizen(cid).values == text
        c = s.create_citizen(text)
        assert s.get_citizen(c.id).name == text
    for blank in BLANK:
        for call in (
            lambda: s.add_goal(plan_id, "social", blank),
            lambda: s.add_note(plan_id, blank),
            lambda: s.add_agreement(plan_id, who, blank),
            lambda: s.create_citizen(blank),
        ):
            with pytest.raises(InputError) as info:
                call()
            _danish(info.value)
    assert s.list_citizens()  # the citizen table survived the SQL-looking strings
    assert s.verify_audit_chain().ok
    assert integrity_report(db_path).ok


def test_impossible_dates_scores_and_cpr_are_refused_in_danish(demo: Any) -> None:
    s, cid = demo
    plan_id = s.plan_of(cid).id
    who = s.participants(plan_id)[0].id
    goal_id = s.goals(plan_id)[0].id
    before = s.db.query("SELECT count(*) AS n FROM audit_log")[0]["n"]
    bad_calls = [
        lambda: s.add_agreement(plan_id, who, "Ring", "31-02-2026"),
        lambda: s.add_agreement(plan_id, who, "Ring", "i morgen"),
        lambda: s.record_scale_reading(goal_id, 0, on=date(2026, 11, 23)),
        lambda: s.record_scale_reading(goal_id, 11, on=date(2026, 11, 23)),
        lambda: s.record_scale_reading(goal_id, -3, on=date(2026, 11, 23)),
        lambda: s.record_scale_reading(goal_id, "ti", on=date(2026, 11, 23)),
        lambda: s.record_scale_reading(goal_id, 5, on="31-02-2026"),
        lambda: s.add_note(plan_id, "Borgerens cpr er 010190-1234"),
        lambda: s.update_citizen(cid, values="0101901234"),
        lambda: s.update_goal(goal_id, gas_result=7),
    ]
    for call in bad_calls:
        with pytest.raises(InputError) as info:
            call()
        assert info.value.message and not info.value.message.startswith(("Value error", "Input should"))
    assert s.db.query("SELECT count(*) AS n FROM audit_log")[0]["n"] == before  # nothing written


HOSTILE_USER = "[bold]x[/] \x1b[31m" + "ø" * 50


@pytest.mark.parametrize("argv_tail", [
    ["check"],
    ["backup", "KOPI"],
    ["demo"],
])
def test_db_paths_that_cannot_be_used(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv_tail: list[str]) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(3000))
    bad_dbs = [tmp_path, junk, Path("/proc/version"), Path("/proc/rundbord/x.db"), Path("/sys/rundbord.db")]
    for bad in bad_dbs:
        tail = [str(tmp_path / "kopi.db") if a == "KOPI" else a for a in argv_tail]
        code = main([*tail, "--db", str(bad), "--user", HOSTILE_USER])
        err = capsys.readouterr().err
        assert code == 2, (bad, err)
        assert err.startswith("rundbord: ") and "Traceback" not in err
    assert not (tmp_path / "kopi.db").exists()


def test_export_log_with_hostile_arguments(demo: Any, db_path: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    s, cid = demo
    s.update_citizen(cid, values=CORPUS[4] + CORPUS[2] + CORPUS[12])
    cmd = _export_log_cmd()
    capsys.readouterr()
    cases: list[tuple[list[str], int]] = [
        ([str(cid), "-o", str(tmp_path)], 2),
        ([str(cid), "-o", "/proc/rundbord.md"], 2),
        ([str(cid), "-o", str(tmp_path / "nej" / "x.md")], 2),
        (["99999999999999999999999"], 1),
        (["-5"], 1),
        (["0"], 1),
    ]
    for args, expected in cases:
        code = main([*cmd, *args, "--db", str(db_path)])
        err = capsys.readouterr().err
        assert code == expected, (args, err)
        assert err.startswith("rundbord: ")
    code = main([*cmd, str(cid), "--db", str(db_path)])
    out = capsys.readouterr().out
    assert code == 0 and "\x1b" not in out and "<script>" not in out
    assert integrity_report(db_path).ok


def test_hostile_user_name_is_logged_verbatim_and_shown_harmlessly(demo_db: Path) -> None:
    db_path = demo_db
    with Store(db_path, user="test") as s:
        cid = s.list_citizens()[0].id or 0
    out = rundbord("--user", HOSTILE_USER, *_export_log_cmd(), str(cid), "--db", db_path)  # argv of a real process
    no_traceback(out)
    assert out.returncode == 0
    with Store(db_path, user=HOSTILE_USER) as s:
        s.update_citizen(cid, values="ny")
        assert s.citizen_log(cid)[-1].user == HOSTILE_USER
        md = s.citizen_log_markdown(cid)
    assert "\x1b" not in md and "\\[bold\\]" in md
    out = rundbord_here("check", "--db", db_path)
    assert out.returncode == 0, out.stdout
