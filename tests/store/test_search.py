"""Search: the citizens list and the palette's jump find Danish text in any case, from the index."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store import InputError, Store
from store.enums import Area, GoalLevel, Role
from store.search_index import MAX_SEARCH_CHARS, out_of_step


def _names(store: Store, search: str) -> list[str]:
    return [r.name for r in store.list_citizens(search)]


@pytest.fixture
def danes(store: Store) -> Store:
    """Citizens whose names and goals need Danish case folding to be found."""
    for name, goal in (
        ("Søren Østergaard", "Jeg vil arbejde på et lager i Århus."),
        ("Åse Aagaard", "Jeg vil tage bussen alene."),
        ("Bo Ærø", "Jeg vil bo i egen bolig ved Øster Hurup."),
        ("Kaare Nielsen", ""),
        ("Karin Holm", "Jeg vil have et fleksjob."),
    ):
        c = store.create_citizen(name)
        assert c.id is not None
        if goal:
            store.set_overall_goal(store.plan_of(c.id).id or 0, goal, GoalLevel.TRADE)
    return store


def test_danish_letters_are_found_in_any_case(danes: Store) -> None:
    # SQLite's LIKE folds ASCII only: 'Østergaard' LIKE '%øster%' is false. The index folds every letter.
    assert _names(danes, "øster") == ["Bo Ærø", "Søren Østergaard"]  # Ærø by its goal ("Øster Hurup")
    assert _names(danes, "ØSTER") == _names(danes, "øster") == _names(danes, "ØsTeR")
    assert _names(danes, "århus") == _names(danes, "ÅRHUS") == ["Søren Østergaard"]
    assert _names(danes, "ÆRØ") == ["Bo Ærø"]
    assert _names(danes, "aagaard") == ["Åse Aagaard"]
    assert _names(danes, "ldeg") == []


def test_one_or_two_letters_find_names_that_begin_with_them(danes: Store) -> None:
    assert _names(danes, "k") == ["Karin Holm", "Kaare Nielsen"]  # Danish order: "Kaa" is "Kå", after "Kar"
    assert _names(danes, "ka") == ["Karin Holm", "Kaare Nielsen"]  # "ka" may be the start of "kaa"
    assert _names(danes, "Å") == ["Åse Aagaard"]
    assert _names(danes, "ø") == []  # beginnings only: "Søren Østergaard" begins with S
    assert _names(danes, "bo") == ["Bo Ærø"]  # not "bolig" in a goal: two letters match names


def test_search_is_case_insensitive_for_goal_texts_activities_and_agreements(demo_store: Store,
                                                                           demo_citizen_id: int) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    goal = demo_store.goals(plan.id)[0]
    assert goal.id is not None
    activity = demo_store.add_activity(goal.id, "Prøvedag i GENBRUGSBUTIKKEN på Østergade")
    for typed in ("bamse", "BAMSE", "Bamse"):
        kinds = {h.kind for h in demo_store.search_everything(typed)}
        assert {"goal", "agreement"} <= kinds, typed
    hits = demo_store.search_everything("genbrugsbutikken på øster")
    assert [(h.kind, h.record_id, h.goal_id) for h in hits] == [("activity", activity.id, goal.id)]
    assert hits[0].citizen_name == "Nanna Kildegaard"


def test_finds_goal_and_agreement_by_part_of_text(demo_store: Store, demo_citizen_id: int) -> None:
    hits = demo_store.search_everything("bamse")
    kinds = {h.kind for h in hits}
    assert {"goal", "agreement"} <= kinds
    assert all(h.citizen_id == demo_citizen_id for h in hits)
    goal = next(h for h in hits if h.kind == "goal")
    assert "Bamse" in goal.text
    assert goal.citizen_name == "Nanna Kildegaard"


def test_finds_citizen_and_meeting(demo_store: Store) -> None:
    assert [h.kind for h in demo_store.search_everything("Kildegaard")][:1] == ["citizen"]
    assert [h.kind for h in demo_store.search_everything("KILDEGAARD")][:1] == ["citizen"]
    meetings = demo_store.search_everything("netværksmøde")
    assert meetings and meetings[0].kind == "meeting"
    assert "24-09-2026" in meetings[0].text
    by_date = demo_store.search_everything("24-09-2026")
    assert [h.record_id for h in by_date if h.kind == "meeting"] == [meetings[0].record_id]
    # From the kind's name into the date, as the label reads:
    assert [h.record_id for h in demo_store.search_everything("NETVÆRKSMØDE 24-09")] == [meetings[0].record_id]
    assert demo_store.search_everything("netværksmøde 25-09") == []


def test_meetings_come_newest_first_and_a_new_one_is_found_by_its_place(demo_store: Store,
                                                                         demo_citizen_id: int) -> None:
    plan_id = demo_store.plan_of(demo_citizen_id).id or 0
    meetings = demo_store.meetings(plan_id)
    found = [h for h in demo_store.search_everything("møde", limit=50) if h.kind == "meeting"]
    assert len(found) == len(meetings) > 1
    assert [h.date for h in found] == sorted((m.date for m in meetings), reverse=True)
    new = demo_store.plan_meeting(plan_id, "citizen", "2026-12-14", place="Værestedet på Ærøvej")
    hits = demo_store.search_everything("ÆRØVEJ")
    assert [(h.kind, h.record_id) for h in hits] == [("meeting", new.id)]
    assert hits[0].text == "Borgermøde 14-12-2026, Værestedet på Ærøvej"


def test_private_items_are_flagged(demo_store: Store) -> None:
    hits = demo_store.search_everything("lægen")
    assert hits and all(h.private for h in hits if h.kind in ("goal", "agreement"))


def test_search_syntax_and_wildcards_are_literal(demo_store: Store) -> None:
    assert demo_store.search_everything("") == []
    assert demo_store.search_everything("   ") == []
    for text in ("%", "_", "%%%", "___", '"', '"""', "*", "a*", "NEAR(a b)", "bamse OR lægen", "bam*",
                 "kilde -gaard", "^nanna", "'; DROP TABLE citizen; --", "[[["):
        assert demo_store.search_everything(text) == [], text
        assert demo_store.list_citizens(text) == [], text
    assert len(demo_store.search_everything("jeg", limit=3)) == 3
    # NUL would end an FTS5 query: it is dropped from what is searched (and from what is indexed).
    assert demo_store.search_everything("\x00\x00\x00") == []
    assert _names(demo_store, "kil\x00degaard") == ["Nanna Kildegaard"]


