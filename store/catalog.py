"""Plan types and meeting kinds: data, not code.

The shipped definitions live in `store/data/*.json`. A municipality adds or
overrides entries by dropping JSON files of the same shape into a catalogue
directory: `$RUNDBORD_CATALOG` (one or more directories separated by the OS
path separator) or `<user config dir>/rundbord/katalog/`. An entry whose
`code` matches a shipped one replaces it.

A municipality's file that cannot be used (not JSON, not UTF-8, an entry
without its `code` or `name`) is skipped whole, and the catalogue says why in
`warnings` (the file, and the line or the entry): the shipped catalogue and
the other files still work, and every command prints the warning.
"""
from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .errors import InputError
from .messages import Message, msg


@dataclass(frozen=True)
class RequiredPart:
    code: str
    label: str
    fix: str
    title: str = ""
    """The part's heading in the plan copy (default: its label)."""
    citizen_title: str = ""
    """The heading in the citizen's own copy, in plain Danish (default: `title`)."""
    manual: bool = False
    """Checked by a person, who ticks it off (a code the store does not know is manual too)."""
    en: dict[str, str] = field(default_factory=dict, compare=False)
    """The English words (`label`, `fix`, `title`, `citizen_title`); missing ones stay Danish."""

    def in_language(self, lang: str) -> RequiredPart:
        if lang != "en" or not self.en:
            return self
        e = self.en
        return dataclasses.replace(self, label=e.get("label", self.label), fix=e.get("fix", self.fix),
                                   title=e.get("title", self.title),
                                   citizen_title=e.get("citizen_title", self.citizen_title))

    @property
    def heading(self) -> str:
        return self.title or self.label

    @property
    def citizen_heading(self) -> str:
        return self.citizen_title or self.heading


@dataclass(frozen=True)
class PlanType:
    code: str
    name: str
    short: str
    law: str = ""
    open_to_new: bool = True
    """Open to new citizens (when `closed_from` is not given)."""
    labels: dict[str, str] = field(default_factory=dict)
    required_parts: tuple[RequiredPart, ...] = ()
    closed_from: date | None = None
    """Closed to new citizens from this day (catalogue: `closed_to_new_from`); plans running go on."""
    document_parts: tuple[RequiredPart, ...] = ()
    """Parts the plan copy shows after the required ones (catalogue: `document_parts`)."""
    en: dict[str, Any] = field(default_factory=dict, compare=False)
    """The English words (`name`, `short`, `law`, `labels`); a municipality's own entry may have none."""

    def in_language(self, lang: str) -> PlanType:
        """This plan type with its words in `lang`; a word without an English one stays Danish."""
        if lang != "en":
            return self
        return dataclasses.replace(
            self,
            name=self.en.get("name", self.name),
            short=self.en.get("short", self.short),
            law=self.en.get("law", self.law),
            labels={**self.labels, **self.en.get("labels", {})},
            required_parts=tuple(p.in_language(lang) for p in self.required_parts),
            document_parts=tuple(p.in_language(lang) for p in self.document_parts),
        )

    def label(self, key: str, default: str) -> str:
        return self.labels.get(key, default)

    def requires(self, code: str) -> bool:
        """Is `code` one of this plan type's required parts? (Hints about jobs or a mentor only where it is.)"""
        return any(p.code == code for p in self.required_parts)

    def open_on(self, day: date) -> bool:
        """May a new plan start as this type on `day`?"""
        if self.closed_from is not None:
            return day < self.closed_from
        return self.open_to_new


@dataclass(frozen=True)
class AgendaTemplateItem:
    title: str
    part: str = "free"


@dataclass(frozen=True)
class MeetingKind:
    code: str
    name: str
    screen: str
    """Which meeting screen guides it: citizen, authority, day_service, relative, network."""
    roles: tuple[str, ...] = ()
    agenda: tuple[AgendaTemplateItem, ...] = ()
    en: dict[str, Any] = field(default_factory=dict, compare=False)
    """The English words (`name`, `agenda`: the titles in order); a municipality's own entry may have none."""

    def in_language(self, lang: str) -> MeetingKind:
        if lang != "en":
            return self
        titles = self.en.get("agenda", [])
        agenda = tuple(dataclasses.replace(item, title=titles[i]) if i < len(titles) else item
                       for i, item in enumerate(self.agenda))
        return dataclasses.replace(self, name=self.en.get("name", self.name), agenda=agenda)


