"""REST API under /api: the JSON twins of the pages, and the token-guarded writes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel, ConfigDict, Field

from kooperacja.web import views, writes
from kooperacja.web.base import HTTPError


class Page(BaseModel):
    """One page of a list: the items, how many there are in all, and where this page starts."""

    model_config = ConfigDict(extra="allow")
    items: list[dict[str, Any]]
    total: int | None = Field(description="all matching items (null where unknown)")
    limit: int
    offset: int


class EventPage(Page):
    per_year: list[dict[str, Any]] = Field(description="[{year, events}] over all matching events")
    undated: int = Field(description="matching events without a date")
    chips: list[dict[str, Any]] = Field(description="the active filters")


class SearchPage(Page):
    q: str
    facets: dict[str, dict[str, int]] = Field(
        description="counts over all hits: kind, subtype, sector, year, voivodeship, event_type"
    )


class MapData(BaseModel):
    model_config = ConfigDict(extra="allow")
    points: list[dict[str, Any]] = Field(
        description="places (towns) with `events_count` and their latest events (all of them: ?format=csv on /map)"
    )
    events_total: int
    events_off_map: int = Field(
        description="matching events whose place is no town (a country, a region, none)"
    )
    organizations: list[dict[str, Any]] = Field(
        description="organisations at their seats (at most 800, those in the most documents first)"
    )
    organizations_total: int = Field(description="organisations with a known seat")
    organizations_without_seat: int


class Error(BaseModel):
    """Every error, of every route: a machine-readable code, the HTTP status, and a sentence."""

    error: str = Field(description="not_found, invalid_request, bad_date, bad_type, unauthorized, …")
    status: int
    detail: str


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": Error, "description": "No such item"},
    422: {"model": Error, "description": "A parameter is not valid"},
    503: {"model": Error, "description": "The database is not available"},
}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

QType = Annotated[str | None, Query(description="event type, e.g. agreement, visit, investment")]
QSector = Annotated[str | None, Query(description="sector code, e.g. automotive, ict")]
QRegion = Annotated[
    str | None,
    Query(description="a town, powiat, voivodeship or country (name, ISO code or gazetteer id); containment"),
]
QSince = Annotated[str | None, Query(description="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")]
QUntil = Annotated[str | None, Query(description="up to this date (YYYY, YYYY-MM or YYYY-MM-DD)")]


def _data(request: Request) -> Any:
    return request.app.state.data


@router.get("", summary="Home: counts and the latest events")
def api_home(request: Request) -> dict[str, Any]:
    return views.home(_data(request))


@router.get("/stats", summary="Counts of documents, entities and events")
def api_stats(request: Request) -> dict[str, Any]:
    return _data(request).stats()


@router.get("/latest", summary="The latest events", response_model=Page)
def api_latest(request: Request, limit: Annotated[int, Query(ge=1, le=100)] = 10) -> Any:
    return views.events_list(_data(request), request.query_params, default_limit=limit)


QTypes = Annotated[
    list[str] | None,
    Query(
        description="event types (repeat, or comma-separated); any_cooperation = agreement, letter_of_intent, cooperation"
    ),
]
QKinds = Annotated[
    list[str] | None,
    Query(description="organisation kinds of a participant (repeat): cluster, economic_zone…"),
]
QOrgs = Annotated[list[str] | None, Query(description="participant organisations (repeat): ids or names")]
QLimit = Annotated[int, Query(ge=1, le=100_000)]
QOffset = Annotated[int, Query(ge=0)]


@router.get(
    "/search",
    summary="Search everything (any inflection); one ranked list with facets",
    response_model=SearchPage,
)
def api_search(
    request: Request,
    q: Annotated[str, Query(max_length=200, description="words to look for")] = "",
    kind: Annotated[str | None, Query(description="organization, person, place, event or document")] = None,
    subtype: Annotated[str | None, Query(description="organisation or place subtype")] = None,
    sector: QSector = None,
    year: Annotated[str | None, Query(description="year of an event or document")] = None,
    voivodeship: Annotated[
        str | None, Query(description="gazetteer id of a voivodeship, e.g. pl-reg:PL-24")
    ] = None,
    event_type: Annotated[str | None, Query(description="event type")] = None,
    limit: QLimit = 20,
    offset: QOffset = 0,
) -> Any:
    return views.search_list(_data(request), request.query_params)


@router.get(
    "/suggest", summary="Names for a search box: organisations (or another type) by name, alias or prefix"
)
def api_suggest(
    request: Request,
    q: Annotated[str, Query(max_length=200)] = "",
    type: Annotated[
        str | None, Query(description="organization (default), person or place")
    ] = "organization",
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[dict[str, Any]]:
    if not q.strip():
        return []
    return [
        {"id": e["id"], "name": e["name"], "subtype": e.get("subtype"), "url": e["url"]}
        for e in _data(request).suggest(q, type=type, limit=limit)
    ]


def _entity(request: Request, entity_id: int, expected: str | None) -> Any:
    try:
        return views.entity(_data(request), entity_id, expected)
    except views.WrongType as wt:
        return RedirectResponse("/api" + wt.url, status_code=307)


EntityId = Annotated[int, Path(ge=0, le=2**62)]


@router.get("/entity/{entity_id}", summary="Any entity's profile")
def api_entity(request: Request, entity_id: EntityId) -> Any:
    return _entity(request, entity_id, None)


@router.get("/org/{entity_id}", summary="Organisation: profile, figures, events, partners, network around it")
def api_org(request: Request, entity_id: EntityId) -> Any:
    return _entity(request, entity_id, "organization")


@router.get("/person/{entity_id}", summary="Person: roles and events")
def api_person(request: Request, entity_id: EntityId) -> Any:
    return _entity(request, entity_id, "person")


@router.get("/place/{entity_id}", summary="Place: coordinates and events there")
def api_place(request: Request, entity_id: EntityId) -> Any:
    return _entity(request, entity_id, "place")


@router.get("/event/{event_id}", summary="Event: type, date, place, participants, sources with evidence")
def api_event(request: Request, event_id: EntityId) -> dict[str, Any]:
    return views.event(_data(request), event_id)


@router.get("/doc/{doc_id:path}", summary="Document: text, mentions and event evidence offsets")
def api_doc(request: Request, doc_id: str) -> dict[str, Any]:
    return views.document(_data(request), doc_id)


@router.get(
    "/events",
    summary="Events, newest first, filtered; totals and a histogram over all of them",
    response_model=EventPage,
)
@router.get("/timeline", summary="The same as /api/events", response_model=EventPage)
def api_events(
    request: Request,
    type: QTypes = None,
    kind: QKinds = None,
    org: QOrgs = None,
    region: QRegion = None,
    sector: QSector = None,
    since: QSince = None,
    until: QUntil = None,
    place: Annotated[str | None, Query(description="place id")] = None,
    limit: QLimit = 50,
    offset: QOffset = 0,
    min_confidence: Annotated[
        float | None, Query(ge=0, le=1, description="hide events below this learned confidence")
    ] = None,
) -> Any:
    return views.events_list(_data(request), request.query_params)


@router.get(
    "/org/{entity_id}/partners",
    summary="Potential partners of an organisation, with reasons citing events",
    response_model=Page,
)
def api_partners(
    request: Request,
    entity_id: Annotated[int, Path(ge=0, le=2**62)],
    kind: Annotated[str | None, Query(description="organisation kind of the partners")] = None,
    voivodeship: Annotated[
        str | None, Query(description="voivodeship of the partners' seat (name or pl-reg:PL-xx)")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    offset: QOffset = 0,
) -> Any:
    return views.partners_list(_data(request), entity_id, request.query_params)


@router.get("/network", summary="Organisations linked by shared events (edges list the shared events)")
def api_network(
    request: Request,
    type: QType = None,
    sector: QSector = None,
    region: QRegion = None,
    since: QSince = None,
    until: QUntil = None,
    center: Annotated[str | None, Query(description="organisation at the centre: id or name")] = None,
    depth: Annotated[int, Query(ge=1, le=2, description="1: its partners; 2: and theirs")] = 1,
    subtype: Annotated[
        str | None, Query(description="organisation subtype, e.g. economic_zone, company")
    ] = None,
) -> dict[str, Any]:
    return views.network(_data(request), request.query_params)


@router.get("/map", summary="Events at their places and organisations at their seats", response_model=MapData)
def api_map(
    request: Request,
    type: QTypes = None,
    kind: QKinds = None,
    org: QOrgs = None,
    region: QRegion = None,
    sector: QSector = None,
    since: QSince = None,
    until: QUntil = None,
) -> Any:
    return views.map_data(_data(request), request.query_params)


# ---- writes -------------------------------------------------------------------------------------


class MergeRequest(BaseModel):
    a: int = Field(description="the entity that stays")
    b: int = Field(description="the entity merged into it")
    reason: str = Field("user", max_length=500)


class SplitRequest(BaseModel):
    entity_id: int


UPLOAD_BODY = {
    "requestBody": {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "text": {"type": "string"},
                        "title": {"type": "string"},
                        "published": {"type": "string"},
                        "url": {"type": "string"},
                        "doc_id": {"type": "string"},
                    },
                }
            },
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string"},
                        "title": {"type": "string"},
                        "published": {"type": "string"},
                        "url": {"type": "string"},
                        "doc_id": {"type": "string"},
                    },
                }
            },
        }
    }
}


@router.post(
    "/documents",
    summary="Ingest an uploaded file or pasted text (needs the token)",
    openapi_extra=UPLOAD_BODY,
    status_code=201,
)
async def api_upload(request: Request) -> JSONResponse:
    writes.check_writable(request)
    fields, file = await writes.read_upload_request(request)
    writes.check_write(request, fields.get("token"))
    result = await writes.ingest_upload(request, fields, file)
    return JSONResponse(result, status_code=201)


@router.post(
    "/merge",
    summary="Merge entity b into entity a (needs the token)",
    dependencies=[Depends(writes.require_token)],
)
def api_merge(request: Request, body: MergeRequest) -> dict[str, Any]:
    if body.a == body.b:
        raise HTTPError(422, "a and b must differ", "bad_merge")
    return writes.do_merge(request, body.a, body.b, body.reason)


@router.post(
    "/split",
    summary="Undo merges of an entity (needs the token)",
    dependencies=[Depends(writes.require_token)],
)
def api_split(request: Request, body: SplitRequest) -> dict[str, Any]:
    return writes.do_split(request, body.entity_id)
