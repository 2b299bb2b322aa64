"""The plan screen: everything about one citizen's plan on one screen.

Left: the four areas with their sub-goals, latest scale reading and status.
Right: the agreements board (who, what, when, status), in order. Above: the
citizen, the plan type, the overall goal with its level, values and strengths.

| key | action |
|---|---|
| o | overall goal |
| n | new sub-goal in the selected area |
| enter, e | edit the selected goal / agreement (the one marked ▶ in the focused pane) |
| h | the goal's earlier wordings |
| c | citizen details (values, strengths, mentor) |
| p | participants (new, edit, delete) |
| t | new activity under the goal |
| a | new agreement |
| space, x | mark the agreement marked ▶ on the board done / open again (the board must have the focus) |
| shift+up, shift+down | move the agreement marked ▶ up / down (its order is the minutes' and the live view's) |
| A | all agreements, or only the open and the latest finished again |
| s | scale reading |
| b | observation (tegn) |
| m | meetings |
| g | progression of the goal |
| f | progress by area (first and latest reading) in place of the goal list; f again: back |
| v | mirror on the shared screen |
| R | show the selected private item on the shared screen |
| l | change log |
| N | the plan's notes (private, internal or shared with relatives) |
| d | sharing with relatives and the consent behind it |
| delete | delete the selected goal / agreement (asks first) |
| ctrl+z | undo the last delete or the last done / open again (the done date comes back as it was) |
| escape | back to the citizens |
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, TypeAlias

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from screens.i18n import error_text, t
from screens.widgets.agreement_board import AgreementBoard
from screens.widgets.area_overview import AreaOverview
from screens.widgets.collector import CollectorHold, hold_collector
from screens.widgets.footer import KeyBar
from screens.widgets.goal_list import GoalList, Prompt
from screens.widgets.localized import LocalizedBindings
from screens.widgets.plan_text import goal_prompt, harmless
from screens.widgets.removal import confirm_and_remove
from screens.widgets.render_cache import forget_closed_screens
from screens.widgets.view_focus import publish_focus
from store.access import AccessEvent, Channel
from store.chain import ACCESS_TABLE
from store.enums import AgreementStatus, Area
from store.errors import NotFound, StoreError
from store.list_store import ListStore, full_store
from store.plan_view import PlanView
from store import clock

if TYPE_CHECKING:  # `rundbord --citizen N` draws this screen's first frame before the models load
    from textual.app import App

    from store import Store
    from store.models import Agreement
    from store.removal import Removed

_HISTORY_TABLES = {"agreement_event", "goal_revision"}
"""History rows that go with a record: not counted as "linked items" in the question."""
BOARD_SHARE = 11 / 20
"""The board's share of the screen's width (plan.tcss: goal list 9fr, board 11fr), used
only to lay the board out before the first layout; a resize lays it out again if it differs."""
GOALS_SHARE = 9 / 20
"""The goal list's share, likewise."""
COLLECT_AFTER_S = 0.5
"""The garbage collector runs this long after the plan is mounted (its frames are drawn by then),
not while it opens."""

KEPT_PLAN = "rundbord-plan"
"""The name the app's one kept plan screen is installed under (`plan_screen`)."""

Undo: TypeAlias = "Removed | Agreement"
"""What ctrl+z puts back: a removed record (and what went with it), or an agreement as it was
before it was marked done or opened again."""


