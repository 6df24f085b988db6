"""Exact content hashes and MinHash signatures for near-duplicate detection."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datasketch import MinHash

__all__ = ["content_hash", "minhash_signature", "normalize_for_hash", "shingles", "similarity"]

_WORD = re.compile(r"\w+")
SHINGLE_SIZE = 5
NUM_PERM = 64


def normalize_for_hash(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, stripped; case kept."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    """SHA-256 hex digest of the whitespace-normalised NFC text."""
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[str]:
    """Lower-cased word k-shingles; a text shorter than k words gives one shingle of all its words."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    if not words:
        return set()
    if len(words) < k:
        return {" ".join(words)}
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


@lru_cache(maxsize=8)
def _template(num_perm: int) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=1)


def minhash_signature(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """A datasketch MinHash over the text's word 5-shingles (permutations shared across calls)."""
    from datasketch import MinHash

    template = _template(num_perm)
    mh = MinHash(num_perm=num_perm, seed=1, permutations=template.permutations, scheme=template.scheme)
    grams = shingles(text)
    if grams:
        mh.update_batch([g.encode("utf-8") for g in grams])
    return mh


def similarity(a: str, b: str, num_perm: int = NUM_PERM) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets."""
    return float(minhash_signature(a, num_perm).jaccard(minhash_signature(b, num_perm)))
