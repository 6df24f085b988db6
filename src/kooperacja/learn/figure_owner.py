"""The owner of a figure as a learned choice: the rules pick one owner (extract/figure_owner.py); this module lists
the other owners a reader would weigh (every organisation or place named in the figure's sentence or the WINDOW of
three sentences before it, the document's most-mentioned organisation and the rules' own pick), describes each by
binary features, and lets the model's `figure_owner` decision move a figure to another candidate where that candidate scores above
the rules' pick by the decision's margin (its `threshold`).

Nothing here touches the extraction: the candidates are read from the finished Doc (its figures, mentions,
entities and events), so with the decision off the records are the rules'.
"""

from __future__ import annotations

from typing import Any

from kooperacja.extract.doc import Doc
from kooperacja.learn.features import DocView, _bucket

OWNER_TYPES = ("organization", "place")
WINDOW = 3  # the sentences before the figure's whose organisations and places are candidates (as the rules')


def _nearest(doc: Doc, ms: list[int], t0: int) -> int:
    return min(ms, key=lambda n: (abs(doc.mentions[n].t0 - t0), n))


def owner_candidates(v: DocView, fig: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(entity id, features) of each owner candidate of figure `fig`, the rules' owner first; [] where the
    figure has no evidence or no other candidate."""
    doc = v.doc
    rules_id = fig.get("entity")
    evidence = fig.get("evidence") or []
    if not evidence or rules_id not in v.by_id:
        return []
    a, b = evidence[0]
    s = v.sent_at(a)
    t0 = v.token_at(a)
    index = v.entity_order
    # the mentions of each candidate in the figure's sentence and the WINDOW before it
    near: dict[str, list[int]] = {}
    for sent in range(s - WINDOW, s + 1):
        if sent < 0:
            continue
        for n in doc.mentions_in(sent):
            m = doc.mentions[n]
            if m.type in OWNER_TYPES and 0 <= m.entity < len(doc.entities):
                near.setdefault(doc.entities[m.entity].id, []).append(n)
    ids = [rules_id] + sorted(near.keys() - {rules_id}, key=lambda i: index[i])
    if v.top_org is not None and v.top_org not in ids:
        ids.append(v.top_org)
    own_words = _words(v.by_id[rules_id].name)
    kin = {  # organisations named like the rules' owner: a parent and its subsidiary, a group and its plant
        e.id
        for e in doc.entities
        if e.type == "organization" and e.id not in ids and _words(e.name) & own_words
    }
    ids += sorted(kin, key=lambda i: index[i])
    if len(ids) < 2:
        return []
    metric = str(fig.get("metric"))
    s0, s1 = doc.sent_span[s] if s < len(doc.sent_span) else (t0, t0 + 1)
    c0, c1 = doc.comma_stretch(t0, s0, s1) if s0 <= t0 < s1 else (t0, t0)
    same_sent = {i: [n for n in near.get(i, []) if doc.mentions[n].sent == s] for i in ids}
    # the candidates of the sentence by distance from the number, and the sentence's first one (its subject,
    # as a rule)
    by_dist = sorted(
        (i for i in ids if same_sent[i]),
        key=lambda i: abs(doc.mentions[_nearest(doc, same_sent[i], t0)].t0 - t0),
    )
    first = min((doc.mentions[n].t0, i) for i in ids for n in same_sent[i])[1] if by_dist else None
    roles = v.sent_roles().get(s, set())
    kin_all = {i for i in ids if i != rules_id and _words(v.by_id[i].name) & own_words}
    out = []
    for i in ids:
        ent = v.by_id[i]
        f: set[str] = {
            "type=" + ent.type,
            "sub=" + str(ent.subtype),
            "nm=" + _bucket(len(ent.mentions), (1, 2, 4, 8)),
        }
        rules = i == rules_id
        f.add("rules" if rules else "other")
        f.add(f"{metric}|{'rules' if rules else 'other'}")
        f.add(f"{metric}|sub={ent.subtype}")
        if i == v.top_org:
            f.add("top_org")
        if v.figure_owners.get(i):
            f.add("owns_figures" if v.figure_owners[i] - rules > 0 else "owns_none_else")
        if i in v.roles_of:
            f.add("in_event")
        if i in roles:
            f.add("in_event_sent")
        if any(doc.mentions[n].sent == 0 for n in ent.mentions):
            f.add("in_first_sent")
        mine = same_sent[i]
        if mine:
            n = _nearest(doc, mine, t0)
            m = doc.mentions[n]
            d = m.t0 - t0
            f.add("dist=" + ("-" if d < 0 else "+") + _bucket(abs(d), (3, 8, 15, 30)))
            f.add("rank=" + str(min(by_dist.index(i), 3)))
            if c0 <= m.t0 < c1:
                f.add("same_clause")
            if i == first:
                f.add("first_in_sent")
            case = m.case or v.first_cases(m.t0).split("+")[0] or "none"
            f.add("case=" + case)
            if m.descriptor:
                f.add("descriptor")
            if m.t0 > 0 and doc.tokens[m.t0 - 1].text in ("(", "„", '"'):
                f.add("after_bracket")
        elif near.get(i):
            back = s - max(doc.mentions[n].sent for n in near[i])
            f.add("sents_back=" + _bucket(back, (1, 2)))
        else:
            f.add("elsewhere")
        if not rules and i in kin_all:
            f.add("kin")
            f.add("kin_longer" if len(ent.name) > len(v.by_id[rules_id].name) else "kin_shorter")
        out.append((i, sorted(f)))
    return out


def _words(name: str) -> set[str]:
    return {w.lower() for w in name.replace("-", " ").split() if len(w) >= 4 and w[0].isupper()}


def choose(
    cands: list[tuple[str, list[str]]], prob: Any, margin: float, allowed: set[str] | None = None
) -> str | None:
    """The candidate a figure moves to: the best-scoring one other than the rules' (the first), where it scores
    above the rules' pick by more than `margin`; None to keep the rules' owner."""
    if len(cands) < 2:
        return None
    base = prob(cands[0][1])
    best, best_p = None, base + margin
    for i, feats in cands[1:]:
        if allowed is not None and i not in allowed:
            continue
        p = prob(feats)
        if p > best_p + 1e-12:
            best, best_p = i, p
    return best
