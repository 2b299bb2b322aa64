"""What the shared screen shows, read from the store and made safe for a room.

Pure Python (no Textual): `read_content` turns the store's records into
frozen, comparable values with every text already made safe (`safe`: CPR
masked, control characters as pictures). What the room may see is the store's
one visibility rule (`store.exports.visibility`): the room of a meeting sees
with the meeting's audience (a relatives' meeting as relatives: only what the
citizen shares, with consent in force), and a private item is a placeholder
until the facilitator reveals it. The screen
compares the new value with the one it shows and updates only what changed.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from screens.i18n import language, t
from store import NotFound, Store
from store.dates import format_date
from store.enums import AgreementStatus, Area, Audience, MeetingStatus, Role
from store.exports.visibility import PlanField, Sight, Viewer, meeting_audience, viewer_for
from store.live import PlanFollower
from store.models import Goal, Meeting, Participant, ScaleReading, ViewState
from store.plans import GoalView, PlanView
from store.progression import AreaProgress, area_progress_of
from store.repeat import when_text
from store.rules import board_agreements, headline_reading, is_overdue
from store.textrules import screen_text


def safe(text: str) -> str:
    """Text fit for a shared screen (`store.textrules.screen_text`): CPR-like numbers masked,
    control characters and escape sequences shown as pictures (␛), never sent to the terminal."""
    return screen_text(text)


@dataclass(frozen=True)
class GoalCard:
    key: str
    """"goal:ID": also the widget's identity."""
    area: Area
    text: str
    hidden: bool
    """Private and not revealed: the text is the placeholder, no score, no history."""
    score: int | None
    history: tuple[int, ...]
    focused: bool


@dataclass(frozen=True)
class AgendaLine:
    key: str
    title: str
    current: bool
    done: bool


