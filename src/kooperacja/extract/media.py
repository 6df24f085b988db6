"""The test of a medium's name (media_words.tsv), apart from the participant grammar so that
analysis/recommend.py can read it alone."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.text.namekeys import fold


@cache
def _medium_word_runs(lang: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences that make a name a medium's (media_words.tsv: no use, or `kind`), folded."""
    data = language_data(lang)
    if not data.has("media_words"):
        return ()
    return tuple(
        tuple(fold(r["word"]).split())
        for r in data.rows("media_words")
        if r.get("word") and r.get("use") in (None, "", "kind")
    )


@lru_cache(maxsize=20_000)
def is_medium(name: str, lang: str = "pl") -> bool:
    """A name that holds one of a medium's word sequences as whole words ("Polska Agencja Prasowa", "Alfa News");
    the one test of a medium (also of the partner recommendations, analysis/recommend.py)."""
    words = re.findall(r"\w+", fold(name))
    return any(
        tuple(words[i : i + len(seq)]) == seq
        for seq in _medium_word_runs(lang)
        for i in range(len(words) - len(seq) + 1)
    )


on_data_change(_medium_word_runs.cache_clear)
on_data_change(is_medium.cache_clear)
