"""pydantic models: the single description of every record.

Each model names its table (`__table__`); the table's columns, validation and
(de)serialisation all come from the model (see schema.py). `id` is None until
the record is stored. Dates are `datetime.date`, stored as ISO text; booleans
are stored as 0/1 (fields stay lax so values read back from SQLite validate).
"""
from __future__ import annotations

from datetime import date as Date
from datetime import datetime
from typing import Annotated, ClassVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from .enums import (
    AgreementStatus,
    Area,
    Audience,
    AuditAction,
    Decision,
    GoalLevel,
    ConsentCapacity,
    GoalStatus,
    MeetingStatus,
    Role,
)
from .repeat import check_code
from .textrules import email_address, no_cpr, required_text

Text = Annotated[str, AfterValidator(no_cpr)]
"""Free text: may be empty, never a CPR number."""
RequiredText = Annotated[str, AfterValidator(required_text)]
"""Free text that must not be empty or whitespace-only."""
Email = Annotated[str, AfterValidator(email_address)]
"""'' or a plain e-mail address (trimmed); mail drafts and calendar invitations go to it."""
Score = Annotated[int, Field(ge=1, le=10)]
TimeOfDay = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$|^$")]
RepeatCode = Annotated[str, AfterValidator(check_code)]
"""'' or a repeat as an RRULE subset ("FREQ=WEEKLY;BYDAY=TH"): see repeat.py."""


class Record(BaseModel):
    """Base of every stored record."""

    model_config = ConfigDict(validate_assignment=True, use_enum_values=False, extra="forbid", defer_build=True)
    __table__: ClassVar[str] = ""
    __parent__: ClassVar[tuple[str, str] | None] = None
    """(column, parent table) used to find the citizen a record belongs to."""

    id: int | None = None


class Editable(Record):
    """A record a person can change. `version` counts its changes: a save from a form opened on an
    older version is refused, never written over a colleague's change (`Database.update`)."""

    version: int = 1


def _period_ok(start: Date | None, end: Date | None) -> None:
    if start and end and end < start:
        raise PydanticCustomError("period_order", "Slutdatoen ligger før startdatoen.")


class Citizen(Editable):
    __table__ = "citizen"

    name: RequiredText
    values: Text = ""
    """The citizen's own values: what matters to them (the fuel for change)."""
    strengths: Text = ""
    """Resources and strengths, in the citizen's words (scaling step 3 adds here)."""
    mentor_needed: bool = False
    mentor_role: Text = ""
    """The mentor's role and tasks, when a mentor is needed."""
    created_at: datetime | None = None


class Plan(Editable):
    __table__ = "plan"
    __parent__ = ("citizen_id", "citizen")

    citizen_id: int
    plan_type: str
    """Code of a plan type in the catalogue (plan types are data)."""
    overall_goal: Text = ""
    goal_level: GoalLevel = GoalLevel.PURPOSE
    start_date: Date | None = None
    end_date: Date | None = None
    follow_up: Text = ""
    """How and when the plan as a whole is followed up."""
    # Serviceloven §141 stk. 3-4 (handleplan) parts; also useful for other types.
    purpose: Text = ""
    support_needed: Text = ""
    expected_duration: Text = ""
    other_matters: Text = ""
    made_with_citizen: bool = False
    order_text: Text = ""
    """The authority's order (bestilling) the plan must follow."""

    @model_validator(mode="after")
    def _check_period(self) -> "Plan":
        _period_ok(self.start_date, self.end_date)
        return self


class OrderGoal(Editable):
    """A goal of the authority's order / handleplan that plan goals can serve."""

    __table__ = "order_goal"
    __parent__ = ("plan_id", "plan")

    plan_id: int
    text: RequiredText
    position: int = 0


