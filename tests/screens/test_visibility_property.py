"""One meaning of "shared": the shared screen and the minutes show the same items to the same audience.

Hypothesis builds plans with random private and shared flags, consents that
cover random items (some withdrawn again, whole or item by item), and a
meeting of the relatives or of the day service. For that audience the set of
item texts on the live view (what the projector shows in that meeting) equals
the set in the minutes, and both equal what an independent reading of the
flags and consents allows: for relatives, marked shared *and* covered by a
consent in force, never private, never an agreement or note of a private
goal; for the day service, nothing private (itself or through its goal).
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screens.live.content import LiveContent, read_content
from store import Store, clock
from store.enums import Area, Audience, Role
from tests.conftest import DEMO_NOW, DEMO_TODAY, copy_database


@dataclass(frozen=True)
class Flags:
    private: bool
    shared: bool
    consent: bool
    withdraw: bool
    """Taken out of the consent again (item by item)."""


flags = st.builds(Flags, st.booleans(), st.booleans(), st.booleans(), st.booleans())


@dataclass(frozen=True)
class Spec:
    audience: Audience
    goals: list[Flags]
    agreements: list[tuple[Flags, int | None, str]]
    """Flags, the goal's index (or none), who carries it: citizen, relative or contact."""
    notes: list[tuple[Flags, int | None]]
    contact: Flags
    withdraw_all: bool
    expired: bool
    """The consent ran out yesterday."""


@st.composite
def specs(draw: st.DrawFn) -> Spec:
    goals = draw(st.lists(flags, min_size=1, max_size=4))
    index = st.none() | st.integers(0, len(goals) - 1)
    return Spec(
        audience=draw(st.sampled_from([Audience.RELATIVE, Audience.DAY_SERVICE])),
        goals=goals,
        agreements=draw(st.lists(st.tuples(flags, index, st.sampled_from(["citizen", "relative", "contact"])),
                                 max_size=4)),
        notes=draw(st.lists(st.tuples(flags, index), max_size=3)),
        contact=draw(flags),
        withdraw_all=draw(st.booleans()),
        expired=draw(st.booleans()),
    )


def g_text(i: int) -> str:
    return f"Maalnr{i}x"


def a_text(i: int) -> str:
    return f"Aftalenr{i}x"


def n_text(i: int) -> str:
    return f"Notenr{i}x"


CONTACT = "Kontaktpersonen Kaj Kaste"
OVERALL = "Overordnetmaal9x"


def build(store: Store, spec: Spec) -> tuple[int, int]:
    """The plan, a meeting of the spec's audience (open), every item made in it; returns (citizen, meeting)."""
    c = store.create_citizen("Borger Bo")
    assert c.id is not None
    plan = store.plan_of(c.id)
    assert plan.id is not None
    store.set_overall_goal(plan.id, OVERALL, "trade")
    me = store.participants(plan.id)[0]
    rel = store.add_participant(plan.id, "Pårørende Pia", Role.RELATIVE)
    day = store.add_participant(plan.id, "Dagtilbud Dan", Role.DAY_SERVICE)
    contact = store.add_participant(plan.id, CONTACT, Role.CONTACT, shared_with_relatives=spec.contact.shared)
    who = {"citizen": me.id, "relative": rel.id, "contact": contact.id}
    kind = "relative" if spec.audience is Audience.RELATIVE else "day_service"
    m = store.plan_meeting(plan.id, kind, DEMO_TODAY, participant_ids=[p.id for p in (me, rel, day, contact)
                                                                       if p.id is not None])
    assert m.id is not None
    store.open_meeting(m.id)
    consented: list[str] = []
    withdrawn: list[tuple[str, int]] = []

    def offer(table: str, record_id: int | None, f: Flags, goal_private: bool = False) -> None:
        if f.consent and not f.private and not goal_private:
            consented.append(f"{table}:{record_id}")
            if f.withdraw:
                withdrawn.append((table, record_id or 0))

    goals = []
    for i, f in enumerate(spec.goals):
        g = store.add_goal(plan.id, list(Area)[i % 4], g_text(i), private=f.private, shared_with_relatives=f.shared)
        assert g.id is not None
        goals.append(g)
        store.record_scale_reading(g.id, 3 + i, on=DEMO_TODAY, participant_id=me.id, meeting_id=m.id)
        offer("goal", g.id, f)
    for i, (f, gi, by) in enumerate(spec.agreements):
        goal = goals[gi] if gi is not None else None
        a = store.add_agreement(plan.id, who[by], a_text(i), DEMO_TODAY, goal_id=goal.id if goal else None,
                                meeting_id=m.id, private=f.private, shared_with_relatives=f.shared)
        offer("agreement", a.id, f, goal.private if goal else False)
    for i, (f, gi) in enumerate(spec.notes):
        goal = goals[gi] if gi is not None else None
        n = store.add_note(plan.id, n_text(i), meeting_id=m.id, goal_id=goal.id if goal else None,
                           private=f.private, shared_with_relatives=f.shared)
        offer("note", n.id, f, goal.private if goal else False)
    offer("participant", contact.id, replace(spec.contact, private=False))  # a person is never "private"
    if consented:
        until = DEMO_TODAY if spec.expired else None  # valid through today only
        consent = store.record_consent(plan.id, consented, given_by_id=me.id, valid_until=until)
        for table, rid in withdrawn:
            store.withdraw_sharing(table, rid)
        if spec.withdraw_all and consent.id is not None:
            store.withdraw_consent(consent.id, "Borgeren ombestemte sig.")
    # Items marked shared without a consent stay marked: the rule must not show them to relatives.
    for i, f in enumerate(spec.goals):
        if f.shared and goals[i].id is not None:
            store.update_goal(goals[i].id or 0, shared_with_relatives=True)
    store.set_focus(citizen_id=c.id, meeting_id=m.id)
    return c.id, m.id


