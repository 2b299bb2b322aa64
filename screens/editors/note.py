"""NoteEditor: a note on the plan (or one written in a meeting), private, internal or shared with relatives."""
from __future__ import annotations

from textual.app import ComposeResult

from screens.forms import FormField, FormScreen, MarkedCheckbox
from screens.i18n import t
from store import Store
from store.enums import Sharing
from store.models import Note
from store.notes import sharing_of


class NoteEditor(FormScreen[Note]):
    """A new plan note (`note_id` None) or an existing note; the store refuses a closed meeting's note."""

    def __init__(self, store: Store, plan_id: int, note_id: int | None = None) -> None:
        super().__init__(store)
        self.plan_id = plan_id
        self.note_id = note_id
        self.note = next((n for n in store.plan_notes(plan_id) if n.id == note_id), None)
        self.editing(self.note)

    def title_text(self) -> str:
        return t("ed.note.title_new") if self.note is None else t("ed.note.title_edit")

    def compose_fields(self) -> ComposeResult:
        n = self.note
        yield self.text_field("text", t("ed.note.text"), n.text if n else "", multiline=True)
        levels = [(t(f"ed.note.sharing.{s.value}"), s.value) for s in Sharing]
        yield self.select_field("sharing", t("ed.note.sharing"), levels,
                                sharing_of(n).value if n else Sharing.INTERNAL.value)
        goals = [(g.text, g.id) for g in self.store.goals(self.plan_id)]
        yield self.select_field("goal_id", t("ed.note.goal"), goals, n.goal_id if n else None, allow_blank=True,
                                prompt=t("ed.note.no_goal"))
        label = t("ed.note.consent")
        yield FormField("consent", label, MarkedCheckbox(label, False, id="f-consent", compact=True),
                        t("ed.note.consent_hint"))

    def save(self) -> Note:
        text = self.text("text")
        sharing = self.choice("sharing") or Sharing.INTERNAL.value
        goal_id = self.choice("goal_id")
        consent = self.flag("consent")
        # A refusal (a closed meeting's note, a busy file) is said in the form; what was typed stays.
        if self.note_id is None:
            return self.store.write_note(self.plan_id, text, sharing=sharing, goal_id=goal_id, consent=consent)
        return self.store.update_note(self.note_id, text=text, sharing=sharing, goal_id=goal_id, consent=consent,
                                      **self.expected())