class Goal(Editable):
    """A sub-goal (delmål) in one of the four areas."""

    __table__ = "goal"
    __parent__ = ("plan_id", "plan")

    plan_id: int
    area: Area
    text: RequiredText
    """In the citizen's own words ("Jeg vil ...")."""
    rationale: Text = ""
    start_date: Date | None = None
    end_date: Date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    position: int = 0
    evaluation: Text = ""
    """Vurdering: what went well, what could I do differently."""
    scale_anchor: Text = ""
    """What the numbers mean for this goal ("a 5 is ..."), agreed in the room."""
    # SMART: the recorded answer to each question ("" = open).
    smart_specific: Text = ""
    smart_measurable: Text = ""
    smart_accepted: Text = ""
    smart_realistic: Text = ""
    smart_timed: Text = ""
    # SMTTE (day service): Mål is `text`.
    smtte_context: Text = ""
    smtte_signs: Text = ""
    smtte_actions: Text = ""
    smtte_evaluation: Text = ""
    smtte_due: Date | None = None
    """When the SMTTE is next prepared/evaluated (årshjul)."""
    order_goal_id: int | None = None
    """The goal of the authority's order this goal serves."""
    # Goal attainment scaling (optional): level descriptions -2..+2, result.
    gas_minus2: Text = ""
    gas_minus1: Text = ""
    gas_zero: Text = ""
    gas_plus1: Text = ""
    gas_plus2: Text = ""
    gas_weight: Annotated[float, Field(gt=0, le=100)] = 1.0
    gas_result: Annotated[int, Field(ge=-2, le=2)] | None = None
    gas_importance: Annotated[int, Field(ge=1, le=3)] | None = None
    """GAS weight part (1-3); weight = importance × difficulty when both are set."""
    gas_difficulty: Annotated[int, Field(ge=1, le=3)] | None = None
    shared_with_relatives: bool = False
    private: bool = False
    """Health details etc.: not on the shared screen unless revealed."""

    @model_validator(mode="after")
    def _check_period(self) -> "Goal":
        _period_ok(self.start_date, self.end_date)
        return self


class GoalRevision(Editable):
    """An earlier wording of a goal, kept when the goal is revised."""

    __table__ = "goal_revision"
    __parent__ = ("goal_id", "goal")

    goal_id: int
    text: str
    rationale: str = ""
    replaced_at: datetime
    reason: Text = ""


class Activity(Editable):
    """An activity/tiltag under a goal: what is done, by whom, where."""

    __table__ = "activity"
    __parent__ = ("goal_id", "goal")

    goal_id: int
    text: RequiredText
    who: Text = ""
    place: Text = ""
    short_term_aim: Text = ""
    position: int = 0


class Participant(Editable):
    """A person with a role in the plan."""

    __table__ = "participant"
    __parent__ = ("plan_id", "plan")

    plan_id: int
    name: RequiredText
    role: Role
    organisation: Text = ""
    contact_info: Text = ""
    email: Email = ""
    """Where mail drafts (`rundbord export mail`) and calendar attendees go; optional."""
    active: bool = True
    shared_with_relatives: bool = False
    """Relatives may see who this is (with consent); they always see the citizen and themselves."""


class Meeting(Editable):
    __table__ = "meeting"
    __parent__ = ("plan_id", "plan")

    plan_id: int
    kind: str
    """Code of a meeting kind in the catalogue (meeting kinds are data)."""
    date: Date
    time: TimeOfDay = ""
    place: Text = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    next_meeting_date: Date | None = None
    current_item_id: int | None = None
    closed_at: datetime | None = None


class MeetingParticipant(Editable):
    __table__ = "meeting_participant"
    __parent__ = ("meeting_id", "meeting")

    meeting_id: int
    participant_id: int


class AgendaItem(Editable):
    __table__ = "agenda_item"
    __parent__ = ("meeting_id", "meeting")

    meeting_id: int
    position: int = 0
    title: RequiredText
    part: str = "free"
    """Which screen part runs this item (review, scaling, smtte, checklist ...)."""
    notes: Text = ""
    decisions: Text = ""
    done: bool = False
    shared_with_relatives: bool = False
    private: bool = False


class Addendum(Editable):
    """A dated correction to a closed meeting's minutes."""

    __table__ = "addendum"
    __parent__ = ("meeting_id", "meeting")

    meeting_id: int
    text: RequiredText
    created_at: datetime


class Note(Editable):
    """A short note on the plan (optionally from a meeting)."""

    __table__ = "note"
    __parent__ = ("plan_id", "plan")

    plan_id: int
    meeting_id: int | None = None
    goal_id: int | None = None
    text: RequiredText
    created_at: datetime | None = None
    shared_with_relatives: bool = False
    private: bool = False


