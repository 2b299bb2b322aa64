"""A PostgreSQL URL in --db or $RUNDBORD_DB: a server that cannot be reached is said in Danish (exit 2),
the password never shown; a reachable one is the shared database (tests/tui/test_postgres_cli.py)."""
from __future__ import annotations

import pytest

from tui.cli import main

URL = "postgresql://anna:hemmeligt@127.0.0.1:1/rundbord?connect_timeout=3"
"""Nothing listens on port 1: the connection is refused at once."""


@pytest.mark.parametrize("argv", [["check", "--db", URL], ["backup", "--db", URL, "kopi.db"], ["due"]])
def test_an_unreachable_server_is_said_with_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNDBORD_DB", URL)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Kan ikke forbinde til databasen" in err
    assert "hemmeligt" not in err and "postgresql://anna:•••@127.0.0.1:1/rundbord" in err
