"""`rundbord export minutes` and `export plan` load neither Textual nor pydantic nor the models (a fast
command: `store/export_store.py`), make the same bytes as the full store, and still log who looked."""
from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from store import Store
from store.enums import Audience
from tests.child import run_python
from tests.conftest import TEST_USER

NOT_LOADED = ("textual", "rich", "pydantic", "pydantic_core", "store.models", "store.db", "store.schema",
              "store.store", "sqlite_utils", "store.exports.fhir", "store.exports.mail", "store.exports.pdf",
              "weasyprint", "email.message", "screens")


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """The command in a child (as `rundbord` runs it), then which of NOT_LOADED it loaded."""
    code = (
        "import sys\n"
        "from tui.cli import main\n"
        f"code = main({argv!r})\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {NOT_LOADED!r} or m in {NOT_LOADED!r})\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    return run_python(code)


def _loaded(err: str) -> str:
    return next(line for line in err.splitlines() if line.startswith("LOADED"))


@pytest.mark.parametrize("kind, fmt", [("minutes", "md"), ("minutes", "html"), ("plan", "md"), ("plan", "html")])
def test_export_of_a_document_loads_no_textual_no_pydantic_no_models(demo_db: Path, tmp_path: Path, kind: str,
                                                                       fmt: str) -> None:
    with Store(demo_db, user=TEST_USER) as store:
        cid = store.list_citizens()[0].id
        assert cid is not None
        mid = store.meetings(store.plan_of(cid).id or 0)[0].id
        assert mid is not None
        before = len(store.access_log(cid))
        expected = (store.minutes_markdown(mid, Audience.DAY_SERVICE) if kind == "minutes" and fmt == "md"
                    else store.plan_markdown(cid, Audience.DAY_SERVICE) if fmt == "md" else None)
    out = tmp_path / f"copy.{fmt}"
    subject = mid if kind == "minutes" else cid
    done = _run(["export", kind, str(subject), "--audience", "day_service", "--format", fmt, "--db", str(demo_db),
                 "--user", TEST_USER, "-o", str(out)])
    assert done.returncode == 0, done.stderr
    assert _loaded(done.stderr) == "LOADED []"
    if expected is not None:
        assert out.read_text(encoding="utf-8") == expected
    else:
        assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with Store(demo_db, user=TEST_USER) as store:
        looks = store.access_log(cid)
    assert len(looks) == before + 1  # who looked: logged as by the full store
    assert looks[-1].detail("kind") == kind and looks[-1].detail("format") == fmt
    assert looks[-1].user == TEST_USER and looks[-1].detail("destination") == str(out.resolve())


def test_the_other_kinds_still_open_the_full_store(demo_db: Path, tmp_path: Path) -> None:
    done = _run(["export", "ics", "1", "--db", str(demo_db), "-o", str(tmp_path / "k.ics")])
    assert done.returncode == 0, done.stderr
    assert "'store.models'" in _loaded(done.stderr)


def test_a_row_edited_by_hand_is_read_and_reported_by_the_full_store(demo_db: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE goal SET start_date = 'i morgen' WHERE id = (SELECT min(id) FROM goal)")
        plan_id = conn.execute("SELECT plan_id FROM goal WHERE id = (SELECT min(id) FROM goal)").fetchone()[0]
        cid = conn.execute("SELECT citizen_id FROM plan WHERE id = ?", (plan_id,)).fetchone()[0]
    out = tmp_path / "plan.md"
    done = _run(["export", "plan", str(cid), "--db", str(demo_db), "-o", str(out)])
    assert done.returncode != 0 and "start_date" in done.stderr  # pydantic's validation says what is wrong
    assert "'store.models'" in _loaded(done.stderr)
    assert not out.exists()


def test_a_refusal_reads_as_before(tmp_path: Path) -> None:
    foreign = tmp_path / "andet.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    done = _run(["export", "minutes", "1", "--db", str(foreign)])
    assert done.returncode == 2
    assert "ikke en Rundbord-database" in done.stderr
    assert _loaded(done.stderr) == "LOADED []"


def test_on_either_engine_the_light_stores_read_and_log_as_the_store_does(any_demo: str | Path,
                                                                           tmp_path: Path) -> None:
    """`ExportStore` and `ListStore` on SQLite and PostgreSQL: the same minutes, the same list, the look logged,
    and `ListStore.full()` the `Store` on the same connection."""
    from store.export_store import ExportStore
    from store.exports.delivery import ExportRequest
    from store.list_store import ListStore

    with Store(any_demo, user=TEST_USER) as store:
        cid = store.list_citizens()[0].id
        assert cid is not None
        mid = store.meetings(store.plan_of(cid).id or 0)[0].id
        assert mid is not None
        expected = store.minutes_markdown(mid, Audience.CITIZEN)
        names = [r.name for r in store.list_citizens()]
        before = len(store.access_log(cid))
    with ExportStore(any_demo, user=TEST_USER) as light:
        prepared = light.prepare_export(ExportRequest("minutes", mid, audience=Audience.CITIZEN))
        written = light.deliver(prepared, tmp_path / "referat.md")
    assert written[0].read_text(encoding="utf-8") == expected
    with ListStore(any_demo, user=TEST_USER) as first:
        assert [r.name for r in first.list_citizens()] == names
        assert first.count_citizens() == len(names)
        full = first.full()
        assert full.db.engine is first.db.engine and len(full.access_log(cid)) == before + 1
