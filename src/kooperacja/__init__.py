"""kooperacja: Polish economic-cooperation news into a searchable knowledge graph."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"


def extract(text: str, doc_id: str = "doc", published: str | None = None) -> dict[str, Any]:
    """Extract one document's record (see shared/spec/extraction.md)."""
    from kooperacja.extract import extract as _extract

    return _extract(text, doc_id=doc_id, published=published)


__all__ = ["__version__", "extract"]
