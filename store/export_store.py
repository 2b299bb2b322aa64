"""`ExportStore`: one database opened read-only for the documents out of it, without pydantic or the models.

`rundbord export minutes` and `export plan` use it: the file is opened and checked as the full
`Store` opens a file read-only (the engine: a missing, empty, foreign, newer or older file is
refused with the same messages; a file others can read is warned about), read as plain rows
(`reader.py`, `row_types.py`), and each file written is logged as an access in the audit chain.
The documents are the full store's own methods (`exports/documents.py`, `exports/delivery.py`),
so the bytes are the same; only the models, pydantic and the use cases that write stay unloaded
(~100 ms of a ~0.3 s command).

A row the plain read path cannot read (text where a date belongs: a file edited by hand)
raises `row_types.UnreadableRow`: the command then makes the export with the full `Store`,
whose validation reports the row as before.
"""
from __future__ import annotations

import os

from .access import AccessUseCases
from .catalog import Catalog, load_catalog
from .exports.delivery import DocumentDelivery
from .location import Location
from .reader import RowReader


class ExportStore(AccessUseCases, DocumentDelivery):
    """One database read for its documents (read-only; the access rows appended as `Store` appends them)."""

    def __init__(self, location: str | os.PathLike[str], *, user: str | None = None) -> None:
        from .engines import open_engine

        self._db = RowReader(open_engine(location, user=user, read_only=True), user)
        self.catalog: Catalog = load_catalog()
        self.document_catalog = self.catalog

    @property
    def db(self) -> RowReader:
        return self._db

    @property
    def location(self) -> Location:
        return self._db.engine.location

    def warnings_in(self, lang: str) -> list[str]:
        """What a person should know about the file and the catalogue, in `lang` (as `Store.warnings_in`)."""
        catalog = [w.text(lang) for w in self.catalog.said_warnings] or list(self.catalog.warnings)
        return [*self._db.engine.warnings, *catalog]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "ExportStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
