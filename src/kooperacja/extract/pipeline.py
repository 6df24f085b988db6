"""The extraction pipeline (placeholder until the components land)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kooperacja.documents.model import Document


class Pipeline:
    def run(self, doc: Document) -> dict[str, Any]:
        from kooperacja.extract import EXTRACTOR_VERSION

        return {
            "doc_id": doc.doc_id,
            "lang": doc.lang or "pl",
            "published": doc.published,
            "entities": [],
            "events": [],
            "figures": [],
            "sectors": [],
            "extractor": EXTRACTOR_VERSION,
        }


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline()
