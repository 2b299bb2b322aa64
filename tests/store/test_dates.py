from __future__ import annotations

from datetime import date

import pytest

from store.dates import format_date, format_date_long, parse_date
from store.errors import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [("23-11-2026", date(2026, 11, 23)), ("1.2.26", date(2026, 2, 1)), ("2026-11-23", date(2026, 11, 23)),
     ("29/02/2028", date(2028, 2, 29)), ("", None), ("   ", None)],
)
def test_parse(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31-02-2026", "i morgen", "32-01-2026", "00-00-0000", "2026-13-01"])
def test_refused_in_danish(text: str) -> None:
    with pytest.raises(InputError) as err:
        parse_date(text, "due_date")
    assert err.value.field == "due_date"
    assert "dato" in err.value.message.lower() or "findes ikke" in err.value.message


def test_format() -> None:
    assert format_date(date(2026, 3, 4)) == "04-03-2026"
    assert format_date_long(date(2026, 3, 4)) == "4. marts 2026"
    with pytest.raises(InputError):
        parse_date("", required=True)
