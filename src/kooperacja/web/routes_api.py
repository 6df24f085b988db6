"""REST API under /api: the JSON twins of the pages, and the token-guarded writes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel, Field

from kooperacja.web import views, writes
from kooperacja.web.app import HTTPError

router = APIRouter(prefix="/api", tags=["api"])

QType = Annotated[str | None, Query(description="event type, e.g. agreement, visit, investment")]
QSector = Annotated[str | None, Query(description="sector code, e.g. automotive, ict")]
QRegion = Annotated[str | None, Query(description="region: voivodeship or country name/code")]
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


@router.get("/latest", summary="The latest events")
def api_latest(request: Request, limit: Annotated[int, Query(ge=1, le=100)] = 10) -> list[dict[str, Any]]:
    return _data(request).latest_events(limit=limit)


@router.get("/search", summary="Search organisations, people, places, events and documents (any inflection)")
def api_search(
    request: Request,
    q: Annotated[str, Query(max_length=200, description="words to look for")] = "",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    return views.search(_data(request), q, limit=limit)


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


@router.get("/timeline", summary="Events in time order, filtered")
def api_timeline(
    request: Request,
    type: QType = None,
    sector: QSector = None,
    since: QSince = None,
    until: QUntil = None,
    org: Annotated[str | None, Query(description="organisation id")] = None,
    place: Annotated[str | None, Query(description="place id")] = None,
    page: Annotated[int, Query(ge=1, le=100000)] = 1,
) -> dict[str, Any]:
    params = {"type": type, "sector": sector, "since": since, "until": until, "org": org, "place": place}
    return views.timeline(_data(request), params, page=page)


@router.get("/events", summary="Events, filtered (a flat list; same filters as /api/timeline)")
def api_events(
    request: Request,
    type: QType = None,
    sector: QSector = None,
    since: QSince = None,
    until: QUntil = None,
    org: Annotated[str | None, Query(description="organisation id")] = None,
    place: Annotated[str | None, Query(description="place id")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    min_confidence: Annotated[
        float | None, Query(ge=0, le=1, description="hide events below this confidence")
    ] = None,
) -> list[dict[str, Any]]:
    params = {"type": type, "sector": sector, "since": since, "until": until, "org": org, "place": place}
    f = views.filters_from(params, allow=("type", "sector", "since", "until", "org", "place"))
    return _data(request).events(**f, limit=limit, offset=offset, min_confidence=min_confidence)


@router.get("/network", summary="Organisations linked by shared events")
def api_network(
    request: Request,
    type: QType = None,
    sector: QSector = None,
    region: QRegion = None,
    since: QSince = None,
    until: QUntil = None,
    center: Annotated[str | None, Query(description="entity id at the centre")] = None,
    subtype: Annotated[
        str | None, Query(description="organisation subtype, e.g. economic_zone, company")
    ] = None,
) -> dict[str, Any]:
    params = {
        "type": type,
        "sector": sector,
        "region": region,
        "since": since,
        "until": until,
        "center": center,
        "subtype": subtype,
    }
    return views.network(_data(request), params)


@router.get("/map", summary="Places and organisations with coordinates")
def api_map(
    request: Request,
    kind: Annotated[
        str | None, Query(description="place, organization, or a subtype (city, economic_zone…)")
    ] = None,
    sector: QSector = None,
    since: QSince = None,
    until: QUntil = None,
) -> dict[str, Any]:
    params = {"kind": kind, "sector": sector, "since": since, "until": until}
    return views.map_view(_data(request), params)


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
