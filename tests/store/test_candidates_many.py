"""The set-based event look-up of the end-of-ingest pass (`StoreCatalog.event_candidates_many`) finds, for
each event, the same stored events as the per-event look-up (`event_candidates`), also where the most
recent ones are cut off and where rows written in the open transaction are still held back."""

from __future__ import annotations

import pytest

from kooperacja.documents.model import Document
from kooperacja.resolve.names import norm
from kooperacja.store import catalogue, open_store
from kooperacja.store.facts import _candidate_query

ORGS = [
    "Klaster Lodowy Północ",
    "Fundacja Mostów Zielonych",
    "Agencja Rozwoju Doliny Sów",
    "Izba Handlu Wiatrem",
]
TYPES = ["agreement", "letter_of_intent", "cooperation", "visit", "investment"]


def _records(n: int) -> tuple[list[dict], list[Document]]:
    recs, docs = [], []
    for i in range(n):
        a, b = ORGS[i % 4], ORGS[(i // 4 + i + 1) % 4]
        if a == b:
            b = ORGS[(i + 2) % 4]
        date = None if i % 5 == 0 else f"2024-{1 + i % 3:02d}" if i % 3 else f"2024-0{1 + i % 2}-1{i % 7}"
        text = f"Spotkanie numer {i}: {a} oraz {b} ogłosiły wspólny plan dotyczący wiatru i lodu."
        ev = {
            "type": TYPES[i % len(TYPES)],
            "participants": [{"entity": "e1"}, {"entity": "e2"}] if i % 6 else [{"entity": "e1"}],
            "evidence": [[0, len(text)]],
        }
        if date:
            ev["date"] = date
        if i % 4 == 1:
            ev["name"] = "Forum Wiatru i Lodu"
        recs.append(
            {
                "doc_id": f"m{i}",
                "lang": "pl",
                "published": f"2024-0{1 + i % 3}-20",
                "entities": [
                    {"id": "e1", "type": "organization", "name": a, "aliases": []},
                    {"id": "e2", "type": "organization", "name": b, "aliases": []},
                ],
                "events": [ev],
            }
        )
        docs.append(
            Document(doc_id=f"m{i}", text=text, published=f"2024-0{1 + i % 3}-20", source=f"m{i}.txt")
        )
    return recs, docs


def _ids(cands) -> list[int]:
    return sorted(c.id for c in cands)


@pytest.mark.parametrize("limit", [200, 3])
def test_the_same_candidates_as_one_look_up_per_event(db_url, monkeypatch, limit):
    monkeypatch.setattr(catalogue, "EVENT_CANDIDATES", limit)
    monkeypatch.setattr(catalogue, "_MANY_ROWS", 7)  # several chunks, each event's rows split among them
    store = open_store(db_url)
    try:
        recs, docs = _records(30)
        assert store.ingest_records(recs, docs)["failed"] == 0
        cat = store.catalog
        ids = [r[0] for r in store.db.all("SELECT id FROM events ORDER BY id")]
        events = cat.events_by_id(ids)
        assert len(events) > 10
        queries = [_candidate_query(e) for e in events]
        queries.append((set(), ["visit"], norm("Forum Wiatru i Lodu"), None))  # a name alone
        queries.append((set(), ["agreement"], None, None))  # nothing to look by
        many = cat.event_candidates_many(queries)  # SQLite: one look-up per event; PostgreSQL: set-based
        one = [cat.event_candidates(*q) for q in queries]
        assert [_ids(c) for c in many] == [_ids(c) for c in one]
        assert any(len(c) > 1 for c in many)  # some events have other candidates than themselves
        assert many[-1] == []
        if limit == 3:
            assert max(len(c) for c in many) > 3  # the cut applies to each look-up, as one by one
        # the candidates come whole (participants, sources), as those of the per-event look-up
        first = {c.id: c for c in one[0]}
        for c in many[0]:
            assert (c.participants, c.doc_pks, c.words) == (
                first[c.id].participants,
                first[c.id].doc_pks,
                first[c.id].words,
            )
    finally:
        store.close()


def test_rows_held_back_in_the_open_transaction_are_found(db_url):
    store = open_store(db_url)
    try:
        recs, docs = _records(12)
        assert store.ingest_records(recs, docs)["failed"] == 0
        cat = store.catalog
        row = store.db.one(
            "SELECT event_id, source_id, doc_entity_id, event_type, date_start, date_end FROM participants "
            "ORDER BY id DESC LIMIT 1"
        )
        stranger = store.db.scalar(
            "SELECT MIN(id) FROM entities WHERE id NOT IN (SELECT entity_id FROM participants WHERE event_id = ?)",
            (row[0],),
        )
        query = ({stranger}, [row[3]], None, None)
        assert row[0] not in _ids(cat.event_candidates(*query))

        class Undo(Exception):
            pass

        with pytest.raises(Undo), store.db.transaction():
            store.db.executemany(
                "INSERT INTO participants (event_id, source_id, entity_id, doc_entity_id, role, confidence, "
                "event_type, date_start, date_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(row[0], row[1], stranger, row[2], "party", None, row[3], row[4], row[5])],
            )
            if store.db.dialect == "postgres":
                assert "participants" in store.db._buf.rows  # held back, not yet sent
            many = cat.event_candidates_many([query])
            one = cat.event_candidates(*query)
            assert row[0] in _ids(many[0])
            assert _ids(many[0]) == _ids(one)
            raise Undo
    finally:
        store.close()
