"""One text through every Store entry point that takes text, then every surface that shows it.

`fill_case` writes `text` into every free-text field a person can fill,
through the store's own use cases (one call per entry point); the store either
keeps it or refuses it in Danish (`InputError`). `renderings` returns what
every surface makes of the case: each audience's minutes (open and frozen,
Markdown and HTML), each audience's plan, the citizen's log extract, the live
view's content (with every private item revealed), the change log lines, the
check report. Tests assert on those: no crash, no control character reaching
a terminal or a file, no CPR number readable.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from store import InputError, Store
from store.audit import one_line, value_label, visible
from store.checklist import is_manual
from store.enums import Area, Audience, GoalLevel, Role
from store.maintenance import integrity_report
from store.exports.html import markdown_to_html

DAY = date(2026, 11, 23)

PLAN_TEXT = ("follow_up", "purpose", "support_needed", "expected_duration", "other_matters", "order_text")
GOAL_TEXT = ("rationale", "evaluation", "scale_anchor", "smart_specific", "smart_measurable", "smart_accepted",
             "smart_realistic", "smart_timed", "smtte_context", "smtte_signs", "smtte_actions", "smtte_evaluation")


@dataclass
class Case:
    citizen_id: int
    plan_id: int
    meetings: list[int] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    """The entry points that refused the text (in Danish)."""
    kept: list[str] = field(default_factory=list)


def _try(case: Case, name: str, call: Callable[[], Any]) -> Any:
    try:
        result = call()
    except InputError as exc:
        assert exc.message and not exc.message.startswith(("Value error", "Input should", "String should")), exc
        case.refused.append(name)
        return None
    case.kept.append(name)
    return result


def fill_case(store: Store, text: str, *, close: bool = True) -> Case:
    """A new citizen whose every text field was offered `text`; a closed meeting and an open one."""
    citizen = _try(Case(0, 0), "create_citizen", lambda: store.create_citizen(text))
    c = citizen or store.create_citizen("Borger med fjendtlig tekst")
    assert c.id is not None
    plan = store.plan_of(c.id)
    assert plan.id is not None
    case = Case(c.id, plan.id)
    cid, pid = c.id, plan.id
    if citizen is not None:
        case.kept.append("create_citizen")
    else:
        case.refused.append("create_citizen")
    _try(case, "update_citizen", lambda: store.update_citizen(cid, values=text, strengths=text, mentor_role=text))
    _try(case, "add_strength", lambda: store.add_strength(cid, text))
    _try(case, "set_overall_goal", lambda: store.set_overall_goal(pid, text, GoalLevel.PURPOSE))
    _try(case, "update_plan", lambda: store.update_plan(pid, **{f: text for f in PLAN_TEXT}))
    me = next(p for p in store.participants(pid) if p.role is Role.CITIZEN)
    who = _try(case, "add_participant", lambda: store.add_participant(
        pid, text, Role.RELATIVE, organisation=text, contact_info=text))
    other = who or store.add_participant(pid, "Pårørende", Role.RELATIVE)
    assert other.id is not None and me.id is not None
    _try(case, "update_participant", lambda: store.update_participant(other.id or 0, organisation=text))
    goal = _try(case, "add_goal", lambda: store.add_goal(pid, Area.SOCIAL, text, rationale=text))
    goal = goal or store.add_goal(pid, Area.SOCIAL, "Jeg vil gå en tur hver dag.")
    gid = goal.id or 0
    shared_goal = store.add_goal(pid, Area.HEALTH, "Jeg vil sove bedre.", shared_with_relatives=True)
    _try(case, "update_goal", lambda: store.update_goal(gid, **{f: text for f in GOAL_TEXT}))
    _try(case, "revise_goal", lambda: store.revise_goal(gid, text, rationale=text, reason=text))
    _try(case, "revise_goal(reason)", lambda: store.revise_goal(gid, "Jeg vil gå to ture.", reason=text))
    _try(case, "edit_goal", lambda: store.edit_goal(gid, text, rationale=text, reason=text))
    _try(case, "set_gas_levels", lambda: store.set_gas_levels(gid, {-2: text, -1: text, 0: text, 1: text, 2: text}))
    _try(case, "add_activity", lambda: store.add_activity(gid, text, who=text, place=text, short_term_aim=text))
    _try(case, "add_observation", lambda: store.add_observation(gid, text, DAY, observer=text))
    _try(case, "add_pdsa_cycle", lambda: store.add_pdsa_cycle(gid, text, do=text, study=text, act=text, on=DAY))
    _try(case, "add_order_goal", lambda: store.add_order_goal(pid, text))
    _try(case, "add_note", lambda: store.add_note(pid, text, shared_with_relatives=True))
    note = _try(case, "write_note", lambda: store.write_note(pid, text, sharing="shared", consent=True))
    plain_note = store.write_note(pid, "En note.", sharing="internal")
    _try(case, "update_note", lambda: store.update_note(plain_note.id or 0, text=text))
    _try(case, "evaluate_goal", lambda: store.evaluate_goal(gid, text))
    _try(case, "record_smtte_evaluation", lambda: store.record_smtte_evaluation(gid, text))
    _try(case, "save_scaling_answers", lambda: store.save_scaling_answers(gid, None, ten=text, works=text,
                                                                            worse=text, next_step=text))
    manual = [part for part in store.catalog.plan_type(store.get_plan(pid).plan_type).required_parts
              if is_manual(part)]
    if manual:
        _try(case, "tick_part", lambda: store.tick_part(pid, manual[0].code, note=text))
    consent = _try(case, "record_consent", lambda: store.record_consent(
        pid, [f"goal:{shared_goal.id}"], given_by_id=me.id, note=text))
    if consent is None:
        consent = store.record_consent(pid, [f"goal:{shared_goal.id}"], given_by_id=me.id)
    del note
    _try(case, "add_note(private)", lambda: store.add_note(pid, text, private=True))
    a = _try(case, "add_agreement", lambda: store.add_agreement(
        pid, other.id, text, DAY + timedelta(days=7), goal_id=shared_goal.id, shared_with_relatives=True))
    a2 = store.add_agreement(pid, me.id, "Ringe til jobcentret", DAY + timedelta(days=3))
    a3 = store.add_agreement(pid, me.id, "Købe en kalender", DAY + timedelta(days=3))
    _try(case, "edit_agreement", lambda: store.edit_agreement(a3.id or 0, who_id=me.id, what=text, when="hver torsdag"))
    _try(case, "add_agreement(repeat)", lambda: store.add_agreement(pid, me.id, text, when="hver uge"))
    _try(case, "record_scale_reading", lambda: store.record_scale_reading(gid, 4, on=DAY, note=text))
    store.record_scale_reading(shared_goal.id or 0, 5, on=DAY)
    # A meeting: its place, agenda, notes and decisions, the agreements reviewed, closed with the text frozen.
    m = store.plan_meeting(pid, "network", DAY - timedelta(days=14), time="10:00", participant_ids=[me.id])
    assert m.id is not None
    mid = m.id
    case.meetings.append(mid)
    planned = _try(case, "plan_meeting(place)",
                   lambda: store.plan_meeting(pid, "citizen", DAY + timedelta(days=30), place=text))
    planned = planned or store.plan_meeting(pid, "citizen", DAY + timedelta(days=30))
    _try(case, "update_planned_meeting", lambda: store.update_planned_meeting(planned.id or 0, place=text))
    _try(case, "plan_meeting(new participant)", lambda: store.plan_meeting(
        pid, "citizen", DAY + timedelta(days=31), new_participant=(text, Role.CONTACT)))
    _try(case, "edit_meeting", lambda: store.edit_meeting(
        planned.id or 0, kind="citizen", on=DAY + timedelta(days=30), place=text, participant_ids=[me.id],
        new_participant=(text, Role.MENTOR)))
    store.open_meeting(mid)
    _try(case, "set_meeting_participants", lambda: store.set_meeting_participants(
        mid, [me.id], new_participant=(text, Role.DAY_SERVICE)))
    item = _try(case, "add_agenda_item", lambda: store.add_agenda_item(mid, text))
    first = store.agenda(mid)[0]
    _try(case, "rename_agenda_item", lambda: store.rename_agenda_item(first.id or 0, text))
    _try(case, "update_agenda_item", lambda: store.update_agenda_item(first.id or 0, notes=text, decisions=text))
    if a is not None:
        _try(case, "change_agreement", lambda: store.change_agreement(a.id, text, meeting_id=mid))
    _try(case, "cancel_agreement", lambda: store.cancel_agreement(a2.id or 0, text, meeting_id=mid))
    store.mark_agreement_done(a3.id or 0, meeting_id=mid)
    _try(case, "add_note(meeting)", lambda: store.add_note(pid, text, meeting_id=mid, shared_with_relatives=True))
    later = store.record_consent(pid, [f"goal:{shared_goal.id}"], given_by_id=me.id)
    _try(case, "withdraw_consent", lambda: store.withdraw_consent(later.id or 0, text))
    del consent
    if close:
        for review in store.agreements_for_review(mid):
            if not review.decided:
                store.continue_agreement(review.agreement.id or 0, DAY + timedelta(days=21), meeting_id=mid)
        store.close_meeting(mid, DAY + timedelta(days=30))
        _try(case, "add_addendum", lambda: store.add_addendum(mid, text))
    del item
    return case


HASH = re.compile(r"[0-9a-f](?<!\w[0-9a-f])[0-9a-f]{63}(?!\w)")
"""A SHA-256 or HMAC in hex (the log's and the frozen copies' checksums): not user text.

