"""Evaluate cross-document entity resolution against the gold of several annotated sets.

Usage: .venv/bin/python tools/eval_entity_resolution.py [SET ...] [--type organization] [--errors N]

Each SET (default: ../shared/eval/seeds, dev and dev2) is a folder of `NAME.txt` texts with their gold
records `NAME.json`. Every text is extracted with the project's own extractor and the records are
ingested into a temporary SQLite store with the real resolver. Then each gold entity of a document
is aligned to the extractor's entity of that document that shares a normalised name or alias (the
alignment of `shared/tools/score.py`: exact names first, then names reduced to 4-letter word stems).

Gold identity across documents: gold entities of the chosen type whose normalised names or aliases
coincide are one gold entity (an organisation that the gold names in several documents must be one
stored entity; different gold organisations must stay apart). Every aligned (document, gold entity)
pair is an item; its system cluster is the stored entity its extracted entity was resolved to.
B-cubed precision/recall/F1 are computed over the items; gold entities the extractor missed are
counted apart (the extractor's part, not the resolver's).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from kooperacja.learn.scoring import f1, names, norm

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "eval"
DEFAULT_SETS = [SHARED / "seeds", SHARED / "dev", SHARED / "dev2"]

# the scorer's name key and a record entity's names, from the package's copy of the scorer's matching
gnorm = norm


def loose_names(ent: dict[str, Any]) -> set[str]:
    return {" ".join(w[:4] for w in n.split()) for n in names(ent)}


def align(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, str]:
    """{gold id: predicted id}, one to one: exact names first, then loose ones."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for key in (names, loose_names):
        pairs = []
        for g in gold:
            if g["id"] in mapping:
                continue
            gk = key(g)
            for p in pred:
                if p.get("type") != g.get("type") or p["id"] in used:
                    continue
                shared = gk & key(p)
                if shared:
                    exact = gnorm(p.get("name")) == gnorm(g.get("name"))
                    pairs.append((exact, len(shared), g["id"], p["id"]))
        pairs.sort(reverse=True)
        for _, _, gid, pid in pairs:
            if gid in mapping or pid in used:
                continue
            mapping[gid] = pid
            used.add(pid)
    return mapping


class _Union:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Any, b: Any) -> None:
        self.parent[self.find(a)] = self.find(b)


def gold_clusters(golds: dict[str, dict[str, Any]], etype: str) -> dict[tuple[str, str], Any]:
    """(doc id, gold entity id) → gold cluster id: entities sharing a normalised name or alias. A key
    that the gold gives to entities of two different main names ("ARP" for two agencies, a generic
    "Urząd Marszałkowski" for offices of two provinces) is ambiguous and joins nothing."""
    ents = []
    carriers: dict[str, set[str]] = defaultdict(set)
    for doc_id, rec in golds.items():
        for e in rec.get("entities") or []:
            if e.get("type") != etype:
                continue
            ents.append(((doc_id, e["id"]), e))
            for n in names(e):
                carriers[n].add(gnorm(e.get("name")))
    ambiguous = {k for k, mains in carriers.items() if len(mains - {k}) > 1}
    u = _Union()
    for item, e in ents:
        u.find(item)
        for n in names(e):
            if n not in ambiguous:
                u.union(item, ("name", n))
    return {item: u.find(item) for item, _ in ents}


