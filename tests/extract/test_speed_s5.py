"""Extraction speed, session 5 (issue 14): the garbage collector's settings after the language data is loaded."""

from __future__ import annotations

import gc

from kooperacja.documents.model import Document
from kooperacja.extract import extract_document
from kooperacja.extract.pipeline import YOUNG_GC_THRESHOLD


def test_after_the_first_document_the_young_generation_is_collected_less_often() -> None:
    record = extract_document(
        Document(doc_id="gc", text="Spółka Lisex z Borowa otworzyła w maju nowy zakład.")
    )
    assert record["doc_id"] == "gc"
    assert gc.get_threshold()[0] >= YOUNG_GC_THRESHOLD
    assert gc.get_freeze_count() > 0  # the language data is out of the collector's view
