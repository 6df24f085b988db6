"""Sectors named in English text, matched on lemmas (``data/en/sector_terms.tsv``; longer terms win)."""

from __future__ import annotations

from kooperacja.extract.doc import Doc
from kooperacja.extract.en.lexicon import EnLexicon


class EnglishSectors:
    def __init__(self, lex: EnLexicon) -> None:
        self.upper_only = lex.words("upper_only_term")  # "IT" the sector, "it" the pronoun
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for terms, sector in lex.sector_terms:
            self.by_first.setdefault(terms[0], []).append((terms, sector))

    def __call__(self, doc: Doc) -> None:
        toks = doc.tokens
        n = len(toks)
        keys = [
            {t.text.lower()} | ({r.lemma.lower() for r in doc.readings[k]} if t.is_word else set())
            for k, t in enumerate(toks)
        ]
        # "Industry 4.0": a number token is its own key
        hits: list[tuple[int, str]] = []
        upper_only = self.upper_only
        i = 0
        while i < n:
            matched = 0
            if doc.mention_at(i) is None or doc.mentions[doc.mention_at(i)].type != "place":  # type: ignore[index]
                for first in keys[i]:
                    for terms, sector in self.by_first.get(first, ()):
                        k = len(terms)
                        if k > matched and i + k <= n and all(terms[m] in keys[i + m] for m in range(k)):
                            if k == 1 and terms[0] in upper_only and toks[i].text != terms[0].upper():
                                continue  # the pronoun, not the sector written in capitals
                            hits.append((i, sector))
                            matched = k
            i += max(matched, 1)
        doc.sector_hits = hits
        seen: list[str] = []
        for _i, sector in hits:
            if sector not in seen:
                seen.append(sector)
        doc.sectors = seen
