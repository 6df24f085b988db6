"""HTML pages. Each one renders the same dict that its JSON twin under /api returns."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from kooperacja.web import download, i18n, labels, views, writes
from kooperacja.web.base import HTTPError, clean_int, page_lang, query_url, render, without_value
from kooperacja.web.highlight import highlight_document

router = APIRouter(include_in_schema=False)

EntityId = Annotated[int, Path(ge=0, le=2**62)]
Fmt = Annotated[str | None, Query(alias="format")]


def _data(request: Request) -> Any:
    return request.app.state.data


def _json(fmt: str | None, payload: Any) -> Response | None:
    return JSONResponse(payload) if fmt == "json" else None


def negotiate(request: Request, fmt: str | None) -> str | None:
    """The format a page answers in: `?format=` (json, csv), else JSON when the client asks only for it
    (`Accept: application/json`), else HTML (None)."""
    if fmt:
        if fmt not in ("json", "csv", "html"):
            raise HTTPError(422, "format must be html, json or csv", "bad_format")
        return None if fmt == "html" else fmt
    accept = request.headers.get("accept", "")
    return "json" if "application/json" in accept and "text/html" not in accept else None


@router.get("/", response_class=HTMLResponse)
def home(request: Request, fmt: Fmt = None) -> Response:
    fmt = negotiate(request, fmt)
    ctx = views.home(_data(request))
    return _json(fmt, ctx) or render(request, "home.html", ctx)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, fmt: Fmt = None) -> Response:
    ctx, response = _listing(request, fmt, views.search_list, "search", download.search_rows)
    return response or render(request, "search.html", {**ctx, **_pager(request, ctx)})


def _listing(
    request: Request, fmt: str | None, view: Any, name: str, rows: Any
) -> tuple[Any, Response | None]:
    """A list view's context, and its response when CSV (every row) or JSON is asked for."""
    fmt = negotiate(request, fmt)
    qp = request.query_params
    if fmt == "csv":
        return _download(request, view, name, rows)
    ctx = view(_data(request), qp)
    return ctx, JSONResponse(ctx) if fmt == "json" else None


# A download has every row of the list (up to views.MAX_DOWNLOAD), sent as it is read: a first short part
# (its bytes leave after one page's work), then longer parts, each read like a page of the list.
CSV_FIRST = 200
CSV_PART = 2000


def _download(request: Request, view: Any, name: str, rows: Any) -> tuple[Any, Response]:
    """The list as a CSV stream; the first part is read before the answer starts, so that a bad filter
    still gets its error status."""
    data, whole = _data(request), _all(request.query_params)

    def part(limit: int, offset: int) -> dict[str, Any]:
        return view(data, _with_paging(whole, limit, offset), default_limit=views.MAX_DOWNLOAD)

    first = part(min(CSV_FIRST, views.MAX_DOWNLOAD), 0)

    def parts() -> Iterator[list[list[Any]]]:
        items, done = first["items"], 0
        asked = min(CSV_FIRST, views.MAX_DOWNLOAD)
        while items:
            yield rows(items)[1]
            done += len(items)
            total = first.get("total")
            if len(items) < asked or done >= views.MAX_DOWNLOAD or (isinstance(total, int) and done >= total):
                return
            asked = min(CSV_PART, views.MAX_DOWNLOAD - done)
            items = part(asked, done)["items"]

    return first, download.csv_stream(name, rows([])[0], parts(), request.query_params.get("sep"))


def _with_paging(qp: Any, limit: int, offset: int) -> Any:
    from starlette.datastructures import QueryParams

    return QueryParams([*qp.multi_items(), ("limit", str(limit)), ("offset", str(offset))])


def _all(qp: Any) -> Any:
    """The query without paging: a download has every row of the list."""
    from starlette.datastructures import QueryParams

    return QueryParams([(k, v) for k, v in qp.multi_items() if k not in ("limit", "offset")])


