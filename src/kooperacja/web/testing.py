"""A tiny in-process ASGI client (no httpx needed): for the tests and the serving benchmark.

client = ASGIClient(create_app(db, token))
r = client.get("/api/org/1"); r.status, r.json(), r.text, r.headers["content-type"]
"""

from __future__ import annotations

import asyncio
import json as _json
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    header_list: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        return _json.loads(self.body)


class ASGIClient:
    """Runs requests against an ASGI app on a private event loop in a background thread."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=5)
        self.loop.close()

    def __enter__(self) -> ASGIClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: dict[str, str] | None = None,
        body: bytes = b"",
        params: dict[str, Any] | None = None,
        json: Any = None,
        data: dict[str, str] | None = None,
        files: dict[str, tuple[str, bytes, str]] | None = None,
    ) -> Response:
        hdrs = {k.lower(): v for k, v in (headers or {}).items()}
        if json is not None:
            body = _json.dumps(json).encode()
            hdrs.setdefault("content-type", "application/json")
        elif files is not None:
            body, ctype = encode_multipart(data or {}, files)
            hdrs.setdefault("content-type", ctype)
        elif data is not None:
            body = urlencode(data).encode()
            hdrs.setdefault("content-type", "application/x-www-form-urlencoded")
        parts = urlsplit(url)
        query = parts.query
        if params:
            query = (query + "&" if query else "") + urlencode(params)
        hdrs.setdefault("host", "testserver")
        if body or method not in ("GET", "HEAD"):
            hdrs["content-length"] = str(len(body))
        from urllib.parse import unquote

        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method.upper(),
            "scheme": "http",
            "path": unquote(parts.path),
            "raw_path": parts.path.encode(),
            "query_string": query.encode(),
            "root_path": "",
            "headers": [(k.encode("latin-1"), v.encode("utf-8")) for k, v in hdrs.items()],
            "client": ("127.0.0.1", 50000),
            "server": ("testserver", 80),
        }
        fut = asyncio.run_coroutine_threadsafe(self._call(scope, body), self.loop)
        return fut.result(timeout=120)

    async def _call(self, scope: dict[str, Any], body: bytes) -> Response:
        sent = False
        status = 500
        header_list: list[tuple[str, str]] = []
        chunks: list[bytes] = []

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            await asyncio.sleep(3600)
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                header_list.extend(
                    (k.decode("latin-1"), v.decode("latin-1")) for k, v in message.get("headers", [])
                )
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        try:
            await self.app(scope, receive, send)
        except Exception:
            if not header_list:
                raise
        headers = {k.lower(): v for k, v in header_list}
        return Response(status, headers, b"".join(chunks), header_list)

    def get(self, url: str, **kw: Any) -> Response:
        return self.request("GET", url, **kw)

    def post(self, url: str, **kw: Any) -> Response:
        return self.request("POST", url, **kw)


def encode_multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes, str]]) -> tuple[bytes, str]:
    boundary = "----kooperacja-test-boundary-7d1f"
    out = bytearray()
    for name, value in fields.items():
        out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
        out += value.encode("utf-8") + b"\r\n"
    for name, (filename, content, ctype) in files.items():
        out += (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            f"Content-Type: {ctype}\r\n\r\n"
        ).encode()
        out += content + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"
