"""The scorer's metrics and matching (shared/spec/extraction.md, "Scoring"), inside the package.

A faithful re-implementation of `shared/tools/score.py`, which is not shipped with the package: the same
name normalisation, the same one-to-one entity, event and figure matching and the same figures, so that
`kooperacja evaluate` prints what `score.py` prints on the same records (tests/learn checks it). The
matching is also exposed as an `Alignment` per document: the learner labels a candidate by whether the
scorer would count it as right.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

LEGAL = re.compile(
    r"\b(s\s*a|sp\s*z\s*o\s*o|spółka\s*z\s*o\s*o|spółka z ograniczoną odpowiedzialnością|spółka akcyjna"
    r"|sp\s*k|sp\s*j|gmbh|ltd|inc|ag|se|s\s*r\s*o|spol\s*s\s*r\s*o|a\s*s|sas|bv|nv)\s*$"
)
_COUNTS = (
    "organization",
    "person",
    "place",
    "events",
    "figures",
    "sectors",
    "organization_loose",
    "person_loose",
    "place_loose",
)
_ACCURACIES = (
    "org_base_form_acc",
    "org_subtype_acc",
    "person_role_org_acc",
    "event_date_acc",
    "event_exact_participants",
    "event_status_acc",
)


def norm(name: Any) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFC", str(name)).casefold()
    s = re.sub(r"[\"'„”“«»‘’`]", "", s)
    s = re.sub(r"[^\w&]+", " ", s).strip()
    prev = None
    while prev != s:
        prev = s
        s = LEGAL.sub("", s).strip()
    return re.sub(r"\s+", " ", s)


def names(ent: dict[str, Any]) -> set[str]:
    out = {norm(ent.get("name"))}
    out.update(norm(a) for a in ent.get("aliases") or [])
    out.discard("")
    return out


def loose(name: str) -> str:
    """A name reduced to the first four letters of each word: inflected forms of one name collide."""
    return " ".join(w[:4] for w in name.split())


def loose_names(ent: dict[str, Any]) -> set[str]:
    return {loose(n) for n in names(ent)}


def match_entities(gold_ents: list[dict], pred_ents: list[dict], key: Any = names) -> dict[str, str]:
    """One-to-one match by shared name or alias; returns {pred_id: gold_id}."""
    pairs = []
    for g in gold_ents:
        gn = key(g)
        for p in pred_ents:
            if p.get("type") != g.get("type"):
                continue
            shared = gn & key(p)
            if shared:
                exact = norm(p.get("name")) == norm(g.get("name"))
                pairs.append((exact, len(shared), g["id"], p["id"]))
    pairs.sort(reverse=True)
    used_g: set[str] = set()
    used_p: set[str] = set()
    mapping: dict[str, str] = {}
    for _, _, gid, pid in pairs:
        if gid in used_g or pid in used_p:
            continue
        used_g.add(gid)
        used_p.add(pid)
        mapping[pid] = gid
    return mapping


def parse_date(d: Any) -> tuple[tuple[str, ...], ...] | None:
    if not d:
        return None
    parts = str(d).split("/")
    if len(parts) == 1:
        parts = parts * 2
    return tuple(tuple(x.split("-")) for x in parts[:2])


def date_ok(gold: Any, pred: Any) -> bool:
    g, p = parse_date(gold), parse_date(pred)
    if g is None or p is None:
        return False
    for ge, pe in zip(g, p, strict=False):
        if len(pe) < len(ge) or pe[: len(ge)] != ge:
            return False
    return True


def f1(p: float, r: float) -> float:
    """The harmonic mean of a precision and a recall (0 where both are 0)."""
    return 2 * p * r / (p + r) if p + r else 0.0


def ratios(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of counts of true positives, false positives and false negatives (0 where
    nothing was counted)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, f1(p, r)


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p, r, f = ratios(tp, fp, fn)
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


@dataclass
class Alignment:
    """How the scorer matches one predicted record to its gold record."""

    entities: dict[str, str] = field(default_factory=dict)  # strict: pred id -> gold id
    loose: dict[str, str] = field(default_factory=dict)  # loose: pred id -> gold id
    events: dict[int, int] = field(default_factory=dict)  # pred event index -> gold event index
    figures: set[int] = field(default_factory=set)  # indices of the predicted figures counted right
    gold_events: list[dict] = field(default_factory=list)


def _pset(ev: dict, loose_map: dict[str, str] | None) -> set[Any]:
    ids: set[Any] = set()
    for part in ev.get("participants") or []:
        eid = part.get("entity")
        ids.add(eid if loose_map is None else loose_map.get(eid, ("unmatched", eid)))
    return ids


def _ftuples(figs: Any, loose_map: dict[str, str] | None) -> list[tuple[int, tuple]]:
    out = []
    for n, f in enumerate(figs or []):
        e = f.get("entity")
        e = e if loose_map is None else loose_map.get(e, ("unmatched", e))
        try:
            v = float(f.get("value"))
        except (TypeError, ValueError):
            continue
        out.append((n, (e, f.get("metric"), v, f.get("unit"))))
    return out


def align(g: dict[str, Any], pr: dict[str, Any]) -> Alignment:
    """The scorer's matching of predicted record `pr` to gold record `g`."""
    gents = g.get("entities", [])
    pents = [e for e in pr.get("entities", []) if isinstance(e, dict) and "id" in e]
    out = Alignment(match_entities(gents, pents), match_entities(gents, pents, loose_names))
    loose_map = out.loose
    gevs, pevs = g.get("events", []), pr.get("events", []) or []
    out.gold_events = gevs
    cands = []
    for gi, ge in enumerate(gevs):
        gs = _pset(ge, None)
        gnames = {norm(ge.get("name"))} - {""}
        for pi, pe in enumerate(pevs):
            if pe.get("type") != ge.get("type"):
                continue
            ps = _pset(pe, loose_map)
            jac = len(gs & ps) / len(gs | ps) if gs | ps else 0.0
            name_hit = bool(gnames & ({norm(pe.get("name"))} - {""}))
            dp_hit = bool(
                ge.get("date")
                and ge.get("place")
                and date_ok(ge["date"], pe.get("date"))
                and loose_map.get(pe.get("place")) == ge.get("place")
            )
            if jac >= 1 / 3 - 1e-9 or name_hit or dp_hit:
                cands.append((jac + name_hit + dp_hit, gi, pi))
    cands.sort(reverse=True)
    ug: set[int] = set()
    for _, gi, pi in cands:
        if gi in ug or pi in out.events:
            continue
        ug.add(gi)
        out.events[pi] = gi
    left = [t for _, t in _ftuples(g.get("figures"), None)]
    for n, t in _ftuples(pr.get("figures"), loose_map):
        for i, u in enumerate(left):
            if (
                t[0] == u[0]
                and t[1] == u[1]
                and t[3] == u[3]
                and abs(t[2] - u[2]) <= 1e-9 * max(1, abs(u[2]))
            ):
                out.figures.add(n)
                left.pop(i)
                break
    return out


