"""The plain rows of `store/row_types.py` (the exports' read path without pydantic) are the models' fields."""
from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

import store.row_types as row_types
from store import Store
from store.models import ALL_MODELS, MODEL_BY_TABLE
from store.reader import row_class_of
from store.rows import _converter
from store.schema import _stored_default
from tests.conftest import TEST_USER


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_each_row_class_has_its_models_fields_conversions_and_defaults(model: type) -> None:
    row = getattr(row_types, model.__name__)
    assert row.__table__ == model.__table__ and row.__parent__ == model.__parent__
    fields = row.__row_fields__
    assert [name for name, _, _ in fields] == list(model.model_fields)
    for name, convert, default in fields:
        expected = _converter(model, name)
        assert (convert.__name__ if convert else None) == (expected.__name__ if expected else None), name
        info = model.model_fields[name]
        if info.is_required() or info.default_factory is not None:
            assert default is None, name
        else:
            assert default == info.default, name
            assert _stored_default(info) == (default.value if hasattr(default, "value") else
                                             int(default) if isinstance(default, bool) else default), name


def test_every_row_class_is_made() -> None:
    assert sorted(row_types.SPECS) == sorted(m.__name__ for m in ALL_MODELS)


def test_every_table_of_the_demo_reads_as_its_models(demo_store: Store) -> None:
    """The same records, value for value and type for type, through both read paths."""
    read = 0
    for table, model in MODEL_BY_TABLE.items():
        models = demo_store.db.select(model, order_by="id")
        rows = demo_store.db.select(row_class_of(table), order_by="id")
        assert len(rows) == len(models), table
        for r, m in zip(rows, models):
            assert list(r._asdict().items()) == list(m.__dict__.items()), table
            assert [type(v) for v in r] == [type(v) for v in m.__dict__.values()], table
        read += len(rows)
    assert read > 500


def test_a_row_the_plain_path_cannot_read_is_read_and_refused_as_its_model(demo_db: Path) -> None:
    with Store(demo_db, user=TEST_USER) as store:
        gid = store.db.select(row_types.Goal)[0].id
        store.db.conn.execute("UPDATE goal SET start_date = 'i morgen' WHERE id = ?", (gid,))
        with pytest.raises(ValidationError, match="start_date"):
            store.db.get(row_types.Goal, gid)


def test_an_older_table_without_a_column_gets_the_default() -> None:
    goal = row_types.plain_rows(row_types.Goal, ("id", "plan_id", "area", "text"),
                                [(3, 1, "employment", "Jeg vil arbejde")])[0]
    assert goal.area.value == "employment" and goal.status.value == "active" and goal.gas_weight == 1.0
