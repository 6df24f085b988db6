"""English date mentions: the one date grammar of ``text.dates`` with the vocabulary and shapes of ``data/en``.

Kept for its callers; ``find_dates(text, published, lang="en", sentences=…)`` is the same call.
"""

from __future__ import annotations

from pathlib import Path

from kooperacja.text.dates import DateMention, find_dates

__all__ = ["find_dates_en"]


def find_dates_en(
    text: str,
    published: str | None = None,
    data_dir: Path | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> list[DateMention]:
    """English date mentions of a text, in order, with values resolved from context and ``published``
    (``data_dir``: the language's data folder, whose name is its code)."""
    return find_dates(text, published, lang=data_dir.name if data_dir else "en", sentences=sentences)
