"""The schema's version as opening a file checks it (`store/versions.py`) agrees with the migrations; the audit chain's table."""
from __future__ import annotations

from store import chain, versions
from store.models import AuditEntry
from store.schema import MIGRATIONS


def test_schema_version_counts_the_migrations() -> None:
    assert versions.SCHEMA_VERSION == len(MIGRATIONS)
    assert 0 < versions.KEYED_CHAIN_VERSION <= versions.SCHEMA_VERSION


def test_the_chain_names_the_audit_models_table() -> None:
    assert chain.AUDIT_TABLE == AuditEntry.__table__
