"""--db, --user, --lang and --today mean the same before or after the subcommand (finding 4 of issue 16).

`rundbord --db mette.db export plan 1` once exported citizen 1 of the *default*
database: the wrong person's plan. Here every subcommand runs with the options
before it and after it, against two databases that hold different people (and
$RUNDBORD_DB pointing at a third), and the output says which file was used.
"""
from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from store import Store
from store.access import AccessEvent
from tui.cli import build_parser

from .cli_helpers import rundbord, rundbord_here


def _subcommands() -> dict[str, list[str]]:
    """Every subcommand's argv (nested ones too), with placeholders for its positional arguments."""
    parser = build_parser()
    out: dict[str, list[str]] = {}

    def walk(p: argparse.ArgumentParser, prefix: list[str]) -> None:
        subs = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]  # noqa: SLF001 - argparse's own tree
        if not subs:
            positionals = [a for a in p._actions if not a.option_strings and a.dest != "help"]  # noqa: SLF001
            out[" ".join(prefix)] = [*prefix, *("1" if "id" in a.dest else "FIL" for a in positionals)]
            return
        for name, child in subs[0].choices.items():
            walk(child, [*prefix, name])

    walk(parser, [])
    return out


SUBCOMMANDS = _subcommands()
OPTIONS = ["--db", "a.db", "--user", "Bente", "--lang", "en", "--today", "2027-02-01"]


def test_every_subcommand_is_covered() -> None:
    assert set(SUBCOMMANDS) == {"demo", "check", "reindex", "backup", "copy", "upgrade", "due", "view", "serve",
                                "export minutes", "export plan", "export log", "export ics", "export calendar",
                                "export mail", "export fhir"}


@pytest.mark.parametrize("command", list(SUBCOMMANDS))
def test_the_parser_reads_them_the_same_in_both_places(command: str) -> None:
    argv = SUBCOMMANDS[command]
    parser = build_parser()
    before = vars(parser.parse_args([*OPTIONS, *argv]))
    after = vars(build_parser().parse_args([*argv, *OPTIONS]))
    assert before == after
    assert (before["db"], before["user"], before["lang"], before["today"]) == (Path("a.db"), "Bente", "en", "2027-02-01")
    mixed = vars(build_parser().parse_args(["--db", "a.db", "--lang", "en", *argv, "--user", "Bente",
                                            "--today", "2027-02-01"]))
    assert mixed == before


