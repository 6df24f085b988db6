"""Writing facts: a document's row (new, replaced, a near-duplicate), then its entities (resolved
against the catalogue), roles, events (resolved), links, figures and search rows."""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kooperacja.resolve import dates as rdates
from kooperacja.resolve import places as rplaces
from kooperacja.resolve.entities import canonical_entity, expected_lookups, resolve_entity
from kooperacja.resolve.events import (
    compatible_types,
    date_window,
    evidence_keys,
    reported_event,
    resolve_event,
    resolve_partial_event,
    same_event_again,
)
from kooperacja.resolve.links import FOUNDINGS, SIGNINGS, led_to, led_to_across
from kooperacja.resolve.model import DocContext
from kooperacja.resolve.names import norm
from kooperacja.store import dedup, places
from kooperacja.store.batching import Summary
from kooperacja.store.catalogue import StoreCatalog, _entity_order
from kooperacja.store.db import Backend, now
from kooperacja.store.lemmas import lemma_string


def content_hash(text: str) -> str:
    try:
        from kooperacja.documents.hashing import content_hash as _hash

        return _hash(text)
    except ImportError:  # pragma: no cover - until the readers land
        return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


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


PARTIALS_KEPT = 5000  # partial events of one ingest kept for a second try at its end
REMERGE_BLOCK = 200  # stored events whose candidates are looked up together when they are resolved again


class _SearchRows:
    def __init__(self) -> None:
        self.rows: list[tuple[str, int, str]] = []

    def add(self, kind: str, ref_id: int, text: str, lemmas: str | None = None) -> None:
        if text and text.strip():
            self.rows.append((kind, ref_id, lemmas if lemmas is not None else lemma_string(text)))

    def write(self, db: Backend, doc_pk: int) -> None:
        db.search_insert(doc_pk, [(kind, ref_id or doc_pk, lemmas) for kind, ref_id, lemmas in self.rows])


def _doc_search_text(doc: Any, record: dict[str, Any]) -> str:
    return " ".join(x for x in (doc.title or record.get("title"), doc.text or "") if x)


@dataclass
class _Doc:
    """One document being written: its keys, and its record's local entity ids as resolved so far."""

    pk: int
    id: str
    extractor: str | None
    summary: Summary
    search_rows: _SearchRows
    ctx: DocContext
    local: dict[str, tuple[int, int]] = field(default_factory=dict)  # local id → (doc entity id, entity id)
    names: dict[int, str] = field(default_factory=dict)  # entity id → the name this document gives it


