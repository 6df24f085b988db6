"""The entity look-ups of a block of documents asked at once (`StoreCatalog.prefetch`, PostgreSQL) give each
look-up the same rows as its own query, in the same order; and a load with them stores what SQLite stores."""

from __future__ import annotations

import pytest

from kooperacja.documents.model import Document
from kooperacja.resolve.entities import expected_lookups
from kooperacja.store import open_store
from kooperacja.store.catalogue import StoreCatalog

from .records import CORE_TABLES

ORGS = [
    ("Klaster Lodowy Północ", ["KLP"]),
    ("Klaster Lodowy Północ w Suwałkach", []),
    ("Fundacja Mostów Zielonych", ["Mosty Zielone"]),
    ("Agencja Rozwoju Doliny Sów", ["ARDS"]),
    ("Agencji Rozwoju Doliny Sów", []),
    ("Izba Handlu Wiatrem Oddział Gdański", []),
    ("Izba Handlu Wiatrem", ["IHW"]),
    ("Gdańsk", []),  # an organisation named as a place: the look-ups of either type find only their own
]
PEOPLE = ["Jan Kowalski", "Kowalski", "Anna Nowak-Lis"]
PLACES = ["Suwałki", "Gdańsk", "Kraków"]


def _records(n: int) -> tuple[list[dict], list[Document]]:
    recs, docs = [], []
    for i in range(n):
        (a, aa), (b, ba) = ORGS[i % len(ORGS)], ORGS[(3 * i + 1) % len(ORGS)]
        text = f"Wiadomość {i}: {a} i {b} rozmawiały o lodzie; był tam {PEOPLE[i % 3]} z {PLACES[i % 3]}."
        recs.append(
            {
                "doc_id": f"p{i}",
                "lang": "pl",
                "published": "2024-03-01",
                "entities": [
                    {"id": "e1", "type": "organization", "name": a, "aliases": aa},
                    {"id": "e2", "type": "organization", "name": b, "aliases": ba},
                    {"id": "e3", "type": "person", "name": PEOPLE[i % 3], "roles": [{"organization": "e1"}]},
                    {"id": "e4", "type": "place", "name": PLACES[i % 3], "country": "PL", "subtype": "city"},
                ],
                "events": [{"type": "cooperation", "participants": [{"entity": "e1"}, {"entity": "e2"}]}],
            }
        )
        docs.append(Document(doc_id=f"p{i}", text=text, published="2024-03-01", source=f"p{i}.txt"))
    return recs, docs


def _calls(store, recs: list[dict]) -> list[tuple]:
    calls = []
    for rec in recs:
        for ent in rec["entities"]:
            _, ent, _, gaz = store._for_resolution(ent)
            calls += expected_lookups(ent, gaz["id"] if gaz else None)
    return calls


def _answer(cat: StoreCatalog, call: tuple) -> list[tuple]:
    return [(c.id, c.type, c.name, c.norm, c.doc_count, c.matched) for c in getattr(cat, call[0])(*call[1:])]


@pytest.mark.postgres
def test_prefetched_look_ups_equal_their_own_queries(pg_server) -> None:
    recs, docs = _records(30)
    store = open_store(pg_server.new_database())
    try:
        assert store.ingest_records(recs[:20], docs)["failed"] == 0
        calls = _calls(store, recs)
        assert {c[0] for c in calls} >= {"by_key", "by_kind", "by_acronym", "by_surname", "by_prefix"}
        alone = StoreCatalog(store.db)
        expected = [_answer(alone, c) for c in calls]
        assert any(expected) and not all(expected)  # some found, some not
        ahead = StoreCatalog(store.db)
        ran: list[str] = []
        execute = store.db.execute
        store.db.execute = lambda q, p=(): ran.append(q) or execute(q, p)  # type: ignore[method-assign]
        try:
            ahead.prefetch(calls)
            asked = len(ran)
            assert asked <= 3  # one query for the keys, one for the gazetteer ids, one for the prefixes
            assert [_answer(ahead, c) for c in calls] == expected
            # all answered from what was prefetched, except look-ups of more than one prefix continuation
            prefixes = sum(1 for c in calls if c[0] == "by_prefix")
            assert len(ran) - asked <= prefixes
        finally:
            store.db.execute = execute  # type: ignore[method-assign]
    finally:
        store.close()


@pytest.mark.postgres
def test_a_load_with_prefetched_look_ups_stores_what_sqlite_stores(pg_server, tmp_path) -> None:
    recs, docs = _records(60)
    out = []
    for url in (str(tmp_path / "p.db"), pg_server.new_database()):
        store = open_store(url)
        try:
            assert store.ingest_records(recs[:45], docs)["failed"] == 0
            assert store.ingest_records(recs[30:], docs)["failed"] == 0
            tables = {}
            for table, order in CORE_TABLES.items():
                cur = store.db.execute(f"SELECT * FROM {table} ORDER BY {order}")
                names = [d[0] for d in cur.description]
                keep = [
                    i for i, n in enumerate(names) if n not in ("created_at", "ingested_at", "decided_at")
                ]
                tables[table] = [tuple(r[i] for i in keep) for r in cur.fetchall()]
            out.append(tables)
        finally:
            store.close()
    assert sum(len(v) for v in out[0].values()) > 300
    for table in CORE_TABLES:
        assert out[0][table] == out[1][table], table


