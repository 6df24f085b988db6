"""Bytes to text: UTF-8 first, then Polish-aware detection of legacy code pages."""

from __future__ import annotations

import codecs
import threading
import unicodedata

__all__ = [
    "DecodeError",
    "decode_bytes",
    "decode_text",
    "looks_binary",
    "normalize_text",
    "polish_score",
]

# Letters that only Polish (among the languages we meet) writes: a correct decoding of Polish text
# has many of them, a wrong one turns them into symbols or Czech/Slovak letters.
_POLISH = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_LEGACY = ("cp1250", "iso-8859-2", "cp1252")
_SAMPLE = 65536
# A file counts as UTF-8 with a few bad bytes (read as UTF-8, the bad bytes as U+FFFD, with a warning)
# when at least this many of its non-ASCII sequences are valid UTF-8 ...
_UTF8_SHARE = 0.8
# ... or, when it has no valid multi-byte sequence and no legacy code page reads it, when at most
# this share of its bytes are bad (more, and it is refused as undecodable)
_BAD_SHARE = 0.01
_FEW = 3
_SHOWN = 3  # positions named in a warning

_seen = threading.local()


def _record_error(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _seen.errors.append(exc.start)
    return "\ufffd", exc.end


codecs.register_error("kooperacja-record", _record_error)


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


def _utf8_lenient(data: bytes) -> tuple[str, list[int]]:
    """UTF-8 with every invalid byte sequence replaced by U+FFFD; (text, byte offsets of the bad ones)."""
    _seen.errors = []
    try:
        text = data.decode("utf-8", errors="kooperacja-record")
        return text, _seen.errors
    finally:
        _seen.errors = []


def _position(data: bytes, offset: int, first_line: int = 1) -> str:
    """'line L, column C' of a byte offset (column in characters, 1-based)."""
    line = data.count(b"\n", 0, offset) + first_line
    start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[start:offset].decode("utf-8", errors="replace")) + 1
    return f"line {line}, column {column}"


def _utf8_warning(data: bytes, bad: list[int], first_line: int = 1) -> str:
    shown = [_position(data, offset, first_line) for offset in bad[:_SHOWN]]
    more = f" and {len(bad) - _SHOWN} more" if len(bad) > _SHOWN else ""
    n = len(bad)
    return (
        f"{n} invalid UTF-8 byte sequence{'s' if n != 1 else ''} at {'; '.join(shown)}{more}: "
        "read as UTF-8, replaced by U+FFFD"
    )


def decode_bytes(data: bytes) -> str:
    """Decode bytes to normalised text (see :func:`decode_text`; its warnings are dropped)."""
    return decode_text(data)[0]


def decode_text(data: bytes, first_line: int = 1) -> tuple[str, list[str]]:
    """Decode bytes to normalised text; (text, warnings).

    UTF-8 (with or without BOM) and BOM-marked UTF-16 are taken as they are. Text that is UTF-8 but
    for a few bad bytes stays UTF-8: the bad bytes become U+FFFD and a warning names their line and
    column (``first_line`` is the line number of the first byte, for a line of a larger file).
    Otherwise cp1250, ISO-8859-2, cp1252 and charset-normalizer's guess compete on
    :func:`polish_score`. Raises :class:`DecodeError` when nothing fits.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
        if text is not None:
            return normalize_text(text), []
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    text = _strict(data, "utf-8")
    if text is not None:
        return normalize_text(text), []
    lenient, bad = _utf8_lenient(data)
    non_ascii = len(lenient) - len(lenient.encode("ascii", "ignore"))
    valid = non_ascii - lenient.count("\ufffd")
    if valid > 0 and valid >= _UTF8_SHARE * (valid + len(bad)):
        return normalize_text(lenient), [_utf8_warning(data, bad, first_line)]
    few = len(bad) <= max(_FEW, _BAD_SHARE * len(data))
    try:
        encoding, legacy = _decode_legacy(data)
    except DecodeError:
        if few:
            return normalize_text(lenient), [_utf8_warning(data, bad, first_line)]
        raise
    if few and (encoding not in _LEGACY or not _plausible(legacy)):
        # a stray byte or two in ASCII text that no code page turns into a letter: UTF-8 it is
        return normalize_text(lenient), [_utf8_warning(data, bad, first_line)]
    return legacy, []


_TYPOGRAPHIC = frozenset("\u201e\u201d\u201c\u2013\u2014\u2019\u2018\u00a0\u00ab\u00bb\u2026\u00b0\u00a7")


def _plausible(text: str) -> bool:
    """True when every non-ASCII character is a Latin letter (Latin-1 or Latin Extended-A, where
    the Polish letters are) or common typography: what a right code page gives."""
    for ch in text:
        if ch < "\x80" or ch in _TYPOGRAPHIC:
            continue
        if ch > "\u017f" or not unicodedata.category(ch).startswith("L"):
            return False
    return True


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """(encoding, normalised text) of the best-scoring legacy code page."""
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

    enc, best_text = max(candidates.items(), key=rank)
    if polish_score(best_text[:_SAMPLE]) < -0.2 * max(1, len(best_text[:_SAMPLE])):
        raise DecodeError("cannot decode: bytes look like no known text encoding")
    return enc, normalize_text(best_text)
