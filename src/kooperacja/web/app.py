"""The ASGI app: HTML pages, their JSON twins under /api, and the token-guarded write routes.

Every page `/X` has a JSON twin `/api/X` (and `/X?format=json` answers the same JSON). Pages are
rendered server-side by Jinja2 with autoescape on; graph and map data reach the browser as JSON in a
`<script type="application/json">` block (escaped by `tojson`) and are drawn by vendored libraries
under /static/vendor; no inline script, and the Content-Security-Policy says so.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from kooperacja import __version__
from kooperacja.web import labels
from kooperacja.web.data import EVENT_LABELS, EVENT_TYPES, StoreUnavailable, WebData
from kooperacja.web.security import BodyLimit, BodyTooLarge, SecurityHeaders

log = logging.getLogger("kooperacja.web")

HERE = Path(__file__).parent
DEFAULT_MAX_UPLOAD = 5 * 1024 * 1024
PAGE_SIZE = 100

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class HTTPError(StarletteHTTPException):
    """An HTTP error with a machine-readable code, rendered as JSON or as a friendly page."""

    def __init__(self, status_code: int, detail: str, code: str | None = None) -> None:
        super().__init__(status_code=status_code, detail=detail)
        self.code = code


def make_templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        version=__version__,
        event_types=EVENT_TYPES,
        event_labels=EVENT_LABELS,
        sector_labels=labels.sectors(),
        subtype_labels=labels.SUBTYPES,
        role_labels=labels.ROLE_LABELS,
        metric_labels=labels.METRICS,
    )
    env.filters["num"] = labels.format_number
    env.filters["figure"] = labels.format_figure
    env.filters["sector"] = lambda code: labels.sectors().get(code, code)
    env.filters["subtype"] = lambda code: labels.SUBTYPES.get(code or "", code or "")
    env.filters["evtype"] = lambda code: EVENT_LABELS.get(code or "", code or "event")
    env.filters["role"] = lambda code: labels.ROLE_LABELS.get(code or "", code or "")
    env.filters["metric"] = lambda code: labels.METRICS.get(code or "", code or "")
    return env


def wants_json(request: Request) -> bool:
    path = request.url.path
    if path == "/api/docs":
        return False
    if path == "/api" or path.startswith("/api/"):
        return True
    if request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def clean_date(value: str | None, name: str) -> str | None:
    if value is None or value.strip() == "":
        return None
    value = value.strip()
    if not DATE_RE.match(value):
        raise HTTPError(422, f"{name} must be a date YYYY, YYYY-MM or YYYY-MM-DD", "bad_date")
    return value


def clean_type(value: str | None) -> str | None:
    if not value:
        return None
    if value not in EVENT_TYPES:
        raise HTTPError(422, f"unknown event type {value!r}; one of: {', '.join(EVENT_TYPES)}", "bad_type")
    return value


def clean_text(value: str | None, name: str, max_len: int = 200) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > max_len:
        raise HTTPError(422, f"{name} is too long", "too_long")
    return value


def clean_int(value: str | None, name: str) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise HTTPError(422, f"{name} must be an integer", "bad_int") from None


def create_app(
    db_url: str | None = None, token: str | None = None, *, max_upload_bytes: int = DEFAULT_MAX_UPLOAD
) -> FastAPI:
    """The app over the store at `db_url`; writes allowed only when `token` is set (Bearer or form field)."""
    data = WebData(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # the whole-graph views are the costly ones: compute them once in the background at start-up, so
        # that the first visitor of the network page does not wait for it
        threading.Thread(target=data.warm_up, name="kooperacja-warm-up", daemon=True).start()
        yield
        data.close()

    app = FastAPI(
        lifespan=lifespan,
        title="kooperacja",
        version=__version__,
        description=(
            "Knowledge graph of economic cooperation from Polish news. Every HTML page has a JSON twin "
            "here (`/org/12` ↔ `/api/org/12`). Writes need `Authorization: Bearer TOKEN`."
        ),
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.data = data
    app.state.token = token or None
    app.state.max_upload_bytes = max_upload_bytes
    app.state.templates = make_templates()

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    register_error_handlers(app)

    from kooperacja.web import routes_api, routes_pages, routes_review

    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    app.include_router(routes_review.router)

    app.add_middleware(BodyLimit, max_bytes=max_upload_bytes + 256 * 1024)
    app.add_middleware(SecurityHeaders)
    return app


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    env: Environment = request.app.state.templates
    ctx = {
        "request": request,
        "path": request.url.path,
        "query": dict(request.query_params),
        "json_url": json_twin_url(request),
        "writable": bool(request.app.state.token),
        **context,
    }
    html = env.get_template(template).render(**ctx)
    return HTMLResponse(html, status_code=status_code)


def json_twin_url(request: Request) -> str | None:
    path = request.url.path
    if path == "/api/docs":
        return "/api/openapi.json"
    if path in ("/upload", "/corrections") or path.startswith("/corrections/"):
        return None
    q = {k: v for k, v in request.query_params.items() if k != "format"}
    twin = "/api" if path == "/" else "/api" + path
    return twin + ("?" + urlencode(q) if q else "")


def query_url(request: Request, **changes: Any) -> str:
    q = dict(request.query_params)
    for k, v in changes.items():
        if v is None or v == "":
            q.pop(k, None)
        else:
            q[k] = str(v)
    return request.url.path + ("?" + urlencode(q) if q else "")


def error_payload(status: int, detail: str, code: str | None = None) -> dict[str, Any]:
    names = {
        400: "bad_request",
        401: "unauthorized",
        403: "forbidden",
        404: "not_found",
        405: "method_not_allowed",
        413: "payload_too_large",
        415: "unsupported_media_type",
        422: "invalid_request",
        500: "internal_error",
        503: "unavailable",
    }
    return {"error": code or names.get(status, "error"), "status": status, "detail": detail}


def error_response(request: Request, status: int, detail: str, code: str | None = None) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if wants_json(request):
        return JSONResponse(error_payload(status, detail, code), status_code=status, headers=headers)
    titles = {
        400: "Bad request",
        401: "Token needed",
        403: "Read-only",
        404: "Not found",
        405: "Not allowed",
        413: "Too large",
        415: "Not a text file",
        422: "Check the request",
        500: "Something went wrong",
        503: "Database unavailable",
    }
    try:
        return render(
            request,
            "error.html",
            {"status": status, "title": titles.get(status, "Error"), "detail": detail},
            status_code=status,
        )
    except Exception:  # the template itself failed: plain text, never a trace
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status, headers=headers)


def register_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and detail == "Not Found":
            detail = "There is no such page."
        return error_response(request, exc.status_code, detail, getattr(exc, "code", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors():
            loc = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
            problems.append(f"{loc}: {err.get('msg')}" if loc else str(err.get("msg")))
        return error_response(request, 422, "; ".join(problems) or "invalid request")

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, exc: BodyTooLarge) -> Response:
        return error_response(request, 413, f"the upload is over {request.app.state.max_upload_bytes} bytes")

    @app.exception_handler(StoreUnavailable)
    async def _store(request: Request, exc: StoreUnavailable) -> Response:
        log.error("store unavailable: %s", exc)
        return error_response(request, 503, "The database is not available.")

    @app.exception_handler(Exception)
    async def _any(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, "An internal error occurred; it has been logged.")


def redirect(url: str, status: int = 303) -> RedirectResponse:
    return RedirectResponse(url, status_code=status)
