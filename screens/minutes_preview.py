"""The minutes (referat) preview: the Markdown a participant receives, per audience.

| key | action |
|---|---|
| 1-4 | show the copy for the authority, the citizen, the day service, relatives |
| e | export: the one export dialog, set to this meeting's minutes (Markdown) for the audience shown |
| h | the same, set to HTML |
| escape | back |

The text comes from `store.minutes_markdown` (a closed meeting's frozen text;
one edited in the file since is refused, and the reason is shown instead).
Exporting (Markdown, HTML, PDF, mail drafts, a calendar file ...) is the export
dialog's (`screens/export_dialog.py`): it proposes
`<folder>/referat-<meeting>-<audience>.<ext>`, the folder being `export_dir` or
else the user's documents folder (platformdirs), never the directory the app
happened to be started in. The name can be changed; `~` is the home folder. A
file that cannot be written is refused in the dialog, in Danish; the dialog and
a notification name the full path written, and each file is logged as an
export (who looked: `Store.log_access`).
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

from screens.i18n import error_text, language, t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import LocalizedBindings
from screens.widgets.plan_text import harmless
from store import Store, StoreError
from store.dates import format_date
from store.enums import Audience, MeetingStatus
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
        Binding("e", "export('md')", "minutes.key.export"),
        Binding("h", "export('html')", "minutes.key.export_html"),
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
            self.text = self.store.minutes_markdown(self.meeting_id, self.audience, language())
        except StoreError as exc:  # a frozen copy edited in the file: say so, show nothing, save nothing
            self.text = ""
            self.query_one("#minutes-status", Static).update(Text(harmless(error_text(exc)), style="bold"))
            self.query_one("#minutes-md", MinutesDocument).show("")
            return
        frozen_in_danish = self.store.minutes_language(self.meeting_id, self.audience, language()) != language()
        said = t(status) + (" " + t("minutes.written_in_danish") if frozen_in_danish else "")
        self.query_one("#minutes-status", Static).update(Text(said))
        self.query_one("#minutes-md", MinutesDocument).show(self.text)

    def action_audience(self, code: str) -> None:
        self.audience = Audience(code)

    def action_export(self, fmt: str = "md") -> None:
        """The export dialog on this meeting's minutes, for the audience shown, in `fmt` to begin with."""
        from screens.export_dialog import ExportDialog

        meeting = self.store.get_meeting(self.meeting_id)
        citizen_id = self.store.get_plan(meeting.plan_id).citizen_id
        self.app.push_screen(ExportDialog(self.store, citizen_id, meeting_id=self.meeting_id, kind="minutes",
                                          audience=self.audience, folder=self.export_dir, fmt=fmt,
                                          start="path"))

    def action_back(self) -> None:
        self.app.pop_screen()
