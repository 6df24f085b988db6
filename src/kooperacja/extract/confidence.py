"""Learned confidence (the last extraction component): every entity, event, participant and figure the
rules found gets a `confidence` from the shipped model (kooperacja/data/models/confidence-<lang>.json,
trained by `kooperacja train`), and items below the threshold are dropped.

The threshold is, per decision, the one that maximised F1 in cross-validation (decisions where the model
did not beat the rules keep everything); a process-wide minimum set by `set_min_confidence` (the
`--min-confidence` option of `extract` and `ingest`) replaces it for every decision: 0 keeps everything
the rules found. The minimum travels in the environment so that worker processes see it too.

The model comes from `kooperacja.learn.model.model_dir()`: the package's data/models, or the folder named by
$KOOPERACJA_MODEL_DIR (`confidence-<lang>.json` there; a language without a file there is left to the
rules), so that a model trained on part of the gold can score the rest.
"""

from __future__ import annotations

import os
from typing import Any

from kooperacja.extract.doc import Doc

MIN_CONFIDENCE_ENV = "KOOPERACJA_MIN_CONFIDENCE"


def set_min_confidence(value: float | None) -> None:
    """The minimum confidence for this process and the workers it starts (None: the model's thresholds)."""
    if value is None:
        os.environ.pop(MIN_CONFIDENCE_ENV, None)
    else:
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"minimum confidence {value} is not between 0 and 1")
        os.environ[MIN_CONFIDENCE_ENV] = repr(float(value))


def min_confidence() -> float | None:
    raw = os.environ.get(MIN_CONFIDENCE_ENV)
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        return None


def recall_mode(doc: Doc) -> None:
    """First component: where a model will take back events or organisations the rules discard, the rules keep
    them as candidates (a model whose decisions are off never takes one: nothing is kept for it)."""
    from kooperacja.learn.model import default_model

    model = default_model(doc.lang)
    minimum = min_confidence()
    doc.recall = model is not None and (
        model.takes_back("event", minimum) or model.takes_back("organization", minimum)
    )


class ConfidenceScorer:
    def __init__(self, lang: str = "pl") -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> None:
        from kooperacja.learn.model import decide, default_model, featurize, with_taken_mentions

        model = default_model(self.lang)
        if model is None:
            return
        minimum = min_confidence()
        cands = featurize(doc, model, minimum)
        doc.entities, doc.events, doc.figures = decide(doc, cands, model, minimum)
        doc.mentions = with_taken_mentions(doc, doc.entities, cands)
        doc.event_candidates = []
        doc.org_candidates = []
        for m in doc.mentions:  # mentions point at their entity's new position, or at none
            m.entity = -1
        for k, ent in enumerate(doc.entities):
            for n in ent.mentions:
                doc.mentions[n].entity = k


def filter_record(record: dict[str, Any], minimum: float) -> dict[str, Any]:
    """A record without the items whose `confidence` is below `minimum` (items without one stay): for
    records extracted earlier. A dropped entity leaves events, figures and roles as in `decide`."""

    def low(item: Any) -> bool:
        c = item.get("confidence") if isinstance(item, dict) else None
        return isinstance(c, (int, float)) and not isinstance(c, bool) and c < minimum

    ents = [e for e in record.get("entities") or [] if not low(e)]
    kept = {e.get("id") for e in ents if isinstance(e, dict)}
    for n, e in enumerate(ents):
        if isinstance(e, dict) and e.get("roles"):
            roles = [
                {**r, "organization": None}
                if isinstance(r, dict) and r.get("organization") not in kept
                else r
                for r in e["roles"]
            ]
            ents[n] = {**e, "roles": roles}
    events = []
    for ev in record.get("events") or []:
        if not isinstance(ev, dict) or low(ev):
            continue
        parts = [
            p
            for p in ev.get("participants") or []
            if isinstance(p, dict) and p.get("entity") in kept and not low(p)
        ]
        if not parts:
            continue
        place = ev.get("place") if ev.get("place") in kept else None
        events.append({**ev, "participants": parts, "place": place})
    figures = [
        f
        for f in record.get("figures") or []
        if isinstance(f, dict) and f.get("entity") in kept and not low(f)
    ]
    return {**record, "entities": ents, "events": events, "figures": figures}
