"""Evaluate cross-document event resolution on real reports of the same happenings.

Usage: .venv/bin/python tools/eval_resolution.py [FOLDER] [--db PATH] [--verbose] [--lang pl]
[--no-background] [--reverse]

FOLDER (default ../shared/eval/resolution-dev) holds reports r001.txt, … and `stories.md`, whose
lines `- label — r001, r002 — description` say which reports tell of one happening. Every report is
ingested with the real extractor into a temporary SQLite store; then for each story line the script
finds the stored event that has the most of the line's reports as sources (its "story event") and
prints whether all of them ended there, which reports have no event of the story's kind at all (the
extractor's part), and whether reports on different lines share any stored event (a false merge).
Pairwise precision/recall of "same event": a pair of reports is predicted the same when some stored
event has both as sources, and is the same when both are on one story line.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "eval" / "resolution-dev"

# Event types that a report of each story's happening may carry (the evaluator's reading of the
# story lines; keyed by the story's first report). Used only to say whether a report has an event of
# the story's kind at all, and to prefer such an event as the story's event.
KINDS: dict[str, set[str]] = {
    "r001": {"letter_of_intent", "agreement", "cooperation"},
    "r009": {"letter_of_intent", "agreement", "cooperation"},
    "r013": {"conference"},
    "r015": {"letter_of_intent", "agreement", "cooperation", "founding", "visit", "conference", "award"},
    "r026": {"agreement", "letter_of_intent", "cooperation"},
    "r030": {"agreement", "letter_of_intent", "cooperation"},
    "r046": {"investment", "founding"},
    "r063": {"visit"},
}

_LINE = re.compile(r"^\s*-\s*(?P<label>.+?)\s+—\s+(?P<ids>r\d+(?:\s*,\s*r\d+)*)\s+—")


@dataclass
class Story:
    label: str
    reports: list[str]
    kinds: set[str] = field(default_factory=set)
    background: bool = False


def read_stories(path: Path) -> list[Story]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        ids = [s.strip() for s in m.group("ids").split(",")]
        label = m.group("label")
        background = "background" in label.lower()
        label = label if len(label) <= 44 else label[:43] + "…"
        out.append(Story(label, ids, KINDS.get(ids[0], set()), background))
    return out


def ingest(folder: Path, db_path: str, reverse: bool = False) -> tuple[Any, dict[str, Any]]:
    from kooperacja.documents import read_paths
    from kooperacja.store import open_store

    store = open_store(db_path)
    files = sorted((str(p) for p in folder.glob("r*.txt")), reverse=reverse)
    summary = store.ingest(read_paths(files))
    return store, summary


def restrict(store: Any, stories: list[Story], lang: str | None, background: bool) -> list[Story]:
    """The stories over the reports of one language (by the stored document's language), without
    the background pages (story lines whose label says "background") unless `background`."""
    langs = {r[0]: r[1] for r in store.db.all("SELECT doc_id, lang FROM documents")}
    out = []
    for st in stories:
        if not background and st.background:
            continue
        reps = [r for r in st.reports if lang is None or langs.get(r) == lang]
        if reps:
            out.append(Story(st.label, reps, st.kinds, st.background))
    return out


def evaluate(store: Any, stories: list[Story]) -> dict[str, Any]:
    db = store.db
    # report → {event id: type}
    doc_events: dict[str, dict[int, str]] = {}
    for doc_id, event_id, etype in db.all(
        "SELECT d.doc_id, s.event_id, e.type FROM event_sources s JOIN documents d ON d.id = s.doc_pk "
        "JOIN events e ON e.id = s.event_id"
    ):
        doc_events.setdefault(doc_id, {})[int(event_id)] = etype
    src_types: dict[str, set[str]] = {}
    for doc_id, etype in db.all(
        "SELECT d.doc_id, s.type FROM event_sources s JOIN documents d ON d.id = s.doc_pk"
    ):
        src_types.setdefault(doc_id, set()).add(etype)
    # report → resolved participants of its events of any type
    doc_parts: dict[str, set[int]] = {}
    for doc_id, ent in db.all(
        "SELECT d.doc_id, p.entity_id FROM participants p JOIN event_sources s ON s.id = p.source_id "
        "JOIN documents d ON d.id = s.doc_pk"
    ):
        doc_parts.setdefault(doc_id, set()).add(int(ent))
    dups = {
        r[0]: r[1]
        for r in db.all(
            "SELECT d.doc_id, o.doc_id FROM documents d JOIN documents o ON o.id = d.duplicate_of"
        )
    }

    rows = []
    for st in stories:
        reps = st.reports
        missing = [r for r in reps if not (src_types.get(r, set()) & st.kinds)] if st.kinds else []
        counts: dict[int, set[str]] = {}
        for r in reps:
            for ev, etype in doc_events.get(r, {}).items():
                if not st.kinds or etype in st.kinds:
                    counts.setdefault(ev, set()).add(r)
        best = max(counts.items(), key=lambda kv: (len(kv[1]), -kv[0]), default=None)
        got = sorted(best[1]) if best else []
        achievable = [r for r in reps if r not in missing]
        if len(reps) == 1:
            status = "single report"
        elif len(got) == len(reps):
            status = "MERGED"
        elif len(achievable) >= 2 and set(got) >= set(achievable):
            status = "merged-achievable"
        elif len(achievable) < 2:
            status = "n/a (extractor)"
        else:
            shared = False
            for a, b in itertools.combinations(achievable, 2):
                pa = doc_parts.get(a, set())
                pb = doc_parts.get(b, set())
                shared = shared or bool(pa & pb)
            status = "SPLIT" if shared else "apart: no shared participant"
        rows.append(
            {
                "story": st.label,
                "reports": reps,
                "event": best[0] if best else None,
                "got": got,
                "no_event": missing,
                "status": status,
            }
        )

    # pairwise "same event" decisions over all reports named in stories
    line_of = {r: i for i, st in enumerate(stories) for r in st.reports}
    reports = sorted(line_of)
    tp = fp = fn = 0
    false_pairs, missed_pairs = [], []
    for a, b in itertools.combinations(reports, 2):
        same = line_of[a] == line_of[b]
        pred = bool(set(doc_events.get(a, {})) & set(doc_events.get(b, {})))
        if same and pred:
            tp += 1
        elif pred:
            fp += 1
            false_pairs.append((a, b))
        elif same:
            fn += 1
            missed_pairs.append((a, b))
    # pairs that the current extraction makes possible at all (both have an event of the story's kind)
    ach_tp = ach_fn = 0
    for row, st in zip(rows, stories, strict=True):
        ok = [r for r in st.reports if r not in row["no_event"]]
        for a, b in itertools.combinations(ok, 2):
            if set(doc_events.get(a, {})) & set(doc_events.get(b, {})):
                ach_tp += 1
            else:
                ach_fn += 1
    stats = store.stats()
    ents = {t: n for t, n in db.all("SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY type")}
    return {
        "rows": rows,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "achievable_recall": ach_tp / (ach_tp + ach_fn) if ach_tp + ach_fn else 1.0,
        "false_pairs": false_pairs,
        "missed_pairs": missed_pairs,
        "entities": ents,
        "events": int(db.scalar("SELECT COUNT(*) FROM events") or 0),
        "stats": stats,
        "duplicates": dups,
    }


def print_report(res: dict[str, Any], verbose: bool = False, store: Any = None) -> None:
    print(f"{'story':45} {'expected':22} {'got (one event)':22} {'no event of kind':18} status")
    print("-" * 120)
    for row in res["rows"]:
        exp = ",".join(row["reports"])
        got = ",".join(row["got"]) or "-"
        miss = ",".join(row["no_event"]) or "-"
        print(f"{row['story']:45} {exp:22} {got:22} {miss:18} {row['status']}")
    print()
    print(
        f"pairwise same-event: precision {res['precision']:.2f}  recall {res['recall']:.2f}  "
        f"(tp {res['tp']}, fp {res['fp']}, fn {res['fn']});  recall over pairs the extraction "
        f"makes possible {res['achievable_recall']:.2f}"
    )
    if res["false_pairs"]:
        print("false merges:", " ".join(f"{a}+{b}" for a, b in res["false_pairs"]))
    print(
        "entities:",
        ", ".join(f"{t} {n}" for t, n in res["entities"].items()),
        f"| events {res['events']}",
    )
    if res["duplicates"]:
        print("near-duplicates:", ", ".join(f"{a}→{b}" for a, b in sorted(res["duplicates"].items())))
    if verbose and store is not None:
        print()
        db = store.db
        for ev_id, etype, date, name in db.all("SELECT id, type, date, name FROM events ORDER BY id"):
            srcs = [
                f"{r[0]}:{r[1]}:{r[2] or '-'}"
                for r in db.all(
                    "SELECT d.doc_id, s.type, s.date FROM event_sources s JOIN documents d ON d.id = s.doc_pk "
                    "WHERE s.event_id = ?",
                    (ev_id,),
                )
            ]
            parts = [
                r[0]
                for r in db.all(
                    "SELECT DISTINCT e.name FROM participants p JOIN entities e ON e.id = p.entity_id "
                    "WHERE p.event_id = ?",
                    (ev_id,),
                )
            ]
            print(
                f"  event {ev_id} {etype} {date or '-'} {name or ''} | {'; '.join(parts)} | {' '.join(srcs)}"
            )
        print()
        for kind, kept, merged, doc_id, rule, reason in db.all(
            "SELECT kind, kept_id, merged_id, doc_id, rule, reason FROM merges WHERE kind IN ('event', 'entity') "
            "ORDER BY id"
        ):
            print(f"  merge {kind} {kept}<-{merged} {doc_id or ''} [{rule}] {reason}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--db", help="keep the store at this path (default: a temporary file)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list stored events and merges")
    ap.add_argument("--lang", help="only the reports in this language (e.g. pl), by the detected language")
    ap.add_argument(
        "--no-background", action="store_true", help="leave out background pages (story labels saying so)"
    )
    ap.add_argument(
        "--reverse",
        action="store_true",
        help="ingest the reports last first (resolution must not hang on order)",
    )
    args = ap.parse_args(argv)
    folder = Path(args.folder)
    if not (folder / "stories.md").exists():
        print(f"no stories.md in {folder}; nothing to evaluate", file=sys.stderr)
        return 2
    stories = read_stories(folder / "stories.md")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or os.path.join(tmp, "eval.db")
        if args.db and os.path.exists(path):
            os.remove(path)
        store, summary = ingest(folder, path, args.reverse)
        try:
            if summary.get("failed"):
                print("ingest errors:", summary.get("errors"), file=sys.stderr)
            chosen = restrict(store, stories, args.lang, not args.no_background)
            if args.lang or args.no_background:
                print(
                    f"reports: {sum(len(st.reports) for st in chosen)} of "
                    f"{sum(len(st.reports) for st in stories)}"
                    + (f" (language {args.lang})" if args.lang else "")
                    + ("; background pages left out" if args.no_background else "")
                )
            res = evaluate(store, chosen)
            print_report(res, args.verbose, store)
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