@dataclass(frozen=True)
class Catalog:
    plan_types: dict[str, PlanType]
    meeting_kinds: dict[str, MeetingKind]
    parts: dict[str, RequiredPart]
    warnings: tuple[str, ...] = ()
    """Catalogue files that were skipped, and why (Danish)."""
    said_warnings: tuple[Message, ...] = field(default=(), compare=False)
    """The same, by key: in either language (`Store.warnings_in`)."""
    lang: str = "da"
    """The language this catalogue's words are in (`in_language`)."""
    agenda_words: dict[str, tuple[str, str]] = field(default_factory=dict, compare=False)
    """Every kind's agenda title, in either language, to the pair (Danish, English) (`agenda_title`)."""

    def in_language(self, lang: str) -> Catalog:
        """The catalogue as a person reads it in `lang` (codes unchanged; Danish-only entries stay Danish)."""
        if lang != "en":
            return self
        return dataclasses.replace(
            self,
            lang=lang,
            plan_types={c: p.in_language(lang) for c, p in self.plan_types.items()},
            meeting_kinds={c: k.in_language(lang) for c, k in self.meeting_kinds.items()},
            parts={c: p.in_language(lang) for c, p in self.parts.items()},
        )

    def agenda_title(self, title: str) -> str:
        """An agenda item's title as a person reads it in this catalogue's language.

        A meeting's agenda is copied from its kind when the meeting is planned, in the language of whoever
        planned it; a title that is still the catalogue's own (in either language) is shown in this
        language, and a title someone wrote or changed is shown as written. Screens, the live view and every
        export call this."""
        pair = self.agenda_words.get(title)
        if pair is None:
            return title
        return pair[1] if self.lang == "en" else pair[0]

    def plan_type(self, code: str) -> PlanType:
        try:
            return self.plan_types[code]
        except KeyError:
            known = ", ".join(sorted(self.plan_types))
            raise InputError("plan_type", msg("plan_type.unknown", code=code, known=known)) from None

    def meeting_kind(self, code: str) -> MeetingKind:
        try:
            return self.meeting_kinds[code]
        except KeyError:
            known = ", ".join(sorted(self.meeting_kinds))
            raise InputError("kind", msg("meeting_kind.unknown", code=code, known=known)) from None


def catalog_dirs() -> list[Path]:
    env = os.environ.get("RUNDBORD_CATALOG")
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    from platformdirs import user_config_dir

    return [Path(user_config_dir("rundbord")) / "katalog"]


_DATA = Path(__file__).resolve().parent / "data"
"""The shipped catalogue's files (package data, installed beside this module; `importlib.resources`
costs ~5 ms of every start-up to say the same)."""


