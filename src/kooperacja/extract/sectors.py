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
from kooperacja.extract.boilerplate import in_boilerplate
from kooperacja.extract.doc import Doc
from kooperacja.extract.lexicon import lexicon

NO_SECTOR = "-"  # the sector of a phrase that names no field ("w formie elektronicznej"): its hit is dropped

# organisations whose name states no field of activity of the economy (annotation.md, Sectors: "a company's name
# does not"; nor do the name of a town's or region's office, "Departament Edukacji i Turystyki", or of a university
# or institute, "Uniwersytet Medyczny"); the names of clusters, zones, parks and chambers do ("Klaster Lotniczy")
NAMES_WITHOUT_FIELD = frozenset(("company", "municipality", "regional_government", "research_education"))

Terms = Iterable[tuple[tuple[str, ...], str]]


class SectorMatcher:
    """Sector terms (lemma sequences) matched on `Doc.keys`; longer terms win over their parts
    ("odnawialne źródła energii" → renewable_energy, not energy)."""

    requires = ("tokens", "keys", "mentions")
    assigns = ("sector_hits", "sectors")

    def __init__(
        self,
        terms: Terms,
        *,
        upper_only: Iterable[str] = (),
        places_are_not_sectors: bool = False,
        names_without_field: Iterable[str] = (),
    ) -> None:
        self.upper_only = frozenset(upper_only)
        self.places_are_not_sectors = places_are_not_sectors
        self.names_without_field = frozenset(names_without_field)
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, sector in terms:
            self.by_first.setdefault(words[0], []).append((words, sector))
        for v in self.by_first.values():
            v.sort(key=lambda x: -len(x[0]))

    def _is_place(self, doc: Doc, i: int) -> bool:
        k = doc.mention_at(i)
        return k is not None and doc.mentions[k].type == "place"

    def _in_name_without_field(self, doc: Doc, i: int) -> bool:
        if not self.names_without_field:
            return False
        k = doc.mention_at(i)
        if k is None:
            return False
        m = doc.mentions[k]  # a name of one word is the term itself, taken for a name ("AI"): it counts
        return m.t1 - m.t0 > 1 and m.subtype in self.names_without_field

    def _longest(self, doc: Doc, i: int) -> tuple[int, list[str]]:
        """(length, sectors) of the longest term that starts at token i; (0, []) where none does."""
        if self.places_are_not_sectors and self._is_place(doc, i):
            return 0, []
        keys, n, matched, found = doc.keys, len(doc.tokens), 0, []
        for first in keys[i]:
            for terms, sector in self.by_first.get(first, ()):
                k = len(terms)
                if i + k <= n and all(terms[j] in keys[i + j] for j in range(k)) and k > matched:
                    if k == 1 and terms[0] in self.upper_only and doc.tokens[i].text != terms[0].upper():
                        continue  # written in capitals only ("IT" the sector, "it" the pronoun)
                    found.append(sector)
                    matched = k
        return matched, found

    def __call__(self, doc: Doc) -> None:
        n = len(doc.tokens)
        keys = doc.keys  # lower-cased text and lemmas of each token
        hits: list[tuple[int, str]] = []
        firsts = self.by_first.keys()
        i = 0
        while i < n:
            if firsts.isdisjoint(keys[i]):  # no term starts at this token: one set test
                i += 1
                continue
            matched, found = self._longest(doc, i)
            if matched > 1:
                # a term that starts inside this one and reaches beyond it is the better reading: in "zaawansowane
                # technologie finansowe" the classifier after the noun decides (fintech), not the quality before it
                ends = i + matched
                inner = [j for j in range(i + 1, ends) if not firsts.isdisjoint(keys[j])]
                j = next((j for j in inner if j + self._longest(doc, j)[0] > ends), None)
                if j is not None:
                    i = j
                    continue
            hits.extend((i, sector) for sector in found)
            i += max(matched, 1)
        doc.sector_hits = [
            h
            for h in hits
            if h[1] != NO_SECTOR
            and not self._in_name_without_field(doc, h[0])
            and not in_boilerplate(doc, doc.tokens[h[0]].start)  # "Czytaj także: …": another article's words
        ]
        seen: list[str] = []
        for _i, sector in doc.sector_hits:
            if sector not in seen:
                seen.append(sector)
        doc.sectors = seen


@cache
def _matcher(lang: str) -> SectorMatcher:
    """The matcher of a language whose lexicon lives in `extract.lexicon` (Polish), built once."""
    return SectorMatcher(
        lexicon(lang).sector_terms,
        places_are_not_sectors=True,
        names_without_field=NAMES_WITHOUT_FIELD,
    )


def find_sectors(doc: Doc) -> None:
    """The sectors component of the Polish pipeline (terms of `data/pl/sector_terms.tsv`); a term inside the name
    of a place is no sector ("Dąbrowa Górnicza" is a town, not mining), nor one inside the name of a company, an
    office or a university (`NAMES_WITHOUT_FIELD`)."""
    _matcher(doc.lang)(doc)


on_data_change(_matcher.cache_clear)
