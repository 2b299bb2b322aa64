"""A PostgreSQL URL given to the command line is refused in Danish before anything runs, password hidden."""
from __future__ import annotations

import pytest

from tui.cli import main

URL = "postgresql://anna:hemmeligt@127.0.0.1:5432/rundbord"


@pytest.mark.parametrize("argv", [["--db", URL], ["check", "--db", URL], ["view", "--db", URL], ["due"]])
def test_a_url_is_refused_with_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNDBORD_DB", URL)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "kan ikke åbne en PostgreSQL-database" in err
    assert "hemmeligt" not in err and "postgresql://anna:•••@127.0.0.1:5432/rundbord" in err
