"""The key of the audit chain, kept outside the database.

Each audit row's hash is an HMAC-SHA-256 over its content and the previous
row's hash, keyed with a secret that is not in the file: whoever can edit the
file but lacks the key cannot rewrite the log and recompute a chain that
`rundbord check` accepts.

Where the key comes from, first found:

1. `$RUNDBORD_AUDIT_KEY` (at least 32 characters): one key for a shared
   installation, where several people's Rundbord write the same file;
2. `audit-key` in the user's config directory (`~/.config/rundbord/` on
   Linux): 32 random bytes as hex, made on first use, `0600` in a `0700`
   directory.

A row names the key it was made with by a short id (an HMAC of a fixed text,
so the id gives nothing away), so `check` can tell "made with a key this
machine lacks" from "changed". Keep the key file safe and back it up with the
database: without it the log's rows can still be read, but not verified.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .errors import StoreError
from .messages import Message, msg

ENV_KEY = "RUNDBORD_AUDIT_KEY"
KEY_FILE = "audit-key"
MIN_ENV_LENGTH = 32


class AuditKeyProblem(StoreError):
    """The key cannot be read or made (the message says why, in Danish)."""


@dataclass(frozen=True)
class AuditKey:
    secret: bytes
    source: str
    """Where it came from, for a person: the variable's name or the file's path."""

    @cached_property
    def id(self) -> str:
        """A short public name for the key (stored in each row it signs; an HMAC, so worked out once)."""
        return hmac.new(self.secret, b"rundbord audit key id", hashlib.sha256).hexdigest()[:16]

    def sign(self, payload: bytes) -> str:
        return hmac.new(self.secret, payload, hashlib.sha256).hexdigest()


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("rundbord"))


def key_file() -> Path:
    return config_dir() / KEY_FILE


def make_private_dirs(path: Path) -> None:
    """Create `path` and any missing parents as 0700, whatever the umask."""
    missing: list[Path] = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for d in reversed(missing):
        try:
            os.mkdir(d, 0o700)
        except FileExistsError:
            continue
        os.chmod(d, 0o700)  # mkdir's mode is cut by the umask; chmod is not


def _from_env() -> AuditKey | None:
    value = os.environ.get(ENV_KEY)
    if value is None or value == "":
        return None
    if len(value) < MIN_ENV_LENGTH:
        raise AuditKeyProblem(msg("audit_key.env_short", env=ENV_KEY, n=MIN_ENV_LENGTH))
    return AuditKey(value.encode("utf-8"), f"${ENV_KEY}")


def _read_file(path: Path) -> AuditKey | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise AuditKeyProblem(msg("audit_key.unreadable", path=path, reason=exc)) from exc
    try:
        secret = bytes.fromhex(text)
    except ValueError:
        secret = b""
    if len(secret) < 16:
        raise AuditKeyProblem(msg("audit_key.damaged", path=path))
    return AuditKey(secret, str(path))


def _create_file(path: Path) -> AuditKey:
    """Write a new key: to a temporary name, then linked into place (never over another process's key)."""
    try:
        make_private_dirs(path.parent)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails if another process made the key first: theirs wins
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    except OSError as exc:
        raise AuditKeyProblem(
            msg("audit_key.cannot_save", folder=path.parent, reason=exc.strerror or exc, env=ENV_KEY)
        ) from exc
    found = _read_file(path)
    assert found is not None
    return found


def signing_key() -> AuditKey:
    """The key new rows are signed with (made on first use)."""
    found = _from_env()
    if found is not None:
        return found
    path = key_file()
    return _read_file(path) or _create_file(path)


def known_keys() -> dict[str, AuditKey]:
    """Every key this machine has (the variable's and the file's), by id; nothing is made."""
    keys: dict[str, AuditKey] = {}
    for found in (_from_env(), _read_file(key_file())):
        if found is not None:
            keys.setdefault(found.id, found)
    return keys


def key_file_problem() -> Message | None:
    """A warning when the key file can be read by others."""
    path = key_file()
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        return None
    if mode & 0o077:
        return msg("check.key_file_open", path=path)
    return None
