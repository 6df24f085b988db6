"""Ingest: documents → records → resolved entities and events, several documents per transaction.

The work is cut by concern: `catalogue` (look-ups and the keys of stored entities), `facts` (one
document's row and facts), `corrections` (merge, split, delete), `batching` (shared transactions).
This module runs them: extraction (in worker processes) feeding the writer.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor, wait
from typing import Any

from kooperacja.store import dedup
from kooperacja.store.batching import (
    ANALYZE_DOCS,
    BATCH_DOCS,
    BATCH_SECONDS,
    BatchMixin,
    Summary,
    _Batch,
    _counts,
    _paced,
    _restore_counts,
    _retryable,
)
from kooperacja.store.catalogue import (
    ENTITY_COLS,
    EVENT_CANDIDATES,
    CatalogueMixin,
    StoreCatalog,
    entity_keys,
)
from kooperacja.store.corrections import CorrectionsMixin
from kooperacja.store.db import Backend
from kooperacja.store.facts import FactsMixin, _doc_search_text, _SearchRows, content_hash
from kooperacja.store.lemmas import lemma_string

TASK_DOCS = 4  # documents per task sent to an extraction process


def default_jobs() -> int:
    """Processes for an ingest: 2 (extraction in a worker while this one stores) when there are 2 cores."""
    return 2 if (os.cpu_count() or 1) >= 2 else 1


class IngestMixin(BatchMixin, FactsMixin, CorrectionsMixin, CatalogueMixin):
    db: Backend
    catalog: StoreCatalog

    # -- public ---------------------------------------------------------------------------------------
    def ingest(
        self,
        items: Iterable[Any],
        progress: Callable[[int, dict[str, Any]], None] | None = None,
        jobs: int | None = 1,
        reextract: bool = False,
    ) -> dict[str, Any]:
        """Extract, resolve and store documents (and count ReadErrors as failed). Returns the summary.

        `jobs`: processes to use; with 2 or more, `jobs - 1` worker processes extract (a pure function)
        while this one resolves and stores; None: `default_jobs()`."""
        from kooperacja.documents.model import ReadError

        if jobs is None:
            jobs = default_jobs()
        summary = Summary()
        started = time.perf_counter()
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress:
                progress(done, summary.as_dict())

        def finish(doc: Any, record: dict[str, Any] | None, error: str | None, prep: dict[str, Any]) -> None:
            if error is not None:
                summary.failed += 1
                summary.errors.append(f"{getattr(doc, 'source', None) or doc.doc_id}: {error}")
            else:
                try:
                    self._write_document(doc, record, summary, prep)
                except Exception as exc:  # one bad document never stops the rest
                    summary.failed += 1
                    summary.errors.append(f"{doc.doc_id}: {type(exc).__name__}: {exc}")
            tick()

        workers = max(0, int(jobs) - 1)
        pool = None
        if workers:
            pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
        pending: deque = deque()  # (docs with their preps, future of their results)
        chunk: list[tuple[Any, dict[str, Any]]] = []

        def drain(block: bool) -> None:
            while pending and (block or pending[0][1].done() or len(pending) > workers * 3):
                fut = pending[0][1]
                if not fut.done():
                    # hold the write lock no longer than a batch may last while extraction catches up
                    wait([fut], timeout=max(0.0, self._batch_left()))
                    if not fut.done():
                        self._batch_commit(summary)
                batch, fut = pending.popleft()
                # the records extracted already are stored next: their look-ups are asked together
                ahead = [r for r, _, _ in fut.result() if r is not None]
                for _, later in pending:
                    if not later.done() or later.exception() is not None:
                        break
                    ahead += [r for r, _, _ in later.result() if r is not None]
                self.__dict__["_ahead"] = ahead
                for (doc, prep), (record, error, extra) in zip(batch, fut.result(), strict=True):
                    prep.update(extra)
                    finish(doc, record, error, prep)

        def patience() -> float | None:
            """Seconds to wait for the next input before storing what was read (None: nothing waits)."""
            batch = self.__dict__.get("_batch")
            if batch is not None and batch.stack is not None:
                return max(0.0, self._batch_left())
            return BATCH_SECONDS if chunk or pending else None

        def idle() -> None:
            """The input keeps us waiting (a pipe, a slow feed): what was read so far is stored now."""
            nonlocal chunk
            if chunk:
                assert pool is not None
                pending.append((chunk, pool.submit(_extract_many, [d for d, _ in chunk])))
                chunk = []
            drain(block=True)
            self._batch_commit(summary)

        ok = False
        try:
            for item in _paced(items, patience, idle):
                if isinstance(item, ReadError):
                    summary.failed += 1
                    summary.errors.append(str(item))
                    tick()
                    continue
                prep = self._prepare(item)
                status = self._precheck(item, prep, reextract)
                if status:
                    setattr(summary, status, getattr(summary, status) + 1)
                    summary.documents += 1
                    tick()
                    continue
                if pool is None:
                    record, error, extra = _extract(item)
                    prep.update(extra)
                    finish(item, record, error, prep)
                    continue
                chunk.append((item, prep))
                if len(chunk) >= TASK_DOCS:
                    pending.append((chunk, pool.submit(_extract_many, [d for d, _ in chunk])))
                    chunk = []
                    drain(block=False)
            if chunk:
                assert pool is not None
                pending.append((chunk, pool.submit(_extract_many, [d for d, _ in chunk])))
            drain(block=True)
            self._second_pass(summary)
            ok = True
        finally:
            if ok:
                self._batch_commit(summary)
            else:
                self._batch_abort()
            self.__dict__["_ahead"] = []
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        self._refresh_statistics(summary)
        summary.seconds = time.perf_counter() - started
        return summary.as_dict()

    def ingest_records(
        self,
        records: Iterable[dict[str, Any]],
        documents: Any = None,
        progress: Callable[[int, dict[str, Any]], None] | None = None,
    ) -> dict[str, Any]:
        """Store records made elsewhere (gold annotations, a bench): `documents` maps doc_id → Document
        (a mapping, read as each record is read, or a list of Documents) giving the texts; without one the
        record stands alone."""

        if isinstance(documents, Mapping):
            by_id = documents
        else:
            by_id = {d.doc_id: d for d in (documents or [])}
        summary = Summary()
        started = time.perf_counter()
        try:
            self._ingest_records(records, by_id, summary, progress)
            self._second_pass(summary)
        except BaseException:
            self._batch_abort()
            raise
        self._batch_commit(summary)
        self._refresh_statistics(summary)
        summary.seconds = time.perf_counter() - started
        return summary.as_dict()

    def _ingest_records(
        self,
        records: Iterable[dict[str, Any]],
        by_id: Mapping[str, Any],
        summary: Summary,
        progress: Callable[[int, dict[str, Any]], None] | None,
    ) -> None:
        try:
            for block in _blocks(records, by_id):
                # the records of a block are known before the first is stored: their look-ups go together
                self.__dict__["_ahead"] = [record for _, record, _ in block]
                # and so do their documents' own look-ups and near-duplicate bands (PostgreSQL)
                items = [
                    (n, record, doc if doc is not None else _standalone(n, record))
                    for n, record, doc in block
                ]
                preps = [self._prepare(doc, record) for _, record, doc in items]
                if self.catalog.prefetches:
                    for (_, _, doc), prep in zip(items, preps, strict=True):
                        prep["sig"] = dedup.signature(doc.text) if doc.text else None
                self.__dict__["_ahead_docs"] = [
                    (doc, prep) for (_, _, doc), prep in zip(items, preps, strict=True)
                ]
                for (n, record, doc), prep in zip(items, preps, strict=True):
                    self._ingest_record(n, record, doc, summary, progress, prep)
        finally:
            self.__dict__["_ahead"] = []
            self.__dict__["_ahead_docs"] = []
            self._forget_block()

    def _ingest_record(
        self,
        n: int,
        record: dict[str, Any],
        doc: Any,
        summary: Summary,
        progress: Callable[[int, dict[str, Any]], None] | None,
        prep: dict[str, Any],
    ) -> None:
        try:
            status = self._precheck(doc, prep, False)
            if status:
                setattr(summary, status, getattr(summary, status) + 1)
                summary.documents += 1
            else:
                self._write_document(doc, record, summary, prep)
        except Exception as exc:
            summary.failed += 1
            summary.errors.append(f"{doc.doc_id}: {type(exc).__name__}: {exc}")
        if progress:
            progress(n, summary.as_dict())

    def _write_document(
        self, doc: Any, record: dict[str, Any] | None, summary: Summary, prep: dict[str, Any]
    ) -> None:
        record = record or {}
        text = doc.text or ""
        if "sig" in prep:
            sig = prep["sig"]
        else:
            sig = dedup.signature(text) if text else None
        search_rows = _SearchRows()
        doc_text = _doc_search_text(doc, record)
        search_rows.add("document", 0, doc_text, prep.get("doc_lemmas"))
        context = " ".join(
            [
                text,
                *(
                    " ".join([e.get("name") or "", *(e.get("aliases") or [])])
                    for e in record.get("entities") or []
                    if isinstance(e, dict)
                ),
            ]
        )
        self._batch_begin(summary)
        counts = _counts(summary)
        for attempt in range(3):
            try:
                with self.db.savepoint():
                    status = self._write_tx(doc, record, summary, prep, sig, context, search_rows)
                break
            except Exception as exc:
                _restore_counts(summary, counts)  # what the undone attempt counted was not stored
                self.catalog.forget()  # nor the rows it cached
                self._forget_block()  # nor the documents and bands it added to the block's prefetch
                if attempt < 2 and _retryable(exc):
                    time.sleep(0.05 * (attempt + 1))
                    continue
                raise
        summary.documents += 1
        setattr(summary, status, getattr(summary, status) + 1)
        batch = self.__dict__.setdefault("_batch", _Batch())
        batch.statuses.append(status)
        if len(batch.statuses) >= BATCH_DOCS or time.perf_counter() - batch.started >= BATCH_SECONDS:
            self._batch_commit(summary)


def _standalone(n: int, record: dict[str, Any]) -> Any:
    """The Document of a record given without one: the record itself holds what there is."""
    from kooperacja.documents.model import Document

    return Document(
        doc_id=str(record.get("doc_id") or f"record-{n}"),
        text=record.get("text") or "",
        published=record.get("published"),
        url=record.get("url"),
        title=record.get("title"),
        source=record.get("source"),
        lang=record.get("lang"),
    )


def _blocks(records: Iterable[dict[str, Any]], by_id: Any) -> Iterator[list[tuple[int, dict[str, Any], Any]]]:
    """The records in blocks of BATCH_DOCS: (number, record, its Document from `by_id` or None), each
    Document taken as its record is read (a stream may let a text go when the next record is read)."""
    block: list[tuple[int, dict[str, Any], Any]] = []
    for n, record in enumerate(records, 1):
        block.append((n, record, by_id.get(record.get("doc_id"))))
        if len(block) >= BATCH_DOCS:
            yield block
            block = []
    if block:
        yield block


def _extract(doc: Any) -> tuple[dict[str, Any] | None, str | None, dict[str, Any]]:
    """(record, error, extra): extraction, and the other pure per-document work that a worker process
    can take off the writer: the near-duplicate signature and the document's search lemmas."""
    try:
        from kooperacja.extract import extract_document

        record = extract_document(doc)
    except Exception as exc:
        return None, f"extraction failed: {type(exc).__name__}: {exc}", {}
    text = doc.text or ""
    extra: dict[str, Any] = {"sig": dedup.signature(text) if text else None}
    doc_text = _doc_search_text(doc, record)
    if doc_text.strip():
        extra["doc_lemmas"] = lemma_string(doc_text)
    return record, None, extra


def _extract_many(docs: list[Any]) -> list[tuple[dict[str, Any] | None, str | None, dict[str, Any]]]:
    return [_extract(d) for d in docs]


def _worker_init() -> None:
    """An extraction process ends with its parent (a killed ingest leaves no workers behind)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:  # pragma: no cover - not Linux
        pass


__all__ = [
    "ANALYZE_DOCS",
    "BATCH_DOCS",
    "BATCH_SECONDS",
    "ENTITY_COLS",
    "EVENT_CANDIDATES",
    "TASK_DOCS",
    "IngestMixin",
    "StoreCatalog",
    "Summary",
    "content_hash",
    "default_jobs",
    "entity_keys",
]
