"""`kooperacja load RECORDS... --db URL`: store extraction records made elsewhere (by `extract`, by the
Ray engine, on other machines): resolution and storage only, streamed record by record."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser(
        "load",
        help="store extraction records made elsewhere (JSONL, Parquet from --engine ray, JSON files)",
        description="Resolve and store extraction records (no extraction here). Records are read as a "
        "stream; texts come from --documents (the files the records were extracted from), else from a "
        "'text' field of the record or a sibling .txt of a .json record.",
    )
    p.add_argument(
        "records", nargs="+", metavar="RECORDS", help="record files (.jsonl, .parquet, .json) or folders"
    )
    p.add_argument(
        "--db",
        default=None,
        help="SQLite file or postgresql:// URL (default: $KOOPERACJA_DB or ./kooperacja.db)",
    )
    p.add_argument(
        "--documents",
        nargs="+",
        metavar="PATH",
        help="the documents the records were made from (their texts)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="the summary as JSON")
    p.set_defaults(func=cmd_load)


def cmd_load(args: argparse.Namespace) -> int:
    from kooperacja.cli.graph_cmds import Progress, _print_json, print_summary
    from kooperacja.store import open_store
    from kooperacja.store.bulk import RecordError, iter_records

    texts: dict[str, Any] = {}
    if args.documents:
        from kooperacja.documents.model import Document
        from kooperacja.documents.readers import read_paths

        texts = {d.doc_id: d for d in read_paths(args.documents) if isinstance(d, Document)}
    progress = Progress(None, enabled=not args.quiet)
    bad: list[str] = []

    def records() -> Any:
        for item in iter_records(args.records):
            if isinstance(item, RecordError):
                bad.append(str(item))
                print(f"error: {item}", file=sys.stderr)
                continue
            record, doc = item
            if doc is not None and record.get("doc_id") not in texts:
                texts[record.get("doc_id")] = doc
            yield record

    try:
        store = open_store(args.db)
    except Exception as exc:
        print(f"kooperacja: cannot open the database: {exc}", file=sys.stderr)
        return 2
    try:
        summary = store.ingest_records(records(), texts, progress=progress)
    finally:
        store.close()
    summary["failed"] += len(bad)
    summary["errors"] = bad + summary["errors"]
    if progress.tty:
        progress.stream.write("\n")
        progress.tty = False
    if args.json:
        _print_json(summary)
    else:
        print_summary(summary)
        for err in summary["errors"][len(bad) :][:10]:
            print(f"  failed: {err}", file=sys.stderr)
    progress.finish()
    stored = summary["new"] + summary["unchanged"] + summary["replaced"] + summary["near_duplicate"]
    return 1 if summary["failed"] and not stored else 0
