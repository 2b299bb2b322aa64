"""The exports as store use cases: minutes and plan per audience, frozen minutes, HTML.

`render_minutes` builds a fresh text (gather, then the pure renderer). When a
meeting is closed, `on_meeting_closed` (called inside the closing
transaction) stores the text for every audience with its SHA-256 and the
audit chain's head at that moment in `frozen_minutes`; `minutes_markdown`
returns exactly those bytes afterwards, whatever changes in the plan, after
checking them against their SHA-256 (an edited copy is refused,
`store/frozen.py`), and then the line with both checksums. After it come, in this order: a
notice when consent behind the relatives' copy was withdrawn or ran out after
the meeting closed (the copy stays as it was and says so), and the addenda
as their own dated sections (not in the relatives' copy: addenda carry no
sharing).

Language: every method takes `lang` ("da", the default, or "en"). A fresh
rendering (an open meeting's minutes, every plan copy) is written in that
language throughout, with the catalogue's words in it. A closed meeting's
minutes are the frozen Danish text as written, whatever `lang` asks: a
translation would no longer be the locked copy its checksum covers.
`minutes_language` says which language a copy is actually in, so the HTML
around it (its `lang`, approval block and footer) matches the text.
"""
from __future__ import annotations

import hashlib

from ..base import UseCases
from ..clock import now
from ..enums import Audience
from ..models import FrozenMinutes
from .documents import Approval, DocumentExports

__all__ = ["Approval", "ExportUseCases"]


class ExportUseCases(UseCases, DocumentExports):
    """Mixed into `Store`: minutes and plan exports (`DocumentExports`), and the minutes frozen when a
    meeting closes."""

    def on_meeting_closed(self, meeting_id: int) -> None:
        """Freeze the minutes of every audience (inside the closing transaction)."""
        from .minutes import render_minutes

        super().on_meeting_closed(meeting_id)
        at = now()
        data = self.meeting_data(meeting_id)
        row, head = self.chain_position()  # type: ignore[attr-defined]  # AuditUseCases, in Store
        for aud in Audience:
            if self.frozen_minutes(meeting_id, aud) is not None:
                continue
            text = render_minutes(data, aud)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            self.db.insert(FrozenMinutes(meeting_id=meeting_id, audience=aud, text=text, sha256=digest,
                                         created_at=at, chain_row=row, chain_head=head))