def allowed(spec: Spec) -> set[str]:
    """What the audience may see, worked out from the flags alone (not with the store's rule)."""
    out: set[str] = set()
    relatives = spec.audience is Audience.RELATIVE
    consent_lives = not spec.withdraw_all and not spec.expired

    def rel_ok(f: Flags) -> bool:
        # A consent marks what it covers shared; a mark alone (or a lapsed consent) shows nothing.
        return f.consent and not f.withdraw and not f.private and consent_lives

    goal_ok = [rel_ok(f) if relatives else not f.private for f in spec.goals]
    for i, ok in enumerate(goal_ok):
        if ok:
            out.add(g_text(i))
    for i, (f, gi, _by) in enumerate(spec.agreements):
        goal_private = gi is not None and spec.goals[gi].private
        if goal_private:
            continue
        if (rel_ok(f) if relatives else not f.private):
            out.add(a_text(i))
    for i, (f, gi) in enumerate(spec.notes):
        if gi is not None and (spec.goals[gi].private or (relatives and not goal_ok[gi])):
            continue
        if (rel_ok(f) if relatives else not f.private):
            out.add(n_text(i))
    return out


def tokens(text: str, spec: Spec) -> set[str]:
    every = [g_text(i) for i in range(len(spec.goals))] + [a_text(i) for i in range(len(spec.agreements))]
    every += [n_text(i) for i in range(len(spec.notes))]
    return {t for t in every if t in text}


def live_texts(content: LiveContent) -> str:
    parts = [content.overall_goal]
    parts += [g.text for g in content.goals if not g.hidden]
    parts += [a.what + " " + a.who for a in content.agreements if not a.hidden]
    if content.agenda is not None:
        parts += list(content.agenda.notes) + [line.title for line in content.agenda.lines]
    return "\n".join(parts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=specs())
def test_live_view_and_minutes_show_the_same_items(_templates: dict[str, Path], spec: Spec) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.db"
        copy_database(_templates["empty"], path)
        with Store(path, user="test") as store:
            cid, mid = build(store, spec)
            day = DEMO_TODAY
            if spec.expired:  # the consent was valid through today: look again tomorrow
                day = DEMO_TODAY + timedelta(days=1)
                clock.fix(DEMO_NOW + timedelta(days=1))
            try:
                minutes = store.minutes_markdown(mid, spec.audience)
                live = live_texts(read_content(store, citizen_id=None, follow=True, today=day))
            finally:
                clock.fix(DEMO_NOW)
    expected = allowed(spec)
    assert tokens(minutes, spec) == expected, minutes
    assert tokens(live, spec) == expected, live
    relatives = spec.audience is Audience.RELATIVE
    # The plan's own fields are not for relatives: the room of their meeting does not see the overall goal.
    assert (OVERALL in live) is (not relatives)
    assert OVERALL not in minutes
    # Who the contact is: relatives see the name only when shared with consent in force.
    contact_ok = (not relatives) or (spec.contact.consent and not spec.contact.withdraw
                                     and not spec.withdraw_all and not spec.expired)
    if CONTACT in minutes or CONTACT in live:
        assert contact_ok
    if contact_ok:
        assert CONTACT in minutes  # a participant of the meeting
