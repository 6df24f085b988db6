"""Extraction speed in one process: documents/s, words/s and peak RSS.

usage: python bench/extract_speed.py [--docs 2000] [PATH ...]
       python bench/extract_speed.py --real PATH [PATH ...]
Extracts the bundled samples (or the given files/folders), repeated until --docs documents, in one process.
Each repeat gets a distinct doc_id; the per-word morphology cache is warmed by the first pass, as in a real
batch. With --real, the given real articles are each extracted once with cold caches (after the data is
loaded) and then once more; both passes are reported. Prints one line per measure."""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kooperacja.documents.model import Document  # noqa: E402
from kooperacja.documents.readers import read_paths  # noqa: E402
from kooperacja.extract import extract_document  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "samples")])
    ap.add_argument("--docs", type=int, default=2000, help="documents to extract (default 2000)")
    ap.add_argument("--real", nargs="+", metavar="PATH", help="real articles: each extracted once per pass")
    args = ap.parse_args(argv)
    if args.real:
        return real(args.real)
    base = [d for d in read_paths(args.paths) if isinstance(d, Document)]
    if not base:
        print("no documents found", file=sys.stderr)
        return 1
    started = time.perf_counter()
    extract_document(base[0])  # loads lexicons and gazetteers
    load_s = time.perf_counter() - started
    words = 0
    n = 0
    t0 = time.perf_counter()
    while n < args.docs:
        src = base[n % len(base)]
        doc = Document(doc_id=f"{src.doc_id}-{n}", text=src.text, published=src.published)
        extract_document(doc)
        words += len(src.text.split())
        n += 1
    took = time.perf_counter() - t0
    print(f"documents: {n} ({len(base)} distinct, repeated)")
    print(f"start-up (data loading): {load_s:.2f} s")
    print(f"documents/s: {n / took:.1f}")
    print(f"words/s: {words / took:.0f}")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    return 0


def real(paths: list[str]) -> int:
    docs = [d for d in read_paths(paths) if isinstance(d, Document)]
    if not docs:
        print("no documents found", file=sys.stderr)
        return 1
    started = time.perf_counter()
    extract_document(Document(doc_id="warm-up", text="Gmina Kórnik podpisała umowę."))  # loads the data
    print(f"start-up (data loading): {time.perf_counter() - started:.2f} s")
    words = sum(len(d.text.split()) for d in docs)
    print(f"documents: {len(docs)} real, {words} words")
    for label in ("first pass (cold caches)", "second pass (warm caches)"):
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            extract_document(d)
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(
            f"{label}: documents/s: {len(docs) / took:.1f}  words/s: {words / took:.0f}"
            f"  (per CPU second, robust to other load: {len(docs) / cpu:.1f} documents/s, {words / cpu:.0f} words/s)"
        )
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
