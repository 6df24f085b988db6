"""Per-document extraction: a document in, one extraction record out (shared/spec/extraction.md)."""

from __future__ import annotations

import sys
import types
from typing import Any

from kooperacja.documents.model import Document

EXTRACTOR_VERSION = "kooperacja-extract 0.1.0"


def extract_document(doc: Document) -> dict[str, Any]:
    """The record for one document; a pure function of its text, `published` and the language data."""
    from kooperacja.extract.pipeline import default_pipeline

    return default_pipeline().run(doc)


def extract(text: str, doc_id: str = "doc", published: str | None = None) -> dict[str, Any]:
    return extract_document(Document(doc_id=doc_id, text=text, published=published))


__all__ = ["EXTRACTOR_VERSION", "extract", "extract_document"]


class _CallableModule(types.ModuleType):
    """Lets `kooperacja.extract(text, ...)` call `extract` while `kooperacja.extract` stays a package."""

    def __call__(self, text: str, doc_id: str = "doc", published: str | None = None) -> dict[str, Any]:
        return extract(text, doc_id=doc_id, published=published)


sys.modules[__name__].__class__ = _CallableModule
