"""Search counted in SQL (every matching event and document counted, facets from grouped rows) against
the same search made from a list of hits tested one by one: same totals, same facet counts, the same
hits over all pages, under every facet filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from kooperacja.store import open_store
from kooperacja.store.lemmas import query_groups
from kooperacja.store.pgserver import PostgresServer

FACETS = ("kind", "subtype", "sector", "year", "voivodeship", "event_type")


def both(store: object, q: str, chosen: dict[str, str | None]) -> tuple[dict, dict]:
    groups = query_groups(q)
    full = {k: chosen.get(k) for k in FACETS}
    counted = store.search_page(q, limit=1000, **full)  # type: ignore[attr-defined]
    listed = store._search_page_listed(q, groups, 1000, 0, full, None)  # type: ignore[attr-defined]
    return counted, listed


def keys(result: dict) -> set[tuple[str, object]]:
    return {(h["kind"], h["id"]) for h in result["items"]}


@pytest.mark.parametrize("q", ["strefa", "Katowice", "motoryzacja", "baterie", "wizyta"])
def test_counted_search_equals_the_listed_one(corpus_db: Path, q: str) -> None:
    store = open_store(str(corpus_db))
    try:
        counted, listed = both(store, q, {})
        assert counted["total"] > 0, q
        assert counted["total"] == listed["total"] == len(counted["items"])
        assert keys(counted) == keys(listed)
        assert counted["facets"] == listed["facets"]
        assert sum(counted["facets"]["kind"].values()) == counted["total"]
        # every single facet value as a filter, and two filters at once
        for name, values in listed["facets"].items():
            for value in values:
                c, li = both(store, q, {name: value})
                assert (c["total"], c["facets"], keys(c)) == (li["total"], li["facets"], keys(li)), (
                    q,
                    name,
                    value,
                )
        kind = next(iter(listed["facets"]["kind"]), None)
        year = next(iter(listed["facets"]["year"]), None)
        if kind and year:
            c, li = both(store, q, {"kind": kind, "year": year})
            assert (c["total"], c["facets"], keys(c)) == (li["total"], li["facets"], keys(li))
    finally:
        store.close()


def test_pages_of_the_counted_search_make_the_whole_list(corpus_db: Path) -> None:
    store = open_store(str(corpus_db))
    try:
        whole = store.search_page("strefa", limit=1000)
        counts = store.search_counts("strefa")
        assert counts is not None and counts["total"] == whole["total"]
        # diacritics: made from a list of hits, which the counts keep (its pages are slices of it)
        listed = store.search_counts("podpisała")
        assert listed is not None and "listed" in listed
        whole_l = store.search_page("podpisała", limit=1000)
        assert listed["total"] == whole_l["total"] >= 2
        paged = store.search_page("podpisała", limit=1, offset=1, counts=listed)
        assert paged["total"] == whole_l["total"]
        assert [(h["kind"], h["id"]) for h in paged["items"]] == [
            (h["kind"], h["id"]) for h in whole_l["items"][1:2]
        ]
        pages = []
        for offset in range(0, whole["total"], 3):
            page = store.search_page("strefa", limit=3, offset=offset, counts=counts)
            assert page["total"] == whole["total"]
            pages += [(h["kind"], h["id"]) for h in page["items"]]
        assert pages == [(h["kind"], h["id"]) for h in whole["items"]]
    finally:
        store.close()


@pytest.fixture(scope="module")
def pg_corpus_url(pg_server: PostgresServer) -> str:
    """The corpus in a database of the suite's real PostgreSQL server."""
    from .conftest import make_db

    url = pg_server.new_database()
    make_db(url)  # type: ignore[arg-type]
    return url


@pytest.mark.postgres
@pytest.mark.parametrize("q", ["strefa", "motoryzacja", "wizyta"])
def test_counted_search_on_postgres(pg_corpus_url: str, q: str) -> None:
    store = open_store(pg_corpus_url)
    try:
        counted, listed = both(store, q, {})
        assert counted["total"] > 0
        assert (counted["total"], counted["facets"], keys(counted)) == (
            listed["total"],
            listed["facets"],
            keys(listed),
        )
        kind = next(iter(listed["facets"]["kind"]))
        c, li = both(store, q, {"kind": kind})
        assert (c["total"], c["facets"], keys(c)) == (li["total"], li["facets"], keys(li))
    finally:
        store.close()


