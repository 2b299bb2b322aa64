"""Finding anything by a piece of its text (the command palette's jump)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .base import UseCases
from .errors import InputError
from .models import Meeting


@dataclass(frozen=True)
class SearchHit:
    """One thing that matched: what it is, where it lives, what to show."""

    kind: str
    """"citizen", "goal", "agreement" or "meeting"."""
    record_id: int
    citizen_id: int
    citizen_name: str
    text: str
    private: bool = False
    date: date | None = None


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class SearchUseCases(UseCases):
    """Mixed into `Store`."""

    def search_everything(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Citizens, goals, agreements and meetings whose text contains `text` (any case).

        Meetings match on their kind's name, place and date (dd-mm-åååå).
        """
        needle = text.strip()
        if not needle:
            return []
        like = _like(needle)
        hits: list[SearchHit] = []
        for r in self.db.query(
            "SELECT id, name FROM citizen WHERE name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE, id LIMIT ?",
            (like, limit),
        ):
            hits.append(SearchHit("citizen", r["id"], r["id"], r["name"], r["name"]))
        for r in self.db.query(
            "SELECT g.id, g.text, g.private, c.id AS cid, c.name FROM goal g JOIN plan p ON p.id = g.plan_id "
            "JOIN citizen c ON c.id = p.citizen_id WHERE g.text LIKE ? ESCAPE '\\' ORDER BY c.name, g.position, g.id "
            "LIMIT ?",
            (like, limit),
        ):
            hits.append(SearchHit("goal", r["id"], r["cid"], r["name"], r["text"], bool(r["private"])))
        for r in self.db.query(
            "SELECT a.id, a.what, a.private, a.due_date, c.id AS cid, c.name FROM agreement a "
            "JOIN plan p ON p.id = a.plan_id JOIN citizen c ON c.id = p.citizen_id "
            "WHERE a.what LIKE ? ESCAPE '\\' ORDER BY c.name, a.position, a.id LIMIT ?",
            (like, limit),
        ):
            due = date.fromisoformat(r["due_date"]) if r["due_date"] else None
            hits.append(SearchHit("agreement", r["id"], r["cid"], r["name"], r["what"], bool(r["private"]), due))
        hits.extend(self._search_meetings(needle.casefold(), limit))
        return hits[:limit] if len(hits) > limit else hits

    def _search_meetings(self, needle: str, limit: int) -> list[SearchHit]:
        rows: list[Any] = self.db.query(
            "SELECT m.id, c.id AS cid, c.name FROM meeting m JOIN plan p ON p.id = m.plan_id "
            "JOIN citizen c ON c.id = p.citizen_id ORDER BY m.date DESC, m.id"
        )
        found: list[SearchHit] = []
        for r in rows:
            meeting = self.db.get(Meeting, r["id"])
            try:
                kind = self.catalog.meeting_kind(meeting.kind).name
            except InputError:  # a kind removed from the catalogue still matches by its code
                kind = meeting.kind
            label = f"{kind} {meeting.date:%d-%m-%Y}" + (f", {meeting.place}" if meeting.place else "")
            if needle in label.casefold():
                found.append(SearchHit("meeting", r["id"], r["cid"], r["name"], label, False, meeting.date))
                if len(found) >= limit:
                    break
        return found
