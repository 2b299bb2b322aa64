"""Looking after the database: the integrity report (`rundbord check`) and backups.

`integrity_report` runs the engine's own checks (SQLite: pages, indexes,
foreign keys, the file's permissions; PostgreSQL: references, who may change
the log), the audit chain, the search index, and says what it found in plain
Danish.
`backup` writes the whole database as one new SQLite file only the owner can
read: with SQLite's backup API (consistent while the app keeps writing), or
from PostgreSQL in one read-only snapshot transaction.
"""
from __future__ import annotations

import os
import re
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .audit_key import key_file_problem
from .engine import CheckItem, Engine
from .errors import DatabaseProblem, StoreError
from .messages import Message, msg
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
        """The report as lines a person reads, in Danish or English (`lang="en"`: the frame, the checks'
        names and their usual findings; a rare finding without an English wording is shown in Danish)."""
        en = lang == "en"
        lines = [f"Check of {self.path}:" if en else f"Kontrol af {self.path}:"]
        for item in self.items:
            mark = "OK " if item.ok else ("FAIL" if en else "FEJL")
            name, message = (_CHECK_NAMES_EN.get(item.name, item.name), _finding_en(item.message)) if en else (
                item.name, item.message)
            lines.append(f"  [{mark}] {name}: {message}")
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
    "Loggens nøgle": "The log's key",
}
"""The checks' names in English (`CheckReport.text("en")`)."""
_FINDINGS_EN: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(da), en) for da, en in (
    (r"^kun ejeren kan læse og skrive filen\.$", "only the owner can read and write the file."),
    (r"^SQLite fandt ingen skader\.$", "SQLite found no damage."),
    (r"^alle henvisninger peger på noget, der findes\.$", "every reference points to something that exists."),
    (r"^Ændringsloggen er hel \((\d+) rækker kontrolleret\)\.$", r"The change log is whole (\1 rows checked)."),
    (r"^loggen kan ikke ændres eller slettes med SQL \(udløserne er på plads\)\.$",
     "the log cannot be changed or deleted with SQL (the triggers are in place)."),
    (r"^alle poster har de værdier, ændringsloggen siger, de fik\.$",
     "every record has the values the change log says it got."),
    (r"^alle (\d+) låste referater passer med deres kontrolsum\.$", r"all \1 locked minutes match their checksum."),
    (r"^søgning og borgerliste passer med data\.$", "search and the citizen list match the data."),
    (r"^kunne ikke kontrolleres \((.*)\)\.$", r"could not be checked (\1)."),
    (r"^kunne ikke læses \((.*)\)\.$", r"could not be read (\1)."),
    (r"^kunne ikke læses \((.*)\)\. Byg det op igen med: rundbord reindex$",
     r"could not be read (\1). Rebuild it with: rundbord reindex"),
    (r"^andre brugere har adgang til ([^;]*?) \(rettigheder (\d+)\)\. Ret det med: ([^;]*)$",
     r"other users have access to \1 (permissions \2). Fix it with: \3"),
))
"""The checks' usual findings in English, matched on their Danish wording."""


def _finding_en(message: str) -> str:
    for pattern, english in _FINDINGS_EN:
        if pattern.match(message):
            return pattern.sub(english, message)
    parts = message.split("; ")  # several findings of one check (the file and its -wal, -shm)
    return "; ".join(_finding_en(p) for p in parts) if len(parts) > 1 else message


def _mode_problem(path: Path, private_mode: int) -> str | None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        return (
            f"andre brugere har adgang til {path} (rettigheder {mode:o}). "
            f"Ret det med: chmod {private_mode:o} '{path}'"
        )
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
        return CheckItem(name, False, "; ".join(problems))
    return CheckItem(name, True, "kun ejeren kan læse og skrive filen.")


_INDEXED_AS = {
    "citizen": "borgernavne", "goal": "delmål", "activity": "aktiviteter", "agreement": "aftaler",
    "meeting": "møder", "citizen_list": "borgerlisten",
}


def _search_index(engine: Engine) -> CheckItem:
    """Whether the search index and the citizens list say what the rows say (search_index.py)."""
    name = "Søgeindekset"
    try:
        wrong = out_of_step(engine)
    except CHECK_ERRORS as exc:
        return CheckItem(name, False, f"kunne ikke læses ({exc}). Byg det op igen med: rundbord reindex")
    if not wrong:
        return CheckItem(name, True, "søgning og borgerliste passer med data.")
    where = ", ".join(f"{_INDEXED_AS.get(t, t)} ({n})" for t, n in wrong.items())
    return CheckItem(
        name, False,
        f"passer ikke med data i {where}: rækker er ændret uden om Rundbord, og søgningen kan overse dem. "
        "Byg det op igen med: rundbord reindex",
    )


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
        items.append(CheckItem("Ændringsloggen", chain.ok, chain.message))
    except CHECK_ERRORS as exc:
        items.append(CheckItem("Ændringsloggen", False, f"kunne ikke læses ({exc})."))
    try:
        problem = triggers_problem(engine)
        items.append(CheckItem("Loggens beskyttelse", problem is None,
                               problem or "loggen kan ikke ændres eller slettes med SQL (udløserne er på plads)."))
    except CHECK_ERRORS as exc:
        items.append(CheckItem("Loggens beskyttelse", False, f"kunne ikke kontrolleres ({exc})."))
    try:
        problems = records_problems(engine)
        items.append(CheckItem(
            "Data mod loggen", not problems,
            summary(problems) if problems else "alle poster har de værdier, ændringsloggen siger, de fik.",
        ))
    except CHECK_ERRORS as exc:
        items.append(CheckItem("Data mod loggen", False, f"kunne ikke kontrolleres ({exc})."))
    try:
        frozen = store.db.select(FrozenMinutes)
        problems = frozen_problems(engine, frozen)
        n = len(frozen)
        items.append(CheckItem(
            "Låste referater", not problems,
            summary(problems) if problems else f"alle {n} låste referater passer med deres kontrolsum.",
        ))
    except CHECK_ERRORS as exc:
        items.append(CheckItem("Låste referater", False, f"kunne ikke kontrolleres ({exc})."))
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
