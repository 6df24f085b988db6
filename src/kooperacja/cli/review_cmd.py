"""`kooperacja review`: the queue of likely duplicates (organisations and events) the resolver did not
merge on its own; list them with their evidence and score, merge or reject one.

    kooperacja review                      # open items, most likely first
    kooperacja review --kind event --all   # every event item, decided ones too
    kooperacja review merge 12             # merge the two sides of item 12
    kooperacja review reject 12            # they are different: remembered across re-ingestion
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser(
        "review",
        help="list likely duplicates of organisations and events; merge or reject one",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("action", nargs="?", choices=["list", "merge", "reject"], default="list")
    p.add_argument("item", nargs="?", type=int, help="the review item's id (for merge and reject)")
    p.add_argument("--kind", choices=["entity", "event"], help="only items of this kind")
    p.add_argument("--all", action="store_true", help="decided items too")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument(
        "--db", help="SQLite file or postgresql:// URL (default: $KOOPERACJA_DB or ./kooperacja.db)"
    )
    p.add_argument("--json", action="store_true", help="machine-readable JSON output")
    p.set_defaults(func=cmd_review)


def _side(kind: str, s: dict[str, Any]) -> str:
    if s.get("gone"):
        return f"#{s['id']} (gone)"
    if kind == "entity":
        return f"#{s['id']} {s['name']} ({s['type']}, {s['documents']} docs)"
    parts = ", ".join(s.get("participants") or []) or "-"
    docs = ", ".join(s.get("documents") or [])
    return f"#{s['id']} {s['type']} {s.get('date') or 'no date'} {s.get('name') or ''} [{parts}] from {docs}"


def cmd_review(args: argparse.Namespace) -> int:
    from kooperacja.store import open_store

    if args.action in ("merge", "reject") and args.item is None:
        print(
            f"review {args.action}: give the id of a review item (see `kooperacja review`)", file=sys.stderr
        )
        return 2
    store = open_store(args.db)
    try:
        if args.action == "list":
            items = store.review_items("all" if args.all else "open", args.kind, args.limit)
            if args.json:
                json.dump(items, sys.stdout, ensure_ascii=False, indent=1, default=str)
                sys.stdout.write("\n")
                return 0
            if not items:
                print("no review items" + ("" if args.all else " open"))
                return 0
            for it in items:
                print(f"[{it['id']}] {it['kind']} score {it['score']:g} {it['status']}")
                print(f"    A: {_side(it['kind'], it['a'])}")
                print(f"    B: {_side(it['kind'], it['b'])}")
                print(f"    evidence: {it['evidence']}")
            return 0
        res = store.review_decide(args.item, args.action)
    finally:
        store.close()
    if args.json:
        json.dump(res, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    elif res.get("ok"):
        print(f"review item {args.item}: {'merged' if args.action == 'merge' else 'rejected (remembered)'}")
    else:
        print(res.get("error"), file=sys.stderr)
    return 0 if res.get("ok") else 1
