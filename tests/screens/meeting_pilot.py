"""Helpers for driving the meeting screens with Pilot (keys, dialogs, screen text)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, OptionList, Select, SelectionList, Static, TextArea

from screens.forms import QuickForm
from screens.meetings import MeetingFrame, MeetingListScreen
from store import Store
from store.enums import AgreementStatus, Decision, MeetingStatus
from store.errors import ClosedMeetingError
from store.meetings import ReviewItem
from store.models import Meeting
from tests.conftest import DEMO_TODAY
from tests.keys import press_one_by_one, press_quickly

SIZE = (100, 30)


def meeting_screen(app: App[Any]) -> MeetingFrame:
    screen = app.screen
    assert isinstance(screen, MeetingFrame), type(screen)
    return screen


async def step_to(pilot: Pilot[Any], options: OptionList, index: int) -> None:
    """Focus a list and step its highlight to `index` with up/down from where it is (home if none is).

    The arrow keys go in one burst (`press_quickly`): each still moves the highlight through the list's
    key path and the screen handles each highlight in turn (`tui.key_order`), but the screen is drawn
    once at the end instead of after every step (the steps are the way there, not what is tested).
    """
    options.focus()
    if options.highlighted is None:
        await press_one_by_one(pilot, "home")
    current = options.highlighted or 0
    steps = ["down" if index > current else "up"] * abs(index - current)
    if steps:
        await press_quickly(pilot, *steps)
    else:
        await pilot.pause()  # the focus change
    assert options.highlighted == index, (options.id, options.highlighted, index)


async def goto_part(pilot: Pilot[Any], part: str) -> None:
    """Step along the agenda with the keyboard to the first item of `part`."""
    screen = meeting_screen(pilot.app)
    target = next(i for i, item in enumerate(screen.items) if item.part == part)
    await step_to(pilot, screen.query_one("#agenda", OptionList), target)
    assert screen.part_name == part


async def goto_row(pilot: Pilot[Any], index: int) -> None:
    screen = meeting_screen(pilot.app)
    await step_to(pilot, screen.query_one("#rows", OptionList), index)


async def fill(pilot: Pilot[Any], save: bool = True, **values: Any) -> QuickForm:
    """Fill the open dialog's fields by key and save with ctrl+s."""
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, QuickForm), type(dialog)
    for key, value in values.items():
        widget = dialog.query_one(f"#f-{key}")
        if isinstance(widget, Input):
            widget.value = value
        elif isinstance(widget, TextArea):
            widget.load_text(value)
        elif isinstance(widget, Select):
            widget.value = str(value)
        elif isinstance(widget, Checkbox):
            widget.value = bool(value)
        elif isinstance(widget, SelectionList):
            widget.deselect_all()
            for v in value:
                widget.select(str(v))
    if save:
        await press_one_by_one(pilot, "ctrl+s")
    return dialog


def dialog_error(app: App[Any]) -> str:
    """The messages the open dialog shows (under its fields and at its top)."""
    screen = app.screen
    assert isinstance(screen, QuickForm), type(screen)
    return " ".join(screen.errors().values())


def screen_text(app: App[Any]) -> str:
    """All text the current screen shows (statics, list rows, text areas)."""
    parts: list[str] = []
    for w in app.screen.query("*"):
        if isinstance(w, Static):
            parts.append(str(w.content))
        elif isinstance(w, OptionList):
            parts.extend(str(o.prompt) for o in w.options)
        elif isinstance(w, TextArea):
            parts.append(w.text)
    return "\n".join(parts)


async def decide_all_done(pilot: Pilot[Any]) -> int:
    """Mark every undecided review item done with `u`; returns how many."""
    screen = meeting_screen(pilot.app)
    await goto_part(pilot, "review")
    count = 0
    for i in range(len(screen.rows)):
        if screen.rows[i].decision is None:
            await goto_row(pilot, i)
            await press_one_by_one(pilot, "u")
            count += 1
    return count


async def close_meeting(pilot: Pilot[Any], next_date: str) -> None:
    await goto_part(pilot, "next")
    await press_one_by_one(pilot, "k")
    await fill(pilot, date=next_date)


# -- a whole meeting, shared by the per-kind tests ---------------------------------------------------
async def open_list(pilot: Pilot[Any], store: Store, plan_id: int) -> MeetingListScreen:
    """The plan's meetings list (as the plan screen's `m` opens it), on the demo's fixed today."""
    screen = MeetingListScreen(store, plan_id, today=DEMO_TODAY)
    pilot.app.push_screen(screen)
    await pilot.pause()
    return screen


