"""Ingest speed: generated documents into SQLite and PostgreSQL, against the bare extraction rate.

    python bench/ingest_speed.py                    # 10,000 documents, SQLite and a temporary PostgreSQL
    python bench/ingest_speed.py --docs 500 --no-pg
    python bench/ingest_speed.py --pg postgresql://user@host/db
    python bench/ingest_speed.py --real /work/final5/dev2.jsonl=../shared/eval/dev2 --no-queries

With --real RECORDS=FOLDER (repeatable): the records of real articles (made by `kooperacja extract`) with
their texts (FOLDER), stored as `kooperacja load` stores them, in a process warmed up first (gazetteer,
Morfeusz, the sentence embedder loaded by a throw-away load), with the loader's and the PostgreSQL
server's CPU, and the statements and blocking reads per document counted at psycopg.

Prints documents/s (full ingest: extraction + resolution + storage; and storage of ready records alone),
the bare extraction rate, peak RSS, database size, and p50/p95 latency of show, events and search.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kooperacja.documents.model import Document  # noqa: E402
from kooperacja.store.pgserver import PostgresServer, find_bindir  # noqa: E402

PREFIXES = [
    ("Klaster", "cluster"),
    ("Park Technologiczny", "technology_park"),
    ("Agencja Rozwoju", "agency"),
    ("Izba Gospodarcza", "business_association"),
    ("Fundacja Innowacji", "other"),
    ("Centrum Badań", "research_education"),
]
REGIONS = [
    "Mazowiecki",
    "Pomorski",
    "Śląski",
    "Podkarpacki",
    "Lubelski",
    "Wielkopolski",
    "Dolnośląski",
    "Małopolski",
    "Opolski",
    "Lubuski",
    "Warmiński",
    "Kujawski",
    "Świętokrzyski",
    "Podlaski",
    "Łódzki",
    "Zachodniopomorski",
]
TOPICS = [
    "Wodorowy",
    "Lotniczy",
    "Motoryzacyjny",
    "Energetyczny",
    "Medyczny",
    "Spożywczy",
    "Drzewny",
    "Cyfrowy",
    "Chemiczny",
    "Logistyczny",
]
COMPANIES = [
    "Nordtech",
    "Polmet",
    "Elkom",
    "Agrovit",
    "Baltica",
    "Vistula",
    "Karpaty",
    "Orlen Serwis",
    "Meblex",
    "Termolux",
]
COUNTRIES = [
    "Niemiec",
    "Czech",
    "Słowacji",
    "Litwy",
    "Ukrainy",
    "Francji",
    "Korei Południowej",
    "Japonii",
    "Włoch",
    "Norwegii",
]
CITIES = [
    ("Gdańsk", "Gdańsku"),
    ("Lublin", "Lublinie"),
    ("Rzeszów", "Rzeszowie"),
    ("Opole", "Opolu"),
    ("Kielce", "Kielcach"),
    ("Poznań", "Poznaniu"),
    ("Wrocław", "Wrocławiu"),
    ("Toruń", "Toruniu"),
    ("Olsztyn", "Olsztynie"),
    ("Białystok", "Białymstoku"),
    ("Łódź", "Łodzi"),
    ("Szczecin", "Szczecinie"),
    ("Katowice", "Katowicach"),
    ("Kraków", "Krakowie"),
    ("Zielona Góra", "Zielonej Górze"),
]
SECTORS = [
    "energy",
    "aerospace",
    "automotive",
    "health",
    "food",
    "ict",
    "logistics",
    "chemicals",
    "wood",
    "renewable_energy",
]
MONTHS = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
FILLER = [
    "Przedstawiciele obu stron podkreślali znaczenie wymiany doświadczeń i wspólnych projektów badawczych.",
    "W spotkaniu uczestniczyli również samorządowcy oraz przedsiębiorcy z regionu.",
    "Rozmowy dotyczyły także szkoleń dla pracowników i praktyk dla studentów.",
    "Organizatorzy zapowiadają kolejne spotkanie jesienią, tym razem za granicą.",
    "Według zarządu nowe inwestycje mogą przyciągnąć kolejnych dostawców.",
    "Porozumienie przewiduje powołanie wspólnego zespołu roboczego.",
    "W programie znalazły się panele dyskusyjne i rozmowy biznesowe w formule B2B.",
    "Eksperci zwracali uwagę na rosnące znaczenie transformacji energetycznej.",
    "Lokalne władze zadeklarowały pomoc w przygotowaniu terenów inwestycyjnych.",
    "Partnerzy chcą wspólnie ubiegać się o środki z programów europejskich.",
]


def org_names(rnd: random.Random, n: int) -> list[tuple[str, str]]:
    out = set()
    while len(out) < n:
        prefix, subtype = rnd.choice(PREFIXES)
        out.add((f"{prefix} {rnd.choice(REGIONS)} {rnd.choice(TOPICS)}", subtype))
    return sorted(out)


def generate(n: int, seed: int = 7) -> list[tuple[Document, dict[str, Any]]]:
    """n distinct documents (organisation names, cities, dates and fillers vary) and a record for each."""
    rnd = random.Random(seed)
    orgs = org_names(rnd, min(max(200, n // 10), len(PREFIXES) * len(REGIONS) * len(TOPICS) * 3 // 4))
    samples = sorted(glob.glob(str(Path(__file__).resolve().parents[1] / "samples" / "*.txt")))
    sample_lines: list[str] = []
    for path in samples[:50]:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        sample_lines += [s.strip() + "." for s in text.split(".") if 60 < len(s.strip()) < 300]
    out = []
    for i in range(n):
        (a, sa), (b, sb) = rnd.sample(orgs, 2)
        city, city_loc = rnd.choice(CITIES)
        year = rnd.randint(2008, 2024)
        month = rnd.randint(1, 12)
        day = rnd.randint(1, 28)
        amount = rnd.randint(2, 900)
        company = f"{rnd.choice(COMPANIES)} {rnd.choice(['Polska', 'Group', 'Systems', 'Energia', 'Tech'])}"
        kind = rnd.choice(["agreement", "visit", "investment"])
        if kind == "agreement":
            head = f"{a} i {b} podpisały {day} {MONTHS[month - 1]} {year} r. w {city_loc} porozumienie o współpracy."
        elif kind == "visit":
            head = f"Delegacja z {rnd.choice(COUNTRIES)} odwiedziła {day} {MONTHS[month - 1]} {year} r. {a} w {city_loc}; gości przyjął {b}."
        else:
            head = (
                f"Spółka {company} zainwestuje {amount} mln zł w nowy zakład w {city_loc}, poinformował {a}."
            )
        body = rnd.sample(FILLER, 4) + (
            rnd.sample(sample_lines, min(3, len(sample_lines))) if sample_lines else []
        )
        rnd.shuffle(body)
        text = f"{head} {' '.join(body)} Wspólne działania obejmą {rnd.randint(3, 60)} firm i {rnd.randint(2, 40)} instytucji (nr {i})."
        date = f"{year}-{month:02d}-{day:02d}"
        doc = Document(
            doc_id=f"bench-{i:06d}", text=text, published=date, title=head[:80], source=f"bench/{i:06d}.txt"
        )
        ents = [
            {"id": "e1", "type": "organization", "subtype": sa, "name": a, "aliases": []},
            {"id": "e2", "type": "organization", "subtype": sb, "name": b, "aliases": []},
            {"id": "e3", "type": "place", "subtype": "city", "name": city, "country": "PL"},
        ]
        parts = [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}]
        figures = []
        if kind == "investment":
            ents.append(
                {"id": "e4", "type": "organization", "subtype": "company", "name": company, "aliases": []}
            )
            parts = [{"entity": "e4", "role": "investor"}, {"entity": "e1", "role": "host"}]
            figures = [
                {
                    "entity": "e4",
                    "metric": "investment",
                    "value": amount * 1_000_000,
                    "unit": "PLN",
                    "qualifier": "exact",
                }
            ]
        rec = {
            "doc_id": doc.doc_id,
            "lang": "pl",
            "published": date,
            "extractor": "bench",
            "entities": ents,
            "events": [
                {
                    "type": kind,
                    "date": date,
                    "place": "e3",
                    "participants": parts,
                    "sectors": [rnd.choice(SECTORS)],
                }
            ],
            "figures": figures,
            "sectors": [],
        }
        out.append((doc, rec))
    return out


def real_pairs(specs: list[str]) -> list[tuple[Document, dict[str, Any]]]:
    """(Document, record) of each record of RECORDS.jsonl whose text FOLDER holds, for `RECORDS=FOLDER`."""
    from kooperacja.documents.readers import read_paths

    out = []
    for spec in specs:
        records, _, folder = spec.partition("=")
        docs = {d.doc_id: d for d in read_paths([folder]) if isinstance(d, Document)}
        with open(records, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("doc_id") in docs:
                    out.append((docs[rec["doc_id"]], rec))
    return out


def warm_up(folder: str) -> None:
    """Load what a loader process loads once (gazetteer, Morfeusz, the sentence embedder) by a throw-away
    load of the bundled samples' records, so that a short run measures the per-document cost."""
    from kooperacja.extract import extract_document
    from kooperacja.resolve.similarity import similarity
    from kooperacja.store import open_store

    samples = sorted(Path(__file__).resolve().parents[1].glob("samples/*.txt"))[:20]
    docs = [Document(doc_id=p.stem, text=p.read_text(encoding="utf-8"), source=str(p)) for p in samples]
    store = open_store(os.path.join(folder, "warm.db"))
    try:
        store.ingest_records([extract_document(d) for d in docs], {d.doc_id: d for d in docs})
    finally:
        store.close()
    similarity("Umowa o współpracy podpisana w porcie.", ["Porozumienie zawarte w porcie."])


