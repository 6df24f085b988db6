"""Sectors named in the text, found through lemmas so that any inflected form counts
("branży motoryzacyjnej", "elektromobilności", "odnawialnych źródeł energii")."""

from __future__ import annotations

from functools import cache

from kooperacja.data.language_data import on_data_change
from kooperacja.extract.doc import Doc
from kooperacja.extract.lexicon import lexicon

# Longer terms win over their parts ("odnawialne źródła energii" → renewable_energy, not energy).


@cache
def _by_first(lang: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Sector terms by their first word, longest first (built once per language)."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for terms, sector in lexicon(lang).sector_terms:
        by_first.setdefault(terms[0], []).append((terms, sector))
    for v in by_first.values():
        v.sort(key=lambda x: -len(x[0]))
    return by_first


def find_sectors(doc: Doc) -> None:
    by_first = _by_first(doc.lang)
    n = len(doc.tokens)
    keys = doc.keys  # lower-cased text and lemmas of each token
    hits: list[tuple[int, str]] = []
    firsts = by_first.keys()
    i = 0
    while i < n:
        if firsts.isdisjoint(keys[i]):  # no term starts at this token: one set test
            i += 1
            continue
        matched = 0
        for first in keys[i]:
            for terms, sector in by_first.get(first, ()):
                k = len(terms)
                if i + k <= n and all(terms[j] in keys[i + j] for j in range(k)) and k > matched:
                    hits.append((i, sector))
                    matched = k
        i += max(matched, 1)
    doc.sector_hits = hits
    seen: list[str] = []
    for _i, sector in hits:
        if sector not in seen:
            seen.append(sector)
    doc.sectors = seen


on_data_change(_by_first.cache_clear)
