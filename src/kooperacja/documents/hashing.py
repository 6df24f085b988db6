"""Exact content hashes (near-duplicates are the store's: `kooperacja.store.dedup`)."""

from __future__ import annotations

import hashlib
import unicodedata

__all__ = ["content_hash", "normalize_for_hash"]


def normalize_for_hash(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, stripped; case kept."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    """SHA-256 hex digest of the whitespace-normalised NFC text."""
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()
