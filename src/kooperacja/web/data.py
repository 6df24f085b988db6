"""The web layer's view of the store (Contract 3 in docs/ARCHITECTURE.md).

Every page and API route reads through `WebData`, which

* opens one store connection per worker thread (SQLite connections are not shared across threads;
  FastAPI runs plain `def` routes in a thread pool), and serialises writes behind one lock;
* normalises the store's results into the shapes the templates and the JSON API promise, tolerating
  missing keys, so that a small change in the store shows up here and nowhere else;
* adds the few things the store does not give directly (URLs for every item, node caps on large
  networks, grouping of a timeline).
"""

from __future__ import annotations

import gc
import os
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from kooperacja.analysis.network import map_points, network
from kooperacja.schema import EVENT_TYPES as _EVENT_TYPES
from kooperacja.web.security import safe_link

EVENT_TYPES = list(_EVENT_TYPES)


# shared events listed on one link of a network (the link's weight counts all of them)
SHARED_SHOWN = 5

# Above this many nodes a network is cut to its best-connected part, so that a page stays usable.
MAX_NETWORK_NODES = 250


def drawable(subtype: str | None, lat: Any, gazetteer_id: str | None) -> bool:
    """A place drawn as a point on the map: a town or smaller, with coordinates (never a country, a
    region or an area such as a continent, whose centroid would stand for it)."""
    if lat is None or subtype in ("country", "region", "continent"):
        return False
    return not (gazetteer_id or "").startswith(("area:", "cc:", "pl-reg:", "iso:"))


MAX_NETWORK_EDGES = 800  # the strongest links of a network view (each response stays well under 500 kB)


def entity_url(entity_type: str | None, entity_id: Any) -> str:
    if entity_id is None:
        return ""
    kind = {"organization": "org", "person": "person", "place": "place"}.get(entity_type or "", "entity")
    return f"/{kind}/{entity_id}"


def event_url(event_id: Any) -> str:
    return f"/event/{event_id}"


def doc_url(doc_id: Any) -> str:
    from urllib.parse import quote

    return "/doc/" + quote(str(doc_id), safe="")


class StoreUnavailable(RuntimeError):
    """The store package, or the database, could not be opened."""


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


