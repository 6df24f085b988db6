"""Training and evaluation on gold folders (a `.txt` and its gold `.json` per document, as in
shared/eval): run the rules once per document, label each candidate by the scorer's own matching, fit one
logistic regression per decision, pick each threshold by cross-validation, and score by documents held out.

Deterministic: documents are sorted by id, folds are fixed by position (i mod K), features are sorted,
the solver has no randomness and the model file is written with rounded weights and sorted keys, so the
same gold and extractor give the same file byte for byte.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kooperacja.extract.doc import Doc
from kooperacja.learn.figure_owner import choose as choose_owner
from kooperacja.learn.model import (
    DECISIONS,
    MODEL_FORMAT,
    NEVER,
    OWNER_DECISION,
    Candidates,
    Decision,
    Model,
    decide,
    featurize,
    with_taken_mentions,
)
from kooperacja.learn.scoring import align, score
from kooperacja.learn.scoring import names as gold_names

THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 20))
MIN_COUNT = 3  # a feature seen in fewer training candidates (a word feature: documents) gets no weight
WORD_FEATURES = ("lw=", "rw=")  # features named by a lemma of the text (learn/features.py)
# inverse L2 strengths of the logistic regressions tried; each decision takes the one of best F1 in
# cross-validation (the first of equals: the strongest regularisation)
C_GRID = (0.1, 0.3, 1.0)
C = 0.15  # the strength of `fit_decision` where none is given
MARGIN = 0.01  # a decision's model is used only where its cross-validated F1 beats the rules' by this
# ... and only where it is no worse than the rules in this many of the cross-validation's folds (of 5: 4), so
# that one fold's lucky documents do not switch it on
FOLDS_AGREE = 0.8
# decisions the trainer never switches on, whatever their cross-validated F1 (their items still get a
# confidence): the gold's wrong persons are mostly right persons under a wrong base form (foreign names in an
# oblique case), so a person model learns to drop foreign names, and drops right ones in other texts (the
# project's samples: four right foreign persons dropped, person F1 0.898 against the rules' 0.94)
RULES_ONLY = frozenset(("person",))
# decisions fitted on classes alone, without the features that join a class to the event type
# ("agreement|np=2", "visit|host:city"): in cross-validation by document over seeds+dev+tune the event
# decision, forced on, reached events F1 0.792 without them against 0.785 with them (rules 0.783), its precision
# 0.886 against 0.869 (bench/results/learned_cv_s8.md): the joined features fit the documents they were seen in
CLASSES_ONLY = frozenset(("event",))


class GoldError(ValueError):
    pass


@dataclass
class GoldDoc:
    doc_id: str
    gold: dict[str, Any]
    doc: Doc
    cands: Candidates
    rules: dict[str, Any]  # the rules' record
    # per decision: (features, label) of each candidate, and the number of gold items it could match
    samples: dict[str, list[tuple[list[str], int]]] = field(default_factory=dict)
    gold_n: dict[str, int] = field(default_factory=dict)
    extra: dict[str, list[bool]] = field(default_factory=dict)  # per sample: a candidate the rules discard
    # per figure of the rules with owner candidates: the candidates' features and labels (the rules' owner
    # first; 1: the owner under which the figure matches a gold figure)
    owners: list[tuple[list[list[str]], list[int]]] = field(default_factory=list)


def rules_doc(document: Any) -> Doc:
    """The analysed Doc of a document, every component but the learned one."""
    from kooperacja.extract.pipeline import default_pipeline

    pipe = default_pipeline(document.lang or "pl")
    doc = Doc(
        text=document.text,
        doc_id=document.doc_id,
        published=document.published,
        lang=document.lang or "pl",
        title=document.title,
        url=document.url,
        recall=True,
    )
    for name, component in pipe.components:
        if name not in ("recall", "confidence"):
            component(doc)
    return doc


def gold_files(folders: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """(text, gold record) pairs of the folders, sorted by document id (`gold_id`); a clear error for bad
    input. Two folders may hold documents of one file name with different texts (the own-words halves each
    number theirs from 1): each is then known by its folder and name; the same text twice (a copy, as tune's
    documents are of dev2's) is an error, so that no document is trained on twice or held out beside itself."""
    seen: dict[str, list[tuple[Path, Path]]] = {}
    for folder in folders:
        path = Path(folder)
        if not path.is_dir():
            raise GoldError(f"{folder}: not a folder of gold documents (.txt and .json per document)")
        found = 0
        for js in sorted(path.glob("*.json")):
            txt = js.with_suffix(".txt")
            if not txt.exists():
                continue
            for other, other_js in seen.get(js.stem, []):
                if other.resolve() == txt.resolve() or other.read_bytes() == txt.read_bytes():
                    raise GoldError(
                        f"{js}: document id {js.stem!r} also in {other_js.parent}, with the same text"
                    )
            seen.setdefault(js.stem, []).append((txt, js))
            found += 1
        if not found:
            raise GoldError(f"{folder}: no document with both a .txt and a .json")
    pairs: dict[str, tuple[Path, Path]] = {}
    for stem, docs in seen.items():
        for txt, js in docs:
            key = stem if len(docs) == 1 else gold_id(js, True)
            if key in pairs:
                raise GoldError(f"{js}: document id {key!r} also in {pairs[key][1].parent}")
            pairs[key] = (txt, js)
    return [pairs[k] for k in sorted(pairs)]


def gold_id(js: Path, qualified: bool) -> str:
    """A gold document's id: its file name, or with its folder's name where another folder has one of that name."""
    return f"{js.parent.name}/{js.stem}" if qualified else js.stem


def gold_docs(files: list[tuple[Path, Path]]) -> Iterator[tuple[str, dict[str, Any], Doc]]:
    """Each gold document of `files` (from `gold_files`): its id, its gold record and the rules' `Doc` of its text."""
    from kooperacja.documents.model import ReadError
    from kooperacja.documents.readers import read_file

    stems: dict[str, int] = {}
    for _txt, js in files:
        stems[js.stem] = stems.get(js.stem, 0) + 1
    for txt, js in files:
        doc_id = gold_id(js, stems[js.stem] > 1)
        try:
            gold = json.loads(js.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise GoldError(f"{js}: not a JSON record ({exc})") from exc
        docs = [d for d in read_file(txt) if not isinstance(d, ReadError)]
        if not docs:
            raise GoldError(f"{txt}: cannot be read")
        yield doc_id, gold, rules_doc(dataclasses.replace(docs[0], doc_id=doc_id))


def load_gold(folders: Iterable[str | Path], progress: Callable[[str], None] | None = None) -> list[GoldDoc]:
    from kooperacja.extract.record import to_record

    out = []
    files = gold_files(folders)
    for n, (doc_id, gold, doc) in enumerate(gold_docs(files), 1):
        g = GoldDoc(doc_id, gold, doc, featurize(doc), to_record(doc))
        label(g)
        out.append(g)
        if progress is not None:
            progress(f"{n}/{len(files)} {doc_id}")
    return out


def label(g: GoldDoc) -> None:
    """Label each candidate by the scorer's matching of the rules' record to the gold record."""
    al = align(g.gold, g.rules)
    every = align(g.gold, {**g.rules, "events": g.doc.events + g.cands.extra_events})
    samples: dict[str, list[tuple[list[str], int]]] = {d: [] for d in DECISIONS}
    gold_n = dict.fromkeys(DECISIONS, 0)
    for e in g.gold.get("entities", []):
        if e.get("type") in gold_n:
            gold_n[e["type"]] += 1
    for ent in g.doc.entities:
        samples[ent.type].append((g.cands.entities[ent.id], int(ent.id in al.entities)))
    gold_n["event"] = len(g.gold.get("events", []))
    gold_n["figure"] = len(g.gold.get("figures", []))
    n_rules = len(g.doc.events)
    part_extra: list[bool] = []
    for k, ev in enumerate(g.doc.events + g.cands.extra_events):
        samples["event"].append((g.cands.events[k], int(k in every.events)))
        if k in every.events:
            gev = every.gold_events[every.events[k]]
            gparts = {p.get("entity") for p in gev.get("participants") or []}
            gold_n["participant"] += len(gparts)
            for j, part in enumerate(ev.get("participants") or []):
                ok = every.loose.get(part.get("entity")) in gparts
                samples["participant"].append((g.cands.participants[k][j], int(ok)))
                part_extra.append(False)
            for part, feats in zip(g.cands.extra_parts[k], g.cands.extra_part_feats[k], strict=True):
                ok = every.loose.get(part.get("entity")) in gparts
                samples["participant"].append((feats, int(ok)))
                part_extra.append(True)
    # organisations the rules dropped: right where named as a gold organisation the rules' record misses
    # (the scorer's strict matching; each gold organisation claims one candidate)
    missed = {
        e["id"]: gold_names(e)
        for e in g.gold.get("entities", [])
        if e.get("type") == "organization" and e["id"] not in set(al.entities.values())
    }
    for org, feats in zip(g.cands.extra_orgs, g.cands.extra_org_feats, strict=True):
        own = gold_names({"name": org.name})
        hit = next((gid for gid, gn in missed.items() if gn & own), None)
        if hit is not None:
            del missed[hit]
        samples["organization"].append((feats, int(hit is not None)))
    n_orgs = sum(1 for e in g.doc.entities if e.type == "organization")
    for k, _fig in enumerate(g.doc.figures):
        samples["figure"].append((g.cands.figures[k], int(k in al.figures)))
    g.owners = owner_labels(g, al)
    for d in CLASSES_ONLY:  # a feature left out of the samples gets no weight, and adds nothing when applied
        samples[d] = [([x for x in f if "|" not in x], y) for f, y in samples[d]]
    g.samples, g.gold_n = samples, gold_n
    g.extra = {d: [False] * len(samples[d]) for d in DECISIONS}
    g.extra["event"] = [k >= n_rules for k in range(len(samples["event"]))]
    g.extra["participant"] = part_extra
    g.extra["organization"] = [k >= n_orgs for k in range(len(samples["organization"]))]


def owner_labels(g: GoldDoc, al: Any) -> list[tuple[list[list[str]], list[int]]]:
    """Each figure's owner candidates labelled by the scorer's matching: a figure the scorer counts right has its
    rules' owner right and no other; a figure it does not is right under a candidate that the scorer maps to
    the owner of a gold figure of the same metric, value and unit left unmatched by the rules' figures."""
    figs = g.rules.get("figures") or []
    if not g.cands.figure_owners or len(figs) != len(g.cands.figure_owners):
        return []
    lo = al.loose

    def key(f: dict[str, Any]) -> tuple[Any, Any, float] | None:
        try:
            return f.get("metric"), f.get("unit"), float(f.get("value"))
        except (TypeError, ValueError):
            return None

    left = [(e.get("entity"), key(e)) for e in g.gold.get("figures") or [] if key(e) is not None]
    for k, f in enumerate(figs):
        if k in al.figures and (lo.get(f.get("entity")), key(f)) in left:
            left.remove((lo.get(f.get("entity")), key(f)))
    out = []
    for k, cands in enumerate(g.cands.figure_owners):
        if not cands:
            continue
        feats = [c[1] for c in cands]
        if k in al.figures:
            out.append((feats, [1] + [0] * (len(cands) - 1)))
            continue
        own = key(figs[k])
        gold_owners = {e for e, t in left if own is not None and t is not None and _same(t, own)}
        out.append((feats, [int(lo.get(i) in gold_owners) for i, _f in cands]))
    return out


def _same(a: tuple[Any, Any, float], b: tuple[Any, Any, float]) -> bool:
    return a[0] == b[0] and a[1] == b[1] and abs(a[2] - b[2]) <= 1e-9 * max(1, abs(a[2]))


OWNER_MARGINS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)


def _owner_samples(docs: list[GoldDoc]) -> list[tuple[list[str], int]]:
    """The owner decision's training samples: the candidates of the figures some candidate of which is right
    (a figure none of whose candidates is right teaches no choice)."""
    return [(f, y) for g in docs for feats, ys in g.owners if any(ys) for f, y in zip(feats, ys, strict=True)]


def _owner_moves(docs: list[GoldDoc], dec: Decision, margin: float) -> tuple[int, int]:
    """(fixes, breaks) of the owner decision at `margin` on `docs`: figures moved from a wrong owner to a right
    one, and from a right one to a wrong one."""
    fixes = breaks = 0
    for g in docs:
        for feats, ys in g.owners:
            cands = [(str(n), f) for n, f in enumerate(feats)]
            new = choose_owner(cands, dec.prob, margin)
            if new is None:
                continue
            y = ys[int(new)]
            fixes += y and not ys[0]
            breaks += ys[0] and not y
    return fixes, breaks


def _outside(docs: list[GoldDoc], held: list[int]) -> list[GoldDoc]:
    """The documents not in the fold `held` (the fold's indices made a set once)."""
    hs = set(held)
    return [g for i, g in enumerate(docs) if i not in hs]


def _owner_oof(docs: list[GoldDoc], k: int, c: float) -> list[tuple[list[int], Decision]]:
    folds = _folds(len(docs), k) if len(docs) >= k else [[i] for i in range(len(docs))]
    return [(held, fit_decision(_owner_samples(_outside(docs, held)), c)) for held in folds]


def _owner_margin(docs: list[GoldDoc], k: int, c: float) -> float:
    """The margin of best out-of-fold F1 on `docs` (the largest of equals: the fewest moves)."""
    oof = _owner_oof(docs, k, c)
    best: tuple[int, float] | None = None
    for m in sorted(OWNER_MARGINS, reverse=True):
        net = 0
        for held, dec in oof:
            fx, br = _owner_moves([docs[i] for i in held], dec, m)
            net += fx - br
        if best is None or net > best[0]:
            best = (net, m)
    return best[1] if best is not None else OWNER_MARGINS[-1]


def fit_owner(docs: list[GoldDoc], k: int = 5, c: float = 0.3) -> tuple[Decision, dict[str, Any]]:
    """The figure owner decision: a pointwise logistic regression over the owner candidates (the best-scoring
    is chosen where it beats the rules' owner by the margin), cross-validated by document with the margin chosen
    inside the training folds; in use only where that beats the rules' figures F1 by MARGIN and fixes more
    figures than it breaks."""
    tp = sum(len(align(g.gold, g.rules).figures) for g in docs)
    n_pred = sum(len(g.rules.get("figures") or []) for g in docs)
    gold_total = sum(g.gold_n["figure"] for g in docs)
    fixes = breaks = 0
    for held, dec in _owner_oof(docs, k, c):
        train = _outside(docs, held)
        m = _owner_margin(train, k, c)
        fx, br = _owner_moves([docs[i] for i in held], dec, m)
        fixes, breaks = fixes + fx, breaks + br
    rules = _f1(tp, n_pred - tp, gold_total - tp)
    model_f1 = _f1(tp + fixes - breaks, n_pred - tp - fixes + breaks, gold_total - tp - fixes + breaks)
    final = fit_decision(_owner_samples(docs), c)
    final.threshold = _owner_margin(docs, k, c)
    final.enabled = model_f1 > rules + MARGIN and fixes > breaks
    wrong = [(feats, ys) for g in docs for feats, ys in g.owners if not ys[0]]
    report = {
        "figures": sum(len(g.owners) for g in docs),  # figures with more than one owner candidate
        "rules_wrong": len(
            wrong
        ),  # of them, the figures the scorer does not count right under the rules' owner
        "fixable": sum(1 for _f, ys in wrong if any(ys)),  # ... and right under another candidate
        "fixes": fixes,  # out of fold, the margin chosen inside the training folds
        "breaks": breaks,
        "rules_f1": round(rules, 4),
        "model_f1": round(model_f1, 4),
        "C": c,
        "margin": final.threshold,
        "enabled": final.enabled,
    }
    return final, report


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fit_decision(samples: list[tuple[list[str], int]], strength: float | None = None) -> Decision:
    """A logistic regression over binary features (scikit-learn, deterministic lbfgs) with inverse L2
    strength `strength` (default `C`)."""
    ys = [y for _f, y in samples]
    if not samples or len(set(ys)) < 2:
        return Decision(bias=4.0 if (not ys or ys[0]) else -4.0)
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for feats, _y in samples:
        for x in feats:
            counts[x] = counts.get(x, 0) + 1
    vocab = {x: n for n, x in enumerate(sorted(x for x, c in counts.items() if c >= MIN_COUNT))}
    rows, cols = [], []
    for r, (feats, _y) in enumerate(samples):
        for x in feats:
            c = vocab.get(x)
            if c is not None:
                rows.append(r)
                cols.append(c)
    X = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(samples), max(1, len(vocab))))
    clf = LogisticRegression(C=C if strength is None else strength, solver="lbfgs", max_iter=5000, tol=1e-8)
    clf.fit(X, np.array(ys))
    names = sorted(vocab, key=vocab.get)  # type: ignore[arg-type]
    weights = {}
    for x, w in zip(names, clf.coef_[0].tolist(), strict=False):
        w = round(w, 4)
        if w != 0.0:
            weights[x] = w
    return Decision(bias=round(float(clf.intercept_[0]), 4), weights=weights)


