"""Finding things by a piece of their text: the citizens list and the command palette's jump.

Both fold case for every letter ("ØSTER", "øster" and "Øster" find the same)
and read the trigram index (search_index.py), so a search costs about the same
on a file of 1,000 citizens as on one of 50,000:

- one or two characters find the citizens whose name *begins* with them (a
  trigram index cannot find shorter pieces; the Danish sort key can: "Aa" is
  filed as "Å", so "å" also finds "Aage");
- three or more find any text that *contains* them, anywhere.

The typed text is refused beyond `MAX_SEARCH_CHARS` with a Danish message before
any SQL runs. Lists are in Danish order (danish_order.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .danish_order import prefix_keys, sort_key
from .errors import InputError
from .messages import msg
from .search_index import CITIZEN_LIST, CITIZEN_LIST_INDEX, MAX_SEARCH_CHARS, MIN_TRIGRAM, SOURCES, searchable

WALK = 3000
"""Lines of the citizens list a search first walks in name order, testing each, before it decides how to go on."""

_LAST_KEY = "\U0010ffff"
"""Sorts after every character: `key < prefix + _LAST_KEY` holds for every key that begins with prefix."""

_CITIZEN_ROWS = (
    "SELECT c.id, c.name, coalesce(p.overall_goal, '') AS goal, coalesce(p.plan_type, '') AS pt, l.name_key "
    "FROM citizen c JOIN citizen_list l ON l.id = c.id "
    "LEFT JOIN plan p ON p.id = (SELECT max(id) FROM plan WHERE citizen_id = c.id)"
)
"""Each citizen with the overall goal and type of their latest plan."""


@dataclass
class CitizenRow:
    """One line of the citizens list."""

    id: int
    name: str
    overall_goal: str
    plan_type: str


@dataclass(frozen=True)
class SearchHit:
    """One thing that matched: what it is, where it lives, what to show."""

    kind: str
    """"citizen", "goal", "activity", "agreement" or "meeting"."""
    record_id: int
    citizen_id: int
    citizen_name: str
    text: str
    private: bool = False
    date: date | None = None
    goal_id: int | None = None
    """The sub-goal an activity belongs to (a jump selects it); a goal's own id for a goal."""


def search_needle(text: str) -> str:
    """What is looked for: `text` stripped and folded; InputError when it is longer than a search can be."""
    stripped = text.strip()
    if len(stripped) > MAX_SEARCH_CHARS:
        raise InputError(
            "search",
            msg("search.too_long", n=f"{len(stripped):,}".replace(",", "."), max=MAX_SEARCH_CHARS),
        )
    return searchable(stripped)


if TYPE_CHECKING:
    from .catalog import Catalog
    from .reader import RowReader


