"""Extraction speed in one process: documents/s, words/s and peak RSS.

usage: python bench/extract_speed.py [--docs 2000] [PATH ...]
       python bench/extract_speed.py --real PATH [PATH ...] [--profile N]

Default mode extracts the bundled samples (or the given files/folders), repeated until --docs documents, in
one process. Each repeat gets a distinct doc_id; the per-word morphology cache is warmed by the first pass,
as in a real batch.

--real extracts each given document once, cold: the language data is loaded first (on a short sentence of
our own), but no word of the measured texts has been analysed before. It then times bare Morfeusz analysis
of the same texts (a fresh analyser, each text analysed whole, as morfeusz2.Morfeusz.analyse does) and
prints the ratio. Rates are per CPU second of the process (wall time beside it): on a shared machine CPU
time is the steadier measure. The measurement runs --repeat times (default 3), each in a fresh process,
and the best run of each measure is printed, with the peak memory of a worker (the highest resident set
after loading the language data and after extracting). --profile N prints the N costliest functions (cProfile,
cumulative and own time) of one extraction pass instead. --components times each pipeline component (CPU) in
the same runs and prints each one's best run and share.
Prints one line per measure."""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kooperacja.documents.model import Document  # noqa: E402
from kooperacja.documents.readers import read_paths  # noqa: E402
from kooperacja.extract import extract_document  # noqa: E402

WARM_UP = "Spółka Przykład z Poznania podpisała w marcu umowę o współpracy z miastem."
WARM_UP_EN = "The Example Cluster from Poznan signed a cooperation agreement with the city in March."


def _warm_up(docs: list[Document]) -> None:
    """Loads the language data (lexicons, gazetteers) of Polish, and of English where English documents are
    measured, on short sentences of our own, so that no language's loading is counted as extraction."""
    from kooperacja.documents.language import detect_language

    extract_document(Document(doc_id="warm-up", text=WARM_UP))
    if any((d.lang or detect_language(d.text)) == "en" for d in docs):
        extract_document(Document(doc_id="warm-up-en", text=WARM_UP_EN))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _words(text: str) -> int:
    return len(text.split())


def bare_morfeusz(texts: list[str]) -> tuple[float, float]:
    """(wall s, CPU s) of a fresh morfeusz2 analyser on each text, whole."""
    import morfeusz2

    m = morfeusz2.Morfeusz(expand_tags=False)
    m.analyse("start")
    w0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        m.analyse(text)
    return time.perf_counter() - w0, time.process_time() - c0


def _timed_components(docs: list[Document]) -> dict[str, float]:
    """CPU seconds of each component of the Polish pipeline (and of making the record) over `docs`; documents
    of another language go through their own pipeline, counted as "other language"."""
    from kooperacja.documents.language import detect_language
    from kooperacja.extract.doc import Doc
    from kooperacja.extract.pipeline import default_pipeline
    from kooperacja.extract.record import to_record

    pipeline = default_pipeline("pl")
    took: dict[str, float] = {}
    clock = time.process_time
    for d in docs:
        lang = d.lang or detect_language(d.text)
        if lang != "pl":
            c0 = clock()
            pipeline.run(d)
            took["other language"] = took.get("other language", 0.0) + clock() - c0
            continue
        doc = Doc(text=d.text, doc_id=d.doc_id, published=d.published, lang=lang, title=d.title, url=d.url)
        for name, component in pipeline.components:
            c0 = clock()
            component(doc)
            took[name] = took.get(name, 0.0) + clock() - c0
        c0 = clock()
        to_record(doc)
        took["record"] = took.get("record", 0.0) + clock() - c0
    return took


