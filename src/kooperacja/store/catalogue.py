"""The catalogue: what is stored, seen by the resolver (entity, alias and event look-ups inside the
open transaction), the keys under which an entity is found, and the upkeep of a stored entity (created,
improved, its keys rebuilt from its document entities)."""

from __future__ import annotations

import json
from collections.abc import Container
from dataclasses import dataclass
from typing import Any

from kooperacja.resolve import places as rplaces
from kooperacja.resolve import variants
from kooperacja.resolve.entities import text_stems
from kooperacja.resolve.model import Candidate, EventCandidate
from kooperacja.resolve.names import acronym_key, initials, is_acronym, keys, norm
from kooperacja.store.db import Backend, now

ENTITY_COLS = "e.id, e.type, e.subtype, e.name, e.norm, e.country, e.doc_count"
# the most recent stored events with one of an event's participants (or its name) that are scored
# against it; the date window already leaves out those whose dates cannot agree
EVENT_CANDIDATES = 200
# rows of (event, participant or name, type, window) sent in one set-based candidate look-up
_MANY_ROWS = 500


# keys (names, gazetteer ids, prefixes) sent in one set-based look-up of a block of documents
_MANY_KEYS = 1000
# the order of the kinds matched in a look-up's rows: as `ORDER BY kind DESC` (names before aliases)
_KIND_ORDER = {
    k: i
    for i, k in enumerate(
        sorted(
            ("acronym", "alias", "base", "branch", "gazetteer", "initials", "name", "seat", "surname"),
            reverse=True,
        )
    )
}


@dataclass(frozen=True)
class _Ask:
    """One entity look-up of the catalogue: `what` is "alias" (the entities of `etype`, any type when None,
    with a key `key` of one of `kinds`), "gazetteer" (places with the gazetteer id `key`) or "prefix" (at
    most `limit` entities of `etype` whose normalised name continues `key`, the most often seen first)."""

    what: str
    key: str
    etype: str | None = None
    kinds: tuple[str, ...] = ()
    limit: int = 0

    @property
    def bucket(self) -> str:
        """The key under which a write makes this look-up stale (`keys_written`, `entity_created`)."""
        if self.what == "gazetteer":
            return "gaz:" + self.key
        if self.what == "prefix":
            return f"prefix:{self.etype}:{self.key}"
        return self.key


def _ordered(rows: list[tuple]) -> list[tuple]:
    """Candidate rows in one order whatever the database's plan: by the kind matched (descending: names
    before aliases), then by entity id."""
    return sorted(rows, key=lambda r: (_KIND_ORDER.get(r[7], 9), r[0]))


_ASK = {
    "by_key": lambda etype, key: _Ask("alias", key, etype, ("name", "alias")),
    "by_kind": lambda etype, key, kinds: _Ask("alias", key, etype, tuple(kinds)),
    "by_acronym": lambda etype, key: _Ask("alias", key, etype, ("acronym", "initials")),
    "by_surname": lambda key: _Ask("alias", key, None, ("surname",)),
    "by_gazetteer": lambda gid: _Ask("gazetteer", gid),
    "by_prefix": lambda etype, key, limit=5: _Ask("prefix", key, etype, (), int(limit)),
}


