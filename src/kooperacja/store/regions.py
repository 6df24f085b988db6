"""Containment of places from the gazetteer: town ⊂ powiat ⊂ voivodeship ⊂ country.

A region filter ("śląskie", "PL-24", "DE", "Niemcy", "powiat gliwicki", "Katowice") is resolved to one
gazetteer id, and an event matches it when its place is that gazetteer entry or lies inside it.
Everything is read from `src/kooperacja/data/gazetteer/` (see its README)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kooperacja.data import read_tsv
from kooperacja.resolve.names import fold


@dataclass(frozen=True)
class Region:
    id: str  # gazetteer id: "pl-reg:PL-24", "cc:DE", "gn:3096472", "iso:DE-BY"
    name: str
    kind: str  # voivodeship | powiat | country | region | city | other
    country: str | None
    lat: float | None
    lon: float | None
    admin1: str | None  # voivodeship (Polish rows) or first-level region code


def _f(value: str) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Region], dict[str, tuple[str, ...]], dict[str, list[str]]]:
    """(regions by id, ancestors by id, ids by folded name/alias/code)."""
    regions: dict[str, Region] = {}
    parents: dict[str, tuple[str, ...]] = {}
    names: dict[str, list[str]] = {}

    def name(key: str, gid: str) -> None:
        if key:
            lst = names.setdefault(fold(key), [])
            if gid not in lst:
                lst.append(gid)

    countries = read_tsv("gazetteer/countries.tsv")
    for r in countries:
        if r["kind"] != "country":
            continue
        gid = r["id"]
        regions[gid] = Region(gid, r["name"], "country", r["code"], _f(r["lat"]), _f(r["lon"]), None)
        parents[gid] = ()
        for key in (r["name"], r["code"], *r["aliases"].split("|")):
            name(key, gid)
    powiats: dict[tuple[str, str], str] = {}
    for r in read_tsv("gazetteer/regions_pl.tsv"):
        gid, sub = r["id"], r["subtype"]
        if sub not in ("voivodeship", "powiat"):
            continue
        regions[gid] = Region(gid, r["name"], sub, "PL", _f(r["lat"]), _f(r["lon"]), r["admin1"] or None)
        if sub == "voivodeship":
            parents[gid] = ("cc:PL",)
            name(r["admin1"], gid)
        else:
            parents[gid] = ("pl-reg:" + r["admin1"], "cc:PL")
            powiats[(r["admin1"], r["name"])] = gid
        for key in (r["name"], *r["aliases"].split("|")):
            name(key, gid)
    for r in read_tsv("gazetteer/places_pl.tsv"):
        gid, adm = r["id"], r["admin1"]
        regions[gid] = Region(gid, r["name"], r["kind"], "PL", _f(r["lat"]), _f(r["lon"]), adm or None)
        up: list[str] = []
        if r["powiat"] and (adm, r["powiat"]) in powiats:
            up.append(powiats[(adm, r["powiat"])])
        if adm:
            up.append("pl-reg:" + adm)
        up.append("cc:PL")
        parents[gid] = tuple(up)
        name(r["name"], gid)
    for r in read_tsv("gazetteer/places_world.tsv"):
        gid, country = r["id"], r["country"]
        regions[gid] = Region(gid, r["name"], r["kind"], country or None, _f(r["lat"]), _f(r["lon"]), None)
        up = []
        if r["kind"] != "region" and r["admin1"] and "iso:" + r["admin1"] != gid:
            up.append("iso:" + r["admin1"])
        if country:
            up.append("cc:" + country)
        parents[gid] = tuple(up)
        if r["kind"] == "region":
            name(r["name"], gid)
            name(r["admin1"], gid)
    for r in read_tsv("gazetteer/economic_zones.tsv"):
        parents[r["id"]] = ("pl-reg:" + r["admin1"], "cc:PL") if r["admin1"] else ("cc:PL",)
    return regions, parents, names


def ancestors(gazetteer_id: str | None) -> tuple[str, ...]:
    """The regions containing a gazetteer entry, nearest first ("gn:…" → powiat, voivodeship, country)."""
    if not gazetteer_id:
        return ()
    return _gazetteer()[1].get(gazetteer_id, ())


def region(gazetteer_id: str) -> Region | None:
    return _gazetteer()[0].get(gazetteer_id)


def resolve(value: str | None) -> str | None:
    """The gazetteer id a region filter names: an id, an ISO code, a name or alias; larger units win a tie."""
    if not value:
        return None
    value = value.strip()
    regions, _parents, names = _gazetteer()
    if value in regions:
        return value
    if value.upper().startswith("PL-") and "pl-reg:" + value.upper() in regions:
        return "pl-reg:" + value.upper()
    if len(value) == 2 and value.isalpha() and "cc:" + value.upper() in regions:
        return "cc:" + value.upper()
    found = names.get(fold(value)) or names.get(fold("województwo " + value)) or []
    rank = {"country": 0, "voivodeship": 1, "region": 2, "powiat": 3, "city": 4}
    found = sorted(found, key=lambda g: rank.get(regions[g].kind, 9) if g in regions else 9)
    return found[0] if found else None


def contains(region_id: str, gazetteer_id: str | None) -> bool:
    return bool(gazetteer_id) and (gazetteer_id == region_id or region_id in ancestors(gazetteer_id))


@lru_cache(maxsize=1)
def voivodeships() -> tuple[Region, ...]:
    """The 16 voivodeships, by name."""
    regions = _gazetteer()[0]
    return tuple(sorted((r for r in regions.values() if r.kind == "voivodeship"), key=lambda r: r.name))


@lru_cache(maxsize=1)
def countries() -> tuple[Region, ...]:
    """The countries, by (Polish) name."""
    regions = _gazetteer()[0]
    return tuple(sorted((r for r in regions.values() if r.kind == "country"), key=lambda r: r.name))


def place_ids_in(db: Any, region_id: str) -> list[int]:
    """Ids of the place entities lying in a region (by their gazetteer id; by country code for a country,
    and for a country also the organisations of that country)."""
    reg = region(region_id)
    out = []
    if reg is not None and reg.kind == "country":
        # a country holds every entity of that country, organisations too (their events are there)
        out += [
            r[0]
            for r in db.all("SELECT id FROM entities WHERE type <> 'place' AND country = ?", (reg.country,))
        ]
    for eid, gid, country in db.all(
        "SELECT id, gazetteer_id, country FROM entities WHERE type = 'place' AND "
        "(gazetteer_id IS NOT NULL OR country IS NOT NULL)"
    ):
        if contains(region_id, gid) or (
            reg is not None and reg.kind == "country" and not gid and country == reg.country
        ):
            out.append(eid)
    return out
