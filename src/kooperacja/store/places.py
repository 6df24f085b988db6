"""Coordinates for places from the gazetteer (`kooperacja.text.gazetteer_data`), when it is there."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kooperacja.resolve.names import fold


@lru_cache(maxsize=1)
def _index() -> dict[str, list[Any]]:
    try:
        from kooperacja.text.gazetteer_data import load_places
    except Exception:
        return {}
    index: dict[str, list[Any]] = {}
    try:
        for p in load_places():
            names = [getattr(p, "name", None), *(getattr(p, "aliases", None) or [])]
            for n in names:
                if n:
                    index.setdefault(fold(n), []).append(p)
    except Exception:
        return {}
    return index


def lookup(name: str, country: str | None = None, subtype: str | None = None) -> dict[str, Any] | None:
    """{id, lat, lon, country} of the best gazetteer match for a place name, or None."""
    cands = _index().get(fold(name or ""))
    if not cands:
        return None

    def score(p: Any) -> tuple:
        kind = str(getattr(p, "kind", "") or "")
        return (
            bool(country) and getattr(p, "country", None) == country,
            bool(subtype) and kind == subtype,
            getattr(p, "lat", None) is not None,
        )

    p = max(cands, key=score)
    if country and getattr(p, "country", None) and getattr(p, "country", None) != country:
        return None
    return {
        "id": str(getattr(p, "id", None) or f"{fold(p.name)}|{getattr(p, 'country', '')}"),
        "lat": getattr(p, "lat", None),
        "lon": getattr(p, "lon", None),
        "country": getattr(p, "country", None),
    }
