"""Near-duplicate detection with datasketch MinHash over word 5-shingles; LSH bands kept in the database."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
THRESHOLD = 0.7
SHINGLE = 5
_WORD = re.compile(r"\w+")
_LSH = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
BANDS, ROWS = _LSH.b, _LSH.r
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=7)


def signature(text: str) -> np.ndarray | None:
    """The MinHash hash values of the text's word 5-shingles; None for texts under 5 words."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    if len(words) < SHINGLE:
        return None
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    mh = MinHash(num_perm=NUM_PERM, seed=7, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return mh.hashvalues.astype(np.uint64)


def bands(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band, bucket) pairs: a signed 64-bit hash of each band of ROWS hash values."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS : (b + 1) * ROWS].tobytes()
        bucket = int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big", signed=True)
        out.append((b, bucket))
    return out


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype=np.uint64)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / float(len(a))