class StoreCatalog:
    """The resolver's view of what is stored (indexed look-ups only, inside the open transaction)."""

    def __init__(self, db: Backend) -> None:
        self.db = db
        self._corrections: dict[tuple[str, str, str], set[str]] | None = None
        self._pairs: dict[tuple[str, str], set[str]] = {}
        # stored entities' rows (name, subtype, country, lat, lon, gazetteer_id), kept from batch to batch
        # while nobody else writes (see `sync`); written through by this writer
        self._rows: dict[int, tuple] = {}
        self._generation: int | None = None
        # PostgreSQL (each look-up a round trip): the candidate rows of a name key, kept while this writer
        # holds the write lock and writes no key of that name; the document counts of the entities they
        # name are kept up to date here (see `counted`). Any other write to entities or their keys drops
        # them all (`_written`, called by the backend), as do `forget` and `sync`.
        self._cache_lookups = db.dialect == "postgres"
        self._found: dict[_Ask, list[tuple]] = {}
        self._keyed: dict[str, set[_Ask]] = {}
        self._counts: dict[int, int] = {}
        self._known: set[tuple[int, str, str]] = set()  # stored keys (entity id, kind, key) seen or written
        self._sqls: dict[tuple[int, bool], str] = {}  # the texts of the alias look-ups, by their shape
        # how many times the cached look-ups were all dropped (a prefetch made before is gone)
        self.dropped = 0
        if self._cache_lookups:
            db.on_write = self._written

    @property
    def prefetches(self) -> bool:
        """Whether `prefetch` asks anything (PostgreSQL, where each look-up is a round trip)."""
        return self._cache_lookups

    def _cands(self, rows: list[tuple]) -> list[Candidate]:
        return [Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]

    # -- the entity look-ups: each an `_Ask`, answered alone or, on PostgreSQL, a block at a time ----------
    def _look(self, ask: _Ask) -> list[tuple]:
        """Candidate rows (ENTITY_COLS, then the kind matched) of one look-up: the document counts held back
        by the writer included; on PostgreSQL from the look-up cache when it was asked (or prefetched) before."""
        if not self._cache_lookups:
            return self._fetch(ask)
        rows = self._found.get(ask)
        if rows is None:
            rows = self._fetch(ask)
            self._keep(ask, rows)
            return rows
        counts = self._counts
        return [(*r[:6], counts.get(r[0], r[6]), *r[7:]) for r in rows]

    def _fetch(self, ask: _Ask) -> list[tuple]:
        db = self.db
        if ask.what == "gazetteer":
            return _ordered(
                db.all_counted(
                    f"SELECT {ENTITY_COLS}, 'gazetteer' FROM entities e WHERE e.gazetteer_id = ? AND e.type = 'place'",
                    (ask.key,),
                    6,
                )
            )
        if ask.what == "prefix":
            return db.all(
                f"SELECT {ENTITY_COLS}, 'name' FROM entities e WHERE e.norm > ? AND e.norm < ? AND e.type = ? "
                f"ORDER BY e.doc_count DESC, e.id LIMIT {int(ask.limit)}",
                (ask.key + " ", ask.key + " \uffff", ask.etype),
            )
        params = (ask.key, *ask.kinds) if ask.etype is None else (ask.key, *ask.kinds, ask.etype)
        shape = (len(ask.kinds), ask.etype is not None)
        sql = self._sqls.get(shape)
        if sql is None:  # one text per number of kinds, with or without the type
            sql = self._sqls[shape] = (
                f"SELECT {ENTITY_COLS}, a.kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                f"WHERE a.norm = ? AND a.kind IN {db.in_list(ask.kinds)}"
                + (" AND e.type = ?" if shape[1] else "")
            )
        return _ordered(db.all_counted(sql, params, 6))

    def _keep(self, ask: _Ask, rows: list[tuple]) -> None:
        """Cache the rows of a look-up (PostgreSQL) until a write makes them stale."""
        if ask.what == "prefix" and len(rows) > 1:
            # kept when at most one entity continues the name (no order by counts to keep up): until an
            # entity whose name continues it is created (`entity_created`)
            return
        if len(self._found) > 200_000:
            self._drop_lookups()
        self._found[ask] = rows
        self._keyed.setdefault(ask.bucket, set()).add(ask)
        for r in rows:
            self._counts[r[0]] = r[6]
            if ask.what == "alias":
                self._known.add((r[0], r[7], ask.key))

    def prefetch(self, calls: list[tuple]) -> None:
        """Ask at once what resolution is about to ask one look-up at a time: `calls` are (method name,
        *arguments) of `by_key`, `by_kind`, `by_acronym`, `by_surname`, `by_gazetteer` and `by_prefix`
        (`resolve.entities.expected_lookups`). On PostgreSQL the look-ups not cached yet are answered by one
        set-based query per kind (keys of the alias table, gazetteer ids, name prefixes) and cached, each
        with the rows its own query would give now; the cache's upkeep then keeps them as it keeps the rows
        of a look-up made alone. Elsewhere (SQLite: no round trips) nothing is done."""
        if not self._cache_lookups:
            return
        asks = {a for a in (_ASK[c[0]](*c[1:]) for c in calls) if a not in self._found}
        if not asks:
            return
        db = self.db
        alias = sorted({a.key for a in asks if a.what == "alias"})
        by_norm: dict[str, list[tuple]] = {}
        for r in self._any_of(
            f"SELECT {ENTITY_COLS}, a.kind, a.norm, e.lat, e.lon, e.gazetteer_id FROM entity_aliases a "
            "JOIN entities e ON e.id = a.entity_id WHERE a.norm = ANY(?)",
            alias,
        ):
            by_norm.setdefault(r[8], []).append(r)
            if r[0] not in self._rows:
                self.remember(r[0], (r[3], r[2], r[5], r[9], r[10], r[11]))
            self._known.add((r[0], r[7], r[8]))
        by_gaz: dict[str, list[tuple]] = {}
        for r in self._any_of(
            f"SELECT {ENTITY_COLS}, 'gazetteer', e.gazetteer_id FROM entities e "
            "WHERE e.gazetteer_id = ANY(?) AND e.type = 'place'",
            sorted({a.key for a in asks if a.what == "gazetteer"}),
        ):
            by_gaz.setdefault(r[8], []).append(r[:8])
        prefixes = sorted({(a.etype or "", a.key, a.limit) for a in asks if a.what == "prefix"})
        by_prefix: dict[tuple[str, str, int], list[tuple]] = {}
        for start in range(0, len(prefixes), _MANY_KEYS):
            part = prefixes[start : start + _MANY_KEYS]
            for r in db.all(
                "SELECT k.q, x.* FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::int[]) "
                "AS k(q, lo, hi, etype, lim) CROSS JOIN LATERAL ("
                f"SELECT {ENTITY_COLS}, 'name' FROM entities e WHERE e.norm > k.lo AND e.norm < k.hi "
                "AND e.type = k.etype ORDER BY e.doc_count DESC, e.id LIMIT k.lim) x",
                (
                    list(range(len(part))),
                    [k + " " for _, k, _ in part],
                    [k + " \uffff" for _, k, _ in part],
                    [t for t, _, _ in part],
                    [n for _, _, n in part],
                ),
            ):
                by_prefix.setdefault(part[r[0]], []).append(tuple(r[1:]))
        for a in asks:
            if a.what == "alias":
                rows = [
                    r[:8]
                    for r in by_norm.get(a.key, ())
                    if r[7] in a.kinds and (a.etype is None or r[1] == a.etype)
                ]
                self._keep(a, _ordered(rows))
            elif a.what == "gazetteer":
                self._keep(a, _ordered(by_gaz.get(a.key, [])))
            else:
                self._keep(a, by_prefix.get((a.etype or "", a.key, a.limit), []))

    def _any_of(self, query: str, keys: list[str]) -> list[tuple]:
        """The rows of entities (ENTITY_COLS first) of a query of the keys `= ANY(?)`, sent in parts."""
        return [
            r
            for start in range(0, len(keys), _MANY_KEYS)
            for r in self.db.all_counted(query, (keys[start : start + _MANY_KEYS],), 6)
        ]

    def _drop_lookups(self) -> None:
        self._found.clear()
        self._keyed.clear()
        self._counts.clear()
        self._known.clear()
        self.dropped += 1

    def _written(self, words: frozenset[str]) -> None:
        """The backend ran a write (other than new rows and document counts, see `keys_written`)."""
        if "entities" in words or "entity_aliases" in words:
            self._drop_lookups()

    def keys_written(self, entity_id: int | None, keys: list[tuple[str, str]]) -> None:
        """This writer wrote (kind, key) rows of an entity (or, without one, a place with gazetteer id
        ("gazetteer", ID)): the cached look-ups of the keys that are new are stale."""
        if not self._cache_lookups:
            return
        for kind, key in keys:
            if entity_id is None:
                key = "gaz:" + key
            elif (entity_id, kind, key) in self._known:
                continue  # stored already: nothing changes
            else:
                self._known.add((entity_id, kind, key))
            for found in self._keyed.pop(key, ()):
                self._found.pop(found, None)

    def counted(self, entity_id: int) -> None:
        """This writer added one to an entity's document count."""
        if entity_id in self._counts:
            self._counts[entity_id] += 1

    def by_key(self, etype: str, key: str) -> list[Candidate]:
        """Entities of `etype` with the name or alias `key` (names first)."""
        return self._cands(self._look(_Ask("alias", key, etype, ("name", "alias"))))

    def by_kind(self, etype: str, key: str, kinds: tuple[str, ...]) -> list[Candidate]:
        return self._cands(self._look(_Ask("alias", key, etype, tuple(kinds))))

    def entity_name(self, entity_id: int) -> tuple[str, str | None] | None:
        """(canonical name, country) of a stored entity."""
        row = self.db.one("SELECT name, country FROM entities WHERE id = ?", (entity_id,))
        return (row[0], row[1]) if row else None

    def by_prefix(self, etype: str, key: str, limit: int = 5) -> list[Candidate]:
        """Entities whose normalised name continues `key` with more words (at most `limit`)."""
        return self._cands(self._look(_Ask("prefix", key, etype, (), int(limit))))

    def entity_created(self, etype: str, key: str) -> None:
        """This writer created an entity whose normalised name is `key`: the cached look-ups of the
        names it continues are stale."""
        if not self._cache_lookups:
            return
        for i, ch in enumerate(key):
            if ch == " ":
                for found in self._keyed.pop(f"prefix:{etype}:{key[:i]}", ()):
                    self._found.pop(found, None)

    def by_acronym(self, etype: str, acronym: str) -> list[Candidate]:
        return self._cands(self._look(_Ask("alias", acronym, etype, ("acronym", "initials"))))

    def by_surname(self, key: str) -> list[Candidate]:
        return self._cands(self._look(_Ask("alias", key, None, ("surname",))))

    def by_gazetteer(self, gazetteer_id: str) -> list[Candidate]:
        return self._cands(self._look(_Ask("gazetteer", gazetteer_id)))

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
            pairs: dict[tuple[str, str], set[str]] = {}
            for kind, etype, a, b in self.db.all("SELECT kind, entity_type, norm_a, norm_b FROM corrections"):
                out.setdefault((kind, etype, a), set()).add(b)
                out.setdefault((kind, etype, b), set()).add(a)
                pairs.setdefault((kind, a), set()).add(b)
                pairs.setdefault((kind, b), set()).add(a)
            self._corrections, self._pairs = out, pairs
        return self._corrections

    def reset(self) -> None:
        self._corrections = None

    def paired(self, kind: str, key: str) -> set[str]:
        """The other sides of the corrections of `kind` that name `key` (of any entity type)."""
        self._load_corrections()
        return self._pairs.get((kind, key), set())

    # -- stored entities' rows ------------------------------------------------------------------------
    def sync(self, generation: int | None) -> None:
        """A write transaction began with the write counter at `generation`: the cached rows stay only
        when it is one above the last one this writer saw (nobody else wrote in between)."""
        if generation is None or self._generation is None or generation != self._generation + 1:
            self._rows.clear()
            self._drop_lookups()
        self._generation = generation

    def forget(self) -> None:
        """Drop the cached rows (a correction rewrote entities, or a transaction was undone)."""
        self._rows.clear()
        self._drop_lookups()
        self._generation = None

    def entity_row(self, entity_id: int) -> tuple | None:
        """(name, subtype, country, lat, lon, gazetteer_id) of a stored entity."""
        row = self._rows.get(entity_id)
        if row is None:
            found = self.db.one(
                "SELECT name, subtype, country, lat, lon, gazetteer_id FROM entities WHERE id = ?",
                (entity_id,),
            )
            if found is None:
                return None
            row = self._rows[entity_id] = tuple(found)
        return row

    def remember(self, entity_id: int, row: tuple) -> None:
        if len(self._rows) > 200_000:
            self._rows.clear()
        self._rows[entity_id] = row

    def forced(self, etype: str, key: str) -> set[str]:
        return self._load_corrections().get(("merge", etype, key), set())

    def forbidden(self, etype: str, key: str) -> set[str]:
        return self._load_corrections().get(("split", etype, key), set())

    def _events(self, ids: list[int]) -> list[EventCandidate]:
        if not ids:
            return []
        marks = self.db.in_list(ids)
        rows, prows, srows, nrows = self.db.all_many(
            [
                (
                    "SELECT ev.id, ev.type, ev.date, ev.name, ev.place_id, p.gazetteer_id, p.country "
                    f"FROM events ev LEFT JOIN entities p ON p.id = ev.place_id WHERE ev.id IN {marks}",
                    ids,
                ),
                (f"SELECT event_id, entity_id FROM participants WHERE event_id IN {marks}", ids),
                (
                    "SELECT event_id, doc_pk, published, evidence_keys FROM event_sources "
                    f"WHERE event_id IN {marks}",
                    ids,
                ),
                (
                    "SELECT DISTINCT s.event_id, de.entity_id FROM event_sources s JOIN doc_entities de "
                    f"ON de.doc_pk = s.doc_pk WHERE s.event_id IN {marks}",
                    ids,
                ),
            ]
        )
        parts: dict[int, set[int]] = {}
        for ev, ent in prows:
            parts.setdefault(ev, set()).add(ent)
        docs: dict[int, set[int]] = {}
        pubs: dict[int, set[str]] = {}
        words: dict[int, set[str]] = {}
        per_source: dict[int, list[set[str]]] = {}
        for ev, doc, pub, keys_ in srows:
            docs.setdefault(ev, set()).add(doc)
            if pub:
                pubs.setdefault(ev, set()).add(pub)
            if keys_:
                words.setdefault(ev, set()).update(keys_.split())
                per_source.setdefault(ev, []).append(set(keys_.split()))
        named: dict[int, set[int]] = {}
        for ev, ent in nrows:
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
                per_source.get(r[0], []),
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

    def evidence_texts(self, event_id: int) -> list[str]:
        """The evidence sentences of each source of a stored event, one text per source."""
        out = []
        for spans, text in self.db.all(
            "SELECT s.evidence, d.text FROM event_sources s JOIN documents d ON d.id = s.doc_pk "
            "WHERE s.event_id = ? ORDER BY s.id LIMIT 20",
            (event_id,),
        ):
            try:
                pairs = json.loads(spans or "[]")
            except ValueError:
                continue
            out.append(" ".join((text or "")[int(a) : int(b)] for a, b in pairs if isinstance(a, int)))
        return out

    def recent_events(
        self, types: list[str], window: tuple[str, str] | None, limit: int
    ) -> list[EventCandidate]:
        """The latest stored events of `types` whose dates may agree with `window` (or that have none)."""
        cond, params = "", ()
        if window is not None:
            cond, params = (
                " AND (date_start IS NULL OR (date_start <= ? AND date_end >= ?))",
                (window[1], window[0]),
            )
        rows = self.db.all(
            f"SELECT id FROM events WHERE type IN {self.db.in_list(types)}{cond} ORDER BY id DESC LIMIT {int(limit)}",
            (*types, *params),
        )
        return self._events([r[0] for r in rows])

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
        date_cond, pdate_cond, date_params = "", "", ()
        if window is not None:
            date_cond = " AND (e.date_start IS NULL OR (e.date_start <= ? AND e.date_end >= ?))"
            pdate_cond = date_cond.replace("e.", "p.")
            date_params = (window[1], window[0])
        ids: list[int] = []
        if entity_ids:
            pids = sorted(entity_ids)
            rows, pending = db.all_pending(
                # the participant rows carry their event's type and dates: one covering index
                "SELECT DISTINCT p.event_id FROM participants p "
                f"WHERE p.entity_id IN {db.in_list(pids)} AND p.event_type IN {tmarks}{pdate_cond} "
                f"ORDER BY p.event_id DESC LIMIT {EVENT_CANDIDATES}",
                (*pids, *types, *date_params),
                "participants",
            )
            found = [r[0] for r in rows]
            if pending:  # participants written in this transaction, not yet sent: the same conditions
                extra = {p["event_id"] for p in pending if _pending_fits(p, entity_ids, types, window)}
                found = sorted(set(found) | extra, reverse=True)[:EVENT_CANDIDATES]
            ids += found
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

    def event_candidates_many(
        self, wanted: list[tuple[set[int], list[str], str | None, tuple[str, str] | None]]
    ) -> list[list[EventCandidate]]:
        """`event_candidates` of each of several events at once (participants, types, normalised name,
        window): one set-based query for the participants of all of them, one for their names and one
        look-up of the events found, instead of these per event. Each list holds the same events as
        `event_candidates` gives (the same 200 most recent of each look-up); events found for several
        share one candidate object. SQLite (in the process, no round trips) runs the per-event look-ups,
        which cost it less than the set-based ones."""
        db = self.db
        if db.dialect != "postgres":
            return [self.event_candidates(*w) for w in wanted]
        by_part: list[set[int]] = [set() for _ in wanted]
        by_name: list[set[int]] = [set() for _ in wanted]
        prows = [
            (q, eid, t, *(window or (None, None)))
            for q, (pids, types, _name, window) in enumerate(wanted)
            for eid in sorted(pids)
            for t in types
        ]
        for start in range(0, len(prows), _MANY_ROWS):
            part = prows[start : start + _MANY_ROWS]
            rows, pending = db.all_pending(
                f"WITH i (q, entity_id, event_type, w0, w1) AS (VALUES {', '.join(map(db.in_list, part))}) "
                "SELECT q, event_id FROM (SELECT q, event_id, ROW_NUMBER() OVER "
                "(PARTITION BY q ORDER BY event_id DESC) AS rn FROM (SELECT DISTINCT i.q, p.event_id "
                "FROM i JOIN participants p ON p.entity_id = i.entity_id AND p.event_type = i.event_type "
                "WHERE i.w0 IS NULL OR p.date_start IS NULL OR (p.date_start <= i.w1 AND p.date_end >= i.w0)"
                f") d) r WHERE rn <= {EVENT_CANDIDATES}",
                [v for row in part for v in row],
                "participants",
            )
            for q, ev in rows:
                by_part[q].add(ev)
            for p in pending:  # participants written in this transaction, not yet sent
                for q, (pids, types, _name, window) in enumerate(wanted):
                    if _pending_fits(p, pids, types, window):
                        by_part[q].add(p["event_id"])
        nrows = [
            (q, name, t, *(window or (None, None)))
            for q, (_pids, types, name, window) in enumerate(wanted)
            if name is not None
            for t in types
        ]
        for start in range(0, len(nrows), _MANY_ROWS):
            part = nrows[start : start + _MANY_ROWS]
            for q, ev in db.all(
                f"WITH i (q, name, type, w0, w1) AS (VALUES {', '.join(map(db.in_list, part))}) "
                "SELECT q, event_id FROM (SELECT q, event_id, ROW_NUMBER() OVER "
                "(PARTITION BY q ORDER BY event_id DESC) AS rn FROM (SELECT DISTINCT i.q, s.event_id "
                "FROM i JOIN event_sources s ON s.name = i.name AND s.type = i.type "
                "JOIN events e ON e.id = s.event_id "
                "WHERE i.w0 IS NULL OR e.date_start IS NULL OR (e.date_start <= i.w1 AND e.date_end >= i.w0)"
                f") d) r WHERE rn <= {EVENT_CANDIDATES}",
                [v for row in part for v in row],
            ):
                by_name[q].add(ev)
        ids_of: list[list[int]] = []
        for q in range(len(wanted)):
            ids = sorted(by_part[q], reverse=True)[:EVENT_CANDIDATES]
            seen = set(ids)
            ids += [e for e in sorted(by_name[q], reverse=True)[:EVENT_CANDIDATES] if e not in seen]
            ids_of.append(ids)
        every = sorted({e for ids in ids_of for e in ids})
        found: dict[int, EventCandidate] = {}
        for start in range(0, len(every), 500):
            for c in self._events(every[start : start + 500]):
                found[c.id] = c
        return [[found[e] for e in ids if e in found] for ids in ids_of]

    def events_named(self, etype: str, name: str) -> list[EventCandidate]:
        rows = self.db.all(
            "SELECT DISTINCT event_id FROM event_sources WHERE type = ? AND name = ? LIMIT 200", (etype, name)
        )
        return self._events([r[0] for r in rows])