def bcubed(items: list[tuple[Any, Any]]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of (gold cluster, system cluster) items."""
    if not items:
        return 1.0, 1.0, 1.0
    by_gold: dict[Any, int] = defaultdict(int)
    by_sys: dict[Any, int] = defaultdict(int)
    both: dict[tuple[Any, Any], int] = defaultdict(int)
    for g, s in items:
        by_gold[g] += 1
        by_sys[s] += 1
        both[(g, s)] += 1
    p = sum(both[(g, s)] / by_sys[s] for g, s in items) / len(items)
    r = sum(both[(g, s)] / by_gold[g] for g, s in items) / len(items)
    return p, r, f1(p, r)


def load_sets(sets: list[Path]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """(doc id → Document, doc id → gold record); doc ids are prefixed by the set's name."""
    from kooperacja.documents import read_paths

    docs: dict[str, Any] = {}
    golds: dict[str, dict[str, Any]] = {}
    for folder in sets:
        texts = sorted(folder.glob("*.txt"))
        for doc in read_paths([str(t) for t in texts]):
            if not hasattr(doc, "doc_id"):
                continue
            stem = Path(doc.source or doc.doc_id).stem
            gold_path = folder / f"{stem}.json"
            if not gold_path.exists():
                continue
            key = f"{folder.name}/{stem}"
            doc.doc_id = key
            docs[key] = doc
            golds[key] = json.loads(gold_path.read_text(encoding="utf-8"))
    return docs, golds


def evaluate(sets: list[Path], etype: str = "organization", db_path: str | None = None) -> dict[str, Any]:
    from kooperacja.extract import extract_document
    from kooperacja.store import open_store

    docs, golds = load_sets(sets)
    records = []
    for key, doc in docs.items():
        rec = extract_document(doc)
        rec["doc_id"] = key
        records.append(rec)
    if db_path and Path(db_path).exists():
        Path(db_path).unlink()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(db_path or str(Path(tmp) / "er.db"))
        try:
            store.ingest_records(records, docs)
            rows = store.db.all(
                "SELECT d.doc_id, de.local_id, de.entity_id, e.name FROM doc_entities de "
                "JOIN documents d ON d.id = de.doc_pk JOIN entities e ON e.id = de.entity_id "
                "WHERE de.type = ?",
                (etype,),
            )
            merges = store.db.all(
                "SELECT kept_id, merged_id, doc_id, name, rule, reason FROM merges "
                "WHERE kind IN ('entity', 'mention') ORDER BY id"
            )
            stored = int(store.db.scalar("SELECT COUNT(*) FROM entities WHERE type = ?", (etype,)) or 0)
        finally:
            store.close()
    sys_of = {(d, str(lid)): (int(eid), name) for d, lid, eid, name in rows}
    gclu = gold_clusters(golds, etype)
    gname = {}
    for doc_id, rec in golds.items():
        for e in rec.get("entities") or []:
            gname[(doc_id, e["id"])] = e.get("name")
    items: list[tuple[Any, Any]] = []
    labels: list[tuple[tuple[str, str], str]] = []
    missed = 0
    for rec in records:
        doc_id = rec["doc_id"]
        gold = [e for e in golds[doc_id].get("entities") or [] if e.get("type") == etype]
        pred = [e for e in rec.get("entities") or [] if e.get("type") == etype]
        mapping = align(gold, pred)
        for g in gold:
            pid = mapping.get(g["id"])
            hit = sys_of.get((doc_id, str(pid))) if pid is not None else None
            if hit is None:
                missed += 1
                continue
            items.append((gclu[(doc_id, g["id"])], hit[0]))
            labels.append(((doc_id, g["id"]), hit[1]))
    p, r, f = bcubed(items)
    # errors: system entities holding several gold entities, gold entities spread over several
    by_sys: dict[int, set[Any]] = defaultdict(set)
    by_gold: dict[Any, set[int]] = defaultdict(set)
    sys_name: dict[int, str] = {}
    for (g, s), (item, sname) in zip(items, labels, strict=True):
        by_sys[s].add((g, gname[item]))
        by_gold[g].add(s)
        sys_name[s] = sname
    wrong = {s: sorted({n for _, n in gs}) for s, gs in by_sys.items() if len({g for g, _ in gs}) > 1}
    split = {}
    for g, ss in by_gold.items():
        if len(ss) > 1:
            split[g] = sorted(sys_name[s] for s in ss)
    return {
        "documents": len(records),
        "items": len(items),
        "gold_clusters": len({g for g, _ in items}),
        "system_clusters": len({s for _, s in items}),
        "missed_by_extractor": missed,
        "stored_entities": stored,
        "precision": p,
        "recall": r,
        "f1": f,
        "wrong_merges": wrong,
        "splits": split,
        "merges": merges,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="folders of NAME.txt + NAME.json (default: seeds, dev, dev2)")
    ap.add_argument("--type", default="organization", choices=["organization", "person", "place"])
    ap.add_argument("--errors", type=int, default=0, help="list up to N wrong merges and splits")
    ap.add_argument("--merges", type=int, default=0, help="list up to N recorded merges (for a hand check)")
    ap.add_argument("--db", help="keep the store at this path (default: a temporary file)")
    args = ap.parse_args(argv)
    sets = [Path(s) for s in args.sets] or DEFAULT_SETS
    missing = [str(s) for s in sets if not s.is_dir()]
    if missing:
        print(f"not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    res = evaluate(sets, args.type, args.db)
    print(
        f"{res['documents']} documents, {res['items']} aligned {args.type} mentions of "
        f"{res['gold_clusters']} gold entities in {res['system_clusters']} stored entities "
        f"({res['stored_entities']} stored in all; {res['missed_by_extractor']} gold entities not extracted)"
    )
    print(f"B-cubed precision {res['precision']:.4f}  recall {res['recall']:.4f}  F1 {res['f1']:.4f}")
    print(
        f"stored entities holding several gold entities: {len(res['wrong_merges'])}; "
        f"gold entities split over several stored ones: {len(res['splits'])}"
    )
    if args.errors:
        for s, ns in list(res["wrong_merges"].items())[: args.errors]:
            print(f"  MERGED entity {s}: {' | '.join(ns)}")
        for _, ns in list(res["splits"].items())[: args.errors]:
            print(f"  SPLIT: {' | '.join(ns)}")
    if args.merges:
        for kept, merged, doc_id, name, rule, reason in res["merges"][: args.merges]:
            print(f"  merge {kept}<-{merged or '-'} {doc_id or ''} '{name}' [{rule}] {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
