"""What `kooperacja ingest` reads, streamed: documents (with their reading warnings shown as they come)
and extraction records (one bad line is one clear line naming the file and line; the rest goes on)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, MutableMapping
from pathlib import Path
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
    a time by the loader's reader (`store.bulk.iter_records`), for `ingest --records` and `load`.
    `documents` maps doc_id to the Document of a record (for `load`, those of --documents): the text that a
    record carries is put there just before the record is yielded, unless the mapping has that doc_id
    already, and taken out again when the next record is read (the store takes a record's Document as it
    reads the record), so that it holds one carried text at a time and memory stays bounded. `errors`
    collects one line per bad input, each also printed on stderr."""

    def __init__(self, paths: Iterable[str], documents: MutableMapping[str, Any] | None = None) -> None:
        self.paths = list(paths)
        self.documents: MutableMapping[str, Any] = {} if documents is None else documents
        self.errors: list[ReadError] = []

    def __iter__(self) -> Iterator[dict[str, Any]]:
        carried = None  # the doc_id whose text came with the record yielded last
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
            if doc is not None and rec.get("doc_id") not in self.documents:
                carried = rec.get("doc_id")  # the key the store looks the record's Document up by
                self.documents[carried] = doc
            yield rec
        if carried is not None:
            self.documents.pop(carried, None)


def _shown(path: Any) -> str:
    """A path as printable text (bytes of a name that are not UTF-8 become U+FFFD)."""
    return os.fsencode(path).decode("utf-8", errors="replace")


class DocumentIndex(MutableMapping[str, Any]):
    """doc_id → Document of the files given to `load --documents`, read again from its file when asked: what
    is held is where each document lies (its file, its place among the file's documents, and for a JSONL
    file the byte offset of its line), not the texts, so that memory does not grow with the texts of a
    large input. The documents are those `documents.readers.read_paths` reads (the last of a doc_id wins).
    Documents set here (the text a record carries) are held as given until they are deleted."""

    def __init__(self, paths: Iterable[str]) -> None:
        from kooperacja.documents import readers

        self._files: list[Path] = []
        self._where: dict[str, tuple[int, int, int]] = {}  # doc_id → (file, line or place, byte offset)
        self._given: dict[str, Any] = {}
        self._last: tuple[int, list[Any]] | None = None  # the documents of the file read last (not JSONL)
        for raw in paths:
            path = Path(raw)
            for file in readers._walk(path) if path.is_dir() else [path]:
                self._files.append(file)
                if file.suffix.lower() == ".jsonl" and not file.is_dir():
                    self._index_jsonl(len(self._files) - 1, file)
                    continue
                place = 0
                for item in readers.read_file(file):
                    if isinstance(item, Document):
                        self._where[item.doc_id] = (len(self._files) - 1, place, -1)
                        place += 1

    def _index_jsonl(self, number: int, path: Path) -> None:
        try:
            fh = open(path, "rb")
        except OSError:
            return
        with fh:
            offset = 0
            for lineno, raw in enumerate(fh, 1):
                doc = _jsonl_document(raw, path, lineno)
                if doc is not None:
                    self._where[doc.doc_id] = (number, lineno, offset)
                offset += len(raw)

    def _read(self, doc_id: str) -> Any:
        from kooperacja.documents import readers

        number, place, offset = self._where[doc_id]
        path = self._files[number]
        if offset >= 0:  # a line of a JSONL file
            with open(path, "rb") as fh:
                fh.seek(offset)
                return _jsonl_document(fh.readline(), path, place)
        if self._last is None or self._last[0] != number:
            self._last = (number, [d for d in readers.read_file(path) if isinstance(d, Document)])
        return self._last[1][place]

    def __getitem__(self, doc_id: str) -> Any:
        if doc_id in self._given:
            return self._given[doc_id]
        if doc_id not in self._where:
            raise KeyError(doc_id)
        doc = self._read(doc_id)
        if doc is None:  # the file changed since it was read
            raise KeyError(doc_id)
        return doc

    def __setitem__(self, doc_id: str, doc: Any) -> None:
        self._given[doc_id] = doc

    def __delitem__(self, doc_id: str) -> None:
        del self._given[doc_id]

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._given or doc_id in self._where

    def __iter__(self) -> Iterator[str]:
        yield from self._where
        yield from (k for k in self._given if k not in self._where)

    def __len__(self) -> int:
        return len(self._where) + sum(1 for k in self._given if k not in self._where)


def _jsonl_document(raw: bytes, path: Path, lineno: int) -> Document | None:
    """The Document of one line of a JSONL file as `documents.readers.read_file` reads it (None: none)."""
    from kooperacja.documents import readers

    if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.strip() or len(raw) > readers.MAX_BYTES:
        return None
    try:
        line, warnings = readers.decode_text(raw, first_line=lineno)
    except readers.DecodeError:
        return None
    item = readers._jsonl_item(line, f"{path}:{lineno}", f"{path.stem}:{lineno}", lineno, None, warnings)
    return item if isinstance(item, Document) else None
