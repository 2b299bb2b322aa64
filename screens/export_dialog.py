"""The one export dialog (plan and meeting screens, `E`; the minutes preview, `e` and `h`).

What (minutes, the plan, a calendar file, mail drafts, FHIR), of which
meeting, for whom, in which format, and where (the user's documents folder to
begin with). Exporting writes the files through the store's one way out
(`store.exports.deliver`: the same bytes as `rundbord export`, 0600, logged)
and shows the path written in the dialog; the dialog stays open for the next
copy, escape closes it. From the plan and meeting screens the cursor starts in
the first field (what); from the minutes preview, whose key already chose the
copy and its format, in the path ("where?"). The slow part (a PDF, validating FHIR) runs in a
thread worker; the store is only used on the app's thread.

| key | action |
|---|---|
| ctrl+s | export (also the Eksportér button) |
| enter | next field; in the path: export |
| escape | close |
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Button, Input, Label, Select, Static

from screens.forms import FormField, FormScreen
from screens.i18n import error_text, language, t
from screens.widgets.plan_text import harmless
from store import InputError, NotFound, Store, StoreError
from store.dates import format_date
from store.enums import Audience, MeetingStatus, Role
from store.exports.deliver import FORMATS, ExportRequest, PreparedExport
from store.files import output_problem
from store.labels import MEETING_STATUS_DA, ROLE_DA

KIND_ORDER = ("minutes", "plan", "calendar", "mail", "fhir")
_NEEDS_MEETING = {"minutes", "mail"}
_HAS_AUDIENCE = {"minutes", "plan", "fhir"}


def documents_folder() -> Path:
    """The user's documents folder (platformdirs), where exports go unless told otherwise."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir())


