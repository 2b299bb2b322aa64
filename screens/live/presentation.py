"""The shared screen: a large, calm, read-only view of the plan that follows
the facilitator.

Watching the database: a timer on the main thread polls the store's change
marker (`PRAGMA data_version` plus this connection's own change count) every
20 ms; a poll costs a few microseconds and reads nothing else. Only when the
marker moves is the content read again, compared with what is shown, and the
widgets whose slice changed are updated. The store's connection runs in
autocommit mode and every read is fetched to the end, so no read transaction
freezes `data_version`.

If the file disappears or cannot be read, a banner says so in Danish; the
screen retries and recovers by itself (reopening the file if it was replaced).

Who looked: when the screen starts showing a citizen's plan, and when it
stops (another citizen, or the screen closes), it logs it through
`Store.log_access` with its `channel` (mirror, view or serve). That row in
the audit log is the only thing it ever writes; a file it cannot write gets
no row and the view goes on.

Bindings: only `escape`, which leaves the screen when it was pushed over the
facilitator's app (mirror mode). Nothing else here writes to the database.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen

from screens.i18n import t
from screens.widgets.area_overview import AreaOverview
from store import Store
from store.access import AccessEvent, Channel
from store.enums import Area
from store.errors import READ_ERRORS
from store import clock
from store.location import shown

from .content import LiveContent, LiveReader
from .widgets import AgreementsBoard, FittedText, GoalCardView, TextPanel, agenda_text

POLL_SECONDS = 0.02
WIDE = 120
TIGHT = 100
"""From this width the view is "-wide" (HORIZONTAL_BREAKPOINTS): room for the area grid."""
RETRY_SECONDS = 0.5


def _file_id(location: Path | str) -> object | None:
    """What the database is: a file's device and inode (None when it is gone or empty); a URL stays itself."""
    if isinstance(location, str):
        return location
    path = location
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st.st_size > 0 else None


