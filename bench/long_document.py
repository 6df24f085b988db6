"""Extraction time and peak memory of one long document, by size: the basis of the per-document limit
(`kooperacja.documents.readers.MAX_BYTES`).

    python bench/long_document.py                       # 0.25, 0.5, 1 and 2 MB
    python bench/long_document.py --sizes 0.5 1 2 4

Each text is made of the texts of ../shared/eval/dev2 (real news, read at run time, never copied),
repeated until it reaches the size; each size runs in a fresh process (peak RSS is that process's).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV2 = ROOT.parent / "shared" / "eval" / "dev2"

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from kooperacja.documents.model import Document
from kooperacja.extract import extract_document
size = int(sys.argv[1])
parts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
text, i = [], 0
total = 0
while total < size:
    t = parts[i % len(parts)]
    text.append(t)
    total += len(t.encode("utf-8")) + 2
    i += 1
text = "\n\n".join(text)
extract_document(Document(doc_id="warm", text=parts[0]))  # models and lexicons loaded
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
rec = extract_document(Document(doc_id="long", text=text))
took = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"mb": round(len(text.encode("utf-8")) / 1e6, 2), "chars": len(text), "seconds": round(took, 1),
                  "peak_rss_mb": round(peak / 1024), "rss_before_mb": round(base / 1024),
                  "entities": len(rec.get("entities") or []), "events": len(rec.get("events") or [])}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1.0, 2.0], help="MB")
    ap.add_argument("--timeout", type=float, default=900, help="seconds per size")
    args = ap.parse_args()
    for mb in args.sizes:
        try:
            run = subprocess.run(
                [sys.executable, "-c", CHILD, str(int(mb * 1e6)), str(DEV2)],
                capture_output=True,
                text=True,
                timeout=args.timeout,
            )
        except subprocess.TimeoutExpired:
            print(json.dumps({"mb": mb, "seconds": f">{args.timeout:.0f}", "note": "timed out"}))
            continue
        if run.returncode != 0:
            print(json.dumps({"mb": mb, "error": run.stderr.strip().splitlines()[-1:]}))
            continue
        print(run.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