def test_a_search_longer_than_the_cap_is_refused_in_danish_before_sql(demo_store: Store) -> None:
    pasted = "Østergaard " * 5000  # ~55,000 characters: SQLite's LIKE said "pattern too complex"
    for search in (demo_store.list_citizens, demo_store.search_everything):
        with pytest.raises(InputError, match=f"højst {MAX_SEARCH_CHARS} tegn") as err:
            search(pasted)
        assert err.value.field == "search"
    longest = "x" * MAX_SEARCH_CHARS
    assert demo_store.list_citizens(longest) == [] and demo_store.search_everything(longest) == []
    assert demo_store.list_citizens("  " + longest + "  ") == []  # spaces around do not count


def test_index_follows_every_write_in_the_same_transaction(store: Store) -> None:
    c = store.create_citizen("Ida Østergård")
    assert c.id is not None
    plan_id = store.plan_of(c.id).id or 0
    goal = store.add_goal(plan_id, Area.HEALTH, "Jeg vil gå tur med min hund")
    assert goal.id is not None
    assert [h.kind for h in store.search_everything("hund")] == ["goal"]
    store.revise_goal(goal.id, "Jeg vil svømme hver tirsdag")
    assert store.search_everything("hund") == []
    assert [h.record_id for h in store.search_everything("SVØMME")] == [goal.id]
    store.update_citizen(c.id, name="Ida Ågård")
    assert _names(store, "østergård") == [] and _names(store, "ågård") == ["Ida Ågård"]

    removed = store.remove("goal", goal.id)
    assert store.search_everything("svømme") == []
    store.restore(removed)
    assert [h.record_id for h in store.search_everything("svømme")] == [goal.id]

    # A write that fails leaves the index as it was (it is part of the same transaction).
    with pytest.raises(RuntimeError):
        with store.db.write():
            store.db.update(type(goal), goal.id, text="Jeg vil løbe")
            assert [h.record_id for h in store.search_everything("løbe")] == [goal.id]  # seen inside
            raise RuntimeError("rolled back")
    assert store.search_everything("løbe") == []
    assert [h.record_id for h in store.search_everything("svømme")] == [goal.id]
    assert out_of_step(store.db.engine) == {}


def test_the_citizens_list_shows_the_latest_plans_goal(store: Store) -> None:
    c = store.create_citizen("Lis Berg")
    assert c.id is not None
    store.set_overall_goal(store.plan_of(c.id).id or 0, "Job som gartner", GoalLevel.JOB)
    assert _names(store, "gartner") == ["Lis Berg"]
    with store.db.write():  # a new plan (as a new course would make) with another goal
        from store.models import Plan

        store.db.insert(Plan(citizen_id=c.id, plan_type="ressourceforloeb", overall_goal="Uddannelse som smed"))
    assert _names(store, "gartner") == [] and _names(store, "smed") == ["Lis Berg"]


def test_a_file_without_the_index_gets_it_on_opening(tmp_path: Path) -> None:
    from tests.store.test_migrations import load_v1

    path = tmp_path / "old.db"
    load_v1(path)
    with Store(path) as s:
        assert _names(s, "KILDEGAARD") == ["Nanna Kildegaard"]
        assert {"goal", "agreement"} <= {h.kind for h in s.search_everything("BAMSE")}
        assert out_of_step(s.db.engine) == {}
    conn = sqlite3.connect(path)  # the plain sqlite3 library (no Rundbord functions) can check and write
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("UPDATE citizen SET name = 'Nanna Kildegård' WHERE id = 1")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM search_citizen WHERE search_citizen MATCH 'kilde'").fetchone()[0] == 1
    conn.close()


def test_roles_do_not_matter_to_search(store: Store) -> None:
    c = store.create_citizen("Mette Ørum")
    assert c.id is not None
    plan_id = store.plan_of(c.id).id or 0
    store.add_participant(plan_id, "Jens Ørum", Role.RELATIVE)
    assert _names(store, "ørum") == ["Mette Ørum"]  # participants are not citizens
