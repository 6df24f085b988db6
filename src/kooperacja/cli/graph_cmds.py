"""Graph commands: ingest, show, events, search, stats, merge, split, export, recommend."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any, TextIO


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=None,
        help="SQLite file or postgresql:// URL (default: $KOOPERACJA_DB or ./kooperacja.db)",
    )


def _json_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable JSON output")


def register(sub: Any) -> None:
    p = sub.add_parser("ingest", help="extract, resolve and store documents")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt, .html, .jsonl, feeds)")
    _db_arg(p)
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        help="processes (default: 2 on 2+ cores, a worker extracting while the main one stores; 1: no worker)",
    )
    p.add_argument("--published", default=None, help="date of documents that state none")
    p.add_argument(
        "--records",
        action="store_true",
        help="PATHs are extraction records (.json, .jsonl); a sibling .txt is the text",
    )
    p.add_argument(
        "--reextract", action="store_true", help="re-extract unchanged documents made by an older extractor"
    )
    p.add_argument(
        "--min-confidence",
        type=float,
        metavar="X",
        help="leave out facts whose learned confidence is below X (0-1; default: the model's thresholds)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    _json_arg(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("show", help="profile of an organisation, person or place")
    p.add_argument("name", help="name, alias, acronym or id")
    _db_arg(p)
    _json_arg(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("events", help="list events")
    p.add_argument("--type")
    p.add_argument("--org", help="participant name or id")
    p.add_argument("--sector")
    p.add_argument("--since")
    p.add_argument("--until")
    p.add_argument("--place", help="place name or id")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    _db_arg(p)
    _json_arg(p)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("search", help="full-text search over documents and names (any inflected form)")
    p.add_argument("text", nargs="+")
    p.add_argument("--limit", type=int, default=10)
    _db_arg(p)
    _json_arg(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("stats", help="what the database holds")
    _db_arg(p)
    _json_arg(p)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("merge", help="merge entity B into entity A (remembered across re-ingestion)")
    p.add_argument("a", help="id (or name) of the entity to keep")
    p.add_argument("b", help="id (or name) of the entity merged into it")
    p.add_argument("--reason", default="user")
    _db_arg(p)
    _json_arg(p)
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser(
        "split", help="split an entity into one per distinct name (remembered across re-ingestion)"
    )
    p.add_argument("id", help="entity id (or name)")
    p.add_argument("--reason", default="user")
    _db_arg(p)
    _json_arg(p)
    p.set_defaults(func=cmd_split)

    p = sub.add_parser("export", help="export the graph: csv | jsonl | graphml | jsonld")
    p.add_argument("--format", "-f", choices=["csv", "jsonl", "graphml", "jsonld"], default="jsonl")
    p.add_argument(
        "--output",
        "-o",
        default=None,
        help="file; CSV: x.csv = one table of events (participants, place, evidence), a folder or .zip = "
        "all tables, - = events to stdout; default stdout (CSV: the folder ./export)",
    )
    p.add_argument(
        "--sep",
        choices=["comma", "semicolon"],
        default="comma",
        help="CSV separator (semicolon: Polish spreadsheets)",
    )
    _db_arg(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("recommend", help="partner recommendations for an organisation")
    p.add_argument("name", help="name, alias, acronym or id")
    p.add_argument("-k", type=int, default=10)
    _db_arg(p)
    _json_arg(p)
    p.set_defaults(func=cmd_recommend)


# -- helpers ------------------------------------------------------------------------------------------
def _open(args: argparse.Namespace, create: bool = False) -> Any:
    """The store of --db; unless `create`, a SQLite file that is not there is refused (a mistyped
    path must not leave an empty database behind)."""
    from kooperacja.store import open_store

    if not create:
        from kooperacja.cli.serve_cmd import missing_database

        problem = missing_database(args.db)
        if problem:
            raise SystemExit(f"kooperacja: {problem}")
    return open_store(args.db)


def _print_json(data: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=1, default=str)
    out.write("\n")


def print_summary(summary: dict[str, Any]) -> None:
    """The three lines of a store summary (documents, entities, events) that `ingest` and `load` print."""
    print(
        f"documents: {summary['new']} new, {summary['unchanged']} unchanged, {summary['replaced']} replaced, "
        f"{summary['near_duplicate']} near-duplicate, {summary['duplicate']} duplicate, {summary['failed']} failed"
    )
    print(f"entities:  {summary['entities_created']} created, {summary['entities_merged']} merged")
    print(f"events:    {summary['events_created']} created, {summary['events_merged']} merged")


def _table(rows: list[list[Any]], headers: list[str], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    cells = [[("" if c is None else str(c)) for c in r] for r in rows]
    widths = [len(h) for h in headers]
    for r in cells:
        for i, c in enumerate(r):
            widths[i] = min(max(widths[i], len(c)), 60)

    def fmt(r: list[str]) -> str:
        return "  ".join(
            (c if len(c) <= 60 else c[:59] + "…").ljust(widths[i]) for i, c in enumerate(r)
        ).rstrip()

    out.write(fmt(headers) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write(fmt(r) + "\n")


def _find_one(store: Any, name: str) -> dict[str, Any] | None:
    found = store.find_entities(name, limit=1)
    return found[0] if found else None


def _fmt_value(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return f"{int(v):,}".replace(",", " ")
    return str(v)


class Progress:
    """A progress bar on stderr when it is a terminal; otherwise one final line."""

    def __init__(self, total: int | None, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = enabled and self.stream.isatty()
        self.total = total
        self.started = time.perf_counter()
        self.last = 0.0
        self.done = 0

    def __call__(self, done: int, summary: dict[str, Any]) -> None:
        self.done = done
        now = time.perf_counter()
        if not self.tty or (now - self.last < 0.1 and done != self.total):
            return
        self.last = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        if self.total:
            frac = min(done / self.total, 1.0)
            bar = "#" * int(frac * 30)
            eta = (self.total - done) / rate if rate > 0 else 0
            line = f"\r[{bar:<30}] {done}/{self.total} docs  {rate:6.1f} doc/s  ETA {int(eta) // 60}:{int(eta) % 60:02d} "
        else:
            line = f"\r{done} docs  {rate:6.1f} doc/s "
        self.stream.write(line)
        self.stream.flush()

    def finish(self, stored: int | None = None, failed: int = 0) -> None:
        elapsed = time.perf_counter() - self.started
        stored = self.done if stored is None else stored
        rate = stored / elapsed if elapsed > 0 else 0.0
        if self.tty:
            self.stream.write("\n")
        sys.stdout.flush()  # the summary first, whole, so this line never lands inside it
        bad = f", {failed} failed" if failed else ""
        self.stream.write(f"ingested {stored} documents{bad} in {elapsed:.1f} s ({rate:.1f} doc/s)\n")
        self.stream.flush()


# -- commands -----------------------------------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace) -> int:
    from kooperacja.cli.options import apply_min_confidence

    if not apply_min_confidence(args.min_confidence):
        return 2
    from kooperacja.cli.ingest_input import RecordStream, documents_with_warnings

    read_errors: list[str] = []
    store = _open(args, create=True)
    try:
        # inputs are streamed: a large JSONL file is stored as it is read, never held whole
        progress = Progress(None, enabled=not args.quiet)
        if args.records:
            stream = RecordStream(args.paths)
            records: Any = stream
            if args.min_confidence is not None:
                from kooperacja.extract.confidence import filter_record

                records = (filter_record(r, args.min_confidence) for r in stream)
            summary = store.ingest_records(records, stream.documents, progress=progress)
            read_errors = [str(e) for e in stream.errors]
        else:
            from kooperacja.documents.readers import read_paths

            items = documents_with_warnings(read_paths(args.paths, published=args.published))
            summary = store.ingest(items, progress=progress, jobs=args.jobs, reextract=args.reextract)
        if progress.tty:
            progress.stream.write("\n")  # end the progress bar's line
            progress.tty = False
    finally:
        store.close()
    if read_errors:  # records that could not even be read count as failed inputs too
        summary["failed"] += len(read_errors)
        summary["errors"] = (read_errors + list(summary["errors"]))[:50]
    from kooperacja.cli.load_cmd import peak_rss_mb

    summary["peak_rss_mb"] = peak_rss_mb()
    workers = peak_rss_mb(children=True)  # the largest extraction worker (none with --jobs 1)
    if workers:
        summary["peak_rss_mb_worker"] = workers
    if args.json:
        _print_json(summary)
    else:
        print_summary(summary)
        print(
            f"memory:    peak {summary['peak_rss_mb']:.0f} MB (the writer)"
            + (f", {workers:.0f} MB (the largest extraction worker)" if workers else "")
        )
        errors = summary["errors"]
        for err in errors[:10]:
            print(f"  failed: {err}", file=sys.stderr)
        if summary["failed"] > 10:
            print(f"  … {summary['failed'] - 10} more failed (all of them: --json)", file=sys.stderr)
    # the last line, on a line of its own after the summary (stdout flushed before it is written)
    kept = sum(int(summary[k]) for k in ("new", "unchanged", "replaced", "near_duplicate", "duplicate"))
    progress.finish(stored=kept, failed=int(summary["failed"]))
    # any input that was not stored makes the run fail, so that scripts notice
    return 1 if summary["failed"] else 0


def cmd_show(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        hit = _find_one(store, args.name)
        profile = store.entity(hit["id"]) if hit else None
        others = store.find_entities(args.name, limit=5)[1:] if hit else []
    finally:
        store.close()
    if profile is None:
        print(f"no entity named {args.name!r}", file=sys.stderr)
        return 1
    if args.json:
        _print_json(profile)
        return 0
    p = profile
    kind = p["type"] + (f" / {p['subtype']}" if p["subtype"] else "")
    print(f"{p['name']}  [{kind}]  id {p['id']}")
    if p["aliases"]:
        print(f"  aliases: {', '.join(p['aliases'])}")
    if p["country"] or p["lat"] is not None:
        print(
            f"  country: {p['country'] or '-'}"
            + (f"  at {p['lat']:.4f}, {p['lon']:.4f}" if p["lat"] is not None else "")
        )
    if p["sectors"]:
        print(f"  sectors: {', '.join(p['sectors'])}")
    print(f"  documents: {len(p['documents'])}")
    if p.get("roles"):
        print("\nroles:")
        for r in p["roles"]:
            print(f"  {r['title'] or '-'}  {r['organization'] or ''}  ({r['doc_id']})")
    if p["figures"]:
        print("\nfigures:")
        _table(
            [
                [f["metric"], _fmt_value(f["value"]), f["unit"], f["qualifier"], f["doc_id"]]
                for f in p["figures"]
            ],
            ["metric", "value", "unit", "qualifier", "source"],
        )
    if p["events"]:
        print("\ntimeline:")
        _table(
            [
                [
                    e["date"] or "?",
                    e["type"],
                    e["name"] or "",
                    ", ".join(x["name"] for x in e["participants"] if x["entity_id"] != p["id"]),
                    e["sources"],
                ]
                for e in p["events"]
            ],
            ["date", "type", "name", "with", "sources"],
        )
    if p["partners"]:
        print("\npartners:")
        _table(
            [[x["name"], x["subtype"] or x["type"], x["shared_events"]] for x in p["partners"][:20]],
            ["partner", "kind", "shared events"],
        )
    if p["people"]:
        print("\npeople:")
        for x in p["people"][:20]:
            print(f"  {x['name']}  ({x['title'] or '-'})")
    if others:
        print("\nalso matching: " + "; ".join(f"{o['name']} (id {o['id']})" for o in others))
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        evs = store.events(
            type=args.type,
            org=args.org,
            sector=args.sector,
            since=args.since,
            until=args.until,
            place=args.place,
            limit=args.limit,
            offset=args.offset,
        )
    finally:
        store.close()
    if args.json:
        _print_json(evs)
        return 0
    _table(
        [
            [
                e["id"],
                e["date"] or "?",
                e["type"],
                e["place"] or "",
                "; ".join(x["name"] for x in e["participants"]),
                ",".join(e["sectors"]),
                e["sources"],
            ]
            for e in evs
        ],
        ["id", "date", "type", "place", "participants", "sectors", "src"],
    )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        res = store.search(" ".join(args.text), limit=args.limit)
    finally:
        store.close()
    if args.json:
        _print_json(res)
        return 0
    for key in ("organizations", "people", "places"):
        if res[key]:
            print(f"{key}:")
            for e in res[key]:
                print(f"  {e['name']}  ({e['subtype'] or e['type']}, id {e['id']}, {e['documents']} docs)")
    if res["events"]:
        print("events:")
        for e in res["events"]:
            print(
                f"  [{e['id']}] {e['date'] or '?'} {e['type']}: {'; '.join(x['name'] for x in e['participants'])}"
            )
    if res["documents"]:
        print("documents:")
        for d in res["documents"]:
            print(f"  {d['doc_id']}  {d['title'] or ''}\n      {d['snippet']}")
    if not any(res.values()):
        print("nothing found")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        st = store.stats()
    finally:
        store.close()
    if args.json:
        _print_json(st)
        return 0
    print(f"database: {st['backend']} (schema {st['schema_version']}, {st['size_bytes'] / 1e6:.1f} MB)")
    print(f"documents: {st['documents']} ({st['near_duplicates']} near-duplicates)")
    print(f"entities: {st['entities']}  " + ", ".join(f"{k} {v}" for k, v in st["entities_by_type"].items()))
    print(
        f"events: {st['events']} from {st['event_sources']} sources  "
        + ", ".join(f"{k} {v}" for k, v in st["events_by_type"].items())
    )
    print(f"figures: {st['figures']}  mentions: {st['mentions']}  corrections: {st['corrections']}")
    print("merges: " + (", ".join(f"{k} {v}" for k, v in st["merges"].items()) or "none"))
    if st["sectors"]:
        print("top sectors: " + ", ".join(f"{k} {v}" for k, v in list(st["sectors"].items())[:10]))
    return 0


def _entity_id(store: Any, value: str) -> int | None:
    if value.isdigit():
        return int(value)
    hit = _find_one(store, value)
    return hit["id"] if hit else None


def cmd_merge(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        a, b = _entity_id(store, args.a), _entity_id(store, args.b)
        if a is None or b is None:
            res = {"ok": False, "error": f"no entity {args.a if a is None else args.b!r}"}
        else:
            res = store.merge(a, b, reason=args.reason)
    finally:
        store.close()
    if args.json:
        _print_json(res)
    elif res["ok"]:
        print(f"merged {res['merged']} into {res['kept']} ({res['entity']['name']})")
    else:
        print(res["error"], file=sys.stderr)
    return 0 if res["ok"] else 1


def cmd_split(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        eid = _entity_id(store, args.id)
        res = (
            store.split(eid, reason=args.reason)
            if eid is not None
            else {"ok": False, "error": f"no entity {args.id!r}"}
        )
    finally:
        store.close()
    if args.json:
        _print_json(res)
    elif res["ok"]:
        print("split into: " + "; ".join(f"{e['name']} (id {e['id']})" for e in res["entities"] if e))
    else:
        print(res["error"], file=sys.stderr)
    return 0 if res["ok"] else 1


def cmd_export(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        from kooperacja.analysis.network import network

        net = network(store) if args.format == "graphml" else None
        store.export(args.format, args.output, sep=";" if args.sep == "semicolon" else ",", network=net)
    finally:
        store.close()
    if args.output:
        print(f"exported {args.format} to {args.output}", file=sys.stderr)
    return 0


def cmd_recommend(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        hit = _find_one(store, args.name)
        from kooperacja.analysis.recommend import recommend_partners

        recs = recommend_partners(store, hit["id"], k=args.k) if hit else None
    finally:
        store.close()
    if recs is None:
        print(f"no entity named {args.name!r}", file=sys.stderr)
        return 1
    if args.json:
        _print_json({"entity": hit, "recommendations": recs})
        return 0
    print(f"partners for {hit['name']} (id {hit['id']}):")
    _table(
        [
            [r["name"], r["subtype"] or "", f"{r['score']:.3f}", "; ".join(x["text"] for x in r["reasons"])]
            for r in recs
        ],
        ["organisation", "kind", "score", "why"],
    )
    return 0
