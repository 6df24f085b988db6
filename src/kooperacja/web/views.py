"""What each view shows, as JSON-serialisable dicts: the API returns them, the pages render them."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from jinja2.utils import htmlsafe_json_dumps

from kooperacja.schema import ORG_SUBTYPES
from kooperacja.store.queries import SEARCH_FILTERS as SEARCH_FACETS
from kooperacja.web.base import HTTPError, clean_date, clean_int, clean_text, clean_type
from kooperacja.web.data import WebData, entity_url

TYPE_PATHS = {"organization": "org", "person": "person", "place": "place"}
MINI_NETWORK_NODES = 40  # the small network on an organisation's page


def home(data: WebData) -> dict[str, Any]:
    return {"stats": data.stats(), "latest_events": data.latest_events(limit=12)}


PAGE_EVENTS = 50  # the latest events on an entity's page (the API gives the store's PROFILE_EVENTS)


def entity(
    data: WebData, entity_id: int, expected_type: str | None, events_limit: int | None = None
) -> dict[str, Any]:
    ent = data.entity(entity_id, events_limit=events_limit)
    if ent is None:
        raise HTTPError(404, f"no entity {entity_id}", "not_found")
    if expected_type and ent.get("type") and ent["type"] != expected_type:
        raise WrongType(entity_url(ent["type"], ent["id"]))
    out: dict[str, Any] = {"entity": ent}
    if ent.get("type") == "organization":
        out["network"] = data.network(center=entity_id, max_nodes=MINI_NETWORK_NODES)
    return out


class WrongType(Exception):
    """The id names an entity of another type: the caller redirects to its proper URL."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


def event(data: WebData, event_id: int) -> dict[str, Any]:
    ev = data.event(event_id)
    if ev is None:
        raise HTTPError(404, f"no event {event_id}", "not_found")
    data.add_evidence_context(ev)
    return {"event": ev}


def document(data: WebData, doc_id: str) -> dict[str, Any]:
    if len(doc_id) > 500:
        raise HTTPError(404, "no such document", "not_found")
    doc = data.document(doc_id)
    if doc is None:
        raise HTTPError(404, f"no document {doc_id!r}", "not_found")
    return {"document": doc}


def filters_from(params: dict[str, str | None], *, allow: tuple[str, ...]) -> dict[str, Any]:
    f: dict[str, Any] = {}
    if "type" in allow:
        f["type"] = clean_type(params.get("type"))
    if "sector" in allow:
        f["sector"] = clean_text(params.get("sector"), "sector", 60)
    if "region" in allow:
        f["region"] = clean_text(params.get("region"), "region", 120)
    if "since" in allow:
        f["since"] = clean_date(params.get("since"), "since")
    if "until" in allow:
        f["until"] = clean_date(params.get("until"), "until")
    if "org" in allow:
        f["org"] = clean_int(params.get("org"), "org")
    if "place" in allow:
        f["place"] = clean_int(params.get("place"), "place")
    if "center" in allow:
        f["center"] = clean_int(params.get("center"), "center")
    return {k: v for k, v in f.items() if v is not None}


MAP_KINDS = ("place", "organization", *ORG_SUBTYPES, "city", "region", "country")


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if not value:
        return None
    if value not in allowed:
        raise HTTPError(422, f"unknown {name} {value!r}; one of: {', '.join(allowed)}", f"bad_{name}")
    return value


MAX_LISTED_LINKS = 600


