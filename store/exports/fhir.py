"""The plan as a FHIR R4 Bundle: a pure renderer (gathered `PlanData` and an audience in, JSON out).

For a municipality's case system (and for Outcomes Star-style tools that read
FHIR). The Bundle (type `collection`) holds:

- **Patient** (the citizen: a name, no CPR number: Rundbord never stores one),
  **Practitioner** for each professional, **RelatedPerson** for each relative;
- **CarePlan**: the plan type as category, the overall goal as description,
  the period, the goals, the agreements as activities, and the participants
  as its **CareTeam** (each with their role);
- **Goal** for the overall goal and each sub-goal, with KL's goal-type codes
  where they fit (the overall goal: "FFB borgers mål og ønsker"; a sub-goal:
  "FFB delmål", from KL Terminologi's CareSocialCodes) and the area as
  Rundbord's own code; `lifecycleStatus` from the goal's status;
  `achievementStatus` from its readings (the headline score against the one
  before it: improving, worsening, no-change; achieved when the goal is
  reached); `target.detailRange` from the newest agreement's "fra 4 til 6",
  `target.dueDate` from the goal's end date;
- **Observation** per scale reading (`valueInteger`, `performer` = who
  scored, `focus` = the Goal) and per GAS result (-2..+2);
- **Task** per agreement (owner, `restriction.period.end` = the due date,
  status, `statusReason` for a dropped one);
- **Consent** per recorded consent to share with relatives (the authority's
  and the citizen's export only).

What each audience may see is the one rule (`visibility.Viewer`); in the
authority's and the citizen's export a private item carries the
confidentiality code R (restricted). Ids are UUIDs derived from the record,
so a second export of the same plan has the same ids (the receiving system
updates instead of duplicating). `fhir.resources` (optional extra `[fhir]`)
validates the Bundle before it leaves (`validate_bundle`), imported only then.
"""
from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..enums import AgreementStatus, Audience, GoalStatus, Role
from ..errors import StoreError
from ..messages import msg
from ..models import Goal, Participant, ScaleReading
from ..repeat import describe_repeat
from ..rules import headline_reading
from ..vocabulary import carried_over, word
from .gather import PlanData
from .ics import TZID
from .minutes import viewer_of
from .phrases import Say
from .visibility import PlanField, Viewer, consent_in_force

FHIR_VERSION = "4.0.1"
KL_CARE_SOCIAL = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes"
KL_CITIZEN_GOAL = ("416fe27d-3ccf-4390-8742-8b52a9d8dc78", "FFB borgers mål og ønsker")
KL_SUB_GOAL = ("6746d4af-145a-4bfd-a672-05c0cf11b53b", "FFB delmål")
GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
RUNDBORD = "urn:rundbord:fhir"
"""Rundbord's own code systems and identifiers: `urn:rundbord:fhir:<name>`."""

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:rundbord")

_LIFECYCLE = {GoalStatus.ACTIVE: "active", GoalStatus.ACHIEVED: "completed", GoalStatus.PAUSED: "on-hold",
              GoalStatus.DROPPED: "cancelled"}
_TASK_STATUS = {AgreementStatus.OPEN: "requested", AgreementStatus.DONE: "completed",
                AgreementStatus.CANCELLED: "cancelled"}
_ACHIEVEMENT_DA = {"improving": "Bedre", "worsening": "Dårligere", "no-change": "Uændret", "achieved": "Nået",
                   "in-progress": "I gang"}
"""The goal's achievementStatus in words (Danish; `Say` gives the English)."""


class FhirUnavailable(StoreError):
    """fhir.resources is not installed: the message says how to get it."""

    def __init__(self) -> None:
        super().__init__(msg("fhir.unavailable"))


class FhirInvalid(StoreError):
    """The Bundle did not validate (a bug, never the user's input): nothing is written."""


def _t(text: str) -> str:
    """User text for a FHIR string: control characters and bidi overrides removed (FHIR strings may not
    hold them), lines kept, CPR-like numbers masked (as in every export)."""
    from .ics import plain

    return plain(text)


