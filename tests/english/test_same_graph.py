"""An English and a Polish report of one signing (texts of our own, fixtures/) go through the real
extractor, resolution and a real SQLite store into one event with two sources; the English document is
searchable, shown in its language and exported like the Polish one."""

from __future__ import annotations

import json
from pathlib import Path

from kooperacja.documents import read_paths
from kooperacja.store import open_store

FIX = Path(__file__).parent / "fixtures"


def _ingest(db: Path) -> None:
    docs = list(read_paths([str(FIX / "pl_report.txt"), str(FIX / "en_report.txt")]))
    store = open_store(str(db))
    try:
        summary = store.ingest(docs)
    finally:
        store.close()
    assert summary["failed"] == 0 and summary["documents"] == 2, summary


def test_english_and_polish_reports_become_one_event(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    _ingest(db)
    store = open_store(str(db))
    try:
        langs = dict(store.db.all("SELECT doc_id, lang FROM documents"))
        assert langs == {"pl_report": "pl", "en_report": "en"}
        rows = store.db.all(
            "SELECT s.event_id, d.doc_id FROM event_sources s JOIN documents d ON d.id = s.doc_pk"
        )
        by_event: dict[int, set[str]] = {}
        for event_id, doc_id in rows:
            by_event.setdefault(int(event_id), set()).add(doc_id)
        assert {"pl_report", "en_report"} in by_event.values(), by_event
        event_id = next(e for e, docs in by_event.items() if docs == {"pl_report", "en_report"})
        assert store.db.one("SELECT type, date FROM events WHERE id = ?", (event_id,)) == (
            "agreement",
            "2024-05-14",
        )
        # the zone named in English is the Polish zone entity
        zone = store.db.all(
            "SELECT DISTINCT e.id FROM doc_entities d JOIN entities e ON e.id = d.entity_id "
            "WHERE d.name IN ('Katowicka Specjalna Strefa Ekonomiczna', 'Katowice Special Economic Zone')"
        )
        assert len(zone) == 1
    finally:
        store.close()


def test_english_document_in_search_pages_and_exports(tmp_path: Path) -> None:
    from kooperacja.web.app import create_app
    from kooperacja.web.testing import ASGIClient

    db = tmp_path / "k.db"
    _ingest(db)
    with ASGIClient(create_app(str(db), None)) as client:
        html = client.get("/doc/en_report").text
        assert 'id="doc-text" lang="en"' in html
        assert 'id="doc-text" lang="pl"' in client.get("/doc/pl_report").text
        found = json.dumps(client.get("/api/search?q=Nordwind").json())
        assert "Nordwind Logistik" in found
    store = open_store(str(db))
    try:
        out = tmp_path / "graph.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            store.export("jsonl", fh)
        text = out.read_text(encoding="utf-8")
        assert "en_report" in text and "pl_report" in text
    finally:
        store.close()
