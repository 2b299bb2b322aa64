"""The follow-up year (årshjul): what needs the facilitator, across all citizens.

Two views of the same items:

- `due_items(today, weeks)`: the window from `today` to `today + 7*weeks` days,
  both ends inclusive: planned meetings, active goals' periods ending, SMTTE
  evaluations due in the window or already past, agreements falling due in
  the window, and overdue agreements (open and due *before* today: the due day
  itself is not overdue).
- `year_wheel(first_month, months)`: the year month by month: every meeting
  (planned or held), goal periods ending, SMTTE evaluations due and held, and
  agreements due (open, done or dropped, each with its status).

Closing a meeting creates the next one as planned (meetings.py), so it is
here at once. Private goals and agreements are marked 🔒 (the facilitator's
lists only; nothing here is for a shared screen).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from .base import UseCases
from .danish_order import sort_key as danish_key
from .dates import MAX_WEEKS, format_date
from .enums import AgreementStatus, GoalStatus, MeetingStatus, Role
from .errors import InputError
from .messages import msg
from .labels import months
from .vocabulary import word
from .repeat import describe_repeat, next_occurrence


class DueKind(StrEnum):
    MEETING = "meeting"
    GOAL_END = "goal_end"
    SMTTE = "smtte"
    SMTTE_HELD = "smtte_held"
    AGREEMENT = "agreement"
    OVERDUE = "overdue"
    REPEAT = "repeat"
    """An open agreement that repeats ("hver torsdag"): listed on its next day in the window."""


DUE_KIND_DA: dict[DueKind, str] = {
    DueKind.MEETING: "Møde",
    DueKind.GOAL_END: "Periode slutter",
    DueKind.SMTTE: "SMTTE-evaluering",
    DueKind.SMTTE_HELD: "SMTTE evalueret",
    DueKind.AGREEMENT: "Aftale forfalder",
    DueKind.OVERDUE: "Overskredet aftale",
    DueKind.REPEAT: "Fast aftale",
}
DUE_KIND_EN: dict[DueKind, str] = {
    DueKind.MEETING: "Meeting",
    DueKind.GOAL_END: "Period ends",
    DueKind.SMTTE: "SMTTE evaluation",
    DueKind.SMTTE_HELD: "SMTTE evaluated",
    DueKind.AGREEMENT: "Agreement due",
    DueKind.OVERDUE: "Overdue agreement",
    DueKind.REPEAT: "Standing agreement",
}
_KIND_ORDER = {k: i for i, k in enumerate(DueKind)}
PRIVATE_MARK = "🔒 "
"""Before a private item's text in the follow-up lists (screen and `rundbord due`)."""


@dataclass(frozen=True)
class DueItem:
    """One thing in the follow-up year that needs the facilitator."""

    date: date
    kind: DueKind
    citizen_id: int
    citizen_name: str
    what: str
    detail: str = ""
    ref_id: int = 0
    """The meeting, goal or agreement id."""
    private: bool = False
    """A private goal or agreement: marked 🔒 where it is listed (the facilitator's lists only)."""

    def sort_key(self) -> tuple[Any, ...]:
        return (self.date, _KIND_ORDER[self.kind], danish_key(self.citizen_name), self.citizen_id, self.ref_id)


@dataclass(frozen=True)
class MonthOfYear:
    """One month of the year wheel and what falls in it."""

    year: int
    month: int
    items: list[DueItem] = field(default_factory=list)

    @property
    def name(self) -> str:
        """'November 2026'."""
        return self.name_in("da")

    def name_in(self, lang: str) -> str:
        """'November 2026' (the month's name in `lang`)."""
        return f"{months(lang)[self.month - 1].capitalize()} {self.year}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)




