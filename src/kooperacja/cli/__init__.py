"""The `kooperacja` console script: one sub-command module per face of the system."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# Each module has `register(subparsers)`, which adds its sub-commands with `set_defaults(func=...)`.
COMMAND_MODULES = [
    "kooperacja.cli.extract_cmd",
    "kooperacja.cli.graph_cmds",
    "kooperacja.cli.serve_cmd",
    "kooperacja.cli.review_cmd",
    "kooperacja.cli.load_cmd",
    "kooperacja.cli.learn_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kooperacja",
        description="Turn Polish economic-cooperation news into a searchable knowledge graph.",
    )
    from kooperacja import __version__

    parser.add_argument("--version", action="version", version=f"kooperacja {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # operational trouble (database down or locked, disk full, a file that cannot be read) is one
        # clear line; KOOPERACJA_DEBUG=1 shows the traceback
        if os.environ.get("KOOPERACJA_DEBUG") or not _operational(exc):
            raise
        print(f"kooperacja {args.command}: error: {_one_line(exc)}", file=sys.stderr)
        return 1


def _operational(exc: BaseException) -> bool:
    import sqlite3

    from kooperacja.store.db import DatabaseUnavailable

    if isinstance(exc, (DatabaseUnavailable, sqlite3.Error, OSError, MemoryError)):
        return True
    try:
        import psycopg

        return isinstance(exc, psycopg.OperationalError)
    except ImportError:
        return False


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror}"
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:299] + "…"


if __name__ == "__main__":
    sys.exit(main())
