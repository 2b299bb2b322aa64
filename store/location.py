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
from urllib.parse import urlsplit, urlunsplit

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
