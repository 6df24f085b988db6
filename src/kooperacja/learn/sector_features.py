"""A learned keep-or-drop of a document's sectors, measured against the rules (issue 8, s4): self-contained, OFF.

A candidate is one sector the rules give a document (`Doc.sector_hits` grouped by sector); its label is whether the
gold record lists that sector. Features: the sector, the terms that hit, the number of hits, whether every hit sits
inside a name (and the kind of name), whether a hit shares its sentence with an event, lies in the first two
sentences or in a list of three or more sectors, and the number of sectors of the document.

Measured with grouped cross-validation by document (`cross_validate`, folds i mod K as in `learn.train`) on seeds,
dev and the tune slice of dev2 (122 documents), the model does not beat the rules (F1 0.862 for both at the
thresholds 0.5–0.7; see the s4 report), so extraction does not use it. Run it again after the rules change:

    python -m kooperacja.learn.sector_features GOLD_DIR [GOLD_DIR ...]
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kooperacja.extract.doc import Doc
from kooperacja.learn.scoring import ratios

Candidate = tuple[str, list[str]]  # (sector code, sorted features)
THRESHOLDS = (0.3, 0.5, 0.6, 0.7, 0.8)


def sector_candidates(doc: Doc) -> list[Candidate]:
    """One candidate per sector of the document, in the order the sectors were first found."""
    event_sents = {s for d in doc.event_drafts for s in (d.sents or [d.sent])}
    sent_sectors: dict[int, set[str]] = {}
    by_sector: dict[str, list[int]] = {}
    for i, sector in doc.sector_hits:
        sent_sectors.setdefault(doc.sent_of[i], set()).add(sector)
        by_sector.setdefault(sector, []).append(i)
    out: list[Candidate] = []
    for sector, at in by_sector.items():
        feats = {f"sec={sector}", f"n={min(len(at), 3)}", f"nsec={min(len(by_sector), 6)}"}
        outside = False
        for i in at:
            feats.add("term=" + min(doc.keys[i]))
            k = doc.mention_at(i)
            if k is None:
                outside = True
            else:
                m = doc.mentions[k]
                feats.add(f"in={m.type}/{m.subtype}")
                feats.add(f"inhead={m.head}")
            s = doc.sent_of[i]
            if s in event_sents:
                feats.add("event_sentence")
            if s <= 1:
                feats.add("lead")
            if len(sent_sectors[s]) >= 3:
                feats.add("list")
        feats.add("outside_names" if outside else "all_in_names")
        out.append((sector, sorted(feats)))
    return out


@dataclass
class SectorDoc:
    doc_id: str
    gold: frozenset[str]
    candidates: list[Candidate]


def load(folders: Iterable[str | Path]) -> list[SectorDoc]:
    """The candidates of every gold document of the folders, by the rules (documents sorted by id)."""
    from kooperacja.learn.train import gold_docs, gold_files

    return [
        SectorDoc(doc_id, frozenset(gold.get("sectors") or []), sector_candidates(doc))
        for doc_id, gold, doc in gold_docs(gold_files(folders))
    ]


def prf(docs: list[SectorDoc], keep: list[list[bool]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the documents' sectors as the scorer counts them, keeping the candidates kept."""
    tp = fp = fn = 0
    for d, ks in zip(docs, keep, strict=True):
        got = {sector for (sector, _f), k in zip(d.candidates, ks, strict=True) if k}
        tp, fp, fn = tp + len(got & d.gold), fp + len(got - d.gold), fn + len(d.gold - got)
    p, r, f = ratios(tp, fp, fn)
    return round(p, 3), round(r, 3), round(f, 3)


def cross_validate(docs: list[SectorDoc], k: int = 5) -> dict[str, tuple[float, float, float]]:
    """P/R/F1 of the rules and of the model at each threshold, on probabilities out of K folds by document."""
    from kooperacja.learn.train import fit_decision

    probs: list[list[float]] = [[] for _ in docs]
    for fold in range(k):
        train = [(f, int(s in d.gold)) for n, d in enumerate(docs) if n % k != fold for s, f in d.candidates]
        decision = fit_decision(train)
        for n, d in enumerate(docs):
            if n % k == fold:
                probs[n] = [decision.prob(f) for _s, f in d.candidates]
    out = {"rules": prf(docs, [[True] * len(d.candidates) for d in docs])}
    for t in THRESHOLDS:
        out[f"model>={t}"] = prf(docs, [[p >= t for p in ps] for ps in probs])
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m kooperacja.learn.sector_features GOLD_DIR [GOLD_DIR ...]", file=sys.stderr)
        return 2
    docs = load(argv)
    print(f"{len(docs)} documents, {sum(len(d.candidates) for d in docs)} sector candidates")
    for name, (p, r, f) in cross_validate(docs).items():
        print(f"{name:12} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
