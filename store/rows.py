"""Rows read back from SQLite made into models without pydantic validation: the one read path.

Every record was validated by its pydantic model when it was written
(`Database.validate`, `insert`, `update`), so what is read back needs only
SQLite's storage turned back into Python values: ISO text into `date` and
`datetime`, 0/1 into `bool`, a stored code into its `Enum`. That conversion
is worked out once per model from the model's own fields (pydantic stays the
one description of the schema) and the record is built as
`Model.model_construct` builds one (tests/store/test_rows.py holds the two
equal for every table of the demo file). Validating every row read back cost three quarters
of opening a big plan (2,600 rows, the CPR rule run on every text field).

A row the conversion cannot read (text where a date belongs: a file edited
by hand) falls back to full validation, so a bad row is reported exactly as
before instead of becoming a model with a wrong type inside.
"""
from __future__ import annotations

import types
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar, Union, cast, get_args, get_origin

from .models import Record
from .row_types import _bool, _date, _datetime
from .textrules import STORED

R = TypeVar("R", bound=Record)
Convert = Callable[[Any], Any]

_STORED_CONTEXT = {STORED: True}


def rows_to(model: type[R], names: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[R]:
    """Models from rows of the columns `names`, as they were validated when written."""
    plan = _plan(model, tuple(names))
    build = _built if plan.complete else _constructed
    out: list[R] = []
    for row in rows:
        values = dict(zip(names, row))
        try:
            for name, convert in plan.converts:
                value = values[name]
                if value is not None:
                    values[name] = convert(value)
        except (TypeError, ValueError):
            out.append(validated(model, names, row))
            continue
        out.append(build(model, values, plan.fields_set))
    return out


class _Plan:
    """What reading `names` into `model` takes, worked out once."""

    __slots__ = ("converts", "fields_set", "complete")

    def __init__(self, model: type[Record], names: tuple[str, ...]) -> None:
        pairs = ((name, _converter(model, name)) for name in names)
        self.converts = tuple((name, convert) for name, convert in pairs if convert is not None)
        self.fields_set = frozenset(names)
        self.complete = (names == tuple(model.model_fields) and not model.__pydantic_post_init__)
        """Every field read, in the model's order, and no post-init: the record is the values as they are."""


_plans: dict[tuple[type[Record], tuple[str, ...]], _Plan] = {}


def _plan(model: type[Record], names: tuple[str, ...]) -> _Plan:
    found = _plans.get((model, names))
    if found is None:
        found = _plans[(model, names)] = _Plan(model, names)
    return found


_new = object.__new__
_set = object.__setattr__


def _built(model: type[R], values: dict[str, Any], fields_set: frozenset[str]) -> R:
    """What `model_construct` makes of a value for every field, without its per-field loop."""
    record = _new(model)
    _set(record, "__dict__", values)
    _set(record, "__pydantic_fields_set__", set(fields_set))
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


def _constructed(model: type[R], values: dict[str, Any], fields_set: frozenset[str]) -> R:
    """A row of an older table (a field without its column): `model_construct` fills the defaults."""
    return cast(R, model.model_construct(**values))


def validated(model: type[R], names: Sequence[str], row: Sequence[Any]) -> R:
    """One row through the model's full validation (the text rules skipped: it was stored)."""
    return model.__pydantic_validator__.validate_python(dict(zip(names, row)), context=_STORED_CONTEXT)


def _converter(model: type[Record], name: str) -> Convert | None:
    """How a stored value of this field becomes the model's value; None: it is already right."""
    field = model.model_fields.get(name)
    if field is None:
        raise KeyError(f"{model.__name__} has no field {name!r}")
    kind = _plain_type(field.annotation)
    if kind is bool:
        return _bool
    if kind is float:
        return float
    if kind is datetime:
        return _datetime
    if kind is date:
        return _date
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind
    if kind in (int, str):
        return None  # SQLite gives them back as they were stored
    raise TypeError(f"{model.__name__}.{name}: no read path for {field.annotation!r}")


def _plain_type(annotation: Any) -> Any:
    """`X`, `X | None` or `Optional[Annotated[X, ...]]` -> X."""
    origin = get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _plain_type(args[0])
        return annotation
    if hasattr(annotation, "__metadata__"):  # Annotated[X, ...]
        return _plain_type(get_args(annotation)[0])
    return annotation


