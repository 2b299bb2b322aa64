"""The package as a user installs it: a built wheel holds every style and data file, and runs.

The editable install of the tests reads styles from the source tree, which
hides a file left out of the package data; a wheel (`pip install .`,
`pipx install .`) does not. So the wheel is built here, its contents checked
against every `CSS_PATH` of every screen and widget class and every file
under `store/data/`, and then unpacked and run headless on the demo case with
only the unpacked folder on the path (tests/wheel_walk.py).
"""
from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the project's files (as a clean clone has them: no build/ left over)."""
    out = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("source")
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.splitlines()
    for name in listed:
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(source)],
        check=True, capture_output=True, cwd=source, timeout=300,
        env={**os.environ, "PIP_NO_INPUT": "1"},
    )
    (found,) = out.glob("rundbord-*.whl")
    return found


def files_the_code_reads() -> set[str]:
    """Every CSS_PATH of every class in screens/ and tui/ and every store/data file, as wheel paths."""
    wanted: set[str] = set()
    for package in ("screens", "tui"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, package + "."):
            module = importlib.import_module(info.name)
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if cls.__module__ != module.__name__:
                    continue
                paths = cls.__dict__.get("CSS_PATH")
                if not paths:
                    continue
                folder = Path(inspect.getfile(cls)).parent
                for p in [paths] if isinstance(paths, (str, Path)) else paths:
                    wanted.add((folder / p).resolve().relative_to(ROOT).as_posix())
    for path in (ROOT / "store" / "data").rglob("*"):
        if path.is_file():
            wanted.add(path.relative_to(ROOT).as_posix())
    return wanted


def test_the_wheel_holds_every_style_and_data_file(wheel: Path) -> None:
    wanted = files_the_code_reads()
    assert any(w.startswith("screens/forms/") for w in wanted)  # the walk found the nested styles
    assert "screens/plan.tcss" in wanted and "screens/citizens.tcss" in wanted
    assert any(w.startswith("store/data/") for w in wanted)
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(wanted - names)
    assert not missing, f"left out of the wheel: {missing}"


def test_the_unpacked_wheel_runs_every_screen_on_the_demo_case(wheel: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    env = {**os.environ, "PYTHONPATH": str(unpacked), "TEXTUAL_ANIMATIONS": "none"}
    out = subprocess.run(
        [sys.executable, "-P", str(ROOT / "tests" / "wheel_walk.py"), str(unpacked), str(tmp_path / "demo.db")],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=240,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    seen = out.stdout.split()
    for screen in ("GoalEditor", "OverallGoalEditor", "CitizenEditor", "AgreementEditor", "ScaleReadingEditor",
                   "ObservationEditor", "GoalHistoryScreen", "ActivitiesScreen", "ParticipantsScreen",
                   "ProgressionScreen", "ChangeLogScreen", "PresentationScreen", "MeetingListScreen",
                   "MinutesPreviewScreen", "QuickForm", "DueScreen"):
        assert screen in seen, f"{screen} was not opened from the wheel: {seen}"
    meetings = [s for s in seen if s.endswith("MeetingScreen") and s != "MeetingListScreen"]
    assert meetings, f"no meeting screen was opened from the wheel: {seen}"
