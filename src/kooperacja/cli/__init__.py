"""The `kooperacja` console script: one sub-command module per face of the system."""

from __future__ import annotations

import argparse
import importlib
import sys

# Each module has `register(subparsers)`, which adds its sub-commands with `set_defaults(func=...)`.
COMMAND_MODULES = [
    "kooperacja.cli.extract_cmd",
    "kooperacja.cli.graph_cmds",
    "kooperacja.cli.serve_cmd",
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


if __name__ == "__main__":
    sys.exit(main())
