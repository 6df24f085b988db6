"""What each view shows, as JSON-serialisable dicts: the API returns them, the pages render them."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from kooperacja.web.app import HTTPError, clean_date, clean_int, clean_text, clean_type
from kooperacja.web.data import WebData, entity_url

TYPE_PATHS = {"organization": "org", "person": "person", "place": "place"}
MINI_NETWORK_NODES = 40  # the small network on an organisation's page


def home(data: WebData) -> dict[str, Any]:
    return {"stats": data.stats(), "latest_events": data.latest_events(limit=12)}


def search(data: WebData, q: str | None, limit: int = 20) -> dict[str, Any]:
    q = (q or "").strip()
    if len(q) > 200:
        raise HTTPError(422, "the query is too long", "too_long")
    results = data.search(q, limit=limit) if q else data.search("", limit=limit)
    total = sum(len(v) for v in results.values())
    return {"q": q, "total": total, "results": results}


def entity(data: WebData, entity_id: int, expected_type: str | None) -> dict[str, Any]:
    ent = data.entity(entity_id)
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


def timeline(
    data: WebData, params: dict[str, str | None], page: int = 1, page_size: int = 100
) -> dict[str, Any]:
    f = filters_from(params, allow=("type", "sector", "since", "until", "org", "place"))
    page = max(1, page)
    events = data.events(**f, limit=page_size + 1, offset=(page - 1) * page_size)
    more = len(events) > page_size
    events = events[:page_size]
    groups: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for e in events:
        key = (e.get("date") or "")[:7] or "undated"
        groups.setdefault(key, []).append(e)
    years: dict[str, int] = {}
    for e in events:
        y = (e.get("date") or "")[:4]
        if y:
            years[y] = years.get(y, 0) + 1
    return {
        "filters": f,
        "page": page,
        "page_size": page_size,
        "has_more": more,
        "events": events,
        "groups": [{"period": k, "events": v} for k, v in groups.items()],
        "per_year": [{"year": y, "events": n} for y, n in sorted(years.items())],
    }


ORG_SUBTYPES = (
    "economic_zone",
    "cluster",
    "municipality",
    "regional_government",
    "national_government",
    "agency",
    "company",
    "research_education",
    "technology_park",
    "business_association",
    "international_org",
    "other",
)
MAP_KINDS = ("place", "organization", *ORG_SUBTYPES, "city", "region", "country")


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if not value:
        return None
    if value not in allowed:
        raise HTTPError(422, f"unknown {name} {value!r}; one of: {', '.join(allowed)}", f"bad_{name}")
    return value


def network(data: WebData, params: dict[str, str | None]) -> dict[str, Any]:
    f = filters_from(params, allow=("type", "sector", "region", "since", "until", "center"))
    subtype = _choice(params.get("subtype"), ORG_SUBTYPES, "subtype")
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
    return {"filters": shown, **net}


def map_view(data: WebData, params: dict[str, str | None]) -> dict[str, Any]:
    # the store's map filter `type` is a kind of entity (place, organization, or a subtype), not an event type
    f = filters_from(params, allow=("sector", "since", "until"))
    kind = _choice(params.get("kind"), MAP_KINDS, "kind")
    shown = dict(f)
    if kind:
        shown["kind"] = kind
        f["type"] = kind
    points = data.map_points(**f)
    return {"filters": shown, "points": points}
