"""`ListStore`: the app's first screen (the citizens list, or the plan of `--citizen N`) read before
the models load.

`rundbord` opens the file through `ListStore`: the same engine, checks, refusals, warnings and
migrations as `Store` (`reader.open_reader`), but read as plain rows, so the citizens list
(search.py), its count and the plan types' short names, or one citizen's plan (`plan_view`,
store/plan_view.py), are drawn without pydantic, the models and the use cases that write (~100 ms
of the start-up, docs/benchmark.md). Right after the first frame the app opens the full `Store` on
the same connection (`full`); anything that needs it sooner (a key that opens another screen)
opens it then, and what waits for it (`when_full`) is told.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .access import AccessUseCases
from .catalog import Catalog, load_catalog
from .location import Location
from .plan_view import PlanView, plain_plan_view
from .reader import RowReader, open_reader
from .row_types import UnreadableRow
from .search import SearchUseCases

if TYPE_CHECKING:
    from .store import Store


class ListStore(SearchUseCases, AccessUseCases):
    """One database read for the first screen (and who looked logged, as `Store` logs it); `full()` is
    the `Store` on the same connection."""

    lang: str = "da"

    def __init__(self, location: str | os.PathLike[str], *, user: str | None = None, read_only: bool = False) -> None:
        self._location = location
        self._user = user
        self._reader = open_reader(location, user=user, read_only=read_only)
        self.document_catalog: Catalog = load_catalog()
        self.catalog = self.document_catalog
        self._full: Store | None = None
        self._language: str | None = None
        self._waiting: list[Callable[[Store], None]] = []

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

    def get_citizen(self, citizen_id: int) -> Any:
        """The citizen's row (`NotFound` as `Store.get_citizen` says it)."""
        from . import row_types

        return self._reader.get(row_types.Citizen, citizen_id)

    def plan_view(self, citizen_id: int) -> PlanView:
        """`Store.plan_view` as plain rows (store/plan_view.py). A row the plain path cannot read (a file
        edited by hand) is read by the full store, whose validation reports it as before."""
        try:
            return plain_plan_view(self._reader, self.catalog, citizen_id)
        except UnreadableRow:
            return self.full().plan_view(citizen_id)

    def when_full(self, then: Callable[[Store], None]) -> None:
        """Call `then(store)` once the full store is made (at once if it is)."""
        if self._full is not None:
            then(self._full)
        else:
            self._waiting.append(then)

    def full(self) -> Store:
        """The full `Store` on this connection (made once: the models and every use case load now)."""
        if self._full is None:
            from .store import Store

            store = Store(self._location, user=self._user, catalog=self.document_catalog, read_only=self.read_only,
                          engine=self._reader.engine)
            if self._language is not None:
                store.use_language(self._language)
            self._full = store
            waiting, self._waiting = self._waiting, []
            for then in waiting:
                then(store)
        return self._full

    def close(self) -> None:
        self._reader.close()

    def __enter__(self) -> "ListStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def full_store(store: Store | ListStore) -> Store:
    """The full `Store` behind what a screen was given: the store itself, or the `ListStore`'s (made once)."""
    return store.full() if isinstance(store, ListStore) else store
