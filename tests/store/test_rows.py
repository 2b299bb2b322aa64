"""The read path without validation (store/rows.py) gives what full validation gives."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from store import Store
from store.enums import AgreementStatus
from store.models import MODEL_BY_TABLE, Agreement, Goal
from store.rows import rows_to, validated
from tests.conftest import TEST_USER


def _rows(store: Store, table: str) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    model = MODEL_BY_TABLE[table]
    names, columns = store.db._columns(model)
    return names, store.db.engine.fetchall(f'SELECT {columns} FROM "{table}" ORDER BY id')


def test_every_table_of_the_demo_reads_as_validation_reads_it(demo_store: Store) -> None:
    read = 0
    for table, model in MODEL_BY_TABLE.items():
        names, rows = _rows(demo_store, table)
        fast = rows_to(model, names, rows)
        slow = [validated(model, names, row) for row in rows]
        assert fast == slow, table
        for a, b in zip(fast, slow):
            assert a.model_fields_set == b.model_fields_set
            assert a.model_dump() == b.model_dump()
            assert [type(v) for v in a.__dict__.values()] == [type(v) for v in b.__dict__.values()], table
            assert list(a.__dict__) == list(b.__dict__)
        read += len(rows)
    assert read > 500  # the demo has goals, agreements, readings, meetings ... to compare


def test_values_come_back_as_python_values(demo_store: Store) -> None:
    agreement = demo_store.db.select(Agreement, order_by="id")[0]
    assert isinstance(agreement.status, AgreementStatus)
    assert isinstance(agreement.shared_with_relatives, bool)
    assert agreement.created_at is None or isinstance(agreement.created_at, datetime)
    goal = demo_store.db.select(Goal, "start_date IS NOT NULL")[0]
    assert type(goal.start_date) is date


def test_a_record_read_back_still_validates_what_is_assigned(demo_store: Store) -> None:
    goal = demo_store.db.select(Goal)[0]
    with pytest.raises(ValidationError):
        goal.gas_result = 7  # the model's rules hold on a record read without validation


def test_a_row_edited_by_hand_is_refused_as_before(demo_db: Path) -> None:
    """Text where a date belongs falls back to full validation, which says what is wrong."""
    with Store(demo_db, user=TEST_USER) as store:
        gid = store.db.select(Goal)[0].id
        store.db.conn.execute("UPDATE goal SET start_date = 'i morgen' WHERE id = ?", (gid,))
        with pytest.raises(ValidationError, match="start_date"):
            store.db.get(Goal, gid)
        store.db.conn.execute("UPDATE goal SET status = 'ukendt', start_date = NULL WHERE id = ?", (gid,))
        with pytest.raises(ValidationError, match="status"):
            store.db.get(Goal, gid)


def test_an_older_table_without_a_column_gets_the_default() -> None:
    names = ("id", "plan_id", "area", "text")
    goal = rows_to(Goal, names, [(3, 1, "employment", "Jeg vil arbejde")])[0]
    assert goal == validated(Goal, names, (3, 1, "employment", "Jeg vil arbejde"))
    assert goal.model_fields_set == set(names)
