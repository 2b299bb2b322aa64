"""The test processes' shared stylesheet parses give what a fresh parse gives (tests/process_speed.py)."""
from __future__ import annotations

import gc

import pytest
from textual.app import App
from textual.css.stylesheet import Stylesheet, StylesheetParseError

from tests.child import ROOT
from tests.process_speed import GC_THRESHOLD, share_stylesheet_parses

SOURCES = sorted(p for folder in ("screens", "tui") for p in (ROOT / folder).rglob("*.tcss"))


def _sheet(css: str, name: str, variables: dict[str, str] | None = None) -> Stylesheet:
    sheet = Stylesheet(variables=variables or {})
    sheet.add_source(css, read_from=(name, ""))
    return sheet


def test_the_memo_is_on_in_every_test_process() -> None:
    share_stylesheet_parses()  # a second call does not wrap it twice
    assert getattr(Stylesheet._parse_rules, "shared", False)
    assert gc.get_threshold() == GC_THRESHOLD


def test_every_project_stylesheet_parses_to_the_rules_a_fresh_parse_gives() -> None:
    assert len(SOURCES) >= 5
    fresh = Stylesheet._parse_rules.original  # type: ignore[attr-defined]
    theme = App().get_css_variables()
    for path in SOURCES:
        css = path.read_text(encoding="utf-8")
        first, again = _sheet(css, str(path), theme), _sheet(css, str(path), theme)
        first.parse()
        again.parse()  # from the memo
        unshared = fresh(Stylesheet(variables=theme), css, (str(path), ""))
        assert [rule.css for rule in again.rules] == [rule.css for rule in unshared], path
        assert again.rules == first.rules


def test_a_source_with_an_error_fails_every_parse() -> None:
    bad = "Label { colour: red; }"
    for _ in range(2):
        with pytest.raises(StylesheetParseError):
            _sheet(bad, "bad.tcss").parse()


def test_other_theme_variables_give_another_parse() -> None:
    css = "Label { color: $accent; }"
    red = _sheet(css, "theme.tcss", {"accent": "#ff0000"})
    green = _sheet(css, "theme.tcss", {"accent": "#00ff00"})
    red.parse()
    green.parse()
    assert red.rules[0].styles.color != green.rules[0].styles.color
    assert green.rules[0].styles.color.hex == "#00FF00"
