"""Polish morphology from morfeusz2: readings of a word form, and generation of forms of a lemma.

Morfeusz does no disambiguation: callers choose among readings by agreement (case, number, gender)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import morfeusz2

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
_CASES = frozenset(CASES)
_NUMBERS = frozenset(("sg", "pl"))
_GENDERS = frozenset(("m1", "m2", "m3", "f", "n", "n1", "n2", "p1", "p2", "p3"))
NOMINAL = frozenset(("subst", "depr", "ger"))
ADJECTIVAL = frozenset(("adj", "ppas", "pact"))


@dataclass(frozen=True, slots=True)
class Reading:
    lemma: str  # without the ":S"/":A" homonym suffix
    pos: str  # subst, adj, ppas, prep, verb forms (fin, praet, ...), ign for unknown words
    numbers: frozenset[str]
    cases: frozenset[str]
    genders: frozenset[str]
    quals: tuple[str, ...]
    tag: str

    @property
    def proper(self) -> bool:
        return any(q in _PROPER for q in self.quals)

    @property
    def geo(self) -> bool:
        return "nazwa_geograficzna" in self.quals

    @property
    def first_name(self) -> bool:
        return "imię" in self.quals

    @property
    def surname(self) -> bool:
        return "nazwisko" in self.quals


_PROPER = frozenset(
    (
        "nazwa_geograficzna",
        "imię",
        "nazwisko",
        "nazwa_organizacji",
        "nazwa_firmy",
        "człon_nazwy_geograficznej",
    )
)


def parse_tag(tag: str) -> tuple[str, frozenset[str], frozenset[str], frozenset[str]]:
    parts = tag.split(":")
    numbers: set[str] = set()
    cases: set[str] = set()
    genders: set[str] = set()
    for part in parts[1:]:
        alts = part.split(".")
        if alts[0] in _NUMBERS:
            numbers.update(alts)
        elif alts[0] in _CASES:
            cases.update(alts)
        elif alts[0] in _GENDERS:
            genders.update(alts)
    return parts[0], frozenset(numbers), frozenset(cases), frozenset(genders)


class Morphology:
    """A cached morfeusz2 analyser and generator."""

    def __init__(self) -> None:
        self._m = morfeusz2.Morfeusz(expand_tags=False)
        self._cache: dict[str, tuple[Reading, ...]] = {}
        self._gen_cache: dict[str, tuple[tuple[str, str], ...]] = {}

    def analyse(self, word: str) -> tuple[Reading, ...]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if "–" in word:
            result = self.analyse(word.replace("–", "-"))
            self._cache[word] = result
            return result
        readings: list[Reading] = []
        try:
            raw = self._m.analyse(word)
        except Exception:  # pragma: no cover - morfeusz raises on odd input
            raw = []
        last = max((r[1] for r in raw), default=0)
        for start, end, (_orth, lemma, tag, quals, _labels) in raw:
            if start != 0 or end != last:
                continue  # a word that morfeusz splits (agglutinates): keep whole-word readings only
            pos, numbers, cases, genders = parse_tag(tag)
            readings.append(Reading(lemma.split(":")[0], pos, numbers, cases, genders, tuple(quals), tag))
        if not readings and "-" in word.strip("-"):
            prefix, _, last = word.rpartition("-")
            for r in self.analyse(last):
                if r.pos != "ign":
                    readings.append(
                        Reading(f"{prefix}-{r.lemma}", r.pos, r.numbers, r.cases, r.genders, r.quals, r.tag)
                    )
        if not readings:
            readings.append(Reading(word, "ign", frozenset(), frozenset(), frozenset(), (), "ign"))
        result = tuple(readings)
        if len(self._cache) > 500_000:
            self._cache.clear()
        self._cache[word] = result
        return result

    def forms(self, lemma: str) -> tuple[tuple[str, str], ...]:
        """All (form, tag) pairs of a lemma."""
        hit = self._gen_cache.get(lemma)
        if hit is not None:
            return hit
        try:
            raw = self._m.generate(lemma)
        except Exception:  # pragma: no cover
            raw = []
        result = tuple((orth, tag) for orth, _lemma, tag, _q, _l in raw if tag != "ign")
        self._gen_cache[lemma] = result
        return result

    def inflect(
        self, lemma: str, pos: str, number: str, case: str, gender: str | None, degree: str = "pos"
    ) -> str | None:
        """The form of `lemma` with the given features (and degree, for adjectives), or None."""
        if "-" in lemma.strip("-") and all(tag == "ign" for _, tag in self.forms(lemma)):
            prefix, _, last = lemma.rpartition("-")
            form = self.inflect(last, pos, number, case, gender, degree)
            return f"{prefix}-{form}" if form else None
        best: str | None = None
        best_rank = 9
        for orth, tag in self.forms(lemma):
            p, nums, cases, gens = parse_tag(tag)
            if p != pos or number not in nums or case not in cases:
                continue
            if pos == "adj" and not tag.endswith(":" + degree):
                continue
            if gender and gens and gender not in gens:
                continue
            rank = 1 if ":neg" in tag or ":ncol" in tag else 0
            if rank < best_rank or (rank == best_rank and best is not None and len(orth) < len(best)):
                best, best_rank = orth, rank
        return best


@lru_cache(maxsize=1)
def morphology() -> Morphology:
    return Morphology()
