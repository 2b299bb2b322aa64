"""Rows read back as plain named tuples, without pydantic: the read path of the command line's exports.

Every record was validated by its pydantic model when it was written, so what a
command that only reads needs is SQLite's storage turned back into Python values
(ISO text into `date` and `datetime`, 0/1 into `bool`, a code into its `Enum`).
Each class here is one model's fields, in the model's order, with how a stored
value becomes the model's value and the model's default (for a column an older
file lacks). Pydantic stays the one description of the schema:
tests/store/test_row_types.py holds these fields, conversions and defaults equal to the
models' and the rows equal to the models `Database.select` reads. Importing this
module costs a few milliseconds; `store.models` costs ~100 ms (pydantic with it).

For the type checker a row class *is* its model (the same fields, which is all a
reader uses: no `model_copy`, no validation), so the renderers keep their one set of
annotations. `Database.select` (`rows_of`) reads these on the full store too, so the
gathering code is the same on both paths.

A row that cannot be read this way (text where a date belongs: a file edited by
hand) raises `UnreadableRow`; the command then opens the full store, whose
validation reports it as before.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from .enums import (
    AgreementStatus,
    Area,
    Audience,
    AuditAction,
    ConsentCapacity,
    Decision,
    GoalLevel,
    GoalStatus,
    MeetingStatus,
    Role,
)

Convert = Callable[[Any], Any]
Field = tuple[str, "Convert | None", Any]
"""(name, how a stored value becomes the model's value (None: as stored), the model's default)."""


class UnreadableRow(ValueError):
    """A stored value the plain read path cannot turn into its field's type."""


def _bool(value: Any) -> bool:
    if value not in (0, 1):
        raise ValueError(value)
    return bool(value)


def _date(value: Any) -> date:
    if type(value) is not str or len(value) != 10:
        raise ValueError(value)
    return date.fromisoformat(value)


def _datetime(value: Any) -> datetime:
    if type(value) is not str:
        raise ValueError(value)
    return datetime.fromisoformat(value)


class RowSpec(NamedTuple):
    table: str
    parent: tuple[str, str] | None
    fields: tuple[Field, ...]


SPECS: dict[str, RowSpec] = {}
"""Class name -> what it reads (the test compares it with the models)."""


def _declare(name: str, table: str, parent: tuple[str, str] | None, fields: tuple[Field, ...]) -> None:
    """One model's row: what it reads now (cheap), its class when first used (`__getattr__`)."""
    SPECS[name] = RowSpec(table, parent, fields)


def _row_class(name: str) -> Any:
    """A named tuple of the model's fields, named like the model, with its table and parent link."""
    table, parent, fields = SPECS[name]
    base: Any = NamedTuple(name, [(f, Any) for f, _, _ in fields])  # type: ignore[misc]
    cls = type(name, (base,), {
        "__slots__": (), "__table__": table, "__parent__": parent, "__module__": __name__,
        "__row_fields__": fields, "model_copy": _model_copy,
    })
    cls.__new__.__defaults__ = tuple(d for _, _, d in fields)
    return cls


def __getattr__(name: str) -> Any:
    """Each row class is made when first used (26 named tuples at once cost ~4 ms of every start)."""
    if name not in SPECS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    cls = globals()[name] = _row_class(name)
    return cls


def _model_copy(self: Any, *, update: dict[str, Any] | None = None) -> Any:
    """The row with some values replaced, as `BaseModel.model_copy(update=...)` (not validated either)."""
    return self._replace(**update) if update else self


