"""Ingest: documents → records → resolved entities and events, one transaction per document."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

from kooperacja.resolve import dates as rdates
from kooperacja.resolve import places as rplaces
from kooperacja.resolve import variants
from kooperacja.resolve.entities import canonical_entity, resolve_entity, text_stems
from kooperacja.resolve.events import compatible_types, date_window, evidence_keys, resolve_event, same_event
from kooperacja.resolve.guard import conflict
from kooperacja.resolve.links import FOUNDINGS, SIGNINGS, led_to, led_to_across
from kooperacja.resolve.model import Candidate, DocContext, EventCandidate
from kooperacja.resolve.names import acronym_key, initials, is_acronym, keys, norm
from kooperacja.store import dedup, places
from kooperacja.store.db import Backend, now
from kooperacja.store.lemmas import lemma_string

ENTITY_COLS = "e.id, e.type, e.subtype, e.name, e.norm, e.country, e.doc_count"

# Several documents share one transaction (each in a savepoint of its own, so a failing document is
# undone alone): a commit costs more than a small document's statements. A transaction holds complete
# documents only, so a crash leaves every committed document whole and a re-run skips it.
BATCH_DOCS = 64
BATCH_SECONDS = 0.25
TASK_DOCS = 4  # documents per task sent to an extraction process
# the most recent stored events with one of an event's participants (or its name) that are scored
# against it; the date window already leaves out those whose dates cannot agree
EVENT_CANDIDATES = 200
# documents stored by one ingest after which PostgreSQL's planner statistics are refreshed
ANALYZE_DOCS = 500


def default_jobs() -> int:
    """Processes for an ingest: 2 (extraction in a worker while this one stores) when there are 2 cores."""
    return 2 if (os.cpu_count() or 1) >= 2 else 1


def content_hash(text: str) -> str:
    try:
        from kooperacja.documents.hashing import content_hash as _hash

        return _hash(text)
    except ImportError:  # pragma: no cover - until the readers land
        return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


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


class StoreCatalog:
    """The resolver's view of what is stored (indexed look-ups only, inside the open transaction)."""

    def __init__(self, db: Backend) -> None:
        self.db = db
        self._corrections: dict[tuple[str, str, str], set[str]] | None = None

    def _cands(self, rows: list[tuple]) -> list[Candidate]:
        return [Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]

    def by_key(self, etype: str, key: str) -> list[Candidate]:
        return self._cands(
            self.db.all(
                f"SELECT {ENTITY_COLS}, a.kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE a.norm = ? AND e.type = ? AND a.kind IN ('name', 'alias') ORDER BY a.kind DESC",
                (key, etype),
            )
        )

    def by_kind(self, etype: str, key: str, kinds: tuple[str, ...]) -> list[Candidate]:
        return self._cands(
            self.db.all(
                f"SELECT {ENTITY_COLS}, a.kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                f"WHERE a.norm = ? AND e.type = ? AND a.kind IN {self.db.in_list(list(kinds))}",
                (key, etype, *kinds),
            )
        )

    def entity_name(self, entity_id: int) -> tuple[str, str | None] | None:
        """(canonical name, country) of a stored entity."""
        row = self.db.one("SELECT name, country FROM entities WHERE id = ?", (entity_id,))
        return (row[0], row[1]) if row else None

    def by_prefix(self, etype: str, key: str, limit: int = 5) -> list[Candidate]:
        """Entities whose normalised name continues `key` with more words (at most `limit`)."""
        return self._cands(
            self.db.all(
                f"SELECT {ENTITY_COLS}, 'name' FROM entities e WHERE e.norm > ? AND e.norm < ? AND e.type = ? "
                f"ORDER BY e.doc_count DESC LIMIT {int(limit)}",
                (key + " ", key + " \uffff", etype),
            )
        )

    def by_acronym(self, etype: str, acronym: str) -> list[Candidate]:
        return self._cands(
            self.db.all(
                f"SELECT {ENTITY_COLS}, a.kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE a.norm = ? AND e.type = ? AND a.kind IN ('acronym', 'initials')",
                (acronym, etype),
            )
        )

    def by_surname(self, key: str) -> list[Candidate]:
        return self._cands(
            self.db.all(
                f"SELECT {ENTITY_COLS}, a.kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE a.norm = ? AND a.kind = 'surname'",
                (key,),
            )
        )

    def by_gazetteer(self, gazetteer_id: str) -> list[Candidate]:
        return self._cands(
            self.db.all(
                f"SELECT {ENTITY_COLS}, 'gazetteer' FROM entities e WHERE e.gazetteer_id = ? AND e.type = 'place'",
                (gazetteer_id,),
            )
        )

    def full_names(self, entity_id: int) -> set[str]:
        return {
            r[0]
            for r in self.db.all(
                "SELECT norm FROM entity_aliases WHERE entity_id = ? AND kind IN ('name', 'alias')",
                (entity_id,),
            )
        }

    def affiliations(self, person_id: int) -> set[int]:
        return {
            r[0]
            for r in self.db.all(
                "SELECT DISTINCT org_id FROM roles WHERE person_id = ? AND org_id IS NOT NULL", (person_id,)
            )
        }

    def _load_corrections(self) -> dict[tuple[str, str, str], set[str]]:
        if self._corrections is None:
            out: dict[tuple[str, str, str], set[str]] = {}
            for kind, etype, a, b in self.db.all("SELECT kind, entity_type, norm_a, norm_b FROM corrections"):
                out.setdefault((kind, etype, a), set()).add(b)
                out.setdefault((kind, etype, b), set()).add(a)
            self._corrections = out
        return self._corrections

    def reset(self) -> None:
        self._corrections = None

    def forced(self, etype: str, key: str) -> set[str]:
        return self._load_corrections().get(("merge", etype, key), set())

    def forbidden(self, etype: str, key: str) -> set[str]:
        return self._load_corrections().get(("split", etype, key), set())

    def _events(self, ids: list[int]) -> list[EventCandidate]:
        if not ids:
            return []
        marks = self.db.in_list(ids)
        rows = self.db.all(
            f"SELECT ev.id, ev.type, ev.date, ev.name, ev.place_id, p.gazetteer_id, p.country "
            f"FROM events ev LEFT JOIN entities p ON p.id = ev.place_id WHERE ev.id IN {marks}",
            ids,
        )
        parts: dict[int, set[int]] = {}
        for ev, ent in self.db.all(
            f"SELECT event_id, entity_id FROM participants WHERE event_id IN {marks}", ids
        ):
            parts.setdefault(ev, set()).add(ent)
        docs: dict[int, set[int]] = {}
        pubs: dict[int, set[str]] = {}
        words: dict[int, set[str]] = {}
        for ev, doc, pub, keys_ in self.db.all(
            f"SELECT event_id, doc_pk, published, evidence_keys FROM event_sources WHERE event_id IN {marks}",
            ids,
        ):
            docs.setdefault(ev, set()).add(doc)
            if pub:
                pubs.setdefault(ev, set()).add(pub)
            if keys_:
                words.setdefault(ev, set()).update(keys_.split())
        named: dict[int, set[int]] = {}
        for ev, ent in self.db.all(
            "SELECT DISTINCT s.event_id, de.entity_id FROM event_sources s JOIN doc_entities de "
            f"ON de.doc_pk = s.doc_pk WHERE s.event_id IN {marks}",
            ids,
        ):
            named.setdefault(ev, set()).add(ent)
        return [
            EventCandidate(
                r[0],
                r[1],
                r[2],
                r[3],
                parts.get(r[0], set()),
                docs.get(r[0], set()),
                r[4],
                pubs.get(r[0], set()),
                words.get(r[0], set()),
                rplaces.area(r[5], r[6]) if r[4] is not None else None,
                named.get(r[0], set()),
            )
            for r in rows
        ]

    def doc_stems(self, doc_pks: list[int]) -> set[str]:
        """Folded five-letter stems of the words of stored documents (cached per document)."""
        cache = self.__dict__.setdefault("_stems", {})
        out: set[str] = set()
        for pk in doc_pks:
            if pk not in cache:
                if len(cache) > 2000:
                    cache.clear()
                text = self.db.scalar("SELECT text FROM documents WHERE id = ?", (pk,)) or ""
                cache[pk] = text_stems(text)
            out |= cache[pk]
        return out

    def events_by_id(self, ids: list[int]) -> list[EventCandidate]:
        return self._events(list(ids))

    def events_with(self, entity_ids: set[int], etype: str) -> list[EventCandidate]:
        if not entity_ids:
            return []
        ids = sorted(entity_ids)
        rows = self.db.all(
            f"SELECT DISTINCT p.event_id FROM participants p JOIN events e ON e.id = p.event_id "
            f"WHERE p.entity_id IN {self.db.in_list(ids)} AND e.type = ? LIMIT 2000",
            (*ids, etype),
        )
        return self._events([r[0] for r in rows])

    def event_candidates(
        self, entity_ids: set[int], types: list[str], name: str | None, window: tuple[str, str] | None
    ) -> list[EventCandidate]:
        """Events of `types` with one of the participants (by the event's type) or the normalised name
        (by a source's type) whose dates may agree with `window` (or that have none), most recent first."""
        db = self.db
        tmarks = db.in_list(types)
        date_cond, date_params = "", ()
        if window is not None:
            date_cond = " AND (e.date_start IS NULL OR (e.date_start <= ? AND e.date_end >= ?))"
            date_params = (window[1], window[0])
        ids: list[int] = []
        if entity_ids:
            pids = sorted(entity_ids)
            ids += [
                r[0]
                for r in db.all(
                    # participants first (SQLite keeps the order of a CROSS JOIN): an entity has few
                    # events, a type has many
                    "SELECT DISTINCT p.event_id FROM participants p CROSS JOIN events e "
                    f"WHERE e.id = p.event_id AND p.entity_id IN {db.in_list(pids)} AND e.type IN {tmarks}{date_cond} "
                    f"ORDER BY p.event_id DESC LIMIT {EVENT_CANDIDATES}",
                    (*pids, *types, *date_params),
                )
            ]
        if name is not None:
            seen = set(ids)
            ids += [
                r[0]
                for r in db.all(
                    "SELECT DISTINCT s.event_id FROM event_sources s CROSS JOIN events e "
                    f"WHERE e.id = s.event_id AND s.name = ? AND s.type IN {tmarks}{date_cond} "
                    f"ORDER BY s.event_id DESC LIMIT {EVENT_CANDIDATES}",
                    (name, *types, *date_params),
                )
                if r[0] not in seen
            ]
        return self._events(ids)

    def events_named(self, etype: str, name: str) -> list[EventCandidate]:
        rows = self.db.all(
            "SELECT DISTINCT event_id FROM event_sources WHERE type = ? AND name = ? LIMIT 200", (etype, name)
        )
        return self._events([r[0] for r in rows])


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _confidence(item: dict[str, Any]) -> float | None:
    """An item's `confidence` when it is a number between 0 and 1 (learned scorer), else None."""
    c = item.get("confidence")
    if isinstance(c, bool) or not isinstance(c, (int, float)) or not 0.0 <= c <= 1.0:
        return None
    return float(c)


