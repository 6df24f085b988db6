"""Cross-validation by document of some learned decisions: what the model would do on documents it never saw.

usage: python bench/learned_cv.py GOLD... [--folds 5] [--decisions event,figure] [--no-conjunctions]
                                   [--train-only GOLD...]

The gold documents (a .txt and its .json per document, as in shared/eval) are split into K folds by position
(i mod K, documents sorted by id, as `kooperacja train` does). For each fold, the named decisions are fitted on
the other folds (each one's L2 strength and thresholds chosen by an inner cross-validation, as `train` does),
and the held-out fold is scored three ways: the rules alone; the model as `train` would ship it (a decision
used only where its inner cross-validated F1 beats the rules' by the margin); and the model with the named
decisions forced on. One table of the scorer's figures, the three side by side, over every held-out fold.
Each fold's models come from `train.fit_model` itself; only the named decisions are kept (the others keep the
rules' items with no confidence). Prints which decisions the inner cross-validation switched on, fold by fold,
and per decision the rules' and the forced model's F1 in each held-out fold (a gain that holds in most folds,
not in one). `--train-only GOLD...` adds documents to every training fold that are never held out nor scored
(another gold set, to see whether it helps on the same held-out documents)."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kooperacja.cli.learn_cmds import HELD_OUT_METRIC as METRIC  # noqa: E402  (the scorer's row of each decision)
from kooperacja.learn.model import Model  # noqa: E402
from kooperacja.learn.scoring import score  # noqa: E402
from kooperacja.learn.train import GoldDoc, _folds, apply, fit_model, gold_of, load_gold  # noqa: E402

ROWS = ("organization", "person", "place", "events", "figures")
ACCURACIES = ("event_date_acc", "event_exact_participants")


def fit_some(docs: list[GoldDoc], decisions: list[str], k: int) -> tuple[Model, Model]:
    """(the model as train would ship it, the same with every named decision on), fitted on `docs` by
    `train.fit_model`; the decisions not named are left out of both (the rules' items, with no confidence)."""
    fitted, _ = fit_model(docs, k)
    shipped, forced = Model(meta={}), Model(meta={})
    for decision in decisions:
        shipped.decisions[decision] = fitted.decisions[decision]
        forced.decisions[decision] = dataclasses.replace(fitted.decisions[decision], enabled=True)
    return shipped, forced


def row(res: dict[str, Any], key: str) -> str:
    v = res[key]
    return f"{v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--decisions", default="event,figure", help="comma-separated (default event,figure)")
    ap.add_argument(
        "--no-conjunctions",
        action="store_true",
        help="fit without the features that join a class to the event type or metric (names with '|')",
    )
    ap.add_argument(
        "--train-only", nargs="+", default=[], metavar="GOLD", help="gold folders only trained on"
    )
    args = ap.parse_args(argv)
    decisions = [d.strip() for d in args.decisions.split(",") if d.strip()]
    docs = load_gold(args.gold)
    more = load_gold(args.train_only) if args.train_only else []
    if (
        args.no_conjunctions
    ):  # a feature without a weight adds nothing: dropping them from the samples suffices
        for g in docs:
            for d in decisions:
                g.samples[d] = [([x for x in f if "|" not in x], y) for f, y in g.samples[d]]
        for g in more:
            for d in decisions:
                g.samples[d] = [([x for x in f if "|" not in x], y) for f, y in g.samples[d]]
    k = args.folds
    rules: dict[str, dict[str, Any]] = {}
    shipped: dict[str, dict[str, Any]] = {}
    forced: dict[str, dict[str, Any]] = {}
    per_fold: dict[str, list[str]] = {d: [] for d in decisions}
    for f, held in enumerate(_folds(len(docs), k)):
        hs = set(held)
        train = sorted([g for i, g in enumerate(docs) if i not in hs] + more, key=lambda g: g.doc_id)
        m_ship, m_force = fit_some(train, decisions, k)
        on = [d for d in decisions if m_ship.decisions[d].enabled]
        print(
            f"fold {f}: {len(held)} documents held out; switched on by the inner CV: {', '.join(on) or 'none'}"
        )
        fold_rules, fold_forced = {}, {}
        for i in held:
            g = docs[i]
            rules[g.doc_id] = fold_rules[g.doc_id] = g.rules
            shipped[g.doc_id] = apply(g, m_ship)
            forced[g.doc_id] = apply(g, m_force)
            for d in decisions:  # each decision forced on alone: its own effect in this fold
                one = Model(meta={}, decisions={d: m_force.decisions[d]})
                fold_forced.setdefault(d, {})[g.doc_id] = apply(g, one)
        fold_gold = {docs[i].doc_id: docs[i].gold for i in held}
        base = score(fold_gold, fold_rules)
        for d in decisions:
            alone = score(fold_gold, fold_forced[d])
            per_fold[d].append(f"{base[METRIC[d]]['f1']:.3f}/{alone[METRIC[d]]['f1']:.3f}")
    gold = gold_of(docs)
    res = [score(gold, r) for r in (rules, shipped, forced)]
    print(f"\n{len(docs)} documents, {k} folds by document; decisions fitted: {', '.join(decisions)}")
    print(f"{'':24}{'rules P / R / F1':>22}{'as shipped':>22}{'forced on':>22}")
    for key in ROWS:
        print(f"{key:24}" + "".join(f"{row(r, key):>22}" for r in res))
    for t in sorted(set().union(*(r["event_types"] for r in res))):
        cells = []
        for r in res:
            v = r["event_types"].get(t)
            cells.append(f"{v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f}" if v else "-")
        print(f"{'  event:' + t:24}" + "".join(f"{c:>22}" for c in cells))
    for key in ACCURACIES:
        print(f"{key:24}" + "".join(f"{str(r[key]):>22}" for r in res))
    print("\nper held-out fold, rules F1 / F1 with the decision alone forced on (its scorer's row):")
    for d in decisions:
        print(f"{d + ' (' + METRIC[d] + ')':24}" + "".join(f"{c:>14}" for c in per_fold[d]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
