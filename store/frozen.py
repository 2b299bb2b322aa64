"""A closed meeting's frozen minutes: the checksum verified, the chain head carried.

When a meeting is closed, each audience's minutes are stored with their
SHA-256 and the audit chain's head at that moment (the last row's number and
hash). An export of the copy checks the SHA-256 first and refuses a copy that
was edited in the file; it ends with a line naming both checksums, so a copy
filed outside Rundbord proves the text and the log up to the closing
(`rundbord check` compares the log's row with the head).
"""
from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from .dates import format_date
from .errors import FrozenCopyAltered
from .messages import Message, Vocab, msg
from .textrules import mask_cpr

if TYPE_CHECKING:
    from .models import FrozenMinutes


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def altered(frozen: FrozenMinutes) -> bool:
    """True when the stored text no longer matches its stored SHA-256."""
    return text_digest(frozen.text) != frozen.sha256


def altered_message(frozen: FrozenMinutes) -> Message:
    return msg("check.frozen_altered", n=frozen.meeting_id, date=format_date(frozen.created_at.date()),
               audience=Vocab(f"audience.{frozen.audience.value}", lower=True))


def exported_text(frozen: FrozenMinutes) -> str:
    """The frozen copy as exported: the text (checked; CPR-like numbers masked) and the checksum line.

    Raises FrozenCopyAltered when the text no longer matches its checksum.
    """
    if altered(frozen):
        raise FrozenCopyAltered(altered_message(frozen))
    return mask_cpr(frozen.text) + footer(frozen)


def footer(frozen: FrozenMinutes) -> str:
    """The line that lets a copy filed elsewhere be checked against the file (empty for older copies)."""
    if frozen.chain_row is None or not frozen.chain_head:
        return ""
    return (
        f"\nReferatet blev låst ved mødets afslutning. SHA-256 af teksten ovenfor: {frozen.sha256}. "
        f"Ændringsloggen stod da på række {frozen.chain_row} med kontrolsummen {frozen.chain_head}.\n"
    )