class StatementCounter:
    """Statements sent, results read and the reads that waited for the server (the others came with an
    earlier read of the same pipeline) through psycopg (PostgreSQL), counted while installed."""

    def __init__(self) -> None:
        self.statements = 0
        self.reads = 0
        self.waits = 0
        self._saved: list[tuple[Any, str, Any]] = []

    def install(self) -> None:
        import psycopg

        def counting(cls: Any, name: str, per_row: bool = False, read: bool = False) -> None:
            orig = getattr(cls, name)

            def wrapper(obj: Any, *a: Any, **k: Any) -> Any:
                if read:
                    self.reads += 1
                    self.waits += obj.pgresult is None  # not fetched with an earlier read of its pipeline
                else:
                    self.statements += len(a[1]) if per_row and len(a) > 1 else 1
                return orig(obj, *a, **k)

            self._saved.append((cls, name, orig))
            setattr(cls, name, wrapper)

        counting(psycopg.Connection, "execute")
        counting(psycopg.Cursor, "executemany", per_row=True)
        for name in ("fetchone", "fetchall", "fetchmany"):
            counting(psycopg.Cursor, name, read=True)

    def remove(self) -> None:
        for cls, name, orig in reversed(self._saved):
            setattr(cls, name, orig)
        self._saved = []