def _shipped(name: str) -> dict[str, Any]:
    text = (_DATA / name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _extra_files(dirs: list[Path]) -> tuple[list[dict[str, Any]], list[Message]]:
    """The municipality's catalogue files that can be used, and a Danish warning for each that cannot."""
    out: list[dict[str, Any]] = []
    warnings: list[Message] = []
    for d in dirs:
        if not d.is_dir():
            continue
        for f in sorted(d.glob("*.json")):
            try:
                data = json.loads(f.read_text(encoding="utf-8"))
                problem = shape_problem(data)
            except json.JSONDecodeError as exc:
                problem = msg("catalog.json_error", line=exc.lineno, col=exc.colno, error=exc.msg)
            except UnicodeDecodeError:
                problem = msg("catalog.not_utf8")
            except OSError as exc:
                problem = msg("catalog.unreadable", reason=exc.strerror or exc)
            if problem:
                warnings.append(msg("catalog.skipped", path=f, problem=problem))
                continue
            out.append(data)
    return out, warnings


def shape_problem(data: Any) -> Message | None:
    """What is wrong with a catalogue file's content, or None."""
    if not isinstance(data, dict):
        return msg("catalog.not_object")
    for key in ("plan_types", "meeting_kinds"):
        entries = data.get(key, [])
        if not isinstance(entries, list):
            return msg("catalog.not_list", name=key)
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                return msg("catalog.entry_not_object", where=f"{key}[{i}]")
            for name in ("code", "name"):
                if not isinstance(entry.get(name), str) or not entry[name].strip():
                    return msg("catalog.entry_missing", where=f"{key}[{i}]", name=name)
            for j, item in enumerate(entry.get("agenda", []) if key == "meeting_kinds" else []):
                if not isinstance(item, dict) or not isinstance(item.get("title"), str):
                    return msg("catalog.entry_missing", where=f"{key}[{i}].agenda[{j}]", name="title")
    parts = data.get("parts", {})
    if not isinstance(parts, dict) or any(not isinstance(p, dict) or "label" not in p for p in parts.values()):
        return msg("catalog.parts")
    return None


_PART_WORDS = ("label", "fix", "title", "citizen_title")


def _english(entry: dict[str, Any]) -> dict[str, Any]:
    """An entry's `en` object, if it is one (a malformed one is ignored: the entry shows in Danish)."""
    en = entry.get("en", {})
    return en if isinstance(en, dict) else {}


def build_catalog(sources: list[dict[str, Any]], warnings: tuple[str | Message, ...] = ()) -> Catalog:
    parts: dict[str, RequiredPart] = {}
    raw_types: dict[str, dict[str, Any]] = {}
    raw_kinds: dict[str, dict[str, Any]] = {}
    for src in sources:
        for code, p in src.get("parts", {}).items():
            parts[code] = RequiredPart(
                code=code, label=p["label"], fix=p.get("fix", ""), title=p.get("title", ""),
                citizen_title=p.get("citizen_title", ""), manual=bool(p.get("manual", False)),
                en={k: v for k, v in p.get("en", {}).items() if k in _PART_WORDS and isinstance(v, str)},
            )
        for t in src.get("plan_types", []):
            raw_types[t["code"]] = t
        for k in src.get("meeting_kinds", []):
            raw_kinds[k["code"]] = k
    plan_types = {
        code: PlanType(
            code=code,
            name=t["name"],
            short=t.get("short", t["name"]),
            law=t.get("law", ""),
            open_to_new=bool(t.get("open_to_new", True)),
            labels=dict(t.get("labels", {})),
            required_parts=tuple(
                parts.get(p, RequiredPart(code=p, label=p, fix="")) for p in t.get("required_parts", [])
            ),
            closed_from=date.fromisoformat(t["closed_to_new_from"]) if t.get("closed_to_new_from") else None,
            document_parts=tuple(
                parts.get(p, RequiredPart(code=p, label=p, fix="")) for p in t.get("document_parts", [])
            ),
            en=_english(t),
        )
        for code, t in raw_types.items()
    }
    kinds = {
        code: MeetingKind(
            code=code,
            name=k["name"],
            screen=k.get("screen", "network"),
            roles=tuple(k.get("roles", [])),
            agenda=tuple(AgendaTemplateItem(i["title"], i.get("part", "free")) for i in k.get("agenda", [])),
            en=_english(k),
        )
        for code, k in raw_kinds.items()
    }
    return Catalog(plan_types=plan_types, meeting_kinds=kinds, parts=parts, warnings=tuple(str(w) for w in warnings),
                   said_warnings=tuple(w for w in warnings if isinstance(w, Message)),
                   agenda_words=_agenda_words(kinds.values()))


def _agenda_words(kinds: Iterable[MeetingKind]) -> dict[str, tuple[str, str]]:
    """Each catalogue agenda title (Danish or English) to its (Danish, English) pair; the first kind that
    names a title decides it; an item without English keeps its Danish title in both."""
    words: dict[str, tuple[str, str]] = {}
    for kind in kinds:
        english = kind.in_language("en").agenda
        for da, en in zip(kind.agenda, english):
            pair = (da.title, en.title)
            words.setdefault(da.title, pair)
            words.setdefault(en.title, pair)
    return words


@lru_cache(maxsize=8)
def _load(dirs: tuple[Path, ...]) -> Catalog:
    extra, warnings = _extra_files(list(dirs))
    sources = [_shipped("plan_types.json"), _shipped("meeting_kinds.json"), *extra]
    return build_catalog(sources, tuple(warnings))


def load_catalog(dirs: list[Path] | None = None) -> Catalog:
    """The shipped catalogue plus the municipality's own files."""
    return _load(tuple(dirs if dirs is not None else catalog_dirs()))
