"""PostgreSQL's part of the search index: pg_trgm GIN indexes over the folded texts.

The texts tables are search_index.py's, the same on both engines (the citizens
list's sort key in a `COLLATE "C"` column: code point order, as SQLite compares
it). Each gets a GIN index with `gin_trgm_ops`, which PostgreSQL keeps in step
itself; a search is `text LIKE '%needle%'` over the casefolded text (the needle
folded the same way, its `%`, `_` and `\\` escaped), served from the index for
needles of three characters or more. It finds exactly the texts that contain
the needle, as FTS5's trigram phrase does on SQLite.
"""
from __future__ import annotations

from ..engine import Engine


def like_pattern(folded: str) -> str:
    """A LIKE pattern that finds `folded` anywhere, as a literal (`\\` is LIKE's escape)."""
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class TrigramSearch:
    """The search index's engine part on PostgreSQL."""

    def create(self, engine: Engine) -> None:
        from ..search_index import index_tables

        engine.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for index, texts, columns in index_tables():
            extra = "".join(f', {c} TEXT COLLATE "C" NOT NULL' for c in columns[:-1])
            engine.execute(f"CREATE TABLE IF NOT EXISTS {texts} (id BIGINT PRIMARY KEY{extra}, text TEXT NOT NULL)")
            engine.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {texts} USING gin (text gin_trgm_ops)")
        engine.execute("CREATE INDEX IF NOT EXISTS idx_citizen_list_order ON citizen_list(name_key, id)")

    def put(self, engine: Engine, index: str, record_id: int, old: str | None, new: str | None) -> None:
        """Nothing to do: PostgreSQL keeps a GIN index in step with its table."""

    def rebuilt(self, engine: Engine, index: str) -> None:
        """Nothing to do (as `put`)."""

    def damaged(self, engine: Engine, index: str) -> bool:
        """True when the index is missing or PostgreSQL marks it invalid (a failed build)."""
        rows = engine.fetchall(
            "SELECT i.indisvalid FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = ? AND n.nspname = current_schema()",
            (index,))
        return not rows or not rows[0][0]

    def hits(self, index: str, texts: str) -> str:
        return f"(SELECT id FROM {texts} WHERE text LIKE ? ESCAPE '\\')"

    def needle(self, folded: str) -> str:
        return like_pattern(folded)

    def contains(self, column: str) -> str:
        return f"strpos({column}, ?) > 0"
