"""The meeting screen: the agenda on the left, the current item's part on the right, notes under it.

The frame holds the rooms: what the meeting is (`context.MeetingContext`),
the part of the current agenda item (`parts/`, chosen by the item's `part`),
the agenda's own editing (`agenda.py`). The kind screens (kinds.py) only
change the guide line and, for relatives, what may be shown.

| key | where | action |
|---|---|---|
| up/down | agenda, rows | move; the projector follows |
| tab | | agenda → rows → notes → decisions |
| (the part's keys) | the current item | see `parts/*.py`: review u/f/e/x, scaling s/t/a/q, ... |
| m | | who takes part (add or remove participants) |
| c | | who may see the current agenda item's notes: private, internal, shared (the consent question) |
| j | | a meeting note, private, internal or shared (the consent question) |
| k | | close the meeting (the next meeting: date, time, place, kind, participants) |
| i | closed | addendum |
| + / delete / shift+up / shift+down / f2 | agenda | add / remove / move / rename item |
| r | | minutes preview |
| v | | mirror: the shared screen full screen (escape comes back) |
| escape | | back (the projector leaves the meeting too); in a notes field: to the agenda |
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import OptionList, Static, TextArea

from screens.forms import ConfirmScreen, Field, QuickForm
from screens.i18n import error_text, t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import LocalizedBindings
from screens.widgets.marked_list import MarkedOptionList
from screens.widgets.plan_text import harmless, harmless_text
from screens.widgets.view_focus import publish_focus
from store import Store
from store.dates import format_date, parse_date
from store.enums import Audience, MeetingStatus, Role, Sharing
from store.errors import ClosedMeetingError, ReadOnlyDatabase, StoreError
from store.exports.visibility import Sight
from store.models import AgendaItem, Goal, Meeting, Note, Participant
from store.notes import sharing_of

from .agenda import AGENDA_ACTIONS, AGENDA_BINDINGS, AgendaEditing
from .context import MeetingContext, short
from .parts import PARTS, Part, part_class


def _part_bindings() -> list[BindingType]:
    """One binding per (key, action) that any part offers; `check_action` enables the current part's."""
    seen: set[tuple[str, str]] = set()
    out: list[BindingType] = []
    for cls in PARTS.values():
        for k in cls.KEYS:
            if (k.key, k.action) not in seen:
                seen.add((k.key, k.action))
                out.append(Binding(k.key, f"part('{k.action}')", k.description, show=k.show))
    return out


CLOSED_ACTIONS = {"back", "addendum", "minutes", "mirror", "export"}
"""What a closed meeting offers: read, add an addendum, see and export the minutes, mirror."""
FRAME_CHANGE_KEYS = {"k", "m", "c", "j"}


def change_keys() -> set[str]:
    """Keys that change an open meeting; on a closed one they are refused with a message."""
    keys = {k.key for cls in PARTS.values() for k in cls.KEYS} | FRAME_CHANGE_KEYS
    return keys | {str(b.key) for b in AGENDA_BINDINGS if isinstance(b, Binding)}


