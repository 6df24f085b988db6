"""`kooperacja load RECORDS... --db URL`: store extraction records made elsewhere (by `extract`, by the
Ray engine, on other machines): resolution and storage only, streamed record by record."""

from __future__ import annotations

import argparse
import sys
from collections.abc import MutableMapping
from typing import Any


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory of this process (or of its largest child process) in MB (0 where unknown)."""
    try:
        import resource

        who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
        return resource.getrusage(who).ru_maxrss / 1024  # kB on Linux
    except (ImportError, OSError):  # pragma: no cover - not Unix
        return 0.0


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
    from kooperacja.cli.ingest_input import RecordStream
    from kooperacja.store import open_store

    # doc_id → Document: the documents of --documents (an index of where each lies, read again when its
    # record is stored: any record may name any of them), and the text that the record being stored
    # carries itself, let go once the next record is read, so that memory stays bounded on a long load
    texts: MutableMapping[str, Any] = {}
    if args.documents:
        from kooperacja.cli.ingest_input import DocumentIndex

        texts = DocumentIndex(args.documents)
    progress = Progress(None, enabled=not args.quiet)
    stream = RecordStream(args.records, texts)  # bad input: one line each in stream.errors and on stderr

    try:
        store = open_store(args.db)
    except Exception as exc:
        print(f"kooperacja: cannot open the database: {exc}", file=sys.stderr)
        return 2
    try:
        summary = store.ingest_records(stream, texts, progress=progress)
    finally:
        store.close()
    bad = [str(e) for e in stream.errors]
    summary["failed"] += len(bad)
    summary["errors"] = bad + summary["errors"]
    summary["peak_rss_mb"] = peak_rss_mb()
    if progress.tty:
        progress.stream.write("\n")
        progress.tty = False
    if args.json:
        _print_json(summary)
    else:
        print_summary(summary)
        print(f"memory:    peak {summary['peak_rss_mb']:.0f} MB (the loader, one process)")
        for err in summary["errors"][len(bad) :][:10]:
            print(f"  failed: {err}", file=sys.stderr)
    progress.finish()
    stored = summary["new"] + summary["unchanged"] + summary["replaced"] + summary["near_duplicate"]
    return 1 if summary["failed"] and not stored else 0
