"""The plan's meetings: kind, date, status; plan a new one; open one to run it.

| key | action |
|---|---|
| n | plan a new meeting (kind, date, time, place, participants, a new participant) |
| e | change a planned meeting (date, time, place, participants), e.g. the one planned at closing |
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
from textual.widgets.option_list import Option

from screens.i18n import t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import LocalizedBindings
from screens.widgets.plan_text import harmless, harmless_text
from store import Store
from store.dates import format_date, parse_date
from store.enums import MeetingStatus, Role
from store.errors import StoreError
from store.models import Meeting
from store import clock

from .dialogs import FormDialog, FormField
from .kinds import MeetingScreen


class MeetingListScreen(LocalizedBindings):
    """The plan's meetings, newest last; plan a new one or open one."""

    CSS_PATH = "meetings.tcss"
    BINDINGS = [
        Binding("n", "plan_meeting", "meet.key.new"),
        Binding("e", "edit_planned", "meet.key.edit_planned"),
        Binding("enter", "open_meeting", "meet.key.open", priority=True),
        Binding("escape", "back", "meet.key.back"),
    ]

    def __init__(self, store: Store, plan_id: int, *, today: date | None = None) -> None:
        super().__init__()
        self.store = store
        self.plan_id = plan_id
        self.today = today
        self.meetings: list[Meeting] = []

    def compose(self) -> ComposeResult:
        yield Static(id="list-title")
        yield OptionList(id="meetings")
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
        widget = self.query_one("#meetings", OptionList)
        old = widget.highlighted
        widget.clear_options()
        for m in self.meetings:
            kind = self.store.catalog.meeting_kinds.get(m.kind)
            label = Text(f"{format_date(m.date)} {m.time or '     '}  ", style="bold")
            label.append(f"{(kind.name if kind else m.kind):<38}")
            label.append(f"{t('meeting_status.' + m.status.value):<10}",
                         style="green" if m.status is MeetingStatus.CLOSED else "yellow")
            label.append(m.place)
            widget.add_option(Option(harmless_text(label)))
        if not self.meetings:
            widget.add_option(Option(Text(t("meet.list.empty"), style="dim"), disabled=True))
            return
        idx = next((i for i, m in enumerate(self.meetings) if m.id == select_id), None)
        widget.highlighted = idx if idx is not None else min(old or 0, len(self.meetings) - 1)

    def action_plan_meeting(self) -> None:
        kinds = [(k.name, k.code) for k in self.store.catalog.meeting_kinds.values()]
        people = self.store.participants(self.plan_id)
        roles = [(t(f"role.{r.value}"), r.value) for r in Role]
        fields = [
            FormField("kind", t("meet.dialog.kind"), kinds[0][1] if kinds else "", options=kinds),
            FormField("date", t("meet.dialog.date"), format_date(self.today or clock.today())),
            FormField("time", t("meet.dialog.time")),
            FormField("place", t("meet.dialog.place")),
            FormField("people", t("meet.dialog.participants"),
                      multi=[(f"{p.name} ({t('role.' + p.role.value)})", str(p.id), p.role is Role.CITIZEN)
                             for p in people]),
            FormField("new_name", t("meet.dialog.new_name")),
            FormField("new_role", t("meet.dialog.new_role"), Role.RELATIVE.value, options=roles),
        ]

        def submit(v: dict[str, Any]) -> Meeting:
            on = parse_date(v["date"], "date", required=True)
            assert on is not None
            ids = [int(x) for x in v["people"]]
            meeting = self.store.plan_meeting(self.plan_id, v["kind"], on, time=v["time"].strip(),
                                              place=v["place"], participant_ids=ids)
            assert meeting.id is not None
            if v["new_name"].strip():
                new = self.store.add_participant(self.plan_id, v["new_name"], v["new_role"])
                assert new.id is not None
                self.store.add_meeting_participant(meeting.id, new.id)
            return meeting

        def done(result: object) -> None:
            if isinstance(result, Meeting):
                self.refresh_list(result.id)

        self.app.push_screen(FormDialog(t("meet.dialog.plan"), fields, submit), done)

    def action_edit_planned(self) -> None:
        """Move a planned meeting or change who comes (one store call, one transaction)."""
        idx = self.query_one("#meetings", OptionList).highlighted
        if idx is None or not 0 <= idx < len(self.meetings):
            return
        m = self.meetings[idx]
        assert m.id is not None
        if m.status is not MeetingStatus.PLANNED:
            self.query_one("#message", Static).update(Text(t("meet.list.not_planned")))
            return
        coming = {p.id for p in self.store.meeting_participants(m.id)}
        people = self.store.participants(self.plan_id)
        fields = [
            FormField("date", t("meet.dialog.date"), format_date(m.date)),
            FormField("time", t("meet.dialog.time"), m.time),
            FormField("place", t("meet.dialog.place"), m.place),
            FormField("people", t("meet.dialog.participants"),
                      multi=[(f"{p.name} ({t('role.' + p.role.value)})", str(p.id), p.id in coming) for p in people]),
        ]
        meeting_id = m.id

        def submit(v: dict[str, Any]) -> Meeting:
            return self.store.update_planned_meeting(meeting_id, on=v["date"], time=v["time"], place=v["place"],
                                                     participant_ids=[int(x) for x in v["people"]])

        def done(result: object) -> None:
            if isinstance(result, Meeting):
                self.refresh_list(result.id)

        self.app.push_screen(FormDialog(t("meet.dialog.edit_planned"), fields, submit), done)

    def action_open_meeting(self) -> None:
        idx = self.query_one("#meetings", OptionList).highlighted
        if idx is None or not 0 <= idx < len(self.meetings):
            return
        m = self.meetings[idx]
        assert m.id is not None
        if m.status is MeetingStatus.PLANNED:
            try:
                self.store.open_meeting(m.id)
            except StoreError as exc:
                self.query_one("#message", Static).update(Text(harmless(exc.message)))
                return
        self.app.push_screen(MeetingScreen(self.store, m.id), lambda _: self.refresh_list(m.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open_meeting()

    def action_back(self) -> None:
        self.dismiss(None)