@pytest.fixture
def two(tmp_path: Path, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A: the demo case (Nanna Kildegaard); B: one other citizen (Bo Bertelsen); C: $RUNDBORD_DB (Carl Cort)."""
    b, c = tmp_path / "b.db", tmp_path / "c.db"
    for path, name in ((b, "Bo Bertelsen"), (c, "Carl Cort")):
        with Store(path, user="test") as s:
            cid = s.create_citizen(name).id
            plan = s.plan_of(cid or 0)
            s.set_overall_goal(plan.id or 0, f"{name} vil noget.", "purpose")
    monkeypatch.setenv("RUNDBORD_DB", str(c))
    return {"A": demo_db, "B": b, "C": c, "names": {"A": "Nanna Kildegaard", "B": "Bo Bertelsen", "C": "Carl Cort"}}


def _both(argv: list[str], db: Path, *extra: str) -> list[list[str]]:
    """The same command with the options before the subcommand and after it."""
    return [["--db", str(db), *extra, *argv], [*argv, "--db", str(db), *extra]]


@pytest.mark.parametrize("kind", ["plan", "log"])
def test_export_reads_the_named_file_and_logs_the_named_user(two: dict[str, Any], tmp_path: Path, kind: str) -> None:
    for key in ("A", "B"):
        for argv in _both(["export", kind, "1"], two[key], "--user", f"Bruger {key}", "--today", "2027-02-01"):
            out = rundbord_here(*argv)
            assert out.returncode == 0, out.stderr
            assert two["names"][key] in out.stdout and "Carl Cort" not in out.stdout
            if kind == "log":
                assert "Lavet 1\\. februar 2027" in out.stdout
            with Store(two[key], read_only=True) as s:
                last = s.access_log(1)[-1]
            assert last.event == AccessEvent.EXPORT and last.user == f"Bruger {key}"
            assert last.at.date().isoformat() == "2027-02-01"
    with Store(two["C"], read_only=True) as s:
        assert s.access_log(1) == []  # the default database was never touched


@pytest.mark.parametrize("kind", ["ics", "fhir"])
def test_outward_exports_read_the_named_file(two: dict[str, Any], tmp_path: Path, kind: str) -> None:
    """A calendar or a FHIR Bundle of citizen 1 is the named file's citizen 1, wherever --db stands."""
    for key in ("A", "B"):
        for n in range(2):
            target = tmp_path / f"{key}-{n}.{kind}"
            argv = _both(["export", kind, "1", "-o", str(target)], two[key], "--user", f"Bruger {key}")[n]
            out = rundbord_here(*argv)
            assert out.returncode == 0, out.stderr
            written = target.read_text(encoding="utf-8")
            assert two["names"][key] in written and "Carl Cort" not in written
            with Store(two[key], read_only=True) as s:
                assert s.access_log(1)[-1].user == f"Bruger {key}"
    with Store(two["C"], read_only=True) as s:
        assert s.access_log(1) == []


def test_export_minutes_reads_the_named_file(two: dict[str, Any]) -> None:
    with Store(two["A"], read_only=True) as s:
        meeting = s.meetings(s.plan_of(1).id or 0)[0].id
    for argv in _both(["export", "minutes", str(meeting)], two["A"]):
        out = rundbord_here(*argv)
        assert out.returncode == 0 and "Nanna Kildegaard" in out.stdout, out.stderr
    for argv in _both(["export", "minutes", str(meeting)], two["B"]):
        out = rundbord_here(*argv)  # B has no such meeting: the right file said so
        assert out.returncode == 2 and f"intet møde nr. {meeting}" in out.stderr


def test_check_due_backup_upgrade_and_reindex_use_the_named_file(two: dict[str, Any], tmp_path: Path) -> None:
    for key in ("A", "B"):
        for argv in _both(["check"], two[key]):
            out = rundbord_here(*argv)
            assert out.returncode == 0 and f"Kontrol af {two[key]}" in out.stdout, out.stdout
        for argv in _both(["due", "--weeks", "520"], two[key], "--today", "2026-11-23"):
            out = rundbord_here(*argv)
            assert out.returncode == 0, out.stderr
            assert ("Nanna" in out.stdout) == (key == "A") and "Carl" not in out.stdout
        for place in ("before", "after"):
            copy = tmp_path / f"kopi-{key}-{place}.db"
            argv = _both(["backup", str(copy)], two[key])[0 if place == "before" else 1]
            out = rundbord_here(*argv)
            assert out.returncode == 0, out.stderr
            conn = sqlite3.connect(copy)
            assert conn.execute("SELECT name FROM citizen WHERE id = 1").fetchone()[0] == two["names"][key]
            conn.close()
        for argv in _both(["upgrade"], two[key]):
            out = rundbord_here(*argv)
            assert out.returncode == 0 and str(two[key]) in out.stdout
        for argv in _both(["reindex"], two[key]):
            out = rundbord_here(*argv)
            assert out.returncode == 0 and ("(1 borger)" in out.stdout), out.stdout


def test_demo_writes_the_named_file_as_the_named_user(two: dict[str, Any], tmp_path: Path) -> None:
    for i, argv in enumerate(_both(["demo"], tmp_path / "ny-{}.db", "--user", "Demo-bruger")):
        argv = [a.replace("{}", str(i)) for a in argv]
        out = rundbord_here(*argv)
        assert out.returncode == 0, out.stderr
        with Store(tmp_path / f"ny-{i}.db", read_only=True) as s:
            assert s.list_citizens()[0].name == "Nanna Kildegaard"
            assert {e.user for e in s.citizen_log(1)} == {"Demo-bruger"}
    with Store(two["C"], read_only=True) as s:
        assert [c.name for c in s.list_citizens()] == ["Carl Cort"]


@pytest.mark.parametrize("argv", [["view"], ["serve", "--port", "9"]])
def test_the_shared_screen_opens_the_named_file(two: dict[str, Any], tmp_path: Path, argv: list[str]) -> None:
    """Real processes: a --db that does not exist is reported by name, wherever it stands (had it been
    ignored, the view would have opened $RUNDBORD_DB and the process would not have ended)."""
    missing = tmp_path / "findes-ikke.db"
    for placed in _both(argv, missing):
        out = rundbord(*placed, timeout=60)
        assert out.returncode == 2, (placed, out.stderr)
        assert f"Databasen {missing} findes ikke" in out.stderr, out.stderr


def test_the_app_opens_the_named_file(two: dict[str, Any]) -> None:
    """The app has no subcommand: its options in any order; the refusal names the file it opened."""
    for argv in (["--db", str(two["B"]), "--citizen", "99"], ["--citizen", "99", "--db", str(two["B"])]):
        out = rundbord(*argv, timeout=60)
        assert out.returncode == 2 and f"ingen borger nr. 99 i {two['B']}" in out.stderr, out.stderr


def test_a_user_name_that_looks_like_a_cpr_number_is_refused(demo_db: Path) -> None:
    for argv in (["--user", "010190-1234", "check"], ["check", "--user", "0101 90 1234"]):
        out = rundbord_here(*argv, "--db", demo_db)
        assert out.returncode == 2 and "--user ser ud til at indeholde et CPR-nummer" in out.stderr
        assert "1234" not in out.stderr
