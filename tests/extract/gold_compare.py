"""Field-by-field comparison of extraction records with gold records (the project's own samples).

Names are compared like the shared scorer does: case-folded, punctuation and legal forms removed; an entity
matches when its name or an alias equals the gold name or a gold alias, one-to-one."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

LEGAL = re.compile(r"\b(s\s*a|sp\s*z\s*o\s*o|spółka\s*z\s*o\s*o|gmbh|ltd|inc|ag|se)\s*$")


def norm(name: str | None) -> str:
    s = unicodedata.normalize("NFC", name or "").casefold()
    s = re.sub(r"[\"'„”“«»‘’`]", "", s)
    s = re.sub(r"[^\w&]+", " ", s).strip()
    s = LEGAL.sub("", s).strip()
    return re.sub(r"\s+", " ", s)


def names(ent: dict) -> set[str]:
    return {norm(ent.get("name"))} | {norm(a) for a in ent.get("aliases") or []} - {""}


def match_entities(gold: list[dict], pred: list[dict]) -> dict[str, str]:
    """{pred_id: gold_id}, one-to-one, exact names first."""
    pairs = []
    for g in gold:
        for p in pred:
            if p.get("type") == g.get("type") and names(g) & names(p):
                pairs.append((norm(p["name"]) == norm(g["name"]), g["id"], p["id"]))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), {}
    for _, gid, pid in pairs:
        if gid not in used_g and pid not in used_p:
            used_g.add(gid)
            used_p.add(pid)
            out[pid] = gid
    return out


def compare(gold: dict, pred: dict) -> Counter:
    """Counts of true positives, false positives and false negatives per field."""
    c: Counter = Counter()
    mapping = match_entities(gold["entities"], pred["entities"])
    for t in ("organization", "person", "place"):
        g = [e for e in gold["entities"] if e["type"] == t]
        p = [e for e in pred["entities"] if e["type"] == t]
        tp = sum(1 for e in p if e["id"] in mapping)
        c[f"{t}_tp"] += tp
        c[f"{t}_fp"] += len(p) - tp
        c[f"{t}_fn"] += len(g) - tp
    gold_by_id = {e["id"]: e for e in gold["entities"]}
    for e in pred["entities"]:
        gid = mapping.get(e["id"])
        if gid and e["type"] == "organization":
            c["subtype_n"] += 1
            c["subtype_ok"] += e.get("subtype") == gold_by_id[gid].get("subtype")
    gev = [(e["type"], frozenset(p["entity"] for p in e["participants"])) for e in gold["events"]]
    pev = [
        (e["type"], frozenset(mapping.get(p["entity"], "?" + p["entity"]) for p in e["participants"]))
        for e in pred["events"]
    ]
    used: set[int] = set()
    for typ, parts in pev:
        hit = None
        for k, (gt, gp) in enumerate(gev):
            if k not in used and gt == typ and len(parts & gp) * 3 >= len(parts | gp):
                hit = k
                break
        if hit is None:
            c["events_fp"] += 1
        else:
            used.add(hit)
            c["events_tp"] += 1
    c["events_fn"] += len(gev) - len(used)
    gf = Counter((f["entity"], f["metric"], float(f["value"]), f["unit"]) for f in gold["figures"])
    pf = Counter(
        (mapping.get(f["entity"], "?"), f["metric"], float(f["value"]), f["unit"]) for f in pred["figures"]
    )
    c["figures_tp"] += sum((gf & pf).values())
    c["figures_fp"] += sum((pf - gf).values())
    c["figures_fn"] += sum((gf - pf).values())
    gs, ps = set(gold["sectors"]), set(pred["sectors"])
    c["sectors_tp"] += len(gs & ps)
    c["sectors_fp"] += len(ps - gs)
    c["sectors_fn"] += len(gs - ps)
    return c


def f1(c: Counter, field: str) -> float:
    tp, fp, fn = c[f"{field}_tp"], c[f"{field}_fp"], c[f"{field}_fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
