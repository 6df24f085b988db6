"""The REST API and the pages, in-process over a real SQLite store built from the test corpus."""

from __future__ import annotations

import json
import re

import pytest

from kooperacja.web.testing import ASGIClient

from .conftest import TOKEN
from .corpus import HOSTILE_IMG, HOSTILE_SCRIPT

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_home_and_stats(client: ASGIClient) -> None:
    r = client.get("/api")
    assert r.status == 200
    body = r.json()
    assert set(body) == {"stats", "latest_events"}
    assert body["stats"]["documents"] == 5
    assert body["stats"]["organizations"] >= 7
    assert body["latest_events"] and {"id", "type", "date", "participants", "url"} <= set(
        body["latest_events"][0]
    )
    assert client.get("/api/stats").json()["events"] == 6
    latest = client.get("/api/latest", params={"limit": 2}).json()
    assert len(latest["items"]) == 2 and latest["total"] == 6
    page = client.get("/")
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    assert client.get("/?format=json").json() == body


def _hits(client: ASGIClient, q: str, kind: str) -> list[dict]:
    return client.get("/api/search", params={"q": q, "kind": kind}).json()["items"]


def test_search_shape_and_inflection(client: ASGIClient) -> None:
    r = client.get("/api/search", params={"q": "KSSE"}).json()
    assert r["q"] == "KSSE"
    assert {"items", "total", "limit", "offset", "facets"} <= set(r)
    assert sum(r["facets"]["kind"].values()) == r["total"]
    orgs = _hits(client, "KSSE", "organization")
    assert "Katowicka Specjalna Strefa Ekonomiczna" in [o["name"] for o in orgs]
    assert all(o["url"].startswith("/org/") for o in orgs)
    # an inflected form finds the base form
    assert any(p["name"] == "Katowice" for p in _hits(client, "Katowicach", "place"))
    empty = client.get("/api/search").json()
    assert empty["total"] == 0
    html = client.get("/search", params={"q": "KSSE"})
    assert html.status == 200 and "Katowicka Specjalna Strefa Ekonomiczna" in html.text


