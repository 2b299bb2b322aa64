"""The meeting screen every meeting kind builds on: agenda on the left, the current part on the right.

Each agenda item has a `part` (from the meeting kind's template) that says
which panel runs it: review, scaling, agreements, next, order, checklist,
smtte, observations, pdsa, sharing, support, or free talk. The kind screens
(kinds.py) only change the guide line and, for relatives, what may be shown.

| key | where | action |
|---|---|---|
| up/down | agenda, rows | move; the projector follows (`store.set_focus`) |
| tab | | agenda → rows → notes → decisions |
| u / f / e / x | review | done / continued / changed / dropped (with reason) |
| s / t / a / q | scaling | score / strengths / progression agreement / SMART |
| a | agreements, support | new agreement (support: a relative is "who") |
| b / o / l | order | order text / order goal / link goal |
| w | smtte | write SMTTE |
| n | observations | new observation |
| p | pdsa | new PDSA cycle |
| d / h | sharing | share more (citizen's consent) / stop sharing |
| k | | close the meeting (next date) |
| i | closed | addendum |
| + / delete / shift+up / shift+down / f2 | agenda | add / remove / move / rename item |
| r | | minutes preview (when available) |
| v | | mirror: the shared screen full screen (escape comes back) |
| escape | | back |
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option

from screens.i18n import t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import LocalizedBindings
from screens.widgets.plan_text import harmless, harmless_text
from store import Store
from store.catalog import MeetingKind
from store.dates import format_date, parse_date
from store.enums import AgreementStatus, Audience, MeetingStatus, Role
from store.errors import ClosedMeetingError, ReadOnlyDatabase, StoreError
from store.meetings import ReviewItem
from store.models import AgendaItem, Agreement, Goal, Meeting, Note, Participant
from store.rules import is_overdue, spread
from store.smart import smart_status

from .dialogs import AskDialog, FormDialog, FormField

GOAL_PARTS = {"scaling", "smtte", "observations", "pdsa", "order"}
PARTS = ("free", "review", "scaling", "agreements", "next", "order", "checklist", "smtte", "observations",
         "pdsa", "sharing", "support")

PART_ACTIONS: dict[str, set[str]] = {
    "decide": {"review"},
    "score": {"scaling"},
    "strengths": {"scaling"},
    "smart": {"scaling"},
    "agreement": {"scaling", "agreements", "support"},
    "order_text": {"order"},
    "order_goal": {"order"},
    "link": {"order"},
    "smtte": {"smtte"},
    "observation": {"observations"},
    "pdsa": {"pdsa"},
    "share": {"sharing"},
    "unshare": {"sharing"},
}


CLOSED_ACTIONS = {"back", "addendum", "minutes", "export"}
"""What a closed meeting offers: read, add an addendum, see and export the minutes."""
CHANGE_KEYS = {"u", "f", "e", "x", "s", "t", "a", "q", "b", "o", "l", "w", "n", "p", "d", "h", "k", "plus", "delete",
               "shift+up", "shift+down", "f2"}
"""Keys that change an open meeting; on a closed one they are refused with a message."""


def short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class MeetingScreenBase(LocalizedBindings):
    """Runs one meeting through its agenda. Subclasses set GUIDE and RELATIVES_ONLY."""

    CSS_PATH = "meetings.tcss"
    GUIDE = "meet.guide.network"
    RELATIVES_ONLY = False
    """Show only what the citizen shares with relatives (goals, notes, agreements)."""

    BINDINGS = [
        Binding("escape", "back", "meet.key.back", show=False),
        Binding("u", "decide('done')", "meet.key.done"),
        Binding("f", "decide('continue')", "meet.key.continue"),
        Binding("e", "decide('change')", "meet.key.change"),
        Binding("x", "decide('cancel')", "meet.key.cancel"),
        Binding("s", "score", "meet.key.score"),
        Binding("t", "strengths", "meet.key.strengths"),
        Binding("a", "agreement", "meet.key.agreement"),
        Binding("q", "smart", "meet.key.smart"),
        Binding("b", "order_text", "meet.key.order_text"),
        Binding("o", "order_goal", "meet.key.order_goal"),
        Binding("l", "link", "meet.key.link"),
        Binding("w", "smtte", "meet.key.smtte"),
        Binding("n", "observation", "meet.key.observation"),
        Binding("p", "pdsa", "meet.key.pdsa"),
        Binding("d", "share", "meet.key.share"),
        Binding("h", "unshare", "meet.key.unshare"),
        Binding("k", "close_meeting", "meet.key.close"),
        Binding("i", "addendum", "meet.key.addendum"),
        Binding("r", "minutes", "meet.key.minutes"),
        Binding("E", "export", "meet.key.export", show=False),
        Binding("v", "mirror", "plan.key.mirror", show=False),
        Binding("plus", "add_item", "meet.key.add_item", show=False),
        Binding("delete", "remove_item", "meet.key.remove_item", show=False),
        Binding("shift+up", "move_item(-1)", "meet.key.move_up", show=False),
        Binding("shift+down", "move_item(1)", "meet.key.move_down", show=False),
        Binding("f2", "rename_item", "meet.key.rename_item", show=False),
    ]

    def __init__(self, store: Store, meeting_id: int) -> None:
        super().__init__()
        self.store = store
        self.meeting_id = meeting_id
        self.meeting: Meeting = store.get_meeting(meeting_id)
        self.plan_id = self.meeting.plan_id
        self.citizen_id = store.get_plan(self.plan_id).citizen_id
        self.kind: MeetingKind = store.catalog.meeting_kind(self.meeting.kind)
        self.items: list[AgendaItem] = []
        self.item_index = 0
        self.rows: list[Any] = []
        self.message = ""
        self._agenda_labels: list[str] = []

    # -- layout ------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(id="meeting-info")
        with Horizontal(id="meeting-main"):
            with Vertical(id="agenda-col"):
                yield Static(Text(t("meet.agenda"), style="bold"), classes="col-title")
                yield OptionList(id="agenda")
                yield Static(Text(t("meet.agenda_hint")), id="agenda-hint")
            with VerticalScroll(id="part-col", can_focus=False):
                yield Static(id="part-title")
                yield OptionList(id="rows")
                yield Static(id="part-body")
                yield Static(id="record")
                with Vertical(id="editors"):
                    yield Static(Text(t("meet.notes"), style="bold"), classes="col-title")
                    yield TextArea(id="notes", soft_wrap=True)
                    yield Static(Text(t("meet.decisions"), style="bold"), classes="col-title")
                    yield TextArea(id="decisions", soft_wrap=True)
        yield Static(id="message")
        yield KeyBar(compact=True)

    def on_mount(self) -> None:
        self.add_class(f"kind-{self.kind.screen}")
        self.sub_title = harmless(self.kind.name)
        self.items = self.store.agenda(self.meeting_id)
        current = self.meeting.current_item_id
        self.item_index = next((i for i, it in enumerate(self.items) if it.id == current), 0)
        self.store.set_focus(
            citizen_id=self.citizen_id, meeting_id=self.meeting_id,
            agenda_item_id=self.current_item.id if self.current_item else None, goal_id=None,
        )
        self.refresh_view()
        self.query_one("#agenda", OptionList).focus()

    # -- state ---------------------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self.meeting.status is MeetingStatus.CLOSED

    @property
    def current_item(self) -> AgendaItem | None:
        return self.items[self.item_index] if 0 <= self.item_index < len(self.items) else None

    @property
    def part(self) -> str:
        item = self.current_item
        return item.part if item else "free"

    def participants(self) -> list[Participant]:
        return self.store.participants(self.plan_id)

    def present(self) -> list[Participant]:
        return self.store.meeting_participants(self.meeting_id) or self.participants()

    def name_of(self, pid: int | None) -> str:
        p = next((x for x in self.participants() if x.id == pid), None)
        return p.name if p else "?"

    def citizen_participant(self) -> Participant | None:
        return next((p for p in self.participants() if p.role is Role.CITIZEN), None)

    def goals(self) -> list[Goal]:
        goals = [g for g in self.store.goals(self.plan_id) if g.status.value != "dropped"]
        if self.RELATIVES_ONLY:
            goals = [g for g in goals if g.shared_with_relatives and not g.private]
        return goals

    def visible_agreements(self, agreements: list[Agreement]) -> list[Agreement]:
        if self.RELATIVES_ONLY:
            return [a for a in agreements if a.shared_with_relatives and not a.private]
        return agreements

    def highlighted(self) -> Any:
        rows = self.query_one("#rows", OptionList)
        idx = rows.highlighted
        if idx is None or not 0 <= idx < len(self.rows):
            return None
        return self.rows[idx]

    def highlighted_goal(self) -> Goal | None:
        row = self.highlighted()
        return row if isinstance(row, Goal) else None

    # -- rendering -----------------------------------------------------------------
    def refresh_view(self, keep_row: bool = True) -> None:
        self.meeting = self.store.get_meeting(self.meeting_id)
        self.items = self.store.agenda(self.meeting_id)
        self.item_index = min(self.item_index, max(0, len(self.items) - 1))
        self.set_class(self.closed, "closed")
        self._render_info()
        agenda = self.query_one("#agenda", OptionList)
        labels: list[Text] = []
        for i, item in enumerate(self.items):
            label = Text(f"{i + 1}. ")
            label.append(item.title)
            if item.notes or item.decisions:
                label.append(" ✎", style="dim")
            labels.append(label)
        with agenda.prevent(OptionList.OptionHighlighted):
            if [str(x) for x in labels] != self._agenda_labels:
                self._agenda_labels = [str(x) for x in labels]
                agenda.clear_options()
                agenda.add_options([Option(harmless_text(x)) for x in labels])
            if self.items and agenda.highlighted != self.item_index:
                agenda.highlighted = self.item_index
        self._render_part(keep_row)
        self.query_one("#editors").display = not self.closed
        self.query_one("#agenda-hint").display = not self.closed
        self._render_record()
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
        first.append(self.kind.name, style="bold")
        first.append(" · ")
        first.append(self.store.get_citizen(self.citizen_id).name, style="bold")
        first.append(f" · {format_date(m.date)} {m.time}".rstrip())
        if not self.closed:
            first.append(f" · {status}", style="bold")
        if m.place:
            first.append(" · ")
            first.append(m.place)
        names = ", ".join(f"{p.name} ({t('role.' + p.role.value)})" for p in self.store.meeting_participants(self.meeting_id))
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
        msg = self.query_one("#message", Static)
        msg.update(Text(harmless(self.message), style="bold"))

    def show_message(self, text: str) -> None:
        self.message = text
        self.query_one("#message", Static).update(Text(harmless(text), style="bold"))

    def _render_part(self, keep_row: bool) -> None:
        part = self.part
        title = Text(t(f"meet.part_name.{part}") if part in PARTS else part, style="bold underline")
        self.query_one("#part-title", Static).update(title)
        rows_widget = self.query_one("#rows", OptionList)
        old = rows_widget.highlighted if keep_row else None
        builder: Callable[[], list[tuple[Any, Text]]] = getattr(self, f"_rows_{part}", self._rows_free)
        built = builder()
        self.rows = [payload for payload, _ in built]
        rows_widget.set_class(part in GOAL_PARTS or part == "checklist", "one-line")
        with rows_widget.prevent(OptionList.OptionHighlighted):
            rows_widget.clear_options()
            rows_widget.add_options([Option(harmless_text(label)) for _, label in built])
            rows_widget.display = bool(built)
            if built:
                rows_widget.highlighted = min(old or 0, len(built) - 1)
        self._render_body()

    def _render_body(self) -> None:
        part = self.part
        body_fn: Callable[[], Text] = getattr(self, f"_body_{part}", self._body_free)
        body = body_fn()
        if self.closed:
            addenda = self.store.addenda(self.meeting_id)
            if addenda:
                body.append("\n" + t("meet.addenda") + "\n", style="bold")
                for add in addenda:
                    body.append(f"  {format_date(add.created_at.date())}: ")
                    body.append(add.text + "\n")
        self.query_one("#part-body", Static).update(harmless_text(body))

    def _render_record(self) -> None:
        """On a closed meeting: the item's notes and decisions (and what the meeting recorded) as text."""
        record = self.query_one("#record", Static)
        record.display = self.closed
        if not self.closed:
            return
        item = self.current_item
        out = Text()
        for key, value in (("meet.notes", item.notes if item else ""), ("meet.decisions", item.decisions if item else "")):
            out.append(t(key) + "\n", style="bold")
            out.append("   " + (value.strip().replace("\n", "\n   ") if value.strip() else t("meet.closed.none")) + "\n")
        if self.part in ("scaling", "next"):
            readings = self.store.meeting_readings(self.meeting_id)
            goals = {g.id: g for g in self.goals()}
            shown = [r for r in readings if r.goal_id in goals]
            if shown:
                out.append(t("meet.closed.readings") + "\n", style="bold")
            for gid, goal in goals.items():
                scores = [r for r in shown if r.goal_id == gid]
                if scores:
                    out.append(f"   {short(goal.text, 50)}: ")
                    out.append(", ".join(f"{self.name_of(r.participant_id)} {r.score}" for r in scores) + "\n",
                               style="cyan")
        if self.part == "next":
            made = self.visible_agreements(self.store.meeting_agreements(self.meeting_id))
            if made:
                out.append(t("meet.closed.made") + "\n", style="bold")
                for a in made:
                    out.append(self._agreement_line(a) + "\n")
        record.update(harmless_text(out))

    # free / next ------------------------------------------------------------------
    def _rows_free(self) -> list[tuple[Any, Text]]:
        return []

    def _body_free(self) -> Text:
        return Text(t("meet.part.free_closed" if self.closed else "meet.part.free"), style="dim")

    def _body_next(self) -> Text:
        if self.meeting.next_meeting_date:
            return Text(t("meet.next_date", date=format_date(self.meeting.next_meeting_date)), style="bold")
        return Text(t("meet.part.next"))

    # review -------------------------------------------------------------------------
    def review_items(self) -> list[ReviewItem]:
        return self.store.agreements_for_review(self.meeting_id)

    def _rows_review(self) -> list[tuple[Any, Text]]:
        out: list[tuple[Any, Text]] = []
        for r in self.review_items():
            a = r.agreement
            label = Text()
            if r.decision is None:
                label.append("○ ", style="yellow")
            else:
                label.append("● ", style="green")
            label.append(f"{self.name_of(a.who_id)}: ", style="bold")
            label.append(short(a.what, 90))
            label.append(" · " + (t("meet.review.due", date=format_date(a.due_date)) if a.due_date
                                  else t("meet.review.no_due")))
            if r.overdue:
                label.append(" · " + t("meet.overdue"), style="bold red")
            if r.carried_over:
                label.append(" · " + t("meet.review.carried", n=r.carried_over), style="magenta")
            label.append(" · ")
            if r.decision is None:
                label.append(t("meet.review.decision.none"), style="yellow")
            else:
                label.append(t(f"meet.decision.{r.decision.value}"), style="bold green")
                if r.event is not None and r.event.reason:
                    label.append(f" ({r.event.reason})")
            if a.private:
                label.append(f" [{t('meet.private')}]", style="dim")
            out.append((r, label))
        return out

    def _body_review(self) -> Text:
        items = [r for r in self.rows if isinstance(r, ReviewItem)]
        if not items:
            return Text(t("meet.review.none"))
        pending = sum(1 for r in items if not r.decided)
        if pending:
            return Text(t("meet.review.pending", n=pending, total=len(items)), style="bold yellow")
        return Text(t("meet.review.all_done", total=len(items)), style="bold green")

    # goals as rows (scaling, smtte, observations, pdsa, order) -----------------------
    def _goal_rows(self) -> list[tuple[Any, Text]]:
        out: list[tuple[Any, Text]] = []
        for g in self.goals():
            label = Text(f"{t('area.' + g.area.value)}: ", style="bold")
            if g.private:
                label.append(f"[{t('meet.private')}] ", style="dim")
            label.append(g.text)
            out.append((g, label))
        return out

    _rows_scaling = _goal_rows
    _rows_smtte = _goal_rows
    _rows_observations = _goal_rows
    _rows_pdsa = _goal_rows

    def _body_scaling(self) -> Text:
        goal = self.highlighted_goal()
        if goal is None:
            return Text(t("meet.scale.no_goals"))
        out = Text()
        out.append(t("meet.scale.step1") + " ", style="bold")
        out.append(goal.text + "\n")
        out.append("   " + (t("meet.scale.anchor", anchor=goal.scale_anchor) if goal.scale_anchor
                            else t("meet.scale.no_anchor")) + "\n", style="dim")
        out.append(t("meet.scale.step2") + "\n", style="bold")
        readings = [r for r in self.store.meeting_readings(self.meeting_id) if r.goal_id == goal.id]
        citizen = self.citizen_participant()
        if not readings:
            out.append(t("meet.scale.none_yet") + "\n", style="dim")
        for r in readings:
            who = self.name_of(r.participant_id) if r.participant_id else t("meet.scale.citizen")
            style = "bold" if citizen and r.participant_id == citizen.id else ""
            out.append(f"   {who}: ", style=style)
            out.append(f"{r.score}/10\n", style="bold cyan")
        sp = spread(readings)
        if sp and len(readings) > 1:
            out.append(t("meet.scale.spread", low=sp[0], high=sp[1]) + "\n", style="dim")
        out.append(t("meet.scale.step3") + "\n", style="bold")
        strengths = self.store.get_citizen(self.citizen_id).strengths
        for line in strengths.splitlines()[-3:]:
            out.append(f"   {short(line, 90)}\n")
        out.append(t("meet.scale.step4") + "\n", style="bold")
        for a in self.store.meeting_agreements(self.meeting_id):
            if a.goal_id == goal.id:
                out.append(self._agreement_line(a) + "\n")
        return out

    def _agreement_line(self, a: Agreement) -> Text:
        line = Text("   • ")
        line.append(f"{self.name_of(a.who_id)}: ", style="bold")
        line.append(a.what)
        if a.due_date:
            line.append(f" · {format_date(a.due_date)}")
        if a.target_from and a.target_to:
            line.append(" · " + t("meet.target", low=a.target_from, high=a.target_to), style="cyan")
        elif a.target_to:
            line.append(" · " + t("meet.target_to", high=a.target_to), style="cyan")
        if a.status is not AgreementStatus.OPEN:
            line.append(f" · {t('agreement_status.' + a.status.value)}", style="green")
        elif is_overdue(a, self.meeting.date):
            line.append(" · " + t("meet.overdue"), style="bold red")
        return line

    def _body_smtte(self) -> Text:
        goal = self.highlighted_goal()
        if goal is None:
            return Text(t("meet.scale.no_goals"))
        out = Text()
        for key, value in (("context", goal.smtte_context), ("goal", goal.text), ("signs", goal.smtte_signs),
                           ("actions", goal.smtte_actions), ("evaluation", goal.smtte_evaluation)):
            out.append(f"{t('meet.smtte.' + key)}: ", style="bold")
            out.append((value or "–") + "\n")
        return out

    def _body_observations(self) -> Text:
        goal = self.highlighted_goal()
        if goal is None or goal.id is None:
            return Text(t("meet.scale.no_goals"))
        prev = self.store.previous_meeting(self.meeting_id)
        since = prev.date if prev else None
        out = Text(t("meet.obs.since", date=format_date(since)) if since else t("meet.obs.all"), style="bold")
        out.append("\n")
        obs = [o for o in self.store.observations(goal.id, since=since) if o.date <= self.meeting.date]
        if self.RELATIVES_ONLY:
            obs = [o for o in obs if o.shared_with_relatives and not o.private]
        if not obs:
            out.append(t("meet.obs.none") + "\n", style="dim")
        for o in obs:
            out.append(f"   {format_date(o.date)}  ", style="bold")
            out.append(o.text)
            if o.observer:
                out.append(f" ({o.observer})", style="dim")
            out.append("\n")
        return out

    def _body_pdsa(self) -> Text:
        goal = self.highlighted_goal()
        if goal is None or goal.id is None:
            return Text(t("meet.scale.no_goals"))
        out = Text(t("meet.pdsa.title") + "\n", style="bold")
        cycles = self.store.pdsa_cycles(goal.id)
        if not cycles:
            out.append(t("meet.pdsa.none") + "\n", style="dim")
        for c in cycles:
            out.append(f"   {format_date(c.date)}\n", style="bold")
            for key, value in (("plan", c.plan), ("do", c.do), ("study", c.study), ("act", c.act)):
                out.append(f"     {t('meet.pdsa.' + key)}: ")
                out.append((value or "–") + "\n")
        return out

    # agreements / support -------------------------------------------------------------
    def _rows_agreements(self) -> list[tuple[Any, Text]]:
        agreements = self.visible_agreements(self.store.meeting_agreements(self.meeting_id))
        return [(a, self._agreement_line(a)) for a in agreements]

    def _body_agreements(self) -> Text:
        return Text(t("meet.agreements.title") if self.rows else t("meet.agreements.none"), style="bold")

    def _rows_support(self) -> list[tuple[Any, Text]]:
        relatives = {p.id for p in self.participants() if p.role is Role.RELATIVE}
        agreements = self.visible_agreements(self.store.meeting_agreements(self.meeting_id))
        return [(a, self._agreement_line(a)) for a in agreements if a.who_id in relatives]

    def _body_support(self) -> Text:
        return Text(t("meet.support.title") if self.rows else t("meet.support.none"), style="bold")

    # order / checklist ------------------------------------------------------------------
    def _rows_order(self) -> list[tuple[Any, Text]]:
        order_goals = {og.id: og for og in self.store.order_goals(self.plan_id)}
        out: list[tuple[Any, Text]] = []
        for g, label in self._goal_rows():
            og = order_goals.get(g.order_goal_id) if g.order_goal_id else None
            label.append("  ")
            if og:
                label.append(t("meet.order.linked_to", text=short(og.text, 40)), style="green")
            else:
                label.append(t("meet.order.not_linked"), style="bold red")
            out.append((g, label))
        return out

    def _body_order(self) -> Text:
        plan = self.store.get_plan(self.plan_id)
        out = Text(t("meet.order.title") + " ", style="bold")
        out.append((plan.order_text or t("meet.order.none")) + "\n")
        out.append(t("meet.order.goals") + "\n", style="bold")
        ogs = self.store.order_goals(self.plan_id)
        if not ogs:
            out.append("   " + t("meet.order.no_goals") + "\n", style="dim")
        for i, og in enumerate(ogs, start=1):
            out.append(f"   {i}. ")
            out.append(og.text + "\n")
        unlinked = [g for g in self.goals() if g.order_goal_id is None]
        out.append(t("meet.order.unlinked", n=len(unlinked)), style="bold red" if unlinked else "green")
        return out

    def _rows_checklist(self) -> list[tuple[Any, Text]]:
        out: list[tuple[Any, Text]] = []
        for r in self.store.check_plan(self.citizen_id):
            label = Text("✓ " if r.ok else "✗ ", style="bold green" if r.ok else "bold red")
            label.append(short(r.label, 60))
            out.append((r, label))
        return out

    def _body_checklist(self) -> Text:
        results = self.rows
        missing = sum(1 for r in results if not r.ok)
        plan_type = self.store.plan_type_of(self.store.get_plan(self.plan_id))
        out = Text(t("meet.check.title", plan_type=plan_type.short, missing=missing, total=len(results)) + "\n",
                   style="bold")
        row = self.highlighted()
        if row is not None and not row.ok:
            out.append(row.label + "\n")
            for d in row.details:
                out.append(f"   • {d}\n")
            if row.fix:
                out.append("   " + t("meet.check.fix", fix=row.fix) + "\n", style="italic")
        return out

    # sharing ---------------------------------------------------------------------------
    def _rows_sharing(self) -> list[tuple[Any, Text]]:
        goals, notes, agreements = self.store.shared_with_relatives(self.plan_id)
        out: list[tuple[Any, Text]] = []
        for g in goals:
            out.append((g, Text(f"{t('meet.share.goal')}: ", style="bold") + Text(short(g.text, 80))))
        for n in notes:
            out.append((n, Text(f"{t('meet.share.note')}: ", style="bold") + Text(short(n.text, 80))))
        for a in agreements:
            label = Text(f"{t('meet.share.agreement')}: ", style="bold")
            label.append(f"{self.name_of(a.who_id)}: {short(a.what, 60)}")
            if a.due_date:
                label.append(f" · {format_date(a.due_date)}")
            out.append((a, label))
        return out

    def _body_sharing(self) -> Text:
        return Text(t("meet.share.title") if self.rows else t("meet.share.none"), style="bold")

    # -- events ---------------------------------------------------------------------------
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
                self.refresh_view(keep_row=False)
                goal = self.highlighted_goal()
                self.store.set_focus(
                    meeting_id=self.meeting_id, agenda_item_id=item.id if item else None,
                    goal_id=goal.id if goal else None,
                )
        elif event.option_list.id == "rows":
            self._render_body()
            goal = self.highlighted_goal()
            if goal is not None:
                self.store.set_focus(goal_id=goal.id)

    def on_descendant_blur(self, event: Any) -> None:
        if isinstance(event.widget, TextArea):
            self.save_notes()

    def on_key(self, event: events.Key) -> None:
        """On a closed meeting a key that would change it is refused with the store's message."""
        if self.closed and event.key in CHANGE_KEYS:
            event.stop()
            self.refused()

    def save_notes(self) -> None:
        item = self.current_item
        if item is None or item.id is None or self.closed:
            return
        notes = self.query_one("#notes", TextArea).text
        decisions = self.query_one("#decisions", TextArea).text
        if notes == item.notes and decisions == item.decisions:
            return
        try:
            updated = self.store.update_agenda_item(item.id, notes=notes, decisions=decisions)
        except StoreError as exc:
            self.show_message(exc.message)
            return
        self.items[self.item_index] = updated

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.closed and action not in CLOSED_ACTIONS:
            return False
        if action in PART_ACTIONS:
            return self.part in PART_ACTIONS[action]
        if action == "addendum":
            return self.closed
        if action == "close_meeting":
            return not self.closed
        return True

    # -- helpers for actions ------------------------------------------------------------------
    def refused(self) -> bool:
        """On a closed meeting: show the store's refusal and return True."""
        try:
            self.store.require_open_meeting(self.meeting_id)
        except ClosedMeetingError as exc:
            self.show_message(exc.message)
            return True
        return False

    def ask(self, title: str, fields: list[FormField], submit: Callable[[dict[str, Any]], object],
            intro: str = "", after: Callable[[object], None] | None = None, focus: str | None = None) -> None:
        def done(result: object) -> None:
            if result is not None:
                self.message = ""
                self.refresh_view()
                if after is not None:
                    after(result)

        self.app.push_screen(FormDialog(title, fields, submit, intro, focus=focus), done)

    def confirm(self, question: str, then: Callable[[], object]) -> None:
        def done(yes: bool | None) -> None:
            if yes:
                try:
                    then()
                except StoreError as exc:
                    self.show_message(exc.message)
                self.refresh_view()

        self.app.push_screen(AskDialog(question), done)

    def people_options(self, people: list[Participant]) -> list[tuple[str, str]]:
        return [(f"{p.name} ({t('role.' + p.role.value)})", str(p.id)) for p in people]

    @staticmethod
    def optional_int(value: str) -> int | str | None:
        return value.strip() or None

    def due(self, value: str, field: str = "due_date", required: bool = False) -> date | None:
        return parse_date(value, field, required=required)

    # -- actions: review ------------------------------------------------------------------------
    def action_decide(self, how: str) -> None:
        if self.refused():
            return
        row = self.highlighted()
        if not isinstance(row, ReviewItem) or row.agreement.id is None:
            self.show_message(t("meet.msg.need_review"))
            return
        aid, mid = row.agreement.id, self.meeting_id
        if how == "done":
            try:
                self.store.mark_agreement_done(aid, meeting_id=mid, on=self.meeting.date)
            except StoreError as exc:
                self.show_message(exc.message)
            self.refresh_view()
        elif how == "continue":
            self.ask(t("meet.dialog.continue"), [FormField("due", t("meet.dialog.new_due"))],
                     lambda v: self.store.continue_agreement(aid, self.due(v["due"], required=True), meeting_id=mid),
                     intro=row.agreement.what)
        elif how == "change":
            a = row.agreement
            self.ask(t("meet.dialog.change"),
                     [FormField("what", t("meet.dialog.what"), a.what),
                      FormField("due", t("meet.dialog.new_due"), format_date(a.due_date))],
                     lambda v: self.store.change_agreement(aid, v["what"], self.due(v["due"]), meeting_id=mid))
        elif how == "cancel":
            self.ask(t("meet.dialog.cancel"), [FormField("reason", t("meet.dialog.reason"))],
                     lambda v: self.store.cancel_agreement(aid, v["reason"], meeting_id=mid),
                     intro=row.agreement.what)

    # -- actions: scaling --------------------------------------------------------------------------
    def _need_goal(self) -> Goal | None:
        goal = self.highlighted_goal()
        if goal is None or goal.id is None:
            self.show_message(t("meet.msg.need_goal"))
            return None
        return goal

    def action_score(self) -> None:
        if self.refused() or (goal := self._need_goal()) is None:
            return
        gid = goal.id
        assert gid is not None
        people = self.present()
        citizen = self.citizen_participant()
        if citizen is not None and citizen not in people:
            people = [citizen, *people]
        people.sort(key=lambda p: p.role is not Role.CITIZEN)
        scored = {r.participant_id for r in self.store.meeting_readings(self.meeting_id) if r.goal_id == gid}
        # Round the table: the citizen first, then each person present who has not scored this goal yet.
        who = next((p for p in people if p.id not in scored), people[0] if people else None)
        self.ask(
            t("meet.dialog.score_title", goal=short(goal.text, 50)),
            [FormField("who", t("meet.dialog.who"), str(who.id) if who else "", options=self.people_options(people)),
             FormField("score", t("meet.dialog.score"))],
            lambda v: self.store.record_scale_reading(
                gid, v["score"].strip() or "", on=self.meeting.date, participant_id=int(v["who"]),
                meeting_id=self.meeting_id),
            focus="score",
        )

    def action_strengths(self) -> None:
        if self.refused():
            return
        self.ask(t("meet.key.strengths"), [FormField("text", t("meet.dialog.strength"))],
                 lambda v: self.store.add_strength(self.citizen_id, v["text"]), intro=t("meet.dialog.strengths"))

    def action_smart(self) -> None:
        if self.refused() or (goal := self._need_goal()) is None:
            return
        gid = goal.id
        assert gid is not None
        items = smart_status(goal)
        fields = [FormField(i.field, f"{i.letter} · {i.name}: {i.question}", i.answer) for i in items]
        self.ask(t("meet.dialog.smart", goal=short(goal.text, 50)), fields,
                 lambda v: self.store.update_goal(gid, **v))

    def action_agreement(self) -> None:
        if self.refused():
            return
        people = self.participants()
        who = self.citizen_participant()
        if self.part == "support":
            relatives = [p for p in self.present() if p.role is Role.RELATIVE] or [
                p for p in people if p.role is Role.RELATIVE]
            if not relatives:
                self.show_message(t("meet.msg.no_relative"))
                return
            who = relatives[0]
        goal = self.highlighted_goal()
        goal_opts = [(t("meet.dialog.no_goal"), "")] + [(short(g.text, 60), str(g.id)) for g in self.goals()]
        start = ""
        if goal is not None and who is not None:
            own = [r for r in self.store.meeting_readings(self.meeting_id)
                   if r.goal_id == goal.id and r.participant_id == who.id]
            start = str(own[-1].score) if own else ""
        fields = [
            FormField("who", t("meet.dialog.who"), str(who.id) if who else "", options=self.people_options(people)),
            FormField("what", t("meet.dialog.what")),
            FormField("due", t("meet.dialog.due")),
            FormField("goal", t("meet.dialog.goal"), str(goal.id) if goal else "", options=goal_opts),
            FormField("from", t("meet.dialog.target_from"), start),
            FormField("to", t("meet.dialog.target_to")),
        ]

        def submit(v: dict[str, Any]) -> Agreement:
            return self.store.add_agreement(
                self.plan_id, int(v["who"]), v["what"], self.due(v["due"]), meeting_id=self.meeting_id,
                goal_id=int(v["goal"]) if v["goal"] else None,
                # The prefilled "from" only counts when a target ("to") is said.
                target_from=self.optional_int(v["from"]) if v["to"].strip() else None,
                target_to=self.optional_int(v["to"]),
                shared_with_relatives=self.RELATIVES_ONLY,
            )

        self.ask(t("meet.dialog.agreement"), fields, submit, focus="what")

    # -- actions: order ------------------------------------------------------------------------------
    def action_order_text(self) -> None:
        if self.refused():
            return
        plan = self.store.get_plan(self.plan_id)
        self.ask(t("meet.dialog.order_text"), [FormField("text", t("meet.dialog.text"), plan.order_text)],
                 lambda v: self.store.update_plan(self.plan_id, order_text=v["text"]))

    def action_order_goal(self) -> None:
        if self.refused():
            return
        self.ask(t("meet.dialog.order_goal"), [FormField("text", t("meet.dialog.text"))],
                 lambda v: self.store.add_order_goal(self.plan_id, v["text"]))

    def action_link(self) -> None:
        if self.refused() or (goal := self._need_goal()) is None:
            return
        gid = goal.id
        assert gid is not None
        opts = [(t("meet.dialog.none"), "")] + [(short(og.text, 60), str(og.id))
                                                 for og in self.store.order_goals(self.plan_id)]
        self.ask(t("meet.dialog.link"),
                 [FormField("og", short(goal.text, 70), str(goal.order_goal_id or ""), options=opts)],
                 lambda v: self.store.link_goal_to_order(gid, int(v["og"]) if v["og"] else None))

    # -- actions: day service ------------------------------------------------------------------------
    def action_smtte(self) -> None:
        if self.refused() or (goal := self._need_goal()) is None:
            return
        gid = goal.id
        assert gid is not None
        fields = [FormField(f"smtte_{k}", t(f"meet.smtte.{k}"), getattr(goal, f"smtte_{k}"))
                  for k in ("context", "signs", "actions", "evaluation")]
        self.ask(t("meet.dialog.smtte", goal=short(goal.text, 50)), fields, lambda v: self.store.update_goal(gid, **v))

    def action_observation(self) -> None:
        if self.refused() or (goal := self._need_goal()) is None:
            return
        gid = goal.id
        assert gid is not None
        fields = [FormField("text", t("meet.dialog.text")),
                  FormField("date", t("meet.dialog.date"), format_date(self.meeting.date)),
                  FormField("observer", t("meet.dialog.observer"))]
        self.ask(t("meet.dialog.observation", goal=short(goal.text, 50)), fields,
                 lambda v: self.store.add_observation(gid, v["text"], self.due(v["date"], "date", required=True),
                                                      observer=v["observer"]))

    def action_pdsa(self) -> None:
        if self.refused() or (goal := self._need_goal()) is None:
            return
        gid = goal.id
        assert gid is not None
        fields = [FormField(k, t(f"meet.pdsa.{k}")) for k in ("plan", "do", "study", "act")]
        self.ask(t("meet.dialog.pdsa", goal=short(goal.text, 50)), fields,
                 lambda v: self.store.add_pdsa_cycle(gid, v["plan"], meeting_id=self.meeting_id, on=self.meeting.date,
                                                     do=v["do"], study=v["study"], act=v["act"]))

    # -- actions: sharing --------------------------------------------------------------------------------
    def action_share(self) -> None:
        if self.refused():
            return
        opts: list[tuple[str, str]] = []
        for g in self.store.goals(self.plan_id):
            if not g.shared_with_relatives and not g.private:
                opts.append((f"{t('meet.share.goal')}: {short(g.text, 60)}", f"goal:{g.id}"))
        for n in self.store.notes(self.plan_id):
            if not n.shared_with_relatives and not n.private:
                opts.append((f"{t('meet.share.note')}: {short(n.text, 60)}", f"note:{n.id}"))
        for a in self.store.agreements(self.plan_id):
            if not a.shared_with_relatives and not a.private:
                opts.append((f"{t('meet.share.agreement')}: {short(a.what, 60)}", f"agreement:{a.id}"))
        if not opts:
            self.show_message(t("meet.share.nothing_more"))
            return
        labels = dict((v, label) for label, v in opts)

        def chosen(result: object) -> None:
            key = str(result)
            table, _, rid = key.partition(":")
            self.confirm(t("meet.share.consent", text=labels.get(key, "")),
                         lambda: self._set_shared(table, int(rid), True))

        self.ask(t("meet.dialog.share"), [FormField("item", t("meet.dialog.share_item"), options=opts)],
                 lambda v: v["item"], after=chosen)

    def _set_shared(self, table: str, record_id: int, shared: bool) -> None:
        self.store.set_shared_with_relatives(table, record_id, shared, citizen_consent=True)

    def action_unshare(self) -> None:
        if self.refused():
            return
        row = self.highlighted()
        if isinstance(row, Goal):
            table = "goal"
        elif isinstance(row, Note):
            table = "note"
        elif isinstance(row, Agreement):
            table = "agreement"
        else:
            return
        if row.id is None:
            return
        text = getattr(row, "text", "") or getattr(row, "what", "")
        self.confirm(t("meet.share.unshare_q", text=text), lambda: self._set_shared(table, row.id, False))

    # -- actions: agenda editing --------------------------------------------------------------------------
    def action_add_item(self) -> None:
        if self.refused():
            return
        opts = [(t(f"meet.part_name.{p}"), p) for p in PARTS]
        self.ask(t("meet.dialog.item"), [FormField("title", t("meet.dialog.title")),
                                         FormField("part", t("meet.dialog.part"), "free", options=opts)],
                 lambda v: self.store.add_agenda_item(self.meeting_id, v["title"], v["part"]))

    def action_remove_item(self) -> None:
        if self.refused() or (item := self.current_item) is None or item.id is None:
            return
        iid = item.id
        self.confirm(t("meet.dialog.remove", title=item.title), lambda: self.store.remove_agenda_item(iid))

    def action_move_item(self, delta: int) -> None:
        if self.refused() or (item := self.current_item) is None or item.id is None:
            return
        self.save_notes()
        try:
            self.store.move_agenda_item(item.id, delta)
        except StoreError as exc:
            self.show_message(exc.message)
            return
        self.item_index = next(i for i, it in enumerate(self.store.agenda(self.meeting_id)) if it.id == item.id)
        self.refresh_view()

    def action_rename_item(self) -> None:
        if self.refused() or (item := self.current_item) is None or item.id is None:
            return
        iid = item.id
        self.ask(t("meet.dialog.rename"), [FormField("title", t("meet.dialog.title"), item.title)],
                 lambda v: self.store.rename_agenda_item(iid, v["title"]))

    # -- actions: closing and after ----------------------------------------------------------------------------
    def action_close_meeting(self) -> None:
        if self.refused():
            return
        self.save_notes()

        def submit(v: dict[str, Any]) -> Meeting:
            return self.store.close_meeting(self.meeting_id, self.due(v["date"], "next_meeting_date"))

        def after(result: object) -> None:
            if isinstance(result, Meeting):
                self.show_message(t("meet.msg.closed", date=format_date(result.next_meeting_date)))

        self.ask(t("meet.dialog.close"), [FormField("date", t("meet.dialog.next_date"))], submit,
                 intro=t("meet.dialog.close_intro"), after=after)

    def action_addendum(self) -> None:
        self.ask(t("meet.dialog.addendum"), [FormField("text", t("meet.dialog.text"))],
                 lambda v: self.store.add_addendum(self.meeting_id, v["text"]), intro=t("meet.dialog.addendum_intro"))

    def action_mirror(self) -> None:
        """The shared screen full screen on this terminal (single-screen rooms); escape comes back."""
        from screens.live import PresentationScreen

        self.save_notes()
        self.app.push_screen(PresentationScreen(self.store, citizen_id=self.citizen_id, follow=True))

    def action_minutes(self) -> None:
        from screens.minutes_preview import MinutesPreviewScreen

        self.save_notes()
        self.app.push_screen(MinutesPreviewScreen(self.store, self.meeting_id, self.audience()))

    def action_export(self) -> None:
        """The export dialog on this meeting's minutes, in the audience of the meeting kind."""
        from screens.export_dialog import ExportDialog

        self.save_notes()
        self.app.push_screen(ExportDialog(self.store, self.citizen_id, meeting_id=self.meeting_id, kind="minutes",
                                          audience=Audience(self.audience())))

    def audience(self) -> str:
        return {"relative": "relative", "authority": "authority", "day_service": "day_service"}.get(
            self.kind.screen, "citizen")

    def action_back(self) -> None:
        self.save_notes()
        self.dismiss(None)
