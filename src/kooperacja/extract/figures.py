"""Figures: amounts and counts (kooperacja.text.numbers) tied to a metric by the words around them and to the
entity the sentence is about ("KSSE … Działa w niej 600 przedsiębiorstw, które zainwestowały ok. 44 mld zł")."""

from __future__ import annotations

import bisect
from typing import Any

from kooperacja.extract.doc import Doc
from kooperacja.extract.lexicon import lexicon
from kooperacja.text.numbers import find_amounts

_PREPOSITIONS = {"w", "we", "z", "ze", "do", "o", "dla", "od", "na", "po", "przez", "blisko", "około"}
_COUNTS_OF_MEMBERS = {"companies": ("economic_zone", "technology_park", "cluster", "business_association")}
_NOT_OWNERS = {"national_government", "international_org"}


def find_figures(doc: Doc) -> None:
    lex = lexicon("pl")
    doc.amounts = find_amounts(doc.text, [(d.start, d.end) for d in doc.dates])
    starts = [t.start for t in doc.tokens]
    keys = [doc.lemmas(i) | {doc.tokens[i].lower} if doc.tokens[i].is_word else set() for i in range(len(doc.tokens))]
    seen: set[tuple[str, str]] = set()
    figures: list[dict[str, Any]] = []
    for amount in doc.amounts:
        if amount.is_range or amount.value is None or amount.kind != "amount" or amount.unit == "percent":
            continue
        t0 = bisect.bisect_left(starts, amount.start)
        t1 = bisect.bisect_left(starts, amount.end)
        metric = _metric(doc, keys, t0, t1, amount.unit, lex.figure_metrics)
        if metric is None:
            continue
        if amount.unit == "count" and (amount.value < 2 or amount.value != int(amount.value)):
            continue
        if metric == "companies" and t0 > 0 and doc.tokens[t0 - 1].lower in _PREPOSITIONS:
            continue  # "w blisko 50 firmach": a part, not the count of a zone's companies
        ent = _owner(doc, t0, metric, t1)
        if ent is None:
            continue
        key = (ent, metric)
        if key in seen:
            continue  # the first figure of a kind is the total; later ones break it down
        seen.add(key)
        unit = "ha" if metric == "area_ha" else amount.unit
        value = int(amount.value) if float(amount.value).is_integer() else float(amount.value)
        figures.append(
            {
                "entity": ent,
                "metric": metric,
                "value": value,
                "unit": unit,
                "qualifier": amount.qualifier,
                "evidence": [[amount.start, amount.end]],
            }
        )
    doc.figures = figures


def _metric(
    doc: Doc, keys: list[set[str]], t0: int, t1: int, unit: str, rows: tuple[tuple[tuple[str, ...], str, str, int], ...]
) -> str | None:
    n = len(doc.tokens)
    sent = doc.sent_of[t0] if t0 < n else -1
    for words, metric, need, window in rows:
        if need == "money" and unit in ("count", "ha", "percent", "m2", "km2"):
            continue
        if need == "count" and unit != "count":
            continue
        if need == "ha" and unit != "ha" and not (unit == "count" and window):
            continue
        if window >= 0:
            rng = range(t1, min(n, t1 + window + 1)) if window else range(max(t0, t1 - 1), min(n, t1 + 1))
        else:
            rng = range(max(0, t0 + window), t0)
        for i in rng:
            if doc.sent_of[i] != sent:
                continue
            if i + len(words) <= n and all(words[k] in keys[i + k] for k in range(len(words))):
                return metric
    return None


def _owner(doc: Doc, t0: int, metric: str, t1: int | None = None) -> str | None:
    """The organisation a figure is about: one named right after the counted noun ("11 partnerami Klastra X"),
    else one named before it in the sentence, else in the sentences before (a zone rather than its unnamed
    firms)."""
    sent = doc.sent_of[t0] if t0 < len(doc.sent_of) else 0
    if t1 is not None and metric in ("partners", "members"):
        for m in doc.mentions:
            if m.type == "organization" and m.entity >= 0 and t1 < m.t0 <= t1 + 1:
                return doc.entities[m.entity].id
    for s in (sent, sent - 1, sent - 2, sent - 3):
        if s < 0:
            break
        cands = [
            m for m in doc.mentions if m.sent == s and m.type == "organization" and m.entity >= 0
            and (s < sent or m.start < doc.tokens[t0].start)
            and doc.entities[m.entity].subtype not in _NOT_OWNERS
        ]
        allowed = _COUNTS_OF_MEMBERS.get(metric)
        if allowed:
            cands = [m for m in cands if doc.entities[m.entity].subtype in allowed]
        if not cands:
            continue
        zones = [m for m in cands if m.subtype == "economic_zone"]
        pick = zones[-1] if zones and metric in ("investment", "jobs", "companies") else cands[-1]
        return doc.entities[pick.entity].id
    return None