_TICKS = os.sysconf("SC_CLK_TCK")


def server_cpu(data_dir: str) -> float:
    """CPU seconds of a PostgreSQL server: the postmaster with its reaped children, and its live ones."""
    try:
        pid = int(Path(data_dir, "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path("/proc", entry, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ppid = int(fields[1])
        if int(entry) == pid:
            total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
        elif ppid == pid:
            total += int(fields[11]) + int(fields[12])
    return total / _TICKS


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024.0


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] * 1000.0


def query_latencies(store: Any, names: list[str], rounds: int = 200) -> dict[str, dict[str, float]]:
    rnd = random.Random(3)
    words = [
        "strefie ekonomicznej",
        "klastrem",
        "porozumienie",
        "delegacji",
        "inwestycji w zakład",
        "energetycznej",
        "Lublinie",
    ]
    timings: dict[str, list[float]] = {"show": [], "events": [], "search": []}
    for _ in range(rounds):
        name = rnd.choice(names)
        t = time.perf_counter()
        found = store.find_entities(name, limit=1)
        if found:
            store.entity(found[0]["id"])
        timings["show"].append(time.perf_counter() - t)
        t = time.perf_counter()
        choice = rnd.randint(0, 3)
        if choice == 0:
            store.events(org=name, limit=50)
        elif choice == 1:
            store.events(type=rnd.choice(["agreement", "visit", "investment"]), limit=50)
        elif choice == 2:
            store.events(sector=rnd.choice(SECTORS), since=f"{rnd.randint(2008, 2022)}", limit=50)
        else:
            store.events(place=rnd.choice(CITIES)[0], limit=50)
        timings["events"].append(time.perf_counter() - t)
        t = time.perf_counter()
        store.search(rnd.choice(words), limit=20)
        timings["search"].append(time.perf_counter() - t)
    return {
        k: {"p50_ms": round(pct(v, 0.5), 2), "p95_ms": round(pct(v, 0.95), 2)} for k, v in timings.items()
    }


def run_backend(
    label: str,
    url: str,
    pairs: list,
    full: bool,
    jobs: int,
    rounds: int,
    data_dir: str | None = None,
) -> dict[str, Any]:
    """One ingest into a fresh database (with the loader's CPU, the server's and, on PostgreSQL, the
    statements and blocking reads per document), then query latencies (none with `rounds` 0)."""
    from kooperacja.store import open_store

    docs = [d for d, _ in pairs]
    out: dict[str, Any] = {"backend": label}
    store = open_store(url)
    counter = StatementCounter() if label == "postgres" else None
    try:
        if counter is not None:
            counter.install()
        t, c = time.perf_counter(), time.process_time()
        s0 = server_cpu(data_dir) if data_dir else 0.0
        if full:
            summary = store.ingest(docs, jobs=jobs)
            out["mode"] = "extract+resolve+store"
            out["jobs"] = jobs
        else:
            summary = store.ingest_records([r for _, r in pairs], {d.doc_id: d for d in docs})
            out["mode"] = "records: resolve+store"
        dt, cpu = time.perf_counter() - t, time.process_time() - c
        srv = (server_cpu(data_dir) - s0) if data_dir else 0.0
        if counter is not None:
            counter.remove()
            out["statements_per_doc"] = round(counter.statements / len(docs), 1)
            out["reads_per_doc"] = round(counter.reads / len(docs), 1)
            out["waits_per_doc"] = round(counter.waits / len(docs), 1)
        out["docs_per_s"] = round(len(docs) / dt, 1)
        out["seconds"] = round(dt, 1)
        out["loader_cpu_s"] = round(cpu, 2)
        out["server_cpu_s"] = round(srv, 2)
        out["docs_per_cpu_s"] = round(len(docs) / (cpu + srv), 1)
        out["summary"] = {k: v for k, v in summary.items() if k != "errors"}
        names = [
            r[0]
            for r in store.db.all(
                "SELECT name FROM entities WHERE type = 'organization' ORDER BY doc_count DESC LIMIT 300"
            )
        ]
        if rounds:
            out["queries"] = query_latencies(store, names or ["Klaster"], rounds)
        out["db_size_mb"] = round(store.db.size_bytes() / 1e6, 1)
    finally:
        if counter is not None:
            counter.remove()
        store.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="processes for the full ingest (default: 2 with 2+ cores: a worker extracts while the main one stores)",
    )
    ap.add_argument(
        "--pg",
        nargs="?",
        const="temp",
        default="temp",
        help="PostgreSQL URL (default: start a temporary server)",
    )
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument(
        "--records-only", action="store_true", help="skip the extractor: store generated records only"
    )
    ap.add_argument(
        "--extract-sample", type=int, default=0, help="documents for the bare extraction rate (default all)"
    )
    ap.add_argument("--rounds", type=int, default=200, help="query rounds for latencies (0: none)")
    ap.add_argument(
        "--real",
        action="append",
        metavar="RECORDS=FOLDER",
        help="records of real articles and the folder of their texts, stored instead of generated ones",
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.jobs is None:
        from kooperacja.store.ingest import default_jobs

        args.jobs = default_jobs()

    t = time.perf_counter()
    pairs = real_pairs(args.real) if args.real else generate(args.docs)
    report: dict[str, Any] = {"docs": len(pairs), "generate_s": round(time.perf_counter() - t, 1), "runs": []}
    tmp = tempfile.mkdtemp(prefix="kooperacja-bench-")
    if args.real:
        args.records_only = True
        warm_up(tmp)

    from kooperacja.extract import extract_document

    sample = [d for d, _ in pairs][: args.extract_sample or None]
    extract_document(sample[0])  # warm-up: language data
    t, c = time.perf_counter(), time.process_time()
    for d in sample:
        extract_document(d)
    report["bare_extraction_docs_per_s"] = round(len(sample) / (time.perf_counter() - t), 1)
    report["bare_extraction_docs_per_cpu_s"] = round(len(sample) / (time.process_time() - c), 1)

    backends = [("sqlite", os.path.join(tmp, "bench.db"))]
    pg = None
    data_dir = None
    if not args.no_pg:
        if args.pg == "temp":
            try:
                bindir = find_bindir()
                if not bindir:
                    raise RuntimeError("no initdb found")
                pg = PostgresServer(bindir)
                pg.start()
                backends.append(("postgres", pg.url()))
                data_dir = pg.data
            except Exception as exc:
                print(f"(no PostgreSQL: {exc})", file=sys.stderr)
                pg = None
        else:
            backends.append(("postgres", args.pg))
    try:
        for label, url in backends:
            modes = [False] if args.records_only else [True, False]
            for full in modes:
                if label == "sqlite":
                    for suffix in ("", "-wal", "-shm"):
                        if os.path.exists(url + suffix):
                            os.remove(url + suffix)
                else:
                    _reset_pg(url)
                res = run_backend(
                    label, url, pairs, full, args.jobs, args.rounds, data_dir if label == "postgres" else None
                )
                if full:
                    res["share_of_bare_extraction"] = round(
                        res["docs_per_s"] / report["bare_extraction_docs_per_s"], 3
                    )
                else:  # CPU against CPU: the loader's and the server's against the extractor's
                    res["cpu_share_of_bare_extraction"] = round(
                        res["docs_per_cpu_s"] / report["bare_extraction_docs_per_cpu_s"], 3
                    )
                report["runs"].append(res)
                if not args.json:
                    _print_run(res)
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    report["peak_rss_mb"] = round(peak_rss_mb(), 1)
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        print(
            f"bare extraction: {report['bare_extraction_docs_per_s']} docs/s, "
            f"{report['bare_extraction_docs_per_cpu_s']} docs per CPU second"
        )
        print(f"peak RSS: {report['peak_rss_mb']} MB")
    return 0


def _reset_pg(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def _print_run(res: dict[str, Any]) -> None:
    share = (
        f"  ({res['share_of_bare_extraction'] * 100:.0f} % of bare extraction)"
        if "share_of_bare_extraction" in res
        else ""
    )
    if "cpu_share_of_bare_extraction" in res:
        share = (
            f"  {res['docs_per_cpu_s']:.1f} docs per CPU s (loader {res['loader_cpu_s']} s + server "
            f"{res['server_cpu_s']} s; {res['cpu_share_of_bare_extraction'] * 100:.0f} % of bare extraction)"
        )
    if "statements_per_doc" in res:
        share += (
            f"  per doc: {res['statements_per_doc']} statements, {res['reads_per_doc']} reads, "
            f"{res['waits_per_doc']} of them waiting for the server"
        )
    s = res["summary"]
    print(
        f"{res['backend']:8} {res['mode']:24} {res['docs_per_s']:8.1f} docs/s{share}  db {res['db_size_mb']} MB  "
        f"entities +{s['entities_created']} ~{s['entities_merged']}  events +{s['events_created']} ~{s['events_merged']}  "
        f"near-dup {s['near_duplicate']}"
    )
    if "queries" in res:
        q = res["queries"]
        print(
            "         query ms p50/p95: "
            + "  ".join(f"{k} {v['p50_ms']:.1f}/{v['p95_ms']:.1f}" for k, v in q.items())
        )
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
