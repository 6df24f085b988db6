"""Bulk loading: extraction records read as a stream (JSONL, Parquet, JSON files), for `kooperacja load`.

Nothing here holds a whole input in memory: JSONL is read line by line and Parquet batch by batch. A bad
line becomes a :class:`RecordError` and the load goes on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl"}) | PARQUET_SUFFIXES


@dataclass
class RecordError:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def _document(rec: dict[str, Any], text: str, source: str) -> Any:
    from kooperacja.documents.model import Document

    return Document(
        doc_id=str(rec.get("doc_id")),
        text=text,
        published=rec.get("published"),
        url=rec.get("url"),
        title=rec.get("title"),
        source=source,
        lang=rec.get("lang"),
    )


def _check(rec: Any, source: str) -> dict[str, Any] | RecordError:
    if not isinstance(rec, dict):
        return RecordError(source, "not a JSON object")
    if "entities" not in rec and "events" not in rec:
        return RecordError(source, "not an extraction record (no 'entities' or 'events')")
    return rec


def _jsonl(path: Path) -> Iterator[tuple[dict[str, Any], Any] | RecordError]:
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            source = f"{path}:{n}"
            try:
                rec = _check(json.loads(line), source)
            except json.JSONDecodeError as exc:
                yield RecordError(source, f"not valid JSON: {exc.msg} (column {exc.colno})")
                continue
            if isinstance(rec, RecordError):
                yield rec
                continue
            text = rec.get("text")
            yield rec, (_document(rec, text, source) if isinstance(text, str) else None)


def _parquet(path: Path) -> Iterator[tuple[dict[str, Any], Any] | RecordError]:
    try:
        import pyarrow.parquet as pq

        reader = pq.ParquetFile(path)
    except ImportError:
        yield RecordError(str(path), "reading Parquet needs pyarrow: pip install 'kooperacja[ray]'")
        return
    except Exception as exc:
        yield RecordError(str(path), f"not a Parquet file: {exc}".replace("\n", " "))
        return
    n = 0
    columns = reader.schema_arrow.names
    for batch in reader.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            n += 1
            source = f"{path}:{n}"
            if "record" in columns:  # written by `extract --engine ray`: the record as JSON
                try:
                    rec = _check(json.loads(row["record"]), source)
                except (TypeError, json.JSONDecodeError) as exc:
                    yield RecordError(source, f"not valid JSON: {exc}")
                    continue
            else:
                rec = _check(row, source)
            if isinstance(rec, RecordError):
                yield rec
                continue
            text = rec.get("text")
            yield rec, (_document(rec, text, source) if isinstance(text, str) else None)


def _json(path: Path) -> Iterator[tuple[dict[str, Any], Any] | RecordError]:
    try:
        rec = _check(json.loads(path.read_text(encoding="utf-8")), str(path))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield RecordError(str(path), f"cannot read: {exc}")
        return
    if isinstance(rec, RecordError):
        yield rec
        return
    txt = path.with_suffix(".txt")
    if "doc_id" not in rec:
        rec = {**rec, "doc_id": path.stem}
    yield rec, (_document(rec, txt.read_text(encoding="utf-8"), str(txt)) if txt.exists() else None)


def iter_records(paths: Iterable[str | Path]) -> Iterator[tuple[dict[str, Any], Any] | RecordError]:
    """(record, Document with its text or None) for each record, or a RecordError; folders are walked."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(q for q in path.rglob("*") if q.suffix.lower() in RECORD_SUFFIXES and q.is_file())
        elif path.exists():
            files = [path]
        else:
            yield RecordError(str(path), "no such file or folder")
            continue
        for f in files:
            suffix = f.suffix.lower()
            if suffix in PARQUET_SUFFIXES:
                yield from _parquet(f)
            elif suffix == ".json":
                yield from _json(f)
            else:
                yield from _jsonl(f)
