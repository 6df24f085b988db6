"""The store against SQLite and PostgreSQL: ingest, resolution, idempotence, queries, corrections, exports."""

from __future__ import annotations

import copy
import csv
import io
import json
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from kooperacja.analysis import map_points, network, recommend_partners
from kooperacja.documents.model import Document
from kooperacja.store import open_store
from kooperacja.store.db import migration_steps

from .records import TEXT_A, TEXT_C, docs, rec_a, rec_b, rec_c

SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval"


def _ingest_abc(store):
    return store.ingest_records([rec_a(), rec_b(), rec_c()], docs())


def _count(store, table: str) -> int:
    return store.db.scalar(f"SELECT COUNT(*) FROM {table}")


def test_migrations_are_versioned_and_applied_once(db_url):
    s = open_store(db_url)
    v = s.schema_version
    assert v >= 2
    rows = s.db.all("SELECT version, name FROM schema_version ORDER BY version")
    steps = [step[0] for step in migration_steps(s.db.dialect)]
    assert [r[0] for r in rows] == steps and steps[-1] == v
    s.close()
    s = open_store(db_url)
    assert s.db.scalar("SELECT COUNT(*) FROM schema_version") == len(steps)
    s.close()


def test_acronym_and_full_name_resolve_to_one_org_and_one_event(store):
    summary = _ingest_abc(store)
    assert summary["new"] == 3 and summary["failed"] == 0
    katowicka = store.find_entities("Katowicka Specjalna Strefa Ekonomiczna")[0]
    prof = store.entity(katowicka["id"])
    assert "KSSE" in prof["aliases"]
    assert {d["doc_id"] for d in prof["documents"]} == {"a", "b"}
    # the agreement of a (2024-03-12) and of b (2024-03) is one event with two sources
    agreements = store.events(type="agreement")
    assert len(agreements) == 1
    ev = store.event(agreements[0]["id"])
    assert {s["doc_id"] for s in ev["sources"]} == {"a", "b"}
    assert ev["date"] == "2024-03-12"
    assert ev["sources"][0]["evidence_text"].startswith("Katowicka Specjalna Strefa")
    merges = store.merges()
    assert any(m["kind"] == "event" and m["rule"] == "event_overlap" for m in merges)
    assert any(m["kind"] == "mention" and m["rule"].startswith("acronym") for m in merges)


def test_different_full_names_sharing_an_acronym_stay_apart(store):
    _ingest_abc(store)
    names = {e["name"] for e in store.find_entities("KSSE", limit=10)}
    assert "Krakowska Specjalna Strefa Ekonomiczna" in names
    assert "Katowicka Specjalna Strefa Ekonomiczna S.A." in names
    krak = store.find_entities("Krakowska Specjalna Strefa Ekonomiczna")[0]
    assert {d["doc_id"] for d in store.entity(krak["id"])["documents"]} == {"c"}


def test_ambiguous_acronym_is_resolved_by_context(store):
    _ingest_abc(store)
    text = "KSSE przyjęła w Krakowie i Nowej Hucie przedsiębiorców z Bawarii; krakowska strefa rośnie."
    rec = {
        "doc_id": "d",
        "entities": [
            {"id": "e1", "type": "organization", "subtype": "economic_zone", "name": "KSSE", "aliases": []}
        ],
        "events": [],
        "figures": [],
    }
    store.ingest_records([rec], {"d": Document(doc_id="d", text=text, source="d.txt")})
    krak = store.find_entities("Krakowska Specjalna Strefa Ekonomiczna")[0]
    assert "d" in {d["doc_id"] for d in store.entity(krak["id"])["documents"]}
    # with no context the acronym goes to the one most often seen (Katowicka: 2 documents)
    rec2 = copy.deepcopy(rec)
    rec2["doc_id"] = "e"
    store.ingest_records(
        [rec2], {"e": Document(doc_id="e", text="KSSE ogłosiła nowy przetarg na tereny.", source="e.txt")}
    )
    kato = store.find_entities("Katowicka Specjalna Strefa Ekonomiczna")[0]
    assert "e" in {d["doc_id"] for d in store.entity(kato["id"])["documents"]}


