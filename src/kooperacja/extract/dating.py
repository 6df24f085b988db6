"""Dates of the document: its own date (header, dateline) and every date mention, resolved."""

from __future__ import annotations

from kooperacja.extract.doc import Doc
from kooperacja.text.dates import find_dateline, find_dates, parse_published


def find_doc_dates(doc: Doc) -> None:
    if doc.published:
        doc.published = parse_published(doc.published)
    if not doc.published:
        doc.published = find_dateline(doc.text)
    doc.dates = find_dates(doc.text, doc.published)
