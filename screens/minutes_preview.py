"""The minutes (referat) preview: the Markdown a participant receives, per audience.

| key | action |
|---|---|
| 1-4 | show the copy for the authority, the citizen, the day service, relatives |
| e | save the shown copy as Markdown: `<dir>/referat-<meeting>-<audience>.md` |
| h | save it as HTML (same name, `.html`) |
| escape | back |

The text comes from `store.minutes_markdown` (a closed meeting's frozen text).
Files go to `export_dir` (default: the current directory); the notification
names the full path.
"""
from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from rich import box
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.reactive import reactive
from textual.widgets import Footer, Markdown, Static
from textual.widgets._markdown import MarkdownTable  # the table block; not re-exported by textual.widgets.markdown
from textual.widgets.markdown import MarkdownBlock

from screens.i18n import t
from screens.widgets.localized import LocalizedBindings
from store import Store
from store.dates import format_date
from store.enums import Audience, MeetingStatus
from store.files import save_export
from store.minutes import markdown_to_html, to_audience

AUDIENCE_KEYS: dict[str, Audience] = {
    "1": Audience.AUTHORITY,
    "2": Audience.CITIZEN,
    "3": Audience.DAY_SERVICE,
    "4": Audience.RELATIVE,
}



def _parser() -> MarkdownIt:
    """The same parser as the HTML export: CommonMark with tables, raw HTML off."""
    return MarkdownIt("commonmark", {"html": False}).enable("table")


class _OneWidgetTable(MarkdownTable):
    """A Markdown table drawn as one Rich table.

    Textual's table block makes a widget per cell; the agreements and readings
    tables of a long meeting then cost hundreds of widgets and over a second
    before the preview is on screen. One renderable per table shows the same
    rows and columns (cell text plain, never markup).
    """

    def compose(self) -> ComposeResult:
        headers, rows = self._get_headers_and_rows()
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True, header_style="bold", pad_edge=False)
        for header in headers:
            table.add_column(Text(header.plain), overflow="fold")
        for row in rows:
            table.add_row(*(Text(cell.plain) for cell in row))
        yield Static(table)


class _MinutesMarkdown(Markdown):
    """Textual's Markdown widget with tables as single renderables (see `_OneWidgetTable`)."""

    BLOCKS: dict[str, type[MarkdownBlock]] = {**Markdown.BLOCKS, "table_open": _OneWidgetTable}


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
            yield _MinutesMarkdown("", id="minutes-md", open_links=False, parser_factory=_parser)
        yield Footer()

    async def on_mount(self) -> None:
        await self.refresh_minutes()

    async def watch_audience(self) -> None:
        await self.refresh_minutes()

    async def refresh_minutes(self) -> None:
        """Re-read the minutes for the current audience and show them."""
        meeting = self.store.get_meeting(self.meeting_id)
        kind = self.store.catalog.meeting_kinds.get(meeting.kind)
        name = f"{kind.name if kind else meeting.kind} {format_date(meeting.date)}"
        self.text = self.store.minutes_markdown(self.meeting_id, self.audience)
        self.query_one("#minutes-title", Static).update(
            Text(t("minutes.title", meeting=name, audience=t(f"minutes.audience.{self.audience.value}")))
        )
        status = "minutes.frozen" if meeting.status is MeetingStatus.CLOSED else "minutes.draft"
        self.query_one("#minutes-status", Static).update(Text(t(status)))
        await self.query_one("#minutes-md", Markdown).update(self.text)

    def action_audience(self, code: str) -> None:
        self.audience = Audience(code)

    def export_path(self, fmt: str) -> Path:
        folder = self.export_dir or Path.cwd()
        return (folder / f"referat-{self.meeting_id}-{self.audience.value}.{fmt}").resolve()

    def action_save(self, fmt: str) -> None:
        path = self.export_path(fmt)
        text = self.text
        if fmt == "html":
            text = markdown_to_html(text, self.store.minutes_title(self.meeting_id))
        problem = save_export(path, text)
        if problem:
            self.notify(t("minutes.not_saved", problem=problem), severity="error", markup=False)
            return
        self.last_saved = path
        self.notify(t("minutes.saved", path=str(path)), markup=False)

    def action_back(self) -> None:
        self.app.pop_screen()
