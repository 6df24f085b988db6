"""The Python API: open a store, ingest, query; and extraction of single texts.

from kooperacja.api import open_store, ingest_paths
with open_store("kooperacja.db") as store:
    ingest_paths(store, ["news/"])
    print(store.entity(store.find_entities("KSSE")[0]["id"]))
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kooperacja import extract
from kooperacja.store import Store, open_store


def ingest_paths(
    store: Store, paths: Iterable[str], published: str | None = None, jobs: int = 1
) -> dict[str, Any]:
    """Read files or folders and ingest them; returns the summary counts."""
    from kooperacja.documents.readers import read_paths

    return store.ingest(list(read_paths(list(paths), published=published)), jobs=jobs)


def ingest_records(store: Store, records: Iterable[dict[str, Any]], documents: Any = None) -> dict[str, Any]:
    """Ingest ready-made extraction records (optionally with their Documents)."""
    return store.ingest_records(records, documents)


def show(name: str, db: str | None = None) -> dict[str, Any] | None:
    """The profile of the entity best matching `name`, or None."""
    with open_store(db) as store:
        found = store.find_entities(name, limit=1)
        return store.entity(found[0]["id"]) if found else None


def search(text: str, db: str | None = None, limit: int = 20) -> dict[str, Any]:
    with open_store(db) as store:
        return store.search(text, limit=limit)


def events(db: str | None = None, **filters: Any) -> list[dict[str, Any]]:
    with open_store(db) as store:
        return store.events(**filters)


def recommend_partners(name_or_id: str | int, db: str | None = None, k: int = 10) -> list[dict[str, Any]]:
    from kooperacja.analysis.recommend import recommend_partners as _recommend

    with open_store(db) as store:
        if isinstance(name_or_id, int) or str(name_or_id).isdigit():
            eid = int(name_or_id)
        else:
            found = store.find_entities(str(name_or_id), limit=1)
            if not found:
                return []
            eid = found[0]["id"]
        return _recommend(store, eid, k=k)


__all__ = [
    "Store",
    "events",
    "extract",
    "ingest_paths",
    "ingest_records",
    "open_store",
    "recommend_partners",
    "search",
    "show",
]