def due_window(today: date, weeks: int) -> tuple[date, date]:
    """The window [today, today + 7·weeks], both ends inclusive."""
    if weeks < 0:
        raise InputError("weeks", "Antal uger kan ikke være negativt.")
    if weeks > MAX_WEEKS:
        raise InputError("weeks", msg("due.too_many", n=MAX_WEEKS))
    return today, today + timedelta(days=7 * weeks)


def month_start(day: date, shift: int = 0) -> date:
    """The first day of `day`'s month, moved `shift` months (negative: back)."""
    index = day.year * 12 + (day.month - 1) + shift
    return date(index // 12, index % 12 + 1, 1)


def year_window(first_month: date, months: int) -> tuple[date, date]:
    """From the first day of `first_month`'s month to the last day of the `months`-th month."""
    if not 1 <= months <= 24:
        raise InputError("months", "Årshjulet viser 1 til 24 måneder.")
    start = month_start(first_month)
    return start, month_start(start, months) - timedelta(days=1)


_JOIN = "JOIN plan p ON p.id = {0}.plan_id JOIN citizen c ON c.id = p.citizen_id"
_LATEST_PLAN = "p.id = (SELECT max(id) FROM plan WHERE citizen_id = c.id)"


class FollowUpUseCases(UseCases):
    """Mixed into `Store`."""

    def due_items(self, today: date, weeks: int = 4) -> list[DueItem]:
        """Across all citizens: what needs the facilitator from `today` to `today + weeks` (inclusive).

        Planned meetings in the window; active goals whose period ends in the
        window; SMTTE evaluations due in the window or already past; open
        agreements due in the window, and those due before `today` (overdue).
        Sorted by date, then kind.
        """
        start, end = due_window(today, weeks)
        items = self._meetings_between(start, end, planned_only=True)
        items += self._goal_dates(start, end, smtte_overdue=True)
        items += self._agreements_due(start, end, today, open_only=True, overdue_before=today)
        items += self._repeating_agreements(start, end)
        return sorted(items, key=DueItem.sort_key)

    def year_wheel(self, first_month: date, months: int = 12, *, today: date | None = None) -> list[MonthOfYear]:
        """The year month by month from `first_month`'s month: meetings, goal periods ending, SMTTE
        evaluations (due and held) and agreements due, across all citizens."""
        start, end = year_window(first_month, months)
        day = today or start
        items = self._meetings_between(start, end, planned_only=False)
        items += self._goal_dates(start, end, smtte_overdue=False)
        items += self._smtte_held(start, end)
        items += self._agreements_due(start, end, day, open_only=False, overdue_before=None)
        wheel = [MonthOfYear(m.year, m.month) for m in (month_start(start, i) for i in range(months))]
        by_month = {(m.year, m.month): m for m in wheel}
        for item in sorted(items, key=DueItem.sort_key):
            by_month[(item.date.year, item.date.month)].items.append(item)
        return wheel

    # -- the parts -------------------------------------------------------------
    def _meetings_between(self, start: date, end: date, *, planned_only: bool) -> list[DueItem]:
        status = "AND m.status = ?" if planned_only else ""
        params: list[Any] = [start.isoformat(), end.isoformat()]
        if planned_only:
            params.append(MeetingStatus.PLANNED.value)
        out: list[DueItem] = []
        for r in self.db.query(
            "SELECT m.id, m.date, m.time, m.kind, m.place, m.status, c.id AS cid, c.name "
            f"FROM meeting m {_JOIN.format('m')} WHERE m.date BETWEEN ? AND ? {status}", params,
        ):
            kind = self.catalog.meeting_kinds.get(r["kind"])
            bits = [r["time"] or "", r["place"] or ""]
            if not planned_only and r["status"] != MeetingStatus.PLANNED.value:
                bits.append(f"({word('meeting_status.' + r['status'], self.lang).lower()})")
            out.append(DueItem(date.fromisoformat(r["date"]), DueKind.MEETING, r["cid"], r["name"],
                               kind.name if kind else str(r["kind"]), " ".join(b for b in bits if b), r["id"]))
        return out

    def _goal_dates(self, start: date, end: date, *, smtte_overdue: bool) -> list[DueItem]:
        s, e = start.isoformat(), end.isoformat()
        smtte = "g.smtte_due <= ?" if smtte_overdue else "g.smtte_due BETWEEN ? AND ?"
        params: list[Any] = [GoalStatus.ACTIVE.value, s, e, e] if smtte_overdue else [GoalStatus.ACTIVE.value, s, e, s, e]
        out: list[DueItem] = []
        for r in self.db.query(
            "SELECT g.id, g.text, g.end_date, g.smtte_due, g.private, c.id AS cid, c.name "
            f"FROM goal g {_JOIN.format('g')} WHERE g.status = ? AND {_LATEST_PLAN} AND "
            f"((g.end_date BETWEEN ? AND ?) OR ({smtte}))", params,
        ):
            if r["end_date"] and s <= r["end_date"] <= e:
                out.append(DueItem(date.fromisoformat(r["end_date"]), DueKind.GOAL_END, r["cid"], r["name"],
                                   r["text"], "", r["id"], bool(r["private"])))
            due = r["smtte_due"]
            if due and due <= e and (smtte_overdue or due >= s):
                out.append(DueItem(date.fromisoformat(due), DueKind.SMTTE, r["cid"], r["name"], r["text"], "",
                                   r["id"], bool(r["private"])))
        return out

    def _smtte_held(self, start: date, end: date) -> list[DueItem]:
        out: list[DueItem] = []
        for r in self.db.query(
            "SELECT s.id, s.date, g.text, g.private, c.id AS cid, c.name FROM smtte_evaluation s "
            f"JOIN goal g ON g.id = s.goal_id {_JOIN.format('g')} WHERE s.date BETWEEN ? AND ?",
            (start.isoformat(), end.isoformat()),
        ):
            out.append(DueItem(date.fromisoformat(r["date"]), DueKind.SMTTE_HELD, r["cid"], r["name"], r["text"], "",
                               r["id"], bool(r["private"])))
        return out

    def _agreements_due(
        self, start: date, end: date, today: date, *, open_only: bool, overdue_before: date | None
    ) -> list[DueItem]:
        """Agreements due in [start, end] (open only, or any with its status) and, with `overdue_before`,
        the open ones due before that day (the same rule as `rules.is_overdue`)."""
        where = "(a.due_date BETWEEN ? AND ?)"
        params: list[Any] = [start.isoformat(), end.isoformat()]
        if overdue_before is not None:
            where = f"({where} OR a.due_date < ?)"
            params.append(overdue_before.isoformat())
        if open_only:
            where += " AND a.status = ?"
            params.append(AgreementStatus.OPEN.value)
        out: list[DueItem] = []
        for r in self.db.query(
            "SELECT a.id, a.what, a.due_date, a.status, a.private, g.private AS goal_private, c.id AS cid, "
            "c.name AS cname, w.name AS who_name, w.role AS who_role "
            f"FROM agreement a {_JOIN.format('a')} LEFT JOIN participant w ON w.id = a.who_id "
            f"LEFT JOIN goal g ON g.id = a.goal_id WHERE a.due_date != '' AND {where}", params,
        ):
            day = date.fromisoformat(r["due_date"])
            status = AgreementStatus(r["status"])
            if status is AgreementStatus.OPEN and day < today:
                kind = DueKind.OVERDUE
            elif start <= day <= end:
                kind = DueKind.AGREEMENT
            else:
                continue
            who = r["who_name"] or ""
            if r["who_role"] in {role.value for role in Role}:
                who = f"{who} ({word('role.' + r['who_role'], self.lang).lower()})"
            if status is not AgreementStatus.OPEN:
                who = f"{who} · {word('agreement_status.' + status.value, self.lang).lower()}"
            out.append(DueItem(day, kind, r["cid"], r["cname"], r["what"], who, r["id"],
                               bool(r["private"]) or bool(r["goal_private"])))
        return out

    def _repeating_agreements(self, start: date, end: date) -> list[DueItem]:
        """Open agreements that repeat ("hver torsdag"), each once: on its next day in [start, end]."""
        out: list[DueItem] = []
        for r in self.db.query(
            "SELECT a.id, a.what, a.repeat, a.created_at, a.private, g.private AS goal_private, c.id AS cid, "
            "c.name AS cname, w.name AS who_name, w.role AS who_role "
            f"FROM agreement a {_JOIN.format('a')} LEFT JOIN participant w ON w.id = a.who_id "
            "LEFT JOIN goal g ON g.id = a.goal_id WHERE a.status = ? AND a.repeat != ''",
            (AgreementStatus.OPEN.value,),
        ):
            made = date.fromisoformat(r["created_at"][:10]) if r["created_at"] else start
            day = next_occurrence(r["repeat"], start, made)
            if day > end:
                continue
            who = r["who_name"] or ""
            if r["who_role"] in {role.value for role in Role}:
                who = f"{who} ({word('role.' + r['who_role'], self.lang).lower()})"
            detail = describe_repeat(r["repeat"], self.lang) + (f" — {who}" if who else "")
            out.append(DueItem(day, DueKind.REPEAT, r["cid"], r["cname"], r["what"], detail, r["id"],
                               bool(r["private"]) or bool(r["goal_private"])))
        return out


_HEADLINE = {
    "da": ("Årshjul: {start} til {end} ({n} {unit}), {count} {items}", ("uge", "uger"), ("måned", "måneder"),
           ("punkt", "punkter"), "(intet)"),
    "en": ("Follow-up: {start} to {end} ({n} {unit}), {count} {items}", ("week", "weeks"), ("month", "months"),
           ("item", "items"), "(nothing)"),
}
"""The plain-text lists' headline and words, per language (`rundbord due`, `rundbord due --year`)."""


def _headline(lang: str, start: date, end: date, n: int, unit: int, count: int) -> str:
    template, weeks, months_, items, _ = _HEADLINE["en" if lang == "en" else "da"]
    unit_word = (weeks, months_)[unit][0 if n == 1 else 1]
    return template.format(start=format_date(start), end=format_date(end), n=n, unit=unit_word, count=count,
                           items=items[0 if count == 1 else 1])


def format_due_items(items: Sequence[DueItem], today: date, weeks: int, lang: str = "da") -> list[str]:
    """The follow-up list as plain lines in `lang` (the `rundbord due` command prints these)."""
    start, end = due_window(today, weeks)
    lines = [_headline(lang, start, end, weeks, 0, len(items))]
    lines += [_line(it, lang) for it in items]
    return lines


def format_year(months_: Sequence[MonthOfYear], lang: str = "da") -> list[str]:
    """The year wheel as plain lines in `lang`, month by month (`rundbord due --year`)."""
    if not months_:
        return []
    last = months_[-1]
    end = month_start(last.first_day, 1) - timedelta(days=1)
    total = sum(len(m.items) for m in months_)
    lines = [_headline(lang, months_[0].first_day, end, len(months_), 1, total)]
    nothing = _HEADLINE["en" if lang == "en" else "da"][4]
    for m in months_:
        lines += ["", f"{m.name_in(lang)} ({len(m.items)})"]
        lines += [_line(it, lang) for it in m.items] or [f"  {nothing}"]
    return lines


def _line(it: DueItem, lang: str = "da") -> str:
    extra = f" — {it.detail}" if it.detail else ""
    lock = PRIVATE_MARK if it.private else ""
    kind = (DUE_KIND_EN if lang == "en" else DUE_KIND_DA)[it.kind]
    return f"{format_date(it.date)}  {kind:<18}  {it.citizen_name}: {lock}{it.what}{extra}"