class PresentationScreen(Screen[None]):
    """The plan for the room. `citizen_id` pins a citizen; else it follows the facilitator."""

    CSS_PATH = "live.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    BINDINGS = [Binding("escape", "leave", show=False)]
    AUTO_FOCUS = None

    class Refreshed(Message):
        """The screen shows new content (after it was painted)."""

        def __init__(self, content: LiveContent, marker: tuple[int, int]) -> None:
            super().__init__()
            self.content = content
            self.marker = marker

    def __init__(
        self,
        store: Store,
        *,
        citizen_id: int | None = None,
        follow: bool = True,
        read_only: bool = True,
        today: Callable[[], date] = clock.today,
        opener: Callable[[Path | str], Store] | None = None,
        escape_returns: bool = True,
        channel: Channel = Channel.MIRROR,
    ) -> None:
        super().__init__()
        self.channel = channel
        self._showing: int | None = None
        """The citizen whose plan is on the screen now (its start is logged; its end will be)."""
        self.store = store
        self.citizen_id = citizen_id
        self.follow = follow
        self.read_only = read_only
        self.escape_returns = escape_returns
        self._today = today
        self._opener = opener
        self._path = store.location
        self._file = _file_id(self._path)
        self._marker: tuple[int, int] | None = None
        self._content: LiveContent | None = None
        self._problem: str | None = None
        self._since_retry = 0.0
        self._own_stores: list[Store] = []
        self._reader = LiveReader(store)
        self._area_columns = False
        self._cards: dict[str, GoalCardView] = {}
        """The goal cards on the screen by key: a change shows in its card without searching the screen."""
        """The goals are laid out in one column per area (the area grid) now."""

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield TextPanel(id="live-banner")
        yield TextPanel(id="live-message")
        with Vertical(id="live-plan"):
            yield TextPanel(id="live-header")
            yield FittedText(id="live-overall")
            with Horizontal(id="live-body"):
                with Vertical(id="live-main"):
                    yield Container(id="live-goals")
                    yield AgreementsBoard(id="live-agreements")
                with Vertical(id="live-side"):
                    yield FittedText(id="live-agenda")
                    yield AreaOverview(form="compact", id="live-areas")

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < TIGHT, "-tight")
        if self._content is not None:
            self._set_layout(len(self._content.goals))
            if self._by_area() != self._area_columns:
                self.call_after_refresh(self._relayout)

    async def _relayout(self) -> None:
        if self._content is not None and self._by_area() != self._area_columns:
            await self._paint_goals(self._content, None)

    async def on_mount(self) -> None:
        self.query_one("#live-banner").display = False
        await self.check_now()
        self.set_interval(POLL_SECONDS, self._poll)

    def on_unmount(self) -> None:
        self._log_session(None)
        for store in self._own_stores:
            store.close()
        self._own_stores.clear()

    def action_leave(self) -> None:
        """Back to the facilitator's screen (mirror mode); nothing to go back to in `rundbord view`."""
        if self.escape_returns and len(self.app.screen_stack) > 1 and self.app.screen is self:
            self.app.pop_screen()

    # -- watching ----------------------------------------------------------
    async def check_now(self) -> None:
        """Look at the database now (the timer does this every 20 ms); retry at once after a problem."""
        if self._problem is not None:
            await self._recover()
        else:
            await self._poll()

    async def _poll(self) -> None:
        if self._problem is not None:
            self._since_retry += POLL_SECONDS
            if self._since_retry < RETRY_SECONDS:
                return
            self._since_retry = 0.0
            await self._recover()
            return
        file_id = _file_id(self._path)
        if file_id is None:
            self._fail(t("live.banner.missing", path=shown(self._path)))
            return
        if file_id != self._file:
            await self._recover()
            return
        try:
            marker = self.store.change_marker()
            if marker == self._marker:
                return
            content = self._reader.read(citizen_id=self.citizen_id, follow=self.follow, today=self._today())
        except READ_ERRORS as exc:
            self._fail(t("live.banner.unreadable", reason=str(exc)))
            return
        self._marker = marker
        await self._apply(content)

    def _fail(self, message: str) -> None:
        self._problem = message
        self._marker = None
        banner = self.query_one("#live-banner", TextPanel)
        banner.show(Text(message))
        banner.display = True

    async def _recover(self) -> None:
        """Open the file again if it is back (never creates one), and read it."""
        file_id = _file_id(self._path)
        if file_id is None:
            self._fail(t("live.banner.missing", path=shown(self._path)))
            return
        try:
            if file_id != self._file:
                opener = self._opener or (lambda p: Store(p, user=self.store.user, read_only=self.store.read_only))
                store = opener(self._path)
                for old in self._own_stores:
                    old.close()
                self._own_stores = [store]
                self.store = store
                self._reader = LiveReader(store)
                self._file = file_id
            marker = self.store.change_marker()
            content = self._reader.read(citizen_id=self.citizen_id, follow=self.follow, today=self._today())
        except READ_ERRORS as exc:
            self._fail(t("live.banner.unreadable", reason=str(exc)))
            return
        self._problem = None
        self.query_one("#live-banner").display = False
        self._marker = marker
        await self._apply(content)

    # -- painting ----------------------------------------------------------
    def _log_session(self, citizen_id: int | None) -> None:
        """Log the end of the citizen shown so far and the start of `citizen_id` (None: nobody)."""
        if citizen_id == self._showing:
            return
        for event, cid in ((AccessEvent.LIVE_END, self._showing), (AccessEvent.LIVE_START, citizen_id)):
            if cid is None:
                continue
            try:
                self.store.log_access(event, cid, channel=self.channel)
            except READ_ERRORS:
                pass  # a file that cannot be written (or is gone) logs nothing; the room still sees the plan
        self._showing = citizen_id

    async def _apply(self, content: LiveContent) -> None:
        old = self._content
        self._log_session(content.citizen_id if not content.message else None)
        self._content = content
        if old != content:
            with self.app.batch_update():
                await self._paint(content, old)
        marker = self._marker or (0, 0)
        self.call_after_refresh(self.post_message, self.Refreshed(content, marker))

    async def _paint(self, new: LiveContent, old: LiveContent | None) -> None:
        message = self.query_one("#live-message", TextPanel)
        plan = self.query_one("#live-plan")
        message.display = bool(new.message)
        plan.display = not new.message
        if new.message:
            message.show(Text(new.message))
            return
        header = Text()
        header.append(new.name, style="bold")
        header.append("  ·  " + new.plan_type, style="dim")
        if new.relatives_only:
            header.append("\n" + t("live.relatives_only"), style="italic")
        self.query_one("#live-header", TextPanel).show(header)
        overall = Text()
        overall.append(t("live.overall_goal") + ": ", style="bold")
        if not new.overall_shown:
            overall.append(t("live.overall_not_shared"), style="dim italic")
        elif new.overall_goal:
            overall.append(new.overall_goal)
            overall.append(f"  ({new.goal_level})", style="dim")
        else:
            overall.append(t("live.no_overall_goal"), style="dim italic")
        self.query_one("#live-overall", FittedText).show(overall)
        await self._paint_goals(new, old)
        self.query_one("#live-agreements", AgreementsBoard).show(new.agreements, new.finished_not_shown)
        self.query_one("#live-agenda", FittedText).show(agenda_text(new.agenda))
        areas = self.query_one("#live-areas", AreaOverview)
        areas.update_view(new.areas)
        areas.set_class(not any(a.latest is not None for a in new.areas), "-empty")

    def _by_area(self) -> bool:
        """Four goals or more on a wide screen: one column per area (the area grid)."""
        return self._content is not None and len(self._content.goals) >= 4 and self.app.size.width >= WIDE

    def _set_layout(self, goals: int, width: int | None = None) -> None:
        """The layout follows the content: one goal fills the width; two or three share it; four or
        more use the area grid. Where that has no room (four or more below 120 columns, two or
        three below 100) the goal in focus is large and the others one line each ("-lines")."""
        width = self.app.size.width if width is None else width
        self.set_class(goals <= 1, "-one")
        self.set_class(2 <= goals <= 3, "-few")
        self.set_class(goals == 2, "-two")
        self.set_class(goals == 3, "-three")
        self.set_class(goals >= 4, "-many")
        self.set_class((goals >= 4 and width < WIDE) or (2 <= goals <= 3 and width < TIGHT), "-lines")

    async def _paint_goals(self, new: LiveContent, old: LiveContent | None) -> None:
        box = self.query_one("#live-goals", Container)
        keys = [g.key for g in new.goals]
        self._set_layout(len(keys))
        by_area = self._by_area()
        if old is None or old.message or [g.key for g in old.goals] != keys or by_area != self._area_columns:
            self._area_columns = by_area
            await box.remove_children()
            views = [GoalCardView(card) for card in new.goals]
            self._cards = {view.card.key: view for view in views}
            if new.goals and by_area:
                columns = []
                for area in Area:
                    cards = [view for view in views if view.card.area is area]
                    head = TextPanel(classes="area-head")
                    column = Vertical(head, *cards, classes="area-col")
                    columns.append((column, head, area, len(cards)))
                await box.mount_all([c for c, _, _, _ in columns])
                for _, head, area, count in columns:
                    head.show(Text(t(f"area.{area.value}").upper() + ("" if count else "  –"), style="bold"))
            elif new.goals:
                await box.mount_all(views)
            else:
                empty = TextPanel(classes="goal-none")
                await box.mount(empty)
                empty.show(Text(t("live.no_goals"), style="dim"))
        else:
            for card in new.goals:
                self._cards[card.key].show(card)
        featured = new.featured
        for view in self._cards.values():
            view.set_class(view.card.key == featured, "-featured")

    @property
    def content(self) -> LiveContent | None:
        """What the screen shows now."""
        return self._content