class Agreement(Editable):
    """Who does what, by when (progressionsaftale)."""

    __table__ = "agreement"
    __parent__ = ("plan_id", "plan")

    plan_id: int
    who_id: int
    """The participant who carries it out."""
    what: RequiredText
    due_date: Date | None = None
    repeat: RepeatCode = ""
    """A "when" that repeats ("hver torsdag"), instead of a due date."""
    position: int = 0
    status: AgreementStatus = AgreementStatus.OPEN
    cancel_reason: Text = ""
    goal_id: int | None = None
    meeting_id: int | None = None
    """The meeting it was made in."""
    carried_over: Annotated[int, Field(ge=0)] = 0
    target_from: Score | None = None
    target_to: Score | None = None
    created_at: datetime | None = None
    done_at: Date | None = None
    shared_with_relatives: bool = False
    private: bool = False

    @model_validator(mode="after")
    def _check(self) -> "Agreement":
        if self.status is AgreementStatus.CANCELLED and not self.cancel_reason.strip():
            raise PydanticCustomError("cancel_reason", "Skriv hvorfor aftalen udgår.")
        return self


class AgreementEvent(Editable):
    """One decision in an agreement's history."""

    __table__ = "agreement_event"
    __parent__ = ("agreement_id", "agreement")

    agreement_id: int
    meeting_id: int | None = None
    at: datetime
    decision: Decision
    old_what: str = ""
    new_what: str = ""
    old_due: Date | None = None
    new_due: Date | None = None
    reason: Text = ""


class ScaleReading(Editable):
    """One person's score for one goal at one time (1 = far away, 10 = the goal)."""

    __table__ = "scale_reading"
    __parent__ = ("goal_id", "goal")

    goal_id: int
    meeting_id: int | None = None
    participant_id: int | None = None
    """Who gave the score (None: the agreed value of the room)."""
    date: Date
    score: Score
    note: Text = ""
    private: bool = False


class Observation(Editable):
    """A sign (tegn) of progress, documented day to day (SMTTE)."""

    __table__ = "observation"
    __parent__ = ("goal_id", "goal")

    goal_id: int
    date: Date
    text: RequiredText
    observer: Text = ""
    participant_id: int | None = None
    shared_with_relatives: bool = False
    private: bool = False


class PdsaCycle(Editable):
    """A small trial of new practice: Plan, Do, Study, Act."""

    __table__ = "pdsa_cycle"
    __parent__ = ("goal_id", "goal")

    goal_id: int
    meeting_id: int | None = None
    date: Date
    plan: RequiredText
    do: Text = ""
    study: Text = ""
    act: Text = ""


class FrozenMinutes(Record):
    """Minutes stored when a meeting is closed: exported byte for byte afterwards."""

    __table__ = "frozen_minutes"
    __parent__ = ("meeting_id", "meeting")

    meeting_id: int
    audience: Audience
    text: str
    sha256: str
    created_at: datetime
    chain_row: int | None = None
    """The audit log's last row when the meeting was closed (0: none yet); None in older files."""
    chain_head: str | None = None
    """That row's hash: the copy carries it in its last line, so a copy filed elsewhere proves the log."""


class AuditEntry(Record):
    """One changed field. Append-only; each row hashes the row before it."""

    __table__ = "audit_log"

    at: datetime
    user: str
    action: AuditAction
    table_name: str
    record_id: int
    field: str
    old_value: str | None = None
    new_value: str | None = None
    citizen_id: int | None = None
    prev_hash: str
    hash: str
    key_id: str | None = None
    """The id of the key the row's HMAC was made with; None: an unkeyed row from before schema 7."""


class ViewState(Record):
    """What the facilitator's app is showing; the live view follows it (one row)."""

    __table__ = "view_state"

    citizen_id: int | None = None
    meeting_id: int | None = None
    agenda_item_id: int | None = None
    goal_id: int | None = None
    revealed: str = ""
    """Comma-separated "table:id" keys of private items revealed on purpose."""
    updated_at: datetime | None = None

    @property
    def revealed_keys(self) -> list[str]:
        """The "table:id" keys in `revealed`, in the order they were revealed."""
        return [k for k in self.revealed.split(",") if k]


