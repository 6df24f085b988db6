"""Read side of the store: profiles, events, documents, search, statistics; and user corrections."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from typing import Any

from kooperacja.resolve.names import acronym_key, fold, is_acronym, norm
from kooperacja.store.db import Backend
from kooperacja.store.lemmas import query_groups, word_lemmas

EVENT_COLS = "ev.id, ev.type, ev.date, ev.status, ev.place_id, ev.name, ev.sectors, ev.source_count"


def _loads(value: str | None) -> Any:
    return json.loads(value) if value else []


# the facets a search can be narrowed by (the web's query parameters of the same names)
SEARCH_FILTERS = ("kind", "subtype", "sector", "year", "voivodeship", "event_type")


def search_filters(filters: dict[str, str | None]) -> dict[str, str | None]:
    """Every facet of SEARCH_FILTERS with its chosen value (None where not chosen); a name that is no facet
    is a TypeError, as an unknown keyword argument would be."""
    unknown = sorted(set(filters) - set(SEARCH_FILTERS))
    if unknown:
        raise TypeError(f"unknown search filter: {', '.join(unknown)}")
    return {k: filters.get(k) for k in SEARCH_FILTERS}


class QueryMixin:
    db: Backend

    def short_reads(self) -> None:
        """On PostgreSQL, the reads of `show`, `events` and `search` (and every read of the web app's
        connections) run without parallel workers (they are short: starting two workers cost more than
        they saved, e.g. a full-text match of a kind with no match at all: 11.6 ms with two workers,
        0.2 ms without), and with random reads priced as the cached pages they are (`random_page_cost`
        1.1 instead of 4: with 4, the planner read all 100,000 events and event sectors to join the 700
        events of an organisation, 60 and 37 ms, instead of looking them up by id, 17 and 16 ms)."""
        db = self.db
        conn = getattr(db, "conn", None)
        if db.dialect == "postgres" and getattr(self, "_short_reads_conn", None) is not conn:
            db.execute("SET max_parallel_workers_per_gather = 0")
            db.execute("SET random_page_cost = 1.1")
            self._short_reads_conn = conn

    # -- entities -------------------------------------------------------------------------------------
    def find_entities(
        self, name: str, limit: int = 10, type: str | None = None, fulltext: bool = True
    ) -> list[dict[str, Any]]:
        """Entities by id, exact name/alias/acronym, then name prefix, then (unless not `fulltext`) full text;
        most documents first."""
        self.short_reads()
        db = self.db
        name = (name or "").strip()
        if not name:
            return []
        ids: list[int] = []
        if name.isdigit():
            if db.scalar("SELECT 1 FROM entities WHERE id = ?", (int(name),)):
                ids.append(int(name))
        keys = [norm(name)]
        if is_acronym(name) or name.isupper():
            keys.append(acronym_key(name))
        rows = db.all(
            f"SELECT DISTINCT e.id, e.doc_count FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
            f"WHERE a.norm IN {db.in_list(keys)} ORDER BY e.doc_count DESC LIMIT ?",
            (*keys, limit * 3),
        )
        # an acronym's explicit owners before the entities whose initials merely give it
        ids += [r[0] for r in rows if r[0] not in ids]
        if len(ids) < limit:
            pattern = norm(name).replace("%", "").replace("_", "") + "%"
            for (eid,) in db.all(
                "SELECT id FROM entities WHERE norm LIKE ? ORDER BY doc_count DESC LIMIT ?", (pattern, limit)
            ):
                if eid not in ids:
                    ids.append(eid)
        if fulltext and len(ids) < limit:
            for r in self._search_entities(name, limit):
                if r not in ids:
                    ids.append(r)
        briefs = self._entity_briefs(ids)
        out = [briefs[i] for i in ids if i in briefs and (type is None or briefs[i]["type"] == type)]
        return out[:limit]

    def _entity_brief(self, eid: int) -> dict[str, Any] | None:
        row = self.db.one(
            "SELECT id, type, subtype, name, country, lat, lon, doc_count FROM entities WHERE id = ?", (eid,)
        )
        return None if row is None else _brief(row)

    def _entity_briefs(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        """Briefs of several entities in one query per 500 (by id; missing ones left out)."""
        out: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in self.db.all(
                "SELECT id, type, subtype, name, country, lat, lon, doc_count FROM entities "
                f"WHERE id IN {self.db.in_list(chunk)}",
                chunk,
            ):
                out[row[0]] = _brief(row)
        return out

    def aliases(self, eid: int) -> list[str]:
        row = self.db.one("SELECT name FROM entities WHERE id = ?", (eid,))
        canonical = row[0] if row else ""
        seen, out = {canonical}, []
        for (alias,) in self.db.all(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? AND kind IN ('name', 'alias', 'acronym') ORDER BY alias",
            (eid,),
        ):
            if alias not in seen:
                seen.add(alias)
                out.append(alias)
        return out

    # an entity's profile lists its latest events, figures and documents; the totals say how many there are
    PROFILE_EVENTS = 200
    PROFILE_FIGURES = 200
    PROFILE_PEOPLE = 200

    def entity(self, entity_id: int, events_limit: int | None = None) -> dict[str, Any] | None:
        """An entity's profile: its latest `events_limit` events (default PROFILE_EVENTS; `events_total`
        counts them all), sectors over all its events, figures, partners, people, documents, merges."""
        self.short_reads()
        db = self.db
        events_limit = self.PROFILE_EVENTS if events_limit is None else int(events_limit)
        brief = self._entity_brief(int(entity_id))
        if brief is None:
            return None
        eid = brief["id"]
        brief["aliases"] = self.aliases(eid)
        brief["figures"] = [
            {
                "metric": r[0],
                "value": r[1],
                "unit": r[2],
                "qualifier": r[3],
                "doc_id": r[4],
                "evidence": _loads(r[5]),
                "title": doc_title(r[6], r[7]),
            }
            for r in db.all(
                "SELECT f.metric, f.value, f.unit, f.qualifier, d.doc_id, f.evidence, d.title, "
                "SUBSTR(d.text, 1, 200) FROM figures f "
                "JOIN documents d ON d.id = f.doc_pk WHERE f.entity_id = ? ORDER BY f.metric, f.value DESC LIMIT ?",
                (eid, self.PROFILE_FIGURES),
            )
        ]
        brief["figures_total"] = (
            len(brief["figures"])
            if len(brief["figures"]) < self.PROFILE_FIGURES
            else int(db.scalar("SELECT COUNT(*) FROM figures WHERE entity_id = ?", (eid,), default=0) or 0)
        )
        # its events: those it took part in and those at it (a place); the latest ones read whole
        mine = "SELECT event_id FROM participants WHERE entity_id = ? UNION SELECT id FROM events WHERE place_id = ?"
        brief["events_total"] = int(db.scalar(f"SELECT COUNT(*) FROM ({mine}) t", (eid, eid), default=0) or 0)
        latest = [
            r[0]
            for r in db.all(
                f"SELECT ev.id FROM events ev WHERE ev.id IN ({mine}) "
                "ORDER BY ev.date IS NULL, ev.date DESC, ev.id DESC LIMIT ?",
                (eid, eid, events_limit),
            )
        ]
        timeline = self._events_by_ids(latest)
        timeline.sort(key=lambda e: (e["date"] or "9999", e["id"]))
        brief["events"] = timeline
        brief["sectors"] = [
            r[0]
            for r in db.all(
                f"SELECT sector, COUNT(*) FROM event_sectors WHERE event_id IN ({mine}) "
                "GROUP BY sector ORDER BY COUNT(*) DESC, sector",
                (eid, eid),
            )
        ]
        brief["partners"] = [
            {"id": r[0], "name": r[1], "type": r[2], "subtype": r[3], "shared_events": r[4]}
            for r in db.all(
                "SELECT e.id, e.name, e.type, e.subtype, COUNT(DISTINCT p2.event_id) AS n FROM participants p1 "
                "JOIN participants p2 ON p2.event_id = p1.event_id AND p2.entity_id <> p1.entity_id "
                "JOIN entities e ON e.id = p2.entity_id WHERE p1.entity_id = ? "
                "GROUP BY e.id, e.name, e.type, e.subtype ORDER BY n DESC, e.name LIMIT 100",
                (eid,),
            )
        ]
        if brief["type"] == "person":
            brief["roles"] = [
                {"title": r[0], "organization_id": r[1], "organization": r[2], "doc_id": r[3]}
                for r in db.all(
                    "SELECT DISTINCT r.title, r.org_id, e.name, d.doc_id FROM roles r JOIN documents d ON d.id = r.doc_pk "
                    "LEFT JOIN entities e ON e.id = r.org_id WHERE r.person_id = ?",
                    (eid,),
                )
            ]
        brief["people"] = [
            {"id": r[0], "name": r[1], "title": r[2]}
            for r in db.all(
                "SELECT DISTINCT e.id, e.name, r.title FROM roles r JOIN entities e ON e.id = r.person_id "
                "WHERE r.org_id = ? ORDER BY e.name, e.id, r.title LIMIT ?",
                (eid, self.PROFILE_PEOPLE),
            )
        ]
        brief["people_total"] = (
            len(brief["people"])
            if len(brief["people"]) < self.PROFILE_PEOPLE
            else int(
                db.scalar(
                    "SELECT COUNT(*) FROM (SELECT DISTINCT person_id, title FROM roles WHERE org_id = ?) t",
                    (eid,),
                    default=0,
                )
                or 0
            )
        )
        brief["documents"] = [
            {"doc_id": r[0], "title": doc_title(r[1], r[3]), "published": r[2]}
            for r in db.all(
                # the latest 200 documents (by when they were stored), listed by id
                "SELECT d.doc_id, d.title, d.published, SUBSTR(d.text, 1, 200) FROM documents d "
                "WHERE d.id IN (SELECT de.doc_pk FROM doc_entities de WHERE de.entity_id = ? "
                "ORDER BY de.doc_pk DESC LIMIT 200) ORDER BY d.doc_id",
                (eid,),
            )
        ]
        brief["merges"] = [
            {
                "kind": r[0],
                "merged_id": r[1],
                "doc_id": r[2],
                "name": r[3],
                "reason": r[4],
                "rule": r[5],
                "created_at": r[6],
            }
            for r in db.all(
                "SELECT kind, merged_id, doc_id, name, reason, rule, created_at FROM merges "
                "WHERE kept_id = ? AND kind IN ('entity', 'mention', 'split') ORDER BY id LIMIT 200",
                (eid,),
            )
        ]
        return brief

    # -- events ---------------------------------------------------------------------------------------
    def _events_by_ids(self, ids: list[int]) -> list[dict[str, Any]]:
        if not ids:
            return []
        db = self.db
        out: dict[int, dict[str, Any]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = db.in_list(chunk)
            for r in db.all(
                f"SELECT {EVENT_COLS}, pl.name, ev.confidence FROM events ev LEFT JOIN entities pl ON pl.id = ev.place_id "
                f"WHERE ev.id IN {marks}",
                chunk,
            ):
                out[r[0]] = {
                    "id": r[0],
                    "type": r[1],
                    "date": r[2],
                    "status": r[3],
                    "place_id": r[4],
                    "place": r[8],
                    "name": r[5],
                    "sectors": _loads(r[6]),
                    "sources": r[7],
                    "participants": [],
                    "confidence": r[9],
                }
            for ev, eid, name, role, etype, conf in db.all(
                f"SELECT DISTINCT p.event_id, p.entity_id, e.name, p.role, e.type, p.confidence FROM participants p "
                f"JOIN entities e ON e.id = p.entity_id WHERE p.event_id IN {marks} ORDER BY p.event_id, e.name",
                chunk,
            ):
                if ev in out:
                    parts = out[ev]["participants"]
                    same = [p for p in parts if p["entity_id"] == eid and p["role"] == role]
                    if not same:
                        parts.append(
                            {"entity_id": eid, "name": name, "role": role, "type": etype, "confidence": conf}
                        )
                    elif conf is not None and (same[0]["confidence"] is None or conf > same[0]["confidence"]):
                        same[0]["confidence"] = conf  # the most confident of its sources
        return [out[i] for i in ids if i in out]

    def _resolve_filter(self, value: Any, type: str | None = None) -> list[int]:
        if value is None or value == "":
            return []
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            return [int(value)]
        # the first hit: exact names and prefixes come before full-text hits, so the index is read only
        # when they give none (of the type)
        for fulltext in (False, True):
            found = [e["id"] for e in self.find_entities(str(value), limit=5, type=type, fulltext=fulltext)]
            if found:
                return found[:1]
        return [-1]

    def events(
        self,
        type: str | None = None,
        org: Any = None,
        sector: str | None = None,
        since: str | None = None,
        until: str | None = None,
        place: Any = None,
        limit: int = 100,
        offset: int = 0,
        min_confidence: float | None = None,
    ) -> list[dict[str, Any]]:
        """Events, newest first, filtered by type, participant, sector, date range, place and the learned
        confidence (events without one, from records that carry none, always pass)."""
        self.short_reads()
        where, params = event_filters(type, sector, since, until, ordered=True)
        where.insert(0, "1 = 1")
        if min_confidence is not None:
            where.append("(ev.confidence IS NULL OR ev.confidence >= ?)")
            params.append(float(min_confidence))
        if org not in (None, ""):
            ids = self._resolve_filter(org)
            where.append(
                f"ev.id IN (SELECT event_id FROM participants WHERE entity_id IN {self.db.in_list(ids)})"
            )
            params += ids
        if place not in (None, ""):
            ids = self._resolve_filter(place, type="place")
            marks = self.db.in_list(ids)
            where.append(
                f"(ev.place_id IN {marks} OR ev.id IN (SELECT event_id FROM participants WHERE entity_id IN {marks}))"
            )
            params += ids + ids
        rows = self.db.all(
            f"SELECT ev.id FROM events ev WHERE {' AND '.join(where)} "
            "ORDER BY ev.date_start IS NULL, ev.date_start DESC, ev.id DESC LIMIT ? OFFSET ?",
            (*params, int(limit), int(offset)),
        )
        return self._events_by_ids([r[0] for r in rows])

    def latest_events(self, limit: int = 10) -> list[dict[str, Any]]:
        return self.events(limit=limit)

    def event(self, event_id: int) -> dict[str, Any] | None:
        found = self._events_by_ids([int(event_id)])
        if not found:
            return None
        ev = found[0]
        sources = []
        for _sid, doc_id, title, url, evidence, text, rule, extractor in self.db.all(
            "SELECT s.id, d.doc_id, d.title, d.url, s.evidence, d.text, s.rule, s.extractor FROM event_sources s "
            "JOIN documents d ON d.id = s.doc_pk WHERE s.event_id = ? ORDER BY s.id",
            (ev["id"],),
        ):
            spans = _loads(evidence)
            sources.append(
                {
                    "doc_id": doc_id,
                    "title": doc_title(title, text[:200]),
                    "url": url,
                    "evidence": spans,
                    "evidence_text": " … ".join(text[s:e] for s, e in spans if 0 <= s < e <= len(text)),
                    "rule": rule,
                    "extractor": extractor,
                }
            )
        ev["sources"] = sources
        ev["merges"] = [
            {"merged_id": r[0], "doc_id": r[1], "reason": r[2], "rule": r[3]}
            for r in self.db.all(
                "SELECT merged_id, doc_id, reason, rule FROM merges WHERE kind = 'event' AND kept_id = ? ORDER BY id",
                (ev["id"],),
            )
        ]
        ev["links"] = self.event_links(ev["id"])  # type: ignore[attr-defined]
        return ev

    # -- documents ------------------------------------------------------------------------------------
    def document(self, doc_id: str) -> dict[str, Any] | None:
        db = self.db
        row = db.one(
            "SELECT id, doc_id, title, url, published, lang, text, source, content_hash, sectors, extractor, duplicate_of, "
            "similarity FROM documents WHERE doc_id = ?",
            (doc_id,),
        )
        if row is None:
            return None
        pk = row[0]
        dup = db.scalar("SELECT doc_id FROM documents WHERE id = ?", (row[11],)) if row[11] else None
        return {
            "doc_id": row[1],
            "title": doc_title(row[2], row[6][:200]),
            "url": row[3],
            "published": row[4],
            "lang": row[5],
            "text": row[6],
            "source": row[7],
            "content_hash": row[8],
            "sectors": _loads(row[9]),
            "extractor": row[10],
            "duplicate_of": dup,
            "similarity": row[12],
            "mentions": [
                {"start": r[0], "end": r[1], "entity_id": r[2], "type": r[3], "name": r[4]}
                for r in db.all(
                    "SELECT m.start_off, m.end_off, m.entity_id, e.type, e.name FROM mentions m "
                    "JOIN entities e ON e.id = m.entity_id WHERE m.doc_pk = ? ORDER BY m.start_off",
                    (pk,),
                )
            ],
            "evidence": [
                {"start": s, "end": e, "event_id": r[0], "type": r[1]}
                for r in db.all(
                    "SELECT event_id, type, evidence FROM event_sources WHERE doc_pk = ? ORDER BY id", (pk,)
                )
                for s, e in _loads(r[2])
            ],
            "entities": [
                {"entity_id": r[0], "name": r[1], "type": r[2], "local_name": r[3], "rule": r[4]}
                for r in db.all(
                    "SELECT de.entity_id, e.name, e.type, de.name, de.rule FROM doc_entities de "
                    "JOIN entities e ON e.id = de.entity_id WHERE de.doc_pk = ? ORDER BY de.id",
                    (pk,),
                )
            ],
            "events": [
                r[0] for r in db.all("SELECT DISTINCT event_id FROM event_sources WHERE doc_pk = ?", (pk,))
            ],
        }

    def documents(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return [
            {
                "doc_id": r[0],
                "title": doc_title(r[1], r[5]),
                "published": r[2],
                "url": r[3],
                "duplicate_of": r[4] is not None,
            }
            for r in self.db.all(
                "SELECT doc_id, title, published, url, duplicate_of, SUBSTR(text, 1, 200) FROM documents "
                "ORDER BY id LIMIT ? OFFSET ?",
                (limit, offset),
            )
        ]

    # -- search ---------------------------------------------------------------------------------------
    def _search_entities(self, q: str, limit: int) -> list[int]:
        groups = query_groups(q)
        if not groups:
            return []
        hits = self.db.fts_match(groups, ["entity"], limit * 10)
        ids = [h[1] for h in hits]
        if not ids:
            return []
        # two plain look-ups: joined, SQLite plans a long IN list badly (hundreds of ms for 2,000 ids)
        pairs = self.db.all(f"SELECT id, entity_id FROM doc_entities WHERE id IN {self.db.in_list(ids)}", ids)
        eids = sorted({p[1] for p in pairs})
        counts = dict(
            self.db.all(f"SELECT id, doc_count FROM entities WHERE id IN {self.db.in_list(eids)}", eids)
        )
        rows = [(de, eid, counts.get(eid, 0)) for de, eid in pairs]
        order = {i: n for n, i in enumerate(ids)}
        best: dict[int, tuple] = {}
        for de, eid, count in rows:
            key = (order[de], -count)
            if eid not in best or key < best[eid]:
                best[eid] = key
        return sorted(best, key=lambda e: best[e])[:limit]

    def search(self, q: str, limit: int = 20) -> dict[str, Any]:
        """Full text over documents and names, inflection-insensitive (lemmas on both sides)."""
        self.short_reads()
        out: dict[str, Any] = {"organizations": [], "people": [], "places": [], "events": [], "documents": []}
        groups = query_groups(q)
        if not groups:
            return out
        db = self.db
        found = self._search_entities(q, limit * 3)
        briefs = self._entity_briefs(found)
        for eid in found:
            brief = briefs.get(eid)
            if brief:
                bucket = {"organization": "organizations", "person": "people", "place": "places"}.get(
                    brief["type"]
                )
                if bucket and len(out[bucket]) < limit:
                    out[bucket].append(brief)
        src = [h[1] for h in db.fts_match(groups, ["event"], limit * 3)]
        if src:
            ev_ids = []
            for (ev,) in db.all(f"SELECT event_id FROM event_sources WHERE id IN {db.in_list(src)}", src):
                if ev not in ev_ids:
                    ev_ids.append(ev)
            out["events"] = self._events_by_ids(ev_ids[:limit])
        docs = [h[1] for h in db.fts_match(groups, ["document"], limit)]
        if docs:
            rows = {
                r[0]: r
                for r in db.all(
                    f"SELECT id, doc_id, title, published, url, text FROM documents WHERE id IN {db.in_list(docs)}",
                    docs,
                )
            }
            words = {fold(w) for g in groups for w in g}
            for pk in docs:
                if pk in rows:
                    r = rows[pk]
                    out["documents"].append(
                        {
                            "doc_id": r[1],
                            "title": doc_title(r[2], r[5][:200]),
                            "published": r[3],
                            "url": r[4],
                            "snippet": _snippet(r[5], words),
                        }
                    )
        return out

    # -- statistics -----------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        db = self.db
        return {
            "documents": db.scalar("SELECT COUNT(*) FROM documents", default=0),
            "near_duplicates": db.scalar(
                "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL", default=0
            ),
            "entities": db.scalar("SELECT COUNT(*) FROM entities", default=0),
            "entities_by_type": dict(
                db.all("SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY type")
            ),
            "organizations_by_subtype": {
                (k or "unknown"): v
                for k, v in db.all(
                    "SELECT subtype, COUNT(*) FROM entities WHERE type = 'organization' GROUP BY subtype ORDER BY 2 DESC"
                )
            },
            "events": db.scalar("SELECT COUNT(*) FROM events", default=0),
            "events_by_type": dict(db.all("SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY type")),
            "event_sources": db.scalar("SELECT COUNT(*) FROM event_sources", default=0),
            "figures": db.scalar("SELECT COUNT(*) FROM figures", default=0),
            "mentions": db.scalar("SELECT COUNT(*) FROM mentions", default=0),
            "merges": dict(db.all("SELECT kind, COUNT(*) FROM merges GROUP BY kind ORDER BY kind")),
            "corrections": db.scalar("SELECT COUNT(*) FROM corrections", default=0),
            "sectors": dict(
                db.all(
                    "SELECT sector, COUNT(*) FROM event_sectors GROUP BY sector ORDER BY COUNT(*) DESC, sector"
                )
            ),
            "extractors": dict(
                db.all(
                    "SELECT COALESCE(extractor, '-'), COUNT(*) FROM documents GROUP BY extractor ORDER BY 2 DESC"
                )
            ),
            "schema_version": db.scalar("SELECT MAX(version) FROM schema_version", default=0),
            "backend": db.dialect,
            "size_bytes": db.size_bytes(),
        }

    def merges(self, limit: int = 100) -> list[dict[str, Any]]:
        return [
            {
                "id": r[0],
                "kind": r[1],
                "kept_id": r[2],
                "merged_id": r[3],
                "doc_id": r[4],
                "name": r[5],
                "reason": r[6],
                "rule": r[7],
                "created_at": r[8],
            }
            for r in self.db.all(
                "SELECT id, kind, kept_id, merged_id, doc_id, name, reason, rule, created_at FROM merges "
                "ORDER BY id DESC LIMIT ?",
                (limit,),
            )
        ]


def _rows_once(db: Backend, kept: dict[str, Any], key: str, sql: str, params: list[Any]) -> list[tuple]:
    """The rows of `sql`, read once and kept in `kept[key]` (a counted search keeps its ordered hits with its
    counts, and each page of it is a slice)."""
    rows = kept.get(key)
    if rows is None:
        rows = kept[key] = db.all(sql, params)
    return rows


def _brief(row: tuple) -> dict[str, Any]:
    return {
        "id": row[0],
        "type": row[1],
        "subtype": row[2],
        "name": row[3],
        "country": row[4],
        "lat": row[5],
        "lon": row[6],
        "documents": row[7],
    }


def _snippet(text: str, words: set[str], width: int = 160) -> str:
    import re

    for m in re.finditer(r"\w+", text):
        w = fold(m.group(0))
        if w in words or any(w.startswith(x[:5]) for x in words if len(x) >= 5):
            start = max(0, m.start() - width // 3)
            return ("…" if start else "") + " ".join(text[start : start + width].split()) + "…"
    return " ".join(text[:width].split())


def event_filters(
    type: str | None, sector: str | None, since: str | None, until: str | None, ordered: bool = False
) -> tuple[list[str], list[Any]]:
    """SQL conditions on `events ev` for an event type, a sector and a date range (dates as written: a year or
    a month means all of it). `ordered`: for a list read newest first up to a limit, where the events are
    best read in the order of their index and tested against the sector (`+ev.id`: its events are not
    the ones to start from, which would sort all of them first)."""
    where: list[str] = []
    params: list[Any] = []
    if type:
        where.append("ev.type = ?")
        params.append(type)
    if sector:
        where.append(
            f"{'+' if ordered else ''}ev.id IN (SELECT event_id FROM event_sectors WHERE sector = ?)"
        )
        params.append(sector)
    if since:
        where.append("ev.date_end >= ?")
        params.append(since)
    if until:
        where.append("ev.date_start <= ?")
        params.append(until + "-99" if len(until) < 10 else until)
    return where, params


# -- lists with totals: events, search ------------------------------------------------------------------
# (the web app and the API page through these; every list answers its total and a histogram over all results)

DIACRITIC = re.compile(r"[^\x00-\x7f]")


def doc_title(title: str | None, head: str | None) -> str | None:
    """A document's title, or the first non-empty line of its text (a `.txt` article states its title there)."""
    if title and title.strip():
        return title.strip()
    for line in (head or "").splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= 160 else line[:157].rsplit(" ", 1)[0] + "…"
    return None


