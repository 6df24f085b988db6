"""`kooperacja serve`: the web app (HTML pages, REST API under /api) with uvicorn.

Production settings by default: worker processes (`--workers`), a time limit for a request's headers
and for idle keep-alive connections, a cap on open connections below the open-files limit (a new
connection beyond it closes the oldest one that has no request in flight), a header size limit, and
a bounded graceful shutdown on SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from typing import Any

MIN_TOKEN = 16
"""Shortest write token accepted: a short one is guessed."""

_ENV_DB = "KOOPERACJA_SERVE_DB"
_ENV_TOKEN = "KOOPERACJA_SERVE_TOKEN"
_ENV_HEADER_TIMEOUT = "KOOPERACJA_SERVE_HEADER_TIMEOUT"
_ENV_MAX_CONNECTIONS = "KOOPERACJA_SERVE_MAX_CONNECTIONS"

log = logging.getLogger("kooperacja.serve")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "serve",
        help="serve the web app and REST API",
        description=(
            "Serve the knowledge graph as web pages and a REST API under /api (OpenAPI at /api/openapi.json). "
            "Read-only unless a write token is given ($KOOPERACJA_TOKEN, or --token, which other users "
            "can see in the process list)."
        ),
    )
    p.add_argument(
        "--db", default=None, help="database URL or SQLite path (default: $KOOPERACJA_DB or ./kooperacja.db)"
    )
    p.add_argument(
        "--create", action="store_true", help="create an empty SQLite database when the file is not there"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--token",
        default=None,
        help=f"write token enabling uploads and corrections, {MIN_TOKEN}+ characters (better: $KOOPERACJA_TOKEN)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="worker processes (default: the number of CPU cores, at most 8; 1: a single process)",
    )
    p.add_argument(
        "--header-timeout",
        type=float,
        default=10.0,
        help="seconds a client has to send a request's headers (default 10)",
    )
    p.add_argument(
        "--keep-alive",
        type=float,
        default=5.0,
        help="seconds an idle keep-alive connection stays open (default 5)",
    )
    p.add_argument(
        "--max-connections",
        type=int,
        default=None,
        help="open connections per worker (default: 1000, and below the open-files limit)",
    )
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=run)


def missing_database(url: str | None) -> str | None:
    """A one-line reason when `url` names a SQLite file that is not there (None when it is, or is a
    server URL)."""
    from kooperacja.store import resolve_url

    url = resolve_url(url)
    if url.startswith(("postgresql://", "postgres://", "host=")):
        return None
    for prefix in ("sqlite:///", "sqlite://"):
        if url.startswith(prefix):
            url = url[len(prefix) :]
            break
    if url == ":memory:" or os.path.exists(url):
        return None
    return f"no database at {url} (check the path; `kooperacja ingest --db {url} …` creates one)"


def _raise_open_files() -> int:
    """Raise the soft open-files limit to the hard one; returns the soft limit now in force."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if hard == resource.RLIM_INFINITY:
            hard = max(soft, 65536)
        if soft < hard:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        return int(soft)
    except (ImportError, ValueError, OSError):
        return 1024


def connection_cap(requested: int | None, open_files: int) -> int:
    """Connections one worker keeps open: below the open-files limit, leaving room for the database,
    logs and the static files."""
    room = max(8, open_files - 64)
    return max(1, min(requested or 1000, room))


