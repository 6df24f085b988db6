"""Serving speed: p50/p95 server time of every page and API route over a database of 10,000+ documents.

    python bench/serve_speed.py                       # builds ./serve_speed.db once (10,000 docs), then measures
    python bench/serve_speed.py --db my.db --repeat 30
    python bench/serve_speed.py --docs 2000 --db small.db   # a quicker run
    python bench/serve_speed.py --server --db /tmp/q100k/load.db --queries --json out.json
    python bench/serve_speed.py --server --db postgresql://user@127.0.0.1:5432/db --repeat 20

With `--server` the real web server (`kooperacja serve --workers 1`) is started on a free loopback port
and every route is requested over HTTP (keep-alive, one request at a time), so the times include the
server's HTTP and serialisation work; `--db` may then also be a PostgreSQL URL. The targets (the
largest and a small organisation, a person, the busiest place, an event and its document, a common and
a rare search term) are picked from the database itself, so any database will do. `--queries` adds the
store queries behind `kooperacja show`, `events` and `search` (and their API twins), timed in this
process as bench/load_growth.py does. `--json PATH` writes every row.

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
from urllib.parse import quote, quote_plus

ROOT = Path(__file__).resolve().parents[1]
# the code measured: this checkout's, or another's ($KOOPERACJA_SRC, e.g. the main branch's src/ for "before")
SRC = Path(os.environ.get("KOOPERACJA_SRC") or ROOT / "src")
sys.path.insert(0, str(SRC))

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


def pick_from_store(url: str) -> dict[str, Any]:
    """Targets of any database: the organisation with the most documents and a small one, the place with
    the most events, a person, the latest event and its document, a common word and a rare name."""
    from kooperacja.store import open_store

    store = open_store(url)
    try:
        one = store.db.one

        def first(sql: str) -> Any:
            row = one(sql)
            return row[0] if row else None

        big = one("SELECT id, name FROM entities WHERE type = 'organization' ORDER BY doc_count DESC LIMIT 1")
        small = one(
            "SELECT id, name FROM entities WHERE type = 'organization' AND doc_count >= 1 "
            "ORDER BY doc_count, id LIMIT 1"
        )
        place = first(
            "SELECT p.id FROM entities p JOIN events e ON e.place_id = p.id "
            "WHERE p.type = 'place' GROUP BY p.id ORDER BY COUNT(*) DESC LIMIT 1"
        )
        person = first("SELECT id FROM entities WHERE type = 'person' ORDER BY doc_count DESC LIMIT 1")
        event = first("SELECT id FROM events ORDER BY date_start DESC, id DESC LIMIT 1")
        doc = (
            first(
                "SELECT d.doc_id FROM event_sources s JOIN documents d ON d.id = s.doc_pk "
                f"WHERE s.event_id = {int(event)} LIMIT 1"
            )
            if event
            else None
        )
        town = one(
            "SELECT name FROM entities WHERE type = 'place' AND subtype = 'city' ORDER BY doc_count DESC LIMIT 1"
        )
    finally:
        store.close()
    words = (big[1] if big else "strefa").split()
    return {
        "event": event,
        "org": big[0] if big else None,
        "small_org": (small or big)[0] if (small or big) else None,
        "person": person,
        "place": place,
        "doc": doc,
        "common": max(words, key=len),
        "name": big[1] if big else "strefa",
        "rare": (small or big)[1] if (small or big) else "strefa",
        "town": town[0] if town else "Katowice",
    }


def generic_routes(t: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Every page and JSON view, for the targets of any database."""
    q = quote_plus
    org, small = t["org"], t["small_org"]
    pairs = [
        ("home", "/"),
        ("search common word", f"/search?q={q(t['common'])}"),
        ("search org name", f"/search?q={q(t['name'])}"),
        ("search rare name", f"/search?q={q(t['rare'])}"),
        ("search sentence word", "/search?q=porozumienie"),
        ("search page 3", f"/search?q={q(t['common'])}&limit=20&offset=40"),
        ("search facet", f"/search?q={q(t['common'])}&kind=event&year=2020"),
        ("search town", f"/search?q={q(t['town'])}"),
        ("org (largest)", f"/org/{org}"),
        ("org (small)", f"/org/{small}"),
        ("event", f"/event/{t['event']}"),
        ("document", "/doc/" + quote(str(t["doc"]), safe="")),
        ("timeline", "/timeline"),
        ("events", "/events"),
        ("timeline filtered", "/timeline?type=agreement&since=2020"),
        ("timeline of org", f"/timeline?org={org}"),
        ("timeline of org p.2", f"/timeline?org={org}&offset=50"),
        ("timeline page 5", "/timeline?offset=200"),
        ("timeline town", f"/timeline?region={q(t['town'])}"),
        ("network", "/network"),
        ("network filtered", "/network?type=agreement&since=2023"),
        ("network around org", f"/network?center={org}"),
        ("map", "/map"),
        ("map filtered", "/map?type=investment"),
        ("map town", f"/map?region={q(t['town'])}"),
    ]
    if t["person"] is not None:
        pairs.append(("person", f"/person/{t['person']}"))
    if t["place"] is not None:
        pairs.append(("place (busiest)", f"/place/{t['place']}"))
    out = []
    for name, url in pairs:
        out.append(("page", name, url))
        out.append(("api", name, "/api" + (url if url != "/" else "")))
    out += [
        ("page", "review", "/review"),
        ("page", "upload form", "/upload"),
        ("page", "corrections form", "/corrections"),
        ("page", "api docs", "/api/docs"),
        ("api", "review", "/api/review"),
        ("api", "stats", "/api/stats"),
        ("api", "latest", "/api/latest"),
        ("api", "events 100", "/api/events?limit=100"),
        ("api", "partners", f"/api/org/{org}/partners"),
        ("api", "suggest", "/api/suggest?q=" + q(t["common"][:4])),
        ("csv", "timeline filtered", "/timeline?type=agreement&since=2024&format=csv"),
        ("csv", "search rare", f"/search?q={q(t['rare'])}&format=csv"),
    ]
    return out


