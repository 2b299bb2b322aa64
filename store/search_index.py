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

A migration (schema.py) builds the index for files made before it existed;
`rebuild` does the same for a file whose rows were written around the store
(the benchmark's generator).
"""
from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .danish_order import sort_key

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


def match_phrase(needle: str) -> str:
    """An FTS5 query for the already folded `needle` as one literal substring (quotes doubled)."""
    return '"' + needle.replace('"', '""') + '"'


# -- kept in step by the store ---------------------------------------------------------------------
def written(conn: sqlite3.Connection, table: str, record_id: int, row: Mapping[str, Any],
            changed: Collection[str] | None = None) -> None:
    """Index the row just inserted (`changed` None) or updated (`changed`: the columns that changed)."""
    def touches(columns: Collection[str]) -> bool:
        return changed is None or bool(set(columns) & set(changed))

    source = SOURCES.get(table)
    if source is not None and touches(source.columns):
        _put(conn, source.texts, source.index, record_id, {"text": searchable(source.text(row))})
    if table == "citizen" and touches(("name",)):
        _list_citizen(conn, record_id)
    elif table == "plan" and touches(("overall_goal", "citizen_id")):
        _list_citizen(conn, int(row["citizen_id"]))


def deleted(conn: sqlite3.Connection, table: str, record_id: int, row: Mapping[str, Any]) -> None:
    """Take a deleted row (`row`: its last values) out of the index."""
    source = SOURCES.get(table)
    if source is not None:
        _put(conn, source.texts, source.index, record_id, None)
    if table == "citizen":
        _list_citizen(conn, record_id)
    elif table == "plan":
        _list_citizen(conn, int(row["citizen_id"]))


def _list_citizen(conn: sqlite3.Connection, citizen_id: int) -> None:
    """The citizen's line of `citizen_list` made anew from the citizen and the latest plan (gone if the citizen is)."""
    found = conn.execute(
        "SELECT name, (SELECT overall_goal FROM plan WHERE citizen_id = c.id ORDER BY id DESC LIMIT 1) "
        "FROM citizen c WHERE id = ?", (citizen_id,),
    ).fetchone()
    _put(conn, CITIZEN_LIST, CITIZEN_LIST_INDEX, citizen_id, _list_line(*found) if found else None)


def _list_line(name: Any, overall_goal: Any) -> dict[str, str]:
    name, goal = str(name or ""), str(overall_goal or "")
    return {"name_key": sort_key(name), "text": searchable(name) + "\n" + searchable(goal)}


def _put(conn: sqlite3.Connection, texts: str, index: str, record_id: int, values: Mapping[str, str] | None) -> None:
    """Set (or with None remove) one row of a text table and its trigram index."""
    cols = _COLUMNS.get(texts, ("text",))
    old = conn.execute(f"SELECT {', '.join(cols)} FROM {texts} WHERE id = ?", (record_id,)).fetchone()
    if old is not None:
        if values is not None and tuple(old) == tuple(values[c] for c in cols):
            return
        # An external-content index is told the old text to take it out.
        conn.execute(f"INSERT INTO {index} ({index}, rowid, text) VALUES ('delete', ?, ?)", (record_id, old[-1]))
        conn.execute(f"DELETE FROM {texts} WHERE id = ?", (record_id,))
    if values is not None:
        marks = ", ".join("?" for _ in cols)
        conn.execute(f"INSERT INTO {texts} (id, {', '.join(cols)}) VALUES (?, {marks})",
                     (record_id, *(values[c] for c in cols)))
        conn.execute(f"INSERT INTO {index} (rowid, text) VALUES (?, ?)", (record_id, values["text"]))


# -- made, remade, checked ---------------------------------------------------------------------------
def _fts(index: str, texts: str) -> str:
    return (f"CREATE VIRTUAL TABLE IF NOT EXISTS {index} USING fts5(text, content='{texts}', content_rowid='id', "
            "tokenize='trigram case_sensitive 1')")


def create(conn: sqlite3.Connection) -> None:
    """The index tables, empty (see `rebuild`)."""
    for source in SOURCES.values():
        conn.execute(f"CREATE TABLE IF NOT EXISTS {source.texts} (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        conn.execute(_fts(source.index, source.texts))
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {CITIZEN_LIST} (id INTEGER PRIMARY KEY, name_key TEXT NOT NULL, text TEXT NOT NULL)"
    )
    conn.execute(f"CREATE INDEX IF NOT EXISTS idx_{CITIZEN_LIST}_order ON {CITIZEN_LIST}(name_key, id, text)")
    conn.execute(_fts(CITIZEN_LIST_INDEX, CITIZEN_LIST))


def _source_rows(conn: sqlite3.Connection, source: Source) -> list[tuple[int, str]]:
    cols = ", ".join(f"[{c}]" for c in source.columns)
    rows = conn.execute(f"SELECT id, {cols} FROM [{source.table}]").fetchall()
    return [(int(r[0]), searchable(source.text(dict(zip(source.columns, r[1:]))))) for r in rows]


def _list_rows(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    rows = conn.execute(
        "SELECT c.id, c.name, p.overall_goal FROM citizen c "
        "LEFT JOIN plan p ON p.id = (SELECT max(id) FROM plan WHERE citizen_id = c.id)"
    ).fetchall()
    out = []
    for cid, name, goal in rows:
        line = _list_line(name, goal)
        out.append((int(cid), line["name_key"], line["text"]))
    return out


def rebuild(conn: sqlite3.Connection) -> None:
    """Fill the index and the citizens list from the rows (inside the caller's transaction)."""
    create(conn)
    for source in SOURCES.values():
        conn.execute(f"DELETE FROM {source.texts}")
        conn.executemany(f"INSERT INTO {source.texts} (id, text) VALUES (?, ?)", _source_rows(conn, source))
        conn.execute(f"INSERT INTO {source.index} ({source.index}) VALUES ('rebuild')")
    conn.execute(f"DELETE FROM {CITIZEN_LIST}")
    conn.executemany(f"INSERT INTO {CITIZEN_LIST} (id, name_key, text) VALUES (?, ?, ?)", _list_rows(conn))
    conn.execute(f"INSERT INTO {CITIZEN_LIST_INDEX} ({CITIZEN_LIST_INDEX}) VALUES ('rebuild')")


def out_of_step(conn: sqlite3.Connection) -> dict[str, int]:
    """Per source table, how many of its rows the index has wrong, missing or left over (only those with any).

    Reads every searchable row once: for `rundbord check`, not for every open. A
    damaged trigram index (FTS5's own integrity check fails; it can only run on a
    writable connection) counts as every row of its source.
    """
    found: dict[str, int] = {}
    checks: list[tuple[str, str, str, list[tuple[Any, ...]]]] = [
        (s.table, s.texts, s.index, _source_rows(conn, s)) for s in SOURCES.values()
    ]
    checks.append((CITIZEN_LIST, CITIZEN_LIST, CITIZEN_LIST_INDEX, _list_rows(conn)))
    for name, texts, index, rows in checks:
        cols = ", ".join(_COLUMNS.get(texts, ("text",)))
        stored = {r[0]: tuple(r) for r in conn.execute(f"SELECT id, {cols} FROM {texts}")}
        wrong = sum(1 for row in rows if stored.pop(row[0], None) != tuple(row)) + len(stored)
        try:
            conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc):  # FTS5 runs its own check as a command; read-only, it cannot
                wrong = max(wrong, len(rows), 1)
        except sqlite3.DatabaseError:  # "malformed": the index does not match its texts
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
    "match_phrase",
    "out_of_step",
    "rebuild",
    "searchable",
    "written",
]
