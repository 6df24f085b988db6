"""`kooperacja extract PATH... [--output FILE] [--published DATE]`: one JSONL record per document."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, TextIO


def _source_path(source: str | None) -> Path | None:
    if not source:
        return None
    try:
        path = Path(source)
        if not path.exists() and ":" in source:
            path = Path(source.rsplit(":", 1)[0])
        return path.resolve()
    except (OSError, RuntimeError):  # a symbolic link loop, a path too long …
        return None


def register(sub: Any) -> None:
    p = sub.add_parser(
        "extract",
        help="extract records from files or folders (.txt, .html, .jsonl, feeds) as JSONL",
        description="Extract one record per document (shared/spec/extraction.md) and write them as JSONL.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--output", "-o", metavar="FILE", help="write JSONL here (default: standard output)")
    p.add_argument("--published", metavar="DATE", help="publication date for documents that give none")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress or summary on standard error")
    p.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local: this process (default); ray: a Ray cluster (pip install 'kooperacja[ray]'); "
        "with ray, PATHs may also be Parquet files and an --output ending in .parquet writes Parquet",
    )
    p.add_argument("--address", metavar="ADDR", help="with --engine ray: the cluster (default: a local one)")
    p.add_argument(
        "--workers", type=int, metavar="N", help="with --engine ray: extraction actors (default: CPUs)"
    )
    p.add_argument(
        "--min-confidence",
        type=float,
        metavar="X",
        help="drop facts whose learned confidence is below X (0-1; default: the model's thresholds; 0: keep all)",
    )
    p.set_defaults(func=run)


def _run_ray(args: argparse.Namespace, published: str | None) -> int:
    from kooperacja.extract.ray_engine import RayMissing, run_extract

    try:
        summary = run_extract(
            args.paths,
            args.output,
            address=args.address,
            workers=args.workers,
            published=published,
            quiet=args.quiet,
        )
    except RayMissing as exc:
        print(f"kooperacja: {exc}", file=sys.stderr)
        return 2
    except ConnectionError as exc:
        print(f"kooperacja: cannot reach the Ray cluster at {args.address}: {exc}", file=sys.stderr)
        return 2
    return 1 if summary.failed else 0


def run(args: argparse.Namespace) -> int:
    from kooperacja.documents.model import ReadError
    from kooperacja.documents.readers import read_paths
    from kooperacja.extract import extract_document
    from kooperacja.text.dates import parse_published

    published = None
    if args.published:
        published = parse_published(args.published)
        if published is None:
            print(f"kooperacja: --published {args.published!r} is not a date", file=sys.stderr)
            return 2
    from kooperacja.cli.options import apply_min_confidence

    if not apply_min_confidence(args.min_confidence):
        return 2
    if getattr(args, "engine", "local") == "ray":
        return _run_ray(args, published)
    try:
        out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        print(f"kooperacja extract: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    ok = failed = 0
    started = time.perf_counter()
    progress = sys.stderr.isatty() and not args.quiet
    own = Path(args.output).resolve() if args.output else None
    try:
        for item in read_paths(args.paths, published=published):
            if own is not None and _source_path(item.source) == own:
                continue  # the output file inside a folder being read
            if isinstance(item, ReadError):
                failed += 1
                print(f"error: {item}", file=sys.stderr)
                continue
            for warning in item.warnings:
                print(f"warning: {item.source or item.doc_id}: {warning}", file=sys.stderr)
            try:
                record = extract_document(item)
            except Exception as exc:  # one bad document must not stop the batch
                failed += 1
                print(f"error: {item.source or item.doc_id}: extraction failed: {exc}", file=sys.stderr)
                continue
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            ok += 1
            if progress and ok % 10 == 0:
                rate = ok / max(time.perf_counter() - started, 1e-9)
                print(f"\r{ok} documents, {rate:.0f}/s", end="", file=sys.stderr)
    finally:
        if args.output:
            out.close()
        else:
            out.flush()
    if not args.quiet:
        took = time.perf_counter() - started
        end = "\n" if progress else ""
        print(f"{end}extracted {ok} documents, {failed} failed, in {took:.1f} s", file=sys.stderr)
    return 1 if failed else 0
