"""One clock: store/clock.py is the only place that reads the system's date or time.

The source of store/, screens/ and tui/ is walked as a syntax tree: a call of
`date.today()`, `datetime.now()`, `datetime.today()`, `datetime.utcnow()` or
`time.time()` anywhere else fails the test (aliases such as
`from datetime import datetime as dt` are followed). The clock itself is then
checked: fixed, set to a day, and handed to a child process.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from store import clock

ROOT = Path(__file__).resolve().parents[2]
CLOCK = ROOT / "store" / "clock.py"
FORBIDDEN = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("time", "time"),
}
"""(class or module, function): calls that read the system clock."""


def clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, call) of every forbidden call in `source`, following import aliases."""
    tree = ast.parse(source)
    # name in this module -> what it is: "date", "datetime", "time", "datetime-module"
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name in ("datetime", "time"):
                    names[a.asname or a.name] = a.name + "-module"
        elif isinstance(node, ast.ImportFrom) and node.module in ("datetime", "time"):
            for a in node.names:
                names[a.asname or a.name] = a.name
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and names.get(func.id) == "time":
            found.append((node.lineno, "time()"))
        elif isinstance(func, ast.Attribute):
            base = func.value
            owner: str | None = None
            if isinstance(base, ast.Name):
                kind = names.get(base.id)
                if kind in ("date", "datetime"):
                    owner = kind
                elif kind == "time-module":
                    owner = "time"
            elif isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name):
                if names.get(base.value.id) == "datetime-module" and base.attr in ("date", "datetime"):
                    owner = base.attr
            if owner is not None and (owner, func.attr) in FORBIDDEN:
                found.append((node.lineno, f"{owner}.{func.attr}()"))
    return found


def test_only_the_clock_reads_the_date_or_time() -> None:
    offenders: list[str] = []
    for folder in ("store", "screens", "tui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            reads = clock_reads(path.read_text(encoding="utf-8"))
            if path == CLOCK:
                assert [c for _, c in reads] == ["datetime.now()"], reads  # its one read of the system clock
                continue
            offenders += [f"{path.relative_to(ROOT)}:{line}: {call}" for line, call in reads]
    assert not offenders, "read the date through store/clock.py instead:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import date\nx = date.today()",
        "import datetime\nx = datetime.datetime.now()",
        "import datetime as dt\nx = dt.date.today()",
        "from datetime import datetime as D\nx = D.utcnow()",
        "import time\nx = time.time()",
        "from time import time\nx = time()",
    ],
)
def test_the_walk_finds_every_way_of_writing_it(source: str) -> None:
    assert clock_reads(source), source


def test_harmless_calls_are_not_flagged() -> None:
    source = "import time\nfrom datetime import date\nx = time.monotonic()\ny = date(2026, 1, 1)\nz = date.fromisoformat('2026-01-01')"
    assert clock_reads(source) == []


def test_fix_and_set_today() -> None:
    try:
        clock.fix(datetime(2030, 5, 17, 14, 5, 59, 999))
        assert clock.now() == datetime(2030, 5, 17, 14, 5, 59)
        assert clock.today() == date(2030, 5, 17)
        assert clock.setting() == "2030-05-17T14:05:59"
        clock.set_today(date(2031, 1, 2))
        assert clock.today() == date(2031, 1, 2)
        assert clock.setting() == "2031-01-02"
        clock.apply_setting("2032-02-29")
        assert clock.today() == date(2032, 2, 29)
        with pytest.raises(ValueError):
            clock.apply_setting("29-02-2032")
    finally:
        clock.fix(datetime(2026, 11, 23, 9, 30))


def test_a_child_process_reads_the_day_from_the_environment() -> None:
    code = "from store import clock; print(clock.today().isoformat(), clock.now().isoformat())"
    env = {"RUNDBORD_TODAY": "2029-03-04T10:11:12", "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["2029-03-04", "2029-03-04T10:11:12"]


def test_the_command_line_refuses_a_bad_day(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    assert main(["--today", "i morgen", "due"]) == 2
    assert "--today skal være en dato" in capsys.readouterr().err
