"""What the app, its routers, views and writes share: the HTTP error, parameter checks, page rendering
and the URLs a page links to. The app (`web.app`) mounts the routers; nothing here imports them."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment
from starlette.exceptions import HTTPException as StarletteHTTPException

from kooperacja.web import i18n
from kooperacja.web.data import EVENT_TYPES

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class HTTPError(StarletteHTTPException):
    """An HTTP error with a machine-readable code, rendered as JSON or as a friendly page."""

    def __init__(self, status_code: int, detail: str, code: str | None = None) -> None:
        super().__init__(status_code=status_code, detail=detail)
        self.code = code


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


def page_lang(request: Request) -> str:
    """The page's language: `?lang=` if given, else the remembered one (cookie), else Polish."""
    return i18n.pick(request.query_params.get("lang"), request.cookies.get(i18n.COOKIE))


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    env: Environment = request.app.state.templates
    lang = page_lang(request)
    ctx = {
        "request": request,
        "lang": lang,
        "path": request.url.path,
        "query": dict(request.query_params),
        "qp": request.query_params,
        "json_url": json_twin_url(request),
        "csv_url": download_url(request, "csv"),
        "lang_urls": {code: query_url(request, lang=code) for code in i18n.LANGS},
        "writable": bool(request.app.state.token),
        **context,
    }
    html = env.get_template(template).render(**ctx)
    response = HTMLResponse(html, status_code=status_code)
    if request.query_params.get("lang") in i18n.LANGS:
        response.set_cookie(i18n.COOKIE, lang, max_age=365 * 86400, samesite="lax")
    return response


# the list views that answer `?format=csv` (and `format=csv&sep=semicolon`) and `?format=json`
DOWNLOADABLE = ("/timeline", "/events", "/search", "/map")


def download_url(request: Request, fmt: str) -> str | None:
    path = request.url.path
    if path not in DOWNLOADABLE and not (path.startswith("/org/") and fmt == "csv"):
        return None
    q = [
        (k, v)
        for k, v in request.query_params.multi_items()
        if k not in ("format", "offset", "limit", "lang")
    ]
    return path + "?" + urlencode([*q, ("format", fmt)])


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
    """This page's URL with some parameters replaced (None: removed); repeated parameters are kept."""
    q = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    for k, v in changes.items():
        if v is not None and v != "":
            q.append((k, str(v)))
    return request.url.path + ("?" + urlencode(q) if q else "")


def without_value(request: Request, name: str, value: str) -> str:
    """This page's URL without one value of a parameter (a filter chip's "remove" link)."""
    q = [
        (k, v)
        for k, v in request.query_params.multi_items()
        if not (k == name and v == value) and k != "offset"
    ]
    return request.url.path + ("?" + urlencode(q) if q else "")