class FactsMixin:
    """One document's transaction: its row and its facts."""

    db: Backend
    catalog: StoreCatalog
    _state_token: Callable[[], tuple[int, int] | None]
    _wrote: Callable[[], None]

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
        rows = self._known_documents(doc, h)
        if rows is None:
            rows, pending = self.db.all_pending(
                "SELECT id, doc_id, content_hash, extractor, source FROM documents "
                "WHERE source = ? OR doc_id = ? OR content_hash = ?",
                (doc.source, str(doc.doc_id), h),
                "documents",
            )
            # documents written in this transaction, not yet sent
            rows += [
                r for r in map(_document_row, pending) if _names_document(r, doc.source, str(doc.doc_id), h)
            ]
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

    def _block_from(self, doc: Any) -> list[tuple[Any, dict[str, Any]]] | None:
        """PostgreSQL, inside an open batch: the (Document, prepared) of the block being stored from `doc` on
        (`_ahead_docs`), or None when the look-ups of `doc` are to be made alone."""
        if not self.catalog.prefetches or self._batch_stack() is None:
            return None
        ahead = self.__dict__.get("_ahead_docs") or []
        at = next((i for i, (d, _) in enumerate(ahead) if d is doc), None)
        return None if at is None else ahead[at:]

    def _batch_stack(self) -> Any:
        batch = self.__dict__.get("_batch")
        return None if batch is None else batch.stack

    def _known_documents(self, doc: Any, h: str) -> list[tuple] | None:
        """The rows `_lookup`'s own query would read, from one query made for the documents of the rest of
        the block (PostgreSQL, inside the batch whose lock it was made under; the documents this writer
        stored since are added to it, a replaced document or a failed write drops it); None: not known."""
        pf = self.__dict__.get("_doc_pf")
        src, did = doc.source, str(doc.doc_id)
        if not (
            pf is not None
            and pf["stack"] is self._batch_stack()
            and pf["stack"] is not None
            and (src is None or src in pf["sources"])
            and did in pf["ids"]
            and (not h or h in pf["hashes"])
        ):
            todo = self._block_from(doc)
            if todo is None or len(todo) < 2:
                return None
            sources = sorted({d.source for d, _ in todo if d.source is not None})
            ids = sorted({str(d.doc_id) for d, _ in todo})
            hashes = sorted({p["hash"] for _, p in todo if p.get("hash")})
            if (src is not None and src not in sources) or did not in ids or (h and h not in hashes):
                return None
            rows, pending = self.db.all_pending(
                "SELECT id, doc_id, content_hash, extractor, source FROM documents "
                "WHERE source = ANY(?) OR doc_id = ANY(?) OR content_hash = ANY(?)",
                (sources, ids, hashes),
                "documents",
            )
            rows += map(_document_row, pending)
            pf = {
                "stack": self._batch_stack(),
                "rows": rows,
                "sources": set(sources),
                "ids": set(ids),
                "hashes": set(hashes),
            }
            self.__dict__["_doc_pf"] = pf
        return [r for r in pf["rows"] if _names_document(r, src, did, h)]

    def _known_bands(self, doc: Any, bands: list[tuple[int, int]]) -> list[tuple] | None:
        """The `doc_pk`s (as rows) of the near-duplicate bands' own query, from one query made for the
        documents of the rest of the block (as `_known_documents`); None: not known."""
        pf = self.__dict__.get("_band_pf")
        if not (
            pf is not None
            and pf["stack"] is self._batch_stack()
            and pf["stack"] is not None
            and all(b in pf["pairs"] for b in bands)
        ):
            todo = self._block_from(doc)
            if todo is None or len(todo) < 2 or any("sig" not in p for _, p in todo):
                return None
            pairs = {b for _, p in todo if p["sig"] is not None for b in dedup.bands(p["sig"])}
            if not all(b in pairs for b in bands):
                return None
            found, pending = self.db.all_pending(
                "SELECT band, bucket, doc_pk FROM doc_bands WHERE band = ANY(?) AND bucket = ANY(?)",
                (sorted({b for b, _ in pairs}), sorted({k for _, k in pairs})),
                "doc_bands",
            )
            found += [(p["band"], p["bucket"], p["doc_pk"]) for p in pending]
            by_pair: dict[tuple[int, int], set[int]] = {b: set() for b in pairs}
            for band, bucket, pk in found:
                if (band, bucket) in by_pair:
                    by_pair[(band, bucket)].add(int(pk))
            pf = {"stack": self._batch_stack(), "pairs": by_pair}
            self.__dict__["_band_pf"] = pf
        return [(pk,) for pk in sorted({pk for b in bands for pk in pf["pairs"][b]})]

    def _forget_block(self) -> None:
        """The documents and bands prefetched for the block are no longer what is stored."""
        self.__dict__.pop("_doc_pf", None)
        self.__dict__.pop("_band_pf", None)

    def _find_existing(self, doc: Any) -> tuple | None:
        return self._lookup(doc, "")[0]

    def _precheck(self, doc: Any, prep: dict[str, Any], reextract: bool) -> str | None:
        """'unchanged' / 'duplicate' when nothing is to be done (checked again inside the write)."""
        found = self._lookup(doc, prep["hash"])
        prep["looked_up"] = (found, self._state_token())
        existing, same_content, _taken = found
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
        looked = prep.pop("looked_up", None)
        token = self._state_token()
        if looked is not None and token is not None and looked[1] == token:
            existing, same_content, id_taken = looked[0]  # the pre-check's, made in this same state
        else:
            existing, same_content, id_taken = self._lookup(doc, h)
        self._wrote()
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
            self._forget_block()
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
            pf = self.__dict__.get("_doc_pf")
            if pf is not None:
                pf["rows"].append((doc_pk, doc_id, h, extractor, doc.source))

        # near-duplicates: LSH bands in the database, verified on the stored signatures
        original: int | None = None
        if sig is not None:
            bands = dedup.bands(sig)
            cand_rows: set[int] = set()
            if bands:
                known = self._known_bands(doc, bands)
                if known is not None:
                    found = known
                else:
                    cond = " OR ".join(["(band = ? AND bucket = ?)"] * len(bands))
                    found, pending = db.all_pending(
                        f"SELECT DISTINCT doc_pk FROM doc_bands WHERE {cond}",
                        [v for pair in bands for v in pair],
                        "doc_bands",
                    )
                    wanted = set(bands)
                    found += [(p["doc_pk"],) for p in pending if (p["band"], p["bucket"]) in wanted]
                for (pk,) in found:
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
            band_pf = self.__dict__.get("_band_pf")
            if band_pf is not None:
                for b in bands:
                    if b in band_pf["pairs"]:  # a pair not asked for stays unknown
                        band_pf["pairs"][b].add(doc_pk)

        stored = (values[4], values[6])  # published, text
        self._write_facts(doc_pk, doc_id, record, extractor, context, summary, original, search_rows, stored)
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
        stored: tuple[str | None, str],
    ) -> None:
        """A document's entities (resolved), roles, events (resolved) and their links, figures, search rows."""
        d = _Doc(
            doc_pk,
            doc_id,
            extractor,
            summary,
            search_rows,
            DocContext(doc_pk=doc_pk, doc_id=doc_id, text=context),
        )
        ents = [
            e for e in record.get("entities") or [] if isinstance(e, dict) and (e.get("name") or "").strip()
        ]
        self._prefetch_entities(record)
        self._write_entities(d, ents)
        self._write_roles(d, ents)
        stored_events = self._write_events(d, record, original, stored)
        self._write_links(d, stored_events, stored[1])
        self._write_figures(d, record)
        search_rows.write(self.db, doc_pk)

    def _for_resolution(
        self, ent: dict[str, Any]
    ) -> tuple[str, dict[str, Any], str | None, dict[str, Any] | None]:
        """(type, the entity as resolution gets it: its organisation's canonical name, the aliases no user
        split forbids; why it was renamed; its gazetteer entry when it is a place)."""
        etype = ent.get("type") if ent.get("type") in ("organization", "person", "place") else "organization"
        ent, renamed = canonical_entity({**ent, "type": etype})
        ent = {
            **ent,
            "type": etype,
            "aliases": self._allowed_aliases(etype, ent["name"], ent.get("aliases") or []),
        }
        gaz = places.lookup(ent["name"], ent.get("country"), ent.get("subtype")) if etype == "place" else None
        return etype, ent, renamed, gaz

    def _prefetch_entities(self, record: dict[str, Any]) -> None:
        """Before a document's entities are resolved: the catalogue look-ups of its entities and of those of
        the documents after it in the block being stored (`_ahead`), asked at once (PostgreSQL), unless they
        were asked since the catalogue last dropped its cached look-ups."""
        cat = self.catalog
        if not cat.prefetches:
            return
        done = self.__dict__.get("_prefetched")
        if done is not None and done[0] == cat.dropped and id(record) in done[1]:
            return
        ahead = self.__dict__.get("_ahead") or []
        at = next((i for i, r in enumerate(ahead) if r is record), None)
        todo = [record] if at is None else ahead[at:]
        calls: list[tuple] = []
        for rec in todo:
            for ent in rec.get("entities") or []:
                if isinstance(ent, dict) and (ent.get("name") or "").strip():
                    _, ent, _, gaz = self._for_resolution(ent)
                    calls += expected_lookups(ent, gaz["id"] if gaz else None)
        cat.prefetch(calls)
        self.__dict__["_prefetched"] = (cat.dropped, {id(r) for r in todo})

    def _write_entities(self, d: _Doc, ents: list[dict[str, Any]]) -> None:
        """Each entity resolved against the catalogue (organisations first, people with their affiliations)."""
        db, cat = self.db, self.catalog
        doc_pk, doc_id, extractor, summary = d.pk, d.id, d.extractor, d.summary
        search_rows, ctx, local, names = d.search_rows, d.ctx, d.local, d.names
        # affiliations of people (organisations are resolved before people)
        for ent in sorted(ents, key=_entity_order):
            lid = str(ent.get("id") or f"x{id(ent)}")
            etype, ent, renamed, gaz = self._for_resolution(ent)
            if etype == "person":
                ctx.affiliations[lid] = {
                    local[str(r.get("organization"))][1]
                    for r in ent.get("roles") or []
                    if isinstance(r, dict) and str(r.get("organization")) in local
                }
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
            cat.counted(eid)
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

    def _write_roles(self, d: _Doc, ents: list[dict[str, Any]]) -> None:
        db, doc_pk, extractor, local = self.db, d.pk, d.extractor, d.local
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

    def _write_events(
        self, d: _Doc, record: dict[str, Any], original: int | None, stored: tuple[str | None, str]
    ) -> list[dict[str, Any]]:
        """Each event resolved against the catalogue and stored with its source and participants."""
        db, cat = self.db, self.catalog
        doc_pk, doc_id, extractor, summary = d.pk, d.id, d.extractor, d.summary
        search_rows, ctx, local, names = d.search_rows, d.ctx, d.local, d.names
        # events
        prefer: list[int] | None = None
        if original is not None:
            prefer = [
                r[0]
                for r in db.all("SELECT DISTINCT event_id FROM event_sources WHERE doc_pk = ?", (original,))
            ]
        published, doc_text_full = stored  # as written to the document's row
        stored_events: list[dict[str, Any]] = []
        items = list(record.get("events") or [])
        n_events = len(items)  # then the partial events: only ever a further source of a stored event
        items += [p for p in record.get("partial_events") or [] if isinstance(p, dict)]
        mentioned = {e for _, e in local.values()}  # every entity of the document, for each of its events
        for i, ev in enumerate(items):
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
                prow = cat.entity_row(place[1])
                area = rplaces.area(prow[5], prow[2]) if prow else None
            near: list[tuple[int, float, str]] = []
            # what both resolvers read of this report's event
            report = reported_event(
                ev["type"],
                date,
                name,
                pset,
                doc_pk,
                place[1] if place else None,
                published,
                words,
                area,
                mentioned,
            )
            rejected = self._rejected_events(doc_id, i)
            if i >= n_events:
                evidence = " ".join(doc_text_full[a:b] for a, b in spans)
                event_id, rule, reason = resolve_partial_event(report, cat, evidence, rejected)
                if event_id is None:
                    self._defer_partial(d, i, ev, stored)
                    continue
            else:
                event_id, rule, reason = resolve_event(
                    report, cat, prefer, text_stems=ctx.stems, review=near, rejected=rejected
                )
            created = event_id is None
            sectors = sorted({s for s in ev.get("sectors") or [] if isinstance(s, str)})
            if event_id is None:
                # a new event's one source gives it its date, status, place, name, sectors and
                # confidence: what `_refresh_event` would read back, written at once
                iv = rdates.interval(date)
                event_id = db.insert(
                    "INSERT INTO events (type, date, status, created_at, date_start, date_end, place_id, name, "
                    "sectors, source_count, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        ev["type"],
                        date,
                        "done" if (ev.get("status") or "done") == "done" else "planned",
                        now(),
                        iv[0] if iv else None,
                        iv[1] if iv else None,
                        place[1] if place else None,
                        name,
                        _j(sectors),
                        1,
                        _confidence(ev),
                    ),
                )
                db.executemany(
                    "INSERT INTO event_sectors (event_id, sector) VALUES (?, ?)",
                    [(event_id, s) for s in sectors],
                )
                summary.events_created += 1
                self.__dict__.setdefault("_created_events", array("q")).append(event_id)
            else:
                summary.events_merged += 1
            source_id = db.insert(
                "INSERT INTO event_sources (event_id, doc_pk, local_index, type, date, status, place_id, place_de, name, "
                "sectors, evidence, rule, extractor, published, confidence, evidence_keys) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    _j(sectors),
                    _j(_spans(ev.get("evidence"))),
                    rule,
                    extractor,
                    published,
                    _confidence(ev),
                    " ".join(sorted(words)) if words else None,
                ),
            )
            for other, score, why in near:
                self._queue_review("event", event_id, other, score, "event_near_miss", why)
            if i < n_events:  # a partial event links nothing of its own
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
            # a new event's type and dates go with its participants; a stored one's are copied by the refresh
            ptype = pstart = pend = None
            if created:
                ptype, pstart, pend = ev["type"], iv[0] if iv else None, iv[1] if iv else None
            db.executemany(
                "INSERT INTO participants (event_id, source_id, entity_id, doc_entity_id, role, confidence, "
                "event_type, date_start, date_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (event_id, source_id, eid, de, role, conf, ptype, pstart, pend)
                    for eid, de, role, conf in parts
                ],
            )
            if not created:
                self._refresh_event(event_id, display_name=name)
            search_rows.add("event", source_id, " ".join([name or "", *(names.get(p[0], "") for p in parts)]))

        return stored_events

    def _defer_partial(self, d: _Doc, index: int, ev: dict[str, Any], stored: tuple[str | None, str]) -> None:
        """A partial event that found no stored event yet: tried again when the batch ends, since the
        report that names the actors may come later (`_retry_partial_events`)."""
        pending = self.__dict__.setdefault("_partials", [])
        if self.__dict__.get("_partials_retrying"):
            return
        pending.append((d, index, ev, stored))
        if len(pending) > PARTIALS_KEPT:
            del pending[: len(pending) - PARTIALS_KEPT]

    def _second_pass(self, summary: Summary) -> None:
        """When an ingest ends: each event it created is resolved once more against what is stored now
        (a report of a happening may have come before the reports that tie it to another's event), and
        then its deferred partial events are tried again. Each step in its own savepoint: one that fails
        changes nothing."""
        # the ids of the events created (8 bytes each: a long load holds millions)
        created, self.__dict__["_created_events"] = (
            self.__dict__.get("_created_events") or array("q"),
            array("q"),
        )
        for start in range(0, len(created), 500):
            self._batch_begin(summary)  # type: ignore[attr-defined]
            try:
                with self.db.savepoint():
                    self._recheck_created(created[start : start + 500].tolist())
            except Exception:  # noqa: BLE001 - the events stay as the first pass left them
                self.catalog.forget()
        self._retry_partial_events(summary)

    def _recheck_created(self, ids: list[int]) -> None:
        """Each of these events resolved once more against the catalogue's candidates (the indexed look-up
        of ingestion); the two become one where `same_event_again` says so and no user said otherwise."""
        cat = self.catalog

        def same(lo: Any, hi: Any) -> Any:
            m = same_event_again(lo, hi, cat)
            return None if m is None or self._rejected_pair(lo.id, hi.id) else m

        remerge_events(
            cat,
            cat.events_by_id(ids),
            same,
            lambda lo, hi, m: self._merge_events(lo, hi, m.rule, f"at the end of the ingest: {m.reason}"),  # type: ignore[attr-defined]
            skip_same_document=False,
        )

    def _rejected_pair(self, a: int, b: int) -> bool:
        """Did a user say that a report of one event is not the happening of the other?"""
        for x, y in ((a, b), (b, a)):
            for doc_id, index in self.db.all(
                "SELECT d.doc_id, s.local_index FROM event_sources s JOIN documents d ON d.id = s.doc_pk "
                "WHERE s.event_id = ?",
                (x,),
            ):
                if y in self._rejected_events(doc_id, int(index)):  # type: ignore[attr-defined]
                    return True
        return False

    def _retry_partial_events(self, summary: Summary) -> None:
        """The deferred partial events of this ingest, once more against all that is stored now (each
        in its own savepoint: one that fails changes nothing)."""
        pending, self.__dict__["_partials"] = self.__dict__.get("_partials") or [], []
        pending = [item for item in pending if item[0].pk is not None]
        if not pending:
            return
        self.__dict__["_partials_retrying"] = True
        try:
            self._batch_begin(summary)  # type: ignore[attr-defined]
            # which of their documents and entities are still stored, asked once for all of them (the
            # retries below add sources and participants only: they delete no document and no entity)
            try:
                alive = _Alive(
                    self.db,
                    [item[0].pk for item in pending],
                    [eid for item in pending for _, eid in item[0].local.values()],
                )
            except Exception:  # noqa: BLE001 - then each retry asks for its own
                alive = _Alive(self.db, [], [])
            for item in pending:
                self._batch_begin(summary)  # type: ignore[attr-defined]
                try:
                    with self.db.savepoint():
                        self._retry_partial(*item, alive=alive)
                except Exception:  # noqa: BLE001 - a second try that fails leaves the report as it was
                    self.catalog.forget()
        finally:
            self.__dict__["_partials_retrying"] = False

    def _retry_partial(
        self,
        d: _Doc,
        index: int,
        ev: dict[str, Any],
        stored: tuple[str | None, str],
        alive: _Alive,
    ) -> None:
        if not alive.document(d.pk):
            return
        # entities merged since: their records' ids lead to the entity kept
        for lid, (de, eid) in list(d.local.items()):
            seen = {eid}
            while not alive.entity(eid):
                kept = self.db.scalar(
                    "SELECT kept_id FROM merges WHERE kind = 'entity' AND merged_id = ? "
                    "ORDER BY id DESC LIMIT 1",
                    (eid,),
                )
                if kept is None or int(kept) in seen:
                    break
                eid = int(kept)
                seen.add(eid)
            d.local[lid] = (de, eid)
        d.search_rows = _SearchRows()
        self._write_events(d, {"events": [None] * index, "partial_events": [ev]}, None, stored)
        d.search_rows.write(self.db, d.pk)

    def _write_links(self, d: _Doc, stored_events: list[dict[str, Any]], doc_text_full: str) -> None:
        db, doc_id = self.db, d.id
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

    def _write_figures(self, d: _Doc, record: dict[str, Any]) -> None:
        db, doc_pk, extractor, local = self.db, d.pk, d.extractor, d.local
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


