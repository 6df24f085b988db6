"""Comparison keys of English names: case and diacritics folded, quotes, a leading "the", a possessive and
the legal form removed ("The Łódź SEZ's" → "lodz sez"), "&" read as the word it stands for."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[\"'“”„’`«»()\[\],.]")
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"[’']s$")


@lru_cache(maxsize=1)
def _legal() -> re.Pattern[str]:
    """A legal form at the end of a name (``data/en/legal_suffixes.tsv``)."""
    from kooperacja.data import read_tsv

    forms = "|".join(r["pattern"] for r in read_tsv("en/legal_suffixes.tsv"))
    return re.compile(rf"\s+(?:{forms})$", re.I)


@lru_cache(maxsize=1)
def _ampersand() -> str:
    """ " & " as the word it stands for, spaced (``data/en/grammar_words.tsv``, set "ampersand_word")."""
    from kooperacja.data import read_tsv

    word = next(r["word"] for r in read_tsv("en/grammar_words.tsv") if r["set"] == "ampersand_word")
    return f" {word} "


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics ("Łódź" → "lodz")."""
    if text.isascii():
        return text.lower()  # nothing to decompose
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def fold_key(name: str) -> str:
    s = _legal().sub("", name.strip())
    s = _POSSESSIVE.sub("", s)
    s = _PUNCT.sub(" ", fold(s))
    s = _SPACE.sub(" ", s).strip()
    if "&" in s:  # "Polish Investment & Trade Agency" is the "… and Trade Agency"
        s = s.replace(" & ", _ampersand())
    if s.startswith("the "):
        s = s[4:]
    return s