def _pager(request: Request, ctx: dict[str, Any]) -> dict[str, Any]:
    total, limit, offset = ctx.get("total") or 0, ctx["limit"], ctx["offset"]
    return {
        "next_url": query_url(request, offset=offset + limit) if offset + limit < total else None,
        "prev_url": query_url(request, offset=max(0, offset - limit) or None) if offset > 0 else None,
        "page_no": offset // limit + 1,
        "pages": max(1, -(-total // limit)),
        "facet_url": lambda name, value: query_url(request, **{name: value, "offset": None}),
        "chip_url": lambda name, value: without_value(request, name, value),
    }


def _entity_page(request: Request, entity_id: int, expected: str, template: str, fmt: str | None) -> Response:
    try:
        ctx = views.entity(
            _data(request), entity_id, expected, events_limit=None if fmt == "json" else views.PAGE_EVENTS
        )
    except views.WrongType as wt:
        return RedirectResponse(wt.url + ("?format=json" if fmt == "json" else ""), status_code=307)
    if expected == "organization" and fmt != "json":
        ctx["partners"] = views.partners_list(_data(request), entity_id, request.query_params)
    return _json(fmt, ctx) or render(request, template, ctx)


@router.get("/org/{entity_id}", response_class=HTMLResponse)
def org(request: Request, entity_id: EntityId, fmt: Fmt = None) -> Response:
    fmt = negotiate(request, fmt)
    return _entity_page(request, entity_id, "organization", "org.html", fmt)


@router.get("/person/{entity_id}", response_class=HTMLResponse)
def person(request: Request, entity_id: EntityId, fmt: Fmt = None) -> Response:
    fmt = negotiate(request, fmt)
    return _entity_page(request, entity_id, "person", "person.html", fmt)


@router.get("/place/{entity_id}", response_class=HTMLResponse)
def place(request: Request, entity_id: EntityId, fmt: Fmt = None) -> Response:
    fmt = negotiate(request, fmt)
    return _entity_page(request, entity_id, "place", "place.html", fmt)


@router.get("/entity/{entity_id}")
def entity(request: Request, entity_id: EntityId, fmt: Fmt = None) -> Response:
    ent = _data(request).entity(entity_id)
    if ent is None:
        raise HTTPError(404, f"no entity {entity_id}", "not_found")
    return RedirectResponse(ent["url"] + ("?format=json" if fmt == "json" else ""), status_code=307)


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: EntityId, fmt: Fmt = None) -> Response:
    fmt = negotiate(request, fmt)
    ctx = views.event(_data(request), event_id)
    return _json(fmt, ctx) or render(request, "event.html", ctx)


@router.get("/doc/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, fmt: Fmt = None) -> Response:
    fmt = negotiate(request, fmt)
    ctx = views.document(_data(request), doc_id)
    if fmt == "json":
        return JSONResponse(ctx)
    doc = ctx["document"]
    lang = page_lang(request)
    body = highlight_document(
        doc["text"],
        doc["mentions"],
        doc["evidence"],
        type_label=lambda code: i18n.translate(lang, labels.EVENT_TYPES.get(code, code)),
    )
    entities: dict[Any, dict[str, Any]] = {}
    for m in doc["mentions"]:
        key = (m.get("type"), m.get("entity_id"), m.get("name"))
        entities.setdefault(
            key, {"name": m.get("name"), "type": m.get("type"), "url": m.get("url"), "count": 0}
        )
        entities[key]["count"] += 1
    events: dict[Any, dict[str, Any]] = {}
    for e in doc["evidence"]:
        events.setdefault(
            e.get("event_id"), {"id": e.get("event_id"), "type": e.get("type"), "url": e.get("url")}
        )
    return render(
        request,
        "document.html",
        {
            **ctx,
            "body": body,
            "entities": sorted(entities.values(), key=lambda x: (x["type"] or "", -x["count"])),
            "doc_events": list(events.values()),
        },
    )


@router.get("/timeline", response_class=HTMLResponse)
@router.get("/events", response_class=HTMLResponse)
def timeline(request: Request, fmt: Fmt = None) -> Response:
    ctx, response = _listing(request, fmt, views.events_list, "events", download.event_rows)
    if response is not None:
        return response
    max_year = max((y["events"] for y in ctx["per_year"]), default=0)
    return render(
        request,
        "timeline.html",
        {**ctx, **_pager(request, ctx), "groups": views.group_by_month(ctx["items"]), "max_year": max_year},
    )


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, fmt: Fmt = None) -> Response:
    fmt = negotiate(request, fmt)
    ctx = views.network(_data(request), request.query_params)
    return _json(fmt, ctx) or render(
        request, "network.html", {**ctx, **views.network_lists(_data(request), ctx)}
    )


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, fmt: Fmt = None) -> Response:
    fmt = negotiate(request, fmt)
    ctx = views.map_data(_data(request), request.query_params, full=fmt == "csv")
    if fmt == "csv":
        return download.csv_response(
            "map", *download.map_rows(ctx["points"]), request.query_params.get("sep")
        )
    if fmt == "json":
        return JSONResponse(ctx)
    return render(request, "map.html", {**ctx, "chip_url": lambda n, v: without_value(request, n, v)})