def test_reingest_changes_nothing(store):
    _ingest_abc(store)
    before = {
        t: _count(store, t)
        for t in ("documents", "entities", "events", "event_sources", "participants", "figures", "merges")
    }
    summary = _ingest_abc(store)
    assert summary["unchanged"] == 3 and summary["new"] == 0
    after = {t: _count(store, t) for t in before}
    assert before == after


def test_changed_document_replaces_only_its_own_facts(store):
    _ingest_abc(store)
    new_text = TEXT_C.replace("z Bawarii", "z Saksonii")
    rec = rec_c()
    rec["entities"][1] = {
        "id": "e2",
        "type": "place",
        "subtype": "region",
        "name": "Saksonia",
        "country": "DE",
    }
    d = docs()["c"]
    d.text = new_text
    summary = store.ingest_records([rec], {"c": d})
    assert summary["replaced"] == 1
    assert store.find_entities("Bawaria", type="place") == []
    assert store.find_entities("Saksonia", type="place")
    assert store.document("c")["text"] == new_text
    # the other documents' facts are intact
    assert len(store.events(type="agreement")) == 1
    assert _count(store, "documents") == 3


def test_exact_and_near_duplicates(store):
    _ingest_abc(store)
    # the same text under another id is skipped by hash
    dup = Document(doc_id="a-copy", text=TEXT_A, source="copy/a.txt")
    s = store.ingest_records([dict(rec_a(), doc_id="a-copy")], {"a-copy": dup})
    assert s["duplicate"] == 1 and _count(store, "documents") == 3
    # the same story on another portal, lightly edited: a near-duplicate, its event an extra source
    syndicated = "Portal Gospodarczy: " + TEXT_A + " (opr. red.)"
    s = store.ingest_records(
        [dict(rec_a(), doc_id="a-portal")],
        {"a-portal": Document(doc_id="a-portal", text=syndicated, source="portal/a.txt")},
    )
    assert s["near_duplicate"] == 1
    assert store.document("a-portal")["duplicate_of"] == "a"
    agreements = store.events(type="agreement")
    assert len(agreements) == 1
    assert {x["doc_id"] for x in store.event(agreements[0]["id"])["sources"]} == {"a", "b", "a-portal"}
    assert store.stats()["near_duplicates"] == 1


def test_queries(store):
    _ingest_abc(store)
    kato = store.find_entities("KSSE")[0]
    prof = store.entity(kato["id"])
    assert prof["figures"][0]["value"] == 300000000 and prof["figures"][0]["doc_id"] == "a"
    assert prof["partners"][0]["name"] == "Klaster Wodorowy Śląsk"
    assert prof["people"][0]["name"] == "Jan Nowak"
    assert prof["sectors"] == ["energy"]
    assert store.events(org="Klaster Wodorowy Śląsk")[0]["type"] == "agreement"
    assert store.events(sector="energy") and not store.events(sector="health")
    assert store.events(since="2024-01-01") and not store.events(since="2025")
    assert [e["type"] for e in store.events(until="2023-12")] == ["visit"]
    assert [e["type"] for e in store.events(place="Kraków")] == ["visit"]
    assert store.latest_events(1)[0]["type"] == "agreement"
    doc = store.document("a")
    assert doc["mentions"][0]["start"] == 0 and doc["mentions"][0]["name"].startswith("Katowicka")
    assert doc["evidence"][0]["type"] == "agreement"
    st = store.stats()
    assert st["documents"] == 3 and st["events"] == 2
    json.dumps([prof, st, store.event(prof["events"][0]["id"]), doc])  # JSON-serialisable


