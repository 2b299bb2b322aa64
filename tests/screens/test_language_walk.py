"""No string escapes its language: every screen, under each language, shows no word of the other catalogue.

The walk opens the screens the snapshot tests show (citizens, plan, the
meetings list, a meeting of each kind on its own part, the minutes preview,
the year wheel, progression, the change log, participants, notes, consents,
the editors, the command palette and its keys) in one app, reads what is on
the screen, and fails on a word that only the other language's catalogue has
(the one vocabulary, the screens' strings, Textual's own words). What the demo
case's people wrote (Danish user data) is not the UI's text and is left out.
"""
from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from screens.consents import ConsentsScreen
from screens.due import DueScreen
from screens.editors import AgreementEditor, CitizenEditor, GoalEditor, OverallGoalEditor
from screens.history import ChangeLogScreen
from screens.i18n import catalogue, set_language
from screens.meetings import MeetingScreen
from screens.meetings.list import MeetingListScreen
from screens.minutes_preview import MinutesPreviewScreen
from screens.notes import PlanNotesScreen
from screens.participants import ParticipantsScreen
from screens.progression import ProgressionScreen
from store import Store
from store.enums import MeetingStatus
from tests.conftest import DEMO_TODAY
from tests.screens.test_meeting_snapshots import SHOWN_PART, open_meeting
from tui.app import build_app

_WORD = re.compile(r"[^\W\d_]{4,}")
_TEXT = re.compile(r'<text[^>]*\by="([\d.]+)"[^>]*>(.*?)</text>', re.S)
_ALLOWED = {
    # the same word in both languages, or a name the product uses untranslated
    "Rundbord", "SMTTE", "SMART", "PDSA", "Markdown", "HTML", "Mentor", "mentor", "Status", "status",
    # what is printed on the keys themselves (the key bar and the palette name the key, as on the keyboard)
    "home", "pgup", "pgdn", "shift", "ctrl", "enter", "delete",
}


_GENERATED = {"frozen_minutes", "citizen_list", "view_state"}
_CATALOGUE_COLUMNS = {("agenda_item", "title")}
"""Copied from the catalogue when a meeting is planned (the demo renames none): shown in the session's
language (`Catalog.agenda_title`), so not user data here."""


def words(text: str) -> set[str]:
    return set(_WORD.findall(text))


def foreign_words(lang: str) -> set[str]:
    """Words only the other language's catalogue uses (what would show that a string escaped)."""
    other = "en" if lang == "da" else "da"
    own = set().union(*(words(v) for v in catalogue(lang).values()))
    theirs = set().union(*(words(v) for v in catalogue(other).values()))
    own_folded = {w.casefold() for w in own}
    return {w for w in theirs - own if w.casefold() not in own_folded} - _ALLOWED


def user_words(db_path: Path) -> set[str]:
    """Every word of every text the demo case's people wrote (names, goals, agreements, notes ...).

    Not the tables Rundbord writes itself (the closed minutes' frozen text, the citizen list's cache,
    the search index, the shared screen's state): their Danish words would hide a leak."""
    found: set[str] = set()
    with sqlite3.connect(db_path) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if r[0] not in _GENERATED and not r[0].startswith("search_")]
        for table in tables:
            try:
                cursor = con.execute(f'SELECT * FROM "{table}"')
                rows = cursor.fetchall()
            except sqlite3.DatabaseError:  # a virtual table's shadow
                continue
            names = [d[0] for d in cursor.description]
            for row in rows:
                for name, value in zip(names, row):
                    if isinstance(value, str) and (table, name) not in _CATALOGUE_COLUMNS:
                        found |= words(value)
    return found


def _frame(name: str, text: str) -> str:
    """The minutes preview's own words (its title, status line and keys): the document below them is a
    closed meeting's frozen copy, Danish as written under either language (docs/terminology.md)."""
    if not name.startswith("minutes-"):
        return text
    lines = text.splitlines()
    # the document's own heading (the screen's title, on the first row, may begin the same way in Danish)
    start = next(i for i, line in enumerate(lines) if i > 0 and line.strip().startswith("Referat: "))
    return "\n".join(lines[:start] + lines[-1:])


def squeezed(text: str) -> str:
    """Without whitespace: a phrase drawn in several pieces (a toast, a wrapped line) is still found."""
    return "".join(text.split())


def screen_text(app: Any) -> str:
    """What the screen shows, row by row (the SVG's text pieces of a line joined with a space: the key bar
    draws each key's label as its own piece with no space character between them)."""
    rows: dict[float, list[str]] = {}
    for y, piece in _TEXT.findall(app.export_screenshot()):
        rows.setdefault(float(y), []).append(html.unescape(piece).replace("\xa0", " "))
    return "\n".join(" ".join(pieces) for _, pieces in sorted(rows.items()))


@pytest.fixture
def back_to_danish() -> Iterator[None]:
    yield
    set_language("da")