`\b[0-9a-f]{64}\b` written with a hex digit first, so the regex engine skips to the next hex digit
in C (a leading `\b` made it try every position): the lookbehind says no word character stands
before the first digit, as the `\b` did. Twice as fast on the megabytes of the longest text's
renderings; tests/store/test_hostile_everywhere.py holds the two equal."""


def renderings(store: Store, case: Case) -> dict[str, str]:
    """What every surface makes of the case, by name."""
    from screens.live.content import LiveReader

    out: dict[str, str] = {}
    citizen = store.get_citizen(case.citizen_id)
    for aud in Audience:
        for mid in case.meetings:
            out[f"minutes-{mid}-{aud.value}.md"] = store.minutes_markdown(mid, aud)
            out[f"minutes-{mid}-{aud.value}.html"] = store.minutes_html(mid, aud)
            out[f"render-{mid}-{aud.value}.md"] = store.render_minutes(mid, aud)
        out[f"plan-{aud.value}.md"] = store.plan_markdown(case.citizen_id, aud, today=DAY)
        out[f"plan-{aud.value}.html"] = store.plan_html(case.citizen_id, aud, today=DAY)
        out[f"plan-{aud.value}-titled.html"] = markdown_to_html("x", f"Plan: {citizen.name}")
    out["log.md"] = store.citizen_log_markdown(case.citizen_id)
    # The change log screen's lines (screens/history.py): value, who, what.
    out["changelog"] = "\n".join(
        " | ".join(one_line(v, 200) for v in (
            value_label(e.table_name, e.field, e.old_value, store.catalog),
            value_label(e.table_name, e.field, e.new_value, store.catalog), e.user,
        ))
        for e in store.citizen_log(case.citizen_id)
    )
    # The live view (and the mirror and the served view: the same content), every private item revealed.
    for mid in [*case.meetings, None]:
        store.set_focus(citizen_id=case.citizen_id, meeting_id=mid)  # moving the focus hides what was revealed
        for record_table, ids in (("goal", [g.id for g in store.goals(case.plan_id)]),
                                  ("agreement", [a.id for a in store.agreements(case.plan_id)]),
                                  ("note", [n.id for n in store.notes(case.plan_id)])):
            for rid in ids:
                store.reveal_on_screen(record_table, rid or 0)
        content = LiveReader(store).read(citizen_id=case.citizen_id, follow=False, today=DAY)
        out[f"live-{mid}"] = "\n".join(_strings(content))
    out["check"] = integrity_report(store.path).text()
    out["visible"] = visible(citizen.name)
    return out


def _strings(value: Any) -> list[str]:
    """Every string inside a (frozen) dataclass tree."""
    if isinstance(value, str):
        return [value]
    if hasattr(value, "__dataclass_fields__"):
        return [s for name in value.__dataclass_fields__ for s in _strings(getattr(value, name))]
    if isinstance(value, (tuple, list)):
        return [s for item in value for s in _strings(item)]
    return []


def without_hashes(text: str) -> str:
    return HASH.sub("", text)
