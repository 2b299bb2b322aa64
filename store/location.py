"""Where the data is: a SQLite file's path, or a PostgreSQL URL.

`--db` and `$RUNDBORD_DB` take either. A URL is `postgresql://` (or
`postgres://`) followed by libpq's usual parts: user, host, port, database and
options such as `sslmode=verify-full`. A password is best kept out of the URL
(libpq reads `~/.pgpass` and `$PGPASSWORD`); when one is in it, Rundbord never
shows it (`shown`).
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    from .messages import Message

URL_SCHEMES = ("postgresql://", "postgres://")

Location = Path | str
"""A SQLite file's path, or a PostgreSQL URL (a str)."""


def is_url(location: str | os.PathLike[str] | None) -> bool:
    """True for a PostgreSQL URL."""
    return isinstance(location, str) and location.strip().lower().startswith(URL_SCHEMES)


def parse_location(text: str | os.PathLike[str]) -> Location:
    """A path for a file, the URL itself for PostgreSQL (Path would fold its `//`)."""
    if is_url(text):
        return str(text).strip()
    return Path(text)


def shown(location: str | os.PathLike[str]) -> str:
    """The location as a person may see it: a URL without its password."""
    if not is_url(location):
        return str(location)
    text = str(location)
    try:
        parts = urlsplit(text)
    except ValueError:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1•••@", text)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":•••"
        netloc = f"{userinfo}@{host}"
    query = re.sub(r"(?i)(password=)[^&]*", r"\1•••", parts.query)
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


__all__ = ["Location", "URL_SCHEMES", "is_url", "parse_location", "shown"]


def missing_file(location: str | os.PathLike[str]) -> "Message | None":
    """Why `location` is not an existing database file (a folder, or nothing there), or None.

    A PostgreSQL URL is not looked for here: opening it says what is wrong (the password hidden).
    Anything but a regular file (a device, a pipe) counts as missing: the command line asks this before
    it opens a database it must not create.
    """
    from .messages import msg

    if is_url(location):
        return None
    path = Path(location)
    if path.is_dir():
        return msg("db.is_folder", path=path)
    if not path.is_file():
        return msg("db.missing", path=path)
    return None


ENV_DB = "RUNDBORD_DB"


def default_db_path() -> Location:
    """$RUNDBORD_DB (a file's path or a PostgreSQL URL), else `rundbord.db` in the user's data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return parse_location(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("rundbord")) / "rundbord.db"