def _spans(value: Any) -> list[list[int]]:
    out = []
    for item in value or []:
        try:
            s, e = int(item[0]), int(item[1])
        except (TypeError, ValueError, IndexError):
            continue
        out.append([s, e])
    return out


_ORDER = {"organization": 0, "place": 1, "person": 3}


def _entity_order(ent: dict[str, Any]) -> int:
    etype = ent.get("type") or "organization"
    if etype == "organization" and not keys(ent.get("name") or "", ent.get("aliases") or [])[0]:
        return 2  # acronym-only organisations after the full names they may refer to
    return _ORDER.get(etype, 0)


class IngestMixin:
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
            ok = True
        finally:
            if ok:
                self._batch_commit(summary)
            else:
                self._batch_abort()
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        self._refresh_statistics(summary)
        summary.seconds = time.perf_counter() - started
        return summary.as_dict()

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

    def ingest_records(
        self,
        records: Iterable[dict[str, Any]],
        documents: Any = None,
        progress: Callable[[int, dict[str, Any]], None] | None = None,
    ) -> dict[str, Any]:
        """Store records made elsewhere (gold annotations, a bench): `documents` maps doc_id → Document
        (or is a list of Documents) giving the texts; without one the record stands alone."""

        if isinstance(documents, dict):
            by_id = documents
        else:
            by_id = {d.doc_id: d for d in (documents or [])}
        summary = Summary()
        started = time.perf_counter()
        try:
            self._ingest_records(records, by_id, summary, progress)
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
        by_id: dict[str, Any],
        summary: Summary,
        progress: Callable[[int, dict[str, Any]], None] | None,
    ) -> None:
        from kooperacja.documents.model import Document

        for n, record in enumerate(records, 1):
            doc = by_id.get(record.get("doc_id"))
            if doc is None:
                doc = Document(
                    doc_id=str(record.get("doc_id") or f"record-{n}"),
                    text=record.get("text") or "",
                    published=record.get("published"),
                    url=record.get("url"),
                    title=record.get("title"),
                    source=record.get("source"),
                    lang=record.get("lang"),
                )
            prep = self._prepare(doc, record)
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

    # -- steps ----------------------------------------------------------------------------------------
    def _prepare(self, doc: Any, record: dict[str, Any] | None = None) -> dict[str, Any]:
        text = doc.text or ""
        if text.strip():
            h = content_hash(text)
        else:  # a record without its text: the record itself is the content
            h = "record:" + hashlib.sha256(json.dumps(record or {}, sort_keys=True).encode()).hexdigest()
        return {"hash": h}

    def _lookup(self, doc: Any, h: str) -> tuple[tuple | None, bool, bool]:
        """One query: (the stored version of this document: id, doc_id, content_hash, extractor — by
        source, else by doc_id; whether another document has this content; whether the doc_id is taken)."""
        rows = self.db.all(
            "SELECT id, doc_id, content_hash, extractor, source FROM documents "
            "WHERE source = ? OR doc_id = ? OR content_hash = ?",
            (doc.source, str(doc.doc_id), h),
        )
        existing = None
        if doc.source:
            existing = next((r for r in rows if r[4] == doc.source), None)
        if existing is None:
            row = next((r for r in rows if r[1] == str(doc.doc_id)), None)
            if row and (not doc.source or not row[4] or row[4] == doc.source):
                existing = row
        same_content = any(r[2] == h for r in rows)
        id_taken = any(r[1] == str(doc.doc_id) for r in rows)
        return (tuple(existing[:4]) if existing else None), same_content, id_taken

    def _find_existing(self, doc: Any) -> tuple | None:
        return self._lookup(doc, "")[0]

    def _precheck(self, doc: Any, prep: dict[str, Any], reextract: bool) -> str | None:
        """'unchanged' / 'duplicate' when nothing is to be done (checked again inside the write)."""
        existing, same_content, _taken = self._lookup(doc, prep["hash"])
        if existing and existing[2] == prep["hash"]:
            if reextract:
                from kooperacja.extract import EXTRACTOR_VERSION

                if existing[3] != EXTRACTOR_VERSION:
                    prep["force"] = True
                    return None
            return "unchanged"
        if not existing and same_content:
            return "duplicate"
        return None

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

    # -- the open transaction shared by several documents ------------------------------------------------
    def _batch_begin(self, summary: Summary | None = None) -> None:
        batch = self.__dict__.setdefault("_batch", _Batch())
        if batch.stack is not None or self.db.in_transaction:
            return
        batch.counts = _counts(summary) if summary is not None else None
        stack = ExitStack()
        stack.enter_context(self.db.transaction())
        batch.stack = stack
        batch.started = time.perf_counter()
        batch.statuses = []
        self.catalog.reset()  # other writers may have changed the corrections before we took the lock

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
        except Exception:  # statistics are an optimisation only
            pass

    def _batch_abort(self) -> None:
        batch = self.__dict__.get("_batch")
        if batch is None or batch.stack is None:
            return
        stack, batch.stack = batch.stack, None
        batch.statuses = []
        try:
            stack.__exit__(RuntimeError, RuntimeError("ingest interrupted"), None)
        except Exception:
            pass

    def _write_tx(
        self,
        doc: Any,
        record: dict[str, Any],
        summary: Summary,
        prep: dict[str, Any],
        sig: Any,
        context: str,
        search_rows: _SearchRows,
    ) -> str:
        db = self.db
        h = prep["hash"]
        existing, same_content, id_taken = self._lookup(doc, h)
        if existing and existing[2] == h and not prep.get("force"):
            return "unchanged"
        if not existing and same_content:
            return "duplicate"
        extractor = record.get("extractor")
        # the record holds the date as the extractor read it (the document may give it in words)
        published = record.get("published") or doc.published
        values = (
            h,
            doc.source,
            doc.url or record.get("url"),
            doc.title or record.get("title"),
            published,
            doc.lang or record.get("lang"),
            doc.text or "",
            _j(sorted(set(record.get("sectors") or []))),
            extractor,
            now(),
        )
        if existing:
            doc_pk = int(existing[0])
            doc_id = existing[1]
            self._delete_facts(doc_pk)
            db.execute(
                "UPDATE documents SET content_hash = ?, source = ?, url = ?, title = ?, published = ?, lang = ?, "
                "text = ?, sectors = ?, extractor = ?, ingested_at = ?, duplicate_of = NULL, similarity = NULL "
                "WHERE id = ?",
                (*values, doc_pk),
            )
            status = "replaced"
        else:
            doc_id = str(doc.doc_id)
            n = 1
            while id_taken:
                n += 1
                doc_id = f"{doc.doc_id}~{n}"
                id_taken = bool(db.scalar("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)))
            doc_pk = db.insert(
                "INSERT INTO documents (content_hash, source, url, title, published, lang, text, sectors, "
                "extractor, ingested_at, doc_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, doc_id),
            )
            status = "new"

        # near-duplicates: LSH bands in the database, verified on the stored signatures
        original: int | None = None
        if sig is not None:
            bands = dedup.bands(sig)
            cand_rows: set[int] = set()
            if bands:
                cond = " OR ".join(["(band = ? AND bucket = ?)"] * len(bands))
                for (pk,) in db.all(
                    f"SELECT DISTINCT doc_pk FROM doc_bands WHERE {cond}", [v for pair in bands for v in pair]
                ):
                    if pk != doc_pk:
                        cand_rows.add(pk)
            best = 0.0
            cands = sorted(cand_rows)
            stored: dict[int, Any] = {}
            for start in range(0, len(cands), 500):
                part = cands[start : start + 500]
                stored.update(
                    db.all(
                        f"SELECT doc_pk, signature FROM doc_signatures WHERE doc_pk IN {db.in_list(part)}",
                        part,
                    )
                )
            for pk in cands:
                if pk not in stored:
                    continue
                s = dedup.similarity(sig, dedup.from_bytes(stored[pk]))
                if s >= dedup.THRESHOLD and s > best:
                    original, best = pk, s
            if original is not None:
                root = db.scalar("SELECT duplicate_of FROM documents WHERE id = ?", (original,))
                original = int(root) if root else original
                db.execute(
                    "UPDATE documents SET duplicate_of = ?, similarity = ? WHERE id = ?",
                    (original, best, doc_pk),
                )
                if status == "new":
                    status = "near_duplicate"
            db.execute(
                "INSERT INTO doc_signatures (doc_pk, signature) VALUES (?, ?)", (doc_pk, dedup.to_bytes(sig))
            )
            db.executemany(
                "INSERT INTO doc_bands (band, bucket, doc_pk) VALUES (?, ?, ?)",
                [(b, k, doc_pk) for b, k in bands],
            )

        self._write_facts(doc_pk, doc_id, record, extractor, context, summary, original, search_rows)
        return status

    def _write_facts(
        self,
        doc_pk: int,
        doc_id: str,
        record: dict[str, Any],
        extractor: str | None,
        context: str,
        summary: Summary,
        original: int | None,
        search_rows: _SearchRows,
    ) -> None:
        db = self.db
        cat = self.catalog
        ctx = DocContext(doc_pk=doc_pk, doc_id=doc_id, text=context)
        ents = [
            e for e in record.get("entities") or [] if isinstance(e, dict) and (e.get("name") or "").strip()
        ]
        local: dict[str, tuple[int, int]] = {}  # local id → (doc entity id, entity id)
        names: dict[int, str] = {}
        # affiliations of people (organisations are resolved before people)
        for ent in sorted(ents, key=_entity_order):
            lid = str(ent.get("id") or f"x{id(ent)}")
            etype = (
                ent.get("type") if ent.get("type") in ("organization", "person", "place") else "organization"
            )
            ent, renamed = canonical_entity({**ent, "type": etype})
            ent = {
                **ent,
                "type": etype,
                "aliases": self._allowed_aliases(etype, ent["name"], ent.get("aliases") or []),
            }
            if etype == "person":
                ctx.affiliations[lid] = {
                    local[str(r.get("organization"))][1]
                    for r in ent.get("roles") or []
                    if isinstance(r, dict) and str(r.get("organization")) in local
                }
            gaz = (
                places.lookup(ent["name"], ent.get("country"), ent.get("subtype"))
                if etype == "place"
                else None
            )
            decision = resolve_entity(ent, ctx, cat, gaz["id"] if gaz else None)
            if renamed:
                decision.reason = f"{renamed}; {decision.reason}"
            if decision.entity_id is None:
                eid = self._create_entity(ent, gaz, extractor)
                summary.entities_created += 1
            else:
                eid = decision.entity_id
                summary.entities_merged += 1
                self._improve_entity(eid, ent, gaz)
            if decision.entity_id is not None and (decision.rule != "name" or renamed):
                db.execute(
                    "INSERT INTO merges (kind, kept_id, merged_id, doc_id, name, reason, rule, created_at) "
                    "VALUES ('mention', ?, NULL, ?, ?, ?, ?, ?)",
                    (eid, doc_id, ent["name"], decision.reason, decision.rule, now()),
                )
            for other, score, why in decision.review:
                self._queue_review("entity", eid, other, score, "entity_near_miss", why)
            for other, why in decision.bridge:
                if db.scalar("SELECT 1 FROM entities WHERE id = ?", (other,)) and self._merge_entities(
                    eid, other, "bridge", why
                ):
                    for k, (de, e) in list(local.items()):
                        if e == other:
                            local[k] = (de, eid)
            de_id = db.insert(
                "INSERT INTO doc_entities (doc_pk, local_id, entity_id, type, subtype, name, norm, aliases, country, "
                "rule, extractor, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc_pk,
                    lid,
                    eid,
                    etype,
                    ent.get("subtype"),
                    ent["name"],
                    norm(ent["name"]),
                    _j([a for a in ent.get("aliases") or [] if isinstance(a, str)]),
                    ent.get("country"),
                    decision.rule,
                    extractor,
                    _confidence(ent),
                ),
            )
            self._add_keys(eid, etype, ent["name"], ent.get("aliases") or [])
            db.execute("UPDATE entities SET doc_count = doc_count + 1 WHERE id = ?", (eid,))
            local[lid] = (de_id, eid)
            ctx.resolved[lid] = eid
            names[eid] = ent["name"]
            db.executemany(
                "INSERT INTO mentions (doc_pk, doc_entity_id, entity_id, start_off, end_off) VALUES (?, ?, ?, ?, ?)",
                [(doc_pk, de_id, eid, s, e) for s, e in _spans(ent.get("mentions"))],
            )
            search_rows.add(
                "entity",
                de_id,
                " ".join([ent["name"], *(a for a in ent.get("aliases") or [] if isinstance(a, str))]),
            )

        # people's roles
        for ent in ents:
            lid = str(ent.get("id"))
            if ent.get("type") != "person" or lid not in local:
                continue
            for role in ent.get("roles") or []:
                if not isinstance(role, dict):
                    continue
                org = local.get(str(role.get("organization")))
                db.execute(
                    "INSERT INTO roles (doc_pk, person_id, person_de, title, org_id, org_de, extractor) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        doc_pk,
                        local[lid][1],
                        local[lid][0],
                        role.get("title"),
                        org[1] if org else None,
                        org[0] if org else None,
                        extractor,
                    ),
                )

        # events
        prefer: list[int] | None = None
        if original is not None:
            prefer = [
                r[0]
                for r in db.all("SELECT DISTINCT event_id FROM event_sources WHERE doc_pk = ?", (original,))
            ]
        published = db.scalar("SELECT published FROM documents WHERE id = ?", (doc_pk,))
        doc_text_full = db.scalar("SELECT text FROM documents WHERE id = ?", (doc_pk,)) or ""
        stored_events: list[dict[str, Any]] = []
        for i, ev in enumerate(record.get("events") or []):
            if not isinstance(ev, dict) or not ev.get("type"):
                continue
            parts = []
            for p in ev.get("participants") or []:
                if isinstance(p, dict) and str(p.get("entity")) in local:
                    de, eid = local[str(p.get("entity"))]
                    parts.append((eid, de, p.get("role") or "party", _confidence(p)))
            pset = {p[0] for p in parts}
            place = local.get(str(ev.get("place"))) if ev.get("place") else None
            date = ev.get("date") if isinstance(ev.get("date"), str) else None
            name = ev.get("name") if isinstance(ev.get("name"), str) else None
            spans = _spans(ev.get("evidence"))
            # the wording is compared without the names of the event's parties (scored on their own)
            words = evidence_keys(doc_text_full, spans) - evidence_keys(
                " ".join(names.get(p[0], "") for p in parts), [[0, 10**9]]
            )
            area = None
            if place:
                prow = db.one("SELECT gazetteer_id, country FROM entities WHERE id = ?", (place[1],))
                area = rplaces.area(prow[0], prow[1]) if prow else None
            near: list[tuple[int, float, str]] = []
            event_id, rule, reason = resolve_event(
                ev["type"],
                date,
                name,
                pset,
                doc_pk,
                cat,
                prefer,
                place[1] if place else None,
                published,
                words=words,
                area=area,
                mentioned={e for _, e in local.values()},
                text_stems=ctx.stems,
                review=near,
                rejected=self._rejected_events(doc_id, i),
            )
            if event_id is None:
                event_id = db.insert(
                    "INSERT INTO events (type, date, status, created_at) VALUES (?, ?, ?, ?)",
                    (ev["type"], date, ev.get("status") or "done", now()),
                )
                summary.events_created += 1
            else:
                summary.events_merged += 1
            source_id = db.insert(
                "INSERT INTO event_sources (event_id, doc_pk, local_index, type, date, status, place_id, place_de, name, "
                "sectors, evidence, rule, extractor, published, confidence) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    event_id,
                    doc_pk,
                    i,
                    ev["type"],
                    date,
                    ev.get("status") or "done",
                    place[1] if place else None,
                    place[0] if place else None,
                    norm(name) if name else None,
                    _j(sorted({s for s in ev.get("sectors") or [] if isinstance(s, str)})),
                    _j(_spans(ev.get("evidence"))),
                    rule,
                    extractor,
                    published,
                    _confidence(ev),
                ),
            )
            if words:
                db.execute(
                    "UPDATE event_sources SET evidence_keys = ? WHERE id = ?",
                    (" ".join(sorted(words)), source_id),
                )
            for other, score, why in near:
                self._queue_review("event", event_id, other, score, "event_near_miss", why)
            stored_events.append(
                {
                    "id": event_id,
                    "type": ev["type"],
                    "date": date,
                    "evidence": spans,
                    "names": [names.get(p[0], "") for p in parts],
                    "founded": {p[0] for p in parts if p[2] == "founded"},
                }
            )
            if rule != "new":
                db.execute(
                    "INSERT INTO merges (kind, kept_id, merged_id, doc_id, name, reason, rule, created_at) "
                    "VALUES ('event', ?, ?, ?, ?, ?, ?, ?)",
                    (event_id, source_id, doc_id, name or ev["type"], reason, rule, now()),
                )
            db.executemany(
                "INSERT INTO participants (event_id, source_id, entity_id, doc_entity_id, role, confidence) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(event_id, source_id, eid, de, role, conf) for eid, de, role, conf in parts],
            )
            self._refresh_event(event_id, display_name=name)
            search_rows.add("event", source_id, " ".join([name or "", *(names.get(p[0], "") for p in parts)]))

        # an agreement that founds a body led to the founding
        for a in stored_events:
            for b in stored_events:
                if a["id"] != b["id"]:
                    why = led_to(a, b, doc_text_full)
                    if why:
                        self._link_events(a["id"], b["id"], "led_to", f"document {doc_id}: {why}")
        # … and across reports: a stored signing that had the founded body among its parties
        for b in stored_events:
            if b["type"] not in FOUNDINGS or not b["founded"]:
                continue
            fdate = db.scalar("SELECT date FROM events WHERE id = ?", (b["id"],))
            ids = sorted(b["founded"])
            for ev_id, sdate in db.all(
                "SELECT DISTINCT e.id, e.date FROM participants p JOIN events e ON e.id = p.event_id "
                f"WHERE p.entity_id IN {db.in_list(ids)} AND e.type IN {db.in_list(sorted(SIGNINGS))} "
                "AND e.id <> ? LIMIT 20",
                (*ids, *sorted(SIGNINGS), b["id"]),
            ):
                why = led_to_across(sdate, fdate)
                if why:
                    self._link_events(int(ev_id), b["id"], "led_to", why)

        # figures
        rows = []
        for f in record.get("figures") or []:
            if not isinstance(f, dict) or str(f.get("entity")) not in local or not f.get("metric"):
                continue
            de, eid = local[str(f.get("entity"))]
            try:
                value = float(f["value"]) if f.get("value") is not None else None
            except (TypeError, ValueError):
                value = None
            rows.append(
                (
                    doc_pk,
                    eid,
                    de,
                    f["metric"],
                    value,
                    f.get("unit"),
                    f.get("qualifier"),
                    _j(_spans(f.get("evidence"))),
                    extractor,
                    _confidence(f),
                )
            )
        db.executemany(
            "INSERT INTO figures (doc_pk, entity_id, doc_entity_id, metric, value, unit, qualifier, evidence, extractor, "
            "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        search_rows.write(db, doc_pk)

    # -- entities -------------------------------------------------------------------------------------
    def _create_entity(self, ent: dict[str, Any], gaz: dict[str, Any] | None, extractor: str | None) -> int:
        return self.db.insert(
            "INSERT INTO entities (type, subtype, name, norm, country, lat, lon, gazetteer_id, doc_count, extractor, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            (
                ent["type"],
                ent.get("subtype"),
                ent["name"],
                norm(ent["name"]),
                ent.get("country") or (gaz or {}).get("country"),
                (gaz or {}).get("lat"),
                (gaz or {}).get("lon"),
                (gaz or {}).get("id"),
                extractor,
                now(),
            ),
        )

    def _improve_entity(self, eid: int, ent: dict[str, Any], gaz: dict[str, Any] | None) -> None:
        """A full name replaces an acronym-only canonical name; missing attributes are filled in."""
        row = self.db.one("SELECT name, subtype, country, lat FROM entities WHERE id = ?", (eid,))
        if row is None:
            return
        name, subtype, country, lat = row
        if is_acronym(name) and not is_acronym(ent["name"]):
            self.db.execute(
                "UPDATE entities SET name = ?, norm = ? WHERE id = ?", (ent["name"], norm(ent["name"]), eid)
            )
        if subtype in (None, "other") and ent.get("subtype") not in (None, "other", subtype):
            self.db.execute("UPDATE entities SET subtype = ? WHERE id = ?", (ent["subtype"], eid))
        if country is None and ent.get("country"):
            self.db.execute("UPDATE entities SET country = ? WHERE id = ?", (ent["country"], eid))
        if lat is None and gaz and gaz.get("lat") is not None:
            self.db.execute(
                "UPDATE entities SET lat = ?, lon = ?, gazetteer_id = COALESCE(gazetteer_id, ?) WHERE id = ?",
                (gaz["lat"], gaz["lon"], gaz["id"], eid),
            )

    def _allowed_aliases(self, etype: str, name: str, aliases: list[Any]) -> list[str]:
        """Aliases minus those a user split declared a different thing from the name."""
        out = [a for a in aliases if isinstance(a, str) and a.strip()]
        banned = self.catalog.forbidden(etype, norm(name))
        return [a for a in out if norm(a) not in banned] if banned else out

    def _add_keys(self, eid: int, etype: str, name: str, aliases: list[str]) -> None:
        rows = entity_keys(etype, name, self._allowed_aliases(etype, name, aliases))
        self.db.executemany(
            "INSERT INTO entity_aliases (entity_id, kind, norm, alias) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(eid, kind, k, alias) for kind, k, alias in rows],
        )

    def _rebuild_entity(self, eid: int) -> bool:
        """Recount documents and rebuild keys from the entity's document entities; delete it when none is left."""
        db = self.db
        rows = db.all("SELECT type, name, aliases FROM doc_entities WHERE entity_id = ?", (eid,))
        db.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (eid,))
        if not rows:
            db.execute("DELETE FROM entities WHERE id = ?", (eid,))
            return False
        for etype, name, aliases in rows:
            self._add_keys(eid, etype, name, json.loads(aliases or "[]"))
        db.execute("UPDATE entities SET doc_count = ? WHERE id = ?", (len(rows), eid))
        return True

    def _merge_entities(self, kept: int, merged: int, rule: str, reason: str) -> bool:
        """Merge entity `merged` into `kept`; False when the guard held the merge back."""
        db = self.db
        if kept == merged:
            return False
        if rule != "user":
            # the guard: an automatic merge never joins entities that their names or the gazetteer
            # say are different; the pair goes to the review queue instead
            ra = db.one("SELECT name, gazetteer_id, country FROM entities WHERE id = ?", (kept,))
            rb = db.one("SELECT name, gazetteer_id, country FROM entities WHERE id = ?", (merged,))
            why = conflict(ra[0], rb[0], ra[1], rb[1], ra[2], rb[2]) if ra and rb else None
            if why:
                self._queue_review("entity", kept, merged, 0.6, rule, f"{reason}; held back: {why}")
                return False
        for ka, kb, _st, sc, ru, evd in db.all(
            "SELECT a_id, b_id, status, score, rule, evidence FROM review_items "
            "WHERE kind = 'entity' AND status = 'open' AND (a_id = ? OR b_id = ?)",
            (merged, merged),
        ):
            other = kb if ka == merged else ka
            if other == kept:  # the pair itself is merged now
                db.execute(
                    "UPDATE review_items SET status = 'merged', decided_at = ? "
                    "WHERE kind = 'entity' AND a_id = ? AND b_id = ?",
                    (now(), ka, kb),
                )
                continue
            db.execute("DELETE FROM review_items WHERE kind = 'entity' AND a_id = ? AND b_id = ?", (ka, kb))
            self._queue_review("entity", kept, other, sc, ru, evd)
        # the events of the merged entity: only they can have become one with an event of the kept one
        moved = [
            r[0] for r in db.all("SELECT DISTINCT event_id FROM participants WHERE entity_id = ?", (merged,))
        ]
        for table, col in (
            ("doc_entities", "entity_id"),
            ("mentions", "entity_id"),
            ("figures", "entity_id"),
            ("participants", "entity_id"),
            ("roles", "person_id"),
            ("roles", "org_id"),
            ("events", "place_id"),
            ("event_sources", "place_id"),
        ):
            db.execute(f"UPDATE {table} SET {col} = ? WHERE {col} = ?", (kept, merged))
        a = db.one(
            "SELECT name, subtype, country, lat, lon, gazetteer_id FROM entities WHERE id = ?", (kept,)
        )
        b = db.one(
            "SELECT name, subtype, country, lat, lon, gazetteer_id FROM entities WHERE id = ?", (merged,)
        )
        if a and b:
            name = b[0] if is_acronym(a[0]) and not is_acronym(b[0]) else a[0]
            db.execute(
                "UPDATE entities SET name = ?, norm = ?, subtype = ?, country = ?, lat = ?, lon = ?, gazetteer_id = ? WHERE id = ?",
                (
                    name,
                    norm(name),
                    a[1] or b[1],
                    a[2] or b[2],
                    a[3] if a[3] is not None else b[3],
                    a[4] if a[3] is not None else b[4],
                    a[5] or b[5],
                    kept,
                ),
            )
        db.execute("DELETE FROM entities WHERE id = ?", (merged,))
        db.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (merged,))
        self._rebuild_entity(kept)
        db.execute(
            "INSERT INTO merges (kind, kept_id, merged_id, doc_id, name, reason, rule, created_at) "
            "VALUES ('entity', ?, ?, NULL, ?, ?, ?, ?)",
            (kept, merged, b[0] if b else None, reason, rule, now()),
        )
        self._recheck_events(moved)
        return True

    def _recheck_events(self, moved: list[int]) -> None:
        """After two entities became one, each event of the merged entity is resolved again against the
        catalogue's candidates (the indexed, blocked look-up that ingestion uses: compatible types,
        shared participants or name, agreeing dates). Events of the kept entity were resolved against
        each other already: the cost grows with the merged entity's events, not with the kept one's."""
        if not moved:
            return
        cat = self.catalog
        gone: set[int] = set()
        for a in sorted(cat._events(moved), key=lambda e: e.id):
            if a.id in gone:
                continue
            window = date_window(a.date, a.name, max(a.published) if a.published else None)
            cands = cat.event_candidates(
                a.participants, compatible_types(a.type), norm(a.name) if a.name else None, window
            )
            for b in sorted(cands, key=lambda e: e.id):
                if b.id == a.id or b.id in gone or a.doc_pks & b.doc_pks:
                    continue
                lo, hi = (a, b) if a.id < b.id else (b, a)
                m = same_event(lo, hi)
                if m is None:
                    continue
                self._merge_events(lo.id, hi.id, m.rule, f"after an entity merge: {m.reason}")
                lo.participants |= hi.participants
                lo.doc_pks |= hi.doc_pks
                lo.published |= hi.published
                gone.add(hi.id)
                a = lo

    def _merge_events(self, kept: int, merged: int, rule: str, reason: str) -> None:
        db = self.db
        db.execute("UPDATE event_sources SET event_id = ? WHERE event_id = ?", (kept, merged))
        db.execute("UPDATE participants SET event_id = ? WHERE event_id = ?", (kept, merged))
        db.execute("DELETE FROM event_sectors WHERE event_id = ?", (merged,))
        db.execute("DELETE FROM events WHERE id = ?", (merged,))
        for col in ("from_id", "to_id"):
            for (lid,) in db.all(f"SELECT id FROM event_links WHERE {col} = ?", (merged,)):
                try:
                    with db.savepoint():
                        db.execute(f"UPDATE event_links SET {col} = ? WHERE id = ?", (kept, lid))
                except Exception:  # the kept event has this link already
                    db.execute("DELETE FROM event_links WHERE id = ?", (lid,))
        db.execute("DELETE FROM event_links WHERE from_id = to_id")
        for ka, kb, sc, ru, evd in db.all(
            "SELECT a_id, b_id, score, rule, evidence FROM review_items "
            "WHERE kind = 'event' AND status = 'open' AND (a_id = ? OR b_id = ?)",
            (merged, merged),
        ):
            other = kb if ka == merged else ka
            if other == kept:
                db.execute(
                    "UPDATE review_items SET status = 'merged', decided_at = ? WHERE kind = 'event' AND a_id = ? "
                    "AND b_id = ?",
                    (now(), ka, kb),
                )
                continue
            db.execute("DELETE FROM review_items WHERE kind = 'event' AND a_id = ? AND b_id = ?", (ka, kb))
            self._queue_review("event", kept, other, sc, ru, evd)
        db.execute(
            "INSERT INTO merges (kind, kept_id, merged_id, doc_id, name, reason, rule, created_at) "
            "VALUES ('event', ?, ?, NULL, NULL, ?, ?, ?)",
            (kept, merged, reason, rule, now()),
        )
        self._refresh_event(kept)

    def _refresh_event(self, event_id: int, display_name: str | None = None) -> bool:
        """Recompute an event's date, status, place, name and sectors from its sources."""
        db = self.db
        rows = db.all(
            "SELECT date, status, place_id, name, sectors FROM event_sources WHERE event_id = ? ORDER BY id",
            (event_id,),
        )
        if not rows:
            db.execute("DELETE FROM events WHERE id = ?", (event_id,))
            db.execute("DELETE FROM event_sectors WHERE event_id = ?", (event_id,))
            db.execute("DELETE FROM event_links WHERE from_id = ? OR to_id = ?", (event_id, event_id))
            return False
        date = None
        for r in rows:
            date = rdates.more_precise(date, r[0]) if date else r[0]
        iv = rdates.interval(date)
        status = "done" if any((r[1] or "done") == "done" for r in rows) else "planned"
        place = next((r[2] for r in rows if r[2] is not None), None)
        sectors = sorted({s for r in rows for s in json.loads(r[4] or "[]")})
        current = db.one("SELECT name FROM events WHERE id = ?", (event_id,))
        name = (current[0] if current else None) or display_name
        db.execute(
            "UPDATE events SET date = ?, date_start = ?, date_end = ?, status = ?, place_id = ?, name = ?, sectors = ?, "
            "source_count = ? WHERE id = ?",
            (
                date,
                iv[0] if iv else None,
                iv[1] if iv else None,
                status,
                place,
                name,
                _j(sectors),
                len(rows),
                event_id,
            ),
        )
        db.execute("DELETE FROM event_sectors WHERE event_id = ?", (event_id,))
        db.executemany(
            "INSERT INTO event_sectors (event_id, sector) VALUES (?, ?)", [(event_id, s) for s in sectors]
        )
        db.execute(  # the most confident of its sources (NULL where none carries a confidence)
            "UPDATE events SET confidence = (SELECT MAX(confidence) FROM event_sources WHERE event_id = ?) WHERE id = ?",
            (event_id, event_id),
        )
        return True

    def _delete_facts(self, doc_pk: int) -> None:
        """Remove one document's facts (before it is replaced); entities and events left without a source go."""
        db = self.db
        entities = [
            r[0] for r in db.all("SELECT DISTINCT entity_id FROM doc_entities WHERE doc_pk = ?", (doc_pk,))
        ]
        events = [
            r[0] for r in db.all("SELECT DISTINCT event_id FROM event_sources WHERE doc_pk = ?", (doc_pk,))
        ]
        db.fts_delete_doc(doc_pk)
        db.execute("DELETE FROM search_rows WHERE doc_pk = ?", (doc_pk,))
        db.execute(
            "DELETE FROM participants WHERE source_id IN (SELECT id FROM event_sources WHERE doc_pk = ?)",
            (doc_pk,),
        )
        for table in (
            "mentions",
            "roles",
            "figures",
            "event_sources",
            "doc_entities",
            "doc_bands",
            "doc_signatures",
        ):
            db.execute(f"DELETE FROM {table} WHERE doc_pk = ?", (doc_pk,))
        db.execute("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of = ?", (doc_pk,))
        for ev in events:
            self._refresh_event(ev)
        for eid in entities:
            if not self._rebuild_entity(eid):
                db.execute("UPDATE events SET place_id = NULL WHERE place_id = ?", (eid,))
                db.execute("UPDATE event_sources SET place_id = NULL WHERE place_id = ?", (eid,))
                db.execute("UPDATE roles SET org_id = NULL WHERE org_id = ?", (eid,))


