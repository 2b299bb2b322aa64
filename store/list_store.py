"""`ListStore`: the app's first screen (the citizens list) read before the models load.

`rundbord` without `--citizen` opens the file through `ListStore`: the same engine, checks,
refusals, warnings and migrations as `Store` (`reader.open_reader`), but read as plain rows, so the
citizens list (search.py), its count and the plan types' short names are drawn without pydantic, the
models and the use cases that write (~100 ms of the start-up, docs/benchmark.md). Right after the
first frame the app opens the full `Store` on the same connection (`full`); anything that needs it
sooner (a key that opens another screen) opens it then.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .catalog import Catalog, load_catalog
from .location import Location
from .reader import RowReader, open_reader
from .search import SearchUseCases

if TYPE_CHECKING:
    from .store import Store


class ListStore(SearchUseCases):
    """One database read for the citizens list; `full()` is the `Store` on the same connection."""

    lang: str = "da"

    def __init__(self, location: str | os.PathLike[str], *, user: str | None = None, read_only: bool = False) -> None:
        self._location = location
        self._user = user
        self._reader = open_reader(location, user=user, read_only=read_only)
        self.document_catalog: Catalog = load_catalog()
        self.catalog = self.document_catalog
        self._full: Store | None = None
        self._language: str | None = None

    @property
    def db(self) -> RowReader:
        return self._reader

    def use_language(self, lang: str) -> None:
        """As `Store.use_language`: the catalogue's words in `lang`."""
        self.lang = self._language = lang
        self.catalog = self.document_catalog.in_language(lang)

    @property
    def read_only(self) -> bool:
        return self._reader.read_only

    @property
    def where(self) -> str:
        return self._reader.engine.where

    @property
    def path(self) -> Path | None:
        return self._reader.engine.path

    @property
    def location(self) -> Location:
        return self._reader.engine.location

    def warnings_in(self, lang: str) -> list[str]:
        """What a person should know about the file and the catalogue, in `lang` (as `Store.warnings_in`)."""
        catalog = [w.text(lang) for w in self.document_catalog.said_warnings] or list(self.document_catalog.warnings)
        return [*self._reader.engine.warnings, *catalog]

    def full(self) -> Store:
        """The full `Store` on this connection (made once: the models and every use case load now)."""
        if self._full is None:
            from .store import Store

            store = Store(self._location, user=self._user, catalog=self.document_catalog, read_only=self.read_only,
                          engine=self._reader.engine)
            if self._language is not None:
                store.use_language(self._language)
            self._full = store
        return self._full

    def close(self) -> None:
        self._reader.close()

    def __enter__(self) -> "ListStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
