"""Looking after the file: the integrity report (`rundbord check`) and backups.

`integrity_report` runs SQLite's own checks (pages, indexes, foreign keys), the
audit chain, the search index and the file permissions, and says what it found
in plain Danish.
`backup` copies the open database with SQLite's backup API: consistent while
the app keeps writing, into a new file only the owner can read.
"""
from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .audit_key import key_file_problem
from .errors import DatabaseProblem, StoreError
from .integrity import frozen_problems, records_problems, summary, triggers_problem
from .models import FrozenMinutes
from .search_index import out_of_step
from .snapshot import CopyFailed, copy_database
from .store import Store


class BackupFailed(StoreError):
    """The backup could not be written (the message says why, in Danish)."""


@dataclass(frozen=True)
class CheckItem:
    name: str
    """What was checked, in Danish words."""
    ok: bool
    message: str


@dataclass
class CheckReport:
    path: Path
    items: list[CheckItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(i.ok for i in self.items)

    @property
    def problems(self) -> list[CheckItem]:
        return [i for i in self.items if not i.ok]

    def text(self) -> str:
        """The report as lines a person reads (Danish)."""
        lines = [f"Kontrol af {self.path}:"]
        for item in self.items:
            mark = "OK " if item.ok else "FEJL"
            lines.append(f"  [{mark}] {item.name}: {item.message}")
        if self.ok:
            lines.append("Alt er i orden.")
        else:
            n = len(self.problems)
            lines.append(f"Fandt {n} problem{'er' if n != 1 else ''}. Tag en sikkerhedskopi, før du retter noget.")
        return "\n".join(lines)


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


def _permissions(path: Path) -> CheckItem:
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


def _search_index(conn: sqlite3.Connection) -> CheckItem:
    """Whether the search index and the citizens list say what the rows say (search_index.py)."""
    name = "Søgeindekset"
    try:
        wrong = out_of_step(conn)
    except sqlite3.DatabaseError as exc:
        return CheckItem(name, False, f"kunne ikke læses ({exc}). Byg det op igen med: rundbord reindex")
    if not wrong:
        return CheckItem(name, True, "søgning og borgerliste passer med data.")
    where = ", ".join(f"{_INDEXED_AS.get(t, t)} ({n})" for t, n in wrong.items())
    return CheckItem(
        name, False,
        f"passer ikke med data i {where}: rækker er ændret uden om Rundbord, og søgningen kan overse dem. "
        "Byg det op igen med: rundbord reindex",
    )


def integrity_report(path: str | os.PathLike[str], *, user: str | None = None) -> CheckReport:
    """Check the file at `path`, read-only. Raises DatabaseProblem when it cannot be opened at all
    (missing, a directory, not a Rundbord file, an older or a newer schema)."""
    p = Path(path)
    if p.is_dir():
        raise DatabaseProblem(f"{p} er en mappe, ikke en databasefil.")
    if not p.exists():
        raise DatabaseProblem(f"Databasen {p} findes ikke.")
    store = Store(p, user=user, read_only=True)
    report = CheckReport(p)
    report.items.append(_permissions(p))
    with store:
        conn = store.db.conn
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if rows == ["ok"]:
                report.items.append(CheckItem("Filens opbygning", True, "SQLite fandt ingen skader."))
            else:
                shown = "; ".join(rows[:5]) + (" ..." if len(rows) > 5 else "")
                report.items.append(CheckItem("Filens opbygning", False, f"filen er beskadiget: {shown}"))
        except sqlite3.DatabaseError as exc:
            report.items.append(CheckItem("Filens opbygning", False, f"filen er beskadiget ({exc})."))
        try:
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if not fk:
                report.items.append(CheckItem("Henvisninger", True, "alle henvisninger peger på noget, der findes."))
            else:
                tables = sorted({str(r[0]) for r in fk})
                report.items.append(CheckItem(
                    "Henvisninger", False,
                    f"{len(fk)} rækker peger på noget, der ikke findes (tabeller: {', '.join(tables)}).",
                ))
        except sqlite3.DatabaseError as exc:
            report.items.append(CheckItem("Henvisninger", False, f"kunne ikke kontrolleres ({exc})."))
        report.items += _audit_items(store)
        report.items.append(_search_index(conn))
    return report


def _audit_items(store: Store) -> list[CheckItem]:
    """The audit chain, its triggers, the records against the log, the frozen minutes."""
    conn = store.db.conn
    items: list[CheckItem] = []
    try:
        chain = store.verify_audit_chain()
        items.append(CheckItem("Ændringsloggen", chain.ok, chain.message))
    except sqlite3.DatabaseError as exc:
        items.append(CheckItem("Ændringsloggen", False, f"kunne ikke læses ({exc})."))
    try:
        problem = triggers_problem(conn)
        items.append(CheckItem("Loggens beskyttelse", problem is None,
                               problem or "loggen kan ikke ændres eller slettes med SQL (udløserne er på plads)."))
    except sqlite3.DatabaseError as exc:
        items.append(CheckItem("Loggens beskyttelse", False, f"kunne ikke kontrolleres ({exc})."))
    try:
        problems = records_problems(conn)
        items.append(CheckItem(
            "Data mod loggen", not problems,
            summary(problems) if problems else "alle poster har de værdier, ændringsloggen siger, de fik.",
        ))
    except sqlite3.DatabaseError as exc:
        items.append(CheckItem("Data mod loggen", False, f"kunne ikke kontrolleres ({exc})."))
    try:
        frozen = store.db.select(FrozenMinutes)
        problems = frozen_problems(conn, frozen)
        n = len(frozen)
        items.append(CheckItem(
            "Låste referater", not problems,
            summary(problems) if problems else f"alle {n} låste referater passer med deres kontrolsum.",
        ))
    except sqlite3.DatabaseError as exc:
        items.append(CheckItem("Låste referater", False, f"kunne ikke kontrolleres ({exc})."))
    key_problem = key_file_problem()
    if key_problem:
        items.append(CheckItem("Loggens nøgle", False, key_problem))
    return items


def backup(store: Store, target_path: str | os.PathLike[str]) -> Path:
    """A consistent copy of the open database at `target_path` (0600), written atomically.

    Works while other processes write (SQLite backup API). The copy is a single
    self-contained file (rollback journal, no -wal). Raises BackupFailed with a
    Danish message for a directory, the database itself, or an unwritable place.
    """
    target = Path(target_path)
    if target.is_dir():
        raise BackupFailed(f"{target} er en mappe. Angiv et filnavn, fx {target / 'rundbord-kopi.db'}.")
    try:
        if target.exists() and target.resolve() == store.path.resolve():
            raise BackupFailed("Sikkerhedskopien kan ikke skrives oven i selve databasen. Vælg et andet filnavn.")
    except OSError as exc:
        raise BackupFailed(f"Kan ikke skrive sikkerhedskopien til {target}: {exc.strerror}.") from exc
    try:
        copy_database(store.db.conn, target)
    except CopyFailed as exc:
        raise BackupFailed(exc.message.replace("kopien", "sikkerhedskopien").replace("Kopien", "Sikkerhedskopien")) from exc
    return target


__all__ = ["BackupFailed", "CheckItem", "CheckReport", "backup", "integrity_report"]