class PlanScreen(LocalizedBindings):
    """One citizen's plan; every change is saved the moment it is confirmed."""

    CSS_PATH = "plan.tcss"
    MOUNTS: ClassVar[tuple[type[Widget], ...]] = (Vertical, Horizontal, Static, GoalList, AreaOverview,
                                                  AgreementBoard, KeyBar)
    """The widget classes `compose` mounts. The app reads their `DEFAULT_CSS` with `CSS_PATH` while the
    citizens list waits (tui/app.py), so the first plan of the session parses no new styles as it opens;
    tests/tui/test_startup_imports.py fails when a class mounted here is missing."""
    AUTO_FOCUS = "#goal-list"
    """Focused as the screen is built, so the first frame is drawn with the focus in place."""

    BINDINGS = [
        Binding("n", "new_goal", "plan.key.new_goal", id="plan.new_goal"),
        Binding("e", "edit", "plan.key.edit", id="plan.edit"),
        Binding("a", "new_agreement", "plan.key.new_agreement", id="plan.new_agreement"),
        Binding("x,space", "toggle_done", "plan.key.toggle_done", id="plan.toggle_done"),
        Binding("shift+up", "move_agreement(-1)", "plan.key.move_up", show=False, id="plan.move_up"),
        Binding("shift+down", "move_agreement(1)", "plan.key.move_down", show=False, id="plan.move_down"),
        Binding("s", "scale", "plan.key.scale", id="plan.scale"),
        Binding("m", "meetings", "plan.key.meetings", id="plan.meetings"),
        Binding("v", "mirror", "plan.key.mirror", id="plan.mirror"),
        Binding("f", "toggle_areas", "progression.key.areas", id="plan.areas"),
        Binding("delete", "delete", "plan.key.delete", id="plan.delete"),
        Binding("escape", "back", "plan.key.back", show=False, id="plan.back"),
        Binding("o", "overall_goal", "plan.key.overall_goal", show=False, id="plan.overall_goal"),
        Binding("h", "goal_history", "plan.key.history", show=False, id="plan.history"),
        Binding("c", "citizen", "plan.key.citizen", show=False, id="plan.citizen"),
        Binding("p", "participants", "plan.key.participants", show=False, id="plan.participants"),
        Binding("t", "activity", "plan.key.activity", show=False, id="plan.activity"),
        Binding("b", "observation", "plan.key.observation", show=False, id="plan.observation"),
        Binding("g", "progression", "plan.key.progression", show=False, id="plan.progression"),
        Binding("R", "reveal", "plan.key.reveal", show=False, id="plan.reveal"),
        Binding("l", "change_log", "plan.key.change_log", show=False, id="plan.change_log"),
        Binding("ctrl+z", "undo", "plan.key.undo", show=False, id="plan.undo"),
        Binding("A", "all_agreements", "plan.key.all_agreements", show=False, id="plan.all_agreements"),
        Binding("N", "notes", "plan.key.notes", show=False, id="plan.notes"),
        Binding("d", "sharing", "plan.key.sharing", show=False, id="plan.sharing"),
        Binding("E", "export", "plan.key.export", show=False, id="plan.export"),
    ]

    def __init__(
        self,
        store: Store | ListStore,
        citizen_id: int,
        *,
        today: date | None = None,
        goal_id: int | None = None,
        agreement_id: int | None = None,
    ) -> None:
        """`store` may be the first screen's `ListStore` (`rundbord --citizen N`): the plan is then read as
        plain rows and drawn before the models load; every key that changes something uses the full
        store (`store`), and the shared screen is told what is shown once it is there."""
        super().__init__()
        self._collector, self._read_at, self.view = _read_plan(store, citizen_id)
        self._take(store, citizen_id, today, goal_id, agreement_id)

    def _take(self, store: Store | ListStore, citizen_id: int, today: date | None, goal_id: int | None,
              agreement_id: int | None) -> None:
        """What a plan shown on this screen starts with, besides its read (`_read_plan`)."""
        self._first = store
        self._store: Store | None = None if isinstance(store, ListStore) else store
        self.citizen_id = citizen_id
        self.today = today or clock.today()
        self._initial = (goal_id, agreement_id)
        self.undo_stack: list[Undo] = []
        self._resumed_once = False
        self._plan_is_closed = False

    @property
    def store(self) -> Store:
        """The full store (made now if the app has not made it yet: the key that asks waits for it)."""
        if self._store is None:
            self._store = full_store(self._first)
        return self._store

    @property
    def plan_id(self) -> int:
        assert self.view.plan.id is not None
        return self.view.plan.id

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Vertical(id="plan"):
            yield Static(id="plan-header", markup=False)
            yield Static(id="plan-overall", markup=False)
            with Horizontal(id="plan-values"):
                yield Static(id="plan-values-text", markup=False)
                yield Static(id="plan-strengths-text", markup=False)
            with Horizontal(id="plan-body"):
                goals = GoalList(share=GOALS_SHARE, id="goal-list")
                goals.border_title = t("plan.goals_title")
                yield goals
                with Vertical(id="area-panel"):
                    yield AreaOverview(id="area-overview")
                    yield Static(id="area-hint", markup=False)
                board = AgreementBoard(share=BOARD_SHARE, id="agreement-board")
                board.border_title = t("plan.board_title")
                yield board
        yield KeyBar(compact=True)

    def on_mount(self) -> None:
        self.query_one("#area-panel").border_title = t("area_overview.panel")
        self._paint()
        self.select(goal_id=self._initial[0], agreement_id=self._initial[1])
        if isinstance(self._first, ListStore):  # the shared screen follows once the full store is there
            self._first.when_full(self._full_store_ready)
        else:
            self._publish_focus()
        self._log_opened()
        self.set_timer(COLLECT_AFTER_S, self._collector.release)

    def _full_store_ready(self, store: Store) -> None:
        self._store = store
        if not self._plan_is_closed:
            self._publish_focus()

    def on_unmount(self) -> None:
        """The plan is closed: let its drawn lines go (screens/widgets/render_cache.py)."""
        self._plan_closed()

    def on_screen_suspend(self) -> None:
        """Popped off the stack (the kept screen stays mounted, `plan_screen`): closed as an unmounted one is.
        Suspended under a dialog, it stays open."""
        if self not in self.app.screen_stack:
            self._plan_closed()

    def _plan_closed(self) -> None:
        self._plan_is_closed = True
        self._collector.release(collect=False)
        forget_closed_screens()

    def reopen(
        self,
        store: Store,
        citizen_id: int,
        *,
        today: date | None = None,
        goal_id: int | None = None,
        agreement_id: int | None = None,
    ) -> None:
        """Show another plan (or the same one afresh) on this mounted, closed screen, as a new screen would
        show it: the plan read now, every widget filled before the screen is shown again, the selection at
        the top (or on `goal_id` / `agreement_id`), nothing scrolled, `f` and `A` off, no undo, the collector
        held as for a new screen. Nothing of the plan shown before is left: what is not read again is reset.
        A read that fails (`NotFound`) leaves the screen as it was."""
        read = _read_plan(store, citizen_id)
        self._collector.release(collect=False)
        self._collector, self._read_at, self.view = read
        self._take(store, citizen_id, today, goal_id, agreement_id)
        self.remove_class("-areas")
        goals, board = self.goal_list, self.board
        goals.set_reactive(GoalList.highlighted, None)  # the first goal is selected, as on a new screen
        goals.hover = None
        goals.scroll_to(0, 0, animate=False, immediate=True)
        board.show_all = False
        board.reset_view()
        self._paint()
        self.set_focus(goals, scroll_visible=False)
        self.select(goal_id=goal_id, agreement_id=agreement_id)
        self._publish_focus()
        self._log_opened()
        self.set_timer(COLLECT_AFTER_S, self._collector.release)

    def _log_opened(self) -> None:
        """Who looked: the plan was opened in the facilitator's app (a file that cannot be written logs nothing).
        Written through the store the plan was read from (the `ListStore` logs as the `Store` does)."""
        try:
            self._first.log_access(AccessEvent.PLAN_OPENED, self.citizen_id, channel=Channel.APP)
        except StoreError:
            pass

    def select(self, *, goal_id: int | None = None, agreement_id: int | None = None) -> None:
        """Select (and focus) a goal in the list or an agreement on the board."""
        if goal_id is not None:
            goals = self.goal_list
            try:
                goals.highlighted = goals.get_option_index(f"goal:{goal_id}")
            except KeyError:  # not on this plan
                return
            goals.focus()
        if agreement_id is not None:
            board = self.board
            if board.select_agreement(agreement_id):
                board.focus()

    def on_screen_resume(self) -> None:
        if not self._resumed_once:  # the first resume is the push itself: on_mount painted
            self._resumed_once = True
            return
        self.refresh_plan()
        self._publish_focus()

    # -- reading -------------------------------------------------------------
    def refresh_plan(self) -> None:
        """Re-read the plan (one read) and redraw, keeping what is selected, if anything was written since
        it was read: here, in a dialog over it, or by a colleague. A dialog closed without saving leaves the
        plan as it is drawn (the read and the redraw were most of what closing a dialog cost)."""
        if not self._written_since_read():
            return
        point = _change_point(self.store)
        try:
            self.view = self.store.plan_view(self.citizen_id)
        except NotFound:
            self.action_back()
            return
        self._read_at = point
        self._paint()

    def _written_since_read(self) -> bool:
        """Whether a record was written since the plan was read (`refresh_plan`).

        The commit marker moves with every commit; when it has moved, the audit log
        says whether a record changed (every write of a record is audited) or only
        what is not part of the plan: who looked (the plan's own opening is one)
        and the cursor the shared screen follows (not audited). A commit landing
        while this is asked is seen next time.
        """
        if self._read_at is None:
            return True
        marker, position = self._read_at
        now = self.store.change_marker()
        if now == marker:
            return False
        if self.store.changes_since(position).keys() - {ACCESS_TABLE}:
            return True
        self._read_at = (now, position)
        return False

    def _paint(self) -> None:
        """Draw the plan view that was read last."""
        v = self.view
        header = Text()
        header.append(harmless(v.citizen.name), style="bold")
        header.append("  ·  ")
        header.append(harmless(v.plan_type.name))
        self.query_one("#plan-header", Static).update(header)
        overall = Text()
        overall.append(t("plan.overall_goal") + " ", style="bold")
        overall.append(f"({t('level.' + v.plan.goal_level.value)}): ", style="italic")
        overall.append(harmless(v.plan.overall_goal) or t("plan.no_overall_goal"))
        self.query_one("#plan-overall", Static).update(overall)
        values = Text()
        values.append(t("plan.values") + " ", style="bold")
        values.append(harmless(v.citizen.values) or "–")
        self.query_one("#plan-values-text", Static).update(values)
        strengths = Text()
        strengths.append(t("plan.strengths") + " ", style="bold")
        strengths.append(harmless(v.citizen.strengths) or "–")
        self.query_one("#plan-strengths-text", Static).update(strengths)
        self._fill_goals()
        self._fill_board()
        self._fill_areas()

    def _fill_areas(self) -> None:
        """The across-goals overview (shown with f), read from the same plan view; drawn when shown."""
        if not self.has_class("-areas"):
            return
        self.query_one("#area-overview", AreaOverview).update_view(self.view)
        hint = Text(t("area_overview.hint"), style="dim")
        t_score = self.store.citizen_gas_t_score(self.citizen_id)
        if t_score is not None:
            hint.append("\n" + t("progression.t_score") + ": ", style="bold")
            hint.append(f"{t_score:.1f}".replace(".", ","))
        self.query_one("#area-hint", Static).update(hint)

    @property
    def goal_list(self) -> GoalList:
        return self.query_one("#goal-list", GoalList)

    def _fill_goals(self) -> None:
        goals = self.goal_list
        current = goals.highlighted_id
        options: list[tuple[Prompt, str]] = []
        for area in Area:
            in_area = self.view.goals_in(area)
            title = Text(t("area." + area.value).upper(), style="bold")
            if not in_area:
                title.append("  " + t("plan.area_empty"), style="italic")
            options.append((title, f"area:{area.value}"))
            for gv in in_area:
                options.append((goal_prompt(gv, self.view.participants), f"goal:{gv.goal.id}"))
        ids = [oid for _, oid in options]
        index = ids.index(current) if current in ids else None
        if index is None:
            index = next((i for i, oid in enumerate(ids) if oid.startswith("goal:")), 0)
        goals.set_items(options, index)

    @property
    def board(self) -> AgreementBoard:
        return self.query_one("#agreement-board", AgreementBoard)

    def _fill_board(self) -> None:
        """The agreements board (open ones, the latest finished, one line for the rest)."""
        self.board.show(self.view.agreements, self.view.participant, self.today)

    def action_all_agreements(self) -> None:
        """All agreements on the board, or again only the open and the latest finished."""
        self.board.show_all = not self.board.show_all
        self.board.fill()

    # -- what is selected ----------------------------------------------------
    def _highlighted_option_id(self) -> str | None:
        return self.goal_list.highlighted_id

    def selected_goal_id(self) -> int | None:
        oid = self._highlighted_option_id() or ""
        return int(oid.split(":", 1)[1]) if oid.startswith("goal:") else None

    def selected_area(self) -> Area:
        oid = self._highlighted_option_id() or ""
        if oid.startswith("area:"):
            return Area(oid.split(":", 1)[1])
        gid = self.selected_goal_id()
        goal = next((g.goal for g in self.view.goals if g.goal.id == gid), None)
        return goal.area if goal else Area.EMPLOYMENT

    def selected_agreement_id(self) -> int | None:
        return self.board.selected_agreement_id()

    def _board_focused(self) -> bool:
        return self.focused is self.board

    def _focused_agreement_id(self) -> int | None:
        """The agreement marked ▶ on the board, if the board has the focus; else say what to select."""
        aid = self.selected_agreement_id() if self._board_focused() else None
        if aid is None:
            self.notify(t("plan.choose_agreement"), severity="warning")
        return aid

    @on(GoalList.Highlighted, "#goal-list")
    def _goal_highlighted(self) -> None:
        self._publish_focus()

    def _publish_focus(self) -> None:
        """Tell the shared screen what is shown (it follows the facilitator): this plan, no meeting.
        Before the full store is made (the first frame of `--citizen`) it is told when it is."""
        if self._store is None:
            return
        publish_focus(self._store, citizen_id=self.citizen_id, meeting_id=None, agenda_item_id=None,
                      goal_id=self.selected_goal_id())

    # -- opening other screens -------------------------------------------------
    def _open(self, screen: Screen[Any]) -> None:
        """Push a screen; the plan is read again when it returns a result (a saved record)."""
        self.app.push_screen(screen, callback=self._after_edit)

    def _after_edit(self, result: Any) -> None:
        """The plan read again; a goal or an agreement just saved becomes the selected one, so the next key
        (an agreement for the new goal, a score) acts on what was just written."""
        if result is None:
            return
        from store.models import Agreement, Goal

        self.refresh_plan()
        if isinstance(result, Goal):
            self.select(goal_id=result.id)
        elif isinstance(result, Agreement):
            self.select(agreement_id=result.id)

    def _need_goal(self) -> int | None:
        gid = self.selected_goal_id()
        if gid is None:
            self.notify(t("plan.choose_goal"), severity="warning")
        return gid

    @on(GoalList.Selected, "#goal-list")
    def _goal_selected(self) -> None:
        self.action_edit()

    @on(AgreementBoard.Selected, "#agreement-board")
    def _agreement_selected(self, event: AgreementBoard.Selected) -> None:
        if event.key == "more":
            self.action_all_agreements()
        else:
            self.action_edit()

    def action_edit(self) -> None:
        if self._board_focused():
            aid = self.selected_agreement_id()
            if aid is not None:
                from screens.editors import AgreementEditor

                self._open(AgreementEditor(self.store, self.plan_id, aid))
            return
        gid = self.selected_goal_id()
        if gid is None:
            self.action_new_goal()
        else:
            from screens.editors import GoalEditor

            self._open(GoalEditor(self.store, self.plan_id, gid))

    def action_new_goal(self) -> None:
        from screens.editors import GoalEditor

        self._open(GoalEditor(self.store, self.plan_id, None, area=self.selected_area()))

    def action_overall_goal(self) -> None:
        from screens.editors import OverallGoalEditor

        self._open(OverallGoalEditor(self.store, self.plan_id))

    def action_goal_history(self) -> None:
        if (gid := self._need_goal()) is not None:
            from screens.editors import GoalHistoryScreen

            self._open(GoalHistoryScreen(self.store, gid))

    def action_citizen(self) -> None:
        from screens.editors import CitizenEditor

        self._open(CitizenEditor(self.store, self.citizen_id))

    def action_participants(self) -> None:
        from screens.participants import ParticipantsScreen

        self.app.push_screen(ParticipantsScreen(self.store, self.plan_id), callback=lambda _: self.refresh_plan())

    def action_notes(self) -> None:
        from screens.notes import PlanNotesScreen

        self.app.push_screen(PlanNotesScreen(self.store, self.plan_id), callback=lambda _: self.refresh_plan())

    def action_sharing(self) -> None:
        from screens.consents import ConsentsScreen

        self.app.push_screen(ConsentsScreen(self.store, self.plan_id, today=self.today),
                             callback=lambda _: self.refresh_plan())

    def action_export(self) -> None:
        """The export dialog: minutes, the plan, a calendar file, mail drafts or FHIR."""
        from screens.export_dialog import ExportDialog

        self.app.push_screen(ExportDialog(self.store, self.citizen_id))

    def action_activity(self) -> None:
        if (gid := self._need_goal()) is not None:
            from screens.activities import ActivitiesScreen

            self.app.push_screen(ActivitiesScreen(self.store, gid), callback=lambda _: self.refresh_plan())

    def action_new_agreement(self) -> None:
        from screens.editors import AgreementEditor

        self._open(AgreementEditor(self.store, self.plan_id, goal_id=self.selected_goal_id()))

    def action_scale(self) -> None:
        if (gid := self._need_goal()) is not None:
            from screens.editors import ScaleReadingEditor

            self._open(ScaleReadingEditor(self.store, gid))

    def action_observation(self) -> None:
        if (gid := self._need_goal()) is not None:
            from screens.editors import ObservationEditor

            self._open(ObservationEditor(self.store, gid))

    def action_meetings(self) -> None:
        from screens.meetings import MeetingListScreen

        self._open(MeetingListScreen(self.store, self.plan_id))

    def action_progression(self) -> None:
        if (gid := self._need_goal()) is not None:
            from screens.progression import ProgressionScreen

            self._open(ProgressionScreen(self.store, gid))

    def action_toggle_areas(self) -> None:
        """Show the progress by area in place of the goal list, or the goal list again."""
        showing = not self.has_class("-areas")
        self.set_class(showing, "-areas")
        self._fill_areas()
        if showing and self.focused is self.goal_list:
            self.board.focus()
        elif not showing:
            self.goal_list.focus()

    def action_mirror(self) -> None:
        from screens.live import PresentationScreen

        self._open(PresentationScreen(self.store, citizen_id=self.citizen_id, follow=True, read_only=True))

    def action_change_log(self) -> None:
        from screens.history import ChangeLogScreen

        self._open(ChangeLogScreen(self.store, self.citizen_id))

    def action_back(self) -> None:
        """Back to the citizens list: the screen under this one, or (the plan was the first screen,
        `rundbord --citizen N`) the list in its place."""
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
            return
        from screens.citizens import CitizensScreen

        self.app.switch_screen(CitizensScreen(self._first, today=self.today, selected=self.citizen_id))

    # -- changes made right here -------------------------------------------------
    def action_toggle_done(self) -> None:
        """Done (or open again) for the agreement marked ▶ on the focused board; ctrl+z puts it back."""
        if (aid := self._focused_agreement_id()) is None:
            return
        before = self.store.get_agreement(aid)
        try:
            if before.status is AgreementStatus.OPEN:
                self.store.mark_agreement_done(aid, on=self.today)
                self.notify(t("plan.marked_done"))
            elif before.status is AgreementStatus.DONE:
                self.store.reopen_agreement(aid)
                self.notify(t("plan.reopened"))
            else:
                self.notify(t("plan.cancelled_cannot_toggle"), severity="warning")
                return
        except StoreError as exc:
            self.notify(harmless(error_text(exc)), severity="error", markup=False)
            return
        self.undo_stack.append(before)
        self.refresh_plan()

    def action_move_agreement(self, delta: int) -> None:
        """Move the agreement marked ▶ up or down: the order who-does-what is read in."""
        if (aid := self._focused_agreement_id()) is None:
            return
        try:
            self.store.move_agreement(aid, delta)
        except StoreError as exc:
            self.notify(harmless(error_text(exc)), severity="error", markup=False)
            return
        self.refresh_plan()
        self.board.select_agreement(aid)

    def _selected_record(self) -> tuple[str, int, str, bool] | None:
        """(table, id, its text, private) of what the focused pane has selected (marked ▶)."""
        if self._board_focused():
            aid = self.selected_agreement_id()
            a = next((x for x in self.view.agreements if x.id == aid), None)
            return ("agreement", a.id, a.what, a.private) if a and a.id is not None else None
        if self.focused is not self.goal_list:
            return None
        gid = self.selected_goal_id()
        g = next((x.goal for x in self.view.goals if x.goal.id == gid), None)
        return ("goal", g.id, g.text, g.private) if g and g.id is not None else None

    def action_reveal(self) -> None:
        picked = self._selected_record()
        if picked is None or not picked[3]:
            self.notify(t("plan.reveal_not_private"), severity="warning")
            return
        self.store.reveal_on_screen(picked[0], picked[1])
        self.notify(t("plan.revealed"))

    def action_delete(self) -> None:
        picked = self._selected_record()
        if picked is None:
            self.notify(t("plan.choose_to_delete"), severity="warning")
            return
        table, rid, text, _ = picked
        try:
            preview = self.store.removal_preview(table, rid)
        except StoreError as exc:
            self.notify(harmless(error_text(exc)), severity="error", markup=False)
            return
        short = text if len(text) <= 60 else text[:59] + "…"
        question = t(f"plan.confirm_delete.{table}", text=short)
        linked = sum(1 for r in preview.records[:-1] if type(r).__table__ not in _HISTORY_TABLES)
        if linked:
            question += " " + t("plan.confirm_delete.dependents", count=linked)
        removed: list[Removed] = []

        def after() -> None:
            self.undo_stack.extend(removed)
            self.refresh_plan()

        confirm_and_remove(self, self.store, table, rid, question, removed, after)

    def action_undo(self) -> None:
        """Put back the last delete, or the last done / open again exactly as it was (its done date too)."""
        if not self.undo_stack:
            self.notify(t("plan.nothing_to_undo"), severity="warning")
            return
        last = self.undo_stack[-1]
        from store.removal import Removed

        try:
            if isinstance(last, Removed):
                self.store.restore(last)
            else:
                assert last.id is not None
                self.store.restore_agreement_state(last.id, last)
        except StoreError as exc:
            self.notify(harmless(error_text(exc)), severity="error", markup=False)
            return
        self.undo_stack.pop()
        self.refresh_plan()
        self.notify(t("plan.undone"))