def test_reads_sent_together_see_the_writes_held_back(db_url) -> None:
    """`Backend.all_many` (PostgreSQL: the reads of one pipeline, one wait) gives each read's rows as `all`
    does, the rows written in the open transaction and still held back included."""
    store = open_store(db_url)
    try:
        db = store.db
        with db.transaction():
            eid = store.catalog.db.insert(
                "INSERT INTO entities (type, name, norm, doc_count, created_at) VALUES (?, ?, ?, 0, ?)",
                ("organization", "Klaster Lodowy", "klaster lodowy", "2024-01-01"),
            )
            db.executemany(
                "INSERT INTO entity_aliases (entity_id, kind, norm, alias) VALUES (?, ?, ?, ?)",
                [(eid, "name", "klaster lodowy", "Klaster Lodowy"), (eid, "acronym", "kl", "KL")],
            )
            queries = [
                ("SELECT id, name FROM entities WHERE id = ?", (eid,)),
                ("SELECT kind, norm FROM entity_aliases WHERE entity_id = ? ORDER BY kind", (eid,)),
                ("SELECT COUNT(*) FROM entities WHERE norm = ?", ("nie ma",)),
            ]
            together = db.all_many(queries)
            assert together == [db.all(q, p) for q, p in queries]
            assert together[0] == [(eid, "Klaster Lodowy")] and len(together[1]) == 2
    finally:
        store.close()


WORDS = (
    "rada gminy omawiała wspólny plan budowy mostu nad rzeką oraz nowej drogi do portu a wójt zapowiedział "
    "przetarg na jesień i spotkanie z mieszkańcami w szkole podstawowej gdzie padły pytania o koszty prac"
).split()


def _texts_of_a_block() -> tuple[list[dict], list[Document]]:
    """Documents that the block's own look-ups must tell apart: near-duplicates of documents stored
    earlier in the same block, the same text under another id, a doc_id taken, a document given twice."""
    recs, docs = [], []

    def add(doc_id: str, text: str, source: str | None) -> None:
        recs.append({"doc_id": doc_id, "lang": "pl", "published": "2024-05-02", "entities": [], "events": []})
        docs.append(Document(doc_id=doc_id, text=text, published="2024-05-02", source=source))

    for i in range(12):
        words = WORDS[i:] + WORDS[:i]
        add(f"b{i}", f"Wieść {i}: " + " ".join(words), f"b{i}.txt")
        near = list(words)
        near[10] = "kładki"
        add(f"n{i}", f"Wieść {i}: " + " ".join(near), f"n{i}.txt")  # a near-duplicate of b{i}
    add("c0", docs[0].text, "c0.txt")  # b0's text again
    add("b1", "Inna wieść o czymś zupełnie innym niż most i droga, słów tu dosyć.", "inne/b1.txt")  # id taken
    return recs, docs


@pytest.mark.postgres
def test_documents_and_near_duplicates_of_a_block_looked_up_at_once(pg_server, tmp_path) -> None:
    recs, docs = _texts_of_a_block()
    out, summaries, asked = [], [], []
    for url in (str(tmp_path / "d.db"), pg_server.new_database()):
        store = open_store(url)
        ran: list[str] = []
        execute = store.db.execute
        store.db.execute = lambda q, p=(), ran=ran, execute=execute: ran.append(q) or execute(q, p)  # type: ignore[method-assign]
        all_pending = store.db.all_pending
        store.db.all_pending = lambda q, p, t, ran=ran, all_pending=all_pending: (  # type: ignore[method-assign]
            ran.append(q) or all_pending(q, p, t)
        )
        try:
            got = []
            for part in (slice(0, 20), slice(10, None)):  # the second load repeats ten documents
                got.append(store.ingest_records(recs[part], docs[part]))
            summaries.append(
                [{k: s[k] for k in ("new", "near_duplicate", "duplicate", "unchanged")} for s in got]
            )
            asked.append(
                sum(1 for q in ran if "FROM documents WHERE source" in q or "FROM doc_bands WHERE" in q)
            )
            tables = {}
            for table in ("documents", "doc_signatures", "doc_bands"):
                cur = execute(f"SELECT * FROM {table} ORDER BY {CORE_TABLES[table]}")
                names = [d[0] for d in cur.description]
                keep = [i for i, n in enumerate(names) if n != "ingested_at"]
                tables[table] = [tuple(r[i] for i in keep) for r in cur.fetchall()]
            out.append(tables)
        finally:
            store.db.execute = execute  # type: ignore[method-assign]
            store.close()
    assert summaries[0] == summaries[1]
    assert summaries[0][0]["near_duplicate"] >= 9 and summaries[0][1]["unchanged"] == 10
    assert summaries[0][1]["duplicate"] == 1
    docs_rows = out[0]["documents"]
    assert any(r for r in docs_rows if "b1~2" in r)  # the doc_id taken by another source
    for table in out[0]:
        assert out[0][table] == out[1][table], table
    # PostgreSQL: a few queries for the block, fewer than one per document given (two or three before)
    assert asked[1] < 20 + len(recs) - 10