def test_search_pages_and_facets(client: ASGIClient) -> None:
    whole = client.get("/api/search", params={"q": "strefa", "limit": 100}).json()
    assert whole["total"] >= 3
    first = client.get("/api/search", params={"q": "strefa", "limit": 2}).json()
    second = client.get("/api/search", params={"q": "strefa", "limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == whole["total"]
    assert [h["id"] for h in first["items"] + second["items"]] == [h["id"] for h in whole["items"][:4]]
    for kind, n in whole["facets"]["kind"].items():
        assert client.get("/api/search", params={"q": "strefa", "kind": kind}).json()["total"] == n
    # with a kind chosen, the other facets count that kind's hits; the kind facet keeps its alternatives
    events = client.get("/api/search", params={"q": "strefa", "kind": "event"}).json()
    assert sum(events["facets"]["event_type"].values()) == events["total"]
    assert events["facets"]["kind"] == whole["facets"]["kind"]


def test_search_diacritics_only_where_written(client: ASGIClient) -> None:
    # a word written with Polish letters does not match the same letters without them
    loose = {h["name"] for h in _hits(client, "Legnicka", "organization")}
    assert "Legnicka Specjalna Strefa Ekonomiczna" in loose
    assert _hits(client, "Łegnicka", "organization") == []
    assert "Legnicka Specjalna Strefa Ekonomiczna" in {
        h["name"] for h in _hits(client, "legnicka", "organization")
    }


def test_org_profile(client: ASGIClient, ids: dict[str, int]) -> None:
    r = client.get(f"/api/org/{ids['ksse']}")
    assert r.status == 200
    body = r.json()
    e = body["entity"]
    assert e["name"] == "Katowicka Specjalna Strefa Ekonomiczna"
    assert e["type"] == "organization" and e["subtype"] == "economic_zone"
    assert "KSSE" in e["aliases"]
    assert e["people_total"] == len(e["people"])  # the list is capped (store PROFILE_PEOPLE), the total not
    assert {"automotive", "ict"} <= set(e["sectors"])
    fig = e["figures"][0]
    assert fig["metric"] == "investment" and fig["value"] == 44e9 and fig["doc_id"] == "ksse-wuhan"
    assert "44 mld zł" in fig["evidence_text"]
    assert [ev["type"] for ev in e["events"]].count("agreement") == 1
    dates = [ev["date"] for ev in e["events"] if ev["date"]]
    assert dates == sorted(dates)
    partners = e["partners"]
    assert (
        partners[0]["name"] == "Legnicka Specjalna Strefa Ekonomiczna" and partners[0]["shared_events"] == 2
    )
    assert [p["shared_events"] for p in partners] == sorted(
        (p["shared_events"] for p in partners), reverse=True
    )
    assert any(p["name"] == "Janusz Michałek" for p in e["people"])
    net = body["network"]
    assert any(n["id"] == ids["ksse"] for n in net["nodes"]) and net["edges"]
    assert client.get(f"/org/{ids['ksse']}?format=json").json() == body
    page = client.get(f"/org/{ids['ksse']}")
    assert page.status == 200 and "Legnicka Specjalna Strefa Ekonomiczna" in page.text


def test_person_and_place(client: ASGIClient, ids: dict[str, int]) -> None:
    p = client.get(f"/api/person/{ids['michalek']}").json()["entity"]
    assert p["name"] == "Janusz Michałek"
    assert any(r["title"] == "prezes" for r in p["roles"])
    assert client.get(f"/person/{ids['michalek']}").status == 200
    pl = client.get(f"/api/place/{ids['katowice']}").json()
    assert pl["entity"]["name"] == "Katowice"
    assert pl["entity"]["lat"] == pytest.approx(50.26, abs=0.1)
    assert {e["type"] for e in pl["entity"]["events"]} >= {"agreement", "conference"}
    assert client.get(f"/place/{ids['katowice']}").status == 200


def test_wrong_type_redirects(client: ASGIClient, ids: dict[str, int]) -> None:
    r = client.get(f"/person/{ids['ksse']}")
    assert r.status == 307 and r.headers["location"] == f"/org/{ids['ksse']}"
    r = client.get(f"/api/place/{ids['ksse']}")
    assert r.status == 307 and r.headers["location"] == f"/api/org/{ids['ksse']}"
    r = client.get(f"/entity/{ids['katowice']}")
    assert r.status == 307 and r.headers["location"] == f"/place/{ids['katowice']}"
    assert client.get(f"/api/entity/{ids['ksse']}").json()["entity"]["type"] == "organization"


def test_event(client: ASGIClient, ids: dict[str, int]) -> None:
    ev = client.get(f"/api/event/{ids['agreement']}").json()["event"]
    assert ev["type"] == "agreement" and ev["date"] == "2023-10-12" and ev["status"] == "done"
    assert ev["place"]["name"] == "Katowice" and ev["place"]["url"].startswith("/place/")
    assert {p["name"] for p in ev["participants"]} == {
        "Katowicka Specjalna Strefa Ekonomiczna",
        "Wuhan East Lake High-tech Development Zone",
    }
    assert all(p["role"] == "party" for p in ev["participants"])
    src = ev["sources"][0]
    assert src["doc_id"] == "ksse-wuhan" and src["doc_url"] == "/doc/ksse-wuhan"
    assert "porozumienie o współpracy" in src["evidence_text"]
    assert "porozumienie o współpracy" in src["contexts"][0]["mark"]
    html = client.get(f"/event/{ids['agreement']}").text
    assert re.search(r"<mark>[^<]*porozumienie o współpracy[^<]*</mark>", html)


def test_document(client: ASGIClient) -> None:
    d = client.get("/api/doc/ksse-wuhan").json()["document"]
    assert d["doc_id"] == "ksse-wuhan" and d["published"] == "2023-10-13"
    assert d["text"].startswith("Katowicka Specjalna Strefa Ekonomiczna")
    m = d["mentions"][0]
    assert {"start", "end", "entity_id", "type", "name", "url"} <= set(m)
    assert d["text"][m["start"] : m["end"]] in ("Katowicka Specjalna Strefa Ekonomiczna", "KSSE")
    assert d["evidence"] and d["evidence"][0]["type"] == "agreement"
    html = client.get("/doc/ksse-wuhan").text
    assert '<a class="m m-organization" href="/org/' in html
    assert '<mark class="ev ev-agreement"' in html


def test_timeline_and_events(client: ASGIClient) -> None:
    t = client.get("/api/timeline").json()
    assert {"items", "total", "limit", "offset", "per_year", "chips"} <= set(t)
    assert len(t["items"]) == 6 and t["total"] == 6
    assert t["per_year"] == [
        {"year": "2022", "events": 1},
        {"year": "2023", "events": 1},
        {"year": "2024", "events": 3},
    ]
    dates = [e["date"] or "" for e in t["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert all(e.get("what") for e in t["items"])
    only = client.get("/api/timeline", params={"type": "visit"}).json()["items"]
    assert [e["type"] for e in only] == ["visit"]
    two = client.get("/api/events?type=visit&type=investment").json()
    assert {e["type"] for e in two["items"]} == {"visit", "investment"} and two["total"] == 2
    group = client.get("/api/events", params={"type": "any_cooperation"}).json()["items"]
    assert {e["type"] for e in group} <= {"agreement", "letter_of_intent", "cooperation"} and len(group) >= 2
    since = client.get("/api/timeline", params={"since": "2024"}).json()["items"]
    assert all(e["date"] >= "2024" for e in since) and len(since) == 3
    sector = client.get("/api/events", params={"sector": "batteries"}).json()["items"]
    assert [e["type"] for e in sector] == ["investment"]
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 6 and [e["id"] for e in page["items"]] == [e["id"] for e in t["items"][2:4]]
    assert client.get("/timeline?type=visit").status == 200
    assert client.get("/events?type=visit").status == 200


def test_events_by_organisation_name_and_kind(client: ASGIClient) -> None:
    by_name = client.get("/api/events", params={"org": "LSSE"}).json()
    assert by_name["total"] >= 1 and by_name["chips"][0]["label"] == "Legnicka Specjalna Strefa Ekonomiczna"
    zones = client.get("/api/events", params={"kind": "economic_zone"}).json()
    assert zones["total"] >= by_name["total"]
    assert client.get("/api/events", params={"kind": "spaceship"}).status == 422


def test_region_filter_by_containment(client: ASGIClient) -> None:
    # a voivodeship holds its towns: Katowice and Gliwice lie in the Silesian voivodeship
    silesia = client.get("/api/events", params={"region": "slaskie"}).json()
    towns = {e["place"]["name"] for e in silesia["items"] if e.get("place")}
    assert silesia["total"] >= 1 and towns <= {"Katowice", "Gliwice"} and towns
    assert client.get("/api/events", params={"region": "PL-24"}).json()["total"] == silesia["total"]
    assert client.get("/api/events", params={"region": "Atlantyda"}).status == 422


def test_csv_download_rows_equal_total(client: ASGIClient) -> None:
    import csv
    import io

    total = client.get("/api/events", params={"since": "2023"}).json()["total"]
    r = client.get("/timeline", params={"since": "2023", "format": "csv"})
    assert r.status == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert rows[0][:4] == ["id", "date", "type", "what"] and len(rows) - 1 == total
    semi = client.get("/timeline", params={"since": "2023", "format": "csv", "sep": "semicolon"})
    assert semi.text.splitlines()[0].lstrip("\ufeff").startswith("id;date;type")


@pytest.mark.parametrize(
    "url, params",
    [
        ("/timeline", {"since": "2020"}),
        ("/search", {"q": "strefa"}),
        ("/search", {"q": "podpisała"}),  # a diacritic search: a list of hits tested one by one
        ("/timeline", {"type": "agreement", "since": "2999"}),  # no row: the header line only
    ],
)
def test_csv_download_is_streamed_in_parts_that_make_the_whole_list(
    client: ASGIClient, monkeypatch: pytest.MonkeyPatch, url: str, params: dict[str, str]
) -> None:
    """A download is sent in parts (a short first one, then longer ones), each read like a page of the
    list: the file is the same as one made from the whole list at once, every row once, in order."""
    import csv
    import io

    from kooperacja.web import routes_pages

    whole = client.get(url, params={**params, "format": "csv"})
    assert whole.status == 200 and whole.text.startswith("\ufeff")
    for first, part in ((1, 2), (2, 3), (3, 1)):
        monkeypatch.setattr(routes_pages, "CSV_FIRST", first)
        monkeypatch.setattr(routes_pages, "CSV_PART", part)
        parted = client.get(url, params={**params, "format": "csv", "sep": "semicolon"})
        plain = client.get(url, params={**params, "format": "csv"})
        assert plain.body == whole.body, (first, part)
        rows = list(csv.reader(io.StringIO(parted.text.lstrip("\ufeff")), delimiter=";"))
        assert len(rows) == len(list(csv.reader(io.StringIO(whole.text.lstrip("\ufeff")))))
    rows = list(csv.reader(io.StringIO(whole.text.lstrip("\ufeff"))))
    ids = [tuple(r[:2]) for r in rows[1:]]
    assert len(ids) == len(set(ids))
    json_total = client.get(url, params={**params, "format": "json"}).json()["total"]
    assert len(rows) - 1 == json_total
    # errors still get their status: the first part is read before the answer starts
    assert client.get(url, params={**params, "format": "csv", "sep": "tab"}).status == 422
    assert client.get("/timeline", params={"since": "nie-data", "format": "csv"}).status == 422


def test_polish_by_default_english_on_request(client: ASGIClient) -> None:
    pl = client.get("/timeline")
    assert '<html lang="pl">' in pl.text and "Oś czasu" in pl.text
    en = client.get("/timeline?lang=en")
    assert '<html lang="en">' in en.text and "Timeline" in en.text and "Oś czasu" not in en.text
    assert "lang=en" in en.headers.get("set-cookie", "")


def test_partners_route(client: ASGIClient, ids: dict[str, int]) -> None:
    r = client.get(f"/api/org/{ids['ksse']}/partners").json()
    assert {"items", "total", "limit", "offset"} <= set(r)
    for p in r["items"]:
        assert p["id"] != ids["ksse"] and p["reasons"]
    assert client.get("/api/org/999999/partners").status == 404


def test_network_and_filters(client: ASGIClient, ids: dict[str, int]) -> None:
    net = client.get("/api/network").json()
    assert len(net["nodes"]) == 8 and net["edges"]
    node = net["nodes"][0]
    assert {"id", "name", "url", "subtype"} <= set(node)
    e = net["edges"][0]
    assert {"source", "target", "weight"} <= set(e)
    inv = client.get("/api/network", params={"type": "investment"}).json()
    assert {n["name"] for n in inv["nodes"]} == {
        "LG Energy Solution",
        "Legnicka Specjalna Strefa Ekonomiczna",
    }
    around = client.get("/api/network", params={"center": ids["lsse"]}).json()
    assert {n["name"] for n in around["nodes"]} >= {
        "LG Energy Solution",
        "Katowicka Specjalna Strefa Ekonomiczna",
    }
    zones = client.get("/api/network", params={"subtype": "economic_zone"}).json()
    assert {n["subtype"] for n in zones["nodes"]} == {"economic_zone"}
    de = client.get("/api/network", params={"region": "DE"}).json()
    assert "Wirtschaftsförderung Sachsen" in {n["name"] for n in de["nodes"]}
    silesia = client.get("/api/network", params={"region": "slaskie"}).json()
    assert silesia["nodes"]
    # links list their shared events with dates; the table orders organisations by their links
    assert net["shared_listed"] and all(len(e["shared"]) == min(e["weight"], 5) for e in net["edges"])
    assert all({"id", "type", "date"} <= set(x) for e in net["edges"] for x in e["shared"])
    degree = {n["id"]: n["degree"] for n in net["nodes"]}
    assert sorted(degree) == sorted(net["by_degree"])
    assert [degree[i] for i in net["by_degree"]] == sorted(degree.values(), reverse=True)
    by_name = client.get("/api/network", params={"center": "KSSE", "depth": 2}).json()
    assert by_name["center_name"] == "Katowicka Specjalna Strefa Ekonomiczna"
    near = client.get("/api/network", params={"center": "KSSE"}).json()
    assert len(by_name["nodes"]) >= len(near["nodes"])
    html = client.get("/network?type=investment")
    assert html.status == 200 and 'id="network-data"' in html.text


def test_map(client: ASGIClient) -> None:
    m = client.get("/api/map").json()
    pts = m["points"]
    assert pts and all({"id", "name", "lat", "lon", "url", "events"} <= set(p) for p in pts)
    assert any(p["name"] == "Katowice" for p in pts)
    assert m["events_total"] == sum(p["events_count"] for p in pts) + m["events_off_map"]
    # organisations only at a town: the zones at their seats, never at a country's centre
    orgs = {o["name"]: o for o in m["organizations"]}
    assert orgs["Katowicka Specjalna Strefa Ekonomiczna"]["seat"] == "Katowice"
    assert m["organizations_without_seat"] >= 1
    assert m["organizations_total"] == len(orgs)  # all drawn below the cap (views.MAP_ORGS)
    visits = client.get("/api/map", params={"type": "visit"}).json()
    assert {e["type"] for p in visits["points"] for e in p["events"]} <= {"visit"}
    assert client.get("/map").status == 200


def test_map_draws_the_organisations_in_most_documents(
    client: ASGIClient, corpus_db: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kooperacja.store import open_store
    from kooperacja.web import views
    from kooperacja.web.app import create_app

    every = {o["id"] for o in client.get("/api/map").json()["organizations"]}
    monkeypatch.setattr(views, "MAP_ORGS", 1)
    app = create_app(str(corpus_db), None)
    with ASGIClient(app) as c:
        m = c.get("/api/map").json()
        page = c.get("/map").text
    app.state.data.close()
    assert len(m["organizations"]) == 1 < m["organizations_total"] == len(every)
    drawn = {o["id"] for o in m["organizations"]}
    st = open_store(str(corpus_db))
    try:
        docs = dict(st.db.all("SELECT id, doc_count FROM entities WHERE type = 'organization'"))
    finally:
        st.close()
    assert min(docs[i] for i in drawn) >= max(docs[i] for i in every - drawn)
    assert "na mapie: te z największą liczbą dokumentów" in page


@pytest.mark.parametrize(
    "url",
    [
        "/api/org/999999",
        "/api/event/999999",
        "/api/doc/no-such-doc",
        "/api/person/999999",
        "/api/nope",
        "/api/entity/999999",
    ],
)
def test_api_404_is_json(client: ASGIClient, url: str) -> None:
    r = client.get(url)
    assert r.status == 404
    body = r.json()
    assert body["status"] == 404 and body["error"] == "not_found" and body["detail"]


@pytest.mark.parametrize("url", ["/org/999999", "/event/999999", "/doc/no-such-doc", "/no/such/page"])
def test_page_404_is_friendly(client: ASGIClient, url: str) -> None:
    r = client.get(url)
    assert r.status == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "Nie znaleziono" in r.text and "Traceback" not in r.text


@pytest.mark.parametrize(
    "url",
    [
        "/api/timeline?since=yesterday",
        "/api/timeline?type=party",
        "/api/network?depth=3",
        "/api/map?kind=dragon",
        "/api/org/abc",
        "/api/latest?limit=0",
        "/api/search?q=" + "x" * 300,
    ],
)
def test_bad_parameters_are_422(client: ASGIClient, url: str) -> None:
    r = client.get(url)
    assert r.status == 422, r.text
    assert r.json()["status"] == 422
    assert client.get(url.replace("/api/", "/", 1)).status in (404, 422)


def test_openapi_and_docs(client: ASGIClient) -> None:
    spec = client.get("/api/openapi.json").json()
    paths = spec["paths"]
    for p in [
        "/api/search",
        "/api/org/{entity_id}",
        "/api/event/{event_id}",
        "/api/doc/{doc_id}",
        "/api/network",
        "/api/map",
        "/api/timeline",
        "/api/documents",
        "/api/merge",
        "/api/split",
    ]:
        assert p in paths, p
    assert not any(p.startswith("/org") for p in paths)  # pages stay out of the API document
    docs = client.get("/api/docs")
    assert docs.status == 200 and "/api/network" in docs.text
    assert "cdn" not in docs.text.lower()


def test_security_headers(client: ASGIClient) -> None:
    for url in ["/", "/api/stats", "/no/such/page", "/static/css/app.css"]:
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_pages_load_nothing_from_outside(client: ASGIClient, ids: dict[str, int]) -> None:
    for url in ["/", "/network", "/map", f"/org/{ids['ksse']}", "/timeline", "/upload"]:
        html = client.get(url).text
        for src in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert not re.match(r"^(https?:)?//", src) or "example.pl" in src, (url, src)
        assert "<script>" not in html  # no inline scripts (only src= and application/json blocks)


def test_hostile_text_is_escaped_everywhere(client: ASGIClient, ids: dict[str, int]) -> None:
    doc = client.get("/doc/hostile").text
    assert HOSTILE_SCRIPT not in doc
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc
    assert "<img" not in doc
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in doc
    for url in ["/", f"/org/{ids['ksse']}", "/network", "/timeline", "/search?q=Firma", "/map"]:
        html = client.get(url).text
        assert "<img" not in html, url
        assert HOSTILE_SCRIPT not in html, url
    net = client.get("/network").text
    block = re.search(r'<script type="application/json" id="network-data">(.*?)</script>', net, re.S).group(1)
    assert "\\u003cimg" in block and "<" not in block and ">" not in block
    assert any("onerror=alert(2)" in n["name"] for n in json.loads(block)["nodes"])
    # the API returns the text as it is, as JSON
    assert HOSTILE_IMG in client.get("/api/doc/hostile").json()["document"]["text"]
    # the query string is escaped too
    r = client.get("/search", params={"q": HOSTILE_SCRIPT})
    assert r.status == 200 and HOSTILE_SCRIPT not in r.text


# ---- writes ---------------------------------------------------------------------------------------


def test_read_only_server_refuses_writes(client: ASGIClient) -> None:
    for url, kw in [
        ("/api/documents", {"json": {"text": "Tekst."}}),
        ("/api/merge", {"json": {"a": 1, "b": 2}}),
        ("/api/split", {"json": {"entity_id": 1}}),
        ("/api/documents", {"data": {"text": "Tekst.", "token": "x"}}),
    ]:
        r = client.post(url, headers={"Authorization": "Bearer anything"}, **kw)
        assert r.status == 403, (url, r.text)
        assert r.json()["error"] == "read_only"
    page = client.post("/upload", data={"text": "Tekst.", "token": "x"})
    assert page.status == 403 and page.headers["content-type"].startswith("text/html")
    assert client.post("/corrections/merge", data={"a": "1", "b": "2", "token": "x"}).status == 403
    assert (
        "read-only" in client.get("/upload?lang=en").text and "tylko do odczytu" in client.get("/upload").text
    )


def test_token_is_checked(writer: ASGIClient) -> None:
    r = writer.post("/api/documents", json={"text": "Tekst."})
    assert r.status == 401 and r.json()["error"] == "bad_token"
    r = writer.post("/api/documents", json={"text": "Tekst."}, headers={"Authorization": "Bearer wrong"})
    assert r.status == 401
    r = writer.post("/api/merge", json={"a": 1, "b": 2}, headers={"Authorization": "Basic " + TOKEN})
    assert r.status == 401
    r = writer.post("/upload", data={"text": "Tekst.", "token": "wrong"})
    assert r.status == 401 and "Traceback" not in r.text


def test_upload_pasted_text_and_file(writer: ASGIClient) -> None:
    text = (
        "Katowicka Specjalna Strefa Ekonomiczna podpisała 5 maja 2024 r. w Gliwicach porozumienie "
        "o współpracy z Politechniką Śląską."
    )
    r = writer.post(
        "/api/documents",
        json={"text": text, "title": "Nowe porozumienie", "published": "2024-05-06"},
        headers=AUTH,
    )
    assert r.status == 201, r.text
    doc = r.json()["ingested"][0]
    assert doc["url"].startswith("/doc/")
    got = writer.get("/api" + doc["url"]).json()["document"]
    assert got["text"] == text and got["title"] == "Nowe porozumienie"
    # a file through the HTML form, with the token as a form field: redirected to the new document
    r = writer.post(
        "/upload",
        data={"token": TOKEN},
        files={
            "file": (
                "notatka.txt",
                "Legnicka Specjalna Strefa Ekonomiczna gościła delegację z Saksonii.".encode(),
                "text/plain",
            )
        },
    )
    assert r.status == 303 and r.headers["location"] == "/doc/notatka"
    assert "gościła delegację" in writer.get("/doc/notatka").text
    # a Windows-1250 file is decoded
    r = writer.post(
        "/api/documents",
        headers=AUTH,
        files={"file": ("cp.txt", "Zażółć gęślą jaźń — współpraca gmin.".encode("cp1250"), "text/plain")},
    )
    assert r.status == 201, r.text
    assert "Zażółć" in writer.get("/api/doc/cp").json()["document"]["text"]


def test_upload_validation(writer: ASGIClient) -> None:
    r = writer.post(
        "/api/documents",
        headers=AUTH,
        files={"file": ("x.bin", bytes(range(256)) * 10, "application/octet-stream")},
    )
    assert r.status == 415 and r.json()["status"] == 415
    r = writer.post("/api/documents", headers=AUTH, json={"text": "   "})
    assert r.status == 422
    r = writer.post("/api/documents", headers=AUTH, json={"text": "Tekst.", "published": "wczoraj"})
    assert r.status == 422
    r = writer.post("/api/documents", headers=AUTH, body=b"text=1")
    assert r.status == 415


def test_upload_size_limit(writer: ASGIClient) -> None:
    big = b"a" * (5 * 1024 * 1024 + 1)
    r = writer.post("/api/documents", headers=AUTH, files={"file": ("big.txt", big, "text/plain")})
    assert r.status == 413 and r.json()["error"] == "payload_too_large"
    huge = b"a" * (6 * 1024 * 1024)
    r = writer.post("/api/documents", headers=AUTH, files={"file": ("huge.txt", huge, "text/plain")})
    assert r.status == 413 and r.json()["status"] == 413
    page = writer.post("/upload", files={"file": ("huge.txt", huge, "text/plain")}, data={"token": TOKEN})
    assert page.status == 413 and page.headers["content-type"].startswith("text/html")


def test_merge_and_split(writer: ASGIClient) -> None:
    found = writer.get("/api/search", params={"q": "Grupa PTWP", "kind": "organization"}).json()["items"]
    ptwp = next(o["id"] for o in found if o["name"] == "Grupa PTWP")
    found = writer.get("/api/search", params={"q": "LG Energy Solution", "kind": "organization"}).json()[
        "items"
    ]
    lg = next(o["id"] for o in found if o["name"] == "LG Energy Solution")
    r = writer.post("/api/merge", json={"a": ptwp, "b": lg, "reason": "test"}, headers=AUTH)
    assert r.status == 200, r.text
    assert r.json()["merged"]["ok"] is True
    assert writer.get(f"/api/org/{lg}").status == 404
    r = writer.post("/api/split", json={"entity_id": ptwp}, headers=AUTH)
    assert r.status == 200, r.text
    assert r.json()["split"]["created"]
    # refusals: same id, unknown ids, a second split with nothing to split
    assert writer.post("/api/merge", json={"a": ptwp, "b": ptwp}, headers=AUTH).status == 422
    assert writer.post("/api/merge", json={"a": ptwp, "b": 999999}, headers=AUTH).status == 404
    assert writer.post("/api/split", json={"entity_id": ptwp}, headers=AUTH).status == 422
    assert writer.post("/api/merge", json={"a": "x"}, headers=AUTH).status == 422
    # the HTML form
    r = writer.post("/corrections/split", data={"entity_id": str(ptwp), "token": TOKEN})
    assert r.status == 422 and "Traceback" not in r.text


def test_internal_errors_are_clean(corpus_db: object) -> None:
    from kooperacja.web.app import create_app

    app = create_app(str(corpus_db), None)

    def boom(*a: object, **k: object) -> None:
        raise ZeroDivisionError("secret internals")

    app.state.data.stats = boom
    with ASGIClient(app) as c:
        r = c.get("/api/stats")
        assert r.status == 500 and r.json()["error"] == "internal_error"
        assert "secret" not in r.text and "Traceback" not in r.text
        r = c.get("/")
        assert r.status == 500 and r.headers["content-type"].startswith("text/html")
        assert "secret" not in r.text and "Traceback" not in r.text


def test_unopenable_database_is_503(tmp_path: object) -> None:
    from kooperacja.web.app import create_app

    blocker = tmp_path / "file"  # type: ignore[operator]
    blocker.write_text("x")
    with ASGIClient(create_app(str(blocker / "sub" / "x.db"), None)) as c:
        r = c.get("/api/stats")
        assert r.status == 503 and r.json()["error"] == "unavailable"
        assert c.get("/").status == 503


def test_serve_command_is_registered() -> None:
    from kooperacja.cli import build_parser

    args = build_parser().parse_args(["serve", "--db", "x.db", "--port", "8123", "--token", "t"])
    assert args.command == "serve" and args.port == 8123 and args.token == "t" and args.host == "127.0.0.1"


def test_cached_views_follow_outside_writes(writer: ASGIClient, fresh_db: object) -> None:
    """The network/map/stats cache notices a write by another connection (another process, the CLI)."""
    from kooperacja.documents.model import Document
    from kooperacja.store import open_store

    before = writer.get("/api/network").json()
    assert writer.get("/api/stats").json()["documents"] == 5
    text = "Opolski Park Naukowo-Technologiczny podpisał porozumienie z KSSE."
    record = {
        "doc_id": "outside",
        "entities": [
            {"id": "e1", "type": "organization", "subtype": "technology_park",
             "name": "Opolski Park Naukowo-Technologiczny", "mentions": [[0, 35]]},
            {"id": "e2", "type": "organization", "subtype": "economic_zone",
             "name": "Katowicka Specjalna Strefa Ekonomiczna", "aliases": ["KSSE"], "mentions": [[61, 65]]},
        ],
        "events": [{"type": "agreement", "date": "2025-01-15",
                    "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                    "evidence": [[0, len(text)]]}],
    }  # fmt: skip
    store = open_store(str(fresh_db))
    try:
        store.ingest_records([record], [Document(doc_id="outside", text=text)])
    finally:
        store.close()
    after = writer.get("/api/network").json()
    assert len(after["nodes"]) == len(before["nodes"]) + 1
    assert writer.get("/api/stats").json()["documents"] == 6


def test_serve_takes_the_token_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, corpus_db: object
) -> None:
    import uvicorn

    from kooperacja.cli import build_parser
    from kooperacja.cli.serve_cmd import app_from_environment

    seen: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    for key in ("DB", "TOKEN", "HEADER_TIMEOUT", "MAX_CONNECTIONS"):  # restored after the test
        monkeypatch.setenv(f"KOOPERACJA_SERVE_{key}", "")
    monkeypatch.setenv("KOOPERACJA_TOKEN", "from-env-token-0123")
    args = build_parser().parse_args(["serve", "--db", str(corpus_db), "--port", "8124"])
    assert args.func(args) == 0
    assert app_from_environment().state.token == "from-env-token-0123"
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8124
    monkeypatch.delenv("KOOPERACJA_TOKEN")
    args = build_parser().parse_args(["serve", "--db", str(corpus_db)])
    args.func(args)
    assert app_from_environment().state.token is None


def test_missing_database_is_refused_unless_created(tmp_path: object) -> None:
    from kooperacja.web.app import create_app

    typo = tmp_path / "typo.db"  # type: ignore[operator]
    with pytest.raises(FileNotFoundError, match="typo.db"):
        create_app(str(typo), None, create=False)
    assert not typo.exists()
    create_app(str(typo), None, create=True).state.data.close()


def test_every_label_has_a_polish_translation() -> None:
    """Each `_("…")` of the templates and each code label is in the Polish catalogue."""
    import re
    from pathlib import Path

    from kooperacja.web import i18n, labels

    cat = i18n.catalogue("pl")
    wanted: set[str] = set()
    folder = Path(i18n.__file__).parent / "templates"
    for f in folder.glob("*.html"):
        wanted.update(
            a or b for a, b in re.findall(r"""_\(\s*(?:"([^"]+)"|'([^']+)')\s*[,)]""", f.read_text())
        )
    for table in (labels.EVENT_TYPES, labels.SUBTYPES, labels.ROLE_LABELS, labels.METRICS):
        wanted.update(table.values())
    missing = sorted(w for w in wanted if w not in cat)
    assert not missing, missing


def test_one_name_per_link_kind(client: ASGIClient, ids: dict[str, int]) -> None:
    """`url`: the item's own page; `doc_url`: the page of the document it comes from; `source_url`: the
    original article; `id`: the item's id (participants too)."""
    d = client.get("/api/doc/ksse-wuhan").json()["document"]
    assert d["url"] == "/doc/ksse-wuhan" and d["source_url"] == "https://example.pl/ksse-wuhan"
    ev = client.get(f"/api/event/{ids['agreement']}").json()["event"]
    assert ev["url"] == f"/event/{ids['agreement']}"
    src = ev["sources"][0]
    assert src["doc_url"] == "/doc/ksse-wuhan" and src["source_url"] == "https://example.pl/ksse-wuhan"
    assert all({"id", "url"} <= set(p) and "entity_id" not in p for p in ev["participants"])
    hits = client.get("/api/search", params={"q": "Wuhan", "kind": "document"}).json()["items"]
    assert hits[0]["url"] == "/doc/ksse-wuhan" and hits[0]["source_url"] == "https://example.pl/ksse-wuhan"
    org = client.get(f"/api/org/{ids['ksse']}").json()["entity"]
    assert all(doc["url"].startswith("/doc/") for doc in org["documents"])


def test_openapi_documents_the_real_error_shape(client: ASGIClient) -> None:
    spec = client.get("/api/openapi.json").json()
    events = spec["paths"]["/api/events"]["get"]
    err = events["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    assert set(spec["components"]["schemas"][err]["properties"]) == {"error", "status", "detail"}
    page = events["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    assert {"items", "total", "limit", "offset"} <= set(spec["components"]["schemas"][page]["properties"])
    real = client.get("/api/events", params={"since": "yesterday"})
    assert real.status == 422 and set(real.json()) == {"error", "status", "detail"}


def test_pages_negotiate_json(client: ASGIClient) -> None:
    """One view per path: the page answers JSON to `?format=json` and to a client that accepts only JSON."""
    as_json = client.get("/timeline?type=visit", headers={"Accept": "application/json"})
    assert as_json.headers["content-type"].startswith("application/json")
    assert as_json.json() == client.get("/timeline?type=visit&format=json").json()
    assert as_json.json()["total"] == client.get("/api/events?type=visit").json()["total"]
    browser = client.get("/timeline", headers={"Accept": "text/html,application/json;q=0.9"})
    assert browser.headers["content-type"].startswith("text/html")
    assert client.get("/timeline?format=xml").status == 422


def test_english_pages_have_no_polish_labels(client: ASGIClient) -> None:
    """The labels drawn by the shared macros (event types, dates, roles, filters) follow the page's language."""
    import re

    def labels(html: str) -> tuple[set[str], set[str]]:
        kinds = set(re.findall(r'class="evtype evtype-[a-z_]+" href="[^"]*">([^<]+)<', html))
        dates = set(re.findall(r'class="date">([^<]+)<', html))
        return kinds, dates

    en = client.get("/timeline?lang=en").text
    kinds, dates = labels(en)
    assert "letter of intent" in kinds and "list intencyjny" not in kinds
    assert "May 3, 2024" in dates and "3 maja 2024" not in dates
    assert "Event type" in en and "Rodzaj wydarzenia" not in en
    pl = client.get("/timeline?lang=pl").text
    kinds, dates = labels(pl)
    assert "list intencyjny" in kinds and "3 maja 2024" in dates and "Rodzaj wydarzenia" in pl