def _folds(n: int, k: int) -> list[list[int]]:
    return [[i for i in range(n) if i % k == f] for f in range(k)]


def _samples(docs: list[GoldDoc], decision: str) -> list[tuple[list[str], int]]:
    """The decision's training samples of `docs`; a word feature (`lw=`, `rw=`: a lemma of the text) is kept only
    where at least `MIN_COUNT` documents have it, so that one document's repeated neighbour learns nothing."""
    seen: dict[str, int] = {}
    for g in docs:
        for x in {x for feats, _y in g.samples[decision] for x in feats if x.startswith(WORD_FEATURES)}:
            seen[x] = seen.get(x, 0) + 1
    rare = {x for x, n in seen.items() if n < MIN_COUNT}
    if not rare:
        return [s for g in docs for s in g.samples[decision]]
    return [([x for x in f if x not in rare], y) for g in docs for f, y in g.samples[decision]]


def choose_threshold(
    probs: list[float], labels: list[int], extra: list[bool], gold_total: int
) -> tuple[float, float | None, float, float]:
    """(threshold for the rules' candidates, threshold for the candidates they discard (None: take none),
    F1 at them, F1 of the rules) over out-of-fold probabilities of one decision."""
    rule = [(p, y) for p, y, x in zip(probs, labels, extra, strict=True) if not x]
    more = [(p, y) for p, y, x in zip(probs, labels, extra, strict=True) if x]

    def counts(items: list[tuple[float, int]], t: float | None) -> tuple[int, int]:
        if t is None:
            return 0, 0
        kept = [y for p, y in items if p >= t]
        return sum(kept), len(kept) - sum(kept)

    tp0, fp0 = counts(rule, 0.0)
    rules = _f1(tp0, fp0, gold_total - tp0)
    best: tuple[float, float | None, float] = (0.0, None, rules)
    add_options: list[float | None] = [None, *THRESHOLDS] if more else [None]
    for t in (0.0, *THRESHOLDS):
        tp1, fp1 = counts(rule, t)
        for u in add_options:
            tp2, fp2 = counts(more, u)
            f = _f1(tp1 + tp2, fp1 + fp2, gold_total - tp1 - tp2)
            if f > best[2] + 1e-12:
                best = (t, u, f)
    return best[0], best[1], best[2], rules


