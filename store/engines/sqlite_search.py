"""SQLite's part of the search index: FTS5 trigram indexes over the folded texts (external content).

The texts tables are search_index.py's, the same on both engines; here each has
an FTS5 index tokenised as trigrams (`case_sensitive 1`: the texts are folded
already), told of every change in the same transaction.
"""
from __future__ import annotations

import sqlite3

from ..engine import Engine


def _fts(index: str, texts: str) -> str:
    return (f"CREATE VIRTUAL TABLE IF NOT EXISTS {index} USING fts5(text, content='{texts}', content_rowid='id', "
            "tokenize='trigram case_sensitive 1')")


def match_phrase(needle: str) -> str:
    """An FTS5 query for the already folded `needle` as one literal substring (quotes doubled)."""
    return '"' + needle.replace('"', '""') + '"'


class Fts5Search:
    """The search index's engine part on SQLite."""

    def create(self, engine: Engine) -> None:
        from ..search_index import index_tables

        for index, texts, columns in index_tables():
            extra = "".join(f", {c} TEXT NOT NULL" for c in columns[:-1])
            engine.execute(f"CREATE TABLE IF NOT EXISTS {texts} (id INTEGER PRIMARY KEY{extra}, text TEXT NOT NULL)")
            engine.execute(_fts(index, texts))
        engine.execute("CREATE INDEX IF NOT EXISTS idx_citizen_list_order ON citizen_list(name_key, id, text)")

    def put(self, engine: Engine, index: str, record_id: int, old: str | None, new: str | None) -> None:
        if old is not None:  # an external-content index is told the old text to take it out
            engine.execute(f"INSERT INTO {index} ({index}, rowid, text) VALUES ('delete', ?, ?)", (record_id, old))
        if new is not None:
            engine.execute(f"INSERT INTO {index} (rowid, text) VALUES (?, ?)", (record_id, new))

    def rebuilt(self, engine: Engine, index: str) -> None:
        engine.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")

    def damaged(self, engine: Engine, index: str) -> bool:
        """FTS5's own check; it runs as a command, which a read-only connection cannot run (then False)."""
        try:
            engine.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.OperationalError as exc:
            return "readonly" not in str(exc)
        except sqlite3.DatabaseError:  # "malformed": the index does not match its texts
            return True
        return False

    def hits(self, index: str, texts: str) -> str:
        return f"(SELECT rowid AS id FROM {index} WHERE {index} MATCH ?)"

    def needle(self, folded: str) -> str:
        return match_phrase(folded)

    def contains(self, column: str) -> str:
        return f"instr({column}, ?) > 0"
