"""The plan as a FHIR R4 Bundle: it validates with fhir.resources, and reading it back finds the whole plan.

The read-back test parses the written JSON with fhir.resources' models (not
our own dicts) and finds every goal, every scale reading and every agreement
of the plan in it, each with its values; a copy for relatives holds only what
relatives may see.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from store import Store
from store.enums import Audience, GoalStatus
from store.exports.deliver import ExportRequest
from store.exports.fhir import FhirInvalid, achievement, render_fhir, validate_bundle
from store.models import Goal, ScaleReading
from tests.conftest import DEMO_NOW, DEMO_TODAY


def export(store: Store, citizen_id: int, audience: Audience, tmp_path: Path) -> Bundle:
    prepared = store.prepare_export(ExportRequest("fhir", citizen_id, audience))
    (path,) = store.deliver(prepared, tmp_path / f"fhir-{audience.value}.json")
    assert path.stat().st_mode & 0o777 == 0o600
    return Bundle.model_validate_json(path.read_text(encoding="utf-8"))


def resources(bundle: Bundle, kind: str) -> list:  # type: ignore[type-arg]
    return [e.resource for e in bundle.entry or [] if e.resource.get_resource_type() == kind]


def test_read_back_finds_every_goal_reading_and_agreement(demo_store: Store, demo_citizen_id: int,
                                                          tmp_path: Path) -> None:
    bundle = export(demo_store, demo_citizen_id, Audience.AUTHORITY, tmp_path)
    assert bundle.type == "collection"
    urls = {e.fullUrl: e.resource for e in bundle.entry or []}
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    goals = resources(bundle, "Goal")
    by_text = {g.description.text: g for g in goals}
    assert plan.overall_goal in by_text
    for g in demo_store.goals(plan.id):
        found = by_text[g.text]
        assert found.lifecycleStatus == {"active": "active", "achieved": "completed"}[g.status.value]
        if g.end_date:
            assert found.target[0].dueDate == g.end_date
        codes = {c.code for cat in found.category for c in cat.coding}
        assert "6746d4af-145a-4bfd-a672-05c0cf11b53b" in codes and g.area.value in codes
    observations = [o for o in resources(bundle, "Observation") if o.valueInteger is not None
                    and o.code.coding[0].code == "scale-1-10"]
    readings = [r for g in demo_store.goals(plan.id) if g.id for r in demo_store.readings(g.id)]
    assert len(readings) == 20 and len(observations) == len(readings)
    seen = {(urls[o.focus[0].reference].description.text, o.effectiveDateTime, o.valueInteger,
             o.performer[0].display if o.performer else None) for o in observations}
    people = {p.id: p.name for p in demo_store.participants(plan.id)}
    goal_text = {g.id: g.text for g in demo_store.goals(plan.id)}
    assert seen == {(goal_text[r.goal_id], r.date, r.score, people.get(r.participant_id)) for r in readings}
    tasks = resources(bundle, "Task")
    agreements = demo_store.agreements(plan.id)
    assert {t.description for t in tasks} == {a.what for a in agreements} and len(tasks) == len(agreements)
    for a in agreements:
        t = next(t for t in tasks if t.description == a.what)
        assert t.status == {"open": "requested", "done": "completed", "cancelled": "cancelled"}[a.status.value]
        assert t.owner.display == people[a.who_id]
        assert urls[t.owner.reference].get_resource_type() in ("Patient", "Practitioner", "RelatedPerson")
        if a.due_date:
            assert str(t.restriction.period.end)[:10] == a.due_date.isoformat()
        if a.goal_id:
            assert urls[t.focus.reference].description.text == goal_text[a.goal_id]
    (care_plan,) = resources(bundle, "CarePlan")
    assert care_plan.category[0].coding[0].code == plan.plan_type
    assert len(care_plan.goal) == len(goals) and len(care_plan.activity) == len(tasks)
    (team,) = resources(bundle, "CareTeam")
    assert {p.member.display for p in team.participant if p.member} == set(people.values())
    (consent,) = resources(bundle, "Consent")
    assert consent.status == "active" and consent.provision.data


def test_private_items_are_marked_and_left_out_for_the_day_service(demo_store: Store, demo_citizen_id: int,
                                                                    tmp_path: Path) -> None:
    authority = export(demo_store, demo_citizen_id, Audience.AUTHORITY, tmp_path)
    private = [g for g in resources(authority, "Goal") if g.meta and g.meta.security]
    assert [g.description.text for g in private] == ["Jeg vil tale med min læge om min søvnmedicin inden jul."]
    day = export(demo_store, demo_citizen_id, Audience.DAY_SERVICE, tmp_path)
    text = day.model_dump_json()
    assert "søvnmedicin" not in text and "Finde en tid hos lægen" not in text
    relatives = export(demo_store, demo_citizen_id, Audience.RELATIVE, tmp_path)
    text = relatives.model_dump_json()
    assert "søvnmedicin" not in text and "FVU" not in text and "Karsten" not in text
    assert "detailhandlen" not in text  # the overall goal is not for relatives
    assert not resources(relatives, "Consent")
    assert {t.description for t in resources(relatives, "Task")} == {
        "Gå med Bamse mandag, onsdag og fredag og sætte kryds", "Køre Nanna til VUC, når det regner"}


def test_ids_are_stable_between_exports(demo_store: Store, demo_citizen_id: int) -> None:
    first = render_fhir(demo_store.plan_data(demo_citizen_id), Audience.AUTHORITY, DEMO_NOW)
    again = render_fhir(demo_store.plan_data(demo_citizen_id), Audience.AUTHORITY, DEMO_NOW)
    assert [e["fullUrl"] for e in first["entry"]] == [e["fullUrl"] for e in again["entry"]]
    assert len({e["fullUrl"] for e in first["entry"]}) == len(first["entry"])


def test_achievement_from_the_readings() -> None:
    goal = Goal(id=1, plan_id=1, area="health", text="Gå ture")

    def r(day: int, score: int) -> ScaleReading:
        return ScaleReading(id=day, goal_id=1, date=DEMO_TODAY.replace(day=day), score=score)

    assert achievement(goal, [], []) is None
    assert achievement(goal, [r(1, 4)], []) == "in-progress"
    assert achievement(goal, [r(1, 4), r(2, 6)], []) == "improving"
    assert achievement(goal, [r(1, 6), r(2, 4)], []) == "worsening"
    assert achievement(goal, [r(1, 5), r(2, 5)], []) == "no-change"
    assert achievement(goal.model_copy(update={"status": GoalStatus.ACHIEVED}), [r(1, 2)], []) == "achieved"


def test_an_invalid_bundle_is_refused_before_it_is_written() -> None:
    with pytest.raises(FhirInvalid):
        validate_bundle('{"resourceType": "Bundle", "type": "collection", "entry": [{"fullUrl": "urn:uuid:x", '
                        '"resource": {"resourceType": "Goal", "description": {"text": "x"}, '
                        '"subject": {"reference": "Patient/1"}}}]}')


def test_a_repeating_agreement_is_a_task_that_says_its_repeat(demo_store: Store, demo_citizen_id: int,
                                                              tmp_path: Path) -> None:
    plan = demo_store.plan_of(demo_citizen_id)
    assert plan.id is not None
    mentor = next(p for p in demo_store.participants(plan.id) if p.role.value == "mentor")
    assert mentor.id is not None
    demo_store.add_agreement(plan.id, mentor.id, "Ringe til Nanna om morgenen", when="hver tirsdag og fredag")
    bundle = export(demo_store, demo_citizen_id, Audience.AUTHORITY, tmp_path)  # validated on the way out
    task = next(t for t in resources(bundle, "Task") if t.description == "Ringe til Nanna om morgenen")
    assert task.status == "requested" and task.owner.display == mentor.name
    assert [n.text for n in task.note] == ["Gentages: hver tirsdag og fredag (FREQ=WEEKLY;BYDAY=TU,FR)"]
    if plan.end_date:
        assert str(task.restriction.period.end)[:10] == plan.end_date.isoformat()
    else:
        assert task.restriction is None
