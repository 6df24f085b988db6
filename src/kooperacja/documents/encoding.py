"""Bytes to text: UTF-8 first, then Polish-aware detection of legacy code pages."""

from __future__ import annotations

import codecs
import unicodedata

__all__ = ["DecodeError", "decode_bytes", "looks_binary", "normalize_text", "polish_score"]

# Letters that only Polish (among the languages we meet) writes: a correct decoding of Polish text
# has many of them, a wrong one turns them into symbols or Czech/Slovak letters.
_POLISH = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_LEGACY = ("cp1250", "iso-8859-2", "cp1252")
_SAMPLE = 65536


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def normalize_text(text: str) -> str:
    """NFC, Unix newlines, no BOM."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def looks_binary(data: bytes) -> bool:
    """True for bytes that are clearly not text (NUL bytes, mostly control characters)."""
    sample = data[:_SAMPLE]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.1


def polish_score(text: str) -> float:
    """How plausible a decoding is: Polish letters count for it, stray symbols and controls against."""
    score = 0.0
    for ch in text:
        if ch < "\x80":
            if ch < " " and ch not in "\t\n\r\f":
                score -= 5
            continue
        if ch in _POLISH:
            score += 1
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc" or cat == "Co" or cat == "Cn":
            score -= 5
        elif cat.startswith("L"):
            # Latin-1 letters (é, ü, ö …) are fine in names; others (š, ľ, ť …) suggest a wrong code page
            score -= 0.2 if ch <= "\xff" else 1.0
        elif cat.startswith("S"):
            score -= 1.5
        elif ch in "\u201e\u201d\u201c\u2013\u2014\u2019\u2018\u00a0\u00ab\u00bb\u2026":
            score += 0.1
    return score


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes) -> str:
    """Decode bytes to normalised text.

    UTF-8 (with or without BOM) and BOM-marked UTF-16 are taken as they are; otherwise cp1250,
    ISO-8859-2, cp1252 and charset-normalizer's guess compete on :func:`polish_score`.
    Raises :class:`DecodeError` when nothing fits.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
        if text is not None:
            return normalize_text(text)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    text = _strict(data, "utf-8")
    if text is not None:
        return normalize_text(text)

    candidates: dict[str, str] = {}
    for enc in _LEGACY:
        decoded = _strict(data, enc)
        if decoded is not None:
            candidates[enc] = decoded
    guess: str | None = None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[: _SAMPLE * 4]).best()
        if best is not None and best.encoding:
            guess = best.encoding
            if guess not in candidates:
                decoded = _strict(data, guess)
                if decoded is not None:
                    candidates[guess] = decoded
    except Exception:  # detection is a hint only
        guess = None
    if not candidates:
        raise DecodeError("cannot decode: not UTF-8 and no known encoding fits")

    def rank(item: tuple[str, str]) -> tuple[float, int]:
        enc, decoded = item
        sample = decoded[:_SAMPLE]
        bonus = 0.5 if enc == guess else 0.0
        order = -_LEGACY.index(enc) if enc in _LEGACY else -len(_LEGACY)
        return polish_score(sample) + bonus, order

    _enc, best_text = max(candidates.items(), key=rank)
    if polish_score(best_text[:_SAMPLE]) < -0.2 * max(1, len(best_text[:_SAMPLE])):
        raise DecodeError("cannot decode: bytes look like no known text encoding")
    return normalize_text(best_text)
