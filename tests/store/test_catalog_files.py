"""A municipality's catalogue file that cannot be used is named and skipped (finding 8 of issue 16).

One malformed file used to stop every command with "uventet fejl (JSONDecodeError…)"
and no file name. Now the file and the line (or the entry) are named in a
warning, the file is skipped, and the shipped catalogue and the other files
still work.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from store import Store
from store.catalog import load_catalog

from ..tui.cli_helpers import rundbord_here

GOOD = {"plan_types": [{"code": "kommunens_plan", "name": "Kommunens egen plan"}]}
BROKEN: dict[str, tuple[bytes, str]] = {
    "json": (b'{\n  "plan_types": [\n    {"code": "x", "name": "X",}\n  ]\n}\n', "fejl i linje 3"),
    "encoding": ('{"plan_types": []}'.encode("utf-16"), "ikke UTF-8"),
    "shape": (json.dumps({"meeting_kinds": [{"code": "m"}]}).encode(), "meeting_kinds[0] mangler 'name'"),
    "agenda": (json.dumps({"meeting_kinds": [{"code": "m", "name": "M", "agenda": [{"part": "free"}]}]}).encode(),
               "meeting_kinds[0].agenda[0] mangler 'title'"),
    "list": (b"[1, 2, 3]", "JSON-objekt"),
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_broken_file_is_named_and_skipped(tmp_path: Path, kind: str) -> None:
    content, words = BROKEN[kind]
    (tmp_path / "a-kommune.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (tmp_path / "b-fejl.json").write_bytes(content)
    catalog = load_catalog([tmp_path])
    assert "kommunens_plan" in catalog.plan_types  # the good file still counts
    assert "ressourceforloeb" in catalog.plan_types and "citizen" in catalog.meeting_kinds  # the shipped ones
    assert len(catalog.warnings) == 1
    assert str(tmp_path / "b-fejl.json") in catalog.warnings[0] and words in catalog.warnings[0]
    with Store(tmp_path / "x.db", user="test", catalog=catalog) as s:
        assert s.warnings == list(catalog.warnings)
        assert s.create_citizen("Ida", plan_type="kommunens_plan").id


def test_every_command_still_works_and_prints_the_warning(tmp_path: Path, demo_db: Path) -> None:
    folder = tmp_path / "katalog"
    folder.mkdir()
    (folder / "fejl.json").write_bytes(BROKEN["json"][0])
    for argv in (["check"], ["due"], ["export", "plan", "1"]):
        out = rundbord_here(*argv, "--db", demo_db, env={"RUNDBORD_CATALOG": str(folder)})
        assert out.returncode == 0, (argv, out.stderr)
        assert f"kataloget {folder / 'fejl.json'} er sprunget over (fejl i linje 3" in out.stderr
        assert "uventet" not in out.stderr


def test_the_warning_in_english(tmp_path: Path, demo_db: Path) -> None:
    folder = tmp_path / "katalog"
    folder.mkdir()
    (folder / "fejl.json").write_bytes(BROKEN["shape"][0])
    for argv in (["check"], ["due"]):
        out = rundbord_here(*argv, "--db", demo_db, "--lang", "en", env={"RUNDBORD_CATALOG": str(folder)})
        assert out.returncode == 0, (argv, out.stderr)
        assert (f"Warning: the catalogue {folder / 'fejl.json'} is skipped (meeting_kinds[0] lacks 'name'). "
                "Rundbord's own catalogue is still used.") in out.stderr
        assert "sprunget over" not in out.stderr
