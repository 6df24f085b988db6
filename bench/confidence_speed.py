"""Extraction speed with and without the learned confidence model, on real articles: words/s and peak RSS.

usage: python bench/confidence_speed.py PATH... [--passes 3]
Each mode runs in its own process (so that peak RSS is its own): "rules" runs every component but the
learned ones (high-recall candidates and confidence), "model" the whole default pipeline. The first pass
warms the caches and is not timed; the best of the timed passes counts, in CPU time of the process (steadier
than wall time on a shared machine). In "model" mode the CPU time of the learned components is also summed
apart. Prints one line per mode and the ratio (issue 9 allows the model at most a third of the rules' speed:
ratio >= 0.67)."""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def run_mode(mode: str, paths: list[str], passes: int) -> dict:
    from kooperacja.documents.model import Document
    from kooperacja.documents.readers import read_paths
    from kooperacja.extract.doc import Doc
    from kooperacja.extract.pipeline import default_pipeline

    docs = [d for d in read_paths(paths) if isinstance(d, Document)]
    pipe = default_pipeline("pl")
    skip = ("recall", "confidence") if mode == "rules" else ()
    components = [(n, c) for n, c in pipe.components if n not in skip]

    learned = [0.0]

    def one(d: Document) -> None:
        doc = Doc(text=d.text, doc_id=d.doc_id, published=d.published, lang="pl", title=d.title, url=d.url)
        for n, c in components:
            if n in ("recall", "confidence"):
                t = time.process_time()
                c(doc)
                learned[0] += time.process_time() - t
            else:
                c(doc)

    words = sum(len(d.text.split()) for d in docs)
    for d in docs:  # warm-up: lexicons, gazetteers, morphology cache, the model file
        one(d)
    best = float("inf")
    best_learned = 0.0
    for _ in range(passes):
        learned[0] = 0.0
        t0 = time.process_time()
        for d in docs:
            one(d)
        took = time.process_time() - t0
        if took < best:
            best, best_learned = took, learned[0]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "mode": mode,
        "docs": len(docs),
        "words": words,
        "words_per_s": words / best,
        "learned_share": best_learned / best,
        "peak_rss_mb": rss,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--mode", choices=["rules", "model"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.paths, args.passes)))
        return 0
    res = {}
    for mode in ("rules", "model"):
        out = subprocess.run(
            [sys.executable, __file__, *args.paths, "--passes", str(args.passes), "--mode", mode],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        res[mode] = json.loads(out.strip().splitlines()[-1])
        r = res[mode]
        share = (
            f", learned components {100 * r['learned_share']:.1f} % of the time" if mode == "model" else ""
        )
        print(
            f"{mode:6} {r['docs']} documents, {r['words']} words: {r['words_per_s']:,.0f} words/s (CPU), "
            f"peak RSS {r['peak_rss_mb']:.0f} MB{share}"
        )
    ratio = res["model"]["words_per_s"] / res["rules"]["words_per_s"]
    print(f"model/rules speed: {ratio:.2f} (at most a third slower: >= 0.67)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
