"""The in-process client of the tests and the serving benchmark: Starlette's `TestClient` (httpx2).

client = ASGIClient(create_app(db, token))
r = client.get("/api/org/1"); r.status, r.json(), r.text, r.headers["content-type"]

What it adds to `TestClient`: the app's lifespan is not entered (no warm-up thread; requests see the
store as it is), redirects are not followed, server errors come back as responses (as a browser sees
them), no cookie is kept from one request to the next (each request stands alone, as the tests expect),
and a response also answers `.status` and `.body` (the names the tests and bench use).
"""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient


class Response:
    """The TestClient's (httpx) response, that also answers `.status` and `.body`."""

    def __init__(self, response: Any) -> None:
        self.response = response

    @property
    def status(self) -> int:
        return self.response.status_code

    @property
    def body(self) -> bytes:
        return self.response.content

    def __getattr__(self, name: str) -> Any:
        return getattr(self.response, name)


class ASGIClient:
    """Requests against an ASGI app in this process, through Starlette's TestClient."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.client = TestClient(app, raise_server_exceptions=False, follow_redirects=False)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> ASGIClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, method: str, url: str, *, body: bytes | None = None, **kw: Any) -> Response:
        """`body`: raw request bytes (httpx's `content`); the other keywords are httpx's (params, headers,
        json, data, files)."""
        if body is not None:
            kw["content"] = body
        if kw.get("headers"):  # header values as UTF-8, as a browser sends them
            kw["headers"] = {
                k: v.encode("utf-8") if isinstance(v, str) else v for k, v in kw["headers"].items()
            }
        self.client.cookies.clear()
        return Response(self.client.request(method, url, **kw))

    def get(self, url: str, **kw: Any) -> Response:
        return self.request("GET", url, **kw)

    def post(self, url: str, **kw: Any) -> Response:
        return self.request("POST", url, **kw)