@dataclass(frozen=True)
class Agenda:
    title: str
    lines: tuple[AgendaLine, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class AgreementLine:
    key: str
    who: str
    what: str
    when: str
    status: AgreementStatus
    overdue: bool
    hidden: bool
    carried_over: int


@dataclass(frozen=True)
class LiveContent:
    """Everything on the shared screen at one moment."""

    citizen_id: int | None
    message: str = ""
    """Shown instead of a plan (waiting for the facilitator, unknown citizen)."""
    name: str = ""
    plan_type: str = ""
    overall_goal: str = ""
    goal_level: str = ""
    overall_shown: bool = True
    """False where the room may not see the plan's own fields (a relatives' meeting)."""
    relatives_only: bool = False
    goals: tuple[GoalCard, ...] = ()
    agenda: Agenda | None = None
    agreements: tuple[AgreementLine, ...] = ()
    finished_not_shown: int = 0
    """Older finished agreements left off the board (the open ones and the latest finished show)."""
    areas: tuple[AreaProgress, ...] = ()
    """Progress by area, first and latest reading, over the goals shown (no hidden private ones)."""

    @property
    def featured(self) -> str | None:
        """The goal shown large on a narrow screen: the one in focus, else the first."""
        for g in self.goals:
            if g.focused:
                return g.key
        return self.goals[0].key if self.goals else None


def _current_meeting(store: Store, view: PlanView, state: ViewState | None, today: date) -> Meeting | None:
    """The meeting to show.

    `state` is the facilitator's focus when it is on this citizen: then the view
    follows it exactly, and shows no meeting when the facilitator is not in one
    (they left it). Without it (the view pinned to a citizen the facilitator is
    not on): an open meeting, else the next planned one.
    """
    if state is not None:
        return next((m for m in view.meetings if m.id == state.meeting_id), None)
    open_ = [m for m in view.meetings if m.status is MeetingStatus.OPEN]
    if open_:
        return open_[-1]
    planned = [m for m in view.meetings if m.status is MeetingStatus.PLANNED and m.date >= today]
    return planned[0] if planned else None


def room_viewer(store: Store, view: PlanView, meeting: Meeting | None, revealed: frozenset[str], today: date) -> Viewer:
    """The one visibility rule for the room: the meeting's audience, on the shared screen."""
    audience = meeting_audience(store.catalog.meeting_kinds.get(meeting.kind)) if meeting else Audience.CITIZEN
    return viewer_for(audience, (gv.goal for gv in view.goals), view.consents, view.consent_items, day=today,
                      projector=True, revealed=revealed)


def read_content(store: Store, *, citizen_id: int | None, follow: bool, today: date) -> LiveContent:
    """Read what the shared screen shows now, all of it (never writes)."""
    return LiveReader(store).read(citizen_id=citizen_id, follow=follow, today=today)


@dataclass
class _GoalPart:
    """The goal cards (none focused yet) and area progress, and what they were worked out from."""

    goals: list[GoalView]
    participants: list[Participant]
    viewer: Viewer
    cards: tuple[GoalCard, ...]
    areas: tuple[AreaProgress, ...]


class LiveReader:
    """Reads what the shared screen shows, again after every change, reusing what did not change.

    The plan comes from a `PlanFollower` (only the changed rows are read). The
    goal cards and the area progress, which go over every scale reading, are
    worked out again only when the goals, their readings, the participants or
    what the room may see (audience, consents, revealed items) changed; a
    focus that moves only moves the highlight.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.plans = PlanFollower(store)
        self._goal_part: _GoalPart | None = None

    def read(self, *, citizen_id: int | None, follow: bool, today: date) -> LiveContent:
        """What the shared screen shows now (never writes)."""
        store = self.store
        state = store.view_state()
        cid = citizen_id if citizen_id is not None else (state.citizen_id if follow else None)
        if cid is None:
            return LiveContent(citizen_id=None, message=t("live.waiting"))
        try:
            view = self.plans.view(cid)
        except NotFound:
            return LiveContent(citizen_id=cid, message=t("live.no_citizen", id=cid))
        revealed = frozenset(state.revealed_keys)
        # A focus on another citizen says nothing about this one.
        same_citizen = state.citizen_id == cid
        meeting = _current_meeting(store, view, state if same_citizen else None, today)
        viewer = room_viewer(store, view, meeting, revealed, today)
        part = self._goals(view, viewer)
        focus = f"goal:{state.goal_id}" if same_citizen and state.goal_id is not None else None
        agreements, left_off = _agreement_lines(view, viewer, today)
        overall = viewer.sees(PlanField("overall_goal"))
        return LiveContent(
            citizen_id=cid,
            name=safe(view.citizen.name),
            plan_type=safe(view.plan_type.name),
            overall_goal=safe(view.plan.overall_goal) if overall else "",
            goal_level=t(f"level.{view.plan.goal_level.value}") if overall else "",
            overall_shown=overall,
            relatives_only=viewer.audience is Audience.RELATIVE,
            goals=tuple(replace(card, focused=True) if card.key == focus else card for card in part.cards),
            agenda=_agenda(store, view, meeting, state if same_citizen else None, viewer),
            agreements=agreements,
            finished_not_shown=left_off,
            areas=part.areas,
        )

    def _goals(self, view: PlanView, viewer: Viewer) -> _GoalPart:
        part = self._goal_part
        if (
            part is not None and part.goals is view.goals and part.participants is view.participants
            and part.viewer == viewer
        ):
            return part
        cards, areas = _goal_cards(view, viewer)
        self._goal_part = _GoalPart(view.goals, view.participants, viewer, cards, areas)
        return self._goal_part


def _goal_cards(view: PlanView, viewer: Viewer) -> tuple[tuple[GoalCard, ...], tuple[AreaProgress, ...]]:
    """Every goal the room may see, as a card (none focused), and the progress by area."""
    citizen_ids = {p.id for p in view.participants if p.role is Role.CITIZEN}
    goals: list[GoalCard] = []
    shown_readings: list[tuple[Goal, list[ScaleReading]]] = []
    for area in Area:
        for gv in view.goals_in(area):
            g = gv.goal
            sight = viewer.sight(g)
            if sight is Sight.NONE:
                continue
            key = f"goal:{g.id}"
            visible = sight is Sight.SHOWN
            readings: list[ScaleReading] = [r for r in gv.readings if viewer.sees(r)] if visible else []
            if visible:
                shown_readings.append((g, readings))
            head = headline_reading(readings, view.participants)
            own = [r for r in readings if r.participant_id is None or r.participant_id in citizen_ids]
            history = tuple(r.score for r in sorted(own or readings, key=lambda r: (r.date, r.id or 0)))
            goals.append(
                GoalCard(
                    key=key,
                    area=area,
                    text=safe(g.text) if visible else t("live.private"),
                    hidden=not visible,
                    score=head.score if head else None,
                    history=history,
                    focused=False,
                )
            )
    return tuple(goals), tuple(area_progress_of(shown_readings, view.participants))


def _agenda(
    store: Store, view: PlanView, meeting: Meeting | None, state: ViewState | None, viewer: Viewer
) -> Agenda | None:
    """The meeting's agenda and notes; `state` marks the current item (None: the focus is elsewhere)."""
    if meeting is None or meeting.id is None:
        return None
    lines = []
    for item in store.agenda(meeting.id):
        sight = viewer.sight(item)
        if sight is Sight.NONE:
            continue
        lines.append(
            AgendaLine(
                key=f"agenda_item:{item.id}",
                title=safe(store.catalog.agenda_title(item.title)) if sight is Sight.SHOWN else t("live.private"),
                current=state is not None and state.agenda_item_id == item.id,
                done=item.done,
            )
        )
    notes = []
    if view.plan.id is not None:
        for note in store.notes(view.plan.id, meeting.id):
            sight = viewer.sight(note)
            if sight is not Sight.NONE:
                notes.append(safe(note.text) if sight is Sight.SHOWN else t("live.private"))
    kind = store.catalog.meeting_kinds.get(meeting.kind)
    return Agenda(
        title=t("live.meeting_title", kind=kind.name if kind else meeting.kind, date=format_date(meeting.date)),
        lines=tuple(lines),
        notes=tuple(notes),
    )


def _agreement_lines(view: PlanView, viewer: Viewer, today: date) -> tuple[tuple[AgreementLine, ...], int]:
    """The board's lines (open and the latest finished) and how many older finished ones are left off."""
    for_room = [a for a in view.agreements if viewer.sight(a) is not Sight.NONE]
    on_board, left_off = board_agreements(for_room, show_all=False)
    lines: list[AgreementLine] = []
    for _, a in on_board:
        visible = viewer.sees(a)
        who = view.participant(a.who_id)
        lines.append(
            AgreementLine(
                key=f"agreement:{a.id}",
                who=safe(_person(viewer, who)) if (visible and who) else "",
                what=safe(a.what) if visible else t("live.private"),
                when=when_text(a.due_date, a.repeat, language()) if visible else "",
                status=a.status,
                overdue=is_overdue(a, today),
                hidden=not visible,
                carried_over=a.carried_over if visible else 0,
            )
        )
    return tuple(lines), left_off


def _person(viewer: Viewer, who: Participant) -> str:
    """The name if the room may see who it is, else the role in the UI's language ("Kontaktperson")."""
    return who.name if viewer.sees(who) else t(f"role.{who.role.value}")