def real_once(paths: list[str], profile: int, components: bool = False) -> dict[str, Any]:
    docs = [d for d in read_paths(paths) if isinstance(d, Document)]
    if not docs:
        raise SystemExit("no documents found")
    w0 = time.perf_counter()
    _warm_up(docs)  # loads lexicons and gazetteers
    load_s = time.perf_counter() - w0
    load_rss = peak_rss_mb()
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    w0, c0 = time.perf_counter(), time.process_time()
    parts: dict[str, float] = {}
    if components:
        parts = _timed_components(docs)
    else:
        for d in docs:
            extract_document(d)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    if prof is not None:
        import pstats

        prof.disable()
        stats = pstats.Stats(prof, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(profile)
        stats.sort_stats("tottime").print_stats(profile)
    rss = peak_rss_mb()  # before the bare analyser below adds its own
    m_wall, m_cpu = bare_morfeusz([d.text for d in docs])
    return {
        "docs": len(docs),
        "words": sum(_words(d.text) for d in docs),
        "load_s": load_s,
        "wall": wall,
        "cpu": cpu,
        "m_wall": m_wall,
        "m_cpu": m_cpu,
        "rss_mb": rss,
        "load_rss_mb": load_rss,
        "components": parts,
    }


def _print_memory(load_mb: float, peak_mb: float, runs: int) -> None:
    """Peak memory of one extraction worker (a process that loads the language data and then extracts): the
    high-water resident set after loading, and after extracting (which includes the loaded data)."""
    print(f"peak memory per worker (highest of {runs} process{'es' if runs > 1 else ''}):")
    print(f"  after loading the language data: {load_mb:.0f} MB")
    print(f"  after extraction: {peak_mb:.0f} MB (+{peak_mb - load_mb:.0f} MB for the documents and caches)")


def real(paths: list[str], profile: int, repeat: int, components: bool = False) -> int:
    import json
    import subprocess

    if profile:
        runs = [real_once(paths, profile)]
    else:
        runs = []
        for _ in range(max(1, repeat)):
            out = subprocess.run(
                [sys.executable, __file__, *(["--components"] if components else []), "--real-once", *paths],
                capture_output=True,
                text=True,
                check=True,
            )
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = {k: min(r[k] for r in runs) for k in ("load_s", "wall", "cpu", "m_wall", "m_cpu")}
    docs, words = runs[0]["docs"], runs[0]["words"]
    cpu, wall = best["cpu"], best["wall"]
    print(f"documents: {docs} (each once, cold caches), words: {words}; best of {len(runs)} fresh processes")
    print(f"start-up (data loading): {best['load_s']:.2f} s")
    print(f"documents/s: {docs / cpu:.1f} per CPU second ({docs / wall:.1f} wall)")
    print(f"words/s: {words / cpu:.0f} per CPU second ({words / wall:.0f} wall)")
    print(
        f"bare Morfeusz words/s: {words / best['m_cpu']:.0f} per CPU second ({words / best['m_wall']:.0f} wall)"
    )
    print(f"ratio to bare Morfeusz: {best['m_cpu'] / cpu:.2f} (CPU), {best['m_wall'] / wall:.2f} (wall)")
    each = ", ".join(f"{words / r['cpu']:.0f}" for r in runs)
    print(f"all runs, extraction words/s per CPU second: {each}")
    print(f"peak RSS: {max(r['rss_mb'] for r in runs):.0f} MB")
    _print_memory(max(r["load_rss_mb"] for r in runs), max(r["rss_mb"] for r in runs), len(runs))
    if components:
        # each component's best run (the runs are timed component by component, so the sum can differ)
        names = list(runs[0]["components"])
        best_parts = {n: min(r["components"].get(n, 0.0) for r in runs) for n in names}
        total = sum(best_parts.values()) or 1.0
        print("CPU per component (best run of each; share of their sum):")
        for name, took in sorted(best_parts.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<16} {took:7.3f} s  {100 * took / total:5.1f} %")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "samples")])
    ap.add_argument("--docs", type=int, default=2000, help="documents to extract (default 2000)")
    ap.add_argument("--real", nargs="+", metavar="PATH", help="extract each of these documents once, cold")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="with --real: top N functions")
    ap.add_argument("--repeat", type=int, default=3, help="with --real: fresh processes, best is shown")
    ap.add_argument("--components", action="store_true", help="with --real: CPU time of each component too")
    ap.add_argument("--real-once", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.real_once:
        import json

        print(json.dumps(real_once(args.real_once, 0, args.components)))
        return 0
    if args.real:
        return real(args.real, args.profile, args.repeat, args.components)
    base = [d for d in read_paths(args.paths) if isinstance(d, Document)]
    if not base:
        print("no documents found", file=sys.stderr)
        return 1
    started = time.perf_counter()
    extract_document(base[0])  # loads lexicons and gazetteers
    load_s = time.perf_counter() - started
    load_rss = peak_rss_mb()
    words = 0
    n = 0
    t0 = time.perf_counter()
    while n < args.docs:
        src = base[n % len(base)]
        doc = Document(doc_id=f"{src.doc_id}-{n}", text=src.text, published=src.published)
        extract_document(doc)
        words += _words(src.text)
        n += 1
    took = time.perf_counter() - t0
    print(f"documents: {n} ({len(base)} distinct, repeated)")
    print(f"start-up (data loading): {load_s:.2f} s")
    print(f"documents/s: {n / took:.1f}")
    print(f"words/s: {words / took:.0f}")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    _print_memory(load_rss, peak_rss_mb(), 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