def network(data: WebData, params: Mapping[str, Any]) -> dict[str, Any]:
    """Organisations linked by shared events; `center` an id or a name, `depth` 1 or 2 around it."""
    center_raw = clean_text(params.get("center"), "center", 200)
    p = {k: params.get(k) for k in ("type", "sector", "region", "since", "until")}
    f = filters_from(p, allow=("type", "sector", "region", "since", "until"))
    subtype = _choice(params.get("subtype"), ORG_SUBTYPES, "subtype")
    depth = clean_int(params.get("depth"), "depth") or 1
    if depth not in (1, 2):
        raise HTTPError(422, "depth must be 1 or 2", "bad_depth")
    center_name = None
    if center_raw:
        if center_raw.isdigit():
            f["center"] = int(center_raw)
            brief = data.entity_brief(int(center_raw))
            center_name = brief["name"] if brief else None
        else:
            found = data.suggest(center_raw, limit=1)
            if not found:
                raise HTTPError(404, f"no organisation named {center_raw!r}", "not_found")
            f["center"] = found[0]["id"]
            center_name = found[0]["name"]
        if depth == 2:
            f["depth"] = 2
    shown = dict(f)
    if subtype:
        shown["subtype"] = subtype
    store_filters = dict(f)
    if subtype and not f.get("type"):
        # the store's `type` takes an event type or an organisation subtype, not both at once
        store_filters["type"] = subtype
    net = data.network(**store_filters)
    if subtype and f.get("type"):
        keep = {n["id"] for n in net["nodes"] if n.get("subtype") == subtype or n["id"] == f.get("center")}
        net["nodes"] = [n for n in net["nodes"] if n["id"] in keep]
        net["edges"] = [e for e in net["edges"] if e["source"] in keep and e["target"] in keep]
    degree: dict[Any, int] = {}
    for e in net["edges"]:
        degree[e["source"]] = degree.get(e["source"], 0) + 1
        degree[e["target"]] = degree.get(e["target"], 0) + 1
    for n in net["nodes"]:
        n["degree"] = degree.get(n["id"], 0)
    table = sorted(net["nodes"], key=lambda n: (-n["degree"], -(n.get("events") or 0), str(n.get("name"))))
    # a whole graph of thousands of links keeps the tooltips light: each link says how many events it
    # carries, and the centred views (a click away) list them
    if "center" not in f and len(net["edges"]) > MAX_LISTED_LINKS:
        net = {**net, "edges": [{**e, "shared": []} for e in net["edges"]], "shared_listed": False}
    else:
        net = {**net, "shared_listed": True}
    return {"filters": shown, "center_name": center_name, **net, "by_degree": [n["id"] for n in table]}


def network_lists(data: WebData, ctx: dict[str, Any], rows: int = 100, links: int = 300) -> dict[str, Any]:
    """The network page's graph as JSON for its data block (written once per filters until the data
    changes: hundreds of kB), its table and its link list: the first `rows` organisations by links and the
    first `links` links with their ends' names (looked up here, not in the template: a loop over every node
    there cost more than the graph itself)."""
    key = ("network_json", tuple(sorted((k, repr(v)) for k, v in ctx["filters"].items())))
    graph_json = data.memo(
        key,
        lambda: htmlsafe_json_dumps(
            {"nodes": ctx["nodes"], "edges": ctx["edges"]}, separators=(",", ":"), ensure_ascii=False
        ),
    )
    by_id = {n["id"]: n for n in ctx["nodes"]}
    return {
        "graph_json": graph_json,
        "table_nodes": [by_id[i] for i in ctx["by_degree"][:rows]],
        "link_rows": [
            {
                **e,
                "source_name": (by_id.get(e["source"]) or {}).get("name"),
                "target_name": (by_id.get(e["target"]) or {}).get("name"),
            }
            for e in ctx["edges"][:links]
        ],  # fmt: skip
    }


# ---- lists with totals: events, search, partners, map -------------------------------------------

# a group of event types that a user means by "cooperation"
TYPE_GROUPS = {"any_cooperation": ("agreement", "letter_of_intent", "cooperation")}
EVENT_PARAMS = ("type", "kind", "org", "region", "sector", "since", "until", "place")
MAX_PAGE = 500
MAX_DOWNLOAD = 100_000


