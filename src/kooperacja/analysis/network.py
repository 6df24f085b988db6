"""The network of organisations: nodes, and edges weighted by the events they share."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

from kooperacja.schema import EVENT_TYPES
from kooperacja.store.queries import event_filters


def _event_filter(
    store: Any, type: str | None, sector: str | None, since: str | None, until: str | None, region: str | None
) -> tuple[list[str], list[Any]]:
    db = store.db
    where, params = event_filters(type if type in EVENT_TYPES else None, sector, since, until)
    if region:
        # containment: a voivodeship holds its powiats and towns, a country its regions and towns
        from kooperacja.store.regions import place_ids_in, resolve

        gid = resolve(region)
        ids = (place_ids_in(db, gid) if gid else []) or [-1]
        marks = db.in_list(ids)
        where.append(
            f"(ev.place_id IN {marks} OR ev.id IN (SELECT event_id FROM participants WHERE entity_id IN {marks}))"
        )
        params += ids + ids
    return where, params


# Above this many ids, a query over all organisations (filtered in Python) beats IN lists.
WHOLE = 400


def _org_scope(db: Any, ids: list[int], col: str) -> tuple[str, list[Any]]:
    """A join/condition restricting `col` to organisations (all of them when `ids` is long)."""
    if len(ids) > WHOLE:
        return f"JOIN entities o ON o.id = {col} AND o.type = 'organization'", []
    return f"AND {col} IN {db.in_list(ids)}", list(ids)


def _places_of(store: Any, org_ids: list[int]) -> dict[int, tuple[float, float]]:
    """Coordinates of an organisation: its own, else those of the place where most of its events were."""
    db = store.db
    out: dict[int, tuple[float, float]] = {}
    if not org_ids:
        return out
    wanted = set(org_ids)
    best: dict[int, tuple[int, float, float]] = {}
    for start in range(0, len(org_ids), 500 if len(org_ids) <= WHOLE else len(org_ids)):
        chunk = org_ids[start : start + 500] if len(org_ids) <= WHOLE else org_ids
        if len(chunk) > WHOLE:
            own = db.all("SELECT id, lat, lon FROM entities WHERE lat IS NOT NULL")
            placed = db.all(
                "SELECT p.entity_id, pl.lat, pl.lon, COUNT(*) FROM participants p "
                "JOIN events ev ON ev.id = p.event_id JOIN entities pl ON pl.id = ev.place_id "
                "WHERE pl.lat IS NOT NULL GROUP BY p.entity_id, pl.lat, pl.lon"
            )
        else:
            marks = db.in_list(chunk)
            own = db.all(f"SELECT id, lat, lon FROM entities WHERE id IN {marks} AND lat IS NOT NULL", chunk)
            placed = db.all(
                "SELECT p.entity_id, pl.lat, pl.lon, COUNT(*) FROM participants p "
                "JOIN events ev ON ev.id = p.event_id JOIN entities pl ON pl.id = ev.place_id "
                f"WHERE p.entity_id IN {marks} AND pl.lat IS NOT NULL GROUP BY p.entity_id, pl.lat, pl.lon",
                chunk,
            )
        for eid, lat, lon in own:
            if eid in wanted:
                out[eid] = (lat, lon)
        for eid, lat, lon, n in placed:
            if eid not in wanted:
                continue
            cur = best.get(eid)
            if cur is None or (n, -lat, -lon) > (cur[0], -cur[1], -cur[2]):
                best[eid] = (n, lat, lon)
    for eid, (_n, lat, lon) in best.items():
        if eid not in out:
            out[eid] = (lat, lon)
    return out


def network(store: Any, **filters: Any) -> dict[str, Any]:
    """Organisations as nodes, shared events as weighted edges (see `_network`)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()  # many small tuples, no cycles: collections would only cost time
    try:
        return _network(store, **filters)
    finally:
        if enabled:
            gc.enable()


def _strongest(
    db: Any, center: int, top: int, where: list[str], params: list[Any], join_events: bool
) -> tuple[list[int], bool]:
    """The centre and its `top` - 1 partners with the most shared events (under the same filters; ties by
    id), and whether partners were left out."""
    rows = db.all(
        "SELECT p.entity_id, COUNT(DISTINCT p.event_id) AS n FROM participants p "
        + ("JOIN events ev ON ev.id = p.event_id " if join_events else "")
        + "JOIN entities e ON e.id = p.entity_id WHERE "
        + " AND ".join(
            [
                *where,
                "p.entity_id <> ?",
                "p.event_id IN (SELECT event_id FROM participants WHERE entity_id = ?)",
            ]
        )
        + " GROUP BY p.entity_id ORDER BY n DESC, p.entity_id",
        [*params, center, center],
    )
    keep = [center] + [r[0] for r in rows[: max(0, top - 1)]]
    return sorted(keep), len(rows) > top - 1


def _around(
    db: Any, center: int, depth: int, where: list[str], params: list[Any], join_events: bool
) -> list[int] | None:
    """The centre and the organisations within `depth` shared events of it (under the same filters); None
    when they are too many for an IN list (the whole graph is read then)."""
    keep = {center}
    for _ in range(depth):
        rows = db.all(
            "SELECT DISTINCT p.entity_id FROM participants p "
            + ("JOIN events ev ON ev.id = p.event_id " if join_events else "")
            + "JOIN entities e ON e.id = p.entity_id WHERE "
            + " AND ".join(
                [
                    *where,
                    f"p.event_id IN (SELECT event_id FROM participants WHERE entity_id IN {db.in_list(sorted(keep))})",
                ]
            ),
            [*params, *sorted(keep)],
        )
        keep |= {r[0] for r in rows}
        if len(keep) > WHOLE:
            return None
    return sorted(keep)