def ranking_auc(probs: list[float], labels: list[int], extra: list[bool]) -> float | None:
    """How well out-of-fold probabilities rank the rules' own candidates (the discarded ones left out): the
    chance that a right candidate scores above a wrong one, ties half (0.5: no better than chance; None where
    the rules' candidates are all right or all wrong). A keep-or-drop decision can beat the rules only where
    this is well above 0.5 and the rules keep wrong candidates to drop."""
    scored = sorted((p, y) for p, y, x in zip(probs, labels, extra, strict=True) if not x)
    n_pos = sum(y for _p, y in scored)
    n_neg = len(scored) - n_pos
    if not n_pos or not n_neg:
        return None
    wins, neg_below, k = 0.0, 0, 0
    while k < len(scored):  # runs of equal probability: a right one wins over the wrong ones below the run
        j = k
        while j < len(scored) and scored[j][0] == scored[k][0]:
            j += 1
        pos = sum(y for _p, y in scored[k:j])
        neg = (j - k) - pos
        wins += pos * (neg_below + neg / 2)
        neg_below += neg
        k = j
    return wins / (n_pos * n_neg)


def fold_f1s(
    probs: list[float],
    labels: list[int],
    extra: list[bool],
    fold_of: list[int],
    gold_by_fold: list[int],
    t: float,
    u: float | None,
) -> list[tuple[float, float]]:
    """Per fold, (the rules' F1, the model's F1 at thresholds `t` and `u`) over the out-of-fold probabilities
    of one decision: whether the model's gain holds in every part of the documents or comes from one."""
    k = len(gold_by_fold)
    tp_r, fp_r, tp_m, fp_m = [0] * k, [0] * k, [0] * k, [0] * k
    for p, y, x, f in zip(probs, labels, extra, fold_of, strict=True):
        if not x:
            tp_r[f] += y
            fp_r[f] += 1 - y
        if p >= (t if not x else (u if u is not None else NEVER)):
            tp_m[f] += y
            fp_m[f] += 1 - y
    return [
        (_f1(tp_r[f], fp_r[f], gold_by_fold[f] - tp_r[f]), _f1(tp_m[f], fp_m[f], gold_by_fold[f] - tp_m[f]))
        for f in range(k)
    ]