def _code(system: str, code: str, display: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {"system": system, "code": code}
    if display:
        out["display"] = display
    return out


def _concept(text: str, *codings: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"text": text}
    if codings:
        out["coding"] = list(codings)
    return out


def _instant(at: datetime) -> str:
    return at.replace(tzinfo=ZoneInfo(TZID)).isoformat(timespec="seconds")


def achievement(goal: Goal, readings: list[ScaleReading], people: list[Participant]) -> str | None:
    """The goal's achievementStatus code from its readings (None: no reading yet)."""
    if goal.status is GoalStatus.ACHIEVED:
        return "achieved"
    latest = headline_reading(readings, people)
    if latest is None:
        return None
    earlier = headline_reading([r for r in readings if r.date < latest.date], people)
    if earlier is None:
        return "in-progress"
    if latest.score > earlier.score:
        return "improving"
    if latest.score < earlier.score:
        return "worsening"
    return "no-change"


class _Builder:
    """One Bundle: resources keyed by a stable UUID per record."""

    def __init__(self, data: PlanData, audience: Audience, lang: str = "da") -> None:
        self.data = data
        self.vis: Viewer = viewer_of(data, audience)
        self.audience = audience
        self.lang = lang
        self.say = Say(lang)
        made = data.citizen.created_at.isoformat() if data.citizen.created_at else ""
        self.scope = f"{data.citizen.id}/{made}"
        self.entries: list[dict[str, Any]] = []

    def uid(self, kind: str, record_id: int | None) -> str:
        return str(uuid.uuid5(_NAMESPACE, f"{self.scope}/{kind}/{record_id}"))

    def ref(self, kind: str, record_id: int | None, display: str = "") -> dict[str, Any]:
        out: dict[str, Any] = {"reference": f"urn:uuid:{self.uid(kind, record_id)}"}
        if display:
            out["display"] = _t(display)
        return out

    def add(self, kind: str, record_id: int | None, resource: dict[str, Any], private: bool = False) -> None:
        rid = self.uid(kind, record_id)
        resource = {"resourceType": resource.pop("resourceType"), "id": rid, **resource}
        if private:
            resource["meta"] = {"security": [_code(CONFIDENTIALITY, "R", "restricted")]}
        self.entries.append({"fullUrl": f"urn:uuid:{rid}", "resource": resource})

    def identifier(self, name: str, value: int | None) -> list[dict[str, Any]]:
        return [{"system": f"{RUNDBORD}:{name}", "value": f"{self.scope}/{value}"}]

    # -- people -------------------------------------------------------------------
    def person_ref(self, p: Participant | None) -> dict[str, Any] | None:
        """A reference to the person if this audience may see who it is, else None."""
        if p is None or not self.vis.sees(p):
            return None
        if p.role is Role.CITIZEN:
            return self.ref("patient", self.data.citizen.id, p.name)
        kind = "relatedperson" if p.role is Role.RELATIVE else "practitioner"
        return self.ref(kind, p.id, p.name)

    def role(self, p: Participant) -> str:
        return word(f"role.{p.role.value}", self.lang)

    def people(self) -> None:
        d = self.data
        name = d.citizen.name.split()
        human = {"text": _t(d.citizen.name), **({"family": _t(name[-1])} if name else {}),
                 **({"given": [_t(n) for n in name[:-1]]} if len(name) > 1 else {})}
        citizen_people = [p for p in d.people.values() if p.role is Role.CITIZEN]
        telecom = [{"system": "email", "value": p.email} for p in citizen_people if p.email][:1]
        self.add("patient", d.citizen.id, {
            "resourceType": "Patient", "identifier": self.identifier("borger", d.citizen.id), "active": True,
            "name": [human], **({"telecom": telecom} if telecom else {}),
            "communication": [{"language": _concept(self.say("Dansk"), _code("urn:ietf:bcp:47", "da", "Dansk")),
                               "preferred": True}],
        })
        for p in sorted(d.people.values(), key=lambda x: x.id or 0):
            if p.role is Role.CITIZEN or not self.vis.sees(p):
                continue
            telecom = [{"system": "email", "value": p.email}] if p.email else []
            if p.role is Role.RELATIVE:
                self.add("relatedperson", p.id, {
                    "resourceType": "RelatedPerson", "identifier": self.identifier("deltager", p.id),
                    "active": p.active, "patient": self.ref("patient", d.citizen.id, d.citizen.name),
                    "relationship": [_concept(_t(p.organisation) or self.role(p))],
                    "name": [{"text": _t(p.name)}], **({"telecom": telecom} if telecom else {}),
                })
            else:
                self.add("practitioner", p.id, {
                    "resourceType": "Practitioner", "identifier": self.identifier("deltager", p.id),
                    "active": p.active, "name": [{"text": _t(p.name)}], **({"telecom": telecom} if telecom else {}),
                })

    def care_team(self) -> None:
        d = self.data
        members = []
        for p in sorted(d.people.values(), key=lambda x: (x.role is not Role.CITIZEN, x.id or 0)):
            role = _concept(self.role(p), _code(f"{RUNDBORD}:rolle", p.role.value, self.role(p)))
            member: dict[str, Any] = {"role": [role]}
            ref = self.person_ref(p)
            if ref is not None:
                member["member"] = ref
            if p.organisation.strip() and self.vis.sees(p):
                member["onBehalfOf"] = {"display": _t(p.organisation)}
            members.append(member)
        self.add("careteam", d.plan.id, {
            "resourceType": "CareTeam", "status": "active",
            "name": _t(self.say("Deltagere i {name}s plan", name=d.citizen.name)),
            "subject": self.ref("patient", d.citizen.id, d.citizen.name), "participant": members,
        })

    # -- goals, readings, agreements, consents ---------------------------------------------
    def goals(self) -> list[dict[str, Any]]:
        d = self.data
        refs: list[dict[str, Any]] = []
        patient = self.ref("patient", d.citizen.id, d.citizen.name)
        if d.plan.overall_goal.strip() and self.vis.sees(PlanField("overall_goal")):
            goal: dict[str, Any] = {
                "resourceType": "Goal", "identifier": self.identifier("overordnet-maal", d.plan.id),
                "lifecycleStatus": "active",
                "category": [_concept(KL_CITIZEN_GOAL[1], _code(KL_CARE_SOCIAL, *KL_CITIZEN_GOAL)),
                             _concept(self.say("Overordnet mål"), _code(f"{RUNDBORD}:maaltype", "overall_goal",
                                                                          self.say("Overordnet mål")))],
                "description": {"text": _t(d.plan.overall_goal)},
                "subject": patient, "expressedBy": patient,
                "note": [{"text": self.say("Målets niveau: {level}",
                                           level=word(f"level.{d.plan.goal_level.value}", self.lang))}],
            }
            if d.plan.start_date:
                goal["startDate"] = d.plan.start_date.isoformat()
            if d.plan.end_date:
                goal["target"] = [{"dueDate": d.plan.end_date.isoformat()}]
            self.add("overall-goal", d.plan.id, goal)
            refs.append(self.ref("overall-goal", d.plan.id))
        people = list(d.people.values())
        for g in d.goals:
            if not self.vis.sees(g):
                continue
            readings = [r for r in d.readings.get(g.id or 0, []) if self.vis.sees(r)]
            area = word(f"area.{g.area.value}", self.lang)
            target: dict[str, Any] = {"measure": _concept(
                self.say("Skala 1-10: 1 er længst fra målet, 10 er målet nået"))}
            ranged = [a for a in d.agreements if a.goal_id == g.id and a.target_from is not None
                      and a.target_to is not None and self.vis.sees(a)]
            if ranged:
                newest = max(ranged, key=lambda a: (a.status is AgreementStatus.OPEN, a.created_at or datetime.min,
                                                    a.id or 0))
                target["detailRange"] = {"low": {"value": newest.target_from}, "high": {"value": newest.target_to}}
            if g.end_date:
                target["dueDate"] = g.end_date.isoformat()
            goal = {
                "resourceType": "Goal", "identifier": self.identifier("delmaal", g.id),
                "lifecycleStatus": _LIFECYCLE[g.status],
                "category": [_concept(KL_SUB_GOAL[1], _code(KL_CARE_SOCIAL, *KL_SUB_GOAL)),
                             _concept(area, _code(f"{RUNDBORD}:omraade", g.area.value, area))],
                "description": {"text": _t(g.text)}, "subject": patient, "expressedBy": patient, "target": [target],
            }
            status = achievement(g, readings, people)
            if status is not None:
                goal["achievementStatus"] = _concept(self.say(_ACHIEVEMENT_DA[status]),
                                                     _code(GOAL_ACHIEVEMENT, status, status))
            if g.start_date:
                goal["startDate"] = g.start_date.isoformat()
            notes = [_t(self.say("Begrundelse: {text}", text=g.rationale)) if g.rationale.strip() else "",
                     _t(self.say("Skalaens betydning: {text}", text=g.scale_anchor)) if g.scale_anchor.strip() else ""]
            if [n for n in notes if n]:
                goal["note"] = [{"text": n} for n in notes if n]
            self.add("goal", g.id, goal, private=self.vis.mark(g))
            refs.append(self.ref("goal", g.id))
        return refs

    def observations(self) -> None:
        d = self.data
        patient = self.ref("patient", d.citizen.id, d.citizen.name)
        for g in d.goals:
            if not self.vis.sees(g):
                continue
            for r in d.readings.get(g.id or 0, []):
                if not self.vis.sees(r):
                    continue
                obs: dict[str, Any] = {
                    "resourceType": "Observation", "identifier": self.identifier("skalering", r.id),
                    "status": "final",
                    "code": _concept(self.say("Skalering 1-10 af delmål"), _code(
                        f"{RUNDBORD}:maaling", "scale-1-10", self.say("Skalering 1-10"))),
                    "subject": patient, "focus": [self.ref("goal", g.id)],
                    "effectiveDateTime": r.date.isoformat(), "valueInteger": r.score,
                }
                who = d.people.get(r.participant_id) if r.participant_id is not None else None
                ref = self.person_ref(who)
                if ref is not None:
                    obs["performer"] = [ref]
                elif who is not None:
                    obs["performer"] = [{"display": self.role(who)}]
                else:
                    obs["note"] = [{"text": self.say("Rummets fælles vurdering")}]
                if r.note.strip():
                    obs.setdefault("note", []).append({"text": _t(r.note)})
                self.add("reading", r.id, obs, private=self.vis.mark(r) or self.vis.mark(g))
            if g.gas_result is not None:
                self.add("gas", g.id, {
                    "resourceType": "Observation", "identifier": self.identifier("gas", g.id), "status": "final",
                    "code": _concept(self.say("Goal Attainment Scaling (GAS): opnået niveau -2 til +2"),
                                     _code(f"{RUNDBORD}:maaling", "gas", "Goal Attainment Scaling")),
                    "subject": patient, "focus": [self.ref("goal", g.id)], "valueInteger": g.gas_result,
                }, private=self.vis.mark(g))

    def tasks(self) -> list[dict[str, Any]]:
        d = self.data
        refs: list[dict[str, Any]] = []
        for a in d.agreements:
            if not self.vis.sees(a):
                continue
            task: dict[str, Any] = {
                "resourceType": "Task", "identifier": self.identifier("aftale", a.id),
                "basedOn": [self.ref("careplan", d.plan.id)], "status": _TASK_STATUS[a.status], "intent": "plan",
                "description": _t(a.what), "for": self.ref("patient", d.citizen.id, d.citizen.name),
            }
            owner = self.person_ref(d.people.get(a.who_id))
            if owner is not None:
                task["owner"] = owner
            goal = d.goal(a.goal_id)
            if goal is not None and self.vis.sees(goal):
                task["focus"] = self.ref("goal", goal.id)
            if a.created_at:
                task["authoredOn"] = _instant(a.created_at)
            if a.due_date:
                task["restriction"] = {"period": {"end": a.due_date.isoformat()}}
            elif a.repeat and d.plan.end_date:  # a repeat runs until the plan ends
                task["restriction"] = {"period": {"end": d.plan.end_date.isoformat()}}
            if a.status is AgreementStatus.CANCELLED:
                task["statusReason"] = _concept(_t(a.cancel_reason) or word("agreement_status.cancelled", self.lang))
            if a.status is AgreementStatus.DONE and a.done_at:
                task["executionPeriod"] = {"end": a.done_at.isoformat()}
            notes = []
            if a.target_from is not None and a.target_to is not None:
                notes.append(self.say("Fra {a} til {b} på skalaen", a=a.target_from, b=a.target_to))
            if a.carried_over:
                notes.append(_capital(carried_over(a.carried_over, self.lang)))
            if a.repeat:
                notes.append(self.say("Gentages: {when} ({code})", when=describe_repeat(a.repeat, self.lang),
                                      code=a.repeat))
            if notes:
                task["note"] = [{"text": n} for n in notes]
            self.add("task", a.id, task, private=self.vis.mark(a))
            refs.append(self.ref("task", a.id))
        return refs

    def consents(self) -> None:
        d = self.data
        if self.audience not in (Audience.AUTHORITY, Audience.CITIZEN):
            return
        in_bundle = {f"goal:{g.id}": self.ref("goal", g.id) for g in d.goals if self.vis.sees(g)}
        in_bundle.update({f"agreement:{a.id}": self.ref("task", a.id) for a in d.agreements if self.vis.sees(a)})
        for c in d.consents:
            if c.withdrawn_at is not None:
                status = "inactive"
            else:
                status = "active" if consent_in_force(c, d.day) else "inactive"
            giver = self.person_ref(d.people.get(c.given_by_id)) if c.given_by_id is not None else None
            items = [i for i in d.consent_items if i.consent_id == c.id and i.withdrawn_at is None]
            period: dict[str, Any] = {"start": c.given_on.isoformat()}
            if c.valid_until:
                period["end"] = c.valid_until.isoformat()
            provision: dict[str, Any] = {
                "type": "permit", "period": period,
                "actor": [{"role": _concept(word("role.relative", self.lang), _code(
                    "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "FAMMEMB", "family member")),
                           "reference": {"display": self.say("Borgerens pårørende")}}],
            }
            data = [{"meaning": "instance", "reference": in_bundle[i.item]} for i in items if i.item in in_bundle]
            if data:
                provision["data"] = data
            self.add("consent", c.id, {
                "resourceType": "Consent", "identifier": self.identifier("samtykke", c.id), "status": status,
                "scope": _concept(self.say("Deling med pårørende"), _code(
                    "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent")),
                "category": [_concept(self.say("Samtykke"), _code("http://loinc.org", "59284-0", "Patient Consent"))],
                "patient": self.ref("patient", d.citizen.id, d.citizen.name),
                "dateTime": _instant(c.recorded_at),
                "performer": [giver or {"display": _t(c.given_by)}],
                "policyRule": _concept(self.say("Samtykke til deling (opt-in)"), _code(
                    "http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in")),
                "provision": provision,
            })

    def care_plan(self, goals: list[dict[str, Any]], tasks: list[dict[str, Any]]) -> None:
        d = self.data
        plan: dict[str, Any] = {
            "resourceType": "CarePlan", "identifier": self.identifier("plan", d.plan.id),
            "status": "active", "intent": "plan",
            "category": [_concept(d.plan_type.name, _code(f"{RUNDBORD}:plantype", d.plan_type.code,
                                                          d.plan_type.name))],
            "title": d.plan_type.name,
            "subject": self.ref("patient", d.citizen.id, d.citizen.name),
            "careTeam": [self.ref("careteam", d.plan.id)],
        }
        if self.vis.sees(PlanField("overall_goal")) and d.plan.overall_goal.strip():
            plan["description"] = _t(d.plan.overall_goal)
        if d.plan.start_date or d.plan.end_date:
            plan["period"] = {k: v.isoformat() for k, v in (("start", d.plan.start_date), ("end", d.plan.end_date))
                              if v is not None}
        if goals:
            plan["goal"] = goals
        if tasks:
            plan["activity"] = [{"reference": t} for t in tasks]
        notes = []
        if self.vis.sees(PlanField("values")):
            for label, text in ((self.say("Værdier"), d.citizen.values), (self.say("Ressourcer"), d.citizen.strengths),
                                (self.say("Mentor"), d.citizen.mentor_role if d.citizen.mentor_needed else "")):
                if text.strip():
                    notes.append({"text": _t(f"{label}: {text}")})
        if notes:
            plan["note"] = notes
        self.add("careplan", d.plan.id, plan)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def render_fhir(data: PlanData, audience: Audience, stamp: datetime, lang: str = "da") -> dict[str, Any]:
    """The Bundle as a JSON-ready dict (see the module's docstring); its words in `lang` ("da" or "en")."""
    b = _Builder(data, audience, lang)
    b.people()
    b.care_team()
    goals = b.goals()
    tasks = b.tasks()
    b.care_plan(goals, tasks)
    b.observations()
    b.consents()
    return {
        "resourceType": "Bundle",
        "id": b.uid(f"bundle-{audience.value}", data.plan.id),
        "meta": {"lastUpdated": _instant(stamp), "tag": [_code(f"{RUNDBORD}:modtager", audience.value)]},
        "language": lang,
        "identifier": {"system": f"{RUNDBORD}:eksport", "value": f"{b.scope}/plan/{data.plan.id}/{audience.value}"},
        "type": "collection",
        "timestamp": _instant(stamp),
        "entry": b.entries,
    }


def fhir_json(bundle: dict[str, Any]) -> str:
    """The Bundle as indented UTF-8 JSON text."""
    return json.dumps(bundle, ensure_ascii=False, indent=2) + "\n"


def validate_bundle(text: str) -> None:
    """Validate the Bundle with fhir.resources (every resource in it, FHIR R4 as fhir.resources' R4B
    models have it); `FhirUnavailable` without the extra, `FhirInvalid` if it does not validate."""
    try:
        from fhir.resources.R4B.bundle import Bundle
    except ImportError:
        raise FhirUnavailable() from None
    try:
        Bundle.model_validate_json(text)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        raise FhirInvalid(msg("fhir.invalid", reason=exc)) from None
