"""The Rundbord app and the one factory that builds it (CLI and tests alike).

The app holds the store and hands it to every screen it opens. It owns the
themes, the command palette (with Danish labels) and the jump from a palette
hit to the plan with that item selected. On a store opened read-only (a file
or folder that cannot be written) every screen gets the banner "Filen er
skrivebeskyttet – du kan se, men ikke ændre"; what the facilitator shows is
kept in memory (the mirror follows it), and a save is refused in Danish.
"""
from __future__ import annotations

import gc
import inspect
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.notifications import SeverityLevel
from textual.dom import DOMNode
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen

from screens.i18n import error_text, set_language, t
from store.errors import StoreError
from store.list_store import ListStore, full_store

from .crash import EXIT_CODE, crash_message, write_crash_log

from .key_order import KeysInOrder
from .themes import DEFAULT_THEME, SHORT_NAMES, THEME_LABEL_KEYS, THEMES, next_theme

if TYPE_CHECKING:
    from store import Store
    from textual.command import Provider

    from store.search import SearchHit

# Start-up: the first screen is the citizens list, or with --citizen the plan (drawn from the
# `ListStore`'s plain rows; escape goes to the citizens list in its place). The other screens and
# the palette's provider (with what they import) load when first opened.


def _own_css(screen: type[Screen[Any]]) -> list[Path]:
    """A screen class's CSS files, resolved as Textual resolves them when it pushes the screen.

    Textual reads a pushed screen's `CSS_PATH`, not the first (default) screen's: the app reads the
    first screen's with its own, before the first frame.
    """
    paths = screen.CSS_PATH if isinstance(screen.CSS_PATH, list) else [screen.CSS_PATH] if screen.CSS_PATH else []
    return [(Path(inspect.getfile(screen)).parent / path).resolve() for path in paths]


def _rundbord_commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens (Textual takes a callable)."""
    from .palette import RundbordCommands

    return RundbordCommands


_SYSTEM_LABELS: dict[str, str] = {
    "Theme": "palette.system.theme",
    "Quit": "palette.system.quit",
    "Keys": "palette.system.keys",
    "Screenshot": "palette.system.screenshot",
    "Maximize": "palette.system.maximize",
    "Minimize": "palette.system.minimize",
}
"""Textual's system commands, by their English title -> our catalogue key."""


