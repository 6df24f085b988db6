"""Extraction on Ray with 1 and 2 (or more) workers against one process, on this machine.

    python bench/ray_speed.py                  # 400 documents, workers 1 and 2
    python bench/ray_speed.py --docs 2000 --workers 1 2 4

The documents are the bundled samples repeated with distinct ids (a JSONL file). Each Ray run starts a
local cluster with as many CPUs as workers and stops it afterwards; the time includes the driver's and
the actors' start-up (language data loaded once per actor). Peak RSS per extraction actor is sampled from /proc while the run goes on. Records are
checked identical to the single-process ones. On a machine shared with other work, wall times are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def corpus(folder: Path, n: int) -> Path:
    samples = sorted((ROOT / "samples").glob("*.txt"))
    path = folder / "docs.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(n):
            text = samples[k % len(samples)].read_text(encoding="utf-8")
            fh.write(json.dumps({"id": f"bench-{k:06d}", "text": text}, ensure_ascii=False) + "\n")
    return path


class RssSampler(threading.Thread):
    """Peak RSS (MB) of each process whose command line names the extraction actor."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            for entry in os.listdir("/proc"):
                if not entry.isdigit():
                    continue
                try:
                    cmd = Path("/proc", entry, "cmdline").read_bytes()
                    if b"BatchExtractor" not in cmd:
                        continue
                    for line in Path("/proc", entry, "status").read_text().splitlines():
                        if line.startswith("VmRSS:"):
                            mb = int(line.split()[1]) / 1024
                            self.peak[int(entry)] = max(self.peak.get(int(entry), 0.0), mb)
                except OSError:
                    continue
            time.sleep(0.2)


def ray_run(path: Path, workers: int) -> tuple[float, float, list[str], dict[int, float]]:
    """(seconds in all, documents/s after the first records came back (an upper bound: ordered output comes
    in bursts), records, peak RSS per actor)."""
    from kooperacja.extract.ray_engine import build_dataset, connect, input_files

    sampler = RssSampler()
    sampler.start()
    t = time.perf_counter()
    ray = connect(None, workers)
    try:
        ds = build_dataset(input_files([str(path)]), workers)
        records: list[str] = []
        first_at, first_n = 0.0, 0
        for batch in ds.iter_batches(batch_format="pyarrow", batch_size=None):
            rows = batch.to_pylist()
            assert all(r["error"] is None for r in rows), [r["error"] for r in rows if r["error"]][:3]
            records += [r["record"] for r in rows]
            if not first_at:
                first_at, first_n = time.perf_counter(), len(records)
        end = time.perf_counter()
    finally:
        ray.shutdown()
    sampler.stop.set()
    sampler.join()
    steady = (len(records) - first_n) / max(end - first_at, 1e-9)
    return end - t, steady, records, sampler.peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args(argv)
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    tmp = Path(tempfile.mkdtemp(prefix="kooperacja-ray-bench-"))
    path = corpus(tmp, args.docs)

    from kooperacja.documents.readers import read_paths
    from kooperacja.extract import extract_document

    docs = list(read_paths([path]))
    extract_document(docs[0])
    t = time.perf_counter()
    expected = [json.dumps(extract_document(d), ensure_ascii=False) for d in docs]
    single = time.perf_counter() - t
    print(
        f"one process: {args.docs} documents in {single:.1f} s, {args.docs / single:.1f} docs/s (data loaded)"
    )
    for workers in args.workers:
        took, _steady, got, peak = ray_run(path, workers)
        rss = ", ".join(f"{v:.0f}" for v in sorted(peak.values())) or "n/a"
        print(
            f"ray, {workers} worker(s): {took:.1f} s in all, {args.docs / took:.1f} docs/s with start-up; "
            f"records identical: {got == expected}; "
            f"peak RSS per actor: {rss} MB",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
