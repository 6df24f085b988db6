"""`kooperacja serve`: the web app (HTML pages, REST API under /api) with uvicorn."""

from __future__ import annotations

import argparse
import os
import sys


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "serve",
        help="serve the web app and REST API",
        description=(
            "Serve the knowledge graph as web pages and a REST API under /api (OpenAPI at /api/openapi.json). "
            "Read-only unless a write token is given (--token or $KOOPERACJA_TOKEN)."
        ),
    )
    p.add_argument(
        "--db", default=None, help="database URL or SQLite path (default: $KOOPERACJA_DB or ./kooperacja.db)"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--token",
        default=None,
        help="write token enabling uploads and corrections (default: $KOOPERACJA_TOKEN; none = read-only)",
    )
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from kooperacja.web.app import create_app

    token = args.token or os.environ.get("KOOPERACJA_TOKEN") or None
    if not 0 < args.port < 65536:
        print(f"kooperacja serve: bad port {args.port}", file=sys.stderr)
        return 2
    app = create_app(args.db, token)
    mode = "writes enabled (token set)" if token else "read-only"
    print(f"kooperacja serve: http://{args.host}:{args.port}/ ({mode})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, proxy_headers=False)
    return 0
