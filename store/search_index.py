"""The search index: what a person can find by typing part of it, in any case.

For each searchable source table (citizen, plan, goal, ...) a plain table
`search_<source>_text` holds the source row's text casefolded (`searchable`)
under the row's id, and an FTS5 index `search_<source>` over it (external
content) is tokenised as trigrams: a search for "øster" is a substring match,
served from the index, whatever the size of the file. SQLite's own `LIKE` and
`NOCASE` fold ASCII only ("Ø" is not "ø" to them); Python's `casefold` folds
every letter, and a search folds the typed text the same way. The folded text
is also what a search tests one row against (`instr`) when it walks the
citizens in name order instead (search.py).

The store keeps the index in step inside the same transaction as every write:
`Database.insert`, `update` and `delete` call `written` / `deleted` here, so no
use case can forget it. The same calls keep `citizen.name_key`, the Danish sort
key of the name (danish_order.py), that the citizens list walks in order.
Nothing here is a trigger or a custom SQL function, so a file opened by the
plain `sqlite3` tool stays readable, checkable and writable (a change made there
leaves the index behind; `rundbord check` says so).

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
        Source("plan", ("overall_goal",), _column("overall_goal")),
        Source("goal", ("text",), _column("text")),
        Source("activity", ("text",), _column("text")),
        Source("agreement", ("what",), _column("what")),
        Source("meeting", ("date", "place"), _meeting_text),
    )
}


def match_phrase(needle: str) -> str:
    """An FTS5 query for the already folded `needle` as one literal substring (quotes doubled)."""
    return '"' + needle.replace('"', '""') + '"'


# -- kept in step by the store ---------------------------------------------------------------------
def written(conn: sqlite3.Connection, table: str, record_id: int, row: Mapping[str, Any],
            changed: Collection[str] | None = None) -> None:
    """Index the row just inserted (`changed` None) or updated (`changed`: the columns that changed)."""
    source = SOURCES.get(table)
    if source is None or (changed is not None and not set(source.columns) & set(changed)):
        return
    text = searchable(source.text(row))
    old = conn.execute(f"SELECT text FROM {source.texts} WHERE id = ?", (record_id,)).fetchone()
    if old is None or old[0] != text:
        _unindex(conn, source, record_id, old)
        conn.execute(f"INSERT INTO {source.texts} (id, text) VALUES (?, ?)", (record_id, text))
        conn.execute(f"INSERT INTO {source.index} (rowid, text) VALUES (?, ?)", (record_id, text))
    if table == "citizen":
        conn.execute("UPDATE citizen SET name_key = ? WHERE id = ?", (sort_key(str(row.get("name") or "")), record_id))


def deleted(conn: sqlite3.Connection, table: str, record_id: int) -> None:
    """Take a deleted row out of the index."""
    source = SOURCES.get(table)
    if source is not None:
        old = conn.execute(f"SELECT text FROM {source.texts} WHERE id = ?", (record_id,)).fetchone()
        _unindex(conn, source, record_id, old)


def _unindex(conn: sqlite3.Connection, source: Source, record_id: int, old: tuple[Any, ...] | None) -> None:
    """Remove one row's text (an external-content index is told the old text to remove it)."""
    if old is None:
        return
    conn.execute(
        f"INSERT INTO {source.index} ({source.index}, rowid, text) VALUES ('delete', ?, ?)", (record_id, old[0])
    )
    conn.execute(f"DELETE FROM {source.texts} WHERE id = ?", (record_id,))


# -- made, remade, checked ---------------------------------------------------------------------------
def create(conn: sqlite3.Connection) -> None:
    """The index tables and the citizens' sort-key column with its index (empty; see `rebuild`)."""
    for source in SOURCES.values():
        conn.execute(f"CREATE TABLE IF NOT EXISTS {source.texts} (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        conn.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {source.index} USING fts5(text, content='{source.texts}', "
            "content_rowid='id', tokenize='trigram case_sensitive 1')"
        )
    have = {str(r[1]) for r in conn.execute("PRAGMA table_info(citizen)").fetchall()}
    if "name_key" not in have:
        conn.execute("ALTER TABLE citizen ADD COLUMN name_key TEXT")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_citizen_name_key ON citizen(name_key, id)")


def _source_rows(conn: sqlite3.Connection, source: Source) -> list[tuple[int, str]]:
    cols = ", ".join(f"[{c}]" for c in source.columns)
    rows = conn.execute(f"SELECT id, {cols} FROM [{source.table}]").fetchall()
    return [(int(r[0]), searchable(source.text(dict(zip(source.columns, r[1:]))))) for r in rows]


def rebuild(conn: sqlite3.Connection) -> None:
    """Fill the index and the sort keys from the rows (inside the caller's transaction)."""
    create(conn)
    for source in SOURCES.values():
        conn.execute(f"DELETE FROM {source.texts}")
        conn.executemany(f"INSERT INTO {source.texts} (id, text) VALUES (?, ?)", _source_rows(conn, source))
        conn.execute(f"INSERT INTO {source.index} ({source.index}) VALUES ('rebuild')")
    keys = [(sort_key(str(name or "")), cid) for cid, name in conn.execute("SELECT id, name FROM citizen")]
    conn.executemany("UPDATE citizen SET name_key = ? WHERE id = ?", keys)


def out_of_step(conn: sqlite3.Connection) -> dict[str, int]:
    """Per source table, how many of its rows the index has wrong, missing or left over (only those with any).

    Reads every searchable row once: for `rundbord check`, not for every open. A
    damaged FTS index (its own integrity check fails) counts as every row of its source.
    """
    found: dict[str, int] = {}
    for source in SOURCES.values():
        indexed = dict(conn.execute(f"SELECT id, text FROM {source.texts}").fetchall())
        rows = _source_rows(conn, source)
        wrong = sum(1 for rid, text in rows if indexed.pop(rid, None) != text) + len(indexed)
        try:
            conn.execute(f"INSERT INTO {source.index} ({source.index}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError:
            wrong = max(wrong, len(rows), 1)
        if wrong:
            found[source.table] = wrong
    keys = sum(1 for name, key in conn.execute("SELECT name, name_key FROM citizen") if sort_key(str(name or "")) != key)
    if keys:
        found["citizen.name_key"] = keys
    return found


__all__ = [
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
