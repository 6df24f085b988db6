"""The guard of every automatic merge: never join two entities that the gazetteer or their names say
are different.

Chains of merges (a bridge here, an acronym there) once let one entity absorb every special economic
zone. Before two stored entities become one (and before a weak rule attaches a name to an entity),
`conflict` compares their canonical names:

- both name a zone of the gazetteer of special economic zones, and the zones differ;
- both carry gazetteer ids (places), and the ids differ; both have countries, and they differ;
- both have distinctive words (generic words of organisation names aside) and no distinctive word of
  one shares its first three letters with one of the other ("Katowicka …" / "Legnicka …"). Three
  letters keep translations together ("Suez Canal …" / "… Kanału Sueskiego").
"""

from __future__ import annotations

from functools import cache

from kooperacja.resolve.names import acronym_key, fold, generic_words, is_acronym, norm


@cache
def _zones() -> dict[str, str]:
    """Folded normalised full names (and non-acronym aliases) of the zones → zone id."""
    try:
        from kooperacja.text.gazetteer_data import load_economic_zones
    except Exception:  # pragma: no cover - the gazetteer ships with the package
        return {}
    out: dict[str, str] = {}
    seen: dict[str, set[str]] = {}
    for z in load_economic_zones():
        for n in (z.name, *z.aliases):
            if n and not is_acronym(n):
                seen.setdefault(fold(norm(n)), set()).add(z.id)
            elif n:  # an acronym names a zone only where no other zone has it ("KSSE" has two)
                seen.setdefault("acronym:" + acronym_key(n), set()).add(z.id)
    for k, ids in seen.items():
        if len(ids) == 1:
            out[k] = next(iter(ids))
    return out


def zone_of(name: str) -> str | None:
    """The zone of the gazetteer a full name names ("Wałbrzyska SSE", "… Invest-Park"), or None."""
    if is_acronym(name):
        return _zones().get("acronym:" + acronym_key(name))
    key = fold(norm(name))
    found = _zones().get(key)
    if found:
        return found
    # a zone's name followed by a brand name: "<name of the zone> Nowy Park"
    words = key.split()
    for k in range(len(words) - 1, 2, -1):
        found = _zones().get(" ".join(words[:k]))
        if found:
            return found
    return None


@cache
def _zone_names() -> dict[str, tuple[str, ...]]:
    try:
        from kooperacja.text.gazetteer_data import load_economic_zones
    except Exception:  # pragma: no cover
        return {}
    return {
        z.id: tuple(n for n in (z.name, *z.aliases) if n and not is_acronym(n)) for z in load_economic_zones()
    }


def zone_names(zone_id: str) -> tuple[str, ...]:
    """The full names (not acronyms) of a zone of the gazetteer."""
    return _zone_names().get(zone_id, ())


def _common() -> set[str]:
    from kooperacja.resolve.variants import _words

    return set(_words().get("common", {}))


def distinctive(name: str) -> set[str]:
    """Three-letter folded prefixes of the words of a name that say which one it is."""
    common = _common()
    out = set()
    for w in norm(name).split():
        if len(w) < 4 or w.isdigit() or w in generic_words() or fold(w) in generic_words() or w in common:
            continue
        out.add(fold(w)[:3])
    return out


def conflict(
    name_a: str,
    name_b: str,
    gazetteer_a: str | None = None,
    gazetteer_b: str | None = None,
    country_a: str | None = None,
    country_b: str | None = None,
) -> str | None:
    """Why two entities (by their canonical names, gazetteer ids and countries) must stay apart;
    None when nothing says so."""
    if gazetteer_a and gazetteer_b and gazetteer_a != gazetteer_b:
        return f"different gazetteer entries ({gazetteer_a}, {gazetteer_b})"
    if country_a and country_b and country_a != country_b:
        return f"different countries ({country_a}, {country_b})"
    za, zb = zone_of(name_a), zone_of(name_b)
    if za and zb and za != zb:
        return f"different economic zones ({za}, {zb})"
    if is_acronym(name_a) or is_acronym(name_b):
        return None
    da, db = distinctive(name_a), distinctive(name_b)
    if da and db and not da & db:
        return f"no distinctive word in common ('{name_a}' / '{name_b}')"
    return None
