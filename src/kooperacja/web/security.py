"""Security pieces of the web app: headers (CSP), the request-size limit and the write token check."""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds the CSP and friends to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers.extend((k, v) for k, v in SECURITY_HEADERS if k not in present)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    """Refuses request bodies over `max_bytes` with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _reject(self, scope: Scope, send: Send) -> None:
        path = scope.get("path", "")
        body = json.dumps(
            {
                "error": "payload_too_large",
                "status": 413,
                "detail": f"request body over {self.max_bytes} bytes",
            }
        ).encode()
        ctype = b"application/json"
        if not path.startswith("/api"):
            body = (
                "<!doctype html><html lang=en><head><meta charset=utf-8><title>Too large</title>"
                '<link rel="stylesheet" href="/static/css/app.css"></head><body><main class="page">'
                f"<h1>413 — upload too large</h1><p>The limit is {self.max_bytes // (1024 * 1024)} MB.</p>"
                '<p><a href="/upload">Back</a></p></main></body></html>'
            ).encode()
            ctype = b"text/html; charset=utf-8"
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", ctype),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    if int(v) > self.max_bytes:
                        await self._reject(scope, send)
                        return
                except ValueError:
                    pass
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._reject(scope, send)


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return value.strip() or None


def token_matches(expected: str, given: str | None, *, from_header: bool = False) -> bool:
    """Constant-time comparison. Header values reach us decoded as latin-1: their raw bytes are
    compared with the token's UTF-8 bytes, so that a non-ASCII token works in a header too."""
    if given is None:
        return False
    try:
        raw = given.encode("latin-1") if from_header else given.encode("utf-8")
    except UnicodeEncodeError:
        raw = given.encode("utf-8")
    return hmac.compare_digest(expected.encode("utf-8"), raw)


class AttemptGuard:
    """Failed write-token attempts per client address: each one is logged, and after `limit` of them
    within `window` seconds the address is refused (429) until the oldest falls out of the window, so
    that a token cannot be guessed by brute force (about `limit` guesses a minute, per worker)."""

    def __init__(self, limit: int = 10, window: float = 60.0) -> None:
        import collections
        import threading

        self.limit = limit
        self.window = window
        self._failures: dict[str, collections.deque[float]] = {}
        self._lock = threading.Lock()
        self._deque = collections.deque

    def _recent(self, client: str, now: float) -> Any:
        times = self._failures.get(client)
        if times is None:
            return None
        while times and now - times[0] > self.window:
            times.popleft()
        if not times:
            del self._failures[client]
            return None
        return times

    def wait(self, client: str) -> float:
        """Seconds the client must wait before its next attempt (0: it may try now)."""
        import time

        now = time.monotonic()
        with self._lock:
            times = self._recent(client, now)
            if times is None or len(times) < self.limit:
                return 0.0
            return max(0.0, self.window - (now - times[0]))

    def failed(self, client: str, path: str) -> None:
        import logging
        import time

        now = time.monotonic()
        with self._lock:
            times = self._recent(client, now)
            if times is None:
                times = self._failures.setdefault(client, self._deque())
            times.append(now)
            count = len(times)
            if len(self._failures) > 10000:  # bounded memory under a spray of addresses
                self._failures.pop(next(iter(self._failures)))
        logging.getLogger("kooperacja.web").warning(
            "failed write-token attempt from %s on %s (%d in the last %.0f s)",
            client,
            path,
            count,
            self.window,
        )


ATTEMPTS = AttemptGuard()


def safe_link(url: Any) -> str | None:
    """An external link only when it is http(s): `javascript:` and `data:` URLs never become links."""
    from kooperacja.documents.readers import safe_url

    return safe_url(url)


def first_form_field(head: bytes, content_type: str) -> tuple[str, str] | None:
    """(name, value) of the first field of a form body from its first bytes, when they hold it whole."""
    import re
    from urllib.parse import parse_qsl

    ctype, _, params = content_type.partition(";")
    ctype = ctype.strip().lower()
    if ctype == "application/x-www-form-urlencoded":
        first, sep, _rest = head.partition(b"&")
        if not sep and len(head) >= 65536:
            return None
        pairs = parse_qsl(first.decode("latin-1"), keep_blank_values=True)
        if not pairs:
            return None
        name, value = pairs[0]
        return name, value.encode("latin-1").decode("utf-8", "replace")
    if ctype != "multipart/form-data":
        return None
    m = re.search(r'boundary="?([^";]+)"?', params)
    if not m:
        return None
    boundary = b"--" + m.group(1).encode("latin-1")
    start = head.find(boundary)
    if start < 0:
        return None
    part_start = head.find(b"\r\n\r\n", start)
    end = head.find(b"\r\n" + boundary, part_start + 4) if part_start >= 0 else -1
    if part_start < 0 or end < 0:
        return None
    headers = head[start + len(boundary) : part_start].decode("latin-1")
    nm = re.search(r'(?i)content-disposition:[^\r\n]*;\s*name="([^"]*)"', headers)
    if not nm or "filename=" in headers.lower():
        return None
    return nm.group(1), head[part_start + 4 : end].decode("utf-8", "replace")