def consistent(per_fold: list[tuple[float, float]]) -> bool:
    """Whether the model is no worse than the rules in at least FOLDS_AGREE of the folds."""
    return bool(per_fold) and _no_worse(per_fold) >= FOLDS_AGREE * len(per_fold) - 1e-9


def _no_worse(per_fold: list[tuple[float, float]]) -> int:
    """How many folds the model is no worse in than the rules (their F1 pairs: rules, model)."""
    return sum(m >= r - 1e-12 for r, m in per_fold)


def fit_model(docs: list[GoldDoc], k: int = 5) -> tuple[Model, dict[str, dict[str, Any]]]:
    """Fit every decision on `docs`; thresholds and the on/off of each decision by K-fold CV inside them."""
    folds = _folds(len(docs), k) if len(docs) >= k else [[i] for i in range(len(docs))]
    model = Model(meta={})
    report: dict[str, dict[str, Any]] = {}
    for decision in DECISIONS:
        gold_total = sum(g.gold_n[decision] for g in docs)
        gold_by_fold = [sum(docs[i].gold_n[decision] for i in held) for held in folds]
        best: tuple[float, float | None, float, float, float, int, int] | None = None
        per_fold: list[tuple[float, float]] = []
        auc: float | None = None
        extra_auc: float | None = None
        n_wrong = 0
        # each fold's training samples, the same for every strength tried
        train = [_samples([g for i, g in enumerate(docs) if i not in hs], decision) for hs in map(set, folds)]
        for c in C_GRID:
            probs: list[float] = []
            labels: list[int] = []
            extra: list[bool] = []
            fold_of: list[int] = []
            for n_fold, held in enumerate(folds):
                dec = fit_decision(train[n_fold], c)
                for i in held:
                    for feats, y in docs[i].samples[decision]:
                        probs.append(dec.prob(feats))
                        labels.append(y)
                    extra += docs[i].extra[decision]
                    fold_of += [n_fold] * len(docs[i].samples[decision])
            t, u, f, rules = choose_threshold(probs, labels, extra, gold_total)
            if best is None or f > best[2] + 1e-12:
                best = (t, u, f, rules, c, len(labels), sum(labels))
                per_fold = fold_f1s(probs, labels, extra, fold_of, gold_by_fold, t, u)
                auc = ranking_auc(probs, labels, extra)
                extra_auc = ranking_auc(probs, labels, [not x for x in extra])
                n_wrong = sum(1 - y for y, x in zip(labels, extra, strict=True) if not x)
        assert best is not None
        t, u, f, rules, c, n_labels, n_pos = best
        final = fit_decision(_samples(docs, decision), c)
        final.threshold = t
        final.add_threshold = u
        final.enabled = f > rules + MARGIN and consistent(per_fold) and decision not in RULES_ONLY
        model.decisions[decision] = final
        report[decision] = {
            "candidates": n_labels,
            "positives": n_pos,
            "gold": gold_total,
            "C": c,
            "rules_f1": round(rules, 4),
            "model_f1": round(f, 4),
            # the bound of any keep-or-drop decision: every candidate that matches the gold kept, none other
            "ceiling_f1": round(_f1(n_pos, 0, gold_total - n_pos), 4),
            # the rules' own candidates that match no gold item (all a drop can gain), and how well the
            # out-of-fold confidences rank the rules' candidates (ranking_auc: 0.5 is chance)
            "rules_wrong": n_wrong,
            "auc": None if auc is None else round(auc, 4),
            # the candidates the rules discard (events, organisations: recall mode), how many of them match a
            # gold item the rules' record misses, and how well the confidences rank them
            "discarded": sum(sum(g.extra[decision]) for g in docs),
            "discarded_right": sum(
                y
                for g in docs
                for (_f, y), x in zip(g.samples[decision], g.extra[decision], strict=True)
                if x
            ),
            "discarded_auc": None if extra_auc is None else round(extra_auc, 4),
            # per fold of the cross-validation: the rules' F1 and the model's
            "folds_f1": [[round(r, 4), round(m, 4)] for r, m in per_fold],
            "folds_no_worse": _no_worse(per_fold),
            "threshold": t,
            "add_threshold": u,
            "enabled": final.enabled,
        }
    owner, report[OWNER_DECISION] = fit_owner(docs, k)
    model.decisions[OWNER_DECISION] = owner
    return model, report