@pytest.mark.postgres
@pytest.mark.parametrize("q", ["strefa", "porozumienie", "Katowice"])
def test_postgres_full_text_match_among_the_latest_rows_or_all(
    pg_corpus_url: str, q: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The most recent matches found among a kind's latest rows (a sample, then read on until the window
    is full) or through the GIN indexes over every match are the same rows in the same order."""
    from kooperacja.store import db as db_module
    from kooperacja.store import postgres

    store = open_store(pg_corpus_url)
    try:
        groups = query_groups(q)
        for window in (2, 5):
            monkeypatch.setattr(db_module, "RANK_WINDOW", window)  # windows the small corpus fills
            for kinds in (["entity"], ["event"], ["document"], ["entity", "event", "document"]):
                monkeypatch.setattr(postgres, "FTS_SAMPLE", 0)  # every match through the GIN index
                every = store.db.fts_match(groups, kinds, 1)
                got = {}
                for sample, row_cost in ((500, 1.0), (2, 0.0), (2, 1e9), (1, 0.0)):
                    # the whole kind in the sample; a sample of 2 rows, then reading on (no cost for a
                    # row) or every match (a row costs more than any GIN read)
                    monkeypatch.setattr(postgres, "FTS_SAMPLE", sample)
                    monkeypatch.setattr(
                        postgres, "FTS_ROW_COST", dict.fromkeys(postgres.FTS_ROW_COST, row_cost)
                    )
                    got[(sample, row_cost)] = store.db.fts_match(groups, kinds, 1)
                assert all(v == every for v in got.values()), (q, kinds, window, every, got)
        monkeypatch.setattr(db_module, "RANK_WINDOW", 1000)
        assert store.db.fts_match(groups, ["entity", "event", "document"], 1)
        # the capped rows of a counted search: the most recent matches, as SQL orders them
        for kind in ("event", "document"):
            sql, params = store._fts_rows_sql(groups, kind)
            for n in (1, 3, 1000):
                in_sql = [r[0] for r in store.db.all(f"{sql} ORDER BY rowid DESC LIMIT {n}", params)]
                assert store.db.fts_latest(groups, kind, n) == in_sql, (q, kind, n)
    finally:
        store.close()


def test_sqlite_full_text_tables_per_kind(corpus_db: Path, tmp_path: Path) -> None:
    """Each kind of search row has its full-text table (migration 012); a match of several kinds is the
    most recent window of their matches together, best first; a removed document leaves none of its rows
    behind."""
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(corpus_db, db)
    store = open_store(str(db))
    try:
        kinds = {
            kind: store.db.scalar(f"SELECT COUNT(*) FROM search_fts_{kind}")
            for kind in ("entity", "event", "document")
        }
        rows = dict(store.db.all("SELECT kind, COUNT(*) FROM search_rows GROUP BY kind"))
        assert kinds == rows and all(kinds.values())
        groups = query_groups("strefa")
        one = {k: store.db.fts_match(groups, [k], 500) for k in ("entity", "event", "document")}
        assert all(hit[0] == k for k, hits in one.items() for hit in hits)
        together = store.db.fts_match(groups, ["entity", "event", "document"], 500)
        assert sorted(together) == sorted(h for hits in one.values() for h in hits)
        doc_pk = store.db.scalar("SELECT MIN(doc_pk) FROM search_rows")
        ids = [r[0] for r in store.db.all("SELECT id FROM search_rows WHERE doc_pk = ?", (doc_pk,))]
        with store.db.transaction():
            store.db.fts_delete_doc(doc_pk)
        left = sum(
            store.db.scalar(
                f"SELECT COUNT(*) FROM search_fts_{k} WHERE rowid IN {store.db.in_list(ids)}", ids
            )
            for k in ("entity", "event", "document")
        )
        assert ids and left == 0
    finally:
        store.close()
