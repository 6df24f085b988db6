"""Language identification (ISO 639-1) with a Polish bias for short and diacritic-rich texts."""

from __future__ import annotations

import re

__all__ = ["detect_language"]

_POLISH_ONLY = frozenset("ąćęłńśźżĄĆĘŁŃŚŹŻ")
_WORD = re.compile(r"[^\W\d_]+")
_SHORT_WORDS = 6
_SAMPLE = 4000


def _non_ascii_letters(text: str) -> tuple[int, int]:
    polish = other = 0
    for ch in text:
        if ch >= "\x80" and ch.isalpha():
            if ch in _POLISH_ONLY:
                polish += 1
            elif ch not in "óÓ":
                other += 1
    return polish, other


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language.

    Texts whose non-ASCII letters are mostly Polish-only letters (ą ć ę ł ń ś ź ż), and texts too
    short to judge, are taken as Polish; the rest go to py3langid.
    """
    sample = text[:_SAMPLE]
    words = _WORD.findall(sample)
    if len(words) < _SHORT_WORDS:
        return "pl"
    polish, other = _non_ascii_letters(sample)
    letters = sum(len(w) for w in words)
    # Polish prose has a few per cent of its letters with Polish diacritics; an English text that only names
    # Polish places ("Dąbrowa Górnicza") has far fewer
    if polish >= 2 and polish >= 2 * other and polish >= 0.012 * letters:
        return "pl"
    import py3langid

    lang, _score = py3langid.classify(sample)
    if lang in {"cs", "sk", "sl", "hr", "lt", "hu"} and polish > other:
        return "pl"
    return str(lang)