class HttpClient:
    """GET requests to a real `kooperacja serve` process on loopback (one keep-alive connection)."""

    def __init__(self, db: str, workers: int = 1) -> None:
        import shutil
        import socket
        import subprocess

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        exe = shutil.which("kooperacja", path=str(Path(sys.executable).parent))
        cmd = [exe] if exe else [sys.executable, "-m", "kooperacja"]
        env = {k: v for k, v in os.environ.items() if k != "KOOPERACJA_TOKEN"}
        env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
        self.proc = subprocess.Popen(
            [
                *cmd,
                "serve",
                "--db",
                db,
                "--port",
                str(self.port),
                "--workers",
                str(workers),
                "--log-level",
                "warning",
            ],
            env=env,
        )
        self.conn: Any = None
        deadline = time.monotonic() + 120
        while True:
            try:
                if self.get("/api/stats").status == 200:
                    break
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise SystemExit("serve did not start")
            time.sleep(0.3)
        # the server fills its whole-graph caches in the background at start-up: measure once it is idle
        # (idle: five seconds in a row without CPU; with PostgreSQL the server also waits on the database's
        # own processes, for a second or two at a time)
        started, idle = time.monotonic(), 0
        while time.monotonic() - started < 300 and idle < 5:
            before = self.server_cpu()
            time.sleep(1.0)
            idle = idle + 1 if self.server_cpu() - before < 0.05 else 0
        self.warm_up_s = time.monotonic() - started

    def get(self, url: str, params: dict[str, str] | None = None) -> Reply:
        import http.client
        from urllib.parse import urlencode

        if params:
            url += ("&" if "?" in url else "?") + urlencode(params)
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            try:
                t0 = time.perf_counter()
                self.conn.request("GET", url, headers={"Accept": "text/html,application/json"})
                r = self.conn.getresponse()
                first = r.read1(65536)  # a streamed download's first part
                first_byte = time.perf_counter() - t0
                return Reply(r.status, first + r.read(), first_byte)
            except (OSError, http.client.HTTPException):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def server_cpu(self) -> float:
        """CPU seconds the server process has used so far (user + system, from /proc)."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        import subprocess

        if self.conn is not None:
            self.conn.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
    def __init__(self, status: int, body: bytes, first_byte_s: float | None = None) -> None:
        self.status, self.body = status, body
        self.first_byte_s = first_byte_s  # from the request to the first byte of the body (over HTTP)

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
        "--db",
        default="serve_speed.db",
        help="SQLite path (built when missing) or PostgreSQL URL (default serve_speed.db)",
    )
    ap.add_argument(
        "--docs", type=int, default=10_000, help="documents to build the database with (default 10000)"
    )
    ap.add_argument("--repeat", type=int, default=20, help="requests per route (default 20)")
    ap.add_argument("--only", nargs="*", help="measure only the routes whose name holds one of these words")
    ap.add_argument(
        "--server", action="store_true", help="a real `kooperacja serve` process on loopback, over HTTP"
    )
    ap.add_argument("--queries", type=int, default=0, metavar="N", help="N rounds of show/events/search")
    ap.add_argument("--json", default=None, metavar="PATH", help="write every row as JSON")
    args = ap.parse_args(argv)

    is_url = args.db.startswith(("postgresql://", "postgres://"))
    if not is_url:
        build_db(Path(args.db), args.docs)
    load_before = load_average()
    query_rows: dict[str, dict[str, float]] = {}
    if args.queries:
        query_rows = store_queries(args.db, args.queries)
    if args.server:
        client: Any = HttpClient(args.db)
        targets = pick_from_store(args.db)
        route_list = generic_routes(targets)
    else:
        from kooperacja.web.app import create_app

        client = Client(create_app(args.db, None))
        targets = pick_targets(client)
        route_list = routes(targets)
    first_bytes: dict[str, tuple[float, float]] = {}  # download: p50, p95 ms to the first byte of the file
    with client:
        table = []
        for kind, name, url in route_list:
            if args.only and not any(word in name for word in args.only):
                continue
            t0 = time.perf_counter()
            r = client.get(url)  # the first request: caches cold
            first = (time.perf_counter() - t0) * 1000
            if r.status != 200:
                print(f"{url}: HTTP {r.status}: {r.text[:200]}", file=sys.stderr)
                return 1
            times, cpu, size, firsts = [], [], len(r.body), []
            s0 = client.server_cpu() if args.server else 0.0
            for _ in range(args.repeat):
                t0, c0 = time.perf_counter(), time.process_time()
                r = client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
                if r.first_byte_s is not None and kind == "csv":
                    firsts.append(r.first_byte_s * 1000)
                cpu.append((time.process_time() - c0) * 1000)
                size = max(size, len(r.body))
            if args.server:  # the server's CPU per request, on average (clock ticks are too coarse for one)
                cpu = [(client.server_cpu() - s0) * 1000 / args.repeat] * 2
            table.append(
                (kind, name, url, first, statistics.median(times), pct(times, 0.95), pct(cpu, 0.95), size)
            )
            if firsts:
                first_bytes[name] = (statistics.median(firsts), pct(firsts, 0.95))
        stats = client.get("/api/stats").json()
    mode = (
        "over HTTP from a `kooperacja serve --workers 1` process"
        if args.server
        else "in-process (server time)"
    )
    print(
        f"database: {args.db}: {stats['documents']} documents, {stats['entities']} entities, {stats['events']} events"
    )
    print(f"{args.repeat} requests per route after a first one, {mode}")
    if args.server:
        print(f"(measured after the server's start-up warm-up: {client.warm_up_s:.0f} s)")
    print(
        f"load average (1, 5, 15 min) before: {load_before}; after: {load_average()}; cores: {os.cpu_count()}"
    )
    print(
        "first: the first request (network/map/stats and a search's counts computed; later ones reuse them "
        "until the data changes)\n"
    )
    if query_rows:
        print(
            f"store queries ({args.queries} rounds): "
            + "  ".join(
                f"{k} p50 {v['p50_ms']:.1f} / p95 {v['p95_ms']:.1f} ms "
                f"(CPU {v.get('cpu_p50_ms', float('nan')):.1f} / {v.get('cpu_p95_ms', float('nan')):.1f})"
                for k, v in query_rows.items()
            )
        )
    cpu_label = "cpu p95" if not args.server else "srv cpu"
    print(
        f"{'kind':4}  {'route':22} {'first ms':>8} {'p50 ms':>8} {'p95 ms':>8} {cpu_label:>8} {'target':>7}  {'KB':>6}  url"
    )
    failed = 0
    for kind, name, url, first, p50, p95, cpu95, size in table:
        target = 50
        # a download is a whole list sent as it is read: its target is the first byte of the file
        waited = first_bytes[name][1] if kind == "csv" and name in first_bytes else p95
        ok = waited < target and (size <= 500 * 1000 or kind == "csv")
        failed += not ok
        mark = "" if ok else " !"
        print(
            f"{kind:4}  {name:22} {first:8.1f} {p50:8.1f} {p95:8.1f} {cpu95:8.1f} {('<' + str(target)):>7}{mark:2}  {size / 1024:6.1f}  {url}"
        )
    streamed = [(row[1], *first_bytes[row[1]]) for row in table if row[0] == "csv" and row[1] in first_bytes]
    if streamed:
        print(
            "\ndownloads, time to the first byte of the file: "
            + "; ".join(f"{name} p50 {a:.1f} / p95 {b:.1f} ms" for name, a, b in streamed)
        )
    if table:
        big = max(table, key=lambda row: row[7])
        print(f"\nlargest response: {big[7] / 1000:.1f} kB ({big[0]} {big[1]}: {big[2]})")
        if not args.server:
            print(f"routes with CPU p95 under 50 ms: {sum(row[6] < 50 for row in table)} of {len(table)}")
    print(
        f"{len(table) - failed} of {len(table)} routes within target (wall p95 < 50 ms, at most 500 kB; "
        "downloads: first byte p95 < 50 ms)"
    )
    if args.json:
        rows = [
            {"kind": k, "route": n, "url": u, "first_ms": round(f, 1), "p50_ms": round(a, 1),
             "p95_ms": round(b, 1), "cpu_ms": round(c, 1), "bytes": z}
            for k, n, u, f, a, b, c, z in table
        ]  # fmt: skip
        Path(args.json).write_text(
            json.dumps(
                {
                    "db": args.db,
                    "stats": stats,
                    "server": args.server,
                    "repeat": args.repeat,
                    "load_before": load_before,
                    "load_after": load_average(),
                    "queries": query_rows,
                    "routes": rows,
                    "first_byte_ms": {
                        k: {"p50": round(a, 1), "p95": round(b, 1)} for k, (a, b) in first_bytes.items()
                    },
                },
                indent=1,
            )
        )
    return 0


def store_queries(url: str, rounds: int) -> dict[str, dict[str, float]]:
    """p50/p95 of the store queries behind `kooperacja show`, `events` and `search` (bench/ingest_speed.py's
    mix: the names of the 200 organisations with the most documents, filters by type, sector, place)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import ingest_speed
    from ingest_speed import query_latencies

    from kooperacja.store import open_store

    store = open_store(url)
    # the same mix timed twice: wall time, and CPU time of this process (steadier on a loaded machine;
    # for PostgreSQL it leaves out the server's share)
    real_clock = ingest_speed.time.perf_counter
    try:
        names = [
            r[0]
            for r in store.db.all(
                "SELECT name FROM entities WHERE type = 'organization' ORDER BY doc_count DESC LIMIT 200"
            )
        ]
        query_latencies(store, names or ["Klaster"], 3)  # warm the caches
        out = query_latencies(store, names or ["Klaster"], rounds)
        ingest_speed.time.perf_counter = time.process_time  # type: ignore[assignment]
        cpu = query_latencies(store, names or ["Klaster"], rounds)
        for key, row in cpu.items():
            out[key]["cpu_p50_ms"], out[key]["cpu_p95_ms"] = row["p50_ms"], row["p95_ms"]
        return out
    finally:
        ingest_speed.time.perf_counter = real_clock  # type: ignore[assignment]
        store.close()


if __name__ == "__main__":
    sys.exit(main())
