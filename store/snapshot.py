"""A consistent copy of an open SQLite file: private, checked, put in place in one step.

Used by `rundbord backup` (maintenance.backup) and before an upgrade
(db.backup_beside). SQLite's backup API copies a consistent state also while
other processes write; the copy is one self-contained file (rollback journal,
no -wal), created 0600 under a temporary name, checked with
`PRAGMA integrity_check`, synced and renamed into place.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .errors import StoreError
from .messages import msg


class CopyFailed(StoreError):
    """The copy could not be written (the message says why, in Danish)."""


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the database open on `source` to `target` (0600, replaced atomically). Raises CopyFailed."""
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise CopyFailed(msg("file.no_folder", path=parent))
    tmp = parent / f".{target.name}.{os.getpid()}.tmp"
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        os.chmod(tmp, 0o600)
    except OSError as exc:
        raise CopyFailed(msg("copy.cannot_write", target=target, reason=exc.strerror)) from exc
    try:
        dst = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            source.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
        if check != "ok":
            raise CopyFailed(msg("copy.unchecked", check=check))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise CopyFailed(msg("copy.failed", reason=exc)) from exc
    except OSError as exc:
        raise CopyFailed(msg("copy.cannot_write", target=target, reason=exc.strerror)) from exc
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                leftover.unlink()
            except OSError:
                pass
    return target
