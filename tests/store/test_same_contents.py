"""The same records loaded into SQLite and into PostgreSQL give the same stored contents, row for row
(ids included; only the clock columns differ): the two write paths (one statement at a time on SQLite,
batched on PostgreSQL) must not change what is stored."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kooperacja.store import open_store

from .records import CORE_TABLES as TABLES
from .records import docs, rec_a, rec_b, rec_c

BENCH = Path(__file__).resolve().parents[2] / "bench"
CLOCK = {"created_at", "ingested_at", "decided_at", "applied_at"}


def _records() -> tuple[list[dict], dict]:
    sys.path.insert(0, str(BENCH))
    try:
        from ingest_speed import generate
    finally:
        sys.path.remove(str(BENCH))
    pairs = generate(150)
    records = [rec_a(), rec_b(), rec_c(), *(r for _, r in pairs)]
    documents = {**docs(), **{d.doc_id: d for d, _ in pairs}}
    return records, documents


def _contents(url: str, records: list[dict], documents: dict) -> dict[str, list[tuple]]:
    store = open_store(url)
    try:
        # two loads, the second with a replaced document and repeats, so that replace and merge paths run
        first = store.ingest_records(records[:100], documents)
        assert first["failed"] == 0
        changed = dict(records[0], figures=[])
        second = store.ingest_records([changed, *records[80:]], documents)
        assert second["failed"] == 0 and second["unchanged"] >= 20
        out = {}
        for table, order in TABLES.items():
            cur = store.db.execute(f"SELECT * FROM {table} ORDER BY {order}")
            names = [d[0] for d in cur.description]
            keep = [i for i, n in enumerate(names) if n not in CLOCK]
            rows = cur.fetchall()
            out[table] = [tuple(_plain(r[i]) for i in keep) for r in rows]
        return out
    finally:
        store.close()


def _plain(value: object) -> object:
    if isinstance(value, memoryview):
        return bytes(value)
    return value


@pytest.mark.postgres
def test_sqlite_and_postgres_store_the_same_rows(tmp_path, pg_server):
    records, documents = _records()
    lite = _contents(str(tmp_path / "same.db"), records, documents)
    pg = _contents(pg_server.new_database(), records, documents)
    assert sum(len(v) for v in lite.values()) > 2000
    for table in TABLES:
        assert len(pg[table]) == len(lite[table]), table
        assert pg[table] == lite[table], table
