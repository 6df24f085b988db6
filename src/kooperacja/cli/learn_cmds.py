"""`kooperacja train GOLD... --output MODEL` and `kooperacja evaluate GOLD... [--model M] [--cv K]`:
the learned confidence model, trained and scored on gold folders (a .txt and its gold .json per document)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser(
        "train",
        help="train the confidence model on gold folders and print cross-validated figures",
        description="Train the learned decisions (keep an organisation, person, place, event, participant, "
        "figure) on gold folders (DOC.txt and DOC.json each), print the rules' and the rules+model's "
        "figures over K folds of held-out documents, and write the model file.",
    )
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold folders")
    p.add_argument("--output", "-o", required=True, metavar="MODEL", help="model file to write (JSON)")
    p.add_argument("--folds", type=int, default=5, metavar="K", help="cross-validation folds (default 5)")
    p.add_argument("--no-cv", action="store_true", help="only fit and write the model (no outer folds)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on standard error")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser(
        "evaluate",
        help="score the extractor on gold folders with the metrics of score.py",
        description="Extract every gold document and print the scorer's table (organisations, persons, "
        "places, events by type, figures, sectors, base forms, dates). With --cv K the model is trained "
        "on K-1 folds of the documents and scores the held-out fold.",
    )
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold folders")
    p.add_argument("--model", metavar="MODEL", help="model file (default: the shipped one)")
    p.add_argument("--cv", type=int, metavar="K", help="train on K-1 folds, score the held-out fold")
    p.add_argument("--rules", action="store_true", help="the rules alone, without the model")
    p.add_argument("--min-confidence", type=float, metavar="X", help="drop items below X (0-1)")
    p.add_argument("--records", metavar="FILE", help="also write the scored records as JSONL")
    p.add_argument("--json", action="store_true", help="all figures as one JSON object")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on standard error")
    p.set_defaults(func=cmd_evaluate)


def _load(args: argparse.Namespace) -> list[Any] | None:
    from kooperacja.learn.train import GoldError, load_gold, stderr_progress

    try:
        docs = load_gold(args.gold, progress=None if args.quiet else stderr_progress)
    except GoldError as exc:
        print(f"kooperacja: {exc}", file=sys.stderr)
        return None
    if not args.quiet and sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr)
    return docs


def _check_min(value: float | None) -> bool:
    if value is not None and not 0.0 <= value <= 1.0:
        print(f"kooperacja: --min-confidence {value} is not between 0 and 1", file=sys.stderr)
        return False
    return True


# the scorer's measure that each decision must raise on held-out folds to be used
HELD_OUT_METRIC = {
    "organization": "organization",
    "person": "person",
    "place": "place",
    "event": "events",
    "participant": "events",
    "figure": "figures",
    "figure_owner": "figures",
}


def cmd_train(args: argparse.Namespace) -> int:
    from kooperacja.learn.model import OWNER_DECISION
    from kooperacja.learn.scoring import score, side_by_side
    from kooperacja.learn.train import (
        MARGIN,
        RULES_ONLY,
        cross_validate,
        cv_records,
        fit_model,
        gold_of,
        model_json,
        pr_table,
    )

    if args.folds < 2:
        print("kooperacja: --folds must be at least 2", file=sys.stderr)
        return 2
    docs = _load(args)
    if docs is None:
        return 2
    if len(docs) < args.folds:
        print(f"kooperacja: {len(docs)} documents are too few for {args.folds} folds", file=sys.stderr)
        return 2
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("kooperacja: training needs scikit-learn: pip install 'kooperacja[learn]'", file=sys.stderr)
        return 2
    model, report = fit_model(docs, args.folds)
    cv_text = ""
    if not args.no_cv:
        models = cross_validate(docs, args.folds)
        gold = gold_of(docs)
        rules = score(gold, {g.doc_id: g.rules for g in docs})
        learned = score(gold, cv_records(docs, models))
        # a decision stays on only where the whole procedure beats the rules on held-out documents too
        for name, metric in HELD_OUT_METRIC.items():
            r = report[name]
            if r["enabled"] and learned[metric]["f1"] <= rules[metric]["f1"]:
                r["enabled"] = model.decisions[name].enabled = False
                r["held_out"] = f"{metric} F1 {rules[metric]['f1']:.3f} -> {learned[metric]['f1']:.3f}"
        cv_text = "\n".join(
            [
                f"\n{args.folds}-fold cross-validation by document (held-out folds):",
                side_by_side(rules, learned, ("rules", "model")),
                "\nprecision and recall by minimum confidence (held-out folds):",
                pr_table(docs, models, (0.1, 0.3, 0.5, 0.7, 0.9)),
            ]
        )
    Path(args.output).write_text(model_json(model, report, docs), encoding="utf-8")
    print(f"documents: {len(docs)}")
    print(
        "decisions (threshold and F1 of the candidates by cross-validation on all documents;"
        " ceiling: every right candidate kept and no other; wrong kept: the rules' candidates that match no"
        " gold item; AUC: how well the held-out confidences rank the rules' candidates, 0.5 chance):"
    )
    for name, r in report.items():
        if name == OWNER_DECISION:
            print(_owner_line(r))
            continue
        if r["enabled"]:
            state = "used"
        elif r["model_f1"] > r["rules_f1"] + MARGIN and name in RULES_ONLY:
            state = "not used (a decision left to the rules: learn/train.py RULES_ONLY)"
        elif r["model_f1"] > r["rules_f1"] + MARGIN and name not in RULES_ONLY:
            state = f"not used (no worse than the rules in only {r['folds_no_worse']} of {len(r['folds_f1'])} folds)"
        elif "held_out" in r:
            state = f"not used (no better than the rules on held-out folds: {r['held_out']})"
        else:
            state = "not used (no better than the rules)"
        print(
            f"  {name:13} rules F1 {r['rules_f1']:.3f}  model F1 {r['model_f1']:.3f}"
            f"  ceiling {r['ceiling_f1']:.3f}  wrong kept {r['rules_wrong']}"
            f"  AUC {'-' if r['auc'] is None else format(r['auc'], '.2f')}"
            f"  C {r.get('C', '-')}  drop below {r['threshold']:.2f}, add discarded at {r['add_threshold'] or '-'}"
            f"{_discarded(r)}  {state}"
        )
    if cv_text:
        print(cv_text)
    print(f"\nwrote {args.output}")
    return 0


def _owner_line(r: dict) -> str:
    """The figure owner decision's report: figures with several owner candidates, those the rules' owner gets
    wrong and another candidate would get right, and what the model fixes and breaks out of fold."""
    return (
        f"  figure_owner  rules F1 {r['rules_f1']:.3f}  model F1 {r['model_f1']:.3f}  figures {r['figures']}"
        f"  rules' owner wrong {r['rules_wrong']} (right under another candidate {r['fixable']})"
        f"  out of fold: fixed {r['fixes']}, broken {r['breaks']}  C {r['C']}  margin {r['margin']:.2f}"
        f"  {'used' if r['enabled'] else 'not used (no better than the rules)'}"
    )


def _discarded(r: dict) -> str:
    """The candidates the rules discard of one decision's report, where it has any: how many, how many right,
    how well the held-out confidences rank them."""
    if not r.get("discarded"):
        return ""
    auc = "-" if r["discarded_auc"] is None else format(r["discarded_auc"], ".2f")
    return f" (discarded {r['discarded']}, {r['discarded_right']} right, AUC {auc})"


def cmd_evaluate(args: argparse.Namespace) -> int:
    from kooperacja.learn.model import Model, default_model
    from kooperacja.learn.scoring import score, table
    from kooperacja.learn.train import apply, cross_validate, cv_records, gold_of

    if not _check_min(args.min_confidence):
        return 2
    model = None
    if not args.rules and not args.cv:
        try:
            model = Model.load(args.model) if args.model else default_model()
        except ValueError as exc:
            print(f"kooperacja: {exc}", file=sys.stderr)
            return 2
    if args.cv is not None and args.cv < 2:
        print("kooperacja: --cv must be at least 2", file=sys.stderr)
        return 2
    docs = _load(args)
    if docs is None:
        return 2
    if args.cv:
        try:
            import sklearn  # noqa: F401
        except ImportError:
            print("kooperacja: --cv needs scikit-learn: pip install 'kooperacja[learn]'", file=sys.stderr)
            return 2
        if len(docs) < args.cv:
            print(f"kooperacja: {len(docs)} documents are too few for {args.cv} folds", file=sys.stderr)
            return 2
        records = cv_records(docs, cross_validate(docs, args.cv), args.min_confidence)
    else:
        records = {g.doc_id: apply(g, model, args.min_confidence) for g in docs}
    if args.records:
        with open(args.records, "w", encoding="utf-8") as fh:
            for g in docs:
                fh.write(json.dumps(records[g.doc_id], ensure_ascii=False) + "\n")
    res = score(gold_of(docs), records)
    print(json.dumps(res, ensure_ascii=False) if args.json else table(res))
    return 0
