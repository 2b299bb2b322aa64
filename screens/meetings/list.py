"""The plan's meetings: number, date, kind, status; plan, correct or delete one; open one to run it.

| key | action |
|---|---|
| n | plan a new meeting (kind, date, time, place, participants, a new participant) |
| e | correct the selected planned meeting (the same fields); on another one it says why not |
| delete | delete the selected planned meeting that was never held (asks first); on another one it says why not |
| ctrl+z | undo the last delete |
| enter | open the meeting (a planned one starts; a closed one opens read-only) |
| escape | back |
"""
from __future__ import annotations

from datetime import date
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static

from screens.forms import ConfirmScreen, Field, QuickForm
from screens.i18n import error_text, t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import LocalizedBindings
from screens.widgets.marked_list import MarkedOptionList
from screens.widgets.plan_text import harmless, harmless_text
from store import Store
from store.clock import today
from store.dates import format_date
from store.enums import MeetingStatus
from store.errors import StoreError
from store.models import Meeting
from store.removal import Removed

from .frame import new_participant, participant_fields
from .kinds import MeetingScreen


class MeetingListScreen(LocalizedBindings):
    """The plan's meetings, oldest first; plan, correct, delete or open one."""

    CSS_PATH = "meetings.tcss"
    BINDINGS = [
        Binding("n", "plan_meeting", "meet.key.new"),
        Binding("e", "edit_meeting", "meet.key.edit_meeting"),
        Binding("delete", "delete_meeting", "meet.key.delete_meeting"),
        Binding("ctrl+z", "undo", "meet.key.undo", show=False),
        Binding("enter", "open_meeting", "meet.key.open", priority=True),
        Binding("escape", "back", "meet.key.back"),
    ]

    def __init__(self, store: Store, plan_id: int, *, today: date | None = None) -> None:
        super().__init__()
        self.store = store
        self.plan_id = plan_id
        self.today = today
        self.meetings: list[Meeting] = []
        self.undo_stack: list[Removed] = []

    def compose(self) -> ComposeResult:
        yield Static(id="list-title")
        yield MarkedOptionList(id="meetings")
        yield Static(id="message")
        yield KeyBar(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("meet.list.title")
        plan = self.store.get_plan(self.plan_id)
        name = self.store.get_citizen(plan.citizen_id).name
        self.query_one("#list-title", Static).update(Text(harmless(t("meet.list.header", name=name)), style="bold"))
        self.refresh_list()
        self.query_one("#meetings", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_list()

    def refresh_list(self, select_id: int | None = None) -> None:
        self.meetings = self.store.meetings(self.plan_id)
        widget = self.query_one("#meetings", MarkedOptionList)
        old = widget.highlighted
        labels: list[Text] = []
        catalogue = self.store.catalog.meeting_kinds
        names = {m.id: catalogue[m.kind].name if m.kind in catalogue else m.kind for m in self.meetings}
        numbers = {m.id: t("meet.number_short", number=m.id) for m in self.meetings}
        name_width = max((len(n) for n in names.values()), default=0)
        number_width = max((len(n) for n in numbers.values()), default=0)
        for m in self.meetings:
            label = Text(f"{numbers[m.id]:<{number_width}}  ", style="bold")
            label.append(f"{format_date(m.date)} {m.time or '     '}  ", style="bold")
            label.append(f"{names[m.id]:<{name_width}}  ")
            label.append(f"{t('meeting_status.' + m.status.value):<10} ",
                         style="green" if m.status is MeetingStatus.CLOSED else "yellow")
            label.append(m.place)
            labels.append(harmless_text(label))
        if not self.meetings:
            widget.set_prompts([Text(t("meet.list.empty"), style="dim")], None, disabled=[True])
            self.refresh_bindings()
            return
        idx = next((i for i, m in enumerate(self.meetings) if m.id == select_id), None)
        widget.set_prompts(labels, idx if idx is not None else min(old or 0, len(self.meetings) - 1))
        self.refresh_bindings()

    def selected(self) -> Meeting | None:
        idx = self.query_one("#meetings", OptionList).highlighted
        if idx is None or not 0 <= idx < len(self.meetings):
            return None
        return self.meetings[idx]

    def show_message(self, text: str) -> None:
        self.query_one("#message", Static).update(Text(harmless(text), style="bold"))

    # -- plan, correct, delete --------------------------------------------------------------
    def _fields(self, meeting: Meeting | None) -> list[Field]:
        kinds = [(k.name, k.code) for k in self.store.catalog.meeting_kinds.values()]
        people = [p for p in self.store.participants(self.plan_id) if p.active]
        if meeting is None or meeting.id is None:
            chosen = {p.id for p in people if p.role.value == "citizen"}
            on = ""  # typed, never appended to a guess: the cursor waits in an empty date field
        else:
            chosen = {p.id for p in self.store.meeting_participants(meeting.id)}
            on = format_date(meeting.date)
        return [
            Field("kind", t("meet.dialog.kind"), meeting.kind if meeting else (kinds[0][1] if kinds else ""),
                  kind="choice", options=kinds),
            Field("date", t("meet.dialog.date"), on, kind="date", row="when"),
            Field("time", t("meet.dialog.time"), meeting.time if meeting else "", placeholder=t("meet.dialog.time_placeholder"), row="when"),
            Field("place", t("meet.dialog.place"), meeting.place if meeting else "", row="when"),
            *participant_fields(people, chosen),
        ]

    def _values(self, v: dict[str, Any]) -> dict[str, Any]:
        version = {"expected_version": v["expected_version"]} if "expected_version" in v else {}
        return dict(kind=v["kind"], on=v["date"], time=v["time"].strip(), place=v["place"],
                    participant_ids=[int(x) for x in v["people"]], new_participant=new_participant(v), **version)

    def action_plan_meeting(self) -> None:
        def done(result: object) -> None:
            if isinstance(result, Meeting):
                self.refresh_list(result.id)

        self.app.push_screen(
            QuickForm(t("meet.dialog.plan"), self._fields(None),
                      lambda v: self.store.plan_meeting(self.plan_id, **self._values(v)), classes="plan-meeting"),
            done,
        )

    def action_edit_meeting(self) -> None:
        m = self.selected()
        if m is None or m.id is None:
            return
        if m.status is not MeetingStatus.PLANNED:
            self.show_message(t("meet.msg.only_planned_edit"))
            return
        mid = m.id

        def done(result: object) -> None:
            if isinstance(result, Meeting):
                self.refresh_list(result.id)
                self.notify(t("meet.msg.meeting_corrected"))

        self.app.push_screen(
            QuickForm(t("meet.dialog.edit_meeting", number=mid), self._fields(m),
                      lambda v: self.store.edit_meeting(mid, **self._values(v)), classes="plan-meeting", record=m),
            done,
        )

    def action_delete_meeting(self) -> None:
        m = self.selected()
        if m is None or m.id is None:
            return
        if m.status is not MeetingStatus.PLANNED:
            self.show_message(t("meet.msg.only_planned_delete"))
            return
        mid = m.id
        kind = self.store.catalog.meeting_kinds.get(m.kind)
        question = t("meet.dialog.delete_meeting", number=mid, kind=kind.name if kind else m.kind,
                     date=format_date(m.date))

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.undo_stack.append(self.store.delete_meeting(mid))
            except StoreError as exc:
                self.show_message(error_text(exc))
                return
            self.refresh_list()
            self.notify(t("meet.msg.meeting_deleted"))

        self.app.push_screen(ConfirmScreen(question), answered)

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify(t("plan.nothing_to_undo"), severity="warning")
            return
        removed = self.undo_stack[-1]
        try:
            self.store.restore(removed)
        except StoreError as exc:  # a read-only file, a full disk: nothing restored, the undo kept
            self.show_message(error_text(exc))
            return
        self.undo_stack.pop()
        self.refresh_list(removed.record_id)
        self.notify(t("plan.undone"))

    # -- open ------------------------------------------------------------------------------------
    def action_open_meeting(self) -> None:
        m = self.selected()
        if m is None or m.id is None:
            return
        mid = m.id
        if m.status is MeetingStatus.PLANNED and m.date <= (self.today or today()):
            try:
                self.store.open_meeting(mid)
            except StoreError as exc:  # not ready, a read-only file, busy: said in place
                self.show_message(error_text(exc))
                return
        self.app.push_screen(MeetingScreen(self.store, mid), lambda _: self.refresh_list(mid))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open_meeting()

    def action_back(self) -> None:
        self.dismiss(None)