class RundbordApp(KeysInOrder):
    """The facilitator's app: citizens list, plan screen, editors, palette.

    Keys are handled in order, one after the other (`KeysInOrder`): what is typed
    right after the key that opens a form lands in the form's first field.
    """

    TITLE = "Rundbord"
    CSS_PATH = ["styles/app.tcss"]
    COMMANDS = App.COMMANDS | {_rundbord_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+p", "command_palette", "app.key.palette", show=False, priority=True, id="app.palette"),
        Binding("ctrl+t", "cycle_theme", "app.key.theme", show=False, id="app.theme"),
        Binding("ctrl+q", "quit", "app.key.quit", show=False, priority=True, id="app.quit"),
    ]

    def __init__(
        self,
        store: Store | ListStore,
        *,
        lang: str = "da",
        citizen_id: int | None = None,
        mode: str = "app",
        today: date | None = None,
        theme: str | None = None,
    ) -> None:
        super().__init__()
        self._first = store
        """What the first screen reads: a `ListStore` (no models yet; the full store opens after the first
        frame, `_open_full_store`) or the `Store` itself."""
        self._store: Store | None = None if isinstance(store, ListStore) else store
        self.lang = lang
        self.citizen_id = citizen_id
        self.mode = mode
        self.today = today
        self.crash_log: Path | None = None
        """Where the details of an unexpected error were written (None: no such error)."""
        for th in THEMES:
            self.register_theme(th)
        self.theme = SHORT_NAMES.get(theme or "", theme or DEFAULT_THEME)
        if mode != "app":
            self.use_command_palette = False
        else:
            self.css_path = [*self.css_path, *_own_css(self._first_screen_class())]

    def _first_screen_class(self) -> type[Screen[None]]:
        """The first screen's class, imported now (the other one is not loaded before the first frame)."""
        if self.citizen_id is None:
            from screens.citizens import CitizensScreen

            return CitizensScreen
        from screens.plan import PlanScreen

        return PlanScreen

    @property
    def store(self) -> Store:
        """The full store every screen but the first works with (opened now if it is not yet)."""
        if self._store is None:
            self._store = full_store(self._first)
        return self._store

    def _open_full_store(self) -> None:
        """After the first frame: the models and the use cases load in a thread (imports only: the
        connection stays with this thread), then the `Store` is made here on the same connection."""
        def load() -> None:
            import store.store  # noqa: F401 - the slow part, off the event loop
            # The minutes' and the plan's renderers too (~10 ms CPU), so the first preview or copy of
            # the session does not wait for them; the live view and other commands never load them.
            import store.exports.minutes  # noqa: F401
            import store.exports.plan  # noqa: F401
            # The plan screen's code too (6-8 ms of the session's first `enter` on a citizen), loaded while
            # the list waits for a key; its styles follow in `_full_store_loaded`.
            import screens.plan  # noqa: F401

            try:
                self.call_from_thread(self._full_store_loaded)
            except RuntimeError:
                pass  # the app ended first

        threading.Thread(target=load, name="rundbord-store", daemon=True).start()

    @staticmethod
    def _after_first_frame() -> None:
        gc.freeze()
        gc.enable()

    def _full_store_loaded(self) -> None:
        self.store  # noqa: B018 - made now, before a key needs it
        self._read_plan_css()
        gc.freeze()  # the models live as long as the app, like what start-up built

    def _read_plan_css(self) -> None:
        """The plan screen's styles read now, while the list waits for a key, as Textual reads them when the
        screen is first pushed: its `CSS_PATH` (`App._load_screen_css`: the whole stylesheet parsed again and
        every node restyled, ~40 ms) and the `DEFAULT_CSS` of each widget class mounted for the first time
        (`Widget._post_register`: two more parses, 12 ms on the big plan). The first `enter` of the session
        paid both."""
        from screens.plan import PlanScreen

        sheet = self.stylesheet
        known = len(sheet.source)
        for path in _own_css(PlanScreen):
            if not sheet.has_source(str(path), ""):
                sheet.read(path)
        for widget_class in PlanScreen.MOUNTS:
            # Textual's own list for a class (its bases' CSS with their tie-breakers); it reads only the class.
            for read_from, css, tie_breaker, scope in widget_class.__new__(widget_class)._get_default_css():
                sheet.add_source(css, read_from=read_from, is_default_css=True, tie_breaker=tie_breaker,
                                 scope=scope)
        if len(sheet.source) != known:
            sheet.reparse()
            sheet.update(self)

    def get_default_screen(self) -> Screen[None]:
        if self.mode != "app":
            from screens.live import PresentationScreen

            return PresentationScreen(self.store, citizen_id=self.citizen_id, follow=True, read_only=True)
        if self.citizen_id is not None:  # the plan is the first screen: no citizens list composed under it
            from screens.plan import PlanScreen

            plan = PlanScreen(self._first, self.citizen_id, today=self.today)
            # Escape puts the citizens list in its place (`switch_screen`), which ends the screen's
            # result callback; Textual gives the first screen none (it does when it switches one in).
            plan._push_result_callback(self, None)
            return plan
        from screens.citizens import CitizensScreen

        return CitizensScreen(self._first, today=self.today)

    def on_mount(self) -> None:
        self.title = t("app.title")
        # What start-up built (modules, styles, the first screen) lives as long as the app:
        # out of the collector's sight, a full collection no longer walks it (it cost up
        # to 80 ms when it struck while a large plan opened; see bench/RESULTS.md). The
        # command line turns the collector off until then (tui/commands/app.py): on again here.
        self.call_after_refresh(self._after_first_frame)
        if self._store is None:
            self.call_after_refresh(self._open_full_store)
        if self._first.read_only:
            self.screen_change_signal.subscribe(self, self._show_read_only)
            self._show_read_only(self.screen)

    def _show_read_only(self, screen: Screen[object]) -> None:
        """The read-only banner on `screen` (dialogs refuse a save in place instead)."""
        from screens.widgets.banner import ReadOnlyBanner

        if isinstance(screen, ModalScreen) or screen.query(ReadOnlyBanner):
            return
        screen.mount(ReadOnlyBanner())

    # -- nothing the store refuses, and no crash, reaches the screen as a traceback --------
    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Every key, key-bar click and palette command: a store refusal becomes a Danish message."""
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except StoreError as exc:
            from screens.widgets.plan_text import harmless  # the one rule (loaded with the first screen anyway)

            self.notify(harmless(error_text(exc)), severity="error", markup=False, timeout=8)
            return True

    def _handle_exception(self, error: Exception) -> None:
        """An unexpected error: the traceback to a private log file, a Danish message, exit code 70.

        Replaces Textual's crash output, which prints the traceback with every
        frame's local variables (plan text) on a screen that may be projected.
        """
        self.crash_log = write_crash_log(error)
        self._return_code = EXIT_CODE
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        self._exit_renderables.clear()
        self._exit_renderables.append(crash_message(self.crash_log))
        self._close_messages_no_wait()

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """A notice; the ones Textual raises itself (the screenshot's) in the chosen language."""
        from screens.strings.textual import textual_notice

        said = textual_notice(message, title)
        if said is not None:
            message, title, markup = said
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """A picture of the screen (SVG), saved owner-only like an export: it shows the plan.

        Textual would write it world-readable into ~/Downloads, which many machines lack; here it goes
        to `path` or the documents folder the exports use (made 0700 when missing).
        """
        from screens.export_dialog import documents_folder
        from store import clock
        from store.files import private_folder_problem, save_export
        folder = Path(path) if path else documents_folder()
        target = folder / (filename or f"rundbord-{clock.now():%Y-%m-%d_%H-%M-%S}.svg")
        problem = private_folder_problem(folder) or save_export(target, self.export_screenshot())
        if problem is not None:
            self.notify(error_text(problem), title=t("textual.Failed to save screenshot"),
                        severity="error", markup=False)
            return
        self.notify(t("textual.Saved screenshot to {path}", path=str(target)), title=t("textual.Screenshot"),
                    markup=False)

    # -- palette -------------------------------------------------------------
    def action_command_palette(self) -> None:
        """The command palette, with the placeholder in the chosen language."""
        from textual.command import CommandPalette

        if self.use_command_palette and not any(isinstance(s, CommandPalette) for s in self.screen_stack):
            self.push_screen(CommandPalette(id="--command-palette", placeholder=t("palette.placeholder")))

    def get_key_display(self, binding: Binding) -> str:
        """Keys as Textual draws them (arrows, ⏎, esc), with its one English word said in the chosen language."""
        shown = super().get_key_display(binding)
        return t("textual.space") if shown == "space" else shown

    def action_help_quit(self) -> None:
        """ctrl+c no longer quits: say which key does, in the chosen language (Textual says it in English)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(t("textual.Press {keys} to quit the app", keys=key), title=t("textual.Do you want to quit?"),
                            markup=False)
                return

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            key = _SYSTEM_LABELS.get(command.title)
            if key is None:
                yield command
            else:
                yield command._replace(title=t(key), help=t(key + "_help"))

    def jump_to(self, hit: SearchHit) -> None:
        """Open what a palette hit names: a plan (with the goal/agreement selected) or a meeting."""
        if hit.kind == "meeting":
            from screens.meetings import MeetingScreen

            self.push_screen(MeetingScreen(self.store, hit.record_id))
            return
        self.open_plan(
            hit.citizen_id,
            goal_id=hit.goal_id if hit.kind in ("goal", "activity") else None,
            agreement_id=hit.record_id if hit.kind == "agreement" else None,
        )

    def open_plan(self, citizen_id: int, *, goal_id: int | None = None, agreement_id: int | None = None) -> None:
        from screens.plan import PlanScreen, plan_screen

        screen = self.screen
        if isinstance(screen, PlanScreen) and screen.citizen_id == citizen_id:
            screen.select(goal_id=goal_id, agreement_id=agreement_id)
            return
        # The kept plan screen (screens/plan.py `plan_screen`) is shown again only once it is off the stack
        # and closed; popped here, it is still closing, so this opening gets a screen of its own.
        reuse = not any(isinstance(s, PlanScreen) for s in self.screen_stack)
        while len(self.screen_stack) > 1:
            self.pop_screen()
        plan = plan_screen(self, self.store, citizen_id, today=self.today, goal_id=goal_id, agreement_id=agreement_id,
                           reuse=reuse)
        if isinstance(self.screen, PlanScreen):  # the first screen was a plan (--citizen): this one in its place
            self.switch_screen(plan)
        else:
            self.push_screen(plan)

    # -- themes ----------------------------------------------------------------
    def set_rundbord_theme(self, name: str) -> None:
        self.theme = name
        self.notify(t("theme.changed", name=t(THEME_LABEL_KEYS.get(name, name))))

    def action_cycle_theme(self) -> None:
        self.set_rundbord_theme(next_theme(self.theme))


def build_app(
    store: Store | ListStore,
    *,
    lang: str = "da",
    citizen_id: int | None = None,
    mode: str = "app",
    today: date | None = None,
    theme: str | None = None,
) -> RundbordApp:
    """The app on `store`; `today` fixes the date (tests, snapshots); `theme` is light/dark/projector."""
    set_language(lang)
    # Plan types, meeting kinds and agenda titles as the person reads them (a municipality's
    # Danish-only entries stay Danish).
    store.use_language(lang)
    return RundbordApp(store, lang=lang, citizen_id=citizen_id, mode=mode, today=today, theme=theme)
