"""kooperacja: Polish economic-cooperation news into a searchable knowledge graph.

`kooperacja.extract(text, doc_id=..., published=...)` returns one document's extraction record."""

from __future__ import annotations

__version__ = "0.1.0"

from kooperacja import extract  # noqa: E402  (the sub-package is callable: kooperacja.extract(text))

__all__ = ["__version__", "extract"]