def _network(
    store: Any,
    type: str | None = None,
    sector: str | None = None,
    region: str | None = None,
    since: str | None = None,
    until: str | None = None,
    center: int | None = None,
    depth: int = 1,
    min_weight: int = 1,
    limit: int = 2000,
    top: int | None = None,
) -> dict[str, Any]:
    """Organisations as nodes, shared events as weighted edges. `type`: an event type or an organisation
    subtype; `region`: a town, powiat, voivodeship or country (containment); `center`: only that organisation
    and its partners (`depth` 2: and their partners).

    A few aggregate queries (no per-row JSON): the pairs are counted in Python, sectors and places in SQL."""
    db = store.db
    where, params = _event_filter(store, type, sector, since, until, region)
    where.append("e.type = 'organization'")
    if type and type not in EVENT_TYPES:
        where.append("e.subtype = ?")
        params.append(type)
    join_events = any("ev." in w for w in where)
    cut = False
    if center is not None and min_weight <= 1:
        # only the events of the organisations around the centre are read (the same edges among them as
        # over the whole graph: an edge between two of them comes from an event of one of them)
        if top is not None and int(depth) <= 1:
            around, cut = _strongest(db, int(center), int(top), where, params, join_events)
        else:
            around = _around(db, int(center), max(1, min(2, int(depth))), where, params, join_events)
        if around is not None:
            where = [
                *where,
                f"p.event_id IN (SELECT event_id FROM participants WHERE entity_id IN {db.in_list(around)})",
            ]
            params = [*params, *around]
    rows = db.all(
        "SELECT p.event_id, p.entity_id FROM participants p "
        + ("JOIN events ev ON ev.id = p.event_id " if join_events else "")
        + f"JOIN entities e ON e.id = p.entity_id WHERE {' AND '.join(where)}",
        params,
    )
    by_event: dict[int, set[int]] = defaultdict(set)
    for ev, eid in rows:
        by_event[ev].add(eid)
    weights: Counter = Counter()
    shared: dict[tuple[int, int], list[int]] = defaultdict(list)
    degree_events: Counter = Counter()
    for ev in sorted(by_event):
        members = by_event[ev]
        degree_events.update(members)
        if len(members) < 2:
            continue
        for pair in combinations(sorted(members), 2):
            weights[pair] += 1
            lst = shared[pair]
            if len(lst) < 20:
                lst.append(ev)
    edges = [(a, b, w) for (a, b), w in weights.items() if w >= min_weight]
    if center is not None:
        center = int(center)
        keep = {center}
        for _ in range(max(1, min(2, int(depth)))):
            keep |= {b for a, b, _w in edges if a in keep} | {a for a, b, _w in edges if b in keep}
        if cut:
            keep &= set(around or ())
        edges = [(a, b, w) for a, b, w in edges if a in keep and b in keep]
        node_ids = keep & set(degree_events) | ({center} if center in degree_events else set())
    else:
        node_ids = set(degree_events)
    node_ids_sorted = sorted(node_ids, key=lambda i: -degree_events[i])[:limit]
    node_set = set(node_ids_sorted)
    edges = [(a, b, w) for a, b, w in edges if a in node_set and b in node_set]
    info: dict[int, tuple] = {}
    sectors: dict[int, list[tuple[int, str]]] = defaultdict(list)
    if node_ids_sorted:
        scope, sparams = _org_scope(db, node_ids_sorted, "p.entity_id")
        if len(node_ids_sorted) > WHOLE:
            ent_rows = db.all(
                "SELECT id, name, type, subtype, country FROM entities WHERE type = 'organization'"
            )
        else:
            ent_rows = db.all(
                f"SELECT id, name, type, subtype, country FROM entities WHERE id IN {db.in_list(node_ids_sorted)}",
                node_ids_sorted,
            )
        for r in ent_rows:
            if r[0] in node_set:
                info[r[0]] = r
        sec_sql = (
            "SELECT p.entity_id, es.sector, COUNT(*) FROM participants p "
            "JOIN event_sectors es ON es.event_id = p.event_id "
        )
        if sparams:
            sec_rows = db.all(sec_sql + f"WHERE 1 = 1 {scope} GROUP BY p.entity_id, es.sector", sparams)
        else:
            sec_rows = db.all(sec_sql + f"{scope} GROUP BY p.entity_id, es.sector")
        for eid, sec, n in sec_rows:
            if eid in node_set:
                sectors[eid].append((-n, sec))
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
                "sectors": [s for _, s in sorted(sectors.get(i, []))],
                "events": degree_events[i],
                "degree": degree[i],
            }
        )
    edges.sort(key=lambda e: (-e[2], e[0], e[1]))
    return {
        "nodes": nodes,
        "edges": [{"source": a, "target": b, "weight": w, "events": shared[(a, b)]} for a, b, w in edges],
        "truncated": cut,
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
