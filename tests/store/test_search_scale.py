"""Search on a file of 50,000 citizens: the right answers, and the same work as on 1,000.

No timing is asserted. The work a search does is counted instead, deterministically:
SQLite calls a progress handler every `STEP` virtual-machine instructions, and a
search that read a table whole (as `LIKE '%x%'` did) would make about 50 times as
many calls on the big file as on the small one. The rows are written straight
with executemany, as the benchmark's generator does, and the index is built the
way a migration builds it (`rebuild_search_index`); then a few writes through the
store show it stays in step.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.generate import insert_sql
from store import Store
from store.danish_order import sort_key
from store.models import Citizen, Plan
from tests.conftest import TEST_USER

FIRST = ("Anne Søren Åse Aage Mads Fatima Ida Jens Ølse Émile Zenia Bo Kaare Karin Yusuf Ærling Signe Ole "
         "Mette Lars Ali Nanna Henrik Omar Astrid").split()
LAST = ("Østergaard Hansen Ærø Aagaard Nielsen Ali Kildegaard Holm Berg Dahl Krogh Sørensen Bach Lund Yilmaz "
        "Skov Friis Møller Kjær Juhl").split()
GOALS = ("Jeg vil arbejde på et lager i Århus", "Jeg vil tage bussen alene", "Jeg vil have et fleksjob",
         "Jeg vil bo i egen bolig ved Øster Hurup", "Jeg vil svømme hver tirsdag", "")
STEP = 100
"""Virtual-machine instructions per progress-handler call."""


def _name(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i:05d}"


def _goal(i: int) -> str:
    return GOALS[(i * 7) % len(GOALS)]


def _write(path: Path, n: int) -> None:
    Store(path, user=TEST_USER).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(insert_sql(conn, Citizen, ["id", "name", "created_at"]),
                     ((i, _name(i), "2026-01-05T09:00:00") for i in range(1, n + 1)))
    conn.executemany(insert_sql(conn, Plan, ["id", "citizen_id", "plan_type", "overall_goal"]),
                     ((i, i, "ressourceforloeb", _goal(i)) for i in range(1, n + 1)))
    conn.execute("COMMIT")
    conn.close()
    with Store(path, user=TEST_USER) as s:
        assert s.rebuild_search_index() == n


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("scale")
    out = {}
    for n in (1_000, 50_000):
        out[n] = folder / f"{n}.db"
        _write(out[n], n)
    return out


@pytest.fixture
def big(files: dict[int, Path], tmp_path: Path) -> Iterator[Store]:
    from tests.conftest import copy_database

    copy_database(files[50_000], tmp_path / "big.db")
    with Store(tmp_path / "big.db", user=TEST_USER) as s:
        yield s


def _expected(n: int, keep: Callable[[str, str], bool], limit: int = 200) -> list[str]:
    names = [(sort_key(_name(i)), i, _name(i)) for i in range(1, n + 1) if keep(_name(i).casefold(), _goal(i).casefold())]
    return [name for _, _, name in sorted(names)[:limit]]


def test_fifty_thousand_citizens_are_found_by_any_case_and_listed_in_danish_order(big: Store) -> None:
    n = 50_000
    assert big.count_citizens() == n
    assert [r.name for r in big.list_citizens()] == _expected(n, lambda name, goal: True)
    for typed in ("øster", "ØSTER", "Øster"):
        assert [r.name for r in big.list_citizens(typed)] == _expected(n, lambda name, goal: "øster" in name or
                                                                       "øster" in goal), typed
    assert [r.name for r in big.list_citizens("århus")] == _expected(n, lambda name, goal: "århus" in goal)
    assert [r.name for r in big.list_citizens("ærø hansen")] == []  # "Ærling Hansen", but no "Ærø Hansen"
    assert [r.name for r in big.list_citizens("ærø 0")] == _expected(n, lambda name, goal: "ærø 0" in name)
    assert [r.name for r in big.list_citizens("Aa")] == _expected(n, lambda name, goal: name.startswith(("aa", "å")))
    assert [r.name for r in big.list_citizens("øs")] == []  # beginnings only: no name begins with "Øs" ...
    assert [r.name for r in big.list_citizens("øl")] == _expected(n, lambda name, goal: name.startswith("øl"))
    assert big.list_citizens("zzqx") == []
    hits = big.search_everything("KILDEGAARD 0016", limit=20)
    assert [h.citizen_name for h in hits] == _expected(n, lambda name, goal: "kildegaard 0016" in name, 20)
    assert len(hits) == 10

    # Writes through the store keep the big index in step.
    c = big.create_citizen("Østen Aagaard")
    assert c.id is not None
    assert [r.name for r in big.list_citizens("østen aa")] == ["Østen Aagaard"]
    big.update_citizen(1, name="Aase Østerby")
    assert [r.name for r in big.list_citizens("ØSTERBY")] == ["Aase Østerby"]
    assert "Aase Østerby" in [r.name for r in big.list_citizens("å", limit=n)]  # filed under Å


def _work(store: Store, search: Callable[[Store], object]) -> int:
    calls = 0

    def count() -> int:
        nonlocal calls
        calls += 1
        return 0

    store.db.conn.set_progress_handler(count, STEP)
    try:
        search(store)
    finally:
        store.db.conn.set_progress_handler(None, STEP)
    return calls


SEARCHES: dict[str, Callable[[Store], object]] = {
    "no search": lambda s: s.list_citizens("", limit=51),
    "one letter": lambda s: s.list_citizens("K", limit=51),
    "two letters": lambda s: s.list_citizens("Aa", limit=51),
    "a common piece": lambda s: s.list_citizens("sen", limit=51),
    "a common goal word": lambda s: s.list_citizens("jeg vil", limit=51),
    "a rarer name": lambda s: s.list_citizens("østergaard", limit=51),
    "no match": lambda s: s.list_citizens("xqzvæ", limit=51),
    "palette, a name": lambda s: s.search_everything("Kildegaard", limit=20),
    "palette, no match": lambda s: s.search_everything("xqzvæ", limit=20),
}


@pytest.mark.parametrize("what", list(SEARCHES))
def test_a_search_does_about_the_same_work_on_50_times_the_citizens(files: dict[int, Path], what: str) -> None:
    work = {}
    for n, path in files.items():
        with Store(path, user=TEST_USER) as s:
            SEARCHES[what](s)  # once to warm the statement cache
            work[n] = _work(s, SEARCHES[what])
    # 50 times the citizens; LIKE '%x%' did ~50 times the work. A few rare-name hits more is fine.
    assert work[50_000] <= 3 * work[1_000] + 50, work
