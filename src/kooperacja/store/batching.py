"""Batching: several documents share one transaction (each in a savepoint of its own), the summary's
counts follow what was committed, and a slow input is stored while it is still open."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

from kooperacja.store.db import Backend

# Several documents share one transaction (each in a savepoint of its own, so a failing document is
# undone alone): a commit costs more than a small document's statements. A transaction holds complete
# documents only, so a crash leaves every committed document whole and a re-run skips it.
BATCH_DOCS = 64
BATCH_SECONDS = 0.25
# documents stored by one ingest after which PostgreSQL's planner statistics are refreshed
ANALYZE_DOCS = 500


@dataclass
class Summary:
    documents: int = 0
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    failed: int = 0
    entities_created: int = 0
    entities_merged: int = 0
    events_created: int = 0
    events_merged: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["errors"] = self.errors[:50]
        d["seconds"] = round(self.seconds, 3)
        return d


@dataclass
class _Batch:
    stack: ExitStack | None = None
    started: float = 0.0
    statuses: list[str] = field(default_factory=list)
    counts: dict[str, int] | None = None  # the summary's entity and event counts when the batch began
    stored: int = 0  # documents committed by this connection's loads
    writes: int = 0  # documents written in this batch so far (their look-ups made before are stale)
    next_analyze: int = ANALYZE_DOCS


_COUNTED = ("entities_created", "entities_merged", "events_created", "events_merged")


def _counts(summary: Summary) -> dict[str, int]:
    return {key: getattr(summary, key) for key in _COUNTED}


def _restore_counts(summary: Summary, counts: dict[str, int]) -> None:
    for key, value in counts.items():
        setattr(summary, key, value)


_END = object()


def _paced(
    items: Iterable[Any], patience: Callable[[], float | None], idle: Callable[[], None]
) -> Iterator[Any]:
    """`items`, read ahead by a thread; when the next item keeps us waiting longer than `patience()` seconds
    (None: nothing is waiting to be stored), `idle()` runs before waiting on, so that what was read is stored
    while a slow input (a pipe, a feed) is still open."""
    import queue
    import threading

    q: queue.Queue = queue.Queue(maxsize=256)

    def read() -> None:
        try:
            for item in items:
                q.put((item, None))
        except BaseException as exc:  # noqa: BLE001 - handed over to the consumer
            q.put((_END, exc))
            return
        q.put((_END, None))

    threading.Thread(target=read, name="ingest-reader", daemon=True).start()
    while True:
        wait_for = patience()
        try:
            item, exc = q.get(timeout=max(0.0, wait_for)) if wait_for is not None else q.get()
        except queue.Empty:
            idle()
            item, exc = q.get()
        if item is _END:
            if exc is not None:
                raise exc
            return
        yield item


def _retryable(exc: Exception) -> bool:
    text = str(exc).lower()
    return "locked" in text or "deadlock" in text or "serializ" in text


class BatchMixin:
    """The open transaction shared by several documents, and the planner statistics of a long load."""

    db: Backend
    catalog: Any

    def _refresh_statistics(self, summary: Summary) -> None:
        """After a large load, fresh planner statistics (PostgreSQL plans the joins of queries and
        searches by them, and autovacuum may not have come round yet)."""
        if (
            self.db.dialect != "postgres"
            or summary.new + summary.replaced + summary.near_duplicate < ANALYZE_DOCS
        ):
            return
        try:
            self.db.execute("ANALYZE")
        except Exception:  # statistics are an optimisation only
            pass

    def _batch_begin(self, summary: Summary | None = None) -> None:
        batch = self.__dict__.setdefault("_batch", _Batch())
        if batch.stack is not None or self.db.in_transaction:
            return
        batch.counts = _counts(summary) if summary is not None else None
        stack = ExitStack()
        stack.enter_context(self.db.transaction())
        batch.stack = stack
        batch.writes += 1  # a new lock: what was seen before it is stale
        self.catalog.sync(self.db.generation)
        batch.started = time.perf_counter()
        batch.statuses = []
        self.catalog.reset()  # other writers may have changed the corrections before we took the lock

    def _state_token(self) -> tuple[int, int] | None:
        """What this connection has seen of the database while it holds the write lock: equal tokens,
        nothing was written in between (None: no batch is open, another writer may write)."""
        batch = self.__dict__.get("_batch")
        if batch is None or batch.stack is None:
            return None
        return id(batch.stack), batch.writes

    def _wrote(self) -> None:
        batch = self.__dict__.get("_batch")
        if batch is not None:
            batch.writes += 1

    def _batch_left(self) -> float:
        """Seconds the open batch may still stay open (0 when none is open)."""
        batch = self.__dict__.get("_batch")
        if batch is None or batch.stack is None:
            return 0.0
        return BATCH_SECONDS - (time.perf_counter() - batch.started)

    def _batch_commit(self, summary: Summary) -> None:
        batch = self.__dict__.get("_batch")
        if batch is None or batch.stack is None:
            return
        stack, batch.stack = batch.stack, None
        statuses, batch.statuses = batch.statuses, []
        try:
            stack.close()
        except Exception as exc:  # the documents of the batch were not stored after all
            self.catalog.forget()
            if batch.counts is not None:
                _restore_counts(summary, batch.counts)  # nor their entities and events
            for status in statuses:
                setattr(summary, status, getattr(summary, status) - 1)
                summary.documents -= 1
                summary.failed += 1
            summary.errors.append(f"commit failed, {len(statuses)} documents not stored: {exc}")
            return
        self._analyze_while_growing(len(statuses))

    def _analyze_while_growing(self, stored: int) -> None:
        """PostgreSQL: fresh planner statistics each time this connection's load has grown fourfold (500,
        2,000, 8,000 ... documents), so that the plans of the look-ups follow the tables' growth during a
        long load instead of staying those of the empty tables (autovacuum may come round much later)."""
        if self.db.dialect != "postgres":
            return
        batch = self.__dict__["_batch"]
        batch.stored += stored
        if batch.stored < batch.next_analyze:
            return
        batch.next_analyze = batch.stored * 4
        try:
            self.db.execute("ANALYZE")
            # with statistics of the grown tables, cached generic plans are good plans: no more planning
            # of every look-up with its parameters (a reconnection starts with custom plans again)
            self.db.execute("SET plan_cache_mode = auto")
        except Exception:  # statistics are an optimisation only
            pass

    def _batch_abort(self) -> None:
        batch = self.__dict__.get("_batch")
        if batch is None or batch.stack is None:
            return
        stack, batch.stack = batch.stack, None
        batch.statuses = []
        self.catalog.forget()
        try:
            stack.__exit__(RuntimeError, RuntimeError("ingest interrupted"), None)
        except Exception:
            pass