def model_json(model: Model, report: dict[str, dict[str, Any]], docs: list[GoldDoc]) -> str:
    from kooperacja.extract import EXTRACTOR_VERSION

    data: dict[str, Any] = {
        "format": MODEL_FORMAT,
        "extractor": EXTRACTOR_VERSION,
        "documents": len(docs),
        "settings": {
            "C": list(C_GRID),
            "min_count": MIN_COUNT,
            "margin": MARGIN,
            "folds": 5,
            "folds_agree": FOLDS_AGREE,
        },
        "decisions": {},
    }
    for name in DECISIONS:
        d = model.decisions[name]
        data["decisions"][name] = {
            "enabled": d.enabled,
            "threshold": d.threshold,
            "add_threshold": d.add_threshold,
            "cv": report[name],
            "bias": d.bias,
            "weights": dict(sorted(d.weights.items())),
        }
    if OWNER_DECISION in model.decisions:  # a choice among candidates, apart from the keep-or-drop decisions
        d = model.decisions[OWNER_DECISION]
        data["choices"] = {}
        data["choices"][OWNER_DECISION] = {
            "enabled": d.enabled,
            "margin": d.threshold,
            "cv": report[OWNER_DECISION],
            "bias": d.bias,
            "weights": dict(sorted(d.weights.items())),
        }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def apply(g: GoldDoc, model: Model | None, min_confidence: float | None = None) -> dict[str, Any]:
    """The record of a gold document with `model` deciding (None: the rules alone)."""
    from kooperacja.extract.record import to_record

    if model is None:
        return g.rules
    entities, events, figures = decide(g.doc, g.cands, model, min_confidence)
    mentions = with_taken_mentions(g.doc, entities, g.cands)
    return to_record(
        dataclasses.replace(g.doc, entities=entities, events=events, figures=figures, mentions=mentions)
    )