def score(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """All figures of `score.py` for gold records {doc_id: record} against predicted records."""
    c = {k: [0, 0, 0] for k in _COUNTS}
    per_type: dict[str, list[int]] = {}
    base_ok = base_n = sub_ok = 0
    role_ok = role_n = 0
    date_right = part_exact = ev_matched = status_ok = 0
    missing = []
    for doc_id, g in gold.items():
        pr = pred.get(doc_id)
        if pr is None:
            missing.append(doc_id)
            pr = {}
        gents = g.get("entities", [])
        pents = [e for e in pr.get("entities", []) if isinstance(e, dict) and "id" in e]
        al = align(g, pr)
        mapping, loose_map = al.entities, al.loose
        gby = {e["id"]: e for e in gents}
        pby = {e["id"]: e for e in pents}
        for t in ("organization", "person", "place"):
            gt = [e for e in gents if e.get("type") == t]
            pt = [e for e in pents if e.get("type") == t]
            for suffix, mp in (("", mapping), ("_loose", loose_map)):
                tp = sum(1 for p in pt if p["id"] in mp)
                c[t + suffix][0] += tp
                c[t + suffix][1] += len(pt) - tp
                c[t + suffix][2] += len(gt) - tp
        for pid, gid in loose_map.items():
            ge, pe = gby[gid], pby[pid]
            if ge["type"] == "organization":
                base_n += 1
                base_ok += norm(pe.get("name")) in names(ge)
                sub_ok += pe.get("subtype") == ge.get("subtype")
            if ge["type"] == "person":
                gorgs = {r.get("organization") for r in ge.get("roles") or [] if r.get("organization")}
                if gorgs:
                    role_n += 1
                    porgs = {loose_map.get(r.get("organization")) for r in pe.get("roles") or []}
                    role_ok += bool(gorgs & porgs)
        gevs, pevs = g.get("events", []), pr.get("events", []) or []
        for pi, gi in al.events.items():
            ge, pe = gevs[gi], pevs[pi]
            ev_matched += 1
            date_right += date_ok(ge.get("date"), pe.get("date")) if ge.get("date") else (not pe.get("date"))
            part_exact += _pset(ge, None) == _pset(pe, loose_map)
            status_ok += (ge.get("status") or "done") == (pe.get("status") or "done")
        ug = set(al.events.values())
        for gi, ge in enumerate(gevs):
            t = per_type.setdefault(ge["type"], [0, 0, 0])
            t[0 if gi in ug else 2] += 1
        for pi, pe in enumerate(pevs):
            if pi not in al.events:
                per_type.setdefault(pe.get("type", "?"), [0, 0, 0])[1] += 1
        c["events"][0] += len(ug)
        c["events"][1] += len(pevs) - len(al.events)
        c["events"][2] += len(gevs) - len(ug)
        gf = _ftuples(g.get("figures"), None)
        pf = _ftuples(pr.get("figures"), loose_map)
        c["figures"][0] += len(al.figures)
        c["figures"][1] += len(pf) - len(al.figures)
        c["figures"][2] += len(gf) - len(al.figures)
        gs, ps = set(g.get("sectors") or []), set(pr.get("sectors") or [])
        c["sectors"][0] += len(gs & ps)
        c["sectors"][1] += len(ps - gs)
        c["sectors"][2] += len(gs - ps)
    out: dict[str, Any] = {k: prf(*v) for k, v in c.items()}
    out["event_types"] = {k: prf(*v) for k, v in sorted(per_type.items())}
    out["org_base_form_acc"] = round(base_ok / base_n, 4) if base_n else None
    out["org_subtype_acc"] = round(sub_ok / base_n, 4) if base_n else None
    out["person_role_org_acc"] = round(role_ok / role_n, 4) if role_n else None
    out["event_date_acc"] = round(date_right / ev_matched, 4) if ev_matched else None
    out["event_exact_participants"] = round(part_exact / ev_matched, 4) if ev_matched else None
    out["event_status_acc"] = round(status_ok / ev_matched, 4) if ev_matched else None
    out["docs"] = len(gold)
    out["docs_missing"] = missing
    return out


def table(res: dict[str, Any]) -> str:
    """The table `score.py` prints (without --errors)."""
    lines = [f"documents: {res['docs']}  missing from predictions: {len(res['docs_missing'])}"]
    lines.append(f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}")
    rows = [(k, res[k]) for k in _COUNTS]
    rows += [("  event:" + k, v) for k, v in res["event_types"].items()]
    for k, v in rows:
        lines.append(f"{k:22}{v['p']:7.3f}{v['r']:7.3f}{v['f1']:7.3f}{v['tp']:6}{v['fp']:6}{v['fn']:6}")
    for k in _ACCURACIES:
        lines.append(f"{k:28}{res[k]}")
    return "\n".join(lines)


def side_by_side(a: dict[str, Any], b: dict[str, Any], names_: tuple[str, str] = ("rules", "model")) -> str:
    """Two results in one table: P/R/F1 of each, row by row."""
    head = f"{'':22}" + "".join(f"{n + ' ' + k:>13}" for n in names_ for k in ("P", "R", "F1"))
    lines = [head]
    keys = list(_COUNTS) + ["  event:" + k for k in sorted(set(a["event_types"]) | set(b["event_types"]))]
    zero = prf(0, 0, 0)
    for k in keys:
        cells = []
        for res in (a, b):
            v = res["event_types"].get(k[8:], zero) if k.startswith("  event:") else res[k]
            cells += [f"{v['p']:13.3f}", f"{v['r']:13.3f}", f"{v['f1']:13.3f}"]
        lines.append(f"{k:22}" + "".join(cells))
    for k in _ACCURACIES:
        lines.append(f"{k:28}{str(a[k]):>14}{str(b[k]):>14}")
    return "\n".join(lines)