class MeetingFrame(LocalizedBindings):
    """Runs one meeting through its agenda. Subclasses set GUIDE and RELATIVES_ONLY."""

    CSS_PATH = "meetings.tcss"
    GUIDE = "meet.guide.network"
    RELATIVES_ONLY = False
    """Show only what the citizen shares with relatives (goals, notes, agreements)."""

    BINDINGS = [
        Binding("escape", "back", "meet.key.back", show=False),
        *_part_bindings(),
        Binding("k", "start_meeting", "meet.key.start"),
        Binding("k", "close_meeting", "meet.key.close"),
        Binding("m", "participants", "meet.key.participants"),
        Binding("c", "item_sharing", "meet.key.item_sharing"),
        Binding("j", "meeting_note", "meet.key.note"),
        Binding("i", "addendum", "meet.key.addendum"),
        Binding("r", "minutes", "meet.key.minutes"),
        Binding("E", "export", "meet.key.export", show=False),
        Binding("v", "mirror", "plan.key.mirror", show=False),
        *AGENDA_BINDINGS,
    ]

    def __init__(self, store: Store, meeting_id: int) -> None:
        super().__init__()
        self.store = store
        self.ctx = MeetingContext(store, meeting_id, relatives_only=self.RELATIVES_ONLY)
        self.meeting_id = meeting_id
        self.items: list[AgendaItem] = []
        self.item_index = 0
        self.rows: list[Any] = []
        self.message = ""
        self._agenda_labels: list[str] = []
        self._parts: dict[str, Part] = {}
        self.agenda = AgendaEditing(self)

    # -- layout ------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(id="meeting-info")
        with Horizontal(id="meeting-main"):
            with Vertical(id="agenda-col"):
                yield Static(Text(t("meet.agenda"), style="bold"), classes="col-title")
                yield MarkedOptionList(id="agenda")
                yield Static(Text(t("meet.agenda_hint")), id="agenda-hint")
            with VerticalScroll(id="part-col", can_focus=False):
                yield Static(id="part-title")
                yield MarkedOptionList(id="rows")
                yield Static(id="part-body")
                yield Static(id="record")
                yield Static(id="meeting-notes")
                with Vertical(id="editors"):
                    yield Static(Text(t("meet.notes"), style="bold"), classes="col-title")
                    yield TextArea(id="notes", soft_wrap=True)
                    yield Static(Text(t("meet.decisions"), style="bold"), classes="col-title")
                    yield TextArea(id="decisions", soft_wrap=True)
        yield Static(id="message")
        yield KeyBar(compact=True)

    def on_mount(self) -> None:
        self.add_class(f"kind-{self.ctx.kind.screen}")
        self.sub_title = harmless(self.ctx.kind.name)
        self.items = self.store.agenda(self.meeting_id)
        current = self.ctx.meeting.current_item_id
        self.item_index = next((i for i, it in enumerate(self.items) if it.id == current), 0)
        publish_focus(self.store, citizen_id=self.ctx.citizen_id, meeting_id=self.meeting_id,
                      agenda_item_id=self.current_item.id if self.current_item else None, goal_id=None)
        if self.planned:
            self.message = t("meet.msg.preparing", date=format_date(self.ctx.meeting.date))
        self.refresh_view()
        self.query_one("#agenda", OptionList).focus()

    # -- state ---------------------------------------------------------------------
    @property
    def meeting(self) -> Meeting:
        return self.ctx.meeting

    @property
    def closed(self) -> bool:
        return self.ctx.closed

    @property
    def planned(self) -> bool:
        """Opened ahead of its day to prepare the agenda (`MeetingListScreen` starts it on the day)."""
        return self.ctx.meeting.status is MeetingStatus.PLANNED

    @property
    def current_item(self) -> AgendaItem | None:
        return self.items[self.item_index] if 0 <= self.item_index < len(self.items) else None

    @property
    def part_name(self) -> str:
        item = self.current_item
        return item.part if item else "free"

    @property
    def part(self) -> Part:
        """The part that runs the current agenda item."""
        name = self.part_name
        if name not in self._parts:
            self._parts[name] = part_class(name)(self)
        return self._parts[name]

    def highlighted(self) -> Any:
        rows = self.query_one("#rows", OptionList)
        idx = rows.highlighted
        if idx is None or not 0 <= idx < len(self.rows):
            return None
        return self.rows[idx]

    def highlight_row(self, index: int) -> None:
        """Move the part's cursor to row `index` (shown, and followed by the shared screen)."""
        rows = self.query_one("#rows", OptionList)
        if 0 <= index < rows.option_count:
            rows.highlighted = index

    def highlighted_goal(self) -> Goal | None:
        row = self.highlighted()
        return row if isinstance(row, Goal) else None

    def need_goal(self) -> Goal | None:
        goal = self.highlighted_goal()
        if goal is None or goal.id is None:
            self.show_message(t("meet.msg.need_goal"))
            return None
        return goal

    # -- rendering -----------------------------------------------------------------
    def refresh_view(self, keep_row: bool = True) -> None:
        self.ctx.reload()
        self.items = self.store.agenda(self.meeting_id)
        self.item_index = min(self.item_index, max(0, len(self.items) - 1))
        self.set_class(self.closed, "closed")
        self._render_info()
        agenda = self.query_one("#agenda", MarkedOptionList)
        labels: list[Text] = []
        for i, item in enumerate(self.items):
            label = Text(f"{i + 1}. ")
            label.append(self.store.catalog.agenda_title(item.title))
            if item.notes or item.decisions:
                label.append(" ✎", style="dim")
            mark = self.ctx.sharing_mark(item)
            if mark:
                label.append(f" [{mark}]", style="dim")
            labels.append(harmless_text(label))
        if [str(x) for x in labels] != self._agenda_labels:
            self._agenda_labels = [str(x) for x in labels]
            agenda.set_prompts(labels, self.item_index if self.items else None)
        elif self.items and agenda.highlighted != self.item_index:
            with agenda.prevent(OptionList.OptionHighlighted):
                agenda.highlighted = self.item_index
        self._render_part(keep_row)
        self.query_one("#editors").display = not self.closed
        self.query_one("#agenda-hint").display = not self.closed
        self._render_record()
        self._render_meeting_notes()
        for name in ("notes", "decisions"):
            area = self.query_one(f"#{name}", TextArea)
            area.read_only = self.closed
            value = harmless(getattr(self.current_item, name, "") if self.current_item else "")
            if area.text != value:
                area.load_text(value)
        self.refresh_bindings()

    def _render_info(self) -> None:
        m = self.meeting
        status = t(f"meeting_status.{m.status.value}")
        first = Text()
        first.append(self.ctx.kind.name, style="bold")
        first.append(" · " + t("meet.number", number=m.id))
        first.append(" · ")
        first.append(self.store.get_citizen(self.ctx.citizen_id).name, style="bold")
        first.append(f" · {format_date(m.date)} {m.time}".rstrip())
        if not self.closed:
            first.append(f" · {status}", style="bold")
        if m.place:
            first.append(" · ")
            first.append(m.place)
        names = ", ".join(self.ctx.person_label(p) for p in self.store.meeting_participants(self.meeting_id))
        second = Text(t("meet.participants", names=names) if names else t("meet.no_participants"))
        if self.closed:
            third = Text(t("meet.closed.marker"), style="bold reverse")
            if m.next_meeting_date:
                third.append(" · " + t("meet.next_date", date=format_date(m.next_meeting_date)), style="bold")
            third.append(" · " + t("meet.status.read_only"), style="italic")
        else:
            third = Text(t(self.GUIDE), style="italic")
        lines = Text("\n").join(line for line in (first, second, third))
        lines.no_wrap = True
        lines.overflow = "ellipsis"
        self.query_one("#meeting-info", Static).update(harmless_text(lines))
        self.query_one("#message", Static).update(Text(harmless(self.message), style="bold"))

    def show_message(self, text: str) -> None:
        self.message = text
        self.query_one("#message", Static).update(Text(harmless(text), style="bold"))

    def _render_part(self, keep_row: bool) -> None:
        part = self.part
        self.query_one("#part-title", Static).update(Text(harmless(part.title), style="bold underline"))
        rows_widget = self.query_one("#rows", MarkedOptionList)
        old = rows_widget.highlighted if keep_row else None
        built = part.rows()
        self.rows = [payload for payload, _ in built]
        rows_widget.set_class(part.ONE_LINE_ROWS, "one-line")
        rows_widget.display = bool(built)
        rows_widget.set_prompts([harmless_text(label) for _, label in built], min(old or 0, len(built) - 1) if built else None)
        self._render_body()

    def _render_body(self) -> None:
        body = self.part.body()
        if self.closed:
            addenda = self.store.addenda(self.meeting_id)
            if addenda:
                body.append("\n" + t("meet.addenda") + "\n", style="bold")
                for add in addenda:
                    body.append(f"  {format_date(add.created_at.date())}: ")
                    body.append(add.text + "\n")
        self.query_one("#part-body", Static).update(harmless_text(body))

    def _render_record(self) -> None:
        """On a closed meeting: the item's notes and decisions (and what its part recorded) as text."""
        record = self.query_one("#record", Static)
        record.display = self.closed
        if not self.closed:
            return
        item = self.current_item
        out = Text()
        for key, value in (("meet.notes", item.notes if item else ""), ("meet.decisions", item.decisions if item else "")):
            out.append(t(key) + "\n", style="bold")
            out.append("   " + (value.strip().replace("\n", "\n   ") if value.strip() else t("meet.closed.none")) + "\n")
        out.append_text(self.part.record())
        record.update(harmless_text(out))

    def _render_meeting_notes(self) -> None:
        """The notes written in this meeting (that the room may see), each with its sharing mark."""
        out = Text(t("meet.notes_list") + "\n", style="bold")
        notes = self.ctx.notes()
        if not notes:
            out.append(t("meet.notes_none") + "\n", style="dim")
        for n in notes:
            out.append("   • ")
            out.append(n.text.strip().replace("\n", "\n     "))
            mark = self.ctx.sharing_mark(n)
            if mark:
                out.append(f" [{mark}]", style="dim")
            out.append("\n")
        self.query_one("#meeting-notes", Static).update(harmless_text(out))

    # -- events ---------------------------------------------------------------------
    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "agenda":
            if event.option_index != self.item_index:
                self.save_notes()
                self.item_index = event.option_index
                item = self.current_item
                if item and item.id is not None and not self.closed:
                    try:
                        self.store.set_current_item(self.meeting_id, item.id)
                    except ReadOnlyDatabase:
                        pass  # a read-only file: the banner says so; the view state (below) follows in memory
                    except StoreError as exc:
                        self.show_message(error_text(exc))
                self.refresh_view(keep_row=False)
                goal = self.highlighted_goal()
                publish_focus(self.store, meeting_id=self.meeting_id, agenda_item_id=item.id if item else None,
                              goal_id=goal.id if goal else None)
        elif event.option_list.id == "rows":
            self._render_body()
            goal = self.highlighted_goal()
            if goal is not None:
                publish_focus(self.store, goal_id=goal.id)

    def on_descendant_blur(self, event: Any) -> None:
        if isinstance(event.widget, TextArea):
            self.save_notes()

    def on_key(self, event: events.Key) -> None:
        """On a closed meeting a key that would change it is refused with the store's message."""
        if self.closed and event.key in change_keys():
            event.stop()
            self.refused()

    def save_notes(self) -> None:
        item = self.current_item
        if item is None or item.id is None or self.closed:
            return
        notes = self.query_one("#notes", TextArea).text
        decisions = self.query_one("#decisions", TextArea).text
        if notes == harmless(item.notes) and decisions == harmless(item.decisions):
            return  # as loaded (the stored text as the one rule shows it): nothing was typed
        try:
            updated = self.store.update_agenda_item(item.id, notes=notes, decisions=decisions)
        except StoreError as exc:
            self.show_message(error_text(exc))
            return
        self.items[self.item_index] = updated

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.closed and action not in CLOSED_ACTIONS:
            return False
        if action == "part":
            return bool(parameters) and self.part.offers(str(parameters[0]))
        if action == "addendum":
            return self.closed
        if action == "start_meeting":
            return self.planned
        if action == "close_meeting":
            return not self.closed and not self.planned
        if action in ("participants", "item_sharing", "meeting_note") or action in AGENDA_ACTIONS:
            return not self.closed
        return True

    # -- helpers for the parts -------------------------------------------------------
    def refused(self) -> bool:
        """On a closed meeting: show the store's refusal and return True."""
        try:
            self.store.require_open_meeting(self.meeting_id)
        except ClosedMeetingError as exc:
            self.show_message(error_text(exc))
            return True
        return False

    def ask(self, title: str, fields: Sequence[Field], submit: Callable[[dict[str, Any]], object], *,
            intro: str = "", after: Callable[[object], None] | None = None, start: str | None = None,
            record: Any = None) -> None:
        """A dialog (a `QuickForm`); when it saved, the view is read again and `after` gets the result."""
        def done(result: object) -> None:
            if result is not None:
                self.message = ""
                self.refresh_view()
                if after is not None:
                    after(result)

        self.app.push_screen(QuickForm(title, fields, submit, intro=intro, start=start, record=record), done)

    def confirm(self, question: str, then: Callable[[], object]) -> None:
        def done(yes: bool | None) -> None:
            if yes:
                try:
                    then()
                except StoreError as exc:
                    self.show_message(error_text(exc))
                self.refresh_view()

        self.app.push_screen(ConfirmScreen(question), done)

    # -- actions ---------------------------------------------------------------------
    def action_part(self, action: str) -> None:
        """A key of the current part (see `parts/`)."""
        if self.refused():
            return
        try:
            self.part.run(action)
        except StoreError as exc:
            self.show_message(error_text(exc))
            self.refresh_view()

    def action_add_item(self) -> None:
        if not self.refused():
            self.agenda.add()

    def action_remove_item(self) -> None:
        if not self.refused():
            self.agenda.remove()

    def action_move_item(self, delta: int) -> None:
        if not self.refused():
            self.agenda.move(delta)

    def action_rename_item(self) -> None:
        if not self.refused():
            self.agenda.rename()

    def action_participants(self) -> None:
        """Who takes part: tick or untick the plan's participants, or add a new one."""
        if self.refused():
            return
        present = {p.id for p in self.store.meeting_participants(self.meeting_id)}
        people = [p for p in self.ctx.participants() if p.active or p.id in present]
        self.ask(t("meet.dialog.participants_title"), participant_fields(people, present),
                 lambda v: self.store.set_meeting_participants(self.meeting_id, [int(x) for x in v["people"]],
                                                               new_participant=new_participant(v)))

    def action_item_sharing(self) -> None:
        """Who may see the current agenda item's notes and decisions; shared asks the consent question."""
        item = self.current_item
        if self.refused() or item is None or item.id is None:
            return
        self.save_notes()
        iid = item.id

        def submit(v: dict[str, Any]) -> AgendaItem:
            return self.store.set_agenda_item_sharing(iid, v["sharing"], consent=bool(v["consent"]))

        self.ask(t("meet.dialog.item_sharing", title=self.store.catalog.agenda_title(item.title)), sharing_fields(sharing_of(item).value), submit,
                 intro=t("meet.dialog.item_sharing_intro"), after=self._said_if_not_shared)

    def action_meeting_note(self) -> None:
        """A note written in this meeting, private, internal or shared with relatives (the consent question)."""
        if self.refused():
            return
        self.save_notes()
        ctx = self.ctx
        goal = self.highlighted_goal()
        goals = [(t("ed.note.no_goal"), "")] + [(short(g.text, 60), str(g.id)) for g in ctx.goals()]
        default = Sharing.SHARED.value if ctx.relatives_only else Sharing.INTERNAL.value
        fields = [Field("text", t("ed.note.text"), kind="multiline"),
                  Field("goal", t("ed.note.goal"), str(goal.id) if goal else "", kind="choice", options=goals,
                        aliases=("goal_id",)),
                  *sharing_fields(default)]

        def submit(v: dict[str, Any]) -> Note:
            return self.store.write_note(ctx.plan_id, v["text"], sharing=v["sharing"], meeting_id=self.meeting_id,
                                         goal_id=int(v["goal"]) if v["goal"] else None, consent=bool(v["consent"]))

        self.ask(t("meet.dialog.note"), fields, submit, after=self._said_if_not_shared)

    def _said_if_not_shared(self, result: object) -> None:
        """After marking something shared: say so when relatives still do not see it (no consent)."""
        if isinstance(result, (Note, AgendaItem)) and sharing_of(result) is Sharing.SHARED:
            seen = (self.ctx.relatives.sight_notes(result) if isinstance(result, AgendaItem)
                    else self.ctx.relatives.sight(result))
            if seen is not Sight.SHOWN:
                self.show_message(t("meet.msg.not_shared"))

    def action_start_meeting(self) -> None:
        """Start a meeting opened ahead of its day (planned -> in progress)."""
        self.save_notes()
        try:
            self.store.open_meeting(self.meeting_id)
        except StoreError as exc:
            self.show_message(error_text(exc))
            return
        self.message = t("meet.msg.started")
        self.refresh_view()
        self.refresh_bindings()

    def action_close_meeting(self) -> None:
        """Close, and plan the next meeting: date, time, place, kind and participants (carried over, editable)."""
        if self.refused():
            return
        self.save_notes()
        m = self.meeting
        kinds = [(k.name, code) for code, k in self.store.catalog.meeting_kinds.items()]
        present = {p.id for p in self.store.meeting_participants(self.meeting_id)}
        people = [p for p in self.ctx.participants() if p.active]
        fields = [
            Field("date", t("meet.dialog.next_date"), kind="date", aliases=("next_meeting_date",), row="when"),
            Field("time", t("meet.dialog.next_time"), m.time, aliases=("next_time",), row="when"),
            Field("place", t("meet.dialog.next_place"), m.place, aliases=("next_place",)),
            Field("kind", t("meet.dialog.next_kind"), m.kind, kind="choice", options=kinds, aliases=("next_kind",)),
            Field("people", t("meet.dialog.next_people"), kind="choose", aliases=("next_participant_ids",),
                  options=[(MeetingContext.person_label(p), str(p.id)) for p in people],
                  chosen=[str(p.id) for p in people if p.id in present]),
        ]

        def submit(v: dict[str, Any]) -> Meeting:
            return self.store.close_meeting(
                self.meeting_id, parse_date(v["date"], "next_meeting_date"), next_kind=v["kind"] or None,
                next_time=v["time"], next_place=v["place"], next_participant_ids=[int(x) for x in v["people"]])

        def after(result: object) -> None:
            if isinstance(result, Meeting):
                self.show_message(t("meet.msg.closed", date=format_date(result.next_meeting_date)))

        self.ask(t("meet.dialog.close"), fields, submit, intro=t("meet.dialog.close_intro"), after=after)

    def action_addendum(self) -> None:
        self.ask(t("meet.dialog.addendum"), [Field("text", t("meet.dialog.text"), kind="multiline")],
                 lambda v: self.store.add_addendum(self.meeting_id, v["text"]), intro=t("meet.dialog.addendum_intro"))

    def action_mirror(self) -> None:
        """The shared screen full screen on this terminal (single-screen rooms); escape comes back."""
        from screens.live import PresentationScreen

        self.save_notes()
        self.app.push_screen(PresentationScreen(self.store, citizen_id=self.ctx.citizen_id, follow=True))

    def action_minutes(self) -> None:
        from screens.minutes_preview import MinutesPreviewScreen

        self.save_notes()
        self.app.push_screen(MinutesPreviewScreen(self.store, self.meeting_id, self.audience()))

    def action_export(self) -> None:
        """The export dialog on this meeting's minutes, in the audience of the meeting kind."""
        from screens.export_dialog import ExportDialog

        self.save_notes()
        self.app.push_screen(ExportDialog(self.store, self.ctx.citizen_id, meeting_id=self.meeting_id,
                                          kind="minutes", audience=Audience(self.audience())))

    def audience(self) -> str:
        return {"relative": "relative", "authority": "authority", "day_service": "day_service"}.get(
            self.ctx.kind.screen, "citizen")

    def action_back(self) -> None:
        """Back to the meetings; the shared screen leaves the meeting as well. From a notes field, escape
        only leaves the field (the notes saved) for the agenda: a second escape leaves the meeting."""
        self.save_notes()
        if isinstance(self.focused, TextArea):
            self.query_one("#agenda", OptionList).focus()
            return
        publish_focus(self.store, citizen_id=self.ctx.citizen_id, meeting_id=None, agenda_item_id=None,
                      goal_id=None)
        self.dismiss(None)


