"""The ASGI app: HTML pages, their JSON twins under /api, and the token-guarded write routes.

Every page `/X` has a JSON twin `/api/X` (and `/X?format=json` answers the same JSON). Pages are
rendered server-side by Jinja2 with autoescape on; graph and map data reach the browser as JSON in a
`<script type="application/json">` block (escaped by `tojson`) and are drawn by vendored libraries
under /static/vendor; no inline script, and the Content-Security-Policy says so.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from kooperacja import __version__
from kooperacja.schema import ORG_SUBTYPES
from kooperacja.store import regions
from kooperacja.web import i18n, labels, routes_api, routes_pages, routes_review, views
from kooperacja.web.base import render
from kooperacja.web.data import EVENT_TYPES, StoreUnavailable, WebData
from kooperacja.web.security import BodyLimit, BodyTooLarge, SecurityHeaders

log = logging.getLogger("kooperacja.web")

HERE = Path(__file__).parent
DEFAULT_MAX_UPLOAD = 5 * 1024 * 1024


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
        org_subtypes=ORG_SUBTYPES,
        voivodeships=regions.voivodeships,
        countries=regions.countries,
        sector_codes=list(labels.sectors()),
    )
    install_i18n(env)
    return env


def install_i18n(env: Environment) -> None:
    """`_("English text")` and the label filters, in the language of the page being rendered (`lang`)."""

    def lang_of(ctx: Any) -> str:
        return ctx.get("lang") or i18n.DEFAULT_LANG

    @pass_context
    def gettext(ctx: Any, text: str, **values: Any) -> str:
        return i18n.translate(lang_of(ctx), text, **values)

    def label(table: dict[str, str], default: str = "") -> Any:
        @pass_context
        def f(ctx: Any, code: Any) -> str:
            code = code or ""
            return i18n.translate(lang_of(ctx), table.get(code, code or default))

        return f

    @pass_context
    def ngettext(ctx: Any, n: Any, singular: str, plural: str) -> str:
        return i18n.ngettext(lang_of(ctx), n, singular, plural)

    # `tojson` (the data blocks of the network and map pages): compact, unsorted, UTF-8 as it is (still
    # escaped for HTML); sorting and ASCII escapes made the big graphs slow to write and larger
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "separators": (",", ":"), "ensure_ascii": False}
    env.globals["_"] = gettext
    env.globals["n_"] = ngettext
    env.filters["evtype"] = label(labels.EVENT_TYPES, "event")
    env.filters["subtype"] = label(labels.SUBTYPES)
    env.filters["role"] = label(labels.ROLE_LABELS)
    env.filters["metric"] = label(labels.METRICS)
    env.filters["sector"] = pass_context(lambda ctx, code: i18n.sector_names(lang_of(ctx)).get(code, code))
    env.filters["num"] = pass_context(lambda ctx, v: i18n.number(v, lang_of(ctx)))
    env.filters["date"] = pass_context(lambda ctx, v: i18n.date(v, lang_of(ctx)))
    env.filters["figure"] = pass_context(
        lambda ctx, f: i18n.amount(f.get("value"), f.get("unit"), lang_of(ctx), f.get("qualifier"))
    )
    env.filters["region"] = lambda gid: regions.region(gid).name if gid and regions.region(gid) else gid or ""


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


def missing_database(db_url: str | None) -> str | None:
    """The SQLite path named by `db_url` when no file is there (None for a server database or a file that
    exists): the app refuses such a path unless asked to create it, so that a typo is not a new empty
    database."""
    from kooperacja.store import resolve_url

    url = resolve_url(db_url)
    if url.startswith(("postgresql://", "postgres://", "host=")):
        return None
    for prefix in ("sqlite:///", "sqlite://"):
        if url.startswith(prefix):
            url = url[len(prefix) :]
    return None if Path(url).exists() else url


def create_app(
    db_url: str | None = None,
    token: str | None = None,
    *,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
    create: bool = True,
) -> FastAPI:
    """The app over the store at `db_url`; writes allowed only when `token` is set (Bearer or form field).
    With `create=False` a SQLite file that does not exist is refused (FileNotFoundError)."""
    if not create and (path := missing_database(db_url)):
        raise FileNotFoundError(f"no database at {path} (give --create to make an empty one)")
    data = WebData(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # the whole-graph views are the costly ones: compute them once in the background at start-up, so
        # that the first visitor of the network page does not wait for it
        threading.Thread(
            target=warm_up_and_freeze, args=(data,), name="kooperacja-warm-up", daemon=True
        ).start()
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

    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    app.include_router(routes_review.router)

    app.add_middleware(BodyLimit, max_bytes=max_upload_bytes + 256 * 1024)
    app.add_middleware(SecurityHeaders)
    freeze_once()
    return app


_frozen = threading.Event()


def freeze_once() -> None:
    """Once a process: move the imported modules' objects out of the garbage collector's sight (see
    `warm_up_and_freeze`), so that the full collections set off by big pages scan only what requests made."""
    if not _frozen.is_set():
        _frozen.set()
        gc.collect()
        gc.freeze()


def warm_up_and_freeze(data: WebData) -> None:
    """Fill the whole-graph caches and those of the most asked pages (`views.warm_pages`), then move what
    the process holds by now (the imported modules and those caches) out of the garbage collector's sight:
    a full collection scanning them all, set off by a request that builds a big page, paused it for about
    100 ms (the p95 of the network pages)."""
    data.warm_up()
    views.warm_pages(data)
    gc.collect()
    gc.freeze()


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

    from kooperacja.store.db import DatabaseUnavailable

    @app.exception_handler(DatabaseUnavailable)
    async def _db_down(request: Request, exc: DatabaseUnavailable) -> Response:
        # the server is down or restarting: the pooled connections reconnect by themselves once it is back
        log.error("database unavailable on %s: %s", request.url.path, exc)
        response = error_response(request, 503, "The database is not available; try again in a moment.")
        response.headers["Retry-After"] = "5"
        return response

    @app.exception_handler(OverflowError)
    async def _overflow(request: Request, exc: OverflowError) -> Response:
        # an id or offset beyond the database's 64-bit integers (SQLite raises OverflowError)
        return error_response(request, 400, "A number in the request is out of range.", "out_of_range")

    try:
        from psycopg.errors import NumericValueOutOfRange
    except ImportError:  # PostgreSQL support is not installed
        pass
    else:

        @app.exception_handler(NumericValueOutOfRange)
        async def _pg_overflow(request: Request, exc: Exception) -> Response:
            return error_response(request, 400, "A number in the request is out of range.", "out_of_range")

    @app.exception_handler(Exception)
    async def _any(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, "An internal error occurred; it has been logged.")
