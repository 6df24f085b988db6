"""Helpers for the English tests: run the English pipeline on a text of our own."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja.documents.model import Document
from kooperacja.extract import extract_document


def english(text: str, published: str | None = "2024-05-14") -> dict[str, Any]:
    """The record of an English text (its language given, as a reader that knows it would)."""
    return extract_document(Document(doc_id="t", text=text, published=published, lang="en"))


def names(record: dict[str, Any], etype: str | None = None) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in record["entities"] if etype is None or e["type"] == etype}


@pytest.fixture()
def en() -> Any:
    return english