def sharing_fields(level: str) -> list[Field]:
    """Who may see it (private, internal, shared with relatives) and the consent question."""
    levels = [(t(f"ed.note.sharing.{s.value}"), s.value) for s in Sharing]
    return [
        Field("sharing", t("meet.dialog.sharing"), level, kind="choice", options=levels),
        Field("consent", t("meet.dialog.consent"), kind="check", hint=t("meet.dialog.consent_hint"),
              aliases=("items", "given_by_id")),
    ]


def participant_fields(people: list[Participant], chosen: set[int | None]) -> list[Field]:
    """The participants of a meeting (ticked: taking part) and a new one (name and role)."""
    roles = [(t(f"role.{r.value}"), r.value) for r in Role]
    return [
        Field("people", t("meet.dialog.participants"), kind="choose", aliases=("participant_ids",),
              options=[(MeetingContext.person_label(p), str(p.id)) for p in people],
              chosen=[str(p.id) for p in people if p.id in chosen]),
        Field("new_name", t("meet.dialog.new_name"), aliases=("name",), row="new"),
        Field("new_role", t("meet.dialog.new_role"), Role.RELATIVE.value, kind="choice", options=roles, row="new"),
    ]


def new_participant(values: dict[str, Any]) -> tuple[str, str] | None:
    """The new participant typed into `participant_fields`, or None if no name was typed."""
    name = str(values.get("new_name", "")).strip()
    return (name, str(values["new_role"])) if name else None
