"""Correcting what was entered: agreements (when, repeat, one edit), meetings (edit, delete), participants."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest

from store import InputError, Store
from store.enums import AgreementStatus, Area, Decision, MeetingStatus, Role
from store.models import AgendaItem, Agreement, Meeting, MeetingParticipant
from store.follow_up import DueKind, format_due_items
from store.repeat import describe_repeat, next_occurrence, parse_repeat, parse_when, read_code
from tests.conftest import DEMO_TODAY

DAY = DEMO_TODAY


@pytest.fixture
def plan(store: Store) -> dict[str, int]:
    c = store.create_citizen("Testborger Ærø")
    assert c.id is not None
    pid = store.plan_of(c.id).id
    assert pid is not None
    me = store.participants(pid)[0].id
    assert me is not None
    return {"cid": c.id, "plan": pid, "me": me}


@contextmanager
def transactions(store: Store) -> Iterator[list[str]]:
    """The write transactions the store starts inside the block (every write starts with the engine's
    `begin_write`: SQLite's BEGIN IMMEDIATE, PostgreSQL's BEGIN and advisory lock)."""
    seen: list[str] = []
    engine = store.db.engine
    begin = engine.begin_write

    def counted() -> None:
        seen.append("begin_write")
        begin()

    engine.begin_write = counted  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        del engine.begin_write


# -- repeats ------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "code", "said"), [
    ("hver torsdag", "FREQ=WEEKLY;BYDAY=TH", "hver torsdag"),
    ("Hver uge", "FREQ=WEEKLY", "hver uge"),
    ("hver anden uge", "FREQ=WEEKLY;INTERVAL=2", "hver anden uge"),
    ("hver 14. dag", "FREQ=WEEKLY;INTERVAL=2", "hver anden uge"),
    ("hver mandag, onsdag og fredag", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "hver mandag, onsdag og fredag"),
    ("om torsdagen", "FREQ=WEEKLY;BYDAY=TH", "hver torsdag"),
    ("alle hverdage", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "hver hverdag"),
    ("dagligt", "FREQ=DAILY", "hver dag"),
    ("hver måned", "FREQ=MONTHLY", "hver måned"),
    ("every Thursday", "FREQ=WEEKLY;BYDAY=TH", "hver torsdag"),
])
def test_a_repeat_typed_in_danish_is_stored_as_a_code_and_said_back(typed: str, code: str, said: str) -> None:
    assert parse_repeat(typed) == code
    assert read_code(code).code == code
    assert describe_repeat(code) == said


@pytest.mark.parametrize("typed", ["torsdag", "hver", "snart", "i morgen", "hver blå dag", "15-12-2026"])
def test_what_is_not_a_repeat(typed: str) -> None:
    assert parse_repeat(typed) is None


def test_when_is_a_date_or_a_repeat_and_anything_else_is_refused_in_danish() -> None:
    assert parse_when("15-12-2026") == (date(2026, 12, 15), "")
    assert parse_when("hver torsdag") == (None, "FREQ=WEEKLY;BYDAY=TH")
    with pytest.raises(InputError, match="hverken en dato eller en gentagelse"):
        parse_when("snart")
    with pytest.raises(InputError, match="findes ikke"):
        parse_when("31-02-2026")
    with pytest.raises(InputError, match="Skriv hvornår"):
        parse_when("  ", required=True)


def test_next_occurrence_of_a_repeat() -> None:
    monday = date(2026, 11, 23)
    assert next_occurrence("FREQ=WEEKLY;BYDAY=TH", monday) == date(2026, 11, 26)
    assert next_occurrence("FREQ=WEEKLY;BYDAY=MO", monday) == monday
    assert next_occurrence("FREQ=WEEKLY", monday, start=date(2026, 11, 18)) == date(2026, 11, 25)
    assert next_occurrence("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", monday, start=date(2026, 11, 17)) == date(2026, 12, 1)
    assert next_occurrence("FREQ=MONTHLY", monday, start=date(2026, 10, 31)) == date(2026, 11, 30)


# -- agreements: when is required, a repeat is one ------------------------------------------------
def test_an_agreement_needs_a_when(store: Store, plan: dict[str, int]) -> None:
    before = store.agreements(plan["plan"])
    with pytest.raises(InputError) as err:
        store.add_agreement(plan["plan"], plan["me"], "Ringe til lægen")
    assert err.value.field == "due_date" and "Skriv hvornår" in err.value.message
    assert store.agreements(plan["plan"]) == before
    weekly = store.add_agreement(plan["plan"], plan["me"], "Ringe til søster", when="hver torsdag")
    assert weekly.repeat == "FREQ=WEEKLY;BYDAY=TH" and weekly.due_date is None
    dated = store.add_agreement(plan["plan"], plan["me"], "Købe kalender", when="01-12-2026")
    assert dated.due_date == date(2026, 12, 1) and dated.repeat == ""
    with pytest.raises(InputError, match="enten en dato eller en gentagelse"):
        store.add_agreement(plan["plan"], plan["me"], "Begge dele", date(2026, 12, 1), repeat="FREQ=WEEKLY")


def test_continued_refuses_a_date_before_the_meeting(store: Store, plan: dict[str, int]) -> None:
    first = store.plan_meeting(plan["plan"], "citizen", DAY - timedelta(days=30))
    assert first.id is not None
    a = store.add_agreement(plan["plan"], plan["me"], "Gå en tur", DAY - timedelta(days=20), meeting_id=first.id)
    assert a.id is not None
    store.open_meeting(first.id)
    store.close_meeting(first.id, DAY)
    here = store.plan_meeting(plan["plan"], "citizen", DAY)
    assert here.id is not None
    store.open_meeting(here.id)
    with pytest.raises(InputError) as err:
        store.continue_agreement(a.id, DAY - timedelta(days=1), meeting_id=here.id)
    assert err.value.field == "due_date" and "ligger før mødet (23-11-2026)" in err.value.message
    assert store.get_agreement(a.id).carried_over == 0
    with pytest.raises(InputError, match="ligger før mødet"):
        store.change_agreement(a.id, "Gå to ture", when="01-11-2026", meeting_id=here.id)
    same_day = store.continue_agreement(a.id, DAY, meeting_id=here.id)
    assert same_day.due_date == DAY and same_day.carried_over == 1
    weekly = store.continue_agreement(a.id, when="hver onsdag", meeting_id=here.id)
    assert weekly.repeat == "FREQ=WEEKLY;BYDAY=WE" and weekly.due_date is None


def test_editing_an_agreement_is_one_transaction_and_keeps_the_history(store: Store, plan: dict[str, int]) -> None:
    other = store.add_participant(plan["plan"], "Karsten Bro", Role.AUTHORITY)
    goal = store.add_goal(plan["plan"], Area.HEALTH, "Jeg vil sove bedre.")
    a = store.add_agreement(plan["plan"], plan["me"], "Ringe til lægen", "2026-12-01")
    assert a.id is not None and other.id is not None and goal.id is not None
    with transactions(store) as seen:
        edited = store.edit_agreement(a.id, who_id=other.id, what="Skrive til lægen", when="hver fredag",
                                      goal_id=goal.id, target_from=3, target_to=5, shared_with_relatives=True,
                                      private=False)
    assert len(seen) == 1, seen
    assert (edited.who_id, edited.what, edited.repeat, edited.due_date) == (other.id, "Skrive til lægen",
                                                                           "FREQ=WEEKLY;BYDAY=FR", None)
    assert (edited.goal_id, edited.target_from, edited.target_to, edited.shared_with_relatives) == (goal.id, 3, 5, True)
    assert edited.carried_over == 0  # a correction, not a carry-over
    changed = [e for e in store.agreement_events(a.id) if e.decision is Decision.CHANGED]
    assert [(e.old_what, e.new_what, e.old_due) for e in changed] == [
        ("Ringe til lægen", "Skrive til lægen", date(2026, 12, 1))]


@pytest.mark.parametrize(("field", "kwargs"), [
    ("target_to", {"target_to": 11}),
    ("who_id", {"who_id": 9999}),
    ("due_date", {"when": "i overmorgen"}),
    ("goal_id", {"goal_id": 9999}),
    ("what", {"what": "  "}),
])
def test_a_bad_field_in_an_edit_writes_nothing(
    store: Store, plan: dict[str, int], field: str, kwargs: dict[str, Any]
) -> None:
    a = store.add_agreement(plan["plan"], plan["me"], "Ringe til lægen", "2026-12-01")
    assert a.id is not None
    events = store.agreement_events(a.id)
    args: dict[str, Any] = {"who_id": plan["me"], "what": "Skrive til lægen", "when": "02-12-2026", **kwargs}
    with pytest.raises(InputError) as err:
        store.edit_agreement(a.id, **args)
    assert err.value.field == field
    assert store.get_agreement(a.id) == a
    assert store.agreement_events(a.id) == events


def test_undo_of_a_status_change_restores_the_done_date(store: Store, plan: dict[str, int]) -> None:
    a = store.add_agreement(plan["plan"], plan["me"], "Købe sko", "2026-10-01")
    assert a.id is not None
    done = store.mark_agreement_done(a.id, on=date(2026, 10, 15))
    reopened = store.reopen_agreement(a.id)
    assert reopened.done_at is None
    back = store.restore_agreement_state(a.id, done)
    assert back.status is AgreementStatus.DONE and back.done_at == date(2026, 10, 15)
    again = store.mark_agreement_done(a.id, on=DAY)
    assert again.done_at == DAY
    undone = store.restore_agreement_state(a.id, reopened)
    assert undone.status is AgreementStatus.OPEN and undone.done_at is None
    assert [e.decision for e in store.agreement_events(a.id)][-2:] == [Decision.DONE, Decision.REOPENED]


def test_moving_an_agreement_changes_the_order_everywhere(store: Store, plan: dict[str, int]) -> None:
    ids = [store.add_agreement(plan["plan"], plan["me"], f"Aftale {n}", "2026-12-01").id for n in (1, 2, 3)]
    store.move_agreement(ids[2] or 0, -1)
    assert [a.id for a in store.agreements(plan["plan"])] == [ids[0], ids[2], ids[1]]
    assert [a.id for a in store.plan_view(plan["cid"]).agreements] == [ids[0], ids[2], ids[1]]


# -- participants: once per plan -------------------------------------------------------------------
def test_a_participant_cannot_be_added_twice(store: Store, plan: dict[str, int]) -> None:
    store.add_participant(plan["plan"], "Mette Hansen", Role.RELATIVE)
    with pytest.raises(InputError) as err:
        store.add_participant(plan["plan"], "  mette   HANSEN ", Role.RELATIVE)
    assert err.value.field == "name" and "er allerede deltager i planen" in err.value.message
    with pytest.raises(InputError, match="Testborger Ærø \\(borger\\) er allerede deltager"):
        store.add_participant(plan["plan"], "Testborger Ærø", Role.CITIZEN)
    other_role = store.add_participant(plan["plan"], "Mette Hansen", Role.CONTACT)  # another role: another person
    assert other_role.id is not None
    with pytest.raises(InputError, match="allerede deltager"):
        store.update_participant(other_role.id, role=Role.RELATIVE)
    assert sorted(p.name for p in store.participants(plan["plan"])) == ["Mette Hansen", "Mette Hansen",
                                                                          "Testborger Ærø"]


# -- meetings: planned with a new participant, corrected, deleted ---------------------------------------
def test_planning_with_a_new_participant_is_one_transaction(store: Store, plan: dict[str, int]) -> None:
    with transactions(store) as seen:
        m = store.plan_meeting(plan["plan"], "relative", DAY + timedelta(days=7), time="10:00",
                               participant_ids=[plan["me"]], new_participant=("Mette Hansen", "relative"))
    assert len(seen) == 1
    assert m.id is not None
    assert [(p.name, p.role) for p in store.meeting_participants(m.id)] == [
        ("Testborger Ærø", Role.CITIZEN), ("Mette Hansen", Role.RELATIVE)]
    count = len(store.db.select(Meeting))
    with pytest.raises(InputError, match="allerede deltager"):
        store.plan_meeting(plan["plan"], "citizen", DAY, new_participant=("Mette Hansen", "relative"))
    assert len(store.db.select(Meeting)) == count


def test_a_planned_meeting_can_be_corrected(store: Store, plan: dict[str, int]) -> None:
    officer = store.add_participant(plan["plan"], "Karsten Bro", Role.AUTHORITY)
    m = store.plan_meeting(plan["plan"], "citizen", DAY + timedelta(days=7), participant_ids=[plan["me"]])
    assert m.id is not None and officer.id is not None
    with transactions(store) as seen:
        fixed = store.edit_meeting(m.id, kind="authority", on="02-12-2026", time="09:30", place="Jobcentret",
                                   participant_ids=[plan["me"], officer.id])
    assert len(seen) == 1
    assert (fixed.kind, fixed.date, fixed.time, fixed.place) == ("authority", date(2026, 12, 2), "09:30", "Jobcentret")
    kind = store.catalog.meeting_kind("authority")
    assert [i.title for i in store.agenda(m.id)] == [i.title for i in kind.agenda]
    assert {p.id for p in store.meeting_participants(m.id)} == {plan["me"], officer.id}
    # Only the other one left: removed from the meeting, still on the plan.
    store.edit_meeting(m.id, kind="authority", on="02-12-2026", participant_ids=[officer.id])
    assert [p.id for p in store.meeting_participants(m.id)] == [officer.id]
    with pytest.raises(InputError):
        store.edit_meeting(m.id, kind="authority", on="31-02-2026")
    assert store.get_meeting(m.id).date == date(2026, 12, 2)
    store.open_meeting(m.id)
    with pytest.raises(InputError, match="Kun et planlagt møde"):
        store.edit_meeting(m.id, kind="citizen", on=DAY)


def test_a_planned_meeting_never_held_can_be_deleted_and_undone(store: Store, plan: dict[str, int]) -> None:
    m = store.plan_meeting(plan["plan"], "citizen", DAY + timedelta(days=7), participant_ids=[plan["me"]])
    assert m.id is not None
    removed = store.delete_meeting(m.id)
    assert store.meetings(plan["plan"]) == []
    assert store.db.select(AgendaItem, "meeting_id = ?", (m.id,)) == []
    assert store.db.select(MeetingParticipant, "meeting_id = ?", (m.id,)) == []
    store.restore(removed)
    assert [x.id for x in store.meetings(plan["plan"])] == [m.id]
    assert len(store.agenda(m.id)) == len(store.catalog.meeting_kind("citizen").agenda)
    store.open_meeting(m.id)
    with pytest.raises(InputError, match="Kun et planlagt møde"):
        store.delete_meeting(m.id)
    assert store.get_meeting(m.id).status is MeetingStatus.OPEN


def test_participants_change_during_an_open_meeting(store: Store, plan: dict[str, int]) -> None:
    m = store.plan_meeting(plan["plan"], "citizen", DAY, participant_ids=[plan["me"]])
    assert m.id is not None
    store.open_meeting(m.id)
    people = store.set_meeting_participants(m.id, [], new_participant=("Ole Krogh", "mentor"))
    assert [p.name for p in people] == ["Ole Krogh"]
    people = store.set_meeting_participants(m.id, [plan["me"], people[0].id or 0])
    assert sorted(p.name for p in people) == ["Ole Krogh", "Testborger Ærø"]


# -- repeats in what people read ----------------------------------------------------------------------
def test_a_repeat_is_shown_in_the_minutes_and_the_follow_up_list(store: Store, plan: dict[str, int]) -> None:
    m = store.plan_meeting(plan["plan"], "citizen", DAY, participant_ids=[plan["me"]])
    assert m.id is not None
    store.open_meeting(m.id)
    store.add_agreement(plan["plan"], plan["me"], "Ringe til søster", when="hver torsdag", meeting_id=m.id)
    minutes = store.render_minutes(m.id, "citizen")
    assert f"- **Møde nr.:** {m.id}" in minutes
    assert "| Ringe til søster | hver torsdag |" in minutes
    assert "- Hver torsdag: Ringe til søster" in minutes
    items = store.due_items(DAY, 1)
    repeat = [i for i in items if i.kind is DueKind.REPEAT]
    assert [(i.date, i.what, i.detail) for i in repeat] == [
        (date(2026, 11, 26), "Ringe til søster", "hver torsdag — Testborger Ærø (borger)")]
    assert any("Fast aftale" in line and "hver torsdag" in line for line in format_due_items(items, DAY, 1))


def test_stored_agreements_without_a_when_still_read(store: Store, plan: dict[str, int]) -> None:
    """Older files may hold agreements without a date: they read, show, and can be marked done."""
    a = store.add_agreement(plan["plan"], plan["me"], "Gammel aftale", "2026-12-01")
    assert a.id is not None
    store.db.engine.execute("UPDATE agreement SET due_date = NULL WHERE id = ?", (a.id,))
    old: Agreement = store.get_agreement(a.id)
    assert old.due_date is None and old.repeat == ""
    assert store.mark_agreement_done(a.id).status is AgreementStatus.DONE


