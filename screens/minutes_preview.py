"""The minutes (referat) preview: the Markdown a participant receives, per audience.

| key | action |
|---|---|
| 1-4 | show the copy for the authority, the citizen, the day service, relatives |
| e | save the shown copy as Markdown: asks where (a file name in the user's documents folder to begin with) |
| h | save it as HTML (the same, `.html`) |
| escape | back |

The text comes from `store.minutes_markdown` (a closed meeting's frozen text;
one edited in the file since is refused, and the reason is shown instead).
Saving asks for the file: `<folder>/referat-<meeting>-<audience>.md`, the folder
being `export_dir` or else the user's documents folder (platformdirs), never
the directory the app happened to be started in. The name can be changed;
`~` is the home folder. A file that cannot be written is refused in the form,
in Danish; the notification names the full path of the file written. Each
saved file is logged as an export (who looked: `Store.log_access`).
"""
from __future__ import annotations

from pathlib import Path

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.markdown import Markdown as RichMarkdown
from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from screens.forms import Field, QuickForm
from screens.i18n import t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import LocalizedBindings
from screens.widgets.plan_text import harmless
from store import InputError, Store, StoreError
from store.access import AccessEvent, Channel
from store.dates import format_date
from store.enums import Audience, MeetingStatus
from store.files import save_export
from store.exports.html import export_parser
from store.exports.visibility import to_audience

AUDIENCE_KEYS: dict[str, Audience] = {
    "1": Audience.AUTHORITY,
    "2": Audience.CITIZEN,
    "3": Audience.DAY_SERVICE,
    "4": Audience.RELATIVE,
}



class _SafeRichMarkdown(RichMarkdown):
    """Rich's Markdown renderable, parsed as the exports are (`export_parser`: raw HTML shown as text).

    Rich parses with HTML on and draws HTML blocks as nothing; a recipient's
    viewer would show such text, so the preview must too.
    """

    def __init__(self, markup: str) -> None:
        super().__init__("", hyperlinks=False)
        self.markup = markup
        self.parsed = export_parser().parse(markup)


class _DrawnOnce:
    """A renderable drawn once per width and then replayed.

    Textual renders a Static's content once to measure its height and again to
    paint it; a long document parsed into Rich elements costs the same each time.
    """

    def __init__(self, renderable: RenderableType) -> None:
        self._renderable = renderable
        self._lines: dict[int, list[list[Segment]]] = {}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        lines = self._lines.get(width)
        if lines is None:
            lines = console.render_lines(self._renderable, options.update(height=None), pad=False)
            self._lines[width] = lines
        new_line = Segment.line()
        for line in lines:
            yield from line
            yield new_line


class MinutesDocument(Static):
    """The whole minutes as one Rich renderable.

    Textual's Markdown widget mounts a widget per heading, paragraph, list item
    and table cell: for a 40-item meeting that was close to a second before the
    preview was on screen. One renderable draws the same document in a few
    tens of milliseconds; the scroll container around it does the scrolling.
    """

    def __init__(self, source: str = "", *, id: str | None = None) -> None:
        super().__init__(_DrawnOnce(_SafeRichMarkdown(source)), id=id)
        self.source = source

    def show(self, source: str) -> None:
        self.source = source
        self.update(_DrawnOnce(_SafeRichMarkdown(source)))


