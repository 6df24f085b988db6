"""Extraction speed with and without the learned confidence model, on real articles: words/s and peak RSS.

usage: python bench/confidence_speed.py PATH... [--passes 6]
"rules" runs every component but the learned ones (high-recall candidates and confidence), "model" the
whole default pipeline. Speed: both modes in one process, passes alternating, after a warm-up pass; the best
pass of each counts, in CPU time of the process (steadier than wall time on a shared machine). Peak RSS: each
mode once more in a process of its own. Prints one line per mode, the share of the learned components in
the model's time, and the ratio (issue 9 allows the model at most a third of the rules' speed: >= 0.67)."""

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

LEARNED = ("recall", "confidence")


class Runner:
    def __init__(self, paths: list[str]) -> None:
        from kooperacja.documents.model import Document
        from kooperacja.documents.readers import read_paths
        from kooperacja.extract.pipeline import default_pipeline

        self.docs = [d for d in read_paths(paths) if isinstance(d, Document)]
        self.words = sum(len(d.text.split()) for d in self.docs)
        comps = default_pipeline("pl").components
        self.modes = {"rules": [(n, c) for n, c in comps if n not in LEARNED], "model": list(comps)}
        self.learned = 0.0

    def run(self, mode: str) -> float:
        """CPU seconds of one pass over the documents."""
        from kooperacja.extract.doc import Doc

        self.learned = 0.0
        t0 = time.process_time()
        for d in self.docs:
            doc = Doc(
                text=d.text, doc_id=d.doc_id, published=d.published, lang="pl", title=d.title, url=d.url
            )
            for n, c in self.modes[mode]:
                if n in LEARNED:
                    t = time.process_time()
                    c(doc)
                    self.learned += time.process_time() - t
                else:
                    c(doc)
        return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--passes", type=int, default=6)
    ap.add_argument("--rss", choices=["rules", "model"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    runner = Runner(args.paths)
    if not runner.docs:
        print("no documents found", file=sys.stderr)
        return 1
    if args.rss:
        runner.run(args.rss)
        print(json.dumps({"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
        return 0
    for mode in runner.modes:  # warm-up: lexicons, gazetteers, morphology cache, the model file
        runner.run(mode)
    best = dict.fromkeys(runner.modes, float("inf"))
    share = 0.0
    for _ in range(args.passes):
        for mode in runner.modes:
            took = runner.run(mode)
            if took < best[mode]:
                best[mode] = took
                if mode == "model":
                    share = runner.learned / took
    for mode in runner.modes:
        out = subprocess.run(
            [sys.executable, __file__, *args.paths, "--rss", mode], capture_output=True, text=True, check=True
        ).stdout
        rss = json.loads(out.strip().splitlines()[-1])["peak_rss_mb"]
        extra = f", learned components {100 * share:.1f} % of its time" if mode == "model" else ""
        print(
            f"{mode:6} {len(runner.docs)} documents, {runner.words} words: "
            f"{runner.words / best[mode]:,.0f} words/s (CPU), peak RSS {rss:.0f} MB{extra}"
        )
    print(f"model/rules speed: {best['rules'] / best['model']:.2f} (at most a third slower: >= 0.67)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
