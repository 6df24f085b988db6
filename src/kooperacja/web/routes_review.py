"""The review queue in the web app: likely duplicates of organisations and events with their evidence
and score (`/review`, JSON twin `/api/review`); merging or rejecting one is a write behind the token
(`POST /review/{id}/merge`, `POST /review/{id}/reject`: a form field `token` or a Bearer header)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from kooperacja.web import writes
from kooperacja.web.base import HTTPError, render

router = APIRouter(include_in_schema=False)

_STATUS = ("open", "merged", "rejected", "all")
_KINDS = ("entity", "event")


def _items(request: Request, status: str, kind: str | None) -> list[dict[str, Any]]:
    if status not in _STATUS:
        raise HTTPError(422, f"status must be one of {', '.join(_STATUS)}", "bad_status")
    if kind is not None and kind not in _KINDS:
        raise HTTPError(422, f"kind must be one of {', '.join(_KINDS)}", "bad_kind")
    return request.app.state.data.review_items(status, kind)


@router.get("/review", response_class=HTMLResponse)
def review_page(
    request: Request, status: Annotated[str, Query()] = "open", kind: Annotated[str | None, Query()] = None
) -> Response:
    items = _items(request, status, kind or None)
    return render(request, "review.html", {"review": items, "status": status, "kind": kind, "done": None})


@router.get("/api/review")
def review_api(
    request: Request, status: Annotated[str, Query()] = "open", kind: Annotated[str | None, Query()] = None
) -> Response:
    return JSONResponse({"items": _items(request, status, kind or None)})


def _decide(request: Request, item: int, action: str) -> dict[str, Any]:
    data = request.app.state.data
    with data.write_lock:
        try:
            result = dict(data.call("review_decide", item, action) or {})
        finally:
            data.clear_cache()
    if not result.get("ok"):
        raise HTTPError(422, result.get("error") or "refused", "bad_review")
    return result


@router.post("/review/{item}/{action}", response_class=HTMLResponse)
async def review_decide(
    request: Request, item: Annotated[int, Path(ge=1)], action: Annotated[str, Path()]
) -> Response:
    if action not in ("merge", "reject"):
        raise HTTPError(404, f"no review action '{action}'", "not_found")
    writes.check_writable(request)
    fields, _ = await writes.read_form(request)
    writes.check_write(request, fields.get("token"))
    result = await run_in_threadpool(_decide, request, item, action)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse(result)
    items = _items(request, "open", None)
    return render(
        request,
        "review.html",
        {"review": items, "status": "open", "kind": None, "done": {**result, "action": action}},
    )
