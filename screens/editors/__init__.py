"""The editors for every record: modal screens returning the saved record or None.

Each is a `screens.forms.FormScreen` (the one form system: fields, errors,
keys, focus); strings in `screens/strings/editors.py`.
"""
from __future__ import annotations

from .activity import ActivityEditor
from .agreement import AgreementEditor
from .citizen import CitizenEditor
from .goal import GoalEditor
from .history import GoalHistoryScreen
from .observation import ObservationEditor
from .overall_goal import OverallGoalEditor
from .participant import ParticipantEditor
from .scale_reading import ScaleReadingEditor

__all__ = [
    "ActivityEditor",
    "AgreementEditor",
    "CitizenEditor",
    "GoalEditor",
    "GoalHistoryScreen",
    "ObservationEditor",
    "OverallGoalEditor",
    "ParticipantEditor",
    "ScaleReadingEditor",
]
