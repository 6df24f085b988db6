"""What `kooperacja ingest` reads, streamed: documents (with their reading warnings shown as they come)
and extraction records (one bad line is one clear line naming the file and line; the rest goes on)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from kooperacja.documents.model import Document, ReadError
from kooperacja.store.bulk import RecordError, iter_records


def documents_with_warnings(items: Iterable[Any], stream: TextIO | None = None) -> Iterator[Any]:
    """The items as they are; each warning of a Document printed on stderr (one line each)."""
    out = stream or sys.stderr
    for item in items:
        if isinstance(item, Document):
            for warning in item.warnings:
                print(f"warning: {item.source or item.doc_id}: {warning}", file=out)
        yield item


class RecordStream:
    """Records from record files (.json with a sibling .txt, .jsonl a record a line, Parquet), read one at
    a time by the loader's reader (`store.bulk.iter_records`). `documents` maps doc_id to the Document of
    a record that carries its text, filled just before the record is yielded (so that the store finds
    it) and emptied when the next one is read (the store takes a record whole before it asks for the
    next: memory stays bounded); `errors` collects one line per bad input, each also printed on stderr."""

    def __init__(self, paths: Iterable[str]) -> None:
        self.paths = list(paths)
        self.documents: dict[str, Any] = {}
        self.errors: list[ReadError] = []

    def __iter__(self) -> Iterator[dict[str, Any]]:
        carried = None  # the text of the record yielded last is let go when the next one is read
        for item in iter_records(self.paths):
            if carried is not None:
                self.documents.pop(carried, None)
                carried = None
            if isinstance(item, RecordError):
                error = ReadError(_shown(item.source), item.message)
                self.errors.append(error)
                print(f"error: {error}", file=sys.stderr)
                continue
            rec, doc = item
            if doc is not None:
                carried = doc.doc_id
                self.documents[carried] = doc
            yield rec


def _shown(path: Any) -> str:
    """A path as printable text (bytes of a name that are not UTF-8 become U+FFFD)."""
    return os.fsencode(path).decode("utf-8", errors="replace")
