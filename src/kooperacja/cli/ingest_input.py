"""What `kooperacja ingest` reads, streamed: documents (with their reading warnings shown as they come)
and extraction records (one bad line is one clear line naming the file and line; the rest goes on)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from kooperacja.documents.model import Document, ReadError


def documents_with_warnings(items: Iterable[Any], stream: TextIO | None = None) -> Iterator[Any]:
    """The items as they are; each warning of a Document printed on stderr (one line each)."""
    out = stream or sys.stderr
    for item in items:
        if isinstance(item, Document):
            for warning in item.warnings:
                print(f"warning: {item.source or item.doc_id}: {warning}", file=out)
        yield item


class RecordStream:
    """Records from record files (.json with a sibling .txt, .jsonl with a record a line), read one at a
    time. `documents` maps doc_id to the Document of a record that carries its text, filled just before
    the record is yielded (so that the store finds it); `errors` collects one line per bad input."""

    def __init__(self, paths: Iterable[str]) -> None:
        self.paths = list(paths)
        self.documents: dict[str, Any] = {}
        self.errors: list[ReadError] = []

    def _fail(self, source: str, message: str) -> None:
        error = ReadError(source, message)
        self.errors.append(error)
        print(f"error: {error}", file=sys.stderr)

    def _files(self) -> Iterator[Path]:
        for p in self.paths:
            path = Path(p)
            if path.is_dir():
                found: list[Path] = []

                def onerror(exc: OSError, path: Path = path) -> None:
                    where = exc.filename or str(path)
                    self._fail(_shown(where), f"folder skipped: {exc.strerror or exc}")

                for root, dirs, files in os.walk(path, onerror=onerror):
                    dirs.sort()
                    found.extend(Path(root) / f for f in files if f.endswith((".json", ".jsonl")))
                yield from sorted(found)
            else:
                yield path

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for f in self._files():
            if f.suffix == ".jsonl":
                yield from self._jsonl(f)
            else:
                rec = self._json(f)
                if rec is not None:
                    yield rec

    def _jsonl(self, f: Path) -> Iterator[dict[str, Any]]:
        name = _shown(f)
        try:
            fh = open(f, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            self._fail(name, f"cannot read: {exc.strerror or exc}")
            return
        with fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                try:
                    rec = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
                except UnicodeDecodeError as exc:
                    self._fail(f"{name}:{n}", f"line {n}: not UTF-8 (byte {exc.start + 1})")
                    continue
                except json.JSONDecodeError as exc:
                    self._fail(f"{name}:{n}", f"line {n}: not valid JSON: {exc.msg} (column {exc.colno})")
                    continue
                if not isinstance(rec, dict):
                    self._fail(f"{name}:{n}", f"line {n}: not a JSON object")
                    continue
                text = rec.get("text")
                if text is not None:
                    doc = Document(
                        doc_id=str(rec.get("doc_id")),
                        text=text,
                        published=rec.get("published"),
                        url=rec.get("url"),
                        title=rec.get("title"),
                        source=f"{name}:{n}",
                        lang=rec.get("lang"),
                    )
                    self.documents[doc.doc_id] = doc
                yield rec

    def _json(self, f: Path) -> dict[str, Any] | None:
        name = _shown(f)
        try:
            rec = json.loads(f.read_text(encoding="utf-8"))
        except OSError as exc:
            self._fail(name, f"cannot read: {exc.strerror or exc}")
            return None
        except UnicodeDecodeError as exc:
            self._fail(name, f"not UTF-8 (byte {exc.start + 1})")
            return None
        except json.JSONDecodeError as exc:
            self._fail(name, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
            return None
        if not isinstance(rec, dict) or "entities" not in rec:
            return None  # some other JSON next to the records
        txt = f.with_suffix(".txt")
        if txt.exists():
            try:
                text = txt.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                self._fail(_shown(txt), f"cannot read the record's text: {exc}")
                return None
            doc = Document(
                doc_id=str(rec.get("doc_id") or f.stem),
                text=text,
                published=rec.get("published"),
                url=rec.get("url"),
                title=rec.get("title"),
                source=_shown(txt),
                lang=rec.get("lang"),
            )
            self.documents[doc.doc_id] = doc
        return rec


def _shown(path: Any) -> str:
    """A path as printable text (bytes of a name that are not UTF-8 become U+FFFD)."""
    return os.fsencode(path).decode("utf-8", errors="replace")
