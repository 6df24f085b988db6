"""Bulk load growth: generated records stored in batches into SQLite and PostgreSQL, CPU per batch.

    python bench/load_growth.py                       # 10,000 documents in 10 batches, both databases
    python bench/load_growth.py --docs 100000 --batch 10000 --db sqlite

What `kooperacja load` does (resolution and storage of ready records), batch after batch into one
growing database. For each batch it prints wall time and CPU seconds of the loader and (PostgreSQL) of the
server processes, and documents per CPU second. At the end: the CPU of the last batch against the first
(the growth of the cost with the database), the load rate against the bare extraction rate of the same
documents (CPU seconds of this process; on a shared machine CPU time is steadier than wall time),
p50/p95 of show, events and search, the database size and the peak RSS of the loader.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from ingest_speed import generate, query_latencies, server_cpu  # noqa: E402

from kooperacja.store.pgserver import PostgresServer, find_bindir  # noqa: E402


def bare_extraction(docs: list[Any]) -> float:
    """Documents per CPU second of the extractor on `docs` (language data loaded first)."""
    from kooperacja.extract import extract_document

    extract_document(docs[0])
    c0 = time.process_time()
    for d in docs:
        extract_document(d)
    return len(docs) / (time.process_time() - c0)


def run(label: str, url: str, pairs: list, batch: int, data_dir: str | None, rounds: int) -> dict[str, Any]:
    from kooperacja.store import open_store

    store = open_store(url)
    rows = []
    try:
        for start in range(0, len(pairs), batch):
            part = pairs[start : start + batch]
            w0, c0 = time.perf_counter(), time.process_time()
            s0 = server_cpu(data_dir) if data_dir else 0.0
            summary = store.ingest_records([r for _, r in part], {d.doc_id: d for d, _ in part})
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
            srv = (server_cpu(data_dir) - s0) if data_dir else 0.0
            row = {
                "batch": len(rows) + 1,
                "docs": start + len(part),
                "wall_s": wall,
                "cpu_s": cpu,
                "server_cpu_s": srv,
                "docs_per_cpu_s": len(part) / (cpu + srv),
                "failed": summary["failed"],
                "load": os.getloadavg()[0],
            }
            rows.append(row)
            print(
                f"{label:8} batch {row['batch']:3}  up to {row['docs']:7} docs  wall {wall:7.1f} s  "
                f"loader CPU {cpu:7.1f} s  server CPU {srv:7.1f} s  {row['docs_per_cpu_s']:7.1f} docs/CPU s  "
                f"load {row['load']:4.1f}" + (f"  failed {summary['failed']}" if summary["failed"] else ""),
                flush=True,
            )
        names = [
            r[0]
            for r in store.db.all(
                "SELECT name FROM entities WHERE type = 'organization' ORDER BY doc_count DESC LIMIT 200"
            )
        ]
        queries = query_latencies(store, names or ["Klaster"], rounds)
        size = store.db.size_bytes() / 1e6
    finally:
        store.close()
    return {"backend": label, "batches": rows, "queries": queries, "db_mb": size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=None, help="documents per batch (default: docs / 10)")
    ap.add_argument("--db", choices=("both", "sqlite", "postgres"), default="both")
    ap.add_argument("--extract-sample", type=int, default=300, help="documents for the bare extraction rate")
    ap.add_argument("--rounds", type=int, default=100, help="query rounds for latencies")
    ap.add_argument(
        "--keep",
        metavar="DIR",
        help="build the databases in DIR and keep them (PostgreSQL: the server is stopped, its data kept)",
    )
    args = ap.parse_args(argv)
    batch = args.batch or max(1, args.docs // 10)
    pairs = generate(args.docs)
    extract_rate = bare_extraction([d for d, _ in pairs[: args.extract_sample]])
    print(f"bare extraction: {extract_rate:.1f} docs per CPU second ({args.extract_sample} documents)")
    results = []
    tmp = args.keep or tempfile.mkdtemp(prefix="kooperacja-growth-")
    os.makedirs(tmp, exist_ok=True)
    if args.db in ("both", "sqlite"):
        results.append(run("sqlite", os.path.join(tmp, "load.db"), pairs, batch, None, args.rounds))
    if args.db in ("both", "postgres"):
        bindir = find_bindir()
        if not bindir:
            print("(no PostgreSQL server binaries: skipped)", file=sys.stderr)
        else:
            pg = PostgresServer(bindir)
            pg.start()
            url = pg.new_database()
            print(f"PostgreSQL: {url} (data {pg.data})", flush=True)
            try:
                results.append(run("postgres", url, pairs, batch, pg.data, args.rounds))
            finally:
                if args.keep:
                    pg.halt()
                    print(
                        f"PostgreSQL data kept in {pg.data} (database {url.rsplit('/', 1)[1]}); restart with "
                        f"pg_ctl -D {pg.data} -o '-h 127.0.0.1 -p PORT -k {pg.tmp}' start"
                        + (" (as user postgres)" if pg.user else ""),
                        flush=True,
                    )
                else:
                    pg.stop()
    for res in results:
        rows = res["batches"]
        first, last = rows[0], rows[-1]
        cpu_first = first["cpu_s"] + first["server_cpu_s"]
        cpu_last = last["cpu_s"] + last["server_cpu_s"]
        total_docs = last["docs"]
        total_cpu = sum(r["cpu_s"] + r["server_cpu_s"] for r in rows)
        total_wall = sum(r["wall_s"] for r in rows)
        rate = total_docs / total_cpu
        q = res["queries"]
        print(
            f"{res['backend']}: {total_docs} docs, {total_docs / total_wall:.1f} docs/s wall, "
            f"{rate:.1f} docs per CPU second (loader + server) = {100 * rate / extract_rate:.0f} % of bare "
            f"extraction; CPU of batch {last['batch']} / batch 1: {cpu_last / cpu_first:.2f} "
            f"({cpu_last:.1f} s / {cpu_first:.1f} s); db {res['db_mb']:.0f} MB"
        )
        print(
            "  query ms p50/p95: "
            + "  ".join(f"{k} {v['p50_ms']:.1f}/{v['p95_ms']:.1f}" for k, v in q.items())
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the loader (with the generated corpus in memory): {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