ChangePoint: TypeAlias = "tuple[tuple[int, int], int]"
"""Where the database stood: its commit marker and the audit log's newest row (`_change_point`)."""


def _change_point(store: Store) -> ChangePoint:
    """Where the database stands, taken before a read."""
    return store.change_marker(), store.audit_position()


def _read_plan(store: Store | ListStore, citizen_id: int) -> tuple[CollectorHold, ChangePoint | None, PlanView]:
    """A citizen's plan read for showing: the collector held while it is read and drawn
    (screens/widgets/collector.py; released again if the read fails, so a failed read changes nothing),
    and where the database stood before the read (None from the first screen's `ListStore`, which reads on a
    connection of its own: the plan is read again at the next `refresh_plan`)."""
    collector = hold_collector()
    try:
        point = None if isinstance(store, ListStore) else _change_point(store)
        return collector, point, store.plan_view(citizen_id)
    except BaseException:
        collector.release(collect=False)
        raise


def plan_screen(
    app: App[Any],
    store: Store,
    citizen_id: int,
    *,
    today: date | None = None,
    goal_id: int | None = None,
    agreement_id: int | None = None,
    reuse: bool = True,
) -> PlanScreen:
    """The plan screen to push for a citizen: the app's one kept plan screen, filled with this citizen's plan.

    The first plan opened makes the screen and installs it (Textual keeps an installed screen mounted when
    it is popped); every later opening, of any citizen, shows that screen again with the new plan
    (`PlanScreen.reopen`), without composing, mounting and styling ~30 widgets anew. While the kept screen
    is on the screen stack (a plan opened from over a plan), or with `reuse=False`, a new screen is made
    for this opening only, as before."""
    kept = app.get_screen(KEPT_PLAN) if app.is_screen_installed(KEPT_PLAN) else None
    if isinstance(kept, PlanScreen) and reuse and kept.is_mounted and kept not in app.screen_stack:
        kept.reopen(store, citizen_id, today=today, goal_id=goal_id, agreement_id=agreement_id)
        return kept
    plan = PlanScreen(store, citizen_id, today=today, goal_id=goal_id, agreement_id=agreement_id)
    if reuse and not isinstance(kept, PlanScreen):  # the first plan opened: kept from now on
        app.install_screen(plan, KEPT_PLAN)
    return plan


__all__ = ["PlanScreen", "plan_screen"]