def _default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def run(args: argparse.Namespace) -> int:
    import uvicorn

    token = args.token or os.environ.get("KOOPERACJA_TOKEN") or None
    if not 0 < args.port < 65536:
        print(f"kooperacja serve: bad port {args.port}", file=sys.stderr)
        return 2
    if token is not None and len(token) < MIN_TOKEN:
        print(
            f"kooperacja serve: the write token is too short ({len(token)} characters; at least {MIN_TOKEN})",
            file=sys.stderr,
        )
        return 2
    if args.token:
        print(
            "kooperacja serve: note: --token is visible to other users in the process list; "
            "prefer $KOOPERACJA_TOKEN",
            file=sys.stderr,
        )
    if not args.create:
        problem = missing_database(args.db)
        if problem:
            print(f"kooperacja serve: {problem}; --create serves a new empty one", file=sys.stderr)
            return 2
    workers = args.workers if args.workers is not None else _default_workers()
    if workers < 1 or args.header_timeout <= 0 or args.keep_alive <= 0:
        print(
            "kooperacja serve: --workers, --header-timeout and --keep-alive must be positive", file=sys.stderr
        )
        return 2
    open_files = _raise_open_files()
    cap = connection_cap(args.max_connections, open_files)
    # the workers build their app from these (they are separate processes)
    os.environ[_ENV_DB] = args.db or ""
    if token:
        os.environ[_ENV_TOKEN] = token
    else:
        os.environ.pop(_ENV_TOKEN, None)
    os.environ[_ENV_HEADER_TIMEOUT] = str(args.header_timeout)
    os.environ[_ENV_MAX_CONNECTIONS] = str(cap)
    if args.create and args.db is not None and missing_database(args.db):
        from kooperacja.store import open_store

        open_store(args.db).close()  # created once here, not raced by the workers
    mode = "writes enabled (token set)" if token else "read-only"
    print(
        f"kooperacja serve: http://{args.host}:{args.port}/ ({mode}; {workers} worker"
        f"{'s' if workers != 1 else ''}, up to {cap} connections each)",
        file=sys.stderr,
    )
    uvicorn.run(
        "kooperacja.cli.serve_cmd:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=workers,
        http=GuardedH11Protocol,
        log_level=args.log_level,
        proxy_headers=False,
        server_header=False,
        timeout_keep_alive=max(1, round(args.keep_alive)),
        timeout_graceful_shutdown=10,
        h11_max_incomplete_event_size=16 * 1024,
        backlog=2048,
    )
    return 0


def app_from_environment() -> Any:
    """The app of one worker process (uvicorn's factory), configured by `run` through the environment."""
    from kooperacja.web.app import create_app

    GuardedH11Protocol.header_timeout = float(os.environ.get(_ENV_HEADER_TIMEOUT) or 10.0)
    GuardedH11Protocol.max_connections = int(os.environ.get(_ENV_MAX_CONNECTIONS) or 1000)
    return create_app(os.environ.get(_ENV_DB) or None, os.environ.get(_ENV_TOKEN) or None)


try:
    from uvicorn.protocols.http.h11_impl import H11Protocol
except ImportError:  # pragma: no cover - uvicorn is a dependency
    H11Protocol = object  # type: ignore[assignment,misc]


class GuardedH11Protocol(H11Protocol):  # type: ignore[misc,valid-type]
    """uvicorn's h11 protocol with a deadline for each request's headers and a cap on open connections.

    uvicorn itself times out idle keep-alive connections only after a first response; a client that
    opens a connection and sends its headers slowly (or never) holds a file descriptor for ever, and
    enough of them lock everybody out. Here such a connection is closed after `header_timeout`
    seconds, and a new connection beyond `max_connections` closes the oldest one that has no request
    in flight (or, when all are busy, is itself refused with 503)."""

    header_timeout = 10.0
    max_connections = 1000

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._head_timer: asyncio.TimerHandle | None = None
        self._since = time.monotonic()
        super().connection_made(transport)
        if len(self.connections) > self.max_connections and not self._evict_one():
            self.connections.discard(self)
            transport.write(
                b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain\r\n"
                b"content-length: 20\r\nconnection: close\r\n\r\ntoo many connections"
            )
            transport.close()
            return
        self._arm()

    def _busy(self) -> bool:
        cycle = getattr(self, "cycle", None)
        return cycle is not None and not cycle.response_complete

    def _evict_one(self) -> bool:
        idle = [c for c in self.connections if c is not self and not c._busy()]
        if not idle:
            return False
        oldest = min(idle, key=lambda c: getattr(c, "_since", 0.0))
        oldest._close("connection limit reached")
        return True

    def _arm(self) -> None:
        self._disarm()
        self._since = time.monotonic()
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_expired)

    def _disarm(self) -> None:
        timer = getattr(self, "_head_timer", None)
        if timer is not None:
            timer.cancel()
            self._head_timer = None

    def _head_expired(self) -> None:
        self._head_timer = None
        if not self._busy():
            self._close("request headers not received in time")

    def _close(self, why: str) -> None:
        self._disarm()
        self.connections.discard(self)
        if not self.transport.is_closing():
            log.debug("closing %s: %s", self.client, why)
            self.transport.close()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request's headers are due within the deadline too

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)