def entity_keys(etype: str, name: str, aliases: list[str]) -> list[tuple[str, str, str]]:
    """(kind, key, alias) rows under which an entity can be found."""
    rows: list[tuple[str, str, str]] = []
    names = [name, *(a for a in aliases if isinstance(a, str) and a.strip())]
    for i, n in enumerate(names):
        if etype == "organization" and is_acronym(n):
            rows.append(("acronym", acronym_key(n), n))
            continue
        k = norm(n)
        if not k:
            continue
        rows.append(("name" if i == 0 else "alias", k, n))
        if etype == "organization":
            rows.extend(("initials", ini, n) for ini in initials(n))
            head = variants.seat_stripped(n)
            if head:
                rows.append(("seat", norm(head), n))
            bk = variants.base_key(n)
            if bk and bk != k:
                rows.append(("base", bk, n))
            owner = variants.branch_owner(n)
            if owner:
                rows.append(("branch", norm(owner), n))
        if etype == "person" and i == 0 and len(k.split()) >= 2:
            rows.append(("surname", k.split()[-1], n))
    return rows


@dataclass
class _Batch:
    stack: ExitStack | None = None
    started: float = 0.0
    statuses: list[str] = field(default_factory=list)
    counts: dict[str, int] | None = None  # the summary's entity and event counts when the batch began
    stored: int = 0  # documents committed by this connection's loads
    next_analyze: int = ANALYZE_DOCS


_COUNTED = ("entities_created", "entities_merged", "events_created", "events_merged")


def _counts(summary: Summary) -> dict[str, int]:
    return {key: getattr(summary, key) for key in _COUNTED}


def _restore_counts(summary: Summary, counts: dict[str, int]) -> None:
    for key, value in counts.items():
        setattr(summary, key, value)


class _SearchRows:
    def __init__(self) -> None:
        self.rows: list[tuple[str, int, str]] = []

    def add(self, kind: str, ref_id: int, text: str, lemmas: str | None = None) -> None:
        if text and text.strip():
            self.rows.append((kind, ref_id, lemmas if lemmas is not None else lemma_string(text)))

    def write(self, db: Backend, doc_pk: int) -> None:
        db.search_insert(doc_pk, [(kind, ref_id or doc_pk, lemmas) for kind, ref_id, lemmas in self.rows])


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


def _doc_search_text(doc: Any, record: dict[str, Any]) -> str:
    return " ".join(x for x in (doc.title or record.get("title"), doc.text or "") if x)


def _retryable(exc: Exception) -> bool:
    text = str(exc).lower()
    return "locked" in text or "deadlock" in text or "serializ" in text


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
