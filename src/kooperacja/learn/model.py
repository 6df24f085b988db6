"""The learned decisions: a model file (JSON: feature weights and thresholds per decision, no pickle) and
`decide`, which gives every candidate of the rules a confidence and keeps those at or above the threshold.

Decisions: `organization`, `person`, `place` (keep an entity), `event` (keep an event), `participant`
(keep a participant of a kept event) and `figure` (keep a figure). A decision whose model did not beat the
rules in cross-validation is shipped with `enabled: false`: its items still get a confidence, but only a
user's explicit minimum drops them. Apart from them, a choice: `figure_owner` (learn/figure_owner.py) moves a
figure to another of its owner candidates where that one scores above the rules' owner by its margin; off, no
candidate is even listed.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Any

from kooperacja.extract.doc import Doc, Entity, Mention
from kooperacja.learn.features import (
    EVERY,
    DocView,
    Wanted,
    entity_features,
    event_features,
    figure_features,
    participant_candidates,
    participant_features,
)
from kooperacja.learn.figure_owner import choose as choose_owner
from kooperacja.learn.figure_owner import owner_candidates

DECISIONS = ("organization", "person", "place", "event", "participant", "figure")
# a choice, not a keep-or-drop: which of a figure's owner candidates owns it (learn/figure_owner.py). Its
# `threshold` is the margin by which a candidate must score above the rules' owner to take the figure
OWNER_DECISION = "figure_owner"
MODEL_FORMAT = "kooperacja-confidence 1"
# the verdicts of the rules whose candidates the event model may take back: too few participants found.
# Modality verdicts (a plan, a denial, a topic) are the spec's, not a matter of confidence: they stay out.
EXTRA_VERDICTS = frozenset(("too_few",))
NEVER = 2.0  # an add threshold no confidence reaches


@dataclass
class Decision:
    bias: float = 0.0
    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.0  # the rules' candidates below it are dropped
    add_threshold: float | None = None  # candidates the rules discard are taken at or above it (None: never)
    enabled: bool = False

    def prob(self, feats: list[str]) -> float:
        w = self.weights
        z = self.bias + sum(map(w.get, feats, repeat(0.0)))  # the generator's sum, in the same order
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)


@dataclass
class Model:
    decisions: dict[str, Decision] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    # per decision, the features it reads (`wanted`), made once per decision
    _wanted: dict[str, tuple[Decision, Wanted]] = field(default_factory=dict, repr=False, compare=False)

    def threshold(self, decision: str, min_confidence: float | None) -> float:
        if min_confidence is not None:
            return min_confidence
        d = self.decisions.get(decision)
        return d.threshold if d is not None and d.enabled else 0.0

    def add_threshold(self, decision: str, min_confidence: float | None) -> float:
        """The confidence at or above which a candidate the rules discarded (an event) or did not link (a
        participant) is taken: only where the decision is in use; above 1 (never) otherwise."""
        d = self.decisions.get(decision)
        if d is None or not d.enabled or d.add_threshold is None:
            return NEVER
        return max(d.add_threshold, min_confidence or 0.0)

    def moves_owners(self) -> bool:
        """Whether the figure owner decision is in use (a user's minimum confidence does not bear on it)."""
        d = self.decisions.get(OWNER_DECISION)
        return d is not None and d.enabled

    def takes_back(self, decision: str, min_confidence: float | None) -> bool:
        """Whether candidates the rules discarded are ever taken for `decision` (their features are needed)."""
        return self.add_threshold(decision, min_confidence) <= 1.0

    def prob(self, decision: str, feats: list[str]) -> float | None:
        d = self.decisions.get(decision)
        return None if d is None else d.prob(feats)

    def wanted(self, decision: str) -> Wanted | None:
        """The features a decision reads: those it has weights for (None: it has no model, nothing is read)."""
        d = self.decisions.get(decision)
        if d is None:
            return None
        hit = self._wanted.get(decision)
        if hit is None or hit[0] is not d:
            hit = self._wanted[decision] = (d, Wanted(d.weights))
        return hit[1]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(
                f"not a confidence model (format {data.get('format')!r}, expected {MODEL_FORMAT!r})"
            )
        decisions = {}
        for name, d in (data.get("decisions") or {}).items():
            decisions[name] = Decision(
                bias=float(d.get("bias", 0.0)),
                weights={k: float(x) for k, x in (d.get("weights") or {}).items()},
                threshold=float(d.get("threshold", 0.0)),
                add_threshold=None if d.get("add_threshold") is None else float(d["add_threshold"]),
                enabled=bool(d.get("enabled", False)),
            )
        for name, d in (data.get("choices") or {}).items():  # the figure owner: its margin is its threshold
            decisions[name] = Decision(
                bias=float(d.get("bias", 0.0)),
                weights={k: float(x) for k, x in (d.get("weights") or {}).items()},
                threshold=float(d.get("margin", 0.0)),
                enabled=bool(d.get("enabled", False)),
            )
        meta = {k: v for k, v in data.items() if k not in ("decisions", "choices")}
        return cls(decisions, meta)

    @classmethod
    def load(cls, path: str | Path) -> Model:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"cannot read model {path}: {exc}") from exc
        return cls.from_json(data)