async def plan_meeting(
    pilot: Pilot[Any], store: Store, plan_id: int, *, kind: str, on: str, time: str, place: str,
    people: list[int], new_name: str = "", new_role: str = "relative",
) -> Meeting:
    """Plan a meeting with the list's dialog (n); returns the stored meeting."""
    before = {m.id for m in store.meetings(plan_id)}
    await press_one_by_one(pilot, "n")
    dialog = await fill(pilot, save=False, kind=kind, date=on, time=time, place=place, people=people,
                        new_name=new_name, new_role=new_role)
    # The participants offered are the plan's participants.
    people_list: SelectionList[str] = dialog.query_one("#f-people", SelectionList)
    offered = {people_list.get_option_at_index(i).value for i in range(people_list.option_count)}
    assert offered == {str(p.id) for p in store.participants(plan_id)}
    await press_one_by_one(pilot, "ctrl+s")
    made = [m for m in store.meetings(plan_id) if m.id not in before]
    assert len(made) == 1, dialog_error(pilot.app)
    meeting = made[0]
    assert meeting.kind == kind and meeting.time == time and meeting.place == place
    assert meeting.status is MeetingStatus.PLANNED
    return meeting


async def open_highlighted(pilot: Pilot[Any]) -> MeetingFrame:
    """Enter on the list's highlighted meeting, and start it: a planned meeting dated after today opens for
    preparing its agenda (still planned, the key bar offers k "Start mødet"), and k starts it."""
    await press_one_by_one(pilot, "enter")
    screen = meeting_screen(pilot.app)
    if screen.meeting.date > DEMO_TODAY:
        assert screen.planned and "k" in footer_keys(screen)
        assert "Forbered dagsordenen her" in screen_text(pilot.app)
        await press_one_by_one(pilot, "k")
    assert not screen.planned and screen.ctx.store.get_meeting(screen.meeting_id).status is MeetingStatus.OPEN
    return screen


async def add_agenda_item(pilot: Pilot[Any], title: str, part: str = "free") -> None:
    """Edit the agenda: a new item (+), moved up above "Næste møde" (shift+up)."""
    screen = meeting_screen(pilot.app)
    screen.query_one("#agenda", OptionList).focus()
    await press_one_by_one(pilot, "plus")
    await fill(pilot, title=title, part=part)
    await press_one_by_one(pilot, "end")
    assert screen.current_item is not None and screen.current_item.title == title
    await press_one_by_one(pilot, "shift+up")
    titles = [it.title for it in screen.items]
    assert titles[-2] == title and screen.items[-1].part == "next", titles


async def goto_row_where(pilot: Pilot[Any], pred: Callable[[Any], bool]) -> Any:
    """Highlight the first row of the current part for which `pred` holds."""
    screen = meeting_screen(pilot.app)
    index = next(i for i, row in enumerate(screen.rows) if pred(row))
    await goto_row(pilot, index)
    return screen.rows[index]


async def decide(pilot: Pilot[Any], wording: str, how: str, **values: Any) -> None:
    """Decide on the review item whose wording contains `wording`: done / continue / change / cancel."""
    await goto_row_where(pilot, lambda r: isinstance(r, ReviewItem) and wording in r.agreement.what)
    await press_one_by_one(pilot, {"done": "u", "continue": "f", "change": "e", "cancel": "x"}[how])
    if how != "done":
        await fill(pilot, **values)


async def close_refused(pilot: Pilot[Any], undecided: int) -> None:
    """k before every review item is decided: the store refuses, with the count, in the dialog."""
    await press_one_by_one(pilot, "k")
    await fill(pilot, date="07-01-2027")
    noun = "aftale mangler" if undecided == 1 else "aftaler mangler"
    assert f"{undecided} {noun} en beslutning" in dialog_error(pilot.app)
    await press_one_by_one(pilot, "escape")
    assert not meeting_screen(pilot.app).closed


def footer_keys(screen: MeetingFrame) -> set[str]:
    """The keys the Footer shows for the screen's own bindings right now."""
    return {key for key, b in screen.active_bindings.items() if b.binding.show and b.node is screen}


async def assert_read_only(pilot: Pilot[Any], store: Store, meeting_id: int) -> None:
    """A closed meeting: the store refuses changes; the screen (re-opened from the list) is read-only."""
    with pytest.raises(ClosedMeetingError):
        store.update_agenda_item(store.agenda(meeting_id)[0].id or 0, notes="for sent")
    with pytest.raises(ClosedMeetingError):
        store.add_agenda_item(meeting_id, "Et punkt mere")
    # Back to the list and in again: it opens read-only.
    await press_one_by_one(pilot, "escape")
    assert isinstance(pilot.app.screen, MeetingListScreen)
    await press_one_by_one(pilot, "enter")
    screen = meeting_screen(pilot.app)
    assert screen.meeting_id == meeting_id and screen.closed
    text = screen_text(pilot.app)
    assert "AFSLUTTET – SKRIVEBESKYTTET" in text
    assert not screen.query_one("#editors").display
    assert screen.query_one("#record", Static).display
    assert footer_keys(screen) == {"i", "r"}
    assert "escape" in screen.active_bindings
    # A key that would change it is refused with the store's message.
    await press_one_by_one(pilot, "a")
    assert "Mødet er afsluttet, og referatet kan ikke ændres" in screen_text(pilot.app)
    assert isinstance(pilot.app.screen, MeetingFrame)