# ---- writing through forms --------------------------------------------------------------------


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> Response:
    return render(request, "upload.html", {"limit_mb": request.app.state.max_upload_bytes // (1024 * 1024)})


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request) -> Response:
    writes.check_writable(request)
    fields, file = await writes.read_upload_request(request)
    writes.check_write(request, fields.get("token"))
    result = await writes.ingest_upload(request, fields, file)
    if len(result["ingested"]) == 1:
        return RedirectResponse(result["ingested"][0]["url"], status_code=303)
    return render(request, "uploaded.html", result)


@router.get("/corrections", response_class=HTMLResponse)
def corrections_form(request: Request) -> Response:
    return render(request, "corrections.html", {"done": None})


@router.post("/corrections/merge", response_class=HTMLResponse)
async def merge_form(request: Request) -> Response:
    writes.check_writable(request)
    fields, _ = await writes.read_form(request)
    writes.check_write(request, fields.get("token"))
    a = clean_int(fields.get("a"), "a")
    b = clean_int(fields.get("b"), "b")
    if a is None or b is None or a == b:
        raise HTTPError(422, "give two different entity ids", "bad_merge")
    result = writes.do_merge(request, a, b, (fields.get("reason") or "user")[:500])
    return render(
        request, "corrections.html", {"done": {"action": "merge", "result": result, "a": a, "b": b}}
    )


@router.post("/corrections/split", response_class=HTMLResponse)
async def split_form(request: Request) -> Response:
    writes.check_writable(request)
    fields, _ = await writes.read_form(request)
    writes.check_write(request, fields.get("token"))
    eid = clean_int(fields.get("entity_id"), "entity_id")
    if eid is None:
        raise HTTPError(422, "give an entity id", "bad_split")
    result = writes.do_split(request, eid)
    return render(request, "corrections.html", {"done": {"action": "split", "result": result, "a": eid}})


FAVICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#b91c1c"/>'
    '<path d="M10 11L22 11L16 22Z" fill="none" stroke="#fff" stroke-width="2"/><circle cx="10" cy="11" r="4" '
    'fill="#fff"/><circle cx="22" cy="11" r="4" fill="#fff"/><circle cx="16" cy="22" r="4" fill="#fff"/></svg>'
)


@router.get("/favicon.svg")
def favicon_svg() -> Response:
    return Response(FAVICON, media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/favicon.svg", status_code=308)


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    spec = request.app.openapi()
    routes = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p.get("name"),
                    "in": p.get("in"),
                    "required": p.get("required", False),
                    "description": p.get("description") or "",
                }
                for p in op.get("parameters", [])
            ]
            body = list((op.get("requestBody") or {}).get("content", {}).keys())
            routes.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "params": params,
                    "body": body,
                }
            )
    return render(request, "api_docs.html", {"routes": routes, "spec": spec})