@pytest.mark.parametrize("lang", ["da", "en"])
async def test_every_screen_speaks_one_language(
    demo_store: Store, demo_citizen_id: int, demo_db: Path, lang: str, back_to_danish: None, tmp_path: Path
) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    plan_id = plan.id
    goal_id = demo_store.goals(plan_id)[0].id or 0
    agreement_id = demo_store.agreements(plan_id)[0].id or 0
    closed = [m.id for m in demo_store.meetings(plan_id) if m.status is MeetingStatus.CLOSED and m.id is not None][-1]
    meetings = {kind: open_meeting(demo_store, demo_citizen_id, kind) for kind in SHOWN_PART}
    app = build_app(demo_store, lang=lang, today=DEMO_TODAY)
    seen: dict[str, str] = {}

    async def look(name: str, pilot: Pilot[Any], make: Callable[[], Screen[Any]] | None = None,
                   keys: tuple[str, ...] = ()) -> None:
        if make is not None:
            app.push_screen(make())
            await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        seen[name] = screen_text(app)

    async def back(pilot: Pilot[Any]) -> None:
        app.pop_screen()
        await pilot.pause()

    steps: list[tuple[str, Callable[[], Screen[Any]], tuple[str, ...]]] = [
        ("meetings", lambda: MeetingListScreen(demo_store, plan_id, today=DEMO_TODAY), ()),
        *((f"meeting-{k}", (lambda m=m: MeetingScreen(demo_store, m)), ()) for k, m in meetings.items()),
        ("minutes-authority", lambda: MinutesPreviewScreen(demo_store, closed), ()),
        ("minutes-citizen", lambda: MinutesPreviewScreen(demo_store, closed), ("2",)),  # the document: Danish
        ("due", lambda: DueScreen(demo_store, today=DEMO_TODAY), ()),
        ("progression", lambda: ProgressionScreen(demo_store, goal_id), ()),
        ("change-log", lambda: ChangeLogScreen(demo_store, demo_citizen_id), ()),
        ("participants", lambda: ParticipantsScreen(demo_store, plan_id), ()),
        ("notes", lambda: PlanNotesScreen(demo_store, plan_id), ()),
        ("consents", lambda: ConsentsScreen(demo_store, plan_id, today=DEMO_TODAY), ()),
        ("goal-editor", lambda: GoalEditor(demo_store, plan_id, goal_id), ()),
        ("overall-goal-editor", lambda: OverallGoalEditor(demo_store, plan_id), ()),
        ("agreement-editor", lambda: AgreementEditor(demo_store, plan_id, agreement_id), ()),
        ("citizen-editor", lambda: CitizenEditor(demo_store, demo_citizen_id), ()),
    ]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await look("citizens", pilot)
        await look("plan", pilot, keys=("enter",))
        for name, make, keys in steps:
            await look(name, pilot, make, keys)
            await back(pilot)
        # the command palette: its own words, Textual's key descriptions, and an empty search
        await look("palette-keys", pilot, keys=("ctrl+p",))
        for key in "scroll":
            await pilot.press(key)
        await pilot.pause()
        seen["palette-scroll"] = screen_text(app)
        for key in "qqxqz":
            await pilot.press(key)
        await pilot.pause()
        await pilot.pause()
        seen["palette-nothing"] = screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        app.action_help_quit()  # ctrl+c: "which key quits"
        for _ in range(3):  # the toast is mounted, then drawn
            await pilot.pause()
        seen["ctrl+c"] = screen_text(app)
        app.clear_notifications()
        app.action_screenshot(filename="walk.svg", path=str(tmp_path))  # Textual's own "Saved screenshot"
        saved = "Skærmbilledet er gemt" if lang == "da" else "Saved screenshot"
        for _ in range(50):  # written by a thread, then announced, then drawn
            await pilot.pause()
            seen["screenshot"] = screen_text(app)
            if squeezed(saved) in squeezed(seen["screenshot"]):
                break
        assert (tmp_path / "walk.svg").exists()

    foreign = foreign_words(lang) - user_words(demo_db) - words(str(tmp_path / "walk.svg"))  # the saved file's path
    escaped = {name: sorted(words(_frame(name, text)) & foreign) for name, text in seen.items()}
    assert {name: found for name, found in escaped.items() if found} == {}
    assert len(seen) == len(steps) + 7
    # The walk saw the screens it meant to (not the citizens list each time).
    assert seen["plan"] != seen["citizens"] and seen["due"] != seen["plan"]
    # Textual's own words, said in the chosen language: the empty search and the ctrl+c notice.
    nothing, quit_notice = ("Intet fundet", "Tryk ctrl+q for at afslutte") if lang == "da" else (
        "No matches found", "Press ctrl+q to quit the app")
    assert squeezed(nothing) in squeezed(seen["palette-nothing"])
    assert squeezed(quit_notice) in squeezed(seen["ctrl+c"])
    saved_notice = "Skærmbilledet er gemt i" if lang == "da" else "Saved screenshot to"
    assert squeezed(saved_notice) in squeezed(seen["screenshot"])
    # The catalogue's plan type and meeting kinds in the chosen language (both carry English).
    plan_type = "Jobafklaringsforløb" if lang == "da" else "Job clarification course"
    assert plan_type in seen["plan"]
    assert ("Borgermøde" if lang == "da" else "Citizen meeting") in seen["meeting-citizen"]
    # The agenda, planned in Danish before the app started, read in the chosen language (Catalog.agenda_title).
    welcome, other = ("Velkomst", "Welcome") if lang == "da" else ("Welcome", "Velkomst")
    assert welcome in seen["meeting-citizen"] and other not in seen["meeting-citizen"]
    frame = _frame("minutes-citizen", seen["minutes-citizen"])
    assert ("Referat" if lang == "da" else "Minutes") in frame
    assert (squeezed("in Danish as written") in squeezed(frame)) is (lang == "en")


def test_foreign_words_are_found() -> None:
    """The walk's yardstick catches what it is meant to: an English key word under Danish, and back."""
    assert {"Scroll", "Withdrawn", "Paused"} <= foreign_words("da")
    assert {"Udgået", "Myndighed", "Afslut"} <= foreign_words("en")