class SearchUseCases:
    """Mixed into `Store` and `ListStore` (list_store.py: the first screen, drawn before the models load).
    Needs only a reader: the search reads plain rows of the index and the tables (rebuilding the index is
    `Store.rebuild_search_index`)."""

    catalog: Catalog

    if TYPE_CHECKING:
        @property
        def db(self) -> RowReader:
            """`Database` in the full store, a plain `RowReader` in `ListStore`."""

    # -- the citizens list ---------------------------------------------------------------------
    def count_citizens(self) -> int:
        """How many citizens the file holds (the citizens list says how many it does not show)."""
        return int(self.db.query("SELECT count(*) AS n FROM citizen")[0]["n"])

    def list_citizens(self, search: str = "", limit: int = 200) -> list[CitizenRow]:
        """Citizens in Danish order of name; with `search`, those whose name or latest overall goal has it.

        One or two characters match the beginning of the name only (see the module's docstring).
        """
        needle = search_needle(search)
        if not needle:
            ids = [r[0] for r in self.db.query("SELECT id FROM citizen_list ORDER BY name_key, id LIMIT ?", (limit,))]
        elif len(needle) < MIN_TRIGRAM:
            ids = self._names_beginning(needle, limit)
        else:
            ids = self._citizens_containing(needle, limit)
        return [CitizenRow(r["id"], r["name"], r["goal"], r["pt"]) for r in self._citizen_rows(ids)]

    def _citizen_rows(self, ids: list[int]) -> list[Any]:
        """The citizens `ids` with their latest plan, in Danish order (the list is picked first, then read)."""
        if not ids:
            return []
        marks = ",".join("?" for _ in ids)
        return self.db.query(f"{_CITIZEN_ROWS} WHERE c.id IN ({marks}) ORDER BY l.name_key, c.id", ids)

    def _names_beginning(self, needle: str, limit: int) -> list[int]:
        """Citizens whose name begins with `needle`: one or two ranges of the list's index, merged."""
        rows: list[Any] = []
        for key in prefix_keys(needle):
            rows += self.db.query(
                "SELECT id, name_key FROM citizen_list WHERE name_key >= ? AND name_key < ? "
                "ORDER BY name_key, id LIMIT ?",
                (key, key + _LAST_KEY, limit),
            )
        return [r["id"] for r in sorted(rows, key=lambda r: (r["name_key"], r["id"]))[:limit]]

    def _citizens_containing(self, needle: str, limit: int) -> list[int]:
        """Citizens whose name or latest overall goal contains `needle`, the first `limit` in name order.

        The list's index is walked in name order, testing each line, for `WALK` lines:
        when hits are common that finds `limit` of them at once. When it finds some but
        not enough, it walks on as far as that rate of hits says it must (twice that,
        once). When hits are rare (or the file small), the trigram index gathers them all
        to be sorted. Either way the cost does not grow with the number of citizens.
        """
        ids = self._walk(needle, WALK, limit)
        if 0 < len(ids) < limit and 4 * len(ids) >= limit:  # common enough: walking on is cheaper
            ids = self._walk(needle, 2 * WALK * limit // len(ids), limit)
        if len(ids) >= limit:
            return ids
        search = self.db.engine.search
        return [r[0] for r in self.db.query(
            f"SELECT id FROM citizen_list WHERE id IN {search.hits(CITIZEN_LIST_INDEX, CITIZEN_LIST)} "
            "ORDER BY name_key, id LIMIT ?",
            (search.needle(needle), limit),
        )]

    def _walk(self, needle: str, lines: int, limit: int) -> list[int]:
        """The first `limit` citizens, in name order, among the first `lines` of the list, whose line has `needle`."""
        return [r[0] for r in self.db.query(
            "SELECT id FROM (SELECT id, name_key, text FROM citizen_list ORDER BY name_key, id LIMIT ?) AS l "
            f"WHERE {self.db.engine.search.contains('l.text')} ORDER BY name_key, id LIMIT ?", (lines, needle, limit),
        )]

    # -- the palette's jump --------------------------------------------------------------------
    def search_everything(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Citizens, sub-goals, activities, agreements and meetings whose text contains `text` (any case).

        Citizens match on their name, meetings on their kind's name, date (dd-mm-åååå) and
        place. One or two characters find citizens whose name begins with them, nothing else.
        Citizens come in Danish order; the rest by citizen, then as the plan lists them;
        meetings newest first.
        """
        needle = search_needle(text)
        if not needle:
            return []
        if len(needle) < MIN_TRIGRAM:
            return [self._citizen_hit(r) for r in self._citizen_rows(self._names_beginning(needle, limit))]
        search = self.db.engine.search
        phrase = search.needle(needle)

        def found(table: str) -> str:
            return search.hits(SOURCES[table].index, SOURCES[table].texts)

        hits = [self._citizen_hit(r) for r in self._citizen_rows([r[0] for r in self.db.query(
            f"SELECT s.id FROM {found('citizen')} s ORDER BY s.id DESC LIMIT ?", (phrase, limit)
        )])]
        for kind, rows in (
            ("goal", self._matching(
                "SELECT g.id, g.text, g.private, g.position, g.id AS gid, NULL AS due_date, c.id AS cid, c.name "
                f"FROM {found('goal')} s JOIN goal g ON g.id = s.id JOIN plan p ON p.id = g.plan_id "
                "JOIN citizen c ON c.id = p.citizen_id", phrase, limit)),
            ("activity", self._matching(
                "SELECT a.id, a.text, g.private, a.position, g.id AS gid, NULL AS due_date, c.id AS cid, c.name "
                f"FROM {found('activity')} s JOIN activity a ON a.id = s.id JOIN goal g ON g.id = a.goal_id "
                "JOIN plan p ON p.id = g.plan_id JOIN citizen c ON c.id = p.citizen_id", phrase, limit)),
            ("agreement", self._matching(
                "SELECT a.id, a.what AS text, a.private, a.position, a.goal_id AS gid, a.due_date, c.id AS cid, "
                f"c.name FROM {found('agreement')} s JOIN agreement a ON a.id = s.id "
                "JOIN plan p ON p.id = a.plan_id JOIN citizen c ON c.id = p.citizen_id", phrase, limit)),
        ):
            for r in rows:
                due = date.fromisoformat(r["due_date"]) if r["due_date"] else None
                hits.append(SearchHit(kind, r["id"], r["cid"], r["name"], r["text"], bool(r["private"]), due,
                                      r["gid"]))
        hits.extend(self._search_meetings(needle, limit))
        return hits[:limit]

    def _matching(self, sql: str, phrase: str, limit: int) -> list[Any]:
        """The first `limit` rows the index finds (newest first), in Danish order of citizen, then plan order."""
        rows = self.db.query(f"{sql} ORDER BY s.id DESC LIMIT ?", (phrase, limit))
        return sorted(rows, key=lambda r: (sort_key(r["name"]), r["cid"], r["position"], r["id"]))

    def _meeting_kinds_in_use(self) -> list[str]:
        """The distinct meeting kinds in the file, one index step each (not a scan of every meeting)."""
        kinds: list[str] = []
        while True:
            row = self.db.query("SELECT kind FROM meeting WHERE kind > ? ORDER BY kind LIMIT 1", (kinds[-1] if kinds else "",))
            if not row:
                return kinds
            kinds.append(str(row[0][0]))

    @staticmethod
    def _citizen_hit(r: Any) -> SearchHit:
        return SearchHit("citizen", r["id"], r["id"], r["name"], r["name"])

    def _search_meetings(self, needle: str, limit: int) -> list[SearchHit]:
        """Meetings whose label ("Borgermøde 24-09-2026, Kilden") contains `needle`, newest first.

        Candidates come from the index (date and place), from the kinds whose name has the
        needle, and, for a needle that runs from a kind's name into the date, both at once;
        each is then checked against its whole label.
        """
        names = {code: code for code in self._meeting_kinds_in_use()}  # a kind gone from the catalogue: its code
        names.update({code: kind.name for code, kind in self.catalog.meeting_kinds.items()})
        select = (
            "SELECT m.id, m.kind, m.date, m.place, c.id AS cid, c.name FROM meeting m "
            "JOIN plan p ON p.id = m.plan_id JOIN citizen c ON c.id = p.citizen_id"
        )
        search = self.db.engine.search
        index = search.hits(SOURCES["meeting"].index, SOURCES["meeting"].texts)
        rows: list[Any] = self.db.query(
            f"{select} JOIN {index} s ON s.id = m.id ORDER BY s.id DESC LIMIT ?", (search.needle(needle), limit),
        )
        for code, name in names.items():
            if needle in searchable(name) or needle in searchable(code):
                rows += self.db.query(
                    f"{select} WHERE m.kind = ? ORDER BY m.date DESC, m.id DESC LIMIT ?", (code, limit)
                )
        for cut in (i for i, ch in enumerate(needle) if ch == " "):
            head, tail = needle[: cut + 1], needle[cut + 1:]
            kinds = [code for code, name in names.items() if (searchable(name) + " ").endswith(head)]
            if kinds and len(tail) >= MIN_TRIGRAM:
                marks = ",".join("?" for _ in kinds)
                rows += self.db.query(
                    f"{select} JOIN {index} s ON s.id = m.id WHERE m.kind IN ({marks}) ORDER BY s.id DESC LIMIT ?",
                    (search.needle(tail), *kinds, limit),
                )
        found: dict[int, SearchHit] = {}
        for r in rows:
            day = date.fromisoformat(r["date"])
            label = f"{names.get(r['kind'], r['kind'])} {day:%d-%m-%Y}" + (f", {r['place']}" if r["place"] else "")
            if r["id"] not in found and needle in searchable(label):
                found[r["id"]] = SearchHit("meeting", r["id"], r["cid"], r["name"], label, False, day)
        return sorted(found.values(), key=lambda h: (h.date or date.min, h.record_id), reverse=True)[:limit]


__all__ = ["CitizenRow", "SearchHit", "SearchUseCases", "search_needle"]