class ExportDialog(FormScreen[list[Path]]):
    """Export from the app: returns the paths written (the last export), or None when closed without one."""

    DEFAULT_CSS = """
    #export-result { padding: 0 1; margin-top: 1; color: $text; background: $success 15%; height: auto; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "export.key.export", priority=True),
        Binding("escape", "cancel", "export.key.close"),
    ]

    def __init__(
        self,
        store: Store,
        citizen_id: int,
        *,
        meeting_id: int | None = None,
        kind: str = "",
        audience: Audience | None = None,
        folder: Path | None = None,
        fmt: str = "",
        start: str = "what",
    ) -> None:
        super().__init__(store)
        self.start_field = start
        """The plan and meeting screens start in "what"; the minutes preview, whose key chose it, in "path"."""
        self.citizen_id = citizen_id
        self.citizen = store.get_citizen(citizen_id)
        plan = store.plan_of(citizen_id)
        assert plan.id is not None
        self.plan_id = plan.id
        self.meetings = sorted(store.meetings(plan.id), key=lambda m: (m.date, m.time, m.id or 0))
        self.people = store.participants(plan.id)
        self.folder = folder
        held = [m for m in self.meetings if m.status is not MeetingStatus.PLANNED]
        self.meeting_id = meeting_id or (held[-1].id if held else (self.meetings[-1].id if self.meetings else None))
        kinds = [k for k in KIND_ORDER if k not in _NEEDS_MEETING or self.meetings]
        self.kind = kind if kind in kinds else ("minutes" if meeting_id is not None and "minutes" in kinds else "plan")
        self.kinds = kinds
        self.audience = audience or Audience.AUTHORITY
        self.fmt = fmt if fmt in FORMATS[self.kind] else FORMATS[self.kind][0]
        self._format_kind = self.kind
        """The kind whose formats the format field offers."""
        self.written: list[Path] = []

    def title_text(self) -> str:
        return t("export.title", citizen=self.citizen.name)

    # -- fields -------------------------------------------------------------------------
    def compose_fields(self) -> ComposeResult:
        yield self.select_field("what", t("export.what"), [(t(f"export.what.{k}"), k) for k in self.kinds], self.kind)
        if self.meetings:
            yield self.select_field("meeting", t("export.meeting"), [(self._meeting_label(m.id), m.id)
                                                                      for m in reversed(self.meetings)],
                                    self.meeting_id)
        yield self.select_field("audience", t("export.audience"),
                                [(t(f"export.audience.{a.value}"), a) for a in _AUDIENCES], self.audience)
        yield self.select_field("person", t("export.person"), self._people_options(), self._citizen_person())
        yield self.select_field("format", t("export.format"), self._format_options(self.kind), self.fmt)
        yield self.text_field("path", t("export.path.file"), "", hint=t("export.path.hint"))
        yield Static("", id="export-result", markup=False)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#save", Button).label = t("export.button")
        self.query_one("#cancel", Button).label = t("export.close")
        self.query_one("#export-result", Static).display = False
        self._arrange()

    def _meeting_label(self, meeting_id: int | None) -> str:
        m = next(x for x in self.meetings if x.id == meeting_id)
        kind = self.store.catalog.meeting_kinds.get(m.kind)
        return t("export.meeting_label", date=format_date(m.date), kind=kind.name if kind else m.kind,
                 status=MEETING_STATUS_DA[m.status].lower())

    def _people_options(self) -> list[tuple[str, int]]:
        out = []
        for p in self.people:
            if p.id is None:
                continue
            key = "export.person.citizen" if p.role is Role.CITIZEN else "export.person.other"
            out.append((t(key, name=p.name, role=ROLE_DA[p.role]), p.id))
        return out

    def _citizen_person(self) -> int | None:
        return next((p.id for p in self.people if p.role is Role.CITIZEN), None)

    @staticmethod
    def _format_options(kind: str) -> list[tuple[str, str]]:
        return [(t(f"export.format.{f}"), f) for f in FORMATS[kind]]

    # -- what the choices show ------------------------------------------------------------
    def _field(self, name: str) -> FormField:
        return next(f for f in self.fields() if f.field_name == name)

    def _arrange(self) -> None:
        """Show the fields this kind of export uses; propose the path for the current choices."""
        kind = self.current_kind()
        for name, shown in (("meeting", kind in _NEEDS_MEETING), ("audience", kind in _HAS_AUDIENCE),
                            ("person", kind == "calendar")):
            if any(f.field_name == name for f in self.fields()):
                self._field(name).display = shown
        path_field = self._field("path")
        path_field.query_one(".field-label", Label).update(
            Text(t("export.path.folder" if kind == "mail" else "export.path.file")))
        hint = path_field.query(".field-hint")
        if hint:
            hint.first(Label).update(Text(t("export.mail.hint" if kind == "mail" else "export.path.hint")))
        self._propose_path()

    def _propose_path(self) -> None:
        """The file name follows the choices; the folder stays where the person put it (else documents)."""
        path_input = self.query_one("#f-path", Input)
        try:
            name = self.store.export_name(self.request())
        except (InputError, NotFound, ValueError):
            return
        typed = path_input.value.strip()
        folder = Path(typed).expanduser().parent if typed else (self.folder or documents_folder())
        if not folder.is_absolute():
            folder = (self.folder or documents_folder()) / folder
        path_input.value = str(folder / name)

    @on(Select.Changed)
    def _choice_changed(self, event: Select.Changed) -> None:
        if event.select.id == "f-what" and event.value is not Select.NULL:
            fmt = self.query_one("#f-format", Select)
            options = self._format_options(str(event.value))
            if FORMATS[str(event.value)] != FORMATS[self._format_kind]:  # not on mount: keep the format asked for
                fmt.set_options([(Text(label), value) for label, value in options])
                fmt.value = options[0][1]
            self._format_kind = str(event.value)
        self._show_result([])  # what was written last belongs to the earlier choices
        self._arrange()

    # -- reading the choices ----------------------------------------------------------------
    def current_kind(self) -> str:
        value = self.query_one("#f-what", Select).value
        return str(value) if value is not Select.NULL else self.kind

    def request(self) -> ExportRequest:
        """The export the fields describe (InputError in Danish when one is missing)."""
        kind = self.current_kind()
        fmt_value = self.query_one("#f-format", Select).value
        fmt = str(fmt_value) if fmt_value is not Select.NULL and fmt_value in FORMATS[kind] else FORMATS[kind][0]
        audience = self.choice("audience") or Audience.AUTHORITY
        if kind in _NEEDS_MEETING:
            meeting = self.choice("meeting") if self.meetings else None
            if meeting is None:
                raise InputError("meeting", t("export.no_meetings"))
            return ExportRequest(kind, int(meeting), audience, fmt, lang=language())
        if kind == "calendar":
            person = self.choice("person")
            citizen_person = self._citizen_person()
            if person is None or person == citizen_person:
                return ExportRequest("calendar", self.citizen_id, Audience.CITIZEN, fmt, lang=language())
            return ExportRequest("calendar", int(person), Audience.CITIZEN, fmt, for_participant=True,
                                 lang=language())
        return ExportRequest(kind, self.citizen_id, audience, fmt, lang=language())

    def target(self) -> Path:
        raw = self.text("path").strip()
        if not raw:
            raise InputError("path", t("export.error.path"))
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = (self.folder or documents_folder()) / path
        return path

    # -- exporting ----------------------------------------------------------------------------
    def action_save(self) -> None:
        """Prepare (here, on the app's thread), render in a worker, then write and log (here again)."""
        self.clear_errors()
        self._show_result([])
        try:
            request = self.request()
            target = self.target()
            prepared = self.store.prepare_export(request)
            if self.folder is None and target.parent == documents_folder() and not target.parent.exists():
                target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # the documents folder, first time
            problem = None if prepared.many else output_problem(target)
            if problem:
                raise InputError("path", problem)
        except (InputError, NotFound) as err:
            self.show_error(getattr(err, "field", "") or "", error_text(err))
            return
        except StoreError as err:
            self.show_error("", error_text(err))
            return
        self._show_result([t("export.working", what=prepared.what.lower())])
        self._make_files(prepared, target)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _make_files(self, prepared: PreparedExport, target: Path) -> None:
        try:
            data = [f.render() for f in prepared.files]
        except StoreError as err:  # the PDF or FHIR extra missing: the Danish message says how to get it
            self.app.call_from_thread(self._failed, error_text(err))
            return
        except Exception as err:  # noqa: BLE001 - never a traceback on a screen that may be projected
            self.app.call_from_thread(self._failed, t("export.error.unexpected", error=type(err).__name__))
            return
        self.app.call_from_thread(self._write, prepared, target, data)

    def _write(self, prepared: PreparedExport, target: Path, data: Sequence[bytes]) -> None:
        try:
            written = self.store.deliver(prepared, target, data, channel="app")
        except StoreError as err:
            self._failed(error_text(err), field="path" if isinstance(err, InputError) else "")
            return
        self.written = written
        lines: list[str] = []
        if prepared.many:
            if written:
                lines.append(t("export.written_many", count=len(written), path=str(target.resolve())))
            lines += [t("export.written", path=str(p)) for p in written]
        elif written:
            lines.append(t("export.written", path=str(written[0])))
        lines += [t("export.note", note=n) for n in prepared.notes]
        lines += [t("export.warning", warning=w) for w in prepared.warnings]
        self._show_result(lines or [t("export.nothing")])
        if written:
            self.notify(harmless(lines[0]), markup=False, timeout=8)

    def _failed(self, message: str, field: str = "") -> None:
        self._show_result([])
        self.show_error(field, message)

    def _show_result(self, lines: list[str]) -> None:
        box = self.query_one("#export-result", Static)
        box.update(Text(harmless("\n".join(lines))))
        box.display = bool(lines)
        if lines:
            self.call_after_refresh(box.scroll_visible)

    def action_cancel(self) -> None:
        self.dismiss(self.written or None)


_AUDIENCES = (Audience.AUTHORITY, Audience.CITIZEN, Audience.DAY_SERVICE, Audience.RELATIVE)
