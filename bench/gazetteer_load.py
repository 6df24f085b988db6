"""Time to load the gazetteers (places, zones, countries) from the packaged data files, best of N.

usage: python bench/gazetteer_load.py [--repeat 5]
A timed measure, not a test: on a shared machine its figure varies with the load."""

from __future__ import annotations

import argparse
import time

from kooperacja.text import gazetteer_data
from kooperacja.text.gazetteer_data import load_countries, load_economic_zones, load_places


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    best = float("inf")
    for _ in range(args.repeat):
        gazetteer_data._places.cache_clear()
        gazetteer_data._zones.cache_clear()
        gazetteer_data._countries.cache_clear()
        start = time.perf_counter()
        n = len(load_places()) + len(load_economic_zones()) + len(load_countries())
        best = min(best, time.perf_counter() - start)
    print(f"gazetteers: {n} entries loaded in {best * 1000:.1f} ms (best of {args.repeat})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
