"""The review queue page and its JSON twin, in the real app over a real SQLite store; decisions are
writes behind the token."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kooperacja.store import open_store
from kooperacja.web.testing import ASGIClient

TOKEN = "review-token-Żółw-7"
HERE = Path(__file__).resolve().parent


def _records() -> Any:
    spec = importlib.util.spec_from_file_location(
        "review_records", HERE.parent / "resolve" / "test_review_queue.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod._records(mod.B_TEXT, ["e1", "e2"])


@pytest.fixture()
def review_db(tmp_path: Path) -> Path:
    path = tmp_path / "review.db"
    store = open_store(str(path))
    try:
        records, docs = _records()
        assert store.ingest_records(records, docs)["failed"] == 0
    finally:
        store.close()
    return path


@pytest.fixture()
def app_client(review_db: Path) -> Iterator[ASGIClient]:
    from kooperacja.web.app import create_app

    app = create_app(str(review_db), TOKEN)
    with ASGIClient(app) as c:
        yield c
    app.state.data.close()


def test_review_page_lists_items_and_writes_need_the_token(app_client: ASGIClient) -> None:
    page = app_client.get("/review")
    assert page.status == 200
    html = page.text
    assert "Review queue" in html and "Miasto Nowy Gródek" in html and "share the word stems" in html
    items = app_client.get("/api/review").json()["items"]
    assert {it["kind"] for it in items} == {"entity", "event"}
    ent = next(it for it in items if it["kind"] == "entity")
    # no token, a wrong token: refused, nothing decided
    assert app_client.post(f"/review/{ent['id']}/reject", data={}).status == 401
    assert app_client.post(f"/review/{ent['id']}/reject", data={"token": "wrong"}).status == 401
    assert app_client.post(f"/review/{ent['id']}/explode", data={"token": TOKEN}).status == 404
    assert len(app_client.get("/api/review").json()["items"]) == 2
    done = app_client.post(f"/review/{ent['id']}/reject", data={"token": TOKEN})
    assert done.status == 200 and "rejected" in done.text
    left = app_client.get("/api/review").json()["items"]
    assert [it["kind"] for it in left] == ["event"]
    rejected = app_client.get("/api/review", params={"status": "rejected"}).json()["items"]
    assert [it["id"] for it in rejected] == [ent["id"]]
    # a decided item cannot be decided again
    assert app_client.post(f"/review/{ent['id']}/merge", data={"token": TOKEN}).status == 422
    assert app_client.get("/api/review", params={"status": "bogus"}).status == 422


def test_review_page_is_read_only_without_a_token(review_db: Path) -> None:
    from kooperacja.web.app import create_app

    app = create_app(str(review_db), None)
    with ASGIClient(app) as c:
        assert "read-only" in c.get("/review").text
        item = c.get("/api/review").json()["items"][0]
        assert c.post(f"/review/{item['id']}/merge", data={"token": TOKEN}).status == 403
    app.state.data.close()


def test_event_page_shows_the_linked_founding(tmp_path: Path) -> None:
    from kooperacja.documents.model import Document
    from kooperacja.web.app import create_app

    text = "Gmina Zielona Dolina i Fabryka Maszyn Północ podpisały list intencyjny o utworzeniu Klastra Drzewnego."
    ents = [
        {"id": "e1", "type": "organization", "name": "Gmina Zielona Dolina", "aliases": []},
        {"id": "e2", "type": "organization", "name": "Fabryka Maszyn Północ", "aliases": []},
        {"id": "e3", "type": "organization", "name": "Klaster Drzewny", "aliases": []},
    ]
    rec = {
        "doc_id": "l1",
        "published": "2024-05-10",
        "entities": ents,
        "events": [
            {
                "type": "letter_of_intent",
                "date": "2024-05-06",
                "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                "evidence": [[0, len(text)]],
            },
            {
                "type": "founding",
                "participants": [{"entity": "e3", "role": "founded"}],
                "evidence": [[0, len(text)]],
            },
        ],
    }
    path = tmp_path / "links.db"
    store = open_store(str(path))
    try:
        store.ingest_records(
            [rec], [Document(doc_id="l1", text=text, published="2024-05-10", source="l1.txt")]
        )
        ids = dict(store.db.all("SELECT type, id FROM events"))
    finally:
        store.close()
    app = create_app(str(path), None)
    with ASGIClient(app) as c:
        page = c.get(f"/event/{ids['letter_of_intent']}").text
        assert (
            'id="linked-events"' in page and f'href="/event/{ids["founding"]}"' in page and "led to" in page
        )
        back = c.get(f"/event/{ids['founding']}").text
        assert "followed from" in back
    app.state.data.close()
