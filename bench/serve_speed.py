"""Serving speed: p50/p95 server time of every page and API route over a database of 10,000+ documents.

    python bench/serve_speed.py                       # builds ./serve_speed.db once (10,000 docs), then measures
    python bench/serve_speed.py --db my.db --repeat 30
    python bench/serve_speed.py --docs 2000 --db small.db   # a quicker run

The database is built from synthetic extraction records (organisations, people, places from the
gazetteer, events of every type, figures) with `store.ingest_records`, so the run does not depend on
the extractor. The app runs in-process (the ASGI app called directly, no sockets), so the times are
the server's own: routing, store queries, rendering. Target: p95 < 50 ms for every route (pages, API, CSV)
and no response over 500 kB.

Two times per request: wall (what a user waits) and CPU of this process (the server's own work; on a
machine shared with other work the wall time also holds the waits for a core). The load average is
printed before and after: rerun when it is high.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kooperacja.documents.model import Document  # noqa: E402

CITIES = [
    ("Katowice", "Katowicach"), ("Gliwice", "Gliwicach"), ("Legnica", "Legnicy"), ("Wrocław", "Wrocławiu"),
    ("Kraków", "Krakowie"), ("Łódź", "Łodzi"), ("Poznań", "Poznaniu"), ("Gdańsk", "Gdańsku"),
    ("Rzeszów", "Rzeszowie"), ("Lublin", "Lublinie"), ("Kielce", "Kielcach"), ("Opole", "Opolu"),
    ("Szczecin", "Szczecinie"), ("Białystok", "Białymstoku"), ("Olsztyn", "Olsztynie"), ("Toruń", "Toruniu"),
    ("Bydgoszcz", "Bydgoszczy"), ("Tarnobrzeg", "Tarnobrzegu"), ("Mielec", "Mielcu"), ("Starachowice", "Starachowicach"),
]  # fmt: skip
ZONES = [
    ("Katowicka Specjalna Strefa Ekonomiczna", "KSSE"), ("Legnicka Specjalna Strefa Ekonomiczna", "LSSE"),
    ("Wałbrzyska Specjalna Strefa Ekonomiczna", "WSSE"), ("Łódzka Specjalna Strefa Ekonomiczna", "ŁSSE"),
    ("Pomorska Specjalna Strefa Ekonomiczna", "PSSE"), ("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", "KSSSE"),
    ("Krakowski Park Technologiczny", "KPT"), ("Specjalna Strefa Ekonomiczna Euro-Park Mielec", "SSE Euro-Park Mielec"),
    ("Tarnobrzeska Specjalna Strefa Ekonomiczna", "TSSE"), ("Starachowicka Specjalna Strefa Ekonomiczna", "SSSE"),
]  # fmt: skip
COMPANY_WORDS = [
    "Auto",
    "Tech",
    "Energo",
    "Metal",
    "Bio",
    "Logi",
    "Agro",
    "Chem",
    "Data",
    "Aero",
    "Tex",
    "Bud",
]
COMPANY_ENDS = ["pol", "tron", "med", "plast", "soft", "mar", "trans", "wood", "gen", "lab"]
SUFFIX = ["Sp. z o.o.", "S.A.", "GmbH", "Ltd"]
SECTORS = ["automotive", "electromobility", "batteries", "aerospace", "machinery", "ict", "ai", "logistics",
           "food_agri", "renewable_energy", "health", "chemicals", "construction", "defence"]  # fmt: skip
TYPES = [
    ("agreement", "podpisała porozumienie o współpracy z", "party", "party"),
    ("letter_of_intent", "podpisała list intencyjny z", "party", "party"),
    ("cooperation", "rozpoczęła współpracę z", "party", "party"),
    ("visit", "gościła delegację", "host", "visitor"),
    ("investment", "ogłosiła inwestycję wspólnie z", "host", "investor"),
    ("conference", "zorganizowała forum gospodarcze z udziałem", "organizer", "participant"),
    ("membership", "przyjęła do grona członków", "group", "member"),
    ("award", "przyznała nagrodę dla", "grantor", "recipient"),
    ("founding", "założyła klaster razem z", "founder", "founder"),
]


def make_orgs(rng: random.Random, n_companies: int) -> list[dict[str, Any]]:
    orgs: list[dict[str, Any]] = [
        {"name": n, "aliases": [a], "subtype": "economic_zone", "country": "PL", "form": n} for n, a in ZONES
    ]
    for city, _loc in CITIES:
        orgs.append({"name": f"Urząd Miasta {city}", "aliases": [], "subtype": "municipality", "country": "PL",
                     "form": f"Urząd Miasta {city}"})  # fmt: skip
    seen = set()
    while len(orgs) < len(ZONES) + len(CITIES) + n_companies:
        base = rng.choice(COMPANY_WORDS) + rng.choice(COMPANY_ENDS) + rng.choice(["", "ex", "is", "on", "ia"])
        if base in seen:
            continue
        seen.add(base)
        name = f"{base} {rng.choice(SUFFIX)}"
        orgs.append({"name": name, "aliases": [], "subtype": "company", "country": rng.choice(["PL", "PL", "DE", "CN", "KR", "US", "FR", "CZ"]),
                     "form": name})  # fmt: skip
    return orgs


def make_corpus(n_docs: int, seed: int = 7) -> tuple[list[dict[str, Any]], list[Document]]:
    rng = random.Random(seed)
    orgs = make_orgs(rng, 600)
    people = [f"{f} {s}" for f in ["Jan", "Anna", "Piotr", "Maria", "Tomasz", "Ewa", "Marek", "Agnieszka"]
              for s in ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"]]  # fmt: skip
    records: list[dict[str, Any]] = []
    docs: list[Document] = []
    for i in range(n_docs):
        year = rng.randint(2010, 2025)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        date = f"{year}-{month:02d}-{day:02d}"
        etype, verb, role_a, role_b = rng.choice(TYPES)
        a, b = rng.sample(orgs[:30] if rng.random() < 0.5 else orgs, 1)[0], rng.choice(orgs)
        if a is b:
            b = orgs[(orgs.index(a) + 1) % len(orgs)]
        city, city_loc = rng.choice(CITIES)
        person = rng.choice(people)
        secs = rng.sample(SECTORS, rng.randint(1, 3))
        amount = rng.randint(2, 900)
        s1 = f"{a['form']} {verb} {b['form']} {day} {month:02d}.{year} r. w {city_loc}."
        s2 = f" Prezes {person} zapowiedział inwestycje o wartości {amount} mln zł w branży {secs[0]}."
        s3 = " " + rng.choice([
            "Współpraca obejmie wymianę doświadczeń i wspólne projekty.",
            "Strony zapowiedziały kolejne spotkania w przyszłym roku.",
            "To kolejny krok w rozwoju regionu i przyciąganiu inwestorów.",
        ])  # fmt: skip
        text = s1 + s2 + s3
        doc_id = f"bench-{i:06d}"
        pa, pb = 0, len(a["form"])
        qb = s1.index(b["form"], pb)
        pc = s1.index(city_loc)
        pp = text.index(person)
        ents = [
            {"id": "e1", "type": "organization", "subtype": a["subtype"], "name": a["name"], "aliases": a["aliases"],
             "country": a["country"], "mentions": [[pa, pb]]},
            {"id": "e2", "type": "organization", "subtype": b["subtype"], "name": b["name"], "aliases": b["aliases"],
             "country": b["country"], "mentions": [[qb, qb + len(b["form"])]]},
            {"id": "e3", "type": "place", "subtype": "city", "name": city, "country": "PL",
             "mentions": [[pc, pc + len(city_loc)]]},
            {"id": "e4", "type": "person", "name": person, "roles": [{"title": "prezes", "organization": "e1"}],
             "mentions": [[pp, pp + len(person)]]},
        ]  # fmt: skip
        records.append(
            {
                "doc_id": doc_id,
                "lang": "pl",
                "published": date,
                "entities": ents,
                "events": [
                    {
                        "type": etype,
                        "date": date,
                        "place": "e3",
                        "sectors": secs,
                        "evidence": [[0, len(s1)]],
                        "participants": [{"entity": "e1", "role": role_a}, {"entity": "e2", "role": role_b}],
                    },
                ],  # fmt: skip
                "figures": [
                    {
                        "entity": "e1",
                        "metric": "investment",
                        "value": amount * 1e6,
                        "unit": "PLN",
                        "qualifier": "exact",
                        "evidence": [[len(s1), len(s1) + len(s2)]],
                    },
                ],  # fmt: skip
                "sectors": secs,
            }
        )
        docs.append(
            Document(doc_id=doc_id, text=text, published=date, title=f"{a['name']} i {b['name']}", lang="pl")
        )
    return records, docs


def build_db(path: Path, n_docs: int) -> None:
    from kooperacja.store import open_store

    store = open_store(str(path))
    try:
        have = int(store.stats().get("documents") or 0)
        if have >= n_docs:
            print(f"using {path}: {have} documents", file=sys.stderr)
            return
        print(f"building {path}: {n_docs} documents …", file=sys.stderr)
        records, docs = make_corpus(n_docs)
        started = time.perf_counter()
        step = 500
        for start in range(have, n_docs, step):
            store.ingest_records(records[start : start + step], docs[start : start + step])
            done = min(n_docs, start + step)
            rate = (done - have) / (time.perf_counter() - started)
            print(f"  {done}/{n_docs} ({rate:.0f} docs/s)", file=sys.stderr)
    finally:
        store.close()


def pick_targets(client: Any) -> dict[str, Any]:
    home = client.get("/api").json()
    ev = home["latest_events"][0]

    def found(q: str, kind: str) -> list[dict[str, Any]]:
        return client.get("/api/search", params={"q": q, "kind": kind}).json()["items"]

    org = found("KSSE", "organization")[0]
    small = found("Autopol", "organization")
    person = found("Kowalski", "person")
    place = found("Katowice", "place")
    doc = client.get(f"/api/event/{ev['id']}").json()["event"]["sources"][0]["doc_id"]
    return {
        "event": ev["id"],
        "org": org["id"],
        "small_org": (small[0]["id"] if small else org["id"]),
        "person": person[0]["id"] if person else None,
        "place": place[0]["id"] if place else None,
        "doc": doc,
    }


def routes(t: dict[str, Any]) -> list[tuple[str, str]]:
    pairs = [
        ("home", "/"),
        ("search", "/search?q=KSSE"),
        ("search inflected", "/search?q=Katowicach"),
        ("org (big)", f"/org/{t['org']}"),
        ("org (small)", f"/org/{t['small_org']}"),
        ("event", f"/event/{t['event']}"),
        ("document", f"/doc/{t['doc']}"),
        ("timeline", "/timeline"),
        ("timeline filtered", "/timeline?type=agreement&sector=automotive&since=2020"),
        ("timeline of org", f"/timeline?org={t['org']}"),
        ("network", "/network"),
        ("network filtered", "/network?type=agreement&since=2023"),
        ("network around org", f"/network?center={t['org']}"),
        ("map", "/map"),
        ("map filtered", "/map?sector=automotive"),
        ("search page 3", "/search?q=strefa&limit=20&offset=40"),
        ("search facet", "/search?q=KSSE&kind=event&year=2023"),
        ("search diacritics", "/search?q=%C5%81SSE"),
        ("search sector word", "/search?q=motoryzacja"),
        ("timeline 2 types+kind", "/timeline?type=agreement&type=letter_of_intent&kind=cluster"),
        ("timeline cooperation", "/timeline?type=any_cooperation&since=2022"),
        ("timeline region", "/timeline?region=PL-24"),
        ("timeline org name", "/timeline?org=KSSE"),
        ("timeline page 5", "/timeline?offset=200"),
        ("map visits", "/map?type=visit"),
        ("map region", "/map?region=PL-24&type=investment"),
        ("network depth 2", "/network?center=KSSE&depth=2"),
        ("network region", "/network?region=PL-24"),
    ]
    if t["person"] is not None:
        pairs.append(("person", f"/person/{t['person']}"))
    if t["place"] is not None:
        pairs.append(("place", f"/place/{t['place']}"))
    out = []
    for name, url in pairs:
        out.append(("page", name, url))
        api = "/api" + (url if url != "/" else "")
        out.append(("api", name, api))
    out.append(("api", "stats", "/api/stats"))
    out.append(("api", "events", "/api/events?limit=100"))
    out.append(("api", "partners", f"/api/org/{t['org']}/partners"))
    out.append(
        ("api", "partners filtered", f"/api/org/{t['small_org']}/partners?kind=company&voivodeship=PL-24")
    )
    out.append(("api", "suggest", "/api/suggest?q=Auto"))
    out.append(
        ("csv", "timeline filtered", "/timeline?type=agreement&sector=automotive&since=2020&format=csv")
    )
    out.append(("csv", "search", "/search?q=KSSE&format=csv&sep=semicolon"))
    return out  # type: ignore[return-value]


class Reply:
    def __init__(self, status: int, body: bytes) -> None:
        self.status, self.body = status, body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.body)


class Client:
    """GET requests straight into the ASGI app, on one event loop in this thread (no sockets, no
    threads of our own: the CPU time of the process is the server's)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.loop.close()

    def get(self, url: str, params: dict[str, str] | None = None) -> Reply:
        from urllib.parse import unquote, urlencode, urlsplit

        parts = urlsplit(url)
        query = parts.query + (("&" if parts.query else "") + urlencode(params) if params else "")
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": unquote(parts.path),
            "raw_path": parts.path.encode(),
            "query_string": query.encode(),
            "root_path": "",
            "headers": [(b"host", b"bench")],
            "client": ("127.0.0.1", 50000),
            "server": ("bench", 80),
        }
        out: dict[str, Any] = {"status": 500, "body": []}

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                out["status"] = message["status"]
            elif message["type"] == "http.response.body":
                out["body"].append(message.get("body", b""))

        self.loop.run_until_complete(self.app(scope, receive, send))
        return Reply(out["status"], b"".join(out["body"]))


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--db", default="serve_speed.db", help="database to use, built when missing (default serve_speed.db)"
    )
    ap.add_argument(
        "--docs", type=int, default=10_000, help="documents to build the database with (default 10000)"
    )
    ap.add_argument("--repeat", type=int, default=20, help="requests per route (default 20)")
    ap.add_argument("--only", nargs="*", help="measure only the routes whose name holds one of these words")
    args = ap.parse_args(argv)

    from kooperacja.web.app import create_app

    build_db(Path(args.db), args.docs)
    app = create_app(args.db, None)
    load_before = load_average()
    with Client(app) as client:
        targets = pick_targets(client)
        table = []
        for kind, name, url in routes(targets):
            if args.only and not any(word in name for word in args.only):
                continue
            t0 = time.perf_counter()
            r = client.get(url)  # the first request: caches cold
            first = (time.perf_counter() - t0) * 1000
            if r.status != 200:
                print(f"{url}: HTTP {r.status}: {r.text[:200]}", file=sys.stderr)
                return 1
            times, cpu = [], []
            for _ in range(args.repeat):
                t0, c0 = time.perf_counter(), time.process_time()
                r = client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
            table.append(
                (
                    kind,
                    name,
                    url,
                    first,
                    statistics.median(times),
                    pct(times, 0.95),
                    pct(cpu, 0.95),
                    len(r.body),
                )
            )
        stats = client.get("/api/stats").json()
    print(
        f"database: {args.db}: {stats['documents']} documents, {stats['entities']} entities, {stats['events']} events"
    )
    print(f"{args.repeat} requests per route after a first one, in-process (server time)")
    print(
        f"load average (1, 5, 15 min) before: {load_before}; after: {load_average()}; cores: {os.cpu_count()}"
    )
    print(
        "first: the first request (network/map/stats and a search's counts computed; later ones reuse them "
        "until the data changes)\n"
    )
    print(
        f"{'kind':4}  {'route':22} {'first ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'cpu p95':>8} {'target':>7}  {'KB':>6}  url"
    )
    failed = 0
    for kind, name, url, first, p50, p95, cpu95, size in table:
        target = 50
        ok = p95 < target and size <= 500 * 1000
        failed += not ok
        mark = "" if ok else " !"
        print(
            f"{kind:4}  {name:22} {first:8.1f} {p50:8.1f} {p95:8.1f} {cpu95:8.1f} {('<' + str(target)):>7}{mark:2}  {size / 1024:6.1f}  {url}"
        )
    if table:
        big = max(table, key=lambda row: row[7])
        print(f"\nlargest response: {big[7] / 1000:.1f} kB ({big[0]} {big[1]}: {big[2]})")
        print(f"routes with CPU p95 under 50 ms: {sum(row[6] < 50 for row in table)} of {len(table)}")
    print(f"{len(table) - failed} of {len(table)} routes within target (wall p95 < 50 ms, at most 500 kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