class MinutesPreviewScreen(LocalizedBindings):
    """One meeting's minutes for one audience, as the recipient will read them."""

    CSS_PATH = "minutes_preview.tcss"
    BINDINGS = [
        Binding("1", "audience('authority')", "minutes.key.authority"),
        Binding("2", "audience('citizen')", "minutes.key.citizen"),
        Binding("3", "audience('day_service')", "minutes.key.day_service"),
        Binding("4", "audience('relative')", "minutes.key.relative"),
        Binding("e", "save('md')", "minutes.key.save_md"),
        Binding("h", "save('html')", "minutes.key.save_html"),
        Binding("escape", "back", "minutes.key.back"),
    ]

    audience: reactive[Audience] = reactive(Audience.AUTHORITY, init=False)

    def __init__(
        self,
        store: Store,
        meeting_id: int,
        audience: Audience | str = Audience.AUTHORITY,
        *,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.meeting_id = meeting_id
        self.export_dir = export_dir
        # The meeting screen passes the code ("citizen"); an unknown one is refused by `to_audience`.
        self.set_reactive(MinutesPreviewScreen.audience, to_audience(audience))
        self.text = ""
        self.last_saved: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="minutes-head"):
            yield Static("", id="minutes-title", markup=False)
            yield Static(Text(t("minutes.hint")), id="minutes-hint")
            yield Static("", id="minutes-status", markup=False)
        with VerticalScroll(id="minutes-body"):
            yield MinutesDocument(id="minutes-md")
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_minutes()

    def watch_audience(self) -> None:
        self.refresh_minutes()

    def refresh_minutes(self) -> None:
        """Re-read the minutes for the current audience and show them."""
        meeting = self.store.get_meeting(self.meeting_id)
        kind = self.store.catalog.meeting_kinds.get(meeting.kind)
        name = f"{kind.name if kind else meeting.kind} {format_date(meeting.date)} · {t('meet.number', number=meeting.id)}"
        self.query_one("#minutes-title", Static).update(
            Text(harmless(t("minutes.title", meeting=name, audience=t(f"minutes.audience.{self.audience.value}"))))
        )
        status = "minutes.frozen" if meeting.status is MeetingStatus.CLOSED else "minutes.draft"
        try:
            self.text = self.store.minutes_markdown(self.meeting_id, self.audience)
        except StoreError as exc:  # a frozen copy edited in the file: say so, show nothing, save nothing
            self.text = ""
            self.query_one("#minutes-status", Static).update(Text(harmless(exc.message), style="bold"))
            self.query_one("#minutes-md", MinutesDocument).show("")
            return
        self.query_one("#minutes-status", Static).update(Text(t(status)))
        self.query_one("#minutes-md", MinutesDocument).show(self.text)

    def action_audience(self, code: str) -> None:
        self.audience = Audience(code)

    def export_folder(self) -> Path:
        """Where a saved copy goes to begin with: `export_dir`, else the user's documents folder."""
        if self.export_dir is not None:
            return self.export_dir
        from platformdirs import user_documents_dir

        return Path(user_documents_dir())

    def export_path(self, fmt: str) -> Path:
        return self.export_folder() / f"referat-{self.meeting_id}-{self.audience.value}.{fmt}"

    def action_save(self, fmt: str) -> None:
        """Ask where to save the shown copy (Markdown or HTML), then write it there."""
        text = self.text
        if not text:
            return
        if fmt == "html":
            text = self.store.minutes_html(self.meeting_id, self.audience)

        def write(values: dict[str, str]) -> Path:
            typed = values["path"].strip()
            if not typed:
                raise InputError("path", t("minutes.no_path"))
            path = Path(typed).expanduser()
            if not path.is_absolute():
                path = self.export_folder() / path
            path = path.resolve()
            if self.export_dir is None and path.parent == self.export_folder().resolve():
                try:  # the user's documents folder, if this machine has none yet
                    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                except OSError:
                    pass  # save_export says why it cannot write there
            problem = save_export(path, text)
            if problem:
                raise InputError("path", problem)
            return path

        def saved(result: object) -> None:
            if not isinstance(result, Path):
                return
            self.last_saved = result
            self.notify(harmless(t("minutes.saved", path=str(result))), markup=False)
            try:  # who looked: the copy, its audience, format and file
                self.store.log_access(AccessEvent.EXPORT, None, channel=Channel.APP, kind="minutes",
                                      meeting_id=self.meeting_id, audience=self.audience.value, format=fmt,
                                      destination=str(result))
            except StoreError as exc:
                self.notify(harmless(exc.message), severity="warning", markup=False)

        title = t("minutes.save_title_md" if fmt == "md" else "minutes.save_title_html")
        self.app.push_screen(
            QuickForm(title, [Field("path", t("minutes.save_path"), str(self.export_path(fmt)),
                                    hint=t("minutes.save_hint"))], write),
            saved,
        )

    def action_back(self) -> None:
        self.app.pop_screen()
