"""`rundbord check` names a search index left behind by a change made around Rundbord; `rundbord reindex` mends it."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from store import Store

from .cli_helpers import no_traceback, rundbord_here


def test_check_names_a_stale_index_and_reindex_mends_it(demo_db: Path) -> None:
    assert rundbord_here("check", "--db", demo_db).returncode == 0
    conn = sqlite3.connect(demo_db)  # the plain sqlite3 library: no Rundbord code runs
    conn.execute("UPDATE citizen SET name = 'Nanna Østerby' WHERE id = 1")
    conn.execute("UPDATE agreement SET what = 'Ringe til Ærøskøbing' WHERE id = 1")
    conn.commit()
    conn.close()
    with Store(demo_db, user="test") as s:
        assert s.list_citizens("østerby") == []  # the index still holds the old text

    out = rundbord_here("check", "--db", demo_db)
    assert out.returncode == 1, out.stdout
    line = next(x for x in out.stdout.splitlines() if "Søgeindekset" in x)
    assert "FEJL" in line and "borgernavne (1)" in line and "aftaler (1)" in line and "borgerlisten (1)" in line
    assert "rundbord reindex" in line
    no_traceback(out)

    out = rundbord_here("reindex", "--db", demo_db)
    assert out.returncode == 0, out.stderr
    assert "bygget op igen (1 borger)" in out.stdout
    out = rundbord_here("check", "--db", demo_db)
    assert "[OK ] Søgeindekset" in out.stdout
    # The index is mended; the change itself was made around Rundbord, and check still says so.
    assert out.returncode == 1 and "Fandt 1 problem." in out.stdout
    line = next(x for x in out.stdout.splitlines() if "Data mod loggen" in x)
    assert "Borger nr. 1: navn er 'Nanna Østerby' i filen" in line and "Aftale nr. 1: hvad er" in line
    with Store(demo_db, user="test") as s:
        assert [r.name for r in s.list_citizens("ØSTERBY")] == ["Nanna Østerby"]
        assert [h.kind for h in s.search_everything("ærøskøbing")] == ["agreement"]