def test_search_is_inflection_insensitive(store):
    _ingest_abc(store)
    res = store.search("specjalnej strefy ekonomicznej")
    names = [o["name"] for o in res["organizations"]]
    assert any(n.startswith("Katowicka") for n in names) and any(n.startswith("Krakowska") for n in names)
    # "strefie ekonomicznej" in the query, "strefa ekonomiczna" in the text, both ways round
    assert {d["doc_id"] for d in store.search("strefa ekonomiczna")["documents"]} >= {"a"}
    assert "c" in {d["doc_id"] for d in store.search("delegacji z Bawarii")["documents"]}
    assert "c" in {d["doc_id"] for d in store.search("Krakowie")["documents"]}
    assert store.search("klastrem wodorowym")["events"]
    assert store.search("zzzz qqqq") == {
        "organizations": [],
        "people": [],
        "places": [],
        "events": [],
        "documents": [],
    }


def test_user_split_and_merge_survive_reingestion(store):
    recs = [
        {
            "doc_id": "p",
            "entities": [
                {
                    "id": "e1",
                    "type": "organization",
                    "name": "Klaster Wodorowy Śląsk",
                    "aliases": ["Śląski Klaster Energii"],
                }
            ],
            "events": [],
        },
        {
            "doc_id": "q",
            "entities": [
                {"id": "e1", "type": "organization", "name": "Śląski Klaster Energii", "aliases": []}
            ],
            "events": [],
        },
        {
            "doc_id": "r",
            "entities": [
                {
                    "id": "e1",
                    "type": "organization",
                    "name": "Park Naukowo-Technologiczny Euro-Centrum",
                    "aliases": [],
                }
            ],
            "events": [],
        },
        {
            "doc_id": "s",
            "entities": [
                {"id": "e1", "type": "organization", "name": "Euro-Centrum Katowice S.A.", "aliases": []}
            ],
            "events": [],
        },
    ]
    texts = {
        "p": "Klaster Wodorowy Śląsk, czyli Śląski Klaster Energii, rośnie.",
        "q": "Śląski Klaster Energii, czyli klaster wodorowy, ogłosił nabór.",
        "r": "Park Naukowo-Technologiczny Euro-Centrum otwiera biuro.",
        "s": "Euro-Centrum Katowice otwiera kolejne biuro w regionie.",
    }
    documents = {k: Document(doc_id=k, text=v, source=f"{k}.txt") for k, v in texts.items()}
    store.ingest_records(recs, documents)
    merged = store.find_entities("Śląski Klaster Energii")[0]
    assert {d["doc_id"] for d in store.entity(merged["id"])["documents"]} == {"p", "q"}
    res = store.split(merged["id"])
    assert res["ok"] and len(res["created"]) == 1
    a = store.find_entities("Klaster Wodorowy Śląsk")[0]
    b = store.find_entities("Śląski Klaster Energii")[0]
    assert a["id"] != b["id"]
    # two names of one park are two entities until the user merges them
    park = store.find_entities("Park Naukowo-Technologiczny Euro-Centrum")[0]
    short = store.find_entities("Euro-Centrum Katowice")[0]
    assert park["id"] != short["id"]
    assert store.merge(park["id"], short["id"])["ok"]
    assert store.find_entities("Euro-Centrum Katowice")[0]["id"] == park["id"]
    # re-ingest changed texts: the corrections hold
    for k in documents:
        documents[k].text += " Aktualizacja."
    summary = store.ingest_records(recs, documents)
    assert summary["replaced"] == 4
    a = store.find_entities("Klaster Wodorowy Śląsk")[0]
    b = store.find_entities("Śląski Klaster Energii")[0]
    assert a["id"] != b["id"]
    park = store.find_entities("Park Naukowo-Technologiczny Euro-Centrum")[0]
    assert {d["doc_id"] for d in store.entity(park["id"])["documents"]} == {"r", "s"}
    assert store.stats()["corrections"] >= 2
    assert any(m["rule"] == "user" for m in store.merges())


