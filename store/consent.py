"""Consent as a record: sharing items with relatives, and taking it back.

A `Consent` says who consented (the citizen, or who holds the right to decide
for them), when, until when, for which audience, and who recorded it; its
`ConsentItem` rows say which items it covers. Relatives see an item only
while it is marked shared *and* a consent in force covers it (the rule is in
`exports/visibility.py`). Withdrawing a consent, or one item of it, takes
effect at once: every later copy and the shared screen leave the items out.
Closed meetings' frozen minutes stay as they were and say that consent has
changed since (see `exports/use_cases.py`).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .base import UseCases
from .clock import now, today
from .dates import parse_date
from .enums import Audience, ConsentCapacity, Role
from .errors import InputError
from .messages import msg
from .exports.visibility import (
    SHAREABLE_TABLES,
    Sight,
    Viewer,
    consent_in_force,
    meeting_audience,
    viewer_for,
)
from .models import (
    AgendaItem,
    Agreement,
    Consent,
    ConsentItem,
    Goal,
    Meeting,
    Note,
    Observation,
    Participant,
    Plan,
    Record,
)

SHAREABLE_MODELS: dict[str, type[Record]] = {
    "goal": Goal, "agreement": Agreement, "note": Note, "observation": Observation,
    "agenda_item": AgendaItem, "participant": Participant,
}
assert set(SHAREABLE_MODELS) == set(SHAREABLE_TABLES)


@dataclass(frozen=True)
class ShareableItem:
    """One item that can be shared with relatives, and where its sharing stands."""

    key: str
    kind: str
    """The table: goal, agreement, note, observation, agenda_item, participant."""
    text: str
    private: bool
    marked: bool
    """Marked "shared with relatives" on the item itself."""
    consent: Consent | None
    """The consent in force that covers it (None: no consent covers it now)."""
    sight: Sight
    """What relatives get of it now (the one rule)."""

    @property
    def waiting(self) -> bool:
        """Marked shared but not seen by relatives: a consent is missing (or the item is private)."""
        return self.marked and self.sight is not Sight.SHOWN


def parse_key(key: str) -> tuple[str, int]:
    """("goal", 12) from "goal:12"; a Danish message for anything else."""
    table, _, rid = str(key).partition(":")
    if table not in SHAREABLE_MODELS or not rid.isdigit():
        raise InputError("items", msg("consent.not_shareable", item=key))
    return table, int(rid)


class ConsentUseCases(UseCases):
    """Mixed into `Store`."""

    # -- reading -----------------------------------------------------------------
    def consents(self, plan_id: int) -> list[Consent]:
        """The plan's consents, newest first (withdrawn and expired ones too: they are the record)."""
        return self.db.select(Consent, "plan_id = ?", (plan_id,), order_by="given_on DESC, id DESC")

    def consent_items(self, plan_id: int) -> list[ConsentItem]:
        return self.db.select(
            ConsentItem, "consent_id IN (SELECT id FROM consent WHERE plan_id = ?)", (plan_id,), order_by="id"
        )

    def items_of_consent(self, consent_id: int) -> list[ConsentItem]:
        return self.db.select(ConsentItem, "consent_id = ?", (consent_id,), order_by="id")

    def consents_in_force(self, plan_id: int, day: date | None = None) -> list[Consent]:
        d = day or today()
        return [c for c in self.consents(plan_id) if consent_in_force(c, d)]

    def viewer(
        self, plan_id: int, audience: Audience | str, *, projector: bool = False, revealed: Iterable[str] = (),
        day: date | None = None,
    ) -> Viewer:
        """The one visibility rule set up for this plan, audience and day (consents in force that day)."""
        goals = self.db.select(Goal, "plan_id = ?", (plan_id,), order_by="position, id")
        return viewer_for(audience, goals, self.consents(plan_id), self.consent_items(plan_id),
                          day=day or today(), projector=projector, revealed=revealed)

    def meeting_viewer(self, meeting_id: int, *, projector: bool = False, revealed: Iterable[str] = ()) -> Viewer:
        """The rule for the room of a meeting: its kind's audience (a relatives' meeting sees as relatives)."""
        meeting = self.db.get(Meeting, meeting_id)
        audience = meeting_audience(self.catalog.meeting_kinds.get(meeting.kind))
        return self.viewer(meeting.plan_id, audience, projector=projector, revealed=revealed)

    def shared_with_relatives(self, plan_id: int) -> tuple[list[Goal], list[Note], list[Agreement]]:
        """What relatives may see now: goals, notes and agreements (the one rule, consents in force)."""
        viewer = self.viewer(plan_id, Audience.RELATIVE)
        goals = [g for g in viewer.goals.values() if viewer.sees(g)]
        notes = [n for n in self.db.select(Note, "plan_id = ?", (plan_id,), order_by="created_at, id")
                 if viewer.sees(n)]
        agreements = [a for a in self.db.select(Agreement, "plan_id = ?", (plan_id,), order_by="position, id")
                      if viewer.sees(a)]
        return sorted(goals, key=lambda g: (g.position, g.id or 0)), notes, agreements

    def sharing_overview(self, plan_id: int) -> list[ShareableItem]:
        """Every item that can be shared with relatives, with its consent and what relatives see of it."""
        viewer = self.viewer(plan_id, Audience.RELATIVE)
        in_force = {c.id: c for c in self.consents_in_force(plan_id)}
        covering: dict[str, Consent] = {}
        for ci in self.consent_items(plan_id):
            c = in_force.get(ci.consent_id)
            if c is not None and ci.withdrawn_at is None:
                covering.setdefault(ci.item, c)
        out: list[ShareableItem] = []

        def add(table: str, record: Any, text: str) -> None:
            key = f"{table}:{record.id}"
            out.append(ShareableItem(key, table, text, bool(getattr(record, "private", False)),
                                     bool(record.shared_with_relatives), covering.get(key), viewer.sight(record)))

        for p in self.db.select(Participant, "plan_id = ?", (plan_id,), order_by="id"):
            if p.role not in (Role.CITIZEN, Role.RELATIVE):
                add("participant", p, p.name)
        for g in viewer.goals.values():
            add("goal", g, g.text)
        for a in self.db.select(Agreement, "plan_id = ?", (plan_id,), order_by="position, id"):
            add("agreement", a, a.what)
        for n in self.db.select(Note, "plan_id = ?", (plan_id,), order_by="created_at, id"):
            add("note", n, n.text)
        gids = list(viewer.goals)
        if gids:
            marks = ",".join("?" for _ in gids)
            for o in self.db.select(Observation, f"goal_id IN ({marks})", gids, order_by="date, id"):
                add("observation", o, o.text)
        return out

    # -- writing -----------------------------------------------------------------
    def record_consent(
        self,
        plan_id: int,
        items: Sequence[str],
        *,
        given_by_id: int | None,
        capacity: ConsentCapacity | str = ConsentCapacity.CITIZEN,
        given_on: date | str | None = None,
        valid_until: date | str | None = None,
        note: str = "",
        meeting_id: int | None = None,
        audience: Audience | str = Audience.RELATIVE,
    ) -> Consent:
        """Record a consent to share `items` ("goal:12", ...) with relatives, and mark them shared.

        One transaction: the consent, one row per item, and each item's flag.
        Given in a meeting, it is dated on the meeting's day unless `given_on` says otherwise.
        """
        self.db.get(Plan, plan_id)
        giver = self._consent_giver(plan_id, given_by_id, capacity)
        self.refuse_if_meeting_closed(meeting_id)
        meeting = self.db.find(Meeting, meeting_id)
        if meeting_id is not None and (meeting is None or meeting.plan_id != plan_id):
            raise InputError("meeting_id", "Mødet hører ikke til denne plan.")
        day = self._consent_day(given_on, "given_on") or (min(meeting.date, today()) if meeting else today())
        if day > today():
            raise InputError("given_on", "Samtykket kan ikke være givet en dag, der ikke er kommet endnu.")
        until = self._consent_day(valid_until, "valid_until")
        if until is not None and until < today():
            raise InputError("valid_until", "Den dato er allerede passeret: et udløbet samtykke deler intet.")
        if str(getattr(audience, "value", audience)) != Audience.RELATIVE.value:
            raise InputError("audience", "Samtykke registreres for deling med pårørende.")
        records = self._shareable_records(plan_id, items)
        consent = self.db.validate(Consent, dict(
            plan_id=plan_id, audience=Audience.RELATIVE, given_by_id=giver.id, given_by=giver.name,
            capacity=capacity, given_on=day, valid_until=until, note=note, meeting_id=meeting_id,
            recorded_by=self.db.user, recorded_at=now(),
        ))
        with self.db.write():
            consent = self.db.insert(consent)
            assert consent.id is not None
            self._cover(consent.id, records)
        return consent

    def add_to_consent(self, consent_id: int, items: Sequence[str]) -> Consent:
        """Let a consent in force cover more items (asked for in the room), and mark them shared."""
        consent = self.db.get(Consent, consent_id)
        if not consent_in_force(consent, today()):
            raise InputError("consent_id", "Samtykket gælder ikke længere. Registrér et nyt samtykke.")
        records = self._shareable_records(consent.plan_id, items)
        covered = {ci.item for ci in self.items_of_consent(consent_id) if ci.withdrawn_at is None}
        new = [(key, r) for key, r in records if key not in covered]
        with self.db.write():
            self._cover(consent_id, new)
        return consent

    def withdraw_consent(self, consent_id: int, reason: str = "") -> Consent:
        """Withdraw a whole consent: its items stop being shared at once (unless another consent in force
        covers them); closed meetings' frozen minutes stay as they were."""
        consent = self.db.get(Consent, consent_id)
        if consent.withdrawn_at is not None:
            raise InputError("consent_id", "Samtykket er allerede trukket tilbage.")
        at = now()
        with self.db.write():
            consent = self.db.update(Consent, consent_id, withdrawn_at=at, withdrawn_by=self.db.user,
                                     withdrawn_reason=reason)
            keys = [ci.item for ci in self.items_of_consent(consent_id) if ci.withdrawn_at is None]
            still = self._covered_elsewhere(consent.plan_id, keys, consent_id)
            for key in keys:
                if key not in still:
                    self._set_flag(key, False)
        return consent

    def withdraw_sharing(self, table: str, record_id: int) -> None:
        """Stop sharing one item with relatives: taken out of every consent and unmarked, in one go."""
        key = f"{table}:{record_id}"
        parse_key(key)
        model = SHAREABLE_MODELS[table]
        self.db.get(model, record_id)
        at = now()
        rows = self.db.select(ConsentItem, "item = ? AND withdrawn_at IS NULL", (key,))
        with self.db.write():
            for ci in rows:
                assert ci.id is not None
                self.db.update(ConsentItem, ci.id, withdrawn_at=at, withdrawn_by=self.db.user)
            self.db.update(model, record_id, shared_with_relatives=False)

    def mark_for_relatives(self, key: str, marked: bool) -> None:
        """Mark an item to share with relatives (they see it once a consent covers it), or stop sharing it
        (`withdraw_sharing`: out of every consent at once)."""
        table, rid = parse_key(key)
        if not marked:
            self.withdraw_sharing(table, rid)
            return
        record = self.db.get(SHAREABLE_MODELS[table], rid)
        self._shareable_records(self._plan_of_item(table, record), [key])  # refuses private items
        with self.db.write():
            self.db.update(SHAREABLE_MODELS[table], rid, shared_with_relatives=True)

    def set_shared_with_relatives(
        self, table: str, record_id: int, shared: bool, *, citizen_consent: bool, given_by_id: int | None = None,
        meeting_id: int | None = None,
    ) -> Any:
        """Share (or stop sharing) one item with relatives, the citizen consenting in the room.

        Sharing records the consent (`consent_in_the_room`, or a new consent given
        by `given_by_id`), recorded by the app's user; a private item is never shared.
        """
        table_, rid = parse_key(f"{table}:{record_id}")
        model = SHAREABLE_MODELS[table_]
        record = self.db.get(model, rid)
        if not shared:
            self.withdraw_sharing(table_, rid)
            return self.db.get(model, rid)
        if not citizen_consent:
            raise InputError("shared_with_relatives", "Borgeren skal give samtykke, før noget deles med pårørende.")
        plan_id = self._plan_of_item(table_, record)
        if given_by_id is None:
            self.consent_in_the_room(plan_id, [f"{table_}:{rid}"], meeting_id=meeting_id)
        else:
            self.record_consent(plan_id, [f"{table_}:{rid}"], given_by_id=given_by_id, meeting_id=meeting_id)
        return self.db.get(model, rid)

    def consent_in_the_room(self, plan_id: int, items: Sequence[str], *, meeting_id: int | None = None) -> Consent:
        """The citizen consents to share `items` now: added to the citizen's own consent in force, or a
        new consent given by the citizen (dated on the meeting's day in a meeting, else today)."""
        day = today()
        own = [c for c in self.consents_in_force(plan_id, day) if c.capacity is ConsentCapacity.CITIZEN]
        if own and own[0].id is not None:
            return self.add_to_consent(own[0].id, items)
        citizen = self.db.select(Participant, "plan_id = ? AND role = ?", (plan_id, Role.CITIZEN.value))
        return self.record_consent(plan_id, items, given_by_id=citizen[0].id if citizen else None,
                                   meeting_id=meeting_id)

    # -- helpers -------------------------------------------------------------------
    def _consent_day(self, value: date | str | None, field_name: str) -> date | None:
        if isinstance(value, str):
            return parse_date(value, field_name)
        return value

    def _consent_giver(self, plan_id: int, given_by_id: int | None, capacity: ConsentCapacity | str) -> Participant:
        if given_by_id is None:
            raise InputError("given_by_id", "Vælg hvem der giver samtykket.")
        giver = self.db.find(Participant, given_by_id)
        if giver is None or giver.plan_id != plan_id:
            raise InputError("given_by_id", "Personen er ikke deltager i planen.")
        try:
            cap = ConsentCapacity(str(getattr(capacity, "value", capacity)))
        except ValueError:
            raise InputError("capacity", "Vælg borgeren selv, en værge eller en fremtidsfuldmægtig.") from None
        if cap is ConsentCapacity.CITIZEN and giver.role is not Role.CITIZEN:
            raise InputError("given_by_id", "Kun borgeren selv kan give samtykke som borger. "
                                            "Vælg værge eller fuldmagt, hvis en anden har retten til at beslutte.")
        if cap is not ConsentCapacity.CITIZEN and giver.role is Role.CITIZEN:
            raise InputError("capacity", "Borgeren giver samtykke som sig selv.")
        return giver

    def _shareable_records(self, plan_id: int, items: Sequence[str]) -> list[tuple[str, Record]]:
        if not items:
            raise InputError("items", "Vælg mindst ét punkt, samtykket gælder.")
        out: list[tuple[str, Record]] = []
        goals = {g.id: g for g in self.db.select(Goal, "plan_id = ?", (plan_id,))}
        for key in dict.fromkeys(items):
            table, rid = parse_key(key)
            record = self.db.find(SHAREABLE_MODELS[table], rid)
            if record is None or self._plan_of_item(table, record) != plan_id:
                raise InputError("items", msg("consent.item_not_in_plan", kind=msg(f"item_kind.{table}"), n=rid))
            if getattr(record, "private", False):
                raise InputError("items", "Et privat punkt kan ikke deles med pårørende.")
            if table == "agenda_item":
                self.refuse_if_meeting_closed(getattr(record, "meeting_id", None))
            goal = goals.get(getattr(record, "goal_id", None)) if table != "goal" else None
            if goal is not None and goal.private:
                raise InputError("items", "Punktet hører til et privat mål og kan ikke deles med pårørende.")
            out.append((f"{table}:{rid}", record))
        return out

    def _plan_of_item(self, table: str, record: Any) -> int:
        if table in ("goal", "agreement", "note", "participant"):
            return int(record.plan_id)
        if table == "observation":
            return self.db.get(Goal, record.goal_id).plan_id
        return self.db.get(Meeting, record.meeting_id).plan_id  # agenda_item

    def _cover(self, consent_id: int, records: Sequence[tuple[str, Record]]) -> None:
        at = now()
        for key, _record in records:
            self.db.insert(ConsentItem(consent_id=consent_id, item=key, added_at=at, added_by=self.db.user))
            self._set_flag(key, True)

    def _set_flag(self, key: str, shared: bool) -> None:
        table, rid = parse_key(key)
        model = SHAREABLE_MODELS[table]
        if self.db.find(model, rid) is not None:
            self.db.update(model, rid, shared_with_relatives=shared)

    def _covered_elsewhere(self, plan_id: int, keys: Sequence[str], but: int) -> set[str]:
        others = {c.id for c in self.consents_in_force(plan_id) if c.id != but}
        return {ci.item for ci in self.consent_items(plan_id)
                if ci.consent_id in others and ci.withdrawn_at is None and ci.item in keys}
