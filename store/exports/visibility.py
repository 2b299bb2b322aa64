"""Who may see what: the one visibility rule.

Every surface that shows a plan to someone asks `Viewer.sight(item)`: the
minutes and the plan copy of each audience, the shared screen (live view,
mirror, `rundbord serve`) and the meeting screens (through the store). There
is no second copy of the rule anywhere.

The audiences and what they see:

- **authority**, **citizen**: everything (the citizen's own data); private
  items are marked in their copies.
- **day service**: nothing private. An item is private when it is marked
  private itself or belongs to a private goal (its readings, agreements,
  notes, signs, trials, evaluations and scaling answers).
- **relatives**: only what the citizen shares with them: the item is marked
  shared *and* a consent in force covers it (`Consent`, `ConsentItem`), and it
  is not private. A goal's readings, evaluations, trials and scaling answers
  follow the goal; an agreement, note or sign needs its own sharing and never
  belongs to a private goal. Relatives see the citizen and the relatives;
  other participants only when shared (else they are named by their role).
  The plan's own fields (overall goal, values, mentor, the §141 parts, the
  order, SMTTE) are not for relatives.
- **the shared screen in a meeting** sees with the meeting's audience (a
  relatives' meeting as relatives, a day-service meeting as the day service,
  the others as the citizen). A private item is a placeholder there ("Privat
  punkt") until the facilitator reveals it on purpose; an item private through
  its goal shows when the goal is revealed. In a relatives' meeting nothing
  private or unshared is there at all, revealed or not.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any, cast

from ..catalog import MeetingKind
from ..enums import Audience, Role
from ..errors import InputError
from ..messages import msg
from ..vocabulary import word


class Sight(Enum):
    """What a viewer gets of one item."""

    SHOWN = "shown"
    PLACEHOLDER = "placeholder"
    """On the shared screen: a private item, shown as "Privat punkt" until revealed."""
    NONE = "none"


@dataclass(frozen=True)
class PlanField:
    """One of the plan's own fields (overall goal, values, mentor, §141 parts, order, SMTTE)."""

    name: str


if TYPE_CHECKING:  # the rule reads models (the screens) and plain rows (the exports: `row_types.py`) alike
    from ..models import (
        Activity,
        AgendaItem,
        Agreement,
        Consent,
        ConsentItem,
        Goal,
        GoalEvaluation,
        Note,
        Observation,
        Participant,
        PdsaCycle,
        ScaleReading,
        ScalingAnswers,
        SmtteEvaluation,
    )

    GoalChild = ScaleReading | GoalEvaluation | SmtteEvaluation | ScalingAnswers | PdsaCycle | Activity
    """Items that live under a goal and follow its visibility."""
    Item = Goal | GoalChild | Agreement | Note | Observation | AgendaItem | Participant | PlanField
    """Everything the rule decides on."""
else:
    GoalChild = Item = Any


def _table(item: Any) -> str:
    """The table an item (a model or a plain row) is a record of: the rule asks what an item is this way."""
    return str(getattr(type(item), "__table__", ""))


SHAREABLE_TABLES = ("goal", "agreement", "note", "observation", "agenda_item", "participant")
"""Tables whose rows carry a `shared_with_relatives` flag and can be covered by a consent."""


def item_key(item: Item) -> str:
    """"table:id" (the key the shared screen reveals and a consent covers); "plan:<field>" for a plan field."""
    if isinstance(item, PlanField):
        return f"plan:{item.name}"
    return f"{type(item).__table__}:{item.id}"


def to_audience(audience: Audience | str) -> Audience:
    """An Audience from its code ('citizen', 'authority', 'day_service', 'relative')."""
    if isinstance(audience, Audience):
        return audience
    try:
        return Audience(str(audience).strip().replace("-", "_"))
    except ValueError:
        known = ", ".join(a.value for a in Audience)
        raise InputError("audience", msg("audience.unknown", audience=audience, known=known)) from None


_SCREEN_AUDIENCE = {
    "relative": Audience.RELATIVE,
    "day_service": Audience.DAY_SERVICE,
    "authority": Audience.AUTHORITY,
}


_ROLE_AUDIENCE = {
    Role.CITIZEN: Audience.CITIZEN,
    Role.AUTHORITY: Audience.AUTHORITY,
    Role.RELATIVE: Audience.RELATIVE,
}


def audience_for_role(role: Role) -> Audience:
    """The copy a participant gets (their mail draft, their calendar): the citizen's, the authority's,
    the relatives'; the day service and every other professional (contact person, mentor,
    rehabilitation team) the day service's, which holds nothing private."""
    return _ROLE_AUDIENCE.get(role, Audience.DAY_SERVICE)


def meeting_audience(kind: MeetingKind | None) -> Audience:
    """Who the room of a meeting of this kind is: relatives, the day service, the authority, else the citizen."""
    if kind is None:
        return Audience.CITIZEN
    return _SCREEN_AUDIENCE.get(kind.screen, Audience.CITIZEN)


def consent_in_force(consent: Consent, day: date) -> bool:
    """Given on or before `day`, not expired (the last day counts), not withdrawn."""
    if consent.withdrawn_at is not None:
        return False
    if consent.given_on > day:
        return False
    return consent.valid_until is None or day <= consent.valid_until


