"""The command line walked in each language: every command's output (stdout and stderr) in that language.

Under `--lang en` no Danish word of Rundbord's own may be left once every
value stored in the database (user data) is blanked out; under Danish no
English word of Rundbord's own.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.store.test_exports_english import danish_in, rundbords_own_words, user_values
from tests.tui.cli_helpers import rundbord_here

ENGLISH_ONLY = {"the", "is", "are", "of", "and", "meeting", "meetings", "agreement", "agreements", "citizen",
                "saved", "minutes", "draft", "drafts", "there", "no", "not", "items", "item", "weeks", "months",
                "follow", "up", "due", "overdue", "period", "ends", "your", "you", "who", "what", "when", "next"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def commands(db: Path, tmp_path: Path, lang: str) -> list[list[str]]:
    base = ["--db", str(db), "--lang", lang]
    return [
        ["due", *base],
        ["due", "--year", *base],
        ["due", "--weeks", "x", *base],
        ["export", "minutes", "3", "--audience", "citizen", *base],
        ["export", "minutes", "3", "-o", str(tmp_path / f"m-{lang}.md"), *base],
        ["export", "minutes", "2", "--audience", "citizen", "-o", str(tmp_path / f"closed-{lang}.md"), *base],
        ["export", "minutes", "999", *base],
        ["export", "minutes", "3", "-o", str(tmp_path / "q1" / "x.md"), *base],
        ["export", "mail", "3", "-o", str(tmp_path / f"m-{lang}.md"), *base],
        ["export", "plan", "1", "--audience", "authority", *base],
        ["export", "plan", "1", "--format", "html", "-o", str(tmp_path / f"p-{lang}.html"), *base],
        ["export", "ics", "1", "-o", str(tmp_path / f"c-{lang}.ics"), *base],
        ["export", "ics", *base],
        ["export", "mail", "3", "-o", str(tmp_path / f"mail-{lang}"), *base],
        ["backup", str(tmp_path / f"backup-{lang}.db"), *base],
        ["backup", str(tmp_path), *base],
        ["backup", str(tmp_path / "q2" / "b.db"), *base],
        ["reindex", *base],
        ["check", *base],
        ["--today", "23-11-2026x", "due", *base],
        ["export", "minutes", "3", "--db", str(tmp_path / "missing.db"), "--lang", lang],
    ]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_command_speaks_its_language(demo_db: Path, tmp_path: Path, lang: str) -> None:
    values = user_values(demo_db)
    seen = 0
    for argv in commands(demo_db, tmp_path, lang):
        run = rundbord_here(*argv)
        out = "\n".join(s for s in (run.stdout, run.stderr) if isinstance(s, str))
        out = out.replace(str(tmp_path), " ").replace(str(demo_db), " ")
        out = re.sub(r"\S+\.(eml|md|ics|html|db)\b|--[\w-]+|\brundbord( \w+)?", " ", out)  # files, options, commands
        assert out.strip(), argv
        seen += 1
        if "--audience" in argv and "citizen" in argv and "-o" in argv and "2" in argv:
            continue  # a closed meeting's minutes: the frozen Danish copy (its note is checked below)
        left = rundbords_own_words(out, values)
        if lang == "en":
            assert danish_in(left) == [], (argv, danish_in(left))
        else:
            english = sorted({w for w in _WORD.findall(left) if w.casefold() in ENGLISH_ONLY})
            assert english == [], (argv, english)
    assert seen == len(commands(demo_db, tmp_path, lang))


def test_a_file_problem_in_english(demo_db: Path, tmp_path: Path) -> None:
    run = rundbord_here("export", "minutes", "3", "-o", tmp_path / "nope" / "x.md", "--lang", "en", "--db", demo_db)
    assert run.returncode == 2 and run.stderr == f"rundbord: The folder {tmp_path / 'nope'} does not exist.\n"
    run = rundbord_here("export", "minutes", "3", "-o", tmp_path / "nope" / "x.md", "--db", demo_db)
    assert run.stderr == f"rundbord: Mappen {tmp_path / 'nope'} findes ikke.\n"


def test_a_closed_meeting_exported_in_english_says_it_stays_danish(demo_db: Path, tmp_path: Path) -> None:
    run = rundbord_here("export", "minutes", "2", "--lang", "en", "-o", tmp_path / "x.md", "--db", demo_db)
    assert run.returncode == 0
    assert "Note: The meeting is closed: the minutes are the locked copy as it was written, and are exported " \
           "in Danish." in run.stderr
    assert "# Referat:" in (tmp_path / "x.md").read_text(encoding="utf-8")


def test_every_message_the_command_line_says_has_english() -> None:
    """Every `say("...")` in tui/ (the command line's own messages) has an entry in `cli_words.MESSAGES_EN`."""
    import ast

    from tui.cli_words import MESSAGES_EN

    def literals(node: ast.expr) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return literals(node.body) + literals(node.orelse)
        return []

    root = Path(__file__).resolve().parents[2] / "tui"
    said: list[str] = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "say" and node.args:
                said += literals(node.args[0])
    assert len(said) > 30
    assert [s for s in said if s not in MESSAGES_EN] == []
    assert all(da.count("{") == en.count("{") for da, en in MESSAGES_EN.items())


def test_the_serve_warning_in_both_languages() -> None:
    from tui.commands.common import set_cli_language
    from tui.commands.serve import warning_for

    try:
        set_cli_language("en")
        english = warning_for("0.0.0.0")
        set_cli_language("da")
        danish = warning_for("0.0.0.0")
    finally:
        set_cli_language("da")
    assert english is not None and english.startswith("Warning: the shared screen is shown on 0.0.0.0")
    assert danish is not None and danish.startswith("Advarsel: den fælles skærm vises på 0.0.0.0")
    assert warning_for("127.0.0.1") is None
