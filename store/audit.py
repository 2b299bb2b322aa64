"""The audit log read back: the hash chain verified, a record's history, a citizen's log.

`Database` (db.py) appends one `audit_log` row per changed field, each row
carrying the hash of the row before it. Here the chain is recomputed from the
first row (a removed, altered or inserted row breaks it), and the log is read
per record and per citizen, including the citizen's own extract (GDPR art. 15)
as Markdown.

Control characters and terminal escape sequences are stored verbatim (they are
data); `visible` neutralises them for a screen cell or an export.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .base import UseCases
from .catalog import Catalog
from .clock import now
from .audit_key import ENV_KEY, AuditKeyProblem, known_keys
from .db import GENESIS_HASH, entry_hash, keyed_hash
from .enums import AuditAction
from .labels import MONTHS_DA
from .markdown_safe import cell, inline, table
from .messages import Message, msg
from .vocabulary import WORDS, word, words_for
from .models import MODEL_BY_TABLE, AuditEntry, Citizen
from .schema import KEYED_CHAIN_VERSION
from .textrules import screen_text

from .audit_words import (  # noqa: E402,F401 - the change log's words, imported from here too
    ACTION_DA,
    ACTION_EN,
    CHANGE_ACTIONS,
    FIELD_DA,
    FIELD_EN,
    TABLE_DA,
    TABLE_EN,
)

PART_DA: dict[str, str] = words_for("part")
"""The agenda parts (meeting_kinds.json `part`) in Danish."""

_VOCAB: dict[str, str] = {
    "area": "area", "goal_level": "level", "role": "role", "decision": "decision", "audience": "audience",
    "part": "part", "capacity": "capacity",
}
"""A logged field -> its words' prefix in the one vocabulary (store/vocabulary.py)."""
_STATUS_BY_TABLE: dict[str, str] = {"goal": "goal_status", "agreement": "agreement_status", "meeting": "meeting_status"}
_BOOL_FIELDS = {
    "mentor_needed", "made_with_citizen", "shared_with_relatives", "private", "active", "done",
}

def visible(text: str) -> str:
    """Text with control characters and escape sequences made visible and harmless.

    Newlines and tabs are kept; every other control character (ESC, BEL,
    backspace, C1 ...) becomes its Unicode control picture, so a terminal never
    interprets it. CPR-like numbers are masked.
    """
    return screen_text(text)


def one_line(text: str, limit: int = 60) -> str:
    """`visible` text on one line, shortened to `limit` characters with an ellipsis."""
    flat = " ".join(visible(text).split())
    if len(flat) > limit:
        return flat[: max(limit - 1, 0)] + "…"
    return flat


def table_label(table: str, lang: str = "da") -> str:
    return (TABLE_EN if lang == "en" else TABLE_DA).get(table, table)


def field_label(field: str, lang: str = "da") -> str:
    return (FIELD_EN if lang == "en" else FIELD_DA).get(field, field.replace("_", " "))


def action_label(action: str, lang: str = "da") -> str:
    return (ACTION_EN if lang == "en" else ACTION_DA).get(action, action)


def value_label(table: str, field: str, value: str | None, catalog: Catalog | None = None, lang: str = "da") -> str:
    """A logged value as a person reads it (the vocabulary's word in `lang`, plan type and meeting kind
    names from the catalogue, Ja/Nej, dates as dd-mm-åååå); "" for none."""
    if value is None:
        return ""
    if catalog is not None:
        if field == "plan_type" and value in catalog.plan_types:
            return catalog.plan_types[value].name
        if field == "kind" and table == "meeting" and value in catalog.meeting_kinds:
            return catalog.meeting_kinds[value].name
    prefix = _STATUS_BY_TABLE.get(table) if field == "status" else _VOCAB.get(field)
    if prefix is not None and f"{prefix}.{value}" in WORDS:
        return word(f"{prefix}.{value}", lang)
    if field in _BOOL_FIELDS and value in ("0", "1"):
        return {"da": ("Ja", "Nej"), "en": ("Yes", "No")}[lang][0 if value == "1" else 1]
    m = _ISO_RE.match(value)
    if m:
        y, mo, d, hh, mm = m.groups()
        return f"{d}-{mo}-{y}" + (f" {'kl.' if lang == 'da' else 'at'} {hh}:{mm}" if hh else "")
    return value


_ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?)?$")


def danish_datetime(at: datetime) -> str:
    return f"{at.day}. {MONTHS_DA[at.month - 1]} {at.year} kl. {at:%H:%M}"


def english_datetime(at: datetime) -> str:
    from .dates import format_date_long

    return f"{format_date_long(at.date(), 'en')} at {at:%H:%M}"


