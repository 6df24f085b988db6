"""Sectors named in the text, found through lemmas so that any inflected form counts
("branży motoryzacyjnej", "elektromobilności", "odnawialnych źródeł energii", "renewable energy").

One matcher for every language (`SectorMatcher`); a language gives its sector terms and its options:
terms that count only when written in capitals (English "IT", not the pronoun "it"), and whether a place
mention can be a sector (in English it cannot: "Automotive Valley" the place is no sector term).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from kooperacja.data.language_data import on_data_change
from kooperacja.extract.doc import Doc
from kooperacja.extract.lexicon import lexicon

Terms = Iterable[tuple[tuple[str, ...], str]]


class SectorMatcher:
    """Sector terms (lemma sequences) matched on `Doc.keys`; longer terms win over their parts
    ("odnawialne źródła energii" → renewable_energy, not energy)."""

    requires = ("tokens", "keys", "mentions")
    assigns = ("sector_hits", "sectors")

    def __init__(
        self, terms: Terms, *, upper_only: Iterable[str] = (), places_are_not_sectors: bool = False
    ) -> None:
        self.upper_only = frozenset(upper_only)
        self.places_are_not_sectors = places_are_not_sectors
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, sector in terms:
            self.by_first.setdefault(words[0], []).append((words, sector))
        for v in self.by_first.values():
            v.sort(key=lambda x: -len(x[0]))

    def _is_place(self, doc: Doc, i: int) -> bool:
        k = doc.mention_at(i)
        return k is not None and doc.mentions[k].type == "place"

    def __call__(self, doc: Doc) -> None:
        by_first, upper_only, toks = self.by_first, self.upper_only, doc.tokens
        n = len(toks)
        keys = doc.keys  # lower-cased text and lemmas of each token
        hits: list[tuple[int, str]] = []
        firsts = by_first.keys()
        after = 0  # the first token after the last term found
        # the tokens where a term can start (one set test each), visited in order
        for i in [i for i, k in enumerate(keys) if not firsts.isdisjoint(k)]:
            if i < after:
                continue
            matched = 0
            if not (self.places_are_not_sectors and self._is_place(doc, i)):
                for first in keys[i]:
                    for terms, sector in by_first.get(first, ()):
                        k = len(terms)
                        if i + k <= n and all(terms[j] in keys[i + j] for j in range(k)) and k > matched:
                            if k == 1 and terms[0] in upper_only and toks[i].text != terms[0].upper():
                                continue  # written in capitals only ("IT" the sector, "it" the pronoun)
                            hits.append((i, sector))
                            matched = k
            after = i + max(matched, 1)
        doc.sector_hits = hits
        seen: list[str] = []
        for _i, sector in hits:
            if sector not in seen:
                seen.append(sector)
        doc.sectors = seen


@cache
def _matcher(lang: str) -> SectorMatcher:
    """The matcher of a language whose lexicon lives in `extract.lexicon` (Polish), built once."""
    return SectorMatcher(lexicon(lang).sector_terms)


def find_sectors(doc: Doc) -> None:
    """The sectors component of the Polish pipeline (terms of `data/pl/sector_terms.tsv`, no options)."""
    _matcher(doc.lang)(doc)


on_data_change(_matcher.cache_clear)
