"""The search index: what a person can find by typing part of it, in any case, and the names' order.

For each searchable source table (citizen names, sub-goals, activities,
agreements, meetings) a plain table `search_<source>_text` holds the row's text
casefolded (`searchable`) under the row's id, and an FTS5 index
`search_<source>` over it (external content) is tokenised as trigrams: a search
for "øster" is a substring match served from the index, whatever the size of
the file. SQLite's own `LIKE` and `NOCASE` fold ASCII only ("Ø" is not "ø" to
them); Python's `casefold` folds every letter, and a search folds the typed
text the same way.

The citizens list has its own table, `citizen_list`: per citizen the Danish
sort key of the name (danish_order.py) and the folded name and overall goal of
the latest plan (what the list shows and searches), with an index on
(name_key, id, text) and a trigram index over the text. The list walks that
index in display order; a search either gathers the trigram hits and sorts
them (few hits) or walks the index testing each entry (many hits), see search.py.

The store keeps all of it in step inside the same transaction as every write:
`Database.insert`, `update` and `delete` call `written` / `deleted` here, so no
use case can forget it. Nothing here is a trigger, a custom collation or a SQL
function, so a file opened by the plain `sqlite3` tool stays readable,
checkable (`PRAGMA integrity_check`) and writable; a change made there leaves
the index behind, and `rundbord check` says so (`out_of_step`).

The folded texts and the citizens list are the same tables on both engines;
only the substring index over them is the engine's own (`engine.search`):
FTS5 trigram tables on SQLite (engines/sqlite_search.py), pg_trgm GIN indexes
on PostgreSQL (engines/postgres.py). Both find exactly the texts that contain
the folded needle, so a search gives the same results on both.

A migration (schema.py) builds the index for files made before it existed;
`rebuild` does the same for a file whose rows were written around the store
(the benchmark's generator).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .danish_order import sort_key

if TYPE_CHECKING:
    from .engine import Engine

MAX_SEARCH_CHARS = 200
"""The longest search text accepted; a longer one is refused with a message before any SQL runs."""

MIN_TRIGRAM = 3
"""A trigram index finds substrings of three characters or more; shorter searches match name beginnings."""


def searchable(text: str) -> str:
    """`text` as it is indexed and searched: NFC-composed and casefolded ("ØSTER" -> "øster").

    NUL is dropped: FTS5's query parser would take it for the end of the query.
    """
    return unicodedata.normalize("NFC", text.replace("\x00", "")).casefold()


def _meeting_text(row: Mapping[str, Any]) -> str:
    """The meeting as its label ends: "24-09-2026, Kilden" (the kind's name comes from the catalogue)."""
    day = row.get("date")
    try:
        shown = date.fromisoformat(str(day)).strftime("%d-%m-%Y") if day else ""
    except ValueError:
        shown = str(day)
    place = row.get("place") or ""
    return f"{shown}, {place}" if place else shown


@dataclass(frozen=True)
class Source:
    """One table whose rows can be found by text."""

    table: str
    columns: tuple[str, ...]
    """The columns the indexed text is made from (a change to another column leaves the index alone)."""
    text: Callable[[Mapping[str, Any]], str]

    @property
    def index(self) -> str:
        """The FTS5 index."""
        return f"search_{self.table}"

    @property
    def texts(self) -> str:
        """The folded texts the index is built from (its external content)."""
        return f"search_{self.table}_text"


def _column(name: str) -> Callable[[Mapping[str, Any]], str]:
    return lambda row: str(row.get(name) or "")


SOURCES: dict[str, Source] = {
    s.table: s
    for s in (
        Source("citizen", ("name",), _column("name")),
        Source("goal", ("text",), _column("text")),
        Source("activity", ("text",), _column("text")),
        Source("agreement", ("what",), _column("what")),
        Source("meeting", ("date", "place"), _meeting_text),
    )
}
"""The palette's sources. A plan's overall goal is found through `citizen_list`."""

CITIZEN_LIST = "citizen_list"
CITIZEN_LIST_INDEX = "search_citizen_list"

_COLUMNS = {CITIZEN_LIST: ("name_key", "text")}
"""A text table's columns besides id (text last), where not just ("text",)."""


def index_tables() -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(index, texts table, the texts table's columns besides id, text last) of every substring index."""
    for source in SOURCES.values():
        yield source.index, source.texts, ("text",)
    yield CITIZEN_LIST_INDEX, CITIZEN_LIST, _COLUMNS[CITIZEN_LIST]


# -- kept in step by the store ---------------------------------------------------------------------
def written(engine: Engine, table: str, record_id: int, row: Mapping[str, Any],
            changed: Collection[str] | None = None) -> None:
    """Index the row just inserted (`changed` None) or updated (`changed`: the columns that changed)."""
    def touches(columns: Collection[str]) -> bool:
        return changed is None or bool(set(columns) & set(changed))

    source = SOURCES.get(table)
    if source is not None and touches(source.columns):
        _put(engine, source.texts, source.index, record_id, {"text": searchable(source.text(row))})
    if table == "citizen" and touches(("name",)):
        _list_citizen(engine, record_id)
    elif table == "plan" and touches(("overall_goal", "citizen_id")):
        _list_citizen(engine, int(row["citizen_id"]))


def deleted(engine: Engine, table: str, record_id: int, row: Mapping[str, Any]) -> None:
    """Take a deleted row (`row`: its last values) out of the index."""
    source = SOURCES.get(table)
    if source is not None:
        _put(engine, source.texts, source.index, record_id, None)
    if table == "citizen":
        _list_citizen(engine, record_id)
    elif table == "plan":
        _list_citizen(engine, int(row["citizen_id"]))


def _list_citizen(engine: Engine, citizen_id: int) -> None:
    """The citizen's line of `citizen_list` made anew from the citizen and the latest plan (gone if the citizen is)."""
    found = engine.fetchone(
        "SELECT name, (SELECT overall_goal FROM plan WHERE citizen_id = c.id ORDER BY id DESC LIMIT 1) "
        "FROM citizen c WHERE id = ?", (citizen_id,),
    )
    _put(engine, CITIZEN_LIST, CITIZEN_LIST_INDEX, citizen_id, _list_line(*found) if found else None)


def _list_line(name: Any, overall_goal: Any) -> dict[str, str]:
    name, goal = str(name or ""), str(overall_goal or "")
    return {"name_key": sort_key(name), "text": searchable(name) + "\n" + searchable(goal)}


def _put(engine: Engine, texts: str, index: str, record_id: int, values: Mapping[str, str] | None) -> None:
    """Set (or with None remove) one row of a text table and its substring index."""
    cols = _COLUMNS.get(texts, ("text",))
    old = engine.fetchone(f"SELECT {', '.join(cols)} FROM {texts} WHERE id = ?", (record_id,))
    if old is not None:
        if values is not None and tuple(old) == tuple(values[c] for c in cols):
            return
        engine.execute(f"DELETE FROM {texts} WHERE id = ?", (record_id,))
    if values is not None:
        marks = ", ".join("?" for _ in cols)
        engine.execute(f"INSERT INTO {texts} (id, {', '.join(cols)}) VALUES (?, {marks})",
                       (record_id, *(values[c] for c in cols)))
    engine.search.put(engine, index, record_id, None if old is None else str(old[-1]),
                      None if values is None else values["text"])


# -- made, remade, checked ---------------------------------------------------------------------------
def create(engine: Engine) -> None:
    """The index tables, empty (see `rebuild`)."""
    engine.search.create(engine)


def _source_rows(engine: Engine, source: Source) -> list[tuple[int, str]]:
    cols = ", ".join(f'"{c}"' for c in source.columns)
    rows = engine.fetchall(f'SELECT id, {cols} FROM "{source.table}"')
    return [(int(r[0]), searchable(source.text(dict(zip(source.columns, r[1:]))))) for r in rows]


def _list_rows(engine: Engine) -> list[tuple[int, str, str]]:
    rows = engine.fetchall(
        "SELECT c.id, c.name, p.overall_goal FROM citizen c "
        "LEFT JOIN plan p ON p.id = (SELECT max(id) FROM plan WHERE citizen_id = c.id)"
    )
    out = []
    for cid, name, goal in rows:
        line = _list_line(name, goal)
        out.append((int(cid), line["name_key"], line["text"]))
    return out


def rebuild(engine: Engine) -> None:
    """Fill the index and the citizens list from the rows (inside the caller's transaction)."""
    create(engine)
    for source in SOURCES.values():
        engine.execute(f"DELETE FROM {source.texts}")
        engine.executemany(f"INSERT INTO {source.texts} (id, text) VALUES (?, ?)", _source_rows(engine, source))
        engine.search.rebuilt(engine, source.index)
    engine.execute(f"DELETE FROM {CITIZEN_LIST}")
    engine.executemany(f"INSERT INTO {CITIZEN_LIST} (id, name_key, text) VALUES (?, ?, ?)", _list_rows(engine))
    engine.search.rebuilt(engine, CITIZEN_LIST_INDEX)


def out_of_step(engine: Engine) -> dict[str, int]:
    """Per source table, how many of its rows the index has wrong, missing or left over (only those with any).

    Reads every searchable row once: for `rundbord check`, not for every open. A
    damaged substring index (its engine's own check fails) counts as every row of
    its source.
    """
    found: dict[str, int] = {}
    checks: list[tuple[str, str, str, list[tuple[Any, ...]]]] = [
        (s.table, s.texts, s.index, _source_rows(engine, s)) for s in SOURCES.values()
    ]
    checks.append((CITIZEN_LIST, CITIZEN_LIST, CITIZEN_LIST_INDEX, _list_rows(engine)))
    for name, texts, index, rows in checks:
        cols = ", ".join(_COLUMNS.get(texts, ("text",)))
        stored = {r[0]: tuple(r) for r in engine.fetchall(f"SELECT id, {cols} FROM {texts}")}
        wrong = sum(1 for row in rows if stored.pop(row[0], None) != tuple(row)) + len(stored)
        if engine.search.damaged(engine, index):
            wrong = max(wrong, len(rows), 1)
        if wrong:
            found[name] = wrong
    return found


__all__ = [
    "CITIZEN_LIST",
    "CITIZEN_LIST_INDEX",
    "MAX_SEARCH_CHARS",
    "MIN_TRIGRAM",
    "SOURCES",
    "create",
    "deleted",
    "index_tables",
    "out_of_step",
    "rebuild",
    "searchable",
    "written",
]
