"""Invented reports of one happening by different portals, ingested into a real SQLite store.

The records in `fixtures/records.json` are written by hand for the texts beside them (what a good
extraction gives), so that the test measures resolution, not the extractor:
- a1 (Polish, 8 June 2021, letter of intent), a2 (Polish, "Wiśniowska SSE", "w czerwcu 2021",
  called an agreement), a3 (English, "The Wisniow Special Economic Zone (WSSE)", "on Tuesday", no
  date), a4 (a1 syndicated on another portal, its event undated): one event with four sources;
- b1: the same parties two years earlier; b2: the same day and type with another partner: apart;
- c1 (a visit 14–16 March 2022) and c2 (the same visit, 15 March 2022): one event.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kooperacja.documents import read_paths
from kooperacja.store import open_store

FIX = Path(__file__).parent / "fixtures"


def _load(order: list[str] | None = None) -> tuple[list[dict[str, Any]], list[Any]]:
    records = json.loads((FIX / "records.json").read_text(encoding="utf-8"))
    if order:
        records = sorted(records, key=lambda r: order.index(r["doc_id"]))
    docs = [d for d in read_paths(sorted(str(p) for p in FIX.glob("*.txt")))]
    return records, docs


def _events_by_doc(store: Any) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for doc_id, event_id in store.db.all(
        "SELECT d.doc_id, s.event_id FROM event_sources s JOIN documents d ON d.id = s.doc_pk"
    ):
        out.setdefault(doc_id, set()).add(int(event_id))
    return out


FORWARD = [
    "a1_infostrefa",
    "a2_gospodarka24",
    "a3_polandbiz",
    "a4_regionlogistyka",
    "b1_archiwum",
    "b2_debowa",
    "c1_marszalek",
    "c2_kurier",
]


@pytest.mark.parametrize("order", [FORWARD, FORWARD[::-1]], ids=["forward", "reversed"])
def test_fixture_reports_merge_and_near_misses_stay_apart(tmp_path: Path, order: list[str]) -> None:
    records, docs = _load(order)
    store = open_store(str(tmp_path / "k.db"))
    try:
        summary = store.ingest_records(records, documents=docs)
        assert summary["failed"] == 0, summary
        by_doc = _events_by_doc(store)
        (main,) = by_doc["a1_infostrefa"]
        for d in ("a2_gospodarka24", "a3_polandbiz", "a4_regionlogistyka"):
            assert by_doc[d] == {main}, d
        assert by_doc["b1_archiwum"].isdisjoint({main})
        assert by_doc["b2_debowa"].isdisjoint({main} | by_doc["b1_archiwum"])
        assert by_doc["c1_marszalek"] == by_doc["c2_kurier"]

        event = store.event(main)
        assert event is not None
        assert {s["doc_id"] for s in event["sources"]} == {
            "a1_infostrefa",
            "a2_gospodarka24",
            "a3_polandbiz",
            "a4_regionlogistyka",
        }
        assert event["date"] == "2021-06-08"  # the most precise of the sources' dates
        # the zone and the cluster are one entity each across Polish and English names
        names = {p["entity_id"] for p in event["participants"]}
        assert len(names) == 2
        # the reasons are recorded
        rules = {r[0] for r in store.db.all("SELECT rule FROM merges WHERE kind = 'event'")}
        assert "near_duplicate" in rules or order != FORWARD
        assert "event_overlap" in rules
        reasons = [r[0] for r in store.db.all("SELECT reason FROM merges WHERE kind = 'event'")]
        assert any("score" in r and "participants" in r for r in reasons)
        if order == FORWARD:
            assert any("2021-06-08 within 2021-06" in r for r in reasons)
        dup = store.db.scalar(
            "SELECT o.doc_id FROM documents d JOIN documents o ON o.id = d.duplicate_of WHERE d.doc_id = ?",
            ("a4_regionlogistyka" if order == FORWARD else "a1_infostrefa",),
        )
        assert dup == ("a1_infostrefa" if order == FORWARD else "a4_regionlogistyka")
    finally:
        store.close()


def test_translated_names_with_one_acronym_are_one_entity(tmp_path: Path) -> None:
    records, docs = _load()
    store = open_store(str(tmp_path / "k.db"))
    try:
        store.ingest_records(records, documents=docs)
        zones = store.db.all("SELECT id, name FROM entities WHERE subtype = 'economic_zone'")
        assert len(zones) == 1 and zones[0][1].startswith("Wiśniowska"), zones
        clusters = store.db.all("SELECT id, name FROM entities WHERE subtype = 'cluster'")
        assert len(clusters) == 1, clusters
        why = store.db.all(
            "SELECT rule, reason FROM merges WHERE kind = 'mention' AND rule = 'acronym_translation'"
        )
        assert why and "wisn" in why[0][1]
    finally:
        store.close()
