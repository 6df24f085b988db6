"""The review queue over a real SQLite store: near misses of entities and events are queued with
their evidence and score; `kooperacja review` lists them, merges or rejects one; a rejection survives
re-ingestion. The records are written by hand for texts of our own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kooperacja.cli import main as cli
from kooperacja.documents.model import Document
from kooperacja.store import open_store

A_TEXT = (
    "Fabryka Maszyn Północ podpisała w marcu 2024 r. umowę z Miastem Nowy Gród. "
    "Umowa dotyczy dostaw maszyn rolniczych."
)
B_TEXT = (
    "Fabryka Maszyn Północ i Huta Południe podpisały 12 marca 2024 r. porozumienie. "
    "Miasto Nowy Gródek też wspiera hutę."
)
B2_TEXT = (
    "Fabryka Maszyn Północ, Miasto Nowy Gród i Huta Południe podpisały 12 marca 2024 r. umowę. "
    "Miasto Nowy Gródek też wspiera hutę."
)


def _ent(i: str, name: str, typ: str = "organization") -> dict[str, Any]:
    return {"id": i, "type": typ, "subtype": None, "name": name, "aliases": []}


def _records(b_text: str, b_parties: list[str]) -> tuple[list[dict[str, Any]], list[Document]]:
    a = {
        "doc_id": "a",
        "published": "2024-03-20",
        "entities": [_ent("e1", "Fabryka Maszyn Północ"), _ent("e2", "Miasto Nowy Gród")],
        "events": [
            {
                "type": "agreement",
                "date": "2024-03",
                "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                "evidence": [[0, 75]],
            }
        ],
    }
    b = {
        "doc_id": "b",
        "published": "2024-03-21",
        "entities": [
            _ent("e1", "Fabryka Maszyn Północ"),
            _ent("e2", "Huta Południe"),
            _ent("e3", "Miasto Nowy Gródek"),
            _ent("e4", "Miasto Nowy Gród"),
        ],
        "events": [
            {
                "type": "agreement",
                "date": "2024-03-12",
                "participants": [{"entity": e, "role": "party"} for e in b_parties],
                "evidence": [[0, b_text.index(".") + 1]],
            }
        ],
    }
    if "e4" not in b_parties:
        b["entities"] = b["entities"][:3]
    docs = [
        Document(doc_id="a", text=A_TEXT, published="2024-03-20", source="a.txt"),
        Document(doc_id="b", text=b_text, published="2024-03-21", source="b.txt"),
    ]
    return [a, b], docs


def _events_of(store: Any) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for doc_id, ev in store.db.all(
        "SELECT d.doc_id, s.event_id FROM event_sources s JOIN documents d ON d.id = s.doc_pk"
    ):
        out.setdefault(doc_id, set()).add(int(ev))
    return out


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "review.db")
    store = open_store(path)
    try:
        records, docs = _records(B_TEXT, ["e1", "e2"])
        summary = store.ingest_records(records, docs)
        assert summary["failed"] == 0, summary
    finally:
        store.close()
    return path


def _items(db: str, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, Any]]:
    assert cli(["review", "--db", db, "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_near_misses_are_queued_with_evidence(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    items = _items(db, capsys)
    kinds = {it["kind"]: it for it in items}
    assert set(kinds) == {"entity", "event"}
    ent = kinds["entity"]
    assert {ent["a"]["name"], ent["b"]["name"]} == {"Miasto Nowy Gród", "Miasto Nowy Gródek"}
    assert ent["score"] < 0.75 and "share the word stems" in ent["evidence"]
    ev = kinds["event"]
    assert ev["score"] < 4 and "1 shared" in ev["evidence"]
    assert {tuple(ev["a"]["documents"]), tuple(ev["b"]["documents"])} == {("a",), ("b",)}
    # the listing for people
    assert cli(["review", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Miasto Nowy Gródek" in out and "evidence:" in out


def test_rejected_event_pair_stays_apart_after_reingestion(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ev = next(it for it in _items(db, capsys) if it["kind"] == "event")
    assert cli(["review", "reject", str(ev["id"]), "--db", db]) == 0
    assert "rejected" in capsys.readouterr().out
    # b is re-ingested, now naming both parties of a: without the rejection the two would be one event
    store = open_store(db)
    try:
        records, docs = _records(B2_TEXT, ["e1", "e2", "e4"])
        summary = store.ingest_records(records[1:], docs[1:])
        assert summary["replaced"] == 1, summary
        by_doc = _events_of(store)
        assert by_doc["a"].isdisjoint(by_doc["b"])
        # a fresh store given the same records merges them (the rejection is what keeps them apart)
    finally:
        store.close()
    fresh = open_store(db + ".fresh")
    try:
        records, docs = _records(B2_TEXT, ["e1", "e2", "e4"])
        fresh.ingest_records(records, docs)
        by_doc = _events_of(fresh)
        assert by_doc["a"] == by_doc["b"]
    finally:
        fresh.close()


def test_entity_merge_and_reject(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    ent = next(it for it in _items(db, capsys) if it["kind"] == "entity")
    # a decision needs an item id; a decided item cannot be decided again
    assert cli(["review", "merge", "--db", db]) == 2
    capsys.readouterr()
    assert cli(["review", "reject", str(ent["id"]), "--db", db]) == 0
    capsys.readouterr()
    assert cli(["review", "merge", str(ent["id"]), "--db", db]) == 1
    assert "already rejected" in capsys.readouterr().err
    # re-ingesting does not queue the rejected pair again
    store = open_store(db)
    try:
        records, docs = _records(B_TEXT + " Koniec.", ["e1", "e2"])
        store.ingest_records(records[1:], docs[1:])
        open_items = store.review_items("open", "entity")
        names = [{it["a"].get("name"), it["b"].get("name")} for it in open_items]
        assert {"Miasto Nowy Gród", "Miasto Nowy Gródek"} not in names
    finally:
        store.close()


def test_entity_merge_from_the_queue(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    ent = next(it for it in _items(db, capsys) if it["kind"] == "entity")
    assert cli(["review", "merge", str(ent["id"]), "--db", db]) == 0
    capsys.readouterr()
    store = open_store(db)
    try:
        ids = {
            r[0]
            for r in store.db.all(
                "SELECT entity_id FROM doc_entities WHERE name IN ('Miasto Nowy Gród', 'Miasto Nowy Gródek')"
            )
        }
        assert len(ids) == 1
        assert store.review_items("merged", "entity")[0]["id"] == ent["id"]
    finally:
        store.close()