def consented_keys(
    consents: Iterable[Consent], items: Iterable[ConsentItem], day: date, audience: Audience = Audience.RELATIVE
) -> frozenset[str]:
    """The item keys a consent in force on `day` covers for `audience` (withdrawn items left out)."""
    live = {c.id for c in consents if c.audience is audience and consent_in_force(c, day)}
    return frozenset(i.item for i in items if i.consent_id in live and i.withdrawn_at is None)


@dataclass(frozen=True)
class Viewer:
    """One audience looking at one plan: the rule's inputs besides the item itself."""

    audience: Audience
    goals: Mapping[int, Goal] = field(default_factory=dict)
    """The plan's goals by id (a goal's children follow it)."""
    consented: frozenset[str] = frozenset()
    """Keys covered by a consent in force for relatives (`consented_keys`)."""
    projector: bool = False
    """The shared screen: private items are placeholders until revealed."""
    revealed: frozenset[str] = frozenset()
    """Keys the facilitator revealed on the shared screen."""

    @property
    def privileged(self) -> bool:
        """Sees everything (its copy marks what is private)."""
        return self.audience in (Audience.AUTHORITY, Audience.CITIZEN) and not self.projector

    # -- the rule ----------------------------------------------------------------
    def sight(self, item: Item) -> Sight:
        """What this viewer gets of `item` (for an agenda item: its title; see `sight_notes`)."""
        if isinstance(item, PlanField):
            return Sight.NONE if self.audience is Audience.RELATIVE else Sight.SHOWN
        if _table(item) == "participant":
            return Sight.SHOWN if self._sees_person(cast("Participant", item)) else Sight.NONE
        goal = self._goal_of(item)
        own_private = bool(getattr(item, "private", False))
        goal_private = goal is not None and goal.private
        if self.audience is Audience.RELATIVE:
            if own_private or goal_private or not self._shared_with_relatives(item, goal):
                return Sight.NONE
            return Sight.SHOWN
        if not (own_private or goal_private):
            return Sight.SHOWN
        if self.projector:
            shown = (not own_private or item_key(item) in self.revealed) and (
                not goal_private or goal is None or item_key(goal) in self.revealed
            )
            return Sight.SHOWN if shown else Sight.PLACEHOLDER
        return Sight.SHOWN if self.privileged else Sight.NONE

    def sees(self, item: Item) -> bool:
        return self.sight(item) is Sight.SHOWN

    def sight_notes(self, item: AgendaItem) -> Sight:
        """An agenda item's notes and decisions: its title's sight, and for relatives the item shared."""
        title = self.sight(item)
        if title is not Sight.SHOWN or self.audience is not Audience.RELATIVE:
            return title
        return Sight.SHOWN if self._consented(item) else Sight.NONE

    def mark(self, item: Item) -> bool:
        """Mark the item *(privat)* in this copy (a privileged copy of an item marked private itself)."""
        return self.privileged and bool(getattr(item, "private", False))

    def person(self, participant: Participant | None, unknown: str = "?", lang: str = "da") -> str:
        """A participant's name if this viewer may see who it is, else their role ("Kontaktperson") in `lang`."""
        if participant is None:
            return unknown
        if self._sees_person(participant):
            return participant.name
        return word(f"role.{participant.role.value}", lang)

    # -- parts of the rule ------------------------------------------------------------
    def _goal_of(self, item: Item) -> Goal | None:
        """The goal an item belongs to (None for a goal itself and for items without one)."""
        goal_id = getattr(item, "goal_id", None)
        if goal_id is None or _table(item) == "goal":
            return None
        return self.goals.get(goal_id)

    def _consented(self, item: Item) -> bool:
        return bool(getattr(item, "shared_with_relatives", False)) and item_key(item) in self.consented

    def _shared_with_relatives(self, item: Item, goal: Goal | None) -> bool:
        """Relatives: goals, agreements, notes, signs and agenda items need their own sharing; a goal's
        readings, evaluations, trials and scaling answers follow the goal."""
        table = _table(item)
        if table in ("goal", "agreement", "note", "observation"):
            if not self._consented(item):
                return False
            if table in ("note", "observation") and goal is not None:
                return self.sees(goal)
            return True
        if table == "agenda_item":
            return True  # the title; the notes need sharing (`sight_notes`)
        if goal is None:
            return False
        return self.sees(goal)

    def _sees_person(self, p: Participant) -> bool:
        if self.audience is not Audience.RELATIVE:
            return True
        if p.role in (Role.CITIZEN, Role.RELATIVE):
            return True
        return self._consented(p)


def viewer_for(
    audience: Audience | str,
    goals: Iterable[Goal],
    consents: Iterable[Consent] = (),
    consent_items: Iterable[ConsentItem] = (),
    *,
    day: date,
    projector: bool = False,
    revealed: Iterable[str] = (),
) -> Viewer:
    """A `Viewer` for one plan on `day` (the consents in force that day)."""
    return Viewer(
        audience=to_audience(audience),
        goals={g.id: g for g in goals if g.id is not None},
        consented=consented_keys(consents, consent_items, day),
        projector=projector,
        revealed=frozenset(revealed),
    )