# a folder of model files (confidence-<lang>.json) used instead of the package's own: a model trained on part
# of the gold, to score the rest with it. In the environment, so that worker processes see it too
MODEL_DIR_ENV = "KOOPERACJA_MODEL_DIR"


def model_dir() -> Path:
    """The folder of the models in use: $KOOPERACJA_MODEL_DIR where set, else the package's data/models."""
    own = os.environ.get(MODEL_DIR_ENV)
    return Path(own) if own else _package_models()


@cache
def _package_models() -> Path:
    return Path(str(resources.files("kooperacja.data"))) / "models"


def default_model_path(lang: str = "pl") -> Path:
    return model_dir() / f"confidence-{lang}.json"


def default_model(lang: str = "pl") -> Model | None:
    """The model of a language in `model_dir()` (None where there is none: the rules decide alone)."""
    if not lang.isalpha():
        return None
    return _model_at(str(default_model_path(lang)))


@cache
def _model_at(path: str) -> Model | None:
    return Model.load(path) if Path(path).exists() else None


@dataclass
class Candidates:
    """The rules' output of one document with the features of each item."""

    entities: dict[str, list[str]]  # entity id -> features
    events: list[list[str]]  # the rules' events, then the extra candidates
    participants: list[list[list[str]]]  # per event, per participant
    figures: list[list[str]]
    extra_events: list[dict[str, Any]] = field(default_factory=list)  # events the rules discarded
    # per event: participants the rules did not link (entities named near it), and their features
    extra_parts: list[list[dict[str, Any]]] = field(default_factory=list)
    extra_part_feats: list[list[list[str]]] = field(default_factory=list)
    # organisation candidates the name rules dropped (recall mode), one per name, and their features
    extra_orgs: list[ExtraOrg] = field(default_factory=list)
    extra_org_feats: list[list[str]] = field(default_factory=list)
    # per figure of the rules: its owner candidates (the rules' owner first) and their features, where the
    # owner decision may move it (learn/figure_owner.py); empty otherwise
    figure_owners: list[list[tuple[str, list[str]]]] = field(default_factory=list)


@dataclass
class ExtraOrg:
    """An organisation name the rules dropped: its mentions (not in the Doc's list) and the rules that dropped it."""

    name: str
    mentions: list[Mention]
    rules: list[str]


def _parties(ev: dict[str, Any]) -> frozenset[str]:
    return frozenset(p.get("entity") for p in ev.get("participants") or [])


def extra_events(doc: Doc) -> list[dict[str, Any]]:
    """The event candidates the rules discarded for a verdict in EXTRA_VERDICTS (high-recall mode), less
    those that repeat an event the rules kept or an earlier candidate (same type, participants within theirs)."""
    seen: list[tuple[str, frozenset[str]]] = [(ev.get("type", ""), _parties(ev)) for ev in doc.events]
    out = []
    for ev in doc.event_candidates:
        if ev.get("rule") not in EXTRA_VERDICTS:
            continue
        key = (ev.get("type", ""), _parties(ev))
        if any(t == key[0] and key[1] <= ps for t, ps in seen):
            continue
        seen.append(key)
        out.append({k: x for k, x in ev.items() if k != "rule"} | {"_rule": ev.get("rule")})
    return out


def extra_orgs(doc: Doc) -> list[ExtraOrg]:
    """The organisation candidates the name rules dropped (`Doc.org_candidates`, recall mode), one per name (by
    the scorer's normalisation), less those named like an entity the rules kept (any type, name or alias) and
    names of fewer than two letters."""
    from kooperacja.learn.scoring import norm

    taken = {norm(n) for e in doc.entities for n in (e.name, *e.aliases)}
    by_name: dict[str, ExtraOrg] = {}
    for m, rule in doc.org_candidates:
        key = norm(m.name)
        if len(key) < 2 or key in taken:
            continue
        hit = by_name.get(key)
        if hit is None:
            by_name[key] = ExtraOrg(m.name, [m], [rule])
        else:
            hit.mentions.append(m)
            if rule not in hit.rules:
                hit.rules.append(rule)
    return list(by_name.values())


