"""Looking after the database: the integrity report (`rundbord check`) and backups.

`integrity_report` runs the engine's own checks (SQLite: pages, indexes,
foreign keys, the file's permissions; PostgreSQL: references, who may change
the log), the audit chain, the search index, and says what it found in plain
Danish or English (each finding a message by key, store/messages.py).
`backup` writes the whole database as one new SQLite file only the owner can
read: with SQLite's backup API (consistent while the app keeps writing), or
from PostgreSQL in one read-only snapshot transaction.
"""
from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .audit_key import key_file_problem
from .engine import CheckItem, Engine
from .errors import DatabaseProblem, StoreError
from .messages import Both, Message, joined, msg
from .integrity import frozen_problems, records_problems, summary, triggers_problem
from .location import is_url, shown
from .models import FrozenMinutes
from .search_index import out_of_step
from .snapshot import CopyFailed
from .store import Store


class BackupFailed(StoreError):
    """The backup could not be written (the message says why, in Danish)."""


CHECK_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, StoreError)
"""What a check that could not run raises (the engines turn their drivers' errors into StoreErrors)."""


@dataclass
class CheckReport:
    path: Path | str
    """The database checked, as a person may read it (a file's path; a URL without its password)."""
    items: list[CheckItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(i.ok for i in self.items)

    @property
    def problems(self) -> list[CheckItem]:
        return [i for i in self.items if not i.ok]

    def text(self, lang: str = "da") -> str:
        """The report as lines a person reads, in Danish or English (`lang="en"`)."""
        en = lang == "en"
        lines = [f"Check of {self.path}:" if en else f"Kontrol af {self.path}:"]
        for item in self.items:
            mark = "OK " if item.ok else ("FAIL" if en else "FEJL")
            name = _CHECK_NAMES_EN.get(item.name, item.name) if en else item.name
            lines.append(f"  [{mark}] {name}: {item.said.text(lang)}")
        n = len(self.problems)
        if self.ok:
            lines.append("All is well." if en else "Alt er i orden.")
        elif en:
            lines.append(f"Found {n} problem{'s' if n != 1 else ''}. Take a backup before you fix anything.")
        else:
            lines.append(f"Fandt {n} problem{'er' if n != 1 else ''}. Tag en sikkerhedskopi, før du retter noget.")
        return "\n".join(lines)


_CHECK_NAMES_EN = {
    "Rettigheder": "Permissions", "Filens opbygning": "The file's structure", "Henvisninger": "References",
    "Ændringsloggen": "The change log", "Loggens beskyttelse": "The log's protection",
    "Data mod loggen": "Data against the log", "Låste referater": "Locked minutes", "Søgeindekset": "The search index",
    "Loggens nøgle": "The log's key", "Databasens opbygning": "The database's structure",
}
"""The checks' names in English (`CheckReport.text("en")`)."""
def _mode_problem(path: Path, private_mode: int) -> Message | None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        return msg("check.others_can_read", path=path, mode=f"{mode:o}", fix=f"{private_mode:o}")
    return None


def permissions_item(path: Path) -> CheckItem:
    """Whether only the owner can read the file and its -wal/-shm (SQLite)."""
    problems = [p for p in (_mode_problem(path, 0o600),) if p]
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            p = _mode_problem(side, 0o600)
            if p:
                problems.append(p)
    name = "Rettigheder"
    if problems:
        return CheckItem(name, False, msg("check.joined", parts=joined(problems, "; ")))
    return CheckItem(name, True, msg("check.owner_only"))


_INDEXED_AS = {
    "citizen": ("borgernavne", "citizens' names"), "goal": ("delmål", "sub-goals"),
    "activity": ("aktiviteter", "activities"), "agreement": ("aftaler", "agreements"),
    "meeting": ("møder", "meetings"), "citizen_list": ("borgerlisten", "the citizen list"),
}


def _search_index(engine: Engine) -> CheckItem:
    """Whether the search index and the citizens list say what the rows say (search_index.py)."""
    name = "Søgeindekset"
    try:
        wrong = out_of_step(engine)
    except CHECK_ERRORS as exc:
        return CheckItem(name, False, msg("check.index_unreadable", error=exc))
    if not wrong:
        return CheckItem(name, True, msg("check.index_ok"))
    where = Both(*(", ".join(f"{_INDEXED_AS.get(t, (t, t))[i]} ({n})" for t, n in wrong.items()) for i in (0, 1)))
    return CheckItem(name, False, msg("check.index_wrong", where=where))


def integrity_report(location: str | os.PathLike[str], *, user: str | None = None) -> CheckReport:
    """Check the database at `location` (a file or a PostgreSQL URL), read-only. Raises DatabaseProblem
    when it cannot be opened at all (missing, a directory, not a Rundbord database, an older or a newer
    schema, a server that cannot be reached)."""
    if not is_url(location):
        p = Path(location)
        if p.is_dir():
            raise DatabaseProblem(msg("db.is_folder", path=p))
        if not p.exists():
            raise DatabaseProblem(msg("db.missing", path=p))
    store = Store(location, user=user, read_only=True)
    report = CheckReport(store.path or shown(location))
    with store:
        engine = store.db.engine
        report.items += engine.structure_items()
        report.items += _audit_items(store)
        report.items.append(_search_index(engine))
    return report


def _audit_items(store: Store) -> list[CheckItem]:
    """The audit chain, its triggers, the records against the log, the frozen minutes."""
    engine = store.db.engine
    items: list[CheckItem] = []
    try:
        chain = store.verify_audit_chain()
        assert chain.said is not None
        items.append(CheckItem("Ændringsloggen", chain.ok, chain.said))
    except CHECK_ERRORS as exc:
        items.append(CheckItem("Ændringsloggen", False, msg("check.unreadable", error=exc)))
    try:
        problem = triggers_problem(engine)
        items.append(CheckItem("Loggens beskyttelse", problem is None, problem or msg("check.triggers_ok")))
    except CHECK_ERRORS as exc:
        items.append(CheckItem("Loggens beskyttelse", False, msg("check.unchecked", error=exc)))
    try:
        problems = records_problems(engine)
        items.append(CheckItem(
            "Data mod loggen", not problems,
            summary(problems) if problems else msg("check.records_ok"),
        ))
    except CHECK_ERRORS as exc:
        items.append(CheckItem("Data mod loggen", False, msg("check.unchecked", error=exc)))
    try:
        frozen = store.db.select(FrozenMinutes)
        problems = frozen_problems(engine, frozen)
        n = len(frozen)
        items.append(CheckItem(
            "Låste referater", not problems,
            summary(problems) if problems else msg("check.frozen_ok", n=n),
        ))
    except CHECK_ERRORS as exc:
        items.append(CheckItem("Låste referater", False, msg("check.unchecked", error=exc)))
    key_problem = key_file_problem()
    if key_problem:
        items.append(CheckItem("Loggens nøgle", False, key_problem))
    return items


def backup(store: Store, target_path: str | os.PathLike[str]) -> Path:
    """A consistent copy of the open database at `target_path` as one SQLite file (0600), written atomically.

    Works while others write (SQLite's backup API; on PostgreSQL one read-only
    snapshot transaction). The copy is a single self-contained file (rollback
    journal, no -wal) that Rundbord opens like any file. Raises BackupFailed with a
    Danish message for a directory, the database itself, or an unwritable place.
    """
    target = Path(target_path)
    if target.is_dir():
        raise BackupFailed(msg("backup.is_folder", target=target, example=target / "rundbord-kopi.db"))
    try:
        if target.exists() and store.path is not None and target.resolve() == store.path.resolve():
            raise BackupFailed(msg("backup.onto_itself"))
    except OSError as exc:
        raise BackupFailed(msg("backup.cannot_write", target=target, reason=exc.strerror)) from exc
    try:
        store.db.engine.copy_to_sqlite(target)
    except CopyFailed as exc:
        said = exc.said
        if said is not None and said.key.startswith("copy."):  # the same sentence, said of the backup
            raise BackupFailed(Message("backup." + said.key[len("copy."):], said.values)) from exc
        raise BackupFailed(said or exc.message) from exc
    return target


__all__ = ["BackupFailed", "CheckItem", "CheckReport", "backup", "integrity_report", "permissions_item"]
