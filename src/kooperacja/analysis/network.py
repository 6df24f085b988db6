"""The network of organisations: nodes, and edges weighted by the events they share."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

EVENT_TYPES = frozenset(
    (
        "agreement",
        "letter_of_intent",
        "cooperation",
        "visit",
        "conference",
        "founding",
        "membership",
        "investment",
        "award",
    )
)


def _event_filter(
    store: Any, type: str | None, sector: str | None, since: str | None, until: str | None, region: str | None
) -> tuple[list[str], list[Any]]:
    db = store.db
    where: list[str] = []
    params: list[Any] = []
    if type and type in EVENT_TYPES:
        where.append("ev.type = ?")
        params.append(type)
    if sector:
        where.append("ev.id IN (SELECT event_id FROM event_sectors WHERE sector = ?)")
        params.append(sector)
    if since:
        where.append("ev.date_end >= ?")
        params.append(since)
    if until:
        where.append("ev.date_start <= ?")
        params.append(until + "-99" if len(until) < 10 else until)
    if region:
        if len(region) == 2 and region.isalpha():
            where.append(
                "(ev.place_id IN (SELECT id FROM entities WHERE country = ?) OR ev.id IN "
                "(SELECT p.event_id FROM participants p JOIN entities e ON e.id = p.entity_id WHERE e.country = ?))"
            )
            params += [region.upper(), region.upper()]
        else:
            ids = [e["id"] for e in store.find_entities(region, limit=3, type="place")] or [-1]
            where.append(f"ev.place_id IN {db.in_list(ids)}")
            params += ids
    return where, params


def _places_of(store: Any, org_ids: list[int]) -> dict[int, tuple[float, float]]:
    """Coordinates of an organisation: its own, else those of the place where most of its events were."""
    db = store.db
    out: dict[int, tuple[float, float]] = {}
    counts: dict[int, Counter] = defaultdict(Counter)
    for start in range(0, len(org_ids), 500):
        chunk = org_ids[start : start + 500]
        for eid, lat, lon in db.all(
            f"SELECT id, lat, lon FROM entities WHERE id IN {db.in_list(chunk)} AND lat IS NOT NULL", chunk
        ):
            out[eid] = (lat, lon)
        for eid, lat, lon in db.all(
            f"SELECT p.entity_id, pl.lat, pl.lon FROM participants p JOIN events ev ON ev.id = p.event_id "
            f"JOIN entities pl ON pl.id = ev.place_id WHERE p.entity_id IN {db.in_list(chunk)} AND pl.lat IS NOT NULL",
            chunk,
        ):
            counts[eid][(lat, lon)] += 1
    for eid, c in counts.items():
        if eid not in out:
            out[eid] = c.most_common(1)[0][0]
    return out


def network(
    store: Any,
    type: str | None = None,
    sector: str | None = None,
    region: str | None = None,
    since: str | None = None,
    until: str | None = None,
    center: int | None = None,
    min_weight: int = 1,
    limit: int = 2000,
) -> dict[str, Any]:
    """Organisations as nodes, shared events as weighted edges. `type`: an event type or an organisation
    subtype; `region`: a country code or a place name; `center`: only that organisation and its partners."""
    db = store.db
    where, params = _event_filter(store, type, sector, since, until, region)
    where.append("e.type = 'organization'")
    if type and type not in EVENT_TYPES:
        where.append("e.subtype = ?")
        params.append(type)
    rows = db.all(
        "SELECT p.event_id, p.entity_id FROM participants p JOIN events ev ON ev.id = p.event_id "
        f"JOIN entities e ON e.id = p.entity_id WHERE {' AND '.join(where)}",
        params,
    )
    by_event: dict[int, set[int]] = defaultdict(set)
    for ev, eid in rows:
        by_event[ev].add(eid)
    weights: Counter = Counter()
    shared: dict[tuple[int, int], list[int]] = defaultdict(list)
    degree_events: Counter = Counter()
    for ev, members in by_event.items():
        for m in members:
            degree_events[m] += 1
        for a, b in combinations(sorted(members), 2):
            weights[(a, b)] += 1
            if len(shared[(a, b)]) < 20:
                shared[(a, b)].append(ev)
    edges = [(a, b, w) for (a, b), w in weights.items() if w >= min_weight]
    if center is not None:
        center = int(center)
        keep = {center} | {b for a, b, _ in edges if a == center} | {a for a, b, _ in edges if b == center}
        edges = [(a, b, w) for a, b, w in edges if a in keep and b in keep]
        node_ids = keep & set(degree_events) | ({center} if center in degree_events else set())
    else:
        node_ids = set(degree_events)
    node_ids_sorted = sorted(node_ids, key=lambda i: -degree_events[i])[:limit]
    node_set = set(node_ids_sorted)
    edges = [(a, b, w) for a, b, w in edges if a in node_set and b in node_set]
    info = {}
    sectors: dict[int, Counter] = defaultdict(Counter)
    for start in range(0, len(node_ids_sorted), 500):
        chunk = node_ids_sorted[start : start + 500]
        marks = db.in_list(chunk)
        for r in db.all(f"SELECT id, name, type, subtype, country FROM entities WHERE id IN {marks}", chunk):
            info[r[0]] = r
        for eid, secs in db.all(
            f"SELECT p.entity_id, ev.sectors FROM participants p JOIN events ev ON ev.id = p.event_id "
            f"WHERE p.entity_id IN {marks}",
            chunk,
        ):
            sectors[eid].update(json.loads(secs or "[]"))
    coords = _places_of(store, node_ids_sorted)
    degree: Counter = Counter()
    for a, b, _ in edges:
        degree[a] += 1
        degree[b] += 1
    nodes = []
    for i in node_ids_sorted:
        r = info.get(i)
        if r is None:
            continue
        lat, lon = coords.get(i, (None, None))
        nodes.append(
            {
                "id": i,
                "name": r[1],
                "type": r[2],
                "subtype": r[3],
                "country": r[4],
                "lat": lat,
                "lon": lon,
                "sectors": [s for s, _ in sectors[i].most_common()],
                "events": degree_events[i],
                "degree": degree[i],
            }
        )
    return {
        "nodes": nodes,
        "edges": [
            {"source": a, "target": b, "weight": w, "events": shared[(a, b)]}
            for a, b, w in sorted(edges, key=lambda e: (-e[2], e[0], e[1]))
        ],
    }


def map_points(
    store: Any,
    type: str | None = None,
    sector: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Entities with coordinates (places, and organisations placed by their events) and their event counts."""
    db = store.db
    where, params = _event_filter(store, None, sector, since, until, None)
    cond = (" AND " + " AND ".join(where)) if where else ""
    counts: Counter = Counter()
    for (eid,) in db.all(
        f"SELECT p.entity_id FROM participants p JOIN events ev ON ev.id = p.event_id WHERE 1 = 1{cond}",
        params,
    ):
        counts[eid] += 1
    for (pid,) in db.all(f"SELECT ev.place_id FROM events ev WHERE ev.place_id IS NOT NULL{cond}", params):
        counts[pid] += 1
    ids = list(counts)
    coords = _places_of(store, ids)
    out = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for eid, name, etype, subtype in db.all(
            f"SELECT id, name, type, subtype FROM entities WHERE id IN {db.in_list(chunk)}", chunk
        ):
            if eid not in coords or (type and type not in (etype, subtype)):
                continue
            lat, lon = coords[eid]
            out.append(
                {
                    "entity_id": eid,
                    "name": name,
                    "type": etype,
                    "subtype": subtype,
                    "lat": lat,
                    "lon": lon,
                    "events": counts[eid],
                }
            )
    out.sort(key=lambda p: (-p["events"], p["name"]))
    return out
