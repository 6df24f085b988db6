"""Where a place lies, from the gazetteer: town ⊂ region ⊂ country, for comparing events' places."""

from __future__ import annotations

from functools import cache

Area = tuple[str | None, str | None, str | None, int]  # (gazetteer id, region code, country, level)

_LEVEL = {"country": 0, "region": 1}


@cache
def _by_id() -> dict[str, object]:
    try:
        from kooperacja.text.gazetteer_data import load_places
    except Exception:  # pragma: no cover - the gazetteer ships with the package
        return {}
    return {p.id: p for p in load_places()}


def area(gazetteer_id: str | None, country: str | None = None) -> Area | None:
    """(gazetteer id, region, country, level 0 country / 1 region / 2 town or other) of a place."""
    p = _by_id().get(gazetteer_id or "")
    if p is None:
        return (gazetteer_id, None, country, 2) if gazetteer_id or country else None
    kind = str(getattr(p, "kind", "") or "")
    level = _LEVEL.get(kind, 2)
    return (gazetteer_id, getattr(p, "admin1", None), getattr(p, "country", None) or country, level)


def relation(a: Area | None, b: Area | None) -> str | None:
    """'same', 'within' (one place lies in the other: a town in its region or country), 'different',
    or None when either is unknown."""
    if a is None or b is None:
        return None
    if a[0] and a[0] == b[0]:
        return "same"
    outer, inner = (a, b) if a[3] <= b[3] else (b, a)
    if outer[3] == inner[3]:
        return "different"
    if outer[3] == 0:
        return "within" if outer[2] and outer[2] == inner[2] else "different"
    if outer[3] == 1:
        return "within" if outer[1] and outer[1] == inner[1] else "different"
    return "different"
