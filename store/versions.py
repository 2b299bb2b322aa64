"""The schema's version numbers, without the models: what opening a file checks (`PRAGMA user_version`).

Kept apart from `schema.py` (which derives the tables from the pydantic models) so a command that only
reads (`rundbord export minutes`) can check a file's version without loading pydantic. `schema.py`
refuses to load when its list of migrations and `SCHEMA_VERSION` disagree.
"""
from __future__ import annotations

SCHEMA_VERSION = 8
"""The number of migrations in `schema.MIGRATIONS`: bump it with every migration appended there."""

KEYED_CHAIN_VERSION = 7
"""The first schema whose audit rows are keyed."""
