"""The learned confidence in the store (migration 006): kept per fact, an event's is its most confident
source's, event lists can hide low ones, the API and the event page show it, and the recommender weighs
links by it. Records and texts are our own."""

from __future__ import annotations

from kooperacja.analysis import recommend_partners
from kooperacja.documents.model import Document

TEXT = (
    "Huta Miedzi Zachód podpisała umowę z Centrum Logistyki Odra. Firma Nordkabel zawarła list intencyjny "
    "z Centrum Logistyki Odra, a spółka Polmetal nawiązała współpracę z tym centrum. Gmina Brzeg zatrudni "
    "przy projekcie 30 osób."
)


def _record() -> dict:
    org = {"type": "organization", "subtype": "company", "aliases": []}
    return {
        "doc_id": "conf",
        "lang": "pl",
        "published": "2024-05-06",
        "extractor": "test-1",
        "entities": [
            {**org, "id": "e1", "name": "Huta Miedzi Zachód", "mentions": [[0, 18]], "confidence": 0.95},
            {**org, "id": "e2", "name": "Centrum Logistyki Odra", "mentions": [[37, 59]], "confidence": 0.9},
            {**org, "id": "e3", "name": "Nordkabel", "mentions": [[67, 76]], "confidence": 0.8},
            {**org, "id": "e4", "name": "Polmetal", "mentions": [[128, 136]], "confidence": 0.7},
            {**org, "id": "e5", "name": "Gmina Brzeg", "subtype": "municipality", "mentions": [[177, 188]]},
        ],
        "events": [
            {
                "type": "agreement",
                "date": "2024-05-02",
                "participants": [{"entity": "e1", "confidence": 0.9}, {"entity": "e2", "confidence": 0.9}],
                "evidence": [[0, 60]],
                "confidence": 0.9,
            },
            {
                "type": "letter_of_intent",
                "date": "2024-04-10",
                "participants": [{"entity": "e3", "confidence": 0.9}, {"entity": "e2", "confidence": 0.9}],
                "evidence": [[61, 110]],
                "confidence": 0.85,
            },
            {
                "type": "cooperation",
                "date": "2023-11",
                "participants": [{"entity": "e4", "confidence": 0.3}, {"entity": "e2"}],
                "evidence": [[112, 165]],
                "confidence": 0.1,
            },
        ],
        "figures": [{"entity": "e5", "metric": "jobs", "value": 30, "unit": "count", "confidence": 0.6}],
        "sectors": ["logistics"],
    }


def _ingest(store) -> None:
    doc = Document(doc_id="conf", text=TEXT, source="conf.txt", published="2024-05-06")
    summary = store.ingest_records([_record()], {"conf": doc})
    assert summary["failed"] == 0, summary


def test_confidence_is_stored_per_fact(store) -> None:
    _ingest(store)
    db = store.db
    assert db.scalar("SELECT confidence FROM doc_entities WHERE name = 'Nordkabel'") == 0.8
    assert db.scalar("SELECT confidence FROM doc_entities WHERE name = 'Gmina Brzeg'") is None
    assert sorted(r[0] for r in db.all("SELECT confidence FROM event_sources")) == [0.1, 0.85, 0.9]
    assert db.scalar("SELECT confidence FROM figures") == 0.6
    confs = sorted((r[0] is None, r[0]) for r in db.all("SELECT confidence FROM participants"))
    assert [c for _none, c in confs] == [0.3, 0.9, 0.9, 0.9, 0.9, None]
    assert sorted(r[0] for r in db.all("SELECT confidence FROM events")) == [0.1, 0.85, 0.9]


def test_event_lists_hide_low_confidence_and_show_it(store) -> None:
    _ingest(store)
    assert len(store.events()) == 3
    shown = store.events(min_confidence=0.5)
    assert sorted(e["type"] for e in shown) == ["agreement", "letter_of_intent"]
    ev = store.event(shown[0]["id"])
    assert ev["confidence"] in (0.9, 0.85)
    assert all(p["confidence"] == 0.9 for p in ev["participants"])


def test_recommender_weighs_links_by_confidence(store) -> None:
    _ingest(store)
    ids = {r[1]: r[0] for r in store.db.all("SELECT id, name FROM entities")}
    recs = {r["name"]: r["score"] for r in recommend_partners(store, ids["Huta Miedzi Zachód"], k=10)}
    # both share Centrum Logistyki Odra as a partner; the doubtful cooperation counts for less
    assert recs["Nordkabel"] > recs["Polmetal"] > 0


def test_api_and_event_page_show_confidence(tmp_path) -> None:
    from kooperacja.store import open_store
    from kooperacja.web.app import create_app
    from kooperacja.web.testing import ASGIClient

    path = tmp_path / "conf.db"
    st = open_store(str(path))
    try:
        _ingest(st)
    finally:
        st.close()
    app = create_app(str(path), None)
    with ASGIClient(app) as c:
        every = c.get("/api/events").json()
        assert len(every["items"]) == every["total"] == 3
        sure = c.get("/api/events", params={"min_confidence": "0.5"}).json()["items"]
        assert sorted(e["confidence"] for e in sure) == [0.85, 0.9]
        assert c.get("/api/events", params={"min_confidence": "2"}).status in (400, 422)
        top = next(e for e in sure if e["confidence"] == 0.9)
        assert c.get(f"/api/event/{top['id']}").json()["event"]["confidence"] == 0.9
        page = c.get(f"/event/{top['id']}").text
        assert 'id="event-confidence"' in page and "0.90" in page
        assert 'class="badge confidence"' in page
    app.state.data.close()


def test_ingest_min_confidence_leaves_out_doubtful_facts(tmp_path) -> None:
    import json

    from kooperacja.cli import main
    from kooperacja.extract.confidence import set_min_confidence
    from kooperacja.store import open_store

    (tmp_path / "conf.txt").write_text(TEXT, "utf-8")
    (tmp_path / "conf.json").write_text(json.dumps(_record(), ensure_ascii=False), "utf-8")
    db = tmp_path / "m.db"
    argv = [
        "ingest",
        str(tmp_path / "conf.json"),
        "--db",
        str(db),
        "--records",
        "--min-confidence",
        "0.5",
        "-q",
    ]
    try:
        assert main(argv) == 0
    finally:
        set_min_confidence(None)  # the option sets it for the whole process
    st = open_store(str(db))
    try:
        assert sorted(e["type"] for e in st.events()) == ["agreement", "letter_of_intent"]
        assert st.db.scalar("SELECT COUNT(*) FROM participants WHERE confidence < 0.5") == 0
    finally:
        st.close()
    assert main(["ingest", str(tmp_path / "conf.json"), "--db", str(db), "--min-confidence", "7"]) == 2