def plain_rows(cls: Any, names: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[Any]:
    """Rows of the columns `names` (the table's, in the model's order) as `cls`'s named tuples."""
    fields: tuple[Field, ...] = cls.__row_fields__
    converts = [(i, c) for i, (n, c) in enumerate(_ordered(fields, names)) if c is not None]
    complete = len(names) == len(fields)
    make = cls._make
    out: list[Any] = []
    try:
        for row in rows:
            values = list(row)
            for i, convert in converts:
                value = values[i]
                if value is not None:
                    values[i] = convert(value)
            out.append(make(values) if complete else cls(**dict(zip(names, values))))
    except (TypeError, ValueError) as exc:
        raise UnreadableRow(f"{cls.__table__}: {exc}") from exc
    return out


def _ordered(fields: tuple[Field, ...], names: Sequence[str]) -> list[tuple[str, Convert | None]]:
    by_name = {n: c for n, c, _ in fields}
    return [(n, by_name[n]) for n in names]


if TYPE_CHECKING:  # a row is read like its model (see the module's docstring)
    from .models import (
        Activity,
        Addendum,
        AgendaItem,
        Agreement,
        AgreementEvent,
        AuditEntry,
        Citizen,
        Consent,
        ConsentItem,
        FrozenMinutes,
        Goal,
        GoalEvaluation,
        GoalRevision,
        Meeting,
        MeetingParticipant,
        Note,
        Observation,
        OrderGoal,
        Participant,
        PartTick,
        PdsaCycle,
        Plan,
        ScaleReading,
        ScalingAnswers,
        SmtteEvaluation,
        ViewState,
    )
else:
    _declare(
        'Citizen', 'citizen', None,
        (
            ('id', None, None),
            ('version', None, 1),
            ('name', None, None),
            ('values', None, ''),
            ('strengths', None, ''),
            ('mentor_needed', _bool, False),
            ('mentor_role', None, ''),
            ('created_at', _datetime, None),
        ),
    )

    _declare(
        'Plan', 'plan', ('citizen_id', 'citizen'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('citizen_id', None, None),
            ('plan_type', None, None),
            ('overall_goal', None, ''),
            ('goal_level', GoalLevel, GoalLevel.PURPOSE),
            ('start_date', _date, None),
            ('end_date', _date, None),
            ('follow_up', None, ''),
            ('purpose', None, ''),
            ('support_needed', None, ''),
            ('expected_duration', None, ''),
            ('other_matters', None, ''),
            ('made_with_citizen', _bool, False),
            ('order_text', None, ''),
        ),
    )

    _declare(
        'OrderGoal', 'order_goal', ('plan_id', 'plan'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('plan_id', None, None),
            ('text', None, None),
            ('position', None, 0),
        ),
    )

    _declare(
        'Goal', 'goal', ('plan_id', 'plan'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('plan_id', None, None),
            ('area', Area, None),
            ('text', None, None),
            ('rationale', None, ''),
            ('start_date', _date, None),
            ('end_date', _date, None),
            ('status', GoalStatus, GoalStatus.ACTIVE),
            ('position', None, 0),
            ('evaluation', None, ''),
            ('scale_anchor', None, ''),
            ('smart_specific', None, ''),
            ('smart_measurable', None, ''),
            ('smart_accepted', None, ''),
            ('smart_realistic', None, ''),
            ('smart_timed', None, ''),
            ('smtte_context', None, ''),
            ('smtte_signs', None, ''),
            ('smtte_actions', None, ''),
            ('smtte_evaluation', None, ''),
            ('smtte_due', _date, None),
            ('order_goal_id', None, None),
            ('gas_minus2', None, ''),
            ('gas_minus1', None, ''),
            ('gas_zero', None, ''),
            ('gas_plus1', None, ''),
            ('gas_plus2', None, ''),
            ('gas_weight', float, 1.0),
            ('gas_result', None, None),
            ('gas_importance', None, None),
            ('gas_difficulty', None, None),
            ('shared_with_relatives', _bool, False),
            ('private', _bool, False),
        ),
    )

    _declare(
        'GoalRevision', 'goal_revision', ('goal_id', 'goal'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('goal_id', None, None),
            ('text', None, None),
            ('rationale', None, ''),
            ('replaced_at', _datetime, None),
            ('reason', None, ''),
        ),
    )

    _declare(
        'Activity', 'activity', ('goal_id', 'goal'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('goal_id', None, None),
            ('text', None, None),
            ('who', None, ''),
            ('place', None, ''),
            ('short_term_aim', None, ''),
            ('position', None, 0),
        ),
    )

    _declare(
        'Participant', 'participant', ('plan_id', 'plan'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('plan_id', None, None),
            ('name', None, None),
            ('role', Role, None),
            ('organisation', None, ''),
            ('contact_info', None, ''),
            ('email', None, ''),
            ('active', _bool, True),
            ('shared_with_relatives', _bool, False),
        ),
    )

    _declare(
        'Meeting', 'meeting', ('plan_id', 'plan'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('plan_id', None, None),
            ('kind', None, None),
            ('date', _date, None),
            ('time', None, ''),
            ('place', None, ''),
            ('status', MeetingStatus, MeetingStatus.PLANNED),
            ('next_meeting_date', _date, None),
            ('current_item_id', None, None),
            ('closed_at', _datetime, None),
        ),
    )

    _declare(
        'MeetingParticipant', 'meeting_participant', ('meeting_id', 'meeting'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('meeting_id', None, None),
            ('participant_id', None, None),
        ),
    )

    _declare(
        'AgendaItem', 'agenda_item', ('meeting_id', 'meeting'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('meeting_id', None, None),
            ('position', None, 0),
            ('title', None, None),
            ('part', None, 'free'),
            ('notes', None, ''),
            ('decisions', None, ''),
            ('done', _bool, False),
            ('shared_with_relatives', _bool, False),
            ('private', _bool, False),
        ),
    )

    _declare(
        'Addendum', 'addendum', ('meeting_id', 'meeting'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('meeting_id', None, None),
            ('text', None, None),
            ('created_at', _datetime, None),
        ),
    )

    _declare(
        'Note', 'note', ('plan_id', 'plan'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('plan_id', None, None),
            ('meeting_id', None, None),
            ('goal_id', None, None),
            ('text', None, None),
            ('created_at', _datetime, None),
            ('shared_with_relatives', _bool, False),
            ('private', _bool, False),
        ),
    )

    _declare(
        'Agreement', 'agreement', ('plan_id', 'plan'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('plan_id', None, None),
            ('who_id', None, None),
            ('what', None, None),
            ('due_date', _date, None),
            ('repeat', None, ''),
            ('position', None, 0),
            ('status', AgreementStatus, AgreementStatus.OPEN),
            ('cancel_reason', None, ''),
            ('goal_id', None, None),
            ('meeting_id', None, None),
            ('carried_over', None, 0),
            ('target_from', None, None),
            ('target_to', None, None),
            ('created_at', _datetime, None),
            ('done_at', _date, None),
            ('shared_with_relatives', _bool, False),
            ('private', _bool, False),
        ),
    )

    _declare(
        'AgreementEvent', 'agreement_event', ('agreement_id', 'agreement'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('agreement_id', None, None),
            ('meeting_id', None, None),
            ('at', _datetime, None),
            ('decision', Decision, None),
            ('old_what', None, ''),
            ('new_what', None, ''),
            ('old_due', _date, None),
            ('new_due', _date, None),
            ('reason', None, ''),
        ),
    )

    _declare(
        'ScaleReading', 'scale_reading', ('goal_id', 'goal'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('goal_id', None, None),
            ('meeting_id', None, None),
            ('participant_id', None, None),
            ('date', _date, None),
            ('score', None, None),
            ('note', None, ''),
            ('private', _bool, False),
        ),
    )

    _declare(
        'Observation', 'observation', ('goal_id', 'goal'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('goal_id', None, None),
            ('date', _date, None),
            ('text', None, None),
            ('observer', None, ''),
            ('participant_id', None, None),
            ('shared_with_relatives', _bool, False),
            ('private', _bool, False),
        ),
    )

    _declare(
        'PdsaCycle', 'pdsa_cycle', ('goal_id', 'goal'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('goal_id', None, None),
            ('meeting_id', None, None),
            ('date', _date, None),
            ('plan', None, None),
            ('do', None, ''),
            ('study', None, ''),
            ('act', None, ''),
        ),
    )

    _declare(
        'FrozenMinutes', 'frozen_minutes', ('meeting_id', 'meeting'),
        (
            ('id', None, None),
            ('meeting_id', None, None),
            ('audience', Audience, None),
            ('text', None, None),
            ('sha256', None, None),
            ('created_at', _datetime, None),
            ('chain_row', None, None),
            ('chain_head', None, None),
        ),
    )

    _declare(
        'AuditEntry', 'audit_log', None,
        (
            ('id', None, None),
            ('at', _datetime, None),
            ('user', None, None),
            ('action', AuditAction, None),
            ('table_name', None, None),
            ('record_id', None, None),
            ('field', None, None),
            ('old_value', None, None),
            ('new_value', None, None),
            ('citizen_id', None, None),
            ('prev_hash', None, None),
            ('hash', None, None),
            ('key_id', None, None),
        ),
    )

    _declare(
        'ViewState', 'view_state', None,
        (
            ('id', None, None),
            ('citizen_id', None, None),
            ('meeting_id', None, None),
            ('agenda_item_id', None, None),
            ('goal_id', None, None),
            ('revealed', None, ''),
            ('updated_at', _datetime, None),
        ),
    )

    _declare(
        'Consent', 'consent', ('plan_id', 'plan'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('plan_id', None, None),
            ('audience', Audience, Audience.RELATIVE),
            ('given_by_id', None, None),
            ('given_by', None, None),
            ('capacity', ConsentCapacity, ConsentCapacity.CITIZEN),
            ('given_on', _date, None),
            ('valid_until', _date, None),
            ('note', None, ''),
            ('meeting_id', None, None),
            ('recorded_by', None, None),
            ('recorded_at', _datetime, None),
            ('withdrawn_at', _datetime, None),
            ('withdrawn_by', None, ''),
            ('withdrawn_reason', None, ''),
        ),
    )

    _declare(
        'ConsentItem', 'consent_item', ('consent_id', 'consent'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('consent_id', None, None),
            ('item', None, None),
            ('added_at', _datetime, None),
            ('added_by', None, None),
            ('withdrawn_at', _datetime, None),
            ('withdrawn_by', None, ''),
        ),
    )

    _declare(
        'GoalEvaluation', 'goal_evaluation', ('goal_id', 'goal'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('goal_id', None, None),
            ('meeting_id', None, None),
            ('date', _date, None),
            ('text', None, None),
            ('author_id', None, None),
            ('recorded_by', None, ''),
            ('recorded_at', _datetime, None),
        ),
    )

    _declare(
        'SmtteEvaluation', 'smtte_evaluation', ('goal_id', 'goal'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('goal_id', None, None),
            ('meeting_id', None, None),
            ('date', _date, None),
            ('text', None, None),
            ('next_due', _date, None),
            ('recorded_by', None, ''),
            ('recorded_at', _datetime, None),
        ),
    )

    _declare(
        'ScalingAnswers', 'scaling_answers', ('goal_id', 'goal'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('goal_id', None, None),
            ('meeting_id', None, None),
            ('date', _date, None),
            ('ten', None, ''),
            ('works', None, ''),
            ('worse', None, ''),
            ('next_step', None, ''),
            ('target', None, None),
            ('recorded_by', None, ''),
            ('recorded_at', _datetime, None),
        ),
    )

    _declare(
        'PartTick', 'part_tick', ('plan_id', 'plan'),
        (
            ('id', None, None),
            ('version', None, 1),
            ('plan_id', None, None),
            ('part', None, None),
            ('meeting_id', None, None),
            ('note', None, ''),
            ('ticked_by', None, None),
            ('ticked_at', _datetime, None),
            ('unticked_by', None, ''),
            ('unticked_at', _datetime, None),
        ),
    )
