"""The writer's in-process cache of stored entities' rows: kept from batch to batch while nobody else
writes, dropped when another connection wrote (the write counter of migration 008 tells)."""

from __future__ import annotations

from kooperacja.store import open_store

from .records import docs, rec_a, rec_b, rec_c


def _db_row(store, eid: int) -> tuple:
    return tuple(
        store.db.one(
            "SELECT name, subtype, country, lat, lon, gazetteer_id FROM entities WHERE id = ?", (eid,)
        )
    )


def test_cached_rows_follow_the_database_and_other_writers(db_url):
    a, b = open_store(db_url), open_store(db_url)
    try:
        assert a.ingest_records([rec_a()], docs())["failed"] == 0
        cached = dict(a.catalog._rows)
        assert cached  # the writer remembered the entities it wrote
        for eid, row in cached.items():
            assert row == _db_row(a, eid)
        # the next batch of the same writer keeps them (nobody wrote in between)
        assert a.ingest_records([rec_b()], docs())["failed"] == 0
        assert set(cached) <= set(a.catalog._rows)
        for eid, row in a.catalog._rows.items():
            assert row == _db_row(a, eid)

        # another connection writes: a user merge of two of the cached entities
        orgs = [r[0] for r in a.db.all("SELECT id FROM entities WHERE type = 'organization' ORDER BY id")]
        kept, merged = orgs[0], orgs[-1]
        assert kept != merged and kept in a.catalog._rows
        assert b.merge(kept, merged)["ok"]
        a._batch_begin()
        try:
            assert a.catalog._rows == {}  # dropped: the counter moved by more than this writer's own step
        finally:
            a._batch_abort()
        assert a.ingest_records([rec_c()], docs())["failed"] == 0
        for eid, row in a.catalog._rows.items():
            assert row == _db_row(a, eid)
        assert merged not in a.catalog._rows
    finally:
        a.close()
        b.close()


def test_an_undone_document_leaves_no_cached_rows(db_url):
    store = open_store(db_url)
    try:
        bad = dict(
            rec_a(), figures=[{"entity": "e1", "metric": {"not": "a name"}, "value": 1}]
        )  # cannot be stored
        summary = store.ingest_records([bad], docs())
        assert summary["failed"] == 1
        assert store.catalog._rows == {}
        assert store.db.scalar("SELECT COUNT(*) FROM entities") == 0
    finally:
        store.close()
