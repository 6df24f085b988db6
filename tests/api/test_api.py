"""The Python API (`kooperacja.api`) on a real SQLite store: files in, profiles, search, events, partners out."""

from __future__ import annotations

from pathlib import Path

import pytest

from kooperacja import api

# invented press items, written for these tests
ZONE_AND_CLUSTER = (
    "Wałbrzyska Specjalna Strefa Ekonomiczna podpisała 14 lutego 2022 r. porozumienie o współpracy "
    "z Klastrem Energii Odnawialnej Sudety. Prezes strefy Anna Kowalczyk mówiła o nowych inwestycjach."
)
CLUSTER_AND_UNIVERSITY = (
    "Klaster Energii Odnawialnej Sudety zawarł 3 marca 2022 r. umowę partnerską z Politechniką Wrocławską. "
    "Uczelnia pomoże firmom klastra w badaniach."
)


def _record(doc_id: str, a: str, a_sub: str, b: str, b_sub: str, date: str) -> dict:
    return {
        "doc_id": doc_id,
        "lang": "pl",
        "published": date,
        "extractor": "test-1",
        "entities": [
            {"id": "e1", "type": "organization", "subtype": a_sub, "name": a, "aliases": []},
            {"id": "e2", "type": "organization", "subtype": b_sub, "name": b, "aliases": []},
        ],
        "events": [
            {
                "type": "agreement",
                "date": date,
                "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
            }
        ],
        "figures": [],
        "sectors": ["energy"],
    }


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "api.db")


def test_ingest_paths_then_show_search_and_events(tmp_path: Path, db: str) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ZONE_AND_CLUSTER, encoding="utf-8")
    (news / "b.txt").write_text(CLUSTER_AND_UNIVERSITY, encoding="utf-8")
    (news / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    with api.open_store(db) as store:
        summary = api.ingest_paths(store, [str(news)])
    assert summary["documents"] == 2, summary
    assert summary["failed"] == 1, summary

    profile = api.show("Klaster Energii Odnawialnej Sudety", db=db)
    assert profile is not None
    assert profile["name"] == "Klaster Energii Odnawialnej Sudety"
    assert profile["type"] == "organization"
    assert {e["type"] for e in profile["events"]} >= {"agreement"}
    assert api.show("Nieistniejąca Organizacja Testowa", db=db) is None

    hits = api.search("klaster energii", db=db)
    assert any(o["name"] == "Klaster Energii Odnawialnej Sudety" for o in hits["organizations"])

    events = api.events(db=db, since="2022-03", until="2022-03")
    assert [e["date"] for e in events] == ["2022-03-03"]
    assert api.events(db=db, since="2030") == []


def test_ingest_records_and_recommend_partners(db: str) -> None:
    records = [
        _record("r1", "Gmina Zielony Dół", "municipality", "Klaster Słońca", "cluster", "2021-05-10"),
        _record("r2", "Klaster Słońca", "cluster", "Huta Jasna", "company", "2021-06-11"),
        _record(
            "r3", "Gmina Zielony Dół", "municipality", "Instytut Wiatru", "research_education", "2021-07-12"
        ),
        _record("r4", "Instytut Wiatru", "research_education", "Huta Jasna", "company", "2021-08-13"),
    ]
    with api.open_store(db) as store:
        summary = api.ingest_records(store, records)
        assert summary["failed"] == 0, summary
        gmina = store.find_entities("Gmina Zielony Dół")[0]["id"]

    by_name = api.recommend_partners("Gmina Zielony Dół", db=db, k=5)
    by_id = api.recommend_partners(gmina, db=db, k=5)
    by_digits = api.recommend_partners(str(gmina), db=db, k=5)
    # Huta Jasna works with both of the gmina's partners and not yet with the gmina
    assert by_name and by_name[0]["name"] == "Huta Jasna"
    assert by_name == by_id == by_digits
    assert all(r["name"] not in ("Klaster Słońca", "Instytut Wiatru") for r in by_name)
    assert api.recommend_partners("Nikt Taki", db=db) == []


def test_extract_is_exported() -> None:
    rec = api.extract(ZONE_AND_CLUSTER, doc_id="x", published="2022-02-15")
    assert rec["doc_id"] == "x" and rec["published"] == "2022-02-15"
    names = {e["name"] for e in rec["entities"]}
    assert "Wałbrzyska Specjalna Strefa Ekonomiczna" in names
    assert {ev["type"] for ev in rec["events"]} == {"agreement"}
    assert set(api.__all__) <= set(dir(api))
