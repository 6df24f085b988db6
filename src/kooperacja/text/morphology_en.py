"""English morphology: lemmas from simplemma's packaged lookup tables, in the `Reading` shape of the
Polish analyser (English needs no case or gender: those sets stay empty)."""

from __future__ import annotations

from functools import lru_cache

from kooperacja.text.morphology import Reading

_EMPTY: frozenset[str] = frozenset()


class EnglishMorphology:
    """Readings of English word forms (one reading: the simplemma lemma; `pos` is ``en``)."""

    lang = "en"

    def __init__(self) -> None:
        self._cache: dict[str, tuple[Reading, ...]] = {}

    def lemma(self, word: str) -> str:
        import simplemma

        return str(simplemma.lemmatize(word, lang="en"))

    def analyse(self, word: str) -> tuple[Reading, ...]:
        hit = self._cache.get(word)
        if hit is None:
            lemma = (
                self.lemma(word.lower()) if word[:1].isupper() and not word.isupper() else self.lemma(word)
            )
            hit = (Reading(lemma, "en", _EMPTY, _EMPTY, _EMPTY, (), ""),)
            if len(self._cache) < 200_000:
                self._cache[word] = hit
        return hit

    def known(self, word: str) -> bool:
        """Whether the word is in the English dictionary (a capitalised sentence opener that is a word)."""
        import simplemma

        return bool(simplemma.is_known(word.lower(), lang="en"))


@lru_cache(maxsize=1)
def english_morphology() -> EnglishMorphology:
    return EnglishMorphology()
