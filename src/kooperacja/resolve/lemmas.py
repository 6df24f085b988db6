"""Lemmas of words (morfeusz2), folded and cached per form: for full-text search (the store's index and
queries) and for confirming name variants word by word (`resolve.variants`)."""

from __future__ import annotations

import re
from functools import lru_cache

from kooperacja.resolve.names import fold

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _morfeusz():  # noqa: ANN202
    try:
        import morfeusz2

        return morfeusz2.Morfeusz(expand_tags=False)
    except Exception:  # pragma: no cover - morfeusz2 is a dependency
        return None


@lru_cache(maxsize=500_000)
def word_lemmas(word: str) -> tuple[str, ...]:
    """The folded word form and all its candidate lemmas (suffixes after ':' stripped)."""
    out = {fold(word)}
    m = _morfeusz()
    if m is not None and not word.isdigit():
        try:
            for _s, _e, (_orth, lemma, _tag, _q, _l) in m.analyse(word):
                lemma = lemma.split(":", 1)[0]
                if lemma:
                    out.add(fold(lemma))
        except Exception:
            pass
    tokens: set[str] = set()
    for item in out:
        tokens.update(_TOKEN.findall(item))
    return tuple(sorted(tokens))


def lemma_string(text: str) -> str:
    """The text as a space-separated string of lemma tokens, for the index."""
    seen: list[str] = []
    for w in _WORD.findall(text):
        seen.extend(word_lemmas(w))
    return " ".join(seen)


def query_groups(query: str) -> list[list[str]]:
    """One group of alternative lemma tokens per query word."""
    groups = []
    for w in _WORD.findall(query):
        g = list(word_lemmas(w))
        if g:
            groups.append(g)
    return groups