def md_escape(text: str) -> str:
    """Text safe in Markdown: controls made visible and CPR masked, then escaped (markdown_safe)."""
    return inline(visible(text))


@dataclass(frozen=True)
class AuditCheck:
    """The result of recomputing the audit chain."""

    ok: bool
    rows: int
    first_broken_id: int | None = None
    said: Message | None = None
    """What was found, by key (`rundbord check --lang en` says it in English)."""

    @property
    def message(self) -> str:
        """What was found, in Danish."""
        return self.said.text("da") if self.said is not None else ""


class AuditUseCases(UseCases):
    """Mixed into `Store`: reading and verifying the audit log."""

    def verify_audit_chain(self) -> AuditCheck:
        """Recompute every hash and check every link; report the first broken row (Danish).

        Rows from schema 7 on are HMAC-SHA-256, keyed with a secret outside the
        file (`audit_key.py`); older rows carry an unkeyed SHA-256. Unkeyed rows
        may only come before the keyed row that marks the upgrade: an unkeyed
        row after a keyed one, or a log with no keyed row at all, was written
        or recomputed outside Rundbord.
        """
        try:
            keys = known_keys()
        except AuditKeyProblem as exc:
            return AuditCheck(False, 0, None, msg("chain.key_problem", reason=exc.said or exc.message))
        has_key_id = "key_id" in self.db.engine.columns("audit_log")
        rows = self.db.engine.fetchall(  # read to the end (data_version stays live)
            'SELECT id, at, "user", action, table_name, record_id, field, old_value, new_value, '
            f"citizen_id, prev_hash, hash, {'key_id' if has_key_id else 'NULL'} FROM audit_log ORDER BY id"
        )
        prev = GENESIS_HASH
        last_id = 0
        first_keyed: int | None = None
        unkeyed = 0
        for count, r in enumerate(rows, start=1):
            rid = int(r[0])
            fields = list(r[1:10])
            key_id = r[12]
            if r[10] != prev and rid != last_id + 1 and last_id != 0:
                # A gap alone is no break (a PostgreSQL sequence skips the numbers of a rolled-back
                # write); a gap where the link to the row before is broken is rows taken out.
                return AuditCheck(False, count, rid, msg("chain.rows_gone", row=rid, first=last_id + 1, last=rid - 1))
            if r[10] != prev:
                return AuditCheck(False, count, rid, msg("chain.link", row=rid))
            if not key_id:
                if first_keyed is not None:
                    return AuditCheck(False, count, rid, msg("chain.unkeyed_after_keyed", row=rid, first=first_keyed))
                expected = entry_hash(prev, fields)
                unkeyed += 1
            else:
                if first_keyed is None:
                    first_keyed = rid
                    if unkeyed and r[3] != AuditAction.KEY.value:
                        return AuditCheck(False, count, rid, msg("chain.no_upgrade_mark", row=rid))
                key = keys.get(str(key_id))
                if key is None:
                    return AuditCheck(False, count, rid, msg("chain.unknown_key", row=rid,
                                                             key_id=one_line(str(key_id), 20), env=f"${ENV_KEY}"))
                expected = keyed_hash(key, prev, fields, str(key_id))
            if expected != r[11]:
                return AuditCheck(False, count, rid, msg("chain.content", row=rid))
            prev = str(r[11])
            last_id = rid
        n = len(rows)
        if n and first_keyed is None and self.db.schema_version >= KEYED_CHAIN_VERSION:
            return AuditCheck(False, n, 1, msg("chain.none_keyed", n=n))
        if unkeyed:
            return AuditCheck(True, n, None, msg("chain.whole_older", n=n, older=unkeyed))
        return AuditCheck(True, n, None, msg("chain.whole", n=n))

    def chain_position(self) -> tuple[int, str]:
        """The audit log's last row number and hash now ((0, GENESIS) for an empty log)."""
        found = self.db.query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
        return (int(found[0]["id"]), str(found[0]["hash"])) if found else (0, GENESIS_HASH)

    def head_hash(self, row: int) -> str | None:
        """The hash of audit row `row` (GENESIS for 0), or None when there is no such row."""
        if row == 0:
            return GENESIS_HASH
        found = self.db.query("SELECT hash FROM audit_log WHERE id = ?", (row,))
        return str(found[0]["hash"]) if found else None

    def record_history(self, table: str, record_id: int) -> list[AuditEntry]:
        """Every logged change to one record, oldest first."""
        return self.db.select(AuditEntry, "table_name = ? AND record_id = ?", (table, record_id))

    def citizen_log(self, citizen_id: int) -> list[AuditEntry]:
        """Every logged change to the citizen's data, oldest first (who looked: `access_log`)."""
        return self.db.select(AuditEntry, "citizen_id = ? AND action IN (?, ?, ?)",
                              (citizen_id, *CHANGE_ACTIONS))

    def private_records(self, entries: list[AuditEntry]) -> set[tuple[str, int]]:
        """(table, id) of the logged records that are marked private now (hide on a shared screen)."""
        wanted: dict[str, set[int]] = {}
        for e in entries:
            model = MODEL_BY_TABLE.get(e.table_name)
            if model is not None and "private" in model.model_fields:
                wanted.setdefault(e.table_name, set()).add(e.record_id)
        found: set[tuple[str, int]] = set()
        # Deleted records: their last logged `private` value decides.
        for e in entries:
            if e.field == "private":
                value = e.old_value if e.action is AuditAction.DELETE else e.new_value
                key = (e.table_name, e.record_id)
                if value == "1":
                    found.add(key)
                else:
                    found.discard(key)
        for table, ids in wanted.items():
            id_list = sorted(ids)
            for start in range(0, len(id_list), 500):
                chunk = id_list[start:start + 500]
                marks = ",".join("?" for _ in chunk)
                for r in self.db.query(f"SELECT id FROM \"{table}\" WHERE private = 1 AND id IN ({marks})", chunk):
                    found.add((table, int(r["id"])))
        return found

    def citizen_log_markdown(self, citizen_id: int, lang: str = "da") -> str:
        """The citizen's own extract of the log (GDPR art. 15) as Markdown, in Danish or English.

        Two sections: every change (each value in full, codes in Danish words),
        and who looked (plans opened, shown on the shared screen, exported). Every
        value is escaped (no HTML, no markup), its control characters made
        visible and CPR-like numbers masked.
        """
        from .access import UNENDED_DA, UNENDED_EN, describe, unended
        from .exports.phrases import Say

        say = Say(lang)
        when = danish_datetime if lang == "da" else english_datetime
        citizen = self.db.find(Citizen, citizen_id)
        entries = self.citizen_log(citizen_id)
        looks = self.access_log(citizen_id)  # type: ignore[attr-defined]  # AccessUseCases, in Store
        name = citizen.name if citizen else say("borger nr. {n}", n=citizen_id)
        made = now()
        lines = [
            say("# Udtræk af ændringsloggen for {name}", name=md_escape(name)),
            "",
            say("Lavet {when} fra Rundbord.", when=md_escape(when(made))),
            "",
            say("Udtrækket viser, hvad der er gjort med dine oplysninger i Rundbord, hvornår og af hvem, "
                "og hvem der har set dem (databeskyttelsesforordningens artikel 15). Under Ændringer er hver "
                "række ét felt, der er oprettet, ændret eller slettet, med hele teksten før og efter."),
            "",
            say("## Ændringer"),
            "",
        ]
        number = say("nr.")
        catalog = self.catalog.in_language(lang)
        if not entries:
            lines += [say("Der er ingen registrerede ændringer."), ""]
        else:
            rows: list[list[str]] = []
            for e in entries:
                what = f"{table_label(e.table_name, lang)} {number} {e.record_id}: {field_label(e.field, lang)}"
                old = value_label(e.table_name, e.field, e.old_value, catalog, lang)
                new = value_label(e.table_name, e.field, e.new_value, catalog, lang)
                rows.append([cell(visible(c)) for c in
                             (when(e.at), e.user, action_label(e.action.value, lang), what, old, new)])
            lines += [say("Antal registrerede ændringer: {n}.", n=len(entries)), ""]
            lines.append(table([say(h) for h in ("Tidspunkt", "Hvem", "Handling", "Hvad", "Før", "Efter")], rows))
        lines += [say("## Hvem har set dine oplysninger"), ""]
        if not looks:
            lines.append(say("Der er ingen registrerede opslag."))
            return "\n".join(lines) + "\n"
        look_rows: list[list[str]] = []
        open_views = unended(looks)
        no_end = UNENDED_EN if lang == "en" else UNENDED_DA
        for i, a in enumerate(looks):
            what, details = describe(a, lang)
            if i in open_views:
                details = f"{details} · {no_end}" if details else no_end
            look_rows.append([cell(visible(c)) for c in
                              (when(a.at), a.user, what, details, a.detail("purpose"))])
        lines += [say("Antal registrerede opslag: {n}.", n=len(looks)), ""]
        lines.append(table([say(h) for h in ("Tidspunkt", "Hvem", "Hvad", "Hvordan", "Formål")], look_rows))
        return "\n".join(lines)


__all__ = [
    "AuditCheck",
    "AuditUseCases",
    "action_label",
    "field_label",
    "md_escape",
    "one_line",
    "table_label",
    "value_label",
    "visible",
]
