"""Writing exports to files: owner-only, atomic, with a reason when it cannot be done (a `Message`:
Danish as text, English through `messages.said`).

Exports (minutes, plans, calendars, mail drafts, FHIR, the citizen's log
extract) hold personal data, so a file is created 0600 through a temporary
name and renamed into place; the bytes are exactly the text's UTF-8 (or the
PDF's bytes).
"""
from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from .messages import Message, msg


def output_problem(path: Path) -> Message | None:
    """Why `path` cannot take an export, or None."""
    if path.is_dir():
        return msg("file.is_folder", path=path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        return msg("file.no_folder", path=parent)
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return msg("file.no_write", path=path)
    return None


def save_export(path: Path, text: str) -> Message | None:
    """Write `text` (UTF-8, byte for byte) to `path` through a 0600 temporary file.

    Returns a Danish problem, or None when written.
    """
    return save_bytes(path, text.encode("utf-8"))


def private_folder_problem(path: Path) -> Message | None:
    """Why `path` cannot take a set of files (mail drafts), or None; a missing folder is made (0700)
    when its parent exists."""
    if path.exists() and not path.is_dir():
        return msg("file.not_folder", path=path)
    if not path.exists():
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            return msg("file.no_folder", path=parent)
        try:
            path.mkdir(mode=0o700)
        except OSError as exc:
            return msg("file.cannot_make_folder", path=path, reason=exc.strerror or exc)
    if not os.access(path, os.W_OK):
        return msg("file.no_write", path=path)
    return None


def save_bytes(path: Path, data: bytes) -> Message | None:
    """Write `data` to `path` through a 0600 temporary file renamed into place.

    Returns a Danish problem, or None when written.
    """
    problem = output_problem(path)
    if problem:
        return problem
    parent = path.parent if str(path.parent) else Path(".")
    tmp = parent / f".{path.name}.{os.getpid()}.tmp"
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)  # also when a stale temporary file was there with other rights
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        return msg("file.cannot_write", path=path, reason=exc.strerror or exc)
    return None


def file_slug(text: str) -> str:
    """A name for a file name: ASCII letters and digits (æ, ø, å spelled out), '-' between words."""
    folded = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:40] or "x"