def _many(qp: Any, name: str) -> list[str]:
    """All values of a repeatable parameter (`type=a&type=b` or `type=a,b`), without blanks."""
    values = qp.getlist(name) if hasattr(qp, "getlist") else [qp.get(name)]
    out: list[str] = []
    for v in values:
        for part in str(v or "").split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def event_filters(data: WebData, qp: Mapping[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The store filters named by the query (`type` and `kind` repeatable, `org` an id or a name,
    `region` a name/code of a town, powiat, voivodeship or country) and the chips that show them."""
    from kooperacja.store.regions import region as region_of
    from kooperacja.store.regions import resolve

    f: dict[str, Any] = {}
    chips: list[dict[str, Any]] = []
    types: list[str] = []
    for t in _many(qp, "type"):
        if t in TYPE_GROUPS:
            types += [x for x in TYPE_GROUPS[t] if x not in types]
        else:
            clean_type(t)
            if t not in types:
                types.append(t)
        chips.append({"param": "type", "value": t, "label": t, "kind": "type"})
    if types:
        f["types"] = types
    kinds = [_choice(k, ORG_SUBTYPES, "kind") for k in _many(qp, "kind")]
    if kinds:
        f["kinds"] = kinds
        chips += [{"param": "kind", "value": k, "label": k, "kind": "subtype"} for k in kinds]
    orgs: list[int] = []
    for o in _many(qp, "org")[:10]:
        clean_text(o, "org", 200)
        if o.isdigit():
            ent = data.entity_brief(int(o))
            name = ent["name"] if ent else f"#{o}"
            orgs.append(int(o))
        else:
            found = data.suggest(o, limit=1)
            orgs.append(found[0]["id"] if found else -1)
            name = found[0]["name"] if found else o
        chips.append({"param": "org", "value": o, "label": name, "kind": "org"})
    if orgs:
        f["orgs"] = orgs
    reg = clean_text(qp.get("region"), "region", 120)
    if reg:
        gid = resolve(reg)
        if gid is None:
            raise HTTPError(
                422, f"unknown region {reg!r}: give a town, powiat, voivodeship or country", "bad_region"
            )
        f["region"] = gid
        r = region_of(gid)
        chips.append({"param": "region", "value": reg, "label": r.name if r else reg, "kind": "region"})
    sector = clean_text(qp.get("sector"), "sector", 60)
    if sector:
        f["sector"] = sector
        chips.append({"param": "sector", "value": sector, "label": sector, "kind": "sector"})
    for name in ("since", "until"):
        d = clean_date(qp.get(name), name)
        if d:
            f[name] = d
            chips.append({"param": name, "value": d, "label": d, "kind": name})
    place = clean_int(qp.get("place"), "place")
    if place is not None:
        f["place"] = place
        chips.append({"param": "place", "value": str(place), "label": f"#{place}", "kind": "place"})
    conf = qp.get("min_confidence")
    if conf not in (None, ""):
        try:
            least = float(conf)
        except ValueError:
            least = -1.0
        if not 0.0 <= least <= 1.0:
            raise HTTPError(422, "min_confidence must be a number from 0 to 1", "bad_confidence")
        f["min_confidence"] = least
        chips.append(
            {"param": "min_confidence", "value": conf, "label": f"≥ {least:g}", "kind": "confidence"}
        )
    return f, chips


def _paging(qp: Mapping[str, Any], default: int = 50) -> tuple[int, int]:
    limit = clean_int(qp.get("limit"), "limit")
    offset = clean_int(qp.get("offset"), "offset")
    limit = default if limit is None else limit
    offset = 0 if offset is None else offset
    if not 1 <= limit <= MAX_DOWNLOAD or offset < 0:
        raise HTTPError(422, f"limit must be 1…{MAX_DOWNLOAD} and offset ≥ 0", "bad_paging")
    return limit, offset


def events_list(data: WebData, qp: Mapping[str, Any], default_limit: int = 50) -> dict[str, Any]:
    """Events matching the query's filters, newest first: {items, total, limit, offset, per_year, filters,
    chips}; `per_year` counts all matching events, not only this page."""
    f, chips = event_filters(data, qp)
    limit, offset = _paging(qp, default_limit)
    page = data.event_page(limit=limit, offset=offset, **f)
    years = sorted(((y, n) for y, n in page["per_year"].items() if y), key=lambda x: x[0])
    return {
        "items": page["items"],
        "total": page["total"],
        "limit": limit,
        "offset": offset,
        "per_year": [{"year": y, "events": n} for y, n in years],
        "undated": page["per_year"].get("", 0),
        "filters": {k: v for k, v in f.items()},
        "chips": chips,
    }


def group_by_month(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for e in items:
        key = (e.get("date") or "")[:7] or ""
        groups.setdefault(key, []).append(e)
    return [{"period": k, "events": v} for k, v in groups.items()]


def search_list(data: WebData, qp: Mapping[str, Any], default_limit: int = 20) -> dict[str, Any]:
    q = (qp.get("q") or "").strip()
    if len(q) > 200:
        raise HTTPError(422, "the query is too long", "too_long")
    limit, offset = _paging(qp, default_limit)
    chosen = {k: clean_text(qp.get(k), k, 80) for k in SEARCH_FACETS}
    if not q:
        return {
            "q": q,
            "items": [],
            "total": 0,
            "limit": limit,
            "offset": offset,
            "facets": {},
            "chosen": chosen,
        }
    res = data.search_page(q, limit=limit, offset=offset, **chosen)
    return {"q": q, **res, "limit": limit, "offset": offset, "chosen": {k: v for k, v in chosen.items() if v}}


def partners_list(data: WebData, entity_id: int, qp: Mapping[str, Any]) -> dict[str, Any]:
    from kooperacja.store.regions import resolve

    kind = _choice(qp.get("kind"), ORG_SUBTYPES, "kind")
    voiv = clean_text(qp.get("voivodeship"), "voivodeship", 80)
    gid = resolve(voiv) if voiv else None
    if voiv and not (gid or "").startswith("pl-reg:"):
        raise HTTPError(422, f"unknown voivodeship {voiv!r}", "bad_voivodeship")
    limit, offset = _paging(qp, 10)
    if data.entity_brief(entity_id) is None:
        raise HTTPError(404, f"no entity {entity_id}", "not_found")
    items = data.partners(entity_id, k=offset + limit, kind=kind, voivodeship=gid)
    return {
        "items": items[offset : offset + limit],
        "total": len(items) if len(items) < offset + limit else None,
        "limit": limit,
        "offset": offset,
        "filters": {k: v for k, v in {"kind": kind, "voivodeship": gid}.items() if v},
    }


MAP_ORGS = 800  # organisations drawn at their seats (those in the most documents; the page stays small)


def _map_orgs(data: WebData, kinds: set[str]) -> tuple[list[dict[str, Any]], int, int]:
    """The organisations of the chosen kinds drawn at their seats (at most MAP_ORGS, those in the most
    documents first), how many have a seat, and how many have none."""
    seats = data.seats()
    orgs: list[dict[str, Any]] = []
    seated = unplaced = 0
    for oid, (name, subtype) in data.org_subtypes().items():
        if kinds and subtype not in kinds:
            continue
        seat = seats.get(oid)
        if seat is None:
            unplaced += 1
            continue
        seated += 1
        if len(orgs) < MAP_ORGS:
            orgs.append(
                {
                    "id": oid,
                    "name": name,
                    "subtype": subtype,
                    "url": f"/org/{oid}",
                    "lat": seat["lat"],
                    "lon": seat["lon"],
                    "seat": seat["place"],
                    "how": seat["how"],
                }
            )
    return orgs, seated, unplaced


def map_data(data: WebData, qp: Mapping[str, Any], full: bool = False) -> dict[str, Any]:
    """Events as points at their places (with the list's filters) and organisations at their seats."""
    f, chips = event_filters(data, qp)
    ev = data.event_points(full=full, **f)
    kinds = tuple(sorted(f.get("kinds") or []))
    orgs, seated, unplaced = data.memo(("map_orgs", kinds), lambda: _map_orgs(data, set(kinds)))
    # each point carries its latest events for the popup (the rest are one link away, on the timeline)
    points = []
    for p in ev["points"]:
        p = dict(p)
        p.setdefault("events_count", len(p["events"]))
        p["events"] = sorted(p["events"], key=lambda e: e.get("date") or "", reverse=True)
        points.append(p)
    return {
        "points": points,
        "events_total": ev["total"],
        "events_off_map": ev["off_map"],
        "organizations": orgs,
        "organizations_total": seated,
        "organizations_without_seat": unplaced,
        # the chosen voivodeship, outlined on the map ("pl-reg:PL-24" -> "PL-24")
        "region_code": (f.get("region") or "").removeprefix("pl-reg:")
        if str(f.get("region") or "").startswith("pl-reg:")
        else "",
        "filters": f,
        "chips": chips,
    }


# the organisations whose pages (profile, partners, the network around them) are filled at start-up
WARM_ORGS = 10


def warm_pages(data: WebData) -> None:
    """Fill, in the background at start-up, the caches of the pages every visitor asks for the same way and
    whose first request costs most: the map, the review list, and the pages of the WARM_ORGS organisations
    in the most documents (their profile, partners and the network around them; at 100,000 documents the
    first request of each took 0.4-1.2 s on PostgreSQL). Errors are left to real requests."""
    steps: list[Any] = [lambda: map_data(data, {}), lambda: data.review_items("open", None)]
    try:
        orgs = [
            r[0]
            for r in data.call(
                lambda st: st.db.all(
                    "SELECT id FROM entities WHERE type = 'organization' ORDER BY doc_count DESC, id LIMIT ?",
                    (WARM_ORGS,),
                )
            )
        ]
    except Exception:  # noqa: BLE001 - an empty or unreachable database shows itself on the first request
        orgs = []
    for oid in orgs:
        steps += [
            lambda oid=oid: entity(data, oid, "organization", events_limit=PAGE_EVENTS),
            lambda oid=oid: partners_list(data, oid, {}),
            lambda oid=oid: network_lists(data, network(data, {"center": str(oid)})),
        ]
    for step in steps:
        try:
            step()
        except Exception:  # noqa: BLE001 - as above
            pass