def diacritic_words(q: str) -> list[tuple[str, set[str]]]:
    """The query words written with diacritics, each with its folded lemma group: only they are strict."""
    out = []
    for w in re.findall(r"\w+", q):
        if DIACRITIC.search(w):
            out.append((w, set(word_lemmas(w))))
    return out


def keeps_diacritics(text: str, strict: list[tuple[str, set[str]]]) -> bool:
    """True when every strict query word occurs in `text` as a word with diacritics (any inflection):
    "ŁSSE" finds "ŁSSE" and "Łódź" finds "Łodzi", but neither finds "LSSE" or "Lodz"."""
    if not strict:
        return True
    # (only the few pieces with a letter outside ASCII are cut into words)
    words = {
        w for t in {t for t in text.split() if not t.isascii()} for w in _WORD.findall(t) if not w.isascii()
    }
    for _w, group in strict:
        if not any(not group.isdisjoint(word_lemmas(t)) for t in words):
            return False
    return True


_WORD = re.compile(r"\w+")


def highlight_parts(text: str, groups: list[list[str]], width: int = 220) -> list[list[Any]]:
    """A window of `text` around the first matching word, as [[piece, matched?], …] (for <mark>)."""
    text = " ".join((text or "").split())
    if not text:
        return []
    wanted = [set(g) for g in groups]
    spans = []
    for m in re.finditer(r"\w+", text):
        lem = set(word_lemmas(m.group(0)))
        if any(lem & g for g in wanted):
            spans.append((m.start(), m.end()))
    start = 0
    if spans and len(text) > width:
        start = max(0, spans[0][0] - width // 3)
        if start:
            sp = text.find(" ", start)
            start = sp + 1 if 0 <= sp < spans[0][0] else start
    end = min(len(text), start + width)
    if end < len(text):
        sp = text.rfind(" ", start, end)
        if sp > start:
            end = sp
    parts: list[list[Any]] = []
    if start:
        parts.append(["…", False])
    pos = start
    for s, e in spans:
        if s < pos or e > end:
            continue
        if s > pos:
            parts.append([text[pos:s], False])
        parts.append([text[s:e], True])
        pos = e
    if pos < end:
        parts.append([text[pos:end], False])
    if end < len(text):
        parts.append(["…", False])
    return parts


class ListMixin:
    """Events and search as pages of a whole: `{items, total, …}` with facets/histograms over all results."""

    db: Backend

    def event_conditions(
        self,
        types: list[str] | None = None,
        sector: str | None = None,
        since: str | None = None,
        until: str | None = None,
        orgs: list[int] | None = None,
        place: int | None = None,
        kinds: list[str] | None = None,
        region: str | None = None,
        min_confidence: float | None = None,
    ) -> tuple[list[str], list[Any]]:
        """SQL conditions on `events ev`: any of `types`, a sector, a date range, any of the organisations
        `orgs` as participant, a place (the event's or a participant), a participant of any organisation
        kind in `kinds`, a place inside `region` (a gazetteer id, by containment), a least learned
        confidence (events without one, from records that carry none, always pass)."""
        db = self.db
        where, params = event_filters(None, sector, since, until)
        if min_confidence is not None:
            where.append("(ev.confidence IS NULL OR ev.confidence >= ?)")
            params.append(float(min_confidence))
        if types:
            where.append(f"ev.type IN {db.in_list(types)}")
            params += list(types)
        if orgs:
            where.append(
                f"ev.id IN (SELECT event_id FROM participants WHERE entity_id IN {db.in_list(orgs)})"
            )
            params += list(orgs)
        if place is not None:
            where.append(
                "(ev.place_id = ? OR ev.id IN (SELECT event_id FROM participants WHERE entity_id = ?))"
            )
            params += [place, place]
        if kinds:
            where.append(
                "ev.id IN (SELECT p.event_id FROM participants p JOIN entities e ON e.id = p.entity_id "
                f"WHERE e.type = 'organization' AND e.subtype IN {db.in_list(kinds)})"
            )
            params += list(kinds)
        if region:
            from kooperacja.store.regions import place_ids_in

            ids = place_ids_in(db, region) or [-1]
            marks = db.in_list(ids)
            where.append(
                f"(ev.place_id IN {marks} OR ev.id IN (SELECT event_id FROM participants WHERE entity_id IN {marks}))"
            )
            params += ids + ids
        return where, params

    def event_counts(self, **filters: Any) -> dict[str, Any]:
        """{total, per_year} of the events matching `filters` (one GROUP BY by year)."""
        where, params = self.event_conditions(**filters)
        cond = " AND ".join(where) if where else "1 = 1"
        per_year = {
            (y or ""): int(n)
            for y, n in self.db.all(
                f"SELECT SUBSTR(ev.date_start, 1, 4), COUNT(*) FROM events ev WHERE {cond} GROUP BY 1", params
            )
        }
        return {"total": sum(per_year.values()), "per_year": per_year}

    def event_page(
        self, limit: int = 100, offset: int = 0, counts: dict[str, Any] | None = None, **filters: Any
    ) -> dict[str, Any]:
        """{items, total, per_year} of the events matching `filters` (see `event_conditions`), newest first.
        `counts`: what `event_counts` gave for the same filters (a caller that keeps them reads only the
        page's rows)."""
        if counts is None:
            counts = self.event_counts(**filters)
        total, per_year = counts["total"], counts["per_year"]
        where, params = self.event_conditions(**filters)
        cond = " AND ".join(where) if where else "1 = 1"
        rows = self.db.all(
            f"SELECT ev.id FROM events ev WHERE {cond} "
            "ORDER BY ev.date_start IS NULL, ev.date_start DESC, ev.id DESC LIMIT ? OFFSET ?",
            (*params, int(limit), int(offset)),
        )
        items = self._events_by_ids([r[0] for r in rows])  # type: ignore[attr-defined]
        texts = self.event_texts([e["id"] for e in items])
        for e in items:
            t = texts.get(e["id"]) or {}
            e["evidence"] = t.get("evidence")
            e["what"] = t.get("name") or t.get("evidence")
        return {"items": items, "total": int(total or 0), "per_year": dict(per_year)}

    def event_whats(self, ids: list[int], width: int = 180) -> dict[int, str]:
        """One line per event saying what it was about: its name, else its first evidence sentence, trimmed."""
        return {i: t["name"] or t["evidence"] for i, t in self.event_texts(ids, width).items()}

    def event_texts(self, ids: list[int], width: int = 180) -> dict[int, dict[str, str | None]]:
        """{event id: {name, evidence}}: the event's name and its first evidence sentence (trimmed)."""
        if not ids:
            return {}
        db = self.db
        out: dict[int, dict[str, str | None]] = {}
        first: dict[int, tuple[int, list[Any]]] = {}
        for ev, doc_pk, evidence, name in db.all(
            f"SELECT event_id, doc_pk, evidence, name FROM event_sources WHERE event_id IN {db.in_list(ids)} "
            "ORDER BY id",
            ids,
        ):
            entry = out.setdefault(ev, {"name": None, "evidence": None})
            entry["name"] = entry["name"] or name
            if ev not in first:
                spans = [
                    x for x in _loads(evidence) if isinstance(x, list | tuple) and len(x) == 2 and x[1] > x[0]
                ]
                if spans:
                    first[ev] = (doc_pk, spans[0])
        # the evidence sentences cut in SQL, a few hundred in one statement (one look-up per event was a
        # round trip each)
        items = list(first.items())
        for start in range(0, len(items), 300):
            chunk = items[start : start + 300]
            values = ", ".join(
                ["(CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER))"]
                * len(chunk)
            )
            params: list[Any] = []
            for ev, (doc_pk, (s, e)) in chunk:
                params += [ev, doc_pk, s + 1, e - s]
            for ev, text in db.all(
                f"WITH v(ev, pk, pos, len) AS (VALUES {values}) "
                "SELECT v.ev, SUBSTR(d.text, v.pos, v.len) FROM v JOIN documents d ON d.id = v.pk",
                params,
            ):
                text = " ".join((text or "").split())
                if len(text) > width:
                    text = text[: width - 1].rsplit(" ", 1)[0] + "…"
                out[ev]["evidence"] = text or None
        return out

    def event_years(self) -> list[str]:
        return [
            r[0]
            for r in self.db.all(
                "SELECT DISTINCT SUBSTR(date_start, 1, 4) FROM events WHERE date_start IS NOT NULL ORDER BY 1 DESC"
            )
        ]

    # hits per kind taken from the index (the total says "at least" when a kind reaches it)
    SEARCH_CAP = 500

    def search_page(
        self,
        q: str,
        limit: int = 20,
        offset: int = 0,
        org_voivodeships: dict[int, str | None] | None = None,
        counts: dict[str, Any] | None = None,
        **filters: str | None,
    ) -> dict[str, Any]:
        """Organisations, people, places, events and documents matching `q` (any inflection; diacritics
        folded only for query words written without them; sector words find the events of the sector),
        as one ranked list: {items, total, facets, capped}. `filters`: the chosen facets (SEARCH_FILTERS;
        None or absent where not chosen). Each facet counts the hits that pass the other chosen facet
        filters, so the `kind` counts add up to the total when no kind is chosen. `org_voivodeships`: the
        voivodeship of organisations' seats (analysis.seats), for the voivodeship facet. `counts`: what
        `search_counts` gave for the same query and filters (a caller that keeps them reads only the
        page's rows)."""
        chosen = search_filters(filters)
        groups = query_groups(q)
        if not groups:
            return {"items": [], "total": 0, "facets": {}, "capped": False}
        if diacritic_words(q):
            # words with diacritics must be in the hit as written: tested on each hit's text (a capped list)
            return self._search_page_listed(q, groups, limit, offset, chosen, org_voivodeships, counts)
        if counts is None:
            counts = self._search_counts(q, groups, chosen, org_voivodeships)
        return self._search_page_counted(groups, limit, offset, chosen, counts)

    def search_counts(
        self, q: str, org_voivodeships: dict[int, str | None] | None = None, **filters: str | None
    ) -> dict[str, Any] | None:
        """The totals and facets of a search (for `search_page(..., counts=)`; for a query with diacritics,
        whose hits are tested one by one, the list of its hits too); None where the query has no words.
        `filters` as for `search_page`."""
        chosen = search_filters(filters)
        groups = query_groups(q)
        if not groups:
            return None
        if diacritic_words(q):
            return self._search_listed(q, groups, chosen, org_voivodeships)
        return self._search_counts(q, groups, chosen, org_voivodeships)

    def _search_sql(
        self, groups: list[list[str]], parts: Any = None
    ) -> tuple[str, list[Any], str, list[Any]]:
        """Subqueries of the ids of the matching events (evidence or a sector the query names) and of the
        matching documents, with their parameters."""
        (fts_ev, ev_params), sectors, (fts_doc, doc_params) = parts or self._search_parts(groups)
        ev_sql = (
            "SELECT es.event_id FROM search_rows r JOIN event_sources es ON es.id = r.ref_id "
            f"WHERE r.id IN ({fts_ev})"
        )
        if sectors:
            ev_sql += f" UNION SELECT event_id FROM ({sectors[0]}) s"
            ev_params = [*ev_params, *sectors[1]]
        return ev_sql, ev_params, f"SELECT ref_id FROM search_rows WHERE id IN ({fts_doc})", doc_params

    # a counted search counts at most this many of the most recent matching rows of each kind (and events
    # of the sectors a query names); beyond it the total says "at least" (`capped`)
    SEARCH_COUNT_CAP = 2000

    def _search_parts(
        self, groups: list[list[str]]
    ) -> tuple[tuple[str, list[Any]], tuple[str, list[Any]] | None, tuple[str, list[Any]]]:
        """The capped subqueries of a counted search: matching event rows, the events of the sectors the
        query names (None when it names none), matching document rows."""
        db = self.db
        cap = int(self.SEARCH_COUNT_CAP)
        fts_ev, ev_params = self._fts_rows_sql(groups, "event")
        fts_doc, doc_params = self._fts_rows_sql(groups, "document")
        codes = sector_codes_named(groups)
        sectors = (
            (
                f"SELECT event_id FROM event_sectors WHERE sector IN {db.in_list(codes)} "
                f"ORDER BY event_id DESC LIMIT {cap}",
                list(codes),
            )
            if codes
            else None
        )
        latest = getattr(db, "fts_latest", None)
        if latest is not None:
            # PostgreSQL: the ids themselves, found newest first (as the ranking window is); in SQL, the
            # planner read a word absent from events by scanning every search row backwards for one, the
            # 533,000 rows of 100,000 documents (0.6 s, four times for the first page of a search)
            return (
                ("SELECT UNNEST(CAST(? AS BIGINT[])) AS rowid", [latest(groups, "event", cap)]),
                sectors,
                ("SELECT UNNEST(CAST(? AS BIGINT[])) AS rowid", [latest(groups, "document", cap)]),
            )
        return (
            (f"{fts_ev} ORDER BY rowid DESC LIMIT {cap}", ev_params),
            sectors,
            (f"{fts_doc} ORDER BY rowid DESC LIMIT {cap}", doc_params),
        )

    def _search_reached_cap(self, groups: list[list[str]], parts: Any = None) -> bool:
        """True when a counted search's subqueries reached SEARCH_COUNT_CAP (its total is a lower bound)."""
        for part in parts or self._search_parts(groups):
            if part and int(self.db.scalar(f"SELECT COUNT(*) FROM ({part[0]}) t", part[1]) or 0) >= int(
                self.SEARCH_COUNT_CAP
            ):
                return True
        return False

    def _search_entity_hits(
        self, q: str, strict: list[tuple[str, set[str]]], org_voivodeships: dict[int, str | None] | None
    ) -> tuple[list[dict[str, Any]], bool]:
        """Entities matching `q` as search hits (exact names and acronyms first, then the index)."""
        from kooperacja.store.regions import ancestors

        db = self.db
        cap = self.SEARCH_CAP
        hits: list[dict[str, Any]] = []
        # (the full-text ones come from the wider search below: asking find_entities for them too read the
        # index twice)
        ent_ids = [e["id"] for e in self.find_entities(q, limit=20, fulltext=False)]  # type: ignore[attr-defined]
        more = self._search_entities(q, cap)  # type: ignore[attr-defined]
        capped = len(more) >= cap
        have = set(ent_ids)
        ent_ids += [i for i in more if i not in have]
        briefs = self._entity_briefs(ent_ids)  # type: ignore[attr-defined]
        aliases: dict[int, list[str]] = {}
        if strict and ent_ids:
            for eid, alias in db.all(
                f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN {db.in_list(ent_ids)}",
                ent_ids,
            ):
                aliases.setdefault(eid, []).append(alias)
        gaz = (
            dict(db.all(f"SELECT id, gazetteer_id FROM entities WHERE id IN {db.in_list(ent_ids)}", ent_ids))
            if ent_ids
            else {}
        )
        for eid in ent_ids:
            b = briefs.get(eid)
            if not b:
                continue
            if strict and not keeps_diacritics(" ".join([b["name"], *aliases.get(eid, [])]), strict):
                continue
            voiv = [a for a in ancestors(gaz.get(eid)) if a.startswith("pl-reg:")]
            if (gaz.get(eid) or "").startswith("pl-reg:"):
                voiv = [gaz[eid]]
            if b["type"] == "organization" and org_voivodeships and org_voivodeships.get(eid):
                voiv = [org_voivodeships[eid]]
            hits.append(
                {
                    "kind": b["type"],
                    "id": eid,
                    "name": b["name"],
                    "subtype": b["subtype"],
                    "country": b["country"],
                    "documents": b["documents"],
                    "sectors": [],
                    "year": None,
                    "voivodeship": voiv[0] if voiv else None,
                    "event_type": None,
                    "text": None,
                }
            )
        return hits, capped

    def _fts_rows_sql(self, groups: list[list[str]], kind: str) -> tuple[str, list[Any]]:
        """A subquery of the ids of the search rows of `kind` matching `groups` (every match, unranked)."""
        if self.db.dialect == "postgres":
            expr = " & ".join("(" + " | ".join(f"'{w}'" for w in g) + ")" for g in groups)
            # one full-text table per kind (migration 014)
            return f"SELECT rowid FROM search_fts_{kind} WHERE tsv @@ to_tsquery('simple', ?)", [expr]
        words = " AND ".join("(" + " OR ".join(f'"{w}"' for w in g) + ")" for g in groups)
        table = f"search_fts_{kind}"  # one full-text table per kind (migration 012)
        return f"SELECT rowid FROM {table} WHERE {table} MATCH ?", [words]

    def _search_counts(
        self,
        q: str,
        groups: list[list[str]],
        chosen: dict[str, str | None],
        org_voivodeships: dict[int, str | None] | None,
    ) -> dict[str, Any]:
        """Every matching event and document counted in SQL: hits grouped by the facets' values (a few
        hundred groups, whatever the number of hits) and the facets counted over the groups. Returns
        {total, facets, capped, entities (the entity hits that pass the filters), events, documents
        (how many pass), voiv (place id -> voivodeship)}."""
        from kooperacja.store.regions import ancestors

        db = self.db
        ent_hits, capped = self._search_entity_hits(q, [], org_voivodeships)
        # the capped subqueries, made once for the counts and kept with them for the pages
        parts = self._search_parts(groups)
        ev_sql, ev_params, doc_sql, doc_params = self._search_sql(groups, parts)
        # events grouped by type, year and place (the place gives the voivodeship)
        ev_groups = db.all(
            f"SELECT ev.type, SUBSTR(ev.date, 1, 4), ev.place_id, COUNT(*) FROM events ev WHERE ev.id IN ({ev_sql}) "
            "GROUP BY ev.type, SUBSTR(ev.date, 1, 4), ev.place_id",
            ev_params,
        )
        places = sorted({g[2] for g in ev_groups if g[2] is not None})
        pgaz = (
            dict(db.all(f"SELECT id, gazetteer_id FROM entities WHERE id IN {db.in_list(places)}", places))
            if places
            else {}
        )

        def voiv_of(place_id: int | None) -> str | None:
            g = pgaz.get(place_id) or ""
            if g.startswith("pl-reg:"):
                return g
            return next((a for a in ancestors(g) if a.startswith("pl-reg:")), None)

        voiv = {p: voiv_of(p) for p in places}
        sector = chosen["sector"]
        if sector:  # the groups of the events that have the sector
            sec_groups = db.all(
                f"SELECT ev.type, SUBSTR(ev.date, 1, 4), ev.place_id, COUNT(*) FROM events ev WHERE ev.id IN ({ev_sql}) "
                "AND ev.id IN (SELECT event_id FROM event_sectors WHERE sector = ?) "
                "GROUP BY ev.type, SUBSTR(ev.date, 1, 4), ev.place_id",
                [*ev_params, sector],
            )
        else:
            sec_groups = ev_groups
        # documents grouped by year and sectors
        doc_groups = db.all(
            f"SELECT SUBSTR(published, 1, 4), sectors, COUNT(*) FROM documents WHERE id IN ({doc_sql}) GROUP BY 1, 2",
            doc_params,
        )
        # every hit group as (values, count); a group passes a facet filter or not as a whole
        rows: list[tuple[dict[str, Any], int]] = [
            (
                {
                    "kind": h["kind"],
                    "subtype": h["subtype"],
                    "sectors": (),
                    "year": None,
                    "voivodeship": h["voivodeship"],
                    "event_type": None,
                },
                1,
            )
            for h in ent_hits
        ]
        for etype, y, place, n in sec_groups:
            # the sector filter is applied in SQL to these groups: they pass it
            rows.append(
                (
                    {
                        "kind": "event",
                        "subtype": None,
                        "sectors": (sector,) if sector else (),
                        "year": y or None,
                        "voivodeship": voiv.get(place),
                        "event_type": etype,
                    },
                    int(n),
                )
            )
        for y, secs, n in doc_groups:
            rows.append(
                (
                    {
                        "kind": "document",
                        "subtype": None,
                        "sectors": tuple(_loads(secs) or ()),
                        "year": y or None,
                        "voivodeship": None,
                        "event_type": None,
                    },
                    int(n),
                )
            )

        def passes(h: dict[str, Any], key: str, value: str) -> bool:
            return value in h["sectors"] if key == "sector" else h.get(key) == value

        active = [(k, v) for k, v in chosen.items() if v]
        failed = [[k for k, v in active if not passes(h, k, v)] for h, _n in rows]
        facets: dict[str, Counter[str]] = {}
        for name in chosen:
            counts: Counter[str] = Counter()
            if name == "sector":
                continue
            for (h, n), fails in zip(rows, failed, strict=True):
                if (not fails or fails == [name]) and h.get(name):
                    counts[h[name]] += n
            facets[name] = counts
        # the sector facet: each hit counted under each of its sectors, over the hits that pass the other
        # filters (the events' sectors from their own table)
        counts = Counter()
        others = {k: v for k, v in active if k != "sector"}
        for (h, n), fails in zip(rows, failed, strict=True):
            if h["kind"] == "document" and not [f for f in fails if f != "sector"]:
                for code in set(h["sectors"]):
                    counts[code] += n
        if others.get("kind") in (None, "event") and not others.get("subtype"):
            where, params = [f"es.event_id IN ({ev_sql})"], list(ev_params)
            if others.get("event_type"):
                where.append("ev.type = ?")
                params.append(others["event_type"])
            if others.get("year"):
                where.append("SUBSTR(ev.date, 1, 4) = ?")
                params.append(others["year"])
            if others.get("voivodeship"):
                in_v = [p for p, v in voiv.items() if v == others["voivodeship"]] or [-1]
                where.append(f"ev.place_id IN {db.in_list(in_v)}")
                params += in_v
            for code, n in db.all(
                "SELECT es.sector, COUNT(*) FROM event_sectors es JOIN events ev ON ev.id = es.event_id "
                f"WHERE {' AND '.join(where)} GROUP BY es.sector",
                params,
            ):
                counts[code] += int(n)
        facets["sector"] = counts
        facets = {k: facets[k] for k in chosen}
        n_ent = [h for h, fails in zip(ent_hits, failed[: len(ent_hits)], strict=True) if not fails]
        n_ev = sum(
            n for (h, n), fails in zip(rows, failed, strict=True) if not fails and h["kind"] == "event"
        )
        n_doc = sum(
            n for (h, n), fails in zip(rows, failed, strict=True) if not fails and h["kind"] == "document"
        )
        return {
            "total": len(n_ent) + n_ev + n_doc,
            "facets": {k: dict(v.most_common()) for k, v in facets.items()},
            "capped": capped or self._search_reached_cap(groups, parts),
            "entities": n_ent,
            "events": n_ev,
            "documents": n_doc,
            "voiv": voiv,
            "parts": parts,
        }

    def _search_page_counted(
        self,
        groups: list[list[str]],
        limit: int,
        offset: int,
        chosen: dict[str, str | None],
        counts: dict[str, Any],
    ) -> dict[str, Any]:
        """One page of a counted search: entities, then events (newest first), then documents (newest
        first). The ordered hits of each kind are read once and kept in `counts` (at most
        SEARCH_COUNT_CAP rows of each kind: cheap to keep), so that later pages only slice them."""
        db = self.db
        ev_sql, ev_params, doc_sql, doc_params = self._search_sql(groups, counts.get("parts"))
        n_ent, n_ev, n_doc, voiv = counts["entities"], counts["events"], counts["documents"], counts["voiv"]
        sector = chosen["sector"]
        page: list[dict[str, Any]] = [dict(h) for h in n_ent[offset : offset + limit]]
        start = max(0, offset - len(n_ent))
        want = limit - len(page)
        if want > 0 and n_ev > start:
            where, params = [f"ev.id IN ({ev_sql})"], list(ev_params)
            for key, col in (("event_type", "ev.type = ?"), ("year", "SUBSTR(ev.date, 1, 4) = ?")):
                if chosen[key]:
                    where.append(col)
                    params.append(chosen[key])
            if sector:
                where.append("ev.id IN (SELECT event_id FROM event_sectors WHERE sector = ?)")
                params.append(sector)
            if chosen["voivodeship"]:
                in_v = [p for p, v in voiv.items() if v == chosen["voivodeship"]] or [-1]
                where.append(f"ev.place_id IN {db.in_list(in_v)}")
                params += in_v
            # every hit of the (capped) search in order, read once and kept with the counts: the pages
            # of a search are slices of it
            ordered = _rows_once(
                db,
                counts,
                "event_rows",
                f"SELECT ev.id, ev.type, ev.date, ev.place_id, ev.sectors, ev.name FROM events ev WHERE {' AND '.join(where)} "
                "ORDER BY ev.date IS NULL, ev.date DESC, ev.id DESC",
                params,
            )
            for eid, etype, date, place_id, secs, name in ordered[start : start + want]:
                page.append(
                    {
                        "kind": "event",
                        "id": eid,
                        "name": name,
                        "subtype": None,
                        "date": date,
                        "sectors": _loads(secs) or [],
                        "year": (date or "")[:4] or None,
                        "voivodeship": voiv.get(place_id),
                        "event_type": etype,
                    }
                )
        start = max(0, offset - len(n_ent) - n_ev)
        want = limit - len(page)
        if want > 0 and n_doc > start:
            where, params = [f"id IN ({doc_sql})"], list(doc_params)
            if chosen["year"]:
                where.append("SUBSTR(published, 1, 4) = ?")
                params.append(chosen["year"])
            if sector:
                where.append("sectors LIKE ?")
                params.append(f'%"{sector}"%')
            ordered = _rows_once(
                db,
                counts,
                "document_rows",
                f"SELECT id, doc_id, title, published, url, sectors FROM documents WHERE {' AND '.join(where)} "
                "ORDER BY published IS NULL, published DESC, id DESC",
                params,
            )
            for pk, doc_id, title, published, url, secs in ordered[start : start + want]:
                page.append(
                    {
                        "kind": "document",
                        "id": doc_id,
                        "pk": pk,
                        "name": title,
                        "published": published,
                        "url": url,
                        "subtype": None,
                        "sectors": _loads(secs),
                        "year": (published or "")[:4] or None,
                        "voivodeship": None,
                        "event_type": None,
                    }
                )
        return {
            "items": self._search_decorate(page, groups),
            "total": counts["total"],
            "facets": counts["facets"],
            "capped": counts["capped"],
        }

    def _doc_texts(self, pks: list[int]) -> dict[int, str]:
        """{document pk: text}, 500 documents per statement."""
        db = self.db
        out: dict[int, str] = {}
        for start in range(0, len(pks), 500):
            chunk = pks[start : start + 500]
            out.update(db.all(f"SELECT id, text FROM documents WHERE id IN {db.in_list(chunk)}", chunk))
        return out

    def _search_decorate(self, page: list[dict[str, Any]], groups: list[list[str]]) -> list[dict[str, Any]]:
        """The page's hits with their matched words highlighted (documents: title and text; events: the
        whole event and its one-line "what")."""
        page_events = {
            e["id"]: e
            for e in self._events_by_ids([h["id"] for h in page if h["kind"] == "event"])  # type: ignore[attr-defined]
        }
        whats = self.event_whats([h["id"] for h in page if h["kind"] == "event"])
        texts = self._doc_texts([h["pk"] for h in page if h["kind"] == "document"])
        for h in page:
            if h["kind"] == "document":
                text = texts.get(h.pop("pk")) or ""
                h["name"] = doc_title(h["name"], text[:200])
                h["highlight"] = highlight_parts(text, groups)
            elif h["kind"] == "event":
                h["event"] = page_events.get(h["id"]) or {"id": h["id"], "participants": []}
                h["highlight"] = highlight_parts(whats.get(h["id"]) or "", groups)
            else:
                h["highlight"] = highlight_parts(h["name"], groups)
            h.pop("text", None)
            h.pop("pk", None)
        return page

    def _search_page_listed(
        self,
        q: str,
        groups: list[list[str]],
        limit: int,
        offset: int,
        chosen: dict[str, str | None],
        org_voivodeships: dict[int, str | None] | None,
        listed: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """One page of a search made from a list of hits (`listed`: what `_search_listed` gave for the
        same query and filters, else made here)."""
        if listed is None or "listed" not in listed:
            listed = self._search_listed(q, groups, chosen, org_voivodeships)
        page = [dict(h) for h in listed["listed"][offset : offset + limit]]
        return {
            "items": self._search_decorate(page, groups),
            "total": listed["total"],
            "facets": listed["facets"],
            "capped": listed["capped"],
        }

    def _search_listed(
        self,
        q: str,
        groups: list[list[str]],
        chosen: dict[str, str | None],
        org_voivodeships: dict[int, str | None] | None,
    ) -> dict[str, Any]:
        """The hits of a search as a list (at most SEARCH_CAP of each kind) tested one by one, for queries
        whose words with diacritics must appear as written: {listed (the hits that pass the filters, in
        order), total, facets, capped}."""
        from kooperacja.store.regions import ancestors

        db = self.db
        strict = diacritic_words(q)
        cap = self.SEARCH_CAP
        hits, capped = self._search_entity_hits(q, strict, org_voivodeships)
        # events: those whose evidence matches, and those of a sector the query names
        src = [h[1] for h in db.fts_match(groups, ["event"], cap)]
        capped |= len(src) >= cap
        ev_ids: list[int] = []
        ev_seen: set[int] = set()  # membership in a set: a list made a common word quadratic
        if src:
            for (ev,) in db.all(f"SELECT event_id FROM event_sources WHERE id IN {db.in_list(src)}", src):
                if ev not in ev_seen:
                    ev_seen.add(ev)
                    ev_ids.append(ev)
        for code in sector_codes_named(groups):
            for (ev,) in db.all(
                "SELECT es.event_id FROM event_sectors es JOIN events ev ON ev.id = es.event_id WHERE es.sector = ? "
                "ORDER BY ev.date_start DESC LIMIT ?",
                (code, cap),
            ):
                if ev not in ev_seen:
                    ev_seen.add(ev)
                    ev_ids.append(ev)
        if ev_ids:
            # the facets need only each event's type, date, place and sectors; the page's events are
            # read whole below
            events: dict[int, dict[str, Any]] = {}
            for start in range(0, len(ev_ids), 500):
                chunk = ev_ids[start : start + 500]
                for eid, etype, date, place_id, secs, name in db.all(
                    f"SELECT id, type, date, place_id, sectors, name FROM events WHERE id IN {db.in_list(chunk)}",
                    chunk,
                ):
                    events[eid] = {
                        "type": etype,
                        "date": date,
                        "place_id": place_id,
                        "sectors": _loads(secs),
                        "name": name,
                    }
            places = {e["place_id"] for e in events.values() if e.get("place_id")}
            pgaz = (
                dict(
                    db.all(
                        f"SELECT id, gazetteer_id FROM entities WHERE id IN {db.in_list(list(places))}",
                        list(places),
                    )
                )
                if places
                else {}
            )
            strict_ok: set[int] = set(ev_ids)
            if strict:
                texts = self.event_texts(ev_ids)
                names: dict[int, list[str]] = {}
                for ev, pname in db.all(
                    "SELECT p.event_id, e.name FROM participants p JOIN entities e ON e.id = p.entity_id "
                    f"WHERE p.event_id IN {db.in_list(ev_ids)}",
                    ev_ids,
                ):
                    names.setdefault(ev, []).append(pname)
                strict_ok = {
                    ev
                    for ev in ev_ids
                    if keeps_diacritics(
                        " ".join([(texts.get(ev) or {}).get("evidence") or "", *names.get(ev, [])]), strict
                    )
                }
            for ev in sorted(ev_ids, key=lambda i: (events.get(i, {}).get("date") or "", i), reverse=True):
                e = events.get(ev)
                if e is None or ev not in strict_ok:
                    continue
                g = pgaz.get(e.get("place_id"))
                voiv = (
                    [g]
                    if (g or "").startswith("pl-reg:")
                    else [a for a in ancestors(g) if a.startswith("pl-reg:")]
                )
                hits.append(
                    {
                        "kind": "event",
                        "id": ev,
                        "name": e.get("name"),
                        "subtype": None,
                        "date": e.get("date"),
                        "sectors": e.get("sectors") or [],
                        "year": (e.get("date") or "")[:4] or None,
                        "voivodeship": voiv[0] if voiv else None,
                        "event_type": e.get("type"),
                        "text": None,
                    }
                )
        # documents
        docs = [h[1] for h in db.fts_match(groups, ["document"], cap)]
        capped |= len(docs) >= cap
        if docs:
            rows = {
                r[0]: r
                for r in db.all(
                    f"SELECT id, doc_id, title, published, url, sectors FROM documents WHERE id IN {db.in_list(docs)}",
                    docs,
                )
            }
            for pk in docs:
                r = rows.get(pk)
                if r is None:
                    continue
                hits.append(
                    {
                        "kind": "document",
                        "id": r[1],
                        "pk": pk,
                        "name": r[2],
                        "published": r[3],
                        "url": r[4],
                        "subtype": None,
                        "sectors": _loads(r[5]),
                        "year": (r[3] or "")[:4] or None,
                        "voivodeship": None,
                        "event_type": None,
                        "text": None,
                    }
                )
        if strict:
            # documents: the words with diacritics must be in the text as written
            texts = self._doc_texts([h["pk"] for h in hits if h["kind"] == "document"])
            hits = [
                h
                for h in hits
                if h["kind"] != "document" or keeps_diacritics(texts.get(h["pk"]) or "", strict)
            ]

        def passes(h: dict[str, Any], key: str, value: str) -> bool:
            return value in h["sectors"] if key == "sector" else h.get(key) == value

        # each facet counts the hits that pass every other chosen filter (so that its own values stay
        # visible as alternatives); the list is the hits that pass them all
        # (each hit is tested once against each chosen filter: the filters it fails decide where it counts)
        active = [(k, v) for k, v in chosen.items() if v]
        failed = [[k for k, v in active if not passes(h, k, v)] for h in hits]
        facets: dict[str, Counter[str]] = {}
        for name in chosen:
            counts: Counter[str] = Counter()
            for h, fails in zip(hits, failed, strict=True):
                if not fails or fails == [name]:
                    if name == "sector":
                        counts.update(set(h["sectors"]))
                    elif h.get(name):
                        counts[h[name]] += 1
            facets[name] = counts
        hits = [h for h, fails in zip(hits, failed, strict=True) if not fails]
        return {
            "listed": hits,
            "total": len(hits),
            "facets": {k: dict(v.most_common()) for k, v in facets.items()},
            "capped": capped,
        }


@cache
def _sector_terms() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded word sequence, sector code): the extractor's sector terms (lemmas) and the sector labels."""
    from kooperacja.data import read_tsv

    rows = [(r["terms"], r["sector"]) for r in read_tsv("pl/sector_terms.tsv") if r.get("terms")]
    for r in read_tsv("sectors.tsv"):
        rows += [(r["code"].replace("_", " "), r["code"]), (r["pl"], r["code"]), (r["en"], r["code"])]
    out = []
    for terms, code in rows:
        words = tuple(re.findall(r"\w+", fold(terms)))
        if words:
            out.append((words, code))
    return tuple(out)


def sector_codes_named(groups: list[list[str]]) -> list[str]:
    """The sectors whose name or term is the query (each query word, in order, one of the term's words)."""
    codes: list[str] = []
    sets = [set(g) for g in groups]
    for words, code in _sector_terms():
        if len(words) == len(sets) and all(w in g for w, g in zip(words, sets, strict=True)):
            if code not in codes:
                codes.append(code)
    return codes