def extra_org_features(v: DocView, doc: Doc, orgs: list[ExtraOrg], want: Wanted) -> list[list[str]]:
    """The features of dropped organisation candidates: an entity's (of a stand-in entity whose mentions are
    the candidate's, added to the Doc's list while they are read) with the rules that dropped it."""
    n0 = len(doc.mentions)
    out = []
    try:
        for org in orgs:
            k = len(doc.mentions)
            doc.mentions.extend(org.mentions)
            ent = Entity(
                id="", type="organization", name=org.name, mentions=list(range(k, len(doc.mentions)))
            )
            rules = {"rule=" + r for r in org.rules}
            out.append(sorted({*entity_features(v, ent, want), *rules, "dropped"}))
    finally:
        del doc.mentions[n0:]
    return out


def featurize(doc: Doc, model: Model | None = None, min_confidence: float | None = None) -> Candidates:
    """The features of every candidate of `doc` (for training, without a `model`). With a `model`, only the
    features it has weights for (`Model.wanted`: its confidences are the same), none for a decision it lacks,
    and the candidates it never takes back (the rules' discarded events, participants they did not link:
    `Model.takes_back`) are left out, and their features with them: `decide` reads them only where they can
    be taken."""
    v = DocView(doc)
    wants: dict[str, Wanted | None] = {}

    def want(decision: str) -> Wanted | None:
        if decision not in wants:
            wants[decision] = EVERY if model is None else model.wanted(decision)
        return wants[decision]

    extra = extra_events(doc) if model is None or model.takes_back("event", min_confidence) else []
    events = doc.events + extra
    w_event, w_part, w_fig = want("event"), want("participant"), want("figure")
    efeats: list[list[str]] = [[] for _ in events]
    if w_event is not None:
        efeats[: len(doc.events)] = [event_features(v, ev, w_event) for ev in doc.events]
        for k, ev in enumerate(extra, len(doc.events)):
            rule = "rule=" + str(ev.get("_rule"))
            efeats[k] = sorted({*event_features(v, ev, w_event), rule, f"{ev.get('type')}|{rule}"})
    extra_parts: list[list[dict[str, Any]]] = []
    if model is None or model.takes_back("participant", min_confidence):
        extra_parts = [participant_candidates(v, ev) for ev in events]
    entities: dict[str, list[str]] = {}
    for e in doc.entities:
        w = want(e.type)
        entities[e.id] = [] if w is None else entity_features(v, e, w)
    parts: list[list[list[str]]] = []
    extra_feats: list[list[list[str]]] = []
    for ev, ps in zip(events, extra_parts or [[]] * len(events), strict=True):
        if w_part is None:
            parts.append([[] for _ in ev.get("participants") or []])
            extra_feats.append([[] for _ in ps])
            continue
        parts.append([participant_features(v, ev, p, w_part) for p in ev.get("participants") or []])
        extra_feats.append([sorted({*participant_features(v, ev, p, w_part), "unlinked"}) for p in ps])
    orgs: list[ExtraOrg] = []
    org_feats: list[list[str]] = []
    if model is None or model.takes_back("organization", min_confidence):
        orgs = extra_orgs(doc)
        w_org = want("organization")
        org_feats = extra_org_features(v, doc, orgs, EVERY if w_org is None else w_org)
    owners: list[list[tuple[str, list[str]]]] = []
    if model is None or model.moves_owners():
        owners = [owner_candidates(v, f) for f in doc.figures]
    return Candidates(
        entities=entities,
        events=efeats,
        participants=parts,
        figures=[[] if w_fig is None else figure_features(v, f, w_fig) for f in doc.figures],
        extra_events=extra,
        extra_parts=extra_parts,
        extra_part_feats=extra_feats if extra_parts else [],  # none where they are left out
        extra_orgs=orgs,
        extra_org_feats=org_feats,
        figure_owners=owners,
    )


def _round(p: float) -> float:
    return round(p, 3)


def _with_confidence(ent: Entity, confidence: float | None) -> Entity:
    """`dataclasses.replace(ent, confidence=...)` (a shallow copy: the same lists) without its call of __init__
    with every field: Entity is a plain dataclass, its fields its instance dict."""
    new = object.__new__(type(ent))
    new.__dict__.update(ent.__dict__)
    new.confidence = confidence
    return new


def taken_orgs(entities: list[Entity], cands: Candidates) -> list[ExtraOrg]:
    """The dropped organisation candidates `decide` took back, in order (theirs are the entities without an
    id of the rules' and mentions past the Doc's list)."""
    by_name = {org.name: org for org in cands.extra_orgs}
    rules_ids = set(cands.entities)
    return [by_name[e.name] for e in entities if e.id not in rules_ids and e.name in by_name]


