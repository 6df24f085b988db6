"""Tokens with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass


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


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end] with offsets into `text`."""
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _SPLIT_RE.finditer(text, start, end):
        out.append(Token(m.group(), m.start(), m.end(), len(out)))
    return out