def cross_validate(docs: list[GoldDoc], k: int = 5) -> list[Model]:
    """One model per fold, each trained on the other K-1 folds of documents (fold f holds i mod K == f)."""
    models = []
    for held in _folds(len(docs), k):
        hs = set(held)
        m, _ = fit_model([g for i, g in enumerate(docs) if i not in hs], k)
        models.append(m)
    return models


def cv_records(
    docs: list[GoldDoc], models: list[Model], min_confidence: float | None = None
) -> dict[str, dict]:
    k = len(models)
    return {g.doc_id: apply(g, models[i % k], min_confidence) for i, g in enumerate(docs)}


def gold_of(docs: list[GoldDoc]) -> dict[str, dict[str, Any]]:
    return {g.doc_id: g.gold for g in docs}


def pr_table(docs: list[GoldDoc], models: list[Model], thresholds: tuple[float, ...]) -> str:
    lines = [f"{'min confidence':>15}  {'events P':>9}{'R':>7}{'F1':>7}  {'orgs P':>9}{'R':>7}{'F1':>7}"]
    gold = gold_of(docs)
    rules = score(gold, {g.doc_id: g.rules for g in docs})
    rows = [("rules", rules)]
    rows += [(f"{t:.2f}", score(gold, cv_records(docs, models, t))) for t in thresholds]
    for name, res in rows:
        e, o = res["events"], res["organization"]
        lines.append(
            f"{name:>15}  {e['p']:9.3f}{e['r']:7.3f}{e['f1']:7.3f}  {o['p']:9.3f}{o['r']:7.3f}{o['f1']:7.3f}"
        )
    return "\n".join(lines)


def stderr_progress(msg: str) -> None:
    if sys.stderr.isatty():
        print(f"\r\033[K{msg}", end="", file=sys.stderr, flush=True)