def with_taken_mentions(doc: Doc, entities: list[Entity], cands: Candidates) -> list[Mention]:
    """The Doc's mentions and, after them, those of the organisations `decide` took back (the indices it gave
    them); the Doc's own list where none was taken."""
    taken = taken_orgs(entities, cands)
    if not taken:
        return doc.mentions
    return doc.mentions + [m for org in taken for m in org.mentions]


def decide(
    doc: Doc, cands: Candidates, model: Model, min_confidence: float | None = None
) -> tuple[list[Entity], list[dict[str, Any]], list[dict[str, Any]]]:
    """Entities, events and figures of `doc` with confidences, below-threshold items dropped.

    The Doc is not changed. A dropped entity leaves the events (as participant or place), the figures it
    owns and the roles that name it; an event left without participants goes too."""
    entities: list[Entity] = []
    kept: set[str] = set()
    for ent in doc.entities:
        p = model.prob(ent.type, cands.entities.get(ent.id, []))
        if p is not None and p < model.threshold(ent.type, min_confidence):
            continue
        kept.add(ent.id)
        entities.append(_with_confidence(ent, None if p is None else _round(p)))
    t_org = model.add_threshold("organization", min_confidence)
    if t_org <= 1.0:  # organisations the rules dropped, taken back where the model is in use and sure of them
        n_mentions, ids = len(doc.mentions), {e.id for e in doc.entities}
        for org, feats in zip(cands.extra_orgs, cands.extra_org_feats, strict=True):
            p = model.prob("organization", feats)
            if p is None or p < t_org:
                continue
            ms = list(range(n_mentions, n_mentions + len(org.mentions)))
            n_mentions += len(org.mentions)
            new_id = f"e{len(ids) + 1}"
            while new_id in ids:
                new_id = f"e{int(new_id[1:]) + 1}"
            ids.add(new_id)
            entities.append(Entity(new_id, "organization", org.name, mentions=ms, confidence=_round(p)))
    for n, ent in enumerate(entities):
        if ent.type == "person" and any(
            r.get("organization") and r["organization"] not in kept for r in ent.roles
        ):
            roles = [
                {**r, "organization": None} if r.get("organization") and r["organization"] not in kept else r
                for r in ent.roles
            ]
            entities[n] = dataclasses.replace(ent, roles=roles)
    events: list[dict[str, Any]] = []
    t_part = model.threshold("participant", min_confidence)
    # a participant the rules did not link is added only where the model is in use
    t_link = model.add_threshold("participant", min_confidence)
    t_event = model.threshold("event", min_confidence)
    # a candidate the rules discarded is taken only where the event model is in use and confident enough
    t_extra = model.add_threshold("event", min_confidence)
    n_rules = len(doc.events)
    for k, ev in enumerate(doc.events + cands.extra_events):
        parts = []
        pfeats = cands.participants[k] if k < len(cands.participants) else []
        for j, part in enumerate(ev.get("participants") or []):
            if part.get("entity") not in kept:
                continue
            p = model.prob("participant", pfeats[j]) if j < len(pfeats) else None
            if p is not None and p < t_part:
                continue
            parts.append(part if p is None else {**part, "confidence": _round(p)})
        if parts and t_link <= 1.0 and k < len(cands.extra_parts):
            for part, feats in zip(cands.extra_parts[k], cands.extra_part_feats[k], strict=True):
                p = model.prob("participant", feats)
                if part["entity"] in kept and p is not None and p >= t_link:
                    parts.append({**part, "confidence": _round(p)})
        if not parts:
            continue
        p = model.prob("event", cands.events[k])
        if k >= n_rules and (p is None or p < t_extra):
            continue
        if p is not None and p < t_event:
            continue
        new = {key: x for key, x in ev.items() if key != "_rule"}
        new["participants"] = parts
        if new.get("place") and new["place"] not in kept:
            new["place"] = None
        if p is not None:
            new["confidence"] = _round(p)
        events.append(new)
    figures: list[dict[str, Any]] = []
    t_fig = model.threshold("figure", min_confidence)
    owner = model.decisions.get(OWNER_DECISION) if model.moves_owners() else None
    for k, fig in enumerate(doc.figures):
        if owner is not None and k < len(cands.figure_owners):
            new = choose_owner(cands.figure_owners[k], owner.prob, owner.threshold, kept)
            if new is not None:
                fig = {**fig, "entity": new}
        if fig.get("entity") not in kept:
            continue
        p = model.prob("figure", cands.figures[k])
        if p is not None and p < t_fig:
            continue
        figures.append(fig if p is None else {**fig, "confidence": _round(p)})
    return entities, events, figures