def test_exports(store, tmp_path):
    _ingest_abc(store)
    store.export("csv", tmp_path / "out")
    raw = (tmp_path / "out" / "entities.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert any(r["name"] == "Klaster Wodorowy Śląsk" for r in rows)
    for name in ("events.csv", "participants.csv", "figures.csv", "sources.csv"):
        assert (tmp_path / "out" / name).exists()
    store.export("csv", tmp_path / "out.zip")
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        assert sorted(zf.namelist()) == [
            "entities.csv",
            "event_links.csv",
            "events.csv",
            "figures.csv",
            "participants.csv",
            "sources.csv",
        ]
    store.export("graphml", tmp_path / "g.graphml", network=network(store))
    root = ET.parse(tmp_path / "g.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = root.findall(".//g:node", ns)
    edges = root.findall(".//g:edge", ns)
    assert len(nodes) >= 2 and len(edges) >= 1
    assert edges[0].find("g:data[@key='weight']", ns).text == "1.0"
    store.export("jsonld", tmp_path / "g.jsonld")
    doc = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == "https://schema.org/"
    types = {n["@type"] for n in doc["@graph"]}
    assert {"Organization", "Person", "Place", "Event"} <= types
    store.export("jsonl", tmp_path / "g.jsonl")
    kinds = {
        json.loads(line)["kind"] for line in (tmp_path / "g.jsonl").read_text(encoding="utf-8").splitlines()
    }
    assert kinds == {"entity", "event", "figure"}


def test_network_and_recommendations(store):
    _ingest_abc(store)
    extra = {
        "doc_id": "f",
        "entities": [
            {
                "id": "e1",
                "type": "organization",
                "subtype": "cluster",
                "name": "Klaster Wodorowy Śląsk",
                "aliases": [],
            },
            {
                "id": "e2",
                "type": "organization",
                "subtype": "company",
                "name": "Huta Zielona Energia",
                "aliases": [],
            },
        ],
        "events": [
            {
                "type": "cooperation",
                "date": "2024-05",
                "participants": [{"entity": "e1"}, {"entity": "e2"}],
                "sectors": ["energy"],
            }
        ],
    }
    store.ingest_records([extra])
    net = network(store)
    names = {n["name"] for n in net["nodes"]}
    assert "Huta Zielona Energia" in names and all(e["weight"] >= 1 for e in net["edges"])
    assert network(store, sector="health")["nodes"] == []
    kato = store.find_entities("KSSE")[0]["id"]
    centred = network(store, center=kato)
    assert {n["id"] for n in centred["nodes"]} == {
        kato,
        store.find_entities("Klaster Wodorowy Śląsk")[0]["id"],
    }
    recs = recommend_partners(store, kato)
    assert recs[0]["name"] == "Huta Zielona Energia"
    assert any("common partner" in r["text"] and r["events"] for r in recs[0]["reasons"])
    assert any("energy" in r["text"] for r in recs[0]["reasons"])
    points = map_points(store)
    assert all(p["lat"] is not None for p in points)


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared gold records not present")
def test_gold_records_put_ksse_in_one_organisation(store):
    from kooperacja.store.bulk import iter_records

    read = list(iter_records([SHARED / "seeds", SHARED / "dev"]))
    assert all(isinstance(item, tuple) for item in read), [i for i in read if not isinstance(i, tuple)]
    pairs = [item for item in read if isinstance(item, tuple)]
    summary = store.ingest_records([r for r, _ in pairs], {d.doc_id: d for _, d in pairs if d})
    assert summary["failed"] == 0
    naming = set()
    for rec, _ in pairs:
        for e in rec["entities"]:
            names = " ".join([e["name"], *e.get("aliases", [])])
            if "KSSE" in names or "Katowicka" in names:
                naming.add(rec["doc_id"])
    kato = [e for e in store.find_entities("KSSE", limit=10) if e["name"].startswith("Katowicka")]
    assert len(kato) == 1
    prof = store.entity(kato[0]["id"])
    assert {d["doc_id"] for d in prof["documents"]} == naming
    events_naming = {
        rec["doc_id"]
        for rec, _ in pairs
        for ev in rec["events"]
        for p in ev["participants"]
        for e in rec["entities"]
        if e["id"] == p["entity"] and ("KSSE" in e.get("aliases", []) or e["name"].startswith("Katowicka"))
    }
    sources = {s["doc_id"] for ev in prof["events"] for s in store.event(ev["id"])["sources"]}
    assert events_naming <= sources
