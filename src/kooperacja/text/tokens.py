"""Tokens with character offsets (the joining of spaced compound adjectives reads the language's data)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kooperacja.data.language_data import language_data, on_data_change


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    i: int = 0

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_upper(self) -> bool:
        if self.text.islower():  # fast path: then no letter is upper case
            return False
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def is_num(self) -> bool:
        return self.text[0].isdigit()

    @property
    def lower(self) -> str:
        return self.text.lower()


_SPLIT_RE = re.compile(
    r"[A-ZĄĆĘŁŃÓŚŹŻ]{1,6}(?:[&+][A-ZĄĆĘŁŃÓŚŹŻ]{1,6})+"  # SA&AM, IGE+XAO
    r"|[^\W\d_][\w-]*\.(?:pl|com|eu|net|org|de|info|biz)\b"  # domain-like company names (Beyond.pl)
    r"|[^\W\d_][^\W_]*(?:[-'’–][^\W_]+)*"  # words with inner hyphens/apostrophes (Saint-Etienne, Hi-tech, B2B-ready)
    r"|\d+(?:[.,]\d+)*"  # numbers: 2,75 / 1.200
    r"|[^\w\s]"  # single punctuation
)


def tokenize(text: str, start: int = 0, end: int | None = None, lang: str = "pl") -> list[Token]:
    """Tokens of text[start:end] with offsets into `text`."""
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _SPLIT_RE.finditer(text, start, end):
        out.append(Token(m.group(), m.start(), m.end(), len(out)))
    return _join_spaced_compounds(text, out, _compound_first_endings(lang))


_DASHES = {"-", "–", "—"}


@cache
def _compound_first_endings(lang: str) -> tuple[str, ...]:
    data = language_data(lang)
    return data.column("compound_first_endings") if data.has("compound_first_endings") else ()


on_data_change(_compound_first_endings.cache_clear)


def _join_spaced_compounds(text: str, toks: list[Token], endings: tuple[str, ...]) -> list[Token]:
    """ "Przemysłowo – Handlowa", "badawczo -rozwojowy": a compound adjective written with a spaced dash is
    one word ("Przemysłowo-Handlowa"): an adverb-like first part in -o and an adjective after the dash."""
    k = 1
    while k + 1 < len(toks):
        a, dash, b = toks[k - 1], toks[k], toks[k + 1]
        if (
            dash.text in _DASHES
            and a.text.endswith(endings)
            and a.text[:1].isalpha()
            and b.text[:1].isalpha()
            and a.text[:1].isupper() == b.text[:1].isupper()
            and text[a.end : dash.start] in ("", " ")
            and text[dash.end : b.start] in ("", " ")
            and text[a.end : b.start] != "-"
            and _compound(a.text, b.text)
        ):
            toks[k - 1 : k + 2] = [Token(f"{a.text}-{b.text}", a.start, b.end, a.i)]
            for n in range(k, len(toks)):
                toks[n].i = n
            continue
        k += 1
    return toks


def _compound(first: str, second: str) -> bool:
    from kooperacja.text.morphology import morphology

    m = morphology()
    return any(r.pos == "adv" for r in m.analyse(first)) and any(r.pos == "adj" for r in m.analyse(second))