_ORDER = {"organization": 0, "place": 1, "person": 3}


def _pending_fits(
    p: dict[str, Any], entity_ids: Container[int], types: Container[str], window: tuple[str, str] | None
) -> bool:
    """Whether a participant row written in this transaction and not yet sent meets the conditions of the
    event candidates' look-up: one of the entities, one of the types, and dates that agree with the window."""
    return (
        p.get("entity_id") in entity_ids
        and p.get("event_type") in types
        and (
            window is None
            or p.get("date_start") is None
            or (p.get("date_end") is not None and p["date_start"] <= window[1] and p["date_end"] >= window[0])
        )
    )


def _entity_order(ent: dict[str, Any]) -> int:
    etype = ent.get("type") or "organization"
    if etype == "organization" and not keys(ent.get("name") or "", ent.get("aliases") or [])[0]:
        return 2  # acronym-only organisations after the full names they may refer to
    return _ORDER.get(etype, 0)


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


class CatalogueMixin:
    """A stored entity's row and keys."""

    db: Backend
    catalog: StoreCatalog

    def _create_entity(self, ent: dict[str, Any], gaz: dict[str, Any] | None, extractor: str | None) -> int:
        eid = self.db.insert(
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
        self.catalog.entity_created(ent["type"], norm(ent["name"]))
        if (gaz or {}).get("id"):
            self.catalog.keys_written(None, [("gazetteer", str(gaz["id"]))])  # type: ignore[index]
        self.catalog.remember(
            eid,
            (
                ent["name"],
                ent.get("subtype"),
                ent.get("country") or (gaz or {}).get("country"),
                (gaz or {}).get("lat"),
                (gaz or {}).get("lon"),
                (gaz or {}).get("id"),
            ),
        )
        return eid

    def _improve_entity(self, eid: int, ent: dict[str, Any], gaz: dict[str, Any] | None) -> None:
        """A full name replaces an acronym-only canonical name; missing attributes are filled in."""
        row = self.catalog.entity_row(eid)
        if row is None:
            return
        name, subtype, country, lat, lon, gid = row
        if is_acronym(name) and not is_acronym(ent["name"]):
            self.db.execute(
                "UPDATE entities SET name = ?, norm = ? WHERE id = ?", (ent["name"], norm(ent["name"]), eid)
            )
            name = ent["name"]
        if subtype in (None, "other") and ent.get("subtype") not in (None, "other", subtype):
            self.db.execute("UPDATE entities SET subtype = ? WHERE id = ?", (ent["subtype"], eid))
            subtype = ent["subtype"]
        if country is None and ent.get("country"):
            self.db.execute("UPDATE entities SET country = ? WHERE id = ?", (ent["country"], eid))
            country = ent["country"]
        if lat is None and gaz and gaz.get("lat") is not None:
            self.db.execute(
                "UPDATE entities SET lat = ?, lon = ?, gazetteer_id = COALESCE(gazetteer_id, ?) WHERE id = ?",
                (gaz["lat"], gaz["lon"], gaz["id"], eid),
            )
            lat, lon, gid = gaz["lat"], gaz["lon"], gid if gid is not None else gaz["id"]
        self.catalog.remember(eid, (name, subtype, country, lat, lon, gid))

    def _allowed_aliases(self, etype: str, name: str, aliases: list[Any]) -> list[str]:
        """Aliases minus those a user split declared a different thing from the name."""
        out = [a for a in aliases if isinstance(a, str) and a.strip()]
        banned = self.catalog.forbidden(etype, norm(name))
        return [a for a in out if norm(a) not in banned] if banned else out

    def _add_keys(self, eid: int, etype: str, name: str, aliases: list[str]) -> None:
        rows = entity_keys(etype, name, self._allowed_aliases(etype, name, aliases))
        self.catalog.keys_written(eid, [(kind, k) for kind, k, _ in rows])
        self.db.executemany(
            "INSERT INTO entity_aliases (entity_id, kind, norm, alias) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(eid, kind, k, alias) for kind, k, alias in rows],
        )

    def _rebuild_entity(self, eid: int) -> bool:
        """Recount documents and rebuild keys from the entity's document entities; delete it when none is left."""
        db = self.db
        rows = db.all("SELECT type, name, aliases FROM doc_entities WHERE entity_id = ?", (eid,))
        self.catalog.forget()
        db.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (eid,))
        if not rows:
            db.execute("DELETE FROM entities WHERE id = ?", (eid,))
            return False
        for etype, name, aliases in rows:
            self._add_keys(eid, etype, name, json.loads(aliases or "[]"))
        db.execute("UPDATE entities SET doc_count = ? WHERE id = ?", (len(rows), eid))
        return True
