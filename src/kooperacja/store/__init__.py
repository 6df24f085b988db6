"""The store: schema and migrations, SQLite (default) and PostgreSQL backends, ingest, queries, exports.

store = open_store()                      # $KOOPERACJA_DB or ./kooperacja.db
store = open_store("postgresql://...")    # a PostgreSQL server
"""

from __future__ import annotations

import os

from kooperacja.store.db import Backend
from kooperacja.store.export import ExportMixin
from kooperacja.store.ingest import IngestMixin, StoreCatalog
from kooperacja.store.queries import ListMixin, QueryMixin
from kooperacja.store.review import ReviewMixin

DEFAULT_DB = "kooperacja.db"


def resolve_url(url: str | None = None) -> str:
    return url or os.environ.get("KOOPERACJA_DB") or DEFAULT_DB


def connect(url: str | None = None) -> Backend:
    url = resolve_url(url)
    if url.startswith(("postgresql://", "postgres://")) or url.startswith("host="):
        from kooperacja.store.postgres import PostgresBackend

        return PostgresBackend(url)
    from kooperacja.store.sqlite import SQLiteBackend

    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///") :]
    elif url.startswith("sqlite://"):
        url = url[len("sqlite://") :]
    folder = os.path.dirname(os.path.abspath(url))
    os.makedirs(folder, exist_ok=True)
    return SQLiteBackend(url)


class Store(IngestMixin, QueryMixin, ListMixin, ExportMixin, ReviewMixin):
    """One database: ingest documents or records, query, correct and export the graph."""

    def __init__(self, backend: Backend, schema_version: int | None = None) -> None:
        """`schema_version`: migrate up to this version only (a test of a later migration); None: all."""
        self.db = backend
        self.url = backend.url
        self.schema_version = backend.migrate(schema_version)
        self.catalog = StoreCatalog(backend)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | None = None) -> Store:
    """Open (and migrate) a store: None → $KOOPERACJA_DB or ./kooperacja.db; "postgresql://..." → PostgreSQL."""
    return Store(connect(url))


__all__ = ["DEFAULT_DB", "Store", "open_store", "resolve_url"]