async def all_screen_text(pilot: Pilot[Any]) -> str:
    """Everything the meeting screen shows on every agenda item and every row (bodies follow the row).

    Read as a person reads it: one item down the agenda at a time, one row down its list at a time.
    """
    screen = meeting_screen(pilot.app)
    out: list[str] = []
    for item in list(screen.items):
        await goto_part_index(pilot, screen.items.index(item))
        out.append(screen_text(pilot.app))
        for i in range(len(screen.rows)):
            await goto_row(pilot, i)
            out.append(screen_text(pilot.app))
    return "\n".join(out)


async def goto_part_index(pilot: Pilot[Any], index: int) -> None:
    screen = meeting_screen(pilot.app)
    await step_to(pilot, screen.query_one("#agenda", OptionList), index)
    assert screen.item_index == index


# -- the demo case's five open agreements: one decision of each kind ------------------------------------
DEMO_REVIEW: dict[str, tuple[str, dict[str, str]]] = {
    "Ringe til Nanna hver mandag": ("continue", {"due": "15-12-2026"}),
    "Finde en tid hos lægen": ("cancel", {"reason": "Nanna har selv bestilt tid"}),
    "Gå med Bamse": ("done", {}),
    "Køre Nanna til VUC": ("change", {"what": "Køre Nanna til VUC hver tirsdag", "due": "22-12-2026"}),
    "Notere tegn på at Nanna": ("done", {}),
}


def row_label(screen: MeetingFrame, pred: Callable[[Any], bool]) -> str:
    rows = screen.query_one("#rows", OptionList)
    index = next(i for i, row in enumerate(screen.rows) if pred(row))
    return str(rows.get_option_at_index(index).prompt).removeprefix("▶ ").removeprefix("  ")


async def review_demo_agreements(pilot: Pilot[Any], store: Store, meeting_id: int) -> dict[str, int]:
    """Review the demo's open agreements: carry-over counts and overdue shown; close refused until all decided."""
    await goto_part(pilot, "review")
    screen = meeting_screen(pilot.app)
    items = store.agreements_for_review(meeting_id)
    ids = {key: next(r.agreement.id or 0 for r in items if key in r.agreement.what) for key in DEMO_REVIEW}
    assert len(items) == len(DEMO_REVIEW)
    assert f"{len(items)} af {len(items)} aftaler mangler en beslutning." in screen_text(pilot.app)
    ringe = row_label(screen, lambda r: r.agreement.id == ids["Ringe til Nanna hver mandag"])
    assert "videreført 1 gang" in ringe and "mangler beslutning" in ringe
    assert "overskredet" in row_label(screen, lambda r: r.agreement.id == ids["Finde en tid hos lægen"])
    await close_refused(pilot, len(items))
    for n, (key, (how, values)) in enumerate(DEMO_REVIEW.items(), start=1):
        await decide(pilot, key, how, **values)
        if n == 3:
            await close_refused(pilot, len(items) - n)
    assert f"Alle {len(items)} aftaler har fået en beslutning." in screen_text(pilot.app)
    assert "Fortsættes" in row_label(screen, lambda r: r.agreement.id == ids["Ringe til Nanna hver mandag"])
    return ids


def assert_demo_review_stored(store: Store, meeting_id: int, ids: dict[str, int]) -> None:
    """The decisions stay with the closed meeting; the agreements carry their new state and history."""
    decisions = {r.agreement.id: r.decision for r in store.agreements_for_review(meeting_id)}
    expected = {"continue": Decision.CONTINUED, "cancel": Decision.CANCELLED, "done": Decision.DONE,
                "change": Decision.CHANGED}
    assert decisions == {ids[key]: expected[how] for key, (how, _) in DEMO_REVIEW.items()}
    ringe = store.get_agreement(ids["Ringe til Nanna hver mandag"])
    assert ringe.status is AgreementStatus.OPEN and ringe.carried_over == 2 and ringe.due_date == date(2026, 12, 15)
    vuc = store.get_agreement(ids["Køre Nanna til VUC"])
    assert vuc.what == "Køre Nanna til VUC hver tirsdag" and vuc.carried_over == 1
    changed = [e for e in store.agreement_events(vuc.id or 0) if e.decision is Decision.CHANGED]
    assert [(e.old_what, e.new_what, e.meeting_id) for e in changed] == [
        ("Køre Nanna til VUC, når det regner", "Køre Nanna til VUC hver tirsdag", meeting_id)]
    doctor = store.get_agreement(ids["Finde en tid hos lægen"])
    assert doctor.status is AgreementStatus.CANCELLED and doctor.cancel_reason == "Nanna har selv bestilt tid"
    for key in ("Gå med Bamse", "Notere tegn på at Nanna"):
        assert store.get_agreement(ids[key]).status is AgreementStatus.DONE