# -- the record of consent, evaluation and ticked parts (issue 17) -----------------
class Consent(Editable):
    """Consent to share items with an audience: who gave it, when, until when, recorded by whom.

    The items it covers are its `ConsentItem` rows. Withdrawing it (or one
    item) takes effect at once in every later copy and on the shared screen;
    closed meetings' frozen minutes stay as they were and say so.
    """

    __table__ = "consent"
    __parent__ = ("plan_id", "plan")

    plan_id: int
    audience: Audience = Audience.RELATIVE
    given_by_id: int | None = None
    """The participant who consented: the citizen, or who holds the right to decide."""
    given_by: RequiredText
    """Their name as it was when they consented (kept if the participant is removed later)."""
    capacity: ConsentCapacity = ConsentCapacity.CITIZEN
    given_on: Date
    valid_until: Date | None = None
    note: Text = ""
    """What was said, in words (the scope as the citizen put it)."""
    meeting_id: int | None = None
    recorded_by: str
    recorded_at: datetime
    withdrawn_at: datetime | None = None
    withdrawn_by: str = ""
    withdrawn_reason: Text = ""

    @model_validator(mode="after")
    def _check_period(self) -> "Consent":
        if self.valid_until is not None and self.valid_until < self.given_on:
            raise PydanticCustomError("consent_period_order", "Samtykket kan ikke udløbe, før det er givet.")
        return self


class ConsentItem(Editable):
    """One item a consent covers ("goal:12", "agreement:7", ...)."""

    __table__ = "consent_item"
    __parent__ = ("consent_id", "consent")

    consent_id: int
    item: str
    """The item's key, "table:id" (the same keys the shared screen reveals)."""
    added_at: datetime
    added_by: str
    withdrawn_at: datetime | None = None
    withdrawn_by: str = ""


class GoalEvaluation(Editable):
    """A goal's evaluation (vurdering) at one meeting: kept as history, dated, with who wrote it."""

    __table__ = "goal_evaluation"
    __parent__ = ("goal_id", "goal")

    goal_id: int
    meeting_id: int | None = None
    date: Date
    text: RequiredText
    author_id: int | None = None
    """The participant whose evaluation it is (None: the room's)."""
    recorded_by: str = ""
    recorded_at: datetime | None = None


class SmtteEvaluation(Editable):
    """One round of a goal's SMTTE evaluation, with its date (the rounds are kept, never overwritten)."""

    __table__ = "smtte_evaluation"
    __parent__ = ("goal_id", "goal")

    goal_id: int
    meeting_id: int | None = None
    date: Date
    text: RequiredText
    next_due: Date | None = None
    recorded_by: str = ""
    recorded_at: datetime | None = None


class ScalingAnswers(Editable):
    """The scaling conversation's answers for one goal at one meeting (the scores are its readings)."""

    __table__ = "scaling_answers"
    __parent__ = ("goal_id", "goal")

    goal_id: int
    meeting_id: int | None = None
    date: Date
    ten: Text = ""
    """Step 1: what 10 looks like (the scale's anchor)."""
    works: Text = ""
    """Step 2: what works, what has got the citizen as far as the score they gave."""
    worse: Text = ""
    """Step 3: what it would look like if things were worse (the strengths to build on)."""
    next_step: Text = ""
    """Step 4: what would move the citizen one step."""
    target: Score | None = None
    """Step 4: the score one step up ("ét trin ad gangen")."""
    recorded_by: str = ""
    recorded_at: datetime | None = None


class PartTick(Editable):
    """A required plan part the store cannot check, ticked off by a person (kept when unticked)."""

    __table__ = "part_tick"
    __parent__ = ("plan_id", "plan")

    plan_id: int
    part: str
    """The part's code in the catalogue."""
    meeting_id: int | None = None
    note: Text = ""
    ticked_by: str
    ticked_at: datetime
    unticked_by: str = ""
    unticked_at: datetime | None = None


ALL_MODELS: tuple[type[Record], ...] = (
    Citizen,
    Plan,
    OrderGoal,
    Goal,
    GoalRevision,
    Activity,
    Participant,
    Meeting,
    MeetingParticipant,
    AgendaItem,
    Addendum,
    Note,
    Agreement,
    AgreementEvent,
    ScaleReading,
    Observation,
    PdsaCycle,
    FrozenMinutes,
    AuditEntry,
    ViewState,
    Consent,
    ConsentItem,
    GoalEvaluation,
    SmtteEvaluation,
    ScalingAnswers,
    PartTick,
)
"""Every stored model, parents before children (creation order)."""

MODEL_BY_TABLE: dict[str, type[Record]] = {m.__table__: m for m in ALL_MODELS}
