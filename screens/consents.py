"""Sharing with relatives and the consent behind it, for one plan.

Above: the consents on record (given when, by whom and as what, until when,
how many items, in force or withdrawn, recorded by whom). Below: every item
that can be shared, and whether relatives see it now (the store's one rule).

| key | action |
|---|---|
| n | record a consent for the items marked shared that no consent covers yet |
| space | mark the selected item shared, or stop sharing it (taken out of every consent at once) |
| w | withdraw the selected consent (asks for an optional reason) |
| tab | the other list |
| escape | back to the plan |
"""
from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from screens.editors.consent import ConsentEditor, WithdrawConsentEditor
from screens.i18n import error_text, t
from screens.widgets.footer import KeyBar
from screens.widgets.localized import LocalizedModal
from screens.widgets.plan_text import harmless
from store import InputError, Store, clock
from store.consent import ShareableItem
from store.dates import format_date
from store.exports.visibility import Sight, consent_in_force
from store.models import Consent


class ConsentsScreen(LocalizedModal):
    """The plan's consents and shareable items; every change goes through one store method."""

    DEFAULT_CSS = """
    ConsentsScreen { align: center middle; background: $background 60%; }
    ConsentsScreen > #consents-box {
        width: 100; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface;
    }
    ConsentsScreen .record-title { text-style: bold; background: $primary 30%; padding: 0 1; }
    ConsentsScreen .consents-intro { color: $text-muted; padding: 0 1; }
    ConsentsScreen .consents-head { text-style: bold; padding: 1 1 0 1; }
    ConsentsScreen DataTable { height: auto; max-height: 10; }
    """

    BINDINGS = [
        Binding("n", "new", "consents.key.new", id="consents.new"),
        Binding("space", "mark", "consents.key.mark", id="consents.mark"),
        Binding("w", "withdraw", "consents.key.withdraw", id="consents.withdraw"),
        Binding("tab", "switch", "consents.key.switch", id="consents.switch", show=False),
        Binding("escape", "close", "consents.key.close", id="consents.close"),
    ]

    def __init__(self, store: Store, plan_id: int, *, today: date | None = None) -> None:
        super().__init__()
        self.store = store
        self.plan_id = plan_id
        self.today = today or clock.today()
        self.consents: list[Consent] = []
        self.items: list[ShareableItem] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="consents-box"):
            yield Static(Text(t("consents.title")), classes="record-title")
            yield Static(Text(t("consents.intro")), classes="consents-intro")
            yield Static(Text(t("consents.records")), classes="consents-head")
            yield DataTable(id="consent-table", cursor_type="row", zebra_stripes=True)
            yield Static(Text(t("consents.items")), classes="consents-head")
            yield DataTable(id="item-table", cursor_type="row", zebra_stripes=True)
        yield KeyBar(compact=True)

    def on_mount(self) -> None:
        # The open-ended column takes what is left of the box (100 wide at most), so nothing runs off
        # to the right at 80 columns; long texts wrap onto more lines.
        inner = min(100, self.app.size.width) - 6
        consents: DataTable[Text] = self.query_one("#consent-table", DataTable)
        fixed = {"given": 10, "until": 11, "items": 7, "status": 15, "recorded": 10}
        by = max(12, inner - sum(fixed.values()) - 2 * 6)
        for key in ("given", "by", "until", "items", "status", "recorded"):
            consents.add_column(t(f"consents.col.{key}"), key=key, width=fixed.get(key, by))
        items: DataTable[Text] = self.query_one("#item-table", DataTable)
        kinds, seen = 15, 22
        for key, width in (("kind", kinds), ("text", max(16, inner - kinds - seen - 2 * 3 - 2)), ("seen", seen)):
            items.add_column(t(f"consents.col.{key}"), key=key, width=width)
        self.reload()
        items.focus()

    # -- reading ----------------------------------------------------------------
    def reload(self) -> None:
        self.consents = self.store.consents(self.plan_id)
        self.items = self.store.sharing_overview(self.plan_id)
        counts: dict[int, int] = {}
        for ci in self.store.consent_items(self.plan_id):
            if ci.withdrawn_at is None:
                counts[ci.consent_id] = counts.get(ci.consent_id, 0) + 1
        table: DataTable[Text] = self.query_one("#consent-table", DataTable)
        keep = table.cursor_row
        table.clear()
        for c in self.consents:
            until = format_date(c.valid_until) if c.valid_until else t("consents.until_withdrawn")
            by = f"{harmless(c.given_by)} ({t('ed.consent.capacity.' + c.capacity.value).lower()})"
            table.add_row(Text(format_date(c.given_on)), Text(by), Text(until), Text(str(counts.get(c.id or 0, 0))),
                          self.status(c), Text(harmless(c.recorded_by)), key=str(c.id), height=None)
        if not self.consents:
            table.add_row(Text(""), Text(t("consents.none"), style="italic"), Text(""), Text(""), Text(""), Text(""),
                          key="none")
        table.move_cursor(row=min(keep, max(0, table.row_count - 1)))
        items: DataTable[Text] = self.query_one("#item-table", DataTable)
        keep = items.cursor_row
        items.clear()
        for it in self.items:
            items.add_row(Text(t(f"consents.kind.{it.kind}")), Text(harmless(it.text)), self.seen(it), key=it.key,
                          height=None)
        items.move_cursor(row=min(keep, max(0, items.row_count - 1)))

    def status(self, c: Consent) -> Text:
        if c.withdrawn_at is not None:
            return Text(t("consents.status.withdrawn", date=format_date(c.withdrawn_at.date())), style="dim")
        if consent_in_force(c, self.today):
            return Text(t("consents.status.in_force"), style="bold")
        if c.given_on > self.today:
            return Text(t("consents.status.future", date=format_date(c.given_on)))
        return Text(t("consents.status.expired"), style="dim")

    def seen(self, it: ShareableItem) -> Text:
        if it.sight is Sight.SHOWN:
            return Text("✓ " + t("consents.seen.yes"), style="bold")
        if it.private:
            return Text(t("consents.seen.private"), style="dim")
        if it.waiting:
            return Text("⚠ " + t("consents.seen.waiting" if it.consent is None else "consents.seen.goal"),
                        style="bold")
        return Text(t("consents.seen.no"), style="dim")

    def selected_item(self) -> ShareableItem | None:
        table: DataTable[Text] = self.query_one("#item-table", DataTable)
        if not self.items or not 0 <= table.cursor_row < len(self.items):
            return None
        return self.items[table.cursor_row]

    def selected_consent(self) -> Consent | None:
        table: DataTable[Text] = self.query_one("#consent-table", DataTable)
        if not self.consents or not 0 <= table.cursor_row < len(self.consents):
            return None
        return self.consents[table.cursor_row]

    # -- actions ------------------------------------------------------------------
    def action_new(self) -> None:
        waiting = [(it.key, f"{t('consents.kind.' + it.kind)}: {harmless(it.text)}") for it in self.items
                   if it.waiting and it.consent is None and not it.private]
        if not waiting:
            self.notify(t("consents.nothing_waiting"))
            return

        def done(result: object) -> None:
            if isinstance(result, Consent):
                self.reload()
                self.notify(t("consents.recorded", count=len(waiting)), markup=False)

        self.app.push_screen(ConsentEditor(self.store, self.plan_id, waiting, today=self.today), callback=done)

    def action_mark(self) -> None:
        it = self.selected_item()
        if it is None:
            return
        try:
            self.store.mark_for_relatives(it.key, not it.marked)
        except InputError as exc:
            self.notify(error_text(exc), severity="error", markup=False)
            return
        self.reload()
        key = "consents.marked" if not it.marked else "consents.unmarked"
        self.notify(t(key, text=harmless(it.text)), markup=False)

    def action_withdraw(self) -> None:
        c = self.selected_consent()
        if c is None or c.id is None or c.withdrawn_at is not None:
            return

        def done(result: object) -> None:
            if isinstance(result, Consent):
                self.reload()
                self.notify(t("consents.withdrawn"))

        self.app.push_screen(WithdrawConsentEditor(self.store, c.id), callback=done)

    def action_switch(self) -> None:
        items = self.query_one("#item-table", DataTable)
        consents = self.query_one("#consent-table", DataTable)
        (consents if items.has_focus else items).focus()

    def action_close(self) -> None:
        self.dismiss(None)
