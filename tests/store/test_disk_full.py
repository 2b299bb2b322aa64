"""A full disk: "Disken er fuld – intet er gemt", nothing written, what was typed kept (finding 5).

It used to surface as "cannot rollback - no transaction is active" (SQLite had
already rolled the transaction back). Two ways to fill the disk: SQLite's own
size limit (`PRAGMA max_page_count`, the same SQLITE_FULL), everywhere; and a
real file system that is full (a 2 MB tmpfs), where the test may mount one.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from screens.editors.goal import GoalEditor
from store import DiskFull, Store
from store.enums import Area
from store.errors import DISK_FULL_MESSAGE
from tests.conftest import DEMO_TODAY
from tests.screens.editor_helpers import field_value, push, save, type_into
from tui.app import build_app

BIG = "Jeg vil læse en side hver dag. " * 4000  # ~120 kB: more pages than the file may grow by

pytestmark = pytest.mark.sqlite_only  # SQLite's own full-disk and I/O errors



def _count(store: Store, table: str) -> int:
    return int(store.db.query(f"SELECT count(*) AS n FROM [{table}]")[0]["n"])


def _fill(store: Store) -> None:
    """Let the file grow by nothing from here (SQLite answers SQLITE_FULL, as for a full disk)."""
    pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
    store.db.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_is_said_in_danish_and_nothing_is_written(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    goals, log = _count(demo_store, "goal"), _count(demo_store, "audit_log")
    _fill(demo_store)
    with pytest.raises(DiskFull) as info:
        demo_store.add_goal(plan_id, Area.HEALTH, BIG)
    assert info.value.message == DISK_FULL_MESSAGE
    assert info.value.message.startswith("Disken er fuld – intet er gemt")
    assert (_count(demo_store, "goal"), _count(demo_store, "audit_log")) == (goals, log)
    assert not demo_store.db.conn.in_transaction
    demo_store.db.conn.execute("PRAGMA max_page_count = 1073741823")
    demo_store.add_goal(plan_id, Area.HEALTH, BIG)  # room again: the same store goes on
    assert demo_store.verify_audit_chain().ok


async def test_the_editor_keeps_what_was_typed(demo_store: Store, demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    app = build_app(demo_store, citizen_id=demo_citizen_id, today=DEMO_TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        editor = GoalEditor(demo_store, plan_id, area=Area.HEALTH)
        await push(pilot, editor)
        await type_into(pilot, editor, "text", "Jeg vil sove otte timer.")
        editor.query_one("#f-rationale").load_text(BIG)  # type: ignore[attr-defined]
        _fill(demo_store)
        goals = _count(demo_store, "goal")
        await save(pilot)
        assert app.screen is editor
        assert DISK_FULL_MESSAGE in editor.errors().get("", "")
        assert field_value(editor, "text") == "Jeg vil sove otte timer." and field_value(editor, "rationale") == BIG
        assert _count(demo_store, "goal") == goals
        demo_store.db.conn.execute("PRAGMA max_page_count = 1073741823")
        await save(pilot)  # room again: the same form saves
        assert app.screen is not editor
        assert _count(demo_store, "goal") == goals + 1


@pytest.fixture
def small_disk(tmp_path: Path) -> Any:
    mount = tmp_path / "lille-disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_real_full_disk(small_disk: Path) -> None:
    path = small_disk / "rundbord.db"
    with Store(path, user="test") as store:
        cid = store.create_citizen("Ida").id or 0
        plan_id = store.plan_of(cid).id or 0
        filler = small_disk / "fyld"
        with open(filler, "wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        goals, log = _count(store, "goal"), _count(store, "audit_log")
        with pytest.raises(DiskFull, match="Disken er fuld – intet er gemt"):
            for _ in range(50):  # until the WAL needs a page the disk does not have
                store.add_goal(plan_id, Area.HEALTH, BIG)
                goals, log = _count(store, "goal"), _count(store, "audit_log")
        assert (_count(store, "goal"), _count(store, "audit_log")) == (goals, log)
        filler.unlink()
        store.add_goal(plan_id, Area.SOCIAL, "Jeg vil gå en tur.")
    with Store(path, read_only=True) as store:
        assert store.verify_audit_chain().ok
        assert _count(store, "goal") == goals + 1
