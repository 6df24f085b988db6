"""Corrections: entities and events merged (by the resolver or a user), an entity split by its names,
and a document's facts deleted; the columns each of them rewrites come from `references`."""

from __future__ import annotations

import json
from typing import Any

from kooperacja.resolve import dates as rdates
from kooperacja.resolve.events import same_event
from kooperacja.resolve.guard import conflict
from kooperacja.resolve.names import is_acronym, norm
from kooperacja.store.catalogue import StoreCatalog
from kooperacja.store.db import Backend, now
from kooperacja.store.facts import _j, remerge_events
from kooperacja.store.references import (
    DOCUMENT_TABLES,
    EVENT_REFS,
    cleared_when_gone,
    moved_by_merge,
    moved_by_split,
)


class CorrectionsMixin:
    """Merge, split and delete."""

    db: Backend
    catalog: StoreCatalog

    # -- by a user ------------------------------------------------------------------------------------
    def merge(self, a: int, b: int, reason: str = "user") -> dict[str, Any]:
        """Merge entity `b` into `a` and remember it: later ingests put their names together."""
        db = self.db
        a, b = int(a), int(b)
        with db.transaction():
            ra = db.one("SELECT type, name, norm FROM entities WHERE id = ?", (a,))
            rb = db.one("SELECT type, name, norm FROM entities WHERE id = ?", (b,))
            if ra is None or rb is None:
                return {"ok": False, "error": f"no entity {a if ra is None else b}"}
            if a == b:
                return {"ok": False, "error": "the same entity"}
            if ra[0] != rb[0]:
                return {"ok": False, "error": f"different types: {ra[0]} and {rb[0]}"}
            names_a = self.catalog.full_names(a) | {ra[2]}
            names_b = self.catalog.full_names(b) | {rb[2]}
            for na in names_a:
                for nb in names_b:
                    db.execute(
                        "DELETE FROM corrections WHERE kind = 'split' AND entity_type = ? AND "
                        "((norm_a = ? AND norm_b = ?) OR (norm_a = ? AND norm_b = ?))",
                        (ra[0], na, nb, nb, na),
                    )
            db.execute(
                "INSERT INTO corrections (kind, entity_type, norm_a, norm_b, created_at) VALUES ('merge', ?, ?, ?, ?)",
                (ra[0], ra[2], rb[2], now()),
            )
            self.catalog.reset()
            self._merge_entities(a, b, "user", reason or "user")
        return {"ok": True, "kept": a, "merged": b, "entity": self._entity_brief(a)}

    def split(self, entity_id: int, reason: str = "user") -> dict[str, Any]:
        """Undo the merges of an entity: one entity per distinct full name seen in documents (acronym-only
        mentions stay with the main one), and remember that those names are different things."""
        db = self.db
        eid = int(entity_id)
        with db.transaction():
            row = db.one("SELECT type, name, norm, subtype, country FROM entities WHERE id = ?", (eid,))
            if row is None:
                return {"ok": False, "error": f"no entity {eid}"}
            etype, name, main_norm = row[0], row[1], row[2]
            groups: dict[str, list[tuple]] = {}
            for de in db.all(
                "SELECT id, name, norm, subtype, country FROM doc_entities WHERE entity_id = ? ORDER BY id",
                (eid,),
            ):
                key = "" if (etype == "organization" and is_acronym(de[1])) else de[2]
                groups.setdefault(key, []).append(de)
            named = [k for k in groups if k]
            if len(named) < 2:
                return {"ok": False, "error": f"entity {eid} ({name}) has only one name; nothing to split"}
            keep = main_norm if main_norm in groups else max(named, key=lambda k: len(groups[k]))
            # the decision first, so that rebuilt keys already leave out the names kept apart
            for i, ka in enumerate(named):
                for kb in named[i + 1 :]:
                    db.execute(
                        "DELETE FROM corrections WHERE kind = 'merge' AND entity_type = ? AND "
                        "((norm_a = ? AND norm_b = ?) OR (norm_a = ? AND norm_b = ?))",
                        (etype, ka, kb, kb, ka),
                    )
                    db.execute(
                        "INSERT INTO corrections (kind, entity_type, norm_a, norm_b, created_at) "
                        "VALUES ('split', ?, ?, ?, ?)",
                        (etype, ka, kb, now()),
                    )
            self.catalog.reset()
            created = []
            for key in named:
                if key == keep:
                    continue
                des = groups[key]
                first = des[0]
                new_id = db.insert(
                    "INSERT INTO entities (type, subtype, name, norm, country, doc_count, created_at) "
                    "VALUES (?, ?, ?, ?, ?, 0, ?)",
                    (etype, first[3] or row[3], first[1], key, first[4] or row[4], now()),
                )
                ids = [d[0] for d in des]
                marks = db.in_list(ids)
                for table, col, via in moved_by_split():
                    db.execute(f"UPDATE {table} SET {col} = ? WHERE {via} IN {marks}", (new_id, *ids))
                self._rebuild_entity(new_id)
                db.execute(
                    "INSERT INTO merges (kind, kept_id, merged_id, doc_id, name, reason, rule, created_at) "
                    "VALUES ('split', ?, ?, NULL, ?, ?, 'user', ?)",
                    (eid, new_id, first[1], reason or "user", now()),
                )
                created.append(new_id)
            self._rebuild_entity(eid)
            touched = [eid, *created]
            ev_ids = [
                r[0]
                for r in db.all(
                    f"SELECT DISTINCT event_id FROM event_sources WHERE place_id IN {db.in_list(touched)}",
                    touched,
                )
            ]
            for ev in ev_ids:
                self._refresh_event(ev)
        return {
            "ok": True,
            "kept": eid,
            "created": created,
            "entities": [self._entity_brief(i) for i in [eid, *created]],
        }

    def delete_document(self, doc_id: str) -> dict[str, Any]:
        """Delete a stored document: its facts go with it (the foreign keys cascade), and so do the
        entities and events that no other document states."""
        db = self.db
        with db.transaction():
            doc_pk = db.scalar("SELECT id FROM documents WHERE doc_id = ?", (str(doc_id),))
            if doc_pk is None:
                return {"ok": False, "error": f"no document {doc_id}"}
            self._delete_facts(int(doc_pk))
            db.execute("DELETE FROM documents WHERE id = ?", (doc_pk,))
        return {"ok": True, "deleted": str(doc_id)}

    # -- by the resolver and by both ------------------------------------------------------------------
    def _merge_entities(self, kept: int, merged: int, rule: str, reason: str) -> bool:
        """Merge entity `merged` into `kept`; False when the guard held the merge back."""
        db = self.db
        if kept == merged:
            return False
        self.catalog.forget()
        if rule != "user":
            # the guard: an automatic merge never joins entities that their names or the gazetteer
            # say are different; the pair goes to the review queue instead
            ra = db.one("SELECT name, gazetteer_id, country FROM entities WHERE id = ?", (kept,))
            rb = db.one("SELECT name, gazetteer_id, country FROM entities WHERE id = ?", (merged,))
            why = conflict(ra[0], rb[0], ra[1], rb[1], ra[2], rb[2]) if ra and rb else None
            if why:
                self._queue_review("entity", kept, merged, 0.6, rule, f"{reason}; held back: {why}")
                return False
        self._requeue_reviews("entity", kept, merged)
        # the events of the merged entity: only they can have become one with an event of the kept one
        moved = [
            r[0] for r in db.all("SELECT DISTINCT event_id FROM participants WHERE entity_id = ?", (merged,))
        ]
        for table, col in moved_by_merge():
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
        remerge_events(
            self.catalog,
            self.catalog._events(moved),
            same_event,
            lambda lo, hi, m: self._merge_events(lo, hi, m.rule, f"after an entity merge: {m.reason}"),
            skip_same_document=True,
        )

    def _merge_events(self, kept: int, merged: int, rule: str, reason: str) -> None:
        db = self.db
        for ref in EVENT_REFS:
            db.execute(f"UPDATE {ref.table} SET {ref.column} = ? WHERE {ref.column} = ?", (kept, merged))
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
        self._requeue_reviews("event", kept, merged)
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
        db.execute(  # the copies of the event's type and dates on its participant rows
            "UPDATE participants SET event_type = (SELECT type FROM events WHERE id = ?), date_start = ?, "
            "date_end = ? WHERE event_id = ?",
            (event_id, iv[0] if iv else None, iv[1] if iv else None, event_id),
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
        for table in DOCUMENT_TABLES:
            db.execute(f"DELETE FROM {table} WHERE doc_pk = ?", (doc_pk,))
        db.execute("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of = ?", (doc_pk,))
        for ev in events:
            self._refresh_event(ev)
        for eid in entities:
            if not self._rebuild_entity(eid):
                for table, col in cleared_when_gone():
                    db.execute(f"UPDATE {table} SET {col} = NULL WHERE {col} = ?", (eid,))