class _Alive:
    """Which of some documents and entities are stored, read in one query per table (in blocks) for the
    end-of-ingest retries; an id not asked about is looked up on its own (all of them, with no ids given)."""

    def __init__(self, db: Backend, doc_pks: list[int], entity_ids: list[int]) -> None:
        self.db = db
        self.docs, self.doc_asked = self._stored("documents", doc_pks), set(doc_pks)
        self.ents, self.ent_asked = self._stored("entities", entity_ids), set(entity_ids)

    def _stored(self, table: str, ids: list[int]) -> set[int]:
        out: set[int] = set()
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), 1000):
            part = wanted[start : start + 1000]
            out.update(
                int(r[0])
                for r in self.db.all(f"SELECT id FROM {table} WHERE id IN {self.db.in_list(part)}", part)
            )
        return out

    def document(self, pk: int) -> bool:
        if pk in self.doc_asked:
            return pk in self.docs
        return bool(self.db.scalar("SELECT 1 FROM documents WHERE id = ?", (pk,)))

    def entity(self, eid: int) -> bool:
        if eid in self.ent_asked:
            return eid in self.ents
        return bool(self.db.scalar("SELECT 1 FROM entities WHERE id = ?", (eid,)))


def remerge_events(
    cat: Any,
    events: Iterable[Any],
    same: Callable[[Any, Any], Any],
    merge: Callable[[int, int, Any], None],
    *,
    skip_same_document: bool,
) -> None:
    """Each of `events` (catalogue event candidates) resolved again against the catalogue's candidates (the
    indexed, blocked look-up of ingestion: compatible types, shared participants or name, agreeing dates);
    where `same(lower, higher)` gives a match, `merge(kept id, merged id, match)` makes them one and the kept
    candidate takes the merged one's parties, sources and words for the comparisons that follow."""
    gone: set[int] = set()
    ordered = sorted(events, key=lambda e: e.id)
    many = getattr(cat, "event_candidates_many", None)
    # the candidates of the next events, looked up together (dropped after a merge, which changes them)
    ahead: dict[int, list[Any]] = {}
    for n, a in enumerate(ordered):
        if a.id in gone:
            continue
        if many is None:
            cands = cat.event_candidates(*_candidate_query(a))
        else:
            if a.id not in ahead:
                block = [e for e in ordered[n : n + REMERGE_BLOCK] if e.id not in gone]
                ahead = dict(
                    zip([e.id for e in block], many([_candidate_query(e) for e in block]), strict=True)
                )
            cands = ahead.pop(a.id)
        for b in sorted(cands, key=lambda e: e.id):
            if b.id == a.id or b.id in gone or (skip_same_document and a.doc_pks & b.doc_pks):
                continue
            lo, hi = (a, b) if a.id < b.id else (b, a)
            m = same(lo, hi)
            if m is None:
                continue
            merge(lo.id, hi.id, m)
            ahead = {}
            lo.participants |= hi.participants
            lo.doc_pks |= hi.doc_pks
            lo.published |= hi.published
            lo.mentioned |= hi.mentioned
            lo.words |= hi.words
            lo.source_words = [*lo.source_words, *hi.source_words]
            gone.add(hi.id)
            a = lo


def _candidate_query(a: Any) -> tuple[set[int], list[str], str | None, tuple[str, str] | None]:
    """The arguments of the catalogue's event look-up for a stored event (`event_candidates`)."""
    window = date_window(a.date, a.name, max(a.published) if a.published else None)
    return set(a.participants), compatible_types(a.type), norm(a.name) if a.name else None, window


def _document_row(p: dict[str, Any]) -> tuple:
    """A document written in this transaction and not yet sent, as a row of `_lookup`'s query."""
    return (p["id"], p["doc_id"], p["content_hash"], p.get("extractor"), p.get("source"))


def _names_document(row: tuple, source: str | None, doc_id: str, h: str) -> bool:
    """The row (id, doc_id, content_hash, extractor, source) is the document's by its source, its doc_id or its
    content (`_lookup`'s condition)."""
    return (source is not None and row[4] == source) or row[1] == doc_id or bool(h and row[2] == h)