class WebData:
    """The store behind the web app: a small pool of connections, a cache for the costly whole-graph
    queries (network, map, stats), and result shapes fixed for the pages and the API."""

    POOL_SIZE = 4
    CACHE_SIZE = 128

    def __init__(self, db_url: str | None) -> None:
        self.db_url = db_url
        self._pool: queue.LifoQueue[Any] = queue.LifoQueue()
        self._all: list[Any] = []
        self._created = 0
        self._open_lock = threading.Lock()
        self.write_lock = threading.Lock()
        self._cache: OrderedDict[tuple[Any, ...], tuple[Any, Any]] = OrderedDict()
        self._cache_lock = threading.Lock()

    # ---- connections -------------------------------------------------------------------------
    def _open(self) -> Any:
        from kooperacja.store import open_store

        try:
            st = open_store(self.db_url)
        except Exception as exc:
            raise StoreUnavailable(f"the database could not be opened: {exc}") from exc
        # on PostgreSQL a page's reads are short: no parallel workers (they cost more to start than they
        # save: an organisation's timeline, 110 ms with two workers, 35 ms without, at 100,000 documents),
        # and random reads priced as the cached pages they are (see QueryMixin.short_reads)
        st.short_reads()
        return st

    def _borrow(self) -> Any:
        try:
            return self._pool.get_nowait()
        except queue.Empty:
            pass
        with self._open_lock:
            create = self._created < self.POOL_SIZE
            if create:
                self._created += 1
        if not create:
            try:
                return self._pool.get(timeout=120)
            except queue.Empty:
                raise StoreUnavailable("the database is busy") from None
        try:
            st = self._open()
        except Exception:
            with self._open_lock:
                self._created -= 1
            raise
        with self._open_lock:
            self._all.append(st)
        return st

    def call(self, method: str | Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """store.<method>(*args, **kwargs), or method(store, *args, **kwargs), on a pooled connection."""
        return self._call(method, args, kwargs)

    def _call(self, method: str | Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        st = self._borrow()
        try:
            if callable(method):  # an analysis over the store (analysis.network)
                return method(st, *args, **kwargs)
            return getattr(st, method)(*args, **kwargs)
        finally:
            self._pool.put(st)

    def store(self) -> Any:
        """A connection for code that needs the store object itself (return it with `release`)."""
        return self._borrow()

    def release(self, st: Any) -> None:
        self._pool.put(st)

    def data_version(self) -> Any:
        """Changes whenever the database may have changed: the SQLite file's and its WAL's mtime and
        size (any writer, any process); for a server database its write counter (a 10-second clock
        before migration 008 or when the counter cannot be read)."""
        url = self.db_url or os.environ.get("KOOPERACJA_DB") or "kooperacja.db"
        if url.startswith(("postgresql://", "postgres://", "host=")):
            # every write transaction raises the write counter (migration 008): a cached view stays
            # valid until the next write of any process (a 10-second clock where there is no counter)
            try:
                gen = self.call(lambda st: st.db.read_generation())
            except Exception:  # noqa: BLE001 - an unreachable server shows itself on the real query
                gen = None
            return ("generation", gen) if gen is not None else ("clock", int(time.monotonic() // 10))
        for prefix in ("sqlite:///", "sqlite://"):
            if url.startswith(prefix):
                url = url[len(prefix) :]
                break
        out = []
        for path in (url, url + "-wal"):
            try:
                stt = os.stat(path)
                out.append((stt.st_mtime_ns, stt.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def memo(self, key: tuple[Any, ...], compute: Any) -> Any:
        """compute(), remembered under `key` until the database changes (see `data_version`)."""
        version = self.data_version()
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == version:
                self._cache.move_to_end(key)
                return hit[1]
        value = compute()
        with self._cache_lock:
            self._cache[key] = (version, value)
            self._cache.move_to_end(key)
            while len(self._cache) > self.CACHE_SIZE:
                self._cache.popitem(last=False)
        # what is cached lives long: out of the garbage collector's sight (see web.app.freeze_once), so
        # that the full collections of later requests do not scan the cached graphs again and again; the
        # young generations are collected first, so that recent cyclic garbage is not frozen with it
        gc.collect(1)
        gc.freeze()
        return value

    def warm_up(self) -> None:
        """Fill the cache of the whole-graph views (home counts, network, organisation seats); errors are left
        to real requests."""
        try:
            self.stats()
            self.network()
            self.seats()
            self.partner_graph()
        except Exception:  # noqa: BLE001 - an empty or unreachable database shows itself on the first request
            pass

    def clear_cache(self) -> None:
        with self._cache_lock:
            self._cache.clear()

    def close(self) -> None:
        with self._open_lock:
            stores, self._all = self._all, []
            self._created = 0
        while True:
            try:
                self._pool.get_nowait()
            except queue.Empty:
                break
        for st in stores:
            try:
                st.close()
            except Exception:
                pass

    # ---- reads -------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        return dict(self.memo(("stats",), self._stats))

    def _stats(self) -> dict[str, Any]:
        st = dict(self.call("stats") or {})
        by_type = st.get("entities_by_type") or {}
        for key, etype in (("organizations", "organization"), ("people", "person"), ("places", "place")):
            if key not in st and isinstance(by_type, dict):
                st[key] = int(by_type.get(etype, 0) or 0)
        if "event_types" not in st and isinstance(st.get("events_by_type"), dict):
            st["event_types"] = st["events_by_type"]
        return st

    def latest_events(self, limit: int = 10) -> list[dict[str, Any]]:
        return [self.event_summary(e) for e in _list(self.call("latest_events", limit=limit))]

    def search(self, q: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
        q = q.strip()
        empty: dict[str, list[dict[str, Any]]] = {
            "organizations": [],
            "people": [],
            "places": [],
            "events": [],
            "documents": [],
        }
        if not q:
            return empty
        raw = self.call("search", q, limit=limit) or {}
        out = dict(empty)
        out["organizations"] = [
            self.entity_summary(e, "organization") for e in _list(raw.get("organizations"))
        ]
        out["people"] = [self.entity_summary(e, "person") for e in _list(raw.get("people"))]
        out["places"] = [self.entity_summary(e, "place") for e in _list(raw.get("places"))]
        out["events"] = [self.event_summary(e) for e in _list(raw.get("events"))]
        out["documents"] = [self.document_summary(d) for d in _list(raw.get("documents"))]
        return out

    def entity(self, entity_id: int, events_limit: int | None = None) -> dict[str, Any] | None:
        # an entity's profile, kept until the data changes (a busy organisation or town has thousands
        # of events to count, order and group); a copy, so that a caller's changes stay its own
        ent = self.memo(
            ("entity", int(entity_id), events_limit), lambda: self._entity(entity_id, events_limit)
        )
        return None if ent is None else dict(ent)

    def _entity(self, entity_id: int, events_limit: int | None = None) -> dict[str, Any] | None:
        raw = self.call("entity", entity_id, events_limit=events_limit)
        if not raw:
            return None
        ent = dict(raw)
        ent["id"] = _int(ent.get("id")) if ent.get("id") is not None else entity_id
        ent.setdefault("type", None)
        ent.setdefault("subtype", None)
        ent.setdefault("name", f"#{entity_id}")
        ent["aliases"] = [a for a in _list(ent.get("aliases")) if a and a != ent["name"]]
        ent["sectors"] = _list(ent.get("sectors"))
        ent["url"] = entity_url(ent["type"], ent["id"])
        ent["figures"] = self._figures(_list(ent.get("figures")))
        ent["documents"] = [self.document_summary(d) for d in _list(ent.get("documents"))]
        events = [self.event_summary(e) for e in _list(ent.get("events"))]
        events.sort(key=lambda e: (e.get("date") is None, e.get("date") or "", e.get("id") or 0))
        ent["events"] = events
        partners = []
        for p in _list(ent.get("partners")):
            p = dict(p)
            pid = p.get("id", p.get("entity_id"))
            p["id"] = pid
            p["shared_events"] = _int(p.get("shared_events")) or 0
            p["url"] = entity_url(p.get("type") or "organization", pid)
            partners.append(p)
        partners.sort(key=lambda p: (-p["shared_events"], str(p.get("name") or "")))
        ent["partners"] = partners
        people = []
        for p in _list(ent.get("people")):
            p = dict(p) if isinstance(p, dict) else {"name": str(p)}
            pid = p.get("id", p.get("entity_id"))
            p["id"] = pid
            p["url"] = entity_url("person", pid) if pid is not None else ""
            people.append(p)
        ent["people"] = people
        roles = []
        for r in _list(ent.get("roles")):
            r = dict(r) if isinstance(r, dict) else {"title": str(r)}
            oid = r.get(
                "organization_id", r.get("organization") if isinstance(r.get("organization"), int) else None
            )
            r["organization_url"] = entity_url("organization", oid) if oid is not None else ""
            roles.append(r)
        ent["roles"] = roles
        return ent

    # figures whose evidence sentence is cut from the document text (the rest link to the document)
    MAX_FIGURE_QUOTES = 20

    def _figures(self, figures: list[Any]) -> list[dict[str, Any]]:
        texts: dict[str, str] = {}
        out = []
        for n, f in enumerate(figures):
            f = dict(f)
            f["qualifier"] = f.get("qualifier") or "exact"
            if f.get("doc_id") is not None:
                f["doc_url"] = doc_url(f["doc_id"])
            f.setdefault("doc_title", f.get("title"))
            ev = f.get("evidence")
            if isinstance(ev, str):
                f["evidence_text"] = ev
            elif ev and n < self.MAX_FIGURE_QUOTES and f.get("doc_id") is not None:
                did = str(f["doc_id"])
                if did not in texts:
                    try:
                        texts[did] = (self.call("document", did) or {}).get("text") or ""
                    except Exception:
                        texts[did] = ""
                text = texts[did]
                quotes = [
                    text[s:e]
                    for s, e in (x for x in _list(ev) if isinstance(x, list | tuple) and len(x) == 2)
                    if 0 <= s < e <= len(text)
                ]
                if quotes:
                    f["evidence_text"] = " … ".join(quotes)
            out.append(f)
        return out

    def event(self, event_id: int) -> dict[str, Any] | None:
        raw = self.call("event", event_id)
        if not raw:
            return None
        ev = self.event_summary(raw)
        ev["id"] = ev.get("id") if ev.get("id") is not None else event_id
        ev["url"] = event_url(ev["id"])
        ev["links"] = [{**dict(lk), "url": event_url(lk["event"])} for lk in _list(raw.get("links"))]
        sources = []
        for s in _list(raw.get("sources")):
            s = dict(s)
            s["source_url"] = safe_link(s.pop("url", None))  # only http(s) becomes a link
            s["doc_url"] = doc_url(s.get("doc_id"))
            spans = [list(x) for x in _list(s.get("evidence")) if isinstance(x, list | tuple) and len(x) == 2]
            s["evidence"] = spans
            s.setdefault("evidence_text", None)
            s["contexts"] = []
            sources.append(s)
        ev["sources"] = sources
        return ev

    def add_evidence_context(self, ev: dict[str, Any], width: int = 160) -> None:
        """Adds `contexts` [{before, mark, after}] to each source, cut from the document's text."""
        for s in ev.get("sources", []):
            doc = None
            if s.get("evidence"):
                try:
                    doc = self.call("document", str(s.get("doc_id")))
                except Exception:
                    doc = None
            text = (doc or {}).get("text") or ""
            contexts = []
            for start, end in s.get("evidence", []):
                if not text or not (0 <= start < end <= len(text)):
                    continue
                b = max(0, start - width)
                a = min(len(text), end + width)
                before = text[b:start]
                after = text[end:a]
                if b > 0:
                    before = "…" + before.split(" ", 1)[-1] if " " in before else "…" + before
                if a < len(text):
                    after = after.rsplit(" ", 1)[0] + "…" if " " in after else after + "…"
                contexts.append({"before": before, "mark": text[start:end], "after": after})
            if not contexts and s.get("evidence_text"):
                contexts.append({"before": "", "mark": s["evidence_text"], "after": ""})
            s["contexts"] = contexts
            if not s.get("title") and doc:
                s["title"] = doc.get("title")

    def document(self, doc_id: str) -> dict[str, Any] | None:
        raw = self.call("document", doc_id)
        if not raw:
            return None
        doc = dict(raw)
        doc.setdefault("doc_id", doc_id)
        doc["text"] = doc.get("text") or ""
        doc["source_url"] = safe_link(doc.pop("url", None))  # the original article: only http(s) links
        doc["url"] = doc_url(doc["doc_id"])  # its page here
        doc["mentions"] = [dict(m) for m in _list(doc.get("mentions"))]
        doc["evidence"] = [dict(e) for e in _list(doc.get("evidence"))]
        for m in doc["mentions"]:
            m["url"] = entity_url(m.get("type"), m.get("entity_id"))
        for e in doc["evidence"]:
            e["url"] = event_url(e.get("event_id"))
        return doc

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        args = {k: v for k, v in filters.items() if v not in (None, "")}
        return [self.event_summary(e) for e in _list(self.call("events", **args))]

    def network(self, max_nodes: int = MAX_NETWORK_NODES, **filters: Any) -> dict[str, Any]:
        args = {k: v for k, v in filters.items() if v not in (None, "")}
        key = ("network", max_nodes, tuple(sorted(args.items())))
        return dict(self.memo(key, lambda: self._network(max_nodes, args)))

    def _network(self, max_nodes: int, args: dict[str, Any]) -> dict[str, Any]:
        # around an organisation: it and its partners with the most shared events, read from their
        # events only (a busy organisation's whole neighbourhood can be most of the graph)
        top = {"top": max_nodes} if args.get("center") not in (None, "") else {}
        raw = self.call(network, **args, **top) or {}
        nodes = []
        for n in _list(raw.get("nodes")):
            n = dict(n)
            nid = n.get("id", n.get("entity_id"))
            n["id"] = nid
            n["url"] = entity_url(n.get("type") or "organization", nid)
            n.setdefault("name", f"#{nid}")
            nodes.append(n)
        ids = {n["id"] for n in nodes}
        edges = []
        for e in _list(raw.get("edges")):
            e = dict(e)
            src = e.get("source", e.get("a"))
            tgt = e.get("target", e.get("b"))
            if src not in ids or tgt not in ids:
                continue
            e["source"], e["target"] = src, tgt
            e["weight"] = _int(e.get("weight", e.get("shared_events", 1))) or 1
            edges.append(e)
        # the shared events of each link, with type and date (for the tooltips and the text alternative)
        for e in edges:  # the latest few are enough for a tooltip; `weight` counts them all
            e["events"] = sorted(_list(e.get("events")), reverse=True)[:SHARED_SHOWN]
        ev_ids = sorted({i for e in edges for i in _list(e.get("events"))})
        info: dict[int, tuple[str, str | None]] = {}
        if ev_ids:
            st = self._borrow()
            try:
                for start in range(0, len(ev_ids), 500):
                    chunk = ev_ids[start : start + 500]
                    for eid, etype, date in st.db.all(
                        f"SELECT id, type, date FROM events WHERE id IN {st.db.in_list(chunk)}", chunk
                    ):
                        info[eid] = (etype, date)
            finally:
                self._pool.put(st)
        for e in edges:
            e["shared"] = [
                {"id": i, "type": info[i][0], "date": info[i][1]}
                for i in _list(e.pop("events", None))
                if i in info
            ]
        truncated = bool(raw.get("truncated"))
        if len(nodes) > max_nodes:
            degree: dict[Any, int] = {}
            for e in edges:
                degree[e["source"]] = degree.get(e["source"], 0) + e["weight"]
                degree[e["target"]] = degree.get(e["target"], 0) + e["weight"]
            center = args.get("center")
            nodes.sort(key=lambda n: (n["id"] != center, -degree.get(n["id"], 0)))
            nodes = nodes[:max_nodes]
            keep = {n["id"] for n in nodes}
            edges = [e for e in edges if e["source"] in keep and e["target"] in keep]
            truncated = True
        if len(edges) > MAX_NETWORK_EDGES:
            # the strongest links (a drawing of thousands of links says less and weighs hundreds of kB)
            edges = sorted(edges, key=lambda e: (-e["weight"], str(e["source"]), str(e["target"])))
            edges = edges[:MAX_NETWORK_EDGES]
            truncated = True
        return {"nodes": nodes, "edges": edges, "truncated": truncated}

    def map_points(self, **filters: Any) -> list[dict[str, Any]]:
        args = {k: v for k, v in filters.items() if v not in (None, "")}
        return list(self.memo(("map_points", tuple(sorted(args.items()))), lambda: self._map_points(args)))

    def _map_points(self, args: dict[str, Any]) -> list[dict[str, Any]]:
        points = []
        for p in _list(self.call(map_points, **args)):
            p = dict(p)
            try:
                p["lat"] = float(p["lat"])
                p["lon"] = float(p["lon"])
            except (KeyError, TypeError, ValueError):
                continue
            pid = p.get("entity_id", p.get("id"))
            p["entity_id"] = pid
            p["url"] = entity_url(p.get("type"), pid)
            p["events"] = _int(p.get("events")) or 0
            points.append(p)
        return points

    # ---- writes ------------------------------------------------------------------------------
    def ingest(self, items: Iterable[Any]) -> dict[str, Any]:
        with self.write_lock:
            try:
                return dict(self.call("ingest", list(items)) or {})
            finally:
                self.clear_cache()

    def merge(self, a: int, b: int, reason: str = "user") -> dict[str, Any]:
        with self.write_lock:
            try:
                result = dict(self.call("merge", a, b, reason=reason) or {})
            finally:
                self.clear_cache()
        if result.get("ok") is False:  # the store reports refusals in the result
            raise ValueError(result.get("error") or "refused")
        return result

    def split(self, entity_id: int) -> dict[str, Any]:
        with self.write_lock:
            try:
                result = dict(self.call("split", entity_id) or {})
            finally:
                self.clear_cache()
        if result.get("ok") is False:
            raise ValueError(result.get("error") or "refused")
        return result

    # ---- shapes ------------------------------------------------------------------------------
    def entity_summary(self, e: Any, default_type: str | None = None) -> dict[str, Any]:
        e = dict(e) if isinstance(e, dict) else {"name": str(e)}
        eid = e.get("id", e.get("entity_id"))
        e["id"] = eid
        e["type"] = e.get("type") or default_type
        e["url"] = entity_url(e["type"], eid)
        e.setdefault("name", f"#{eid}")
        return e

    def event_summary(self, e: Any) -> dict[str, Any]:
        e = dict(e)
        eid = e.get("id", e.get("event_id"))
        e["id"] = eid
        e["url"] = event_url(eid)
        e.setdefault("type", None)
        e.setdefault("date", None)
        e.setdefault("status", "done")
        parts = []
        for p in _list(e.get("participants")):
            p = dict(p) if isinstance(p, dict) else {"name": str(p)}
            pid = p.pop("entity_id", p.get("id"))
            p["id"] = pid
            p["url"] = entity_url(p.get("type") or "organization", pid) if pid is not None else ""
            parts.append(p)
        e["participants"] = parts
        place = e.get("place")
        if isinstance(place, dict):
            place = dict(place)
            pid = place.get("id", place.get("entity_id"))
            place["url"] = entity_url("place", pid) if pid is not None else ""
            e["place"] = place
        elif isinstance(place, str) and place:
            pid = e.get("place_id")
            e["place"] = {
                "name": place,
                "id": pid,
                "url": entity_url("place", pid) if pid is not None else "",
            }
        elif isinstance(place, int):
            e["place"] = {"name": f"#{place}", "id": place, "url": entity_url("place", place)}
        else:
            e["place"] = None
        e["sectors"] = _list(e.get("sectors"))
        return e

    def document_summary(self, d: Any) -> dict[str, Any]:
        d = dict(d) if isinstance(d, dict) else {"doc_id": str(d)}
        d["source_url"] = safe_link(d.pop("url", None))
        d["url"] = doc_url(d.get("doc_id"))
        return d

    # ---- lists with totals -------------------------------------------------------------------
    def event_page(self, limit: int = 100, offset: int = 0, **filters: Any) -> dict[str, Any]:
        args = {k: v for k, v in filters.items() if v not in (None, "", [])}
        # the total and the histogram of a filter, kept until the data changes: the pages read their rows
        counts = self.memo(
            ("event_counts", tuple(sorted((k, repr(v)) for k, v in args.items()))),
            lambda: self.call("event_counts", **args),
        )
        raw = self.call("event_page", limit=limit, offset=offset, counts=counts, **args)
        raw["items"] = [self.event_summary(e) for e in raw["items"]]
        return raw

    def search_page(self, q: str, **args: Any) -> dict[str, Any]:
        voiv = self.memo(
            ("org_voivodeships",), lambda: {k: v["voivodeship"] for k, v in self.seats().items()}
        )
        args = {k: v for k, v in args.items() if v not in (None, "")}
        # the totals and facets of a query, kept until the data changes: the pages of one search (and a
        # repeated one) read only their own rows
        filters = {k: v for k, v in args.items() if k not in ("limit", "offset")}
        counts = self.memo(
            ("search_counts", q, tuple(sorted(filters.items()))),
            lambda: self.call("search_counts", q, org_voivodeships=voiv, **filters),
        )
        raw = self.call("search_page", q, org_voivodeships=voiv, counts=counts, **args)
        for h in raw["items"]:
            if h["kind"] == "document":
                h["source_url"] = safe_link(h.pop("url", None))
                h["url"] = doc_url(h["id"])
            elif h["kind"] == "event":
                h["url"] = event_url(h["id"])
                h["event"] = self.event_summary(h["event"])
            else:
                h["url"] = entity_url(h["kind"], h["id"])
        return raw

    def review_items(self, status: str, kind: str | None) -> list[dict[str, Any]]:
        """The review list (at most 200 items), kept until the data changes (a decision clears the cache):
        each item reads both of its sides."""
        return list(
            self.memo(("review", status, kind), lambda: self.call("review_items", status, kind, 200)) or []
        )

    def entity_brief(self, entity_id: int) -> dict[str, Any] | None:
        raw = self.call("_entity_brief", int(entity_id))
        return self.entity_summary(raw) if raw else None

    def org_subtypes(self) -> dict[int, tuple[str, str | None]]:
        """Organisation id → (name, subtype), those in the most documents first, until the database
        changes."""

        def compute() -> dict[int, tuple[str, str | None]]:
            st = self._borrow()
            try:
                rows = st.db.all(
                    "SELECT id, name, subtype FROM entities WHERE type = 'organization' ORDER BY doc_count DESC, id"
                )
            finally:
                self._pool.put(st)
            return {r[0]: (r[1], r[2]) for r in rows}

        return self.memo(("org_subtypes",), compute)

    def seats(self) -> dict[int, dict[str, Any]]:
        """Organisation id → its seat (analysis.seats), until the database changes."""
        from kooperacja.analysis.seats import seats

        def compute() -> dict[int, dict[str, Any]]:
            st = self._borrow()
            try:
                return seats(st)
            finally:
                self._pool.put(st)

        return self.memo(("seats",), compute)

    def partner_graph(self) -> dict[str, Any]:
        """The whole graph that partner recommendations read (analysis.recommend), until the data changes."""
        from kooperacja.analysis.recommend import partner_graph

        return self.memo(("partner_graph",), lambda: self.call(partner_graph))

    def partners(self, entity_id: int, k: int = 10, **filters: Any) -> list[dict[str, Any]]:
        from kooperacja.analysis.recommend import recommend_partners

        args = {key: v for key, v in filters.items() if v not in (None, "")}
        seats = self.seats()
        graph = self.partner_graph()

        def compute() -> list[dict[str, Any]]:
            st = self._borrow()
            try:
                return recommend_partners(st, entity_id, k=k, seats=seats, graph=graph, **args)
            finally:
                self._pool.put(st)

        return list(self.memo(("partners", entity_id, k, tuple(sorted(args.items()))), compute))

    def suggest(self, q: str, type: str | None = "organization", limit: int = 10) -> list[dict[str, Any]]:
        return [self.entity_summary(e) for e in _list(self.call("find_entities", q, limit=limit, type=type))]

    def event_points(self, full: bool = False, **filters: Any) -> dict[str, Any]:
        """Events grouped by their place, for the map: only places that are towns (or smaller) with
        coordinates; events elsewhere (a country, a region, no place) are counted, not drawn. Each point
        has `events_count` and its latest events (at most `POINT_EVENTS` each, `MAP_EVENTS` in all,
        counted and chosen in SQL); `full`: every event of every point (for the CSV download)."""
        args = {k: v for k, v in filters.items() if v not in (None, "", [])}
        key = (
            "event_points",
            full,
            tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in args.items())),
        )
        if full:
            return dict(self.memo(key, lambda: self._event_points(args)))
        return dict(self.memo(key, lambda: self._event_points_latest(args)))

    POINT_EVENTS = 12  # the latest events a map point carries for its popup
    MAP_EVENTS = 1500  # ... and all points together (the page stays small; the timeline has the rest)

    def _event_points_latest(self, args: dict[str, Any]) -> dict[str, Any]:
        from kooperacja.store.regions import ancestors

        st = self._borrow()
        try:
            db = st.db
            where, params = st.event_conditions(**args)
            cond = " AND ".join(where) if where else "1 = 1"
            counts = db.all(
                f"SELECT ev.place_id, COUNT(*) FROM events ev WHERE {cond} GROUP BY ev.place_id", params
            )
            total = sum(int(n) for _p, n in counts)
            ids = [pid for pid, _n in counts if pid is not None]
            info = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for pid, name, sub, lat, lon, gid in db.all(
                    f"SELECT id, name, subtype, lat, lon, gazetteer_id FROM entities WHERE id IN {db.in_list(chunk)}",
                    chunk,
                ):
                    if drawable(sub, lat, gid):
                        info[pid] = (name, sub, lat, lon, gid)
            drawn = sorted(((pid, int(n)) for pid, n in counts if pid in info), key=lambda x: (-x[1], x[0]))
            off_map = total - sum(n for _p, n in drawn)
            # the latest events of each point, the busiest points first, within the page's budget
            budget, per_point = self.MAP_EVENTS, {}
            for pid, n in drawn:
                take = min(n, self.POINT_EVENTS, budget)
                per_point[pid] = take
                budget -= take
            latest: dict[int, list[tuple]] = {}
            chosen = [pid for pid, take in per_point.items() if take > 0]
            for start in range(0, len(chosen), 500):
                chunk = chosen[start : start + 500]
                for eid, etype, date, pid, _rn in db.all(
                    "SELECT id, type, date, place_id, rn FROM (SELECT ev.id, ev.type, ev.date, ev.place_id, "
                    "ROW_NUMBER() OVER (PARTITION BY ev.place_id ORDER BY ev.date IS NULL, ev.date DESC, ev.id DESC) AS rn "
                    f"FROM events ev WHERE {cond} AND ev.place_id IN {db.in_list(chunk)}) t WHERE rn <= ? ORDER BY place_id, rn",
                    [*params, *chunk, self.POINT_EVENTS],
                ):
                    if len(latest.setdefault(pid, [])) < per_point[pid]:
                        latest[pid].append((eid, etype, date))
            whats = st.event_whats([e[0] for rows in latest.values() for e in rows])
        finally:
            self._pool.put(st)
        points = []
        for pid, n in drawn:
            name, _sub, lat, lon, gid = info[pid]
            voiv = [a for a in ancestors(gid) if a.startswith("pl-reg:")]
            points.append(
                {
                    "id": pid,
                    "name": name,
                    "lat": float(lat),
                    "lon": float(lon),
                    "url": entity_url("place", pid),
                    "voivodeship": voiv[0] if voiv else None,
                    "events_count": n,
                    "events": [
                        {
                            "id": eid,
                            "type": etype,
                            "date": date,
                            "what": whats.get(eid),
                            "url": event_url(eid),
                        }
                        for eid, etype, date in latest.get(pid, [])
                    ],
                }
            )
        return {"points": points, "total": total, "off_map": off_map}

    def _event_points(self, args: dict[str, Any]) -> dict[str, Any]:
        from kooperacja.store.regions import ancestors

        st = self._borrow()
        try:
            page = st.event_page(limit=100_000, offset=0, **args)
            places = {e["place_id"] for e in page["items"] if e.get("place_id")}
            info = {}
            if places:
                ids = list(places)
                for pid, name, sub, lat, lon, gid in st.db.all(
                    "SELECT id, name, subtype, lat, lon, gazetteer_id FROM entities "
                    f"WHERE id IN {st.db.in_list(ids)}",
                    ids,
                ):
                    info[pid] = (name, sub, lat, lon, gid)
        finally:
            self._pool.put(st)
        points: dict[int, dict[str, Any]] = {}
        off_map = 0
        for e in page["items"]:
            p = info.get(e.get("place_id"))
            if p is None or not drawable(p[1], p[2], p[4]):
                off_map += 1
                continue
            pt = points.get(e["place_id"])
            if pt is None:
                voiv = [a for a in ancestors(p[4]) if a.startswith("pl-reg:")]
                pt = points[e["place_id"]] = {
                    "id": e["place_id"],
                    "name": p[0],
                    "lat": float(p[2]),
                    "lon": float(p[3]),
                    "url": entity_url("place", e["place_id"]),
                    "voivodeship": voiv[0] if voiv else None,
                    "events": [],
                }
            pt["events"].append(
                {
                    "id": e["id"],
                    "type": e["type"],
                    "date": e["date"],
                    "what": e.get("what"),
                    "url": event_url(e["id"]),
                }
            )
        return {"points": list(points.values()), "total": page["total"], "off_map": off_map}
