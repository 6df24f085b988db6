"""Loader for the gazetteer data files in ``kooperacja/data/gazetteer``.

The files are plain TSV written by ``tools/build_gazetteers.py`` (GeoNames data, CC-BY 4.0; see the
README next to them). Nothing here needs the network or the packages the build script uses.

* :func:`load_places` — every place in one list: Polish settlements and city districts, voivodeships,
  powiats, historical regions, countries, continents and macro-areas, foreign cities and regions.
* :func:`load_economic_zones` — the 14 Polish special economic zones.
* :func:`load_countries` — ISO 3166-1 alpha-2 code → Polish country name.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

__all__ = ["Place", "PlaceKind", "Zone", "load_countries", "load_economic_zones", "load_places"]

PlaceKind = Literal["city", "region", "country", "other"]

_PACKAGE = "kooperacja.data.gazetteer"


@dataclass(frozen=True, slots=True)
class Place:
    """A place: ``name`` is its Polish base form (nominative) as a Polish text writes it."""

    id: str  # unique: "gn:<GeoNames id>", "pl-reg:PL-24", "pl-area:…", "cc:KR", "iso:DE-BY", "area:…"
    name: str
    kind: PlaceKind  # "city" (any settlement) | "region" | "country" | "other" (continent, district…)
    country: str | None  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    admin1: str | None  # ISO 3166-2 of the first-level region ("PL-24", "DE-BY"); a region's own code
    population: int | None
    aliases: tuple[str, ...]  # other names: short forms, English/local names, spellings without diacritics
    subtype: str | None = None  # "voivodeship", "powiat", "historical", "landform", "continent"…
    powiat: str | None = None  # Polish settlements: "powiat starachowicki" or the county-rights city


@dataclass(frozen=True, slots=True)
class Zone:
    """A Polish special economic zone (specjalna strefa ekonomiczna)."""

    id: str  # "sse:ksse-katowice"
    name: str  # full Polish base form: "Katowicka Specjalna Strefa Ekonomiczna"
    aliases: tuple[str, ...]  # acronyms and short forms; "KSSE" and "SSSE" belong to two zones each
    seat: str  # seat city
    lat: float
    lon: float
    admin1: str  # voivodeship ISO 3166-2 code
    manager: str | None  # managing company where it is named differently from the zone


def _read(name: str) -> tuple[dict[str, int], list[list[str]]]:
    """Column positions and data rows of one TSV file (csv.reader: faster than DictReader)."""
    text = resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    reader = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    return {column: i for i, column in enumerate(header)}, list(reader)


def _float(value: str) -> float | None:
    return float(value) if value else None


def _int(value: str) -> int | None:
    return int(value) if value else None


def _aliases(value: str) -> tuple[str, ...]:
    return tuple(value.split("|")) if value else ()


def _read_places(name: str, subtype: str | None = None) -> list[Place]:
    col, rows = _read(name)
    i_id, i_name, i_kind, i_lat, i_lon = col["id"], col["name"], col["kind"], col["lat"], col["lon"]
    i_aliases = col["aliases"]
    i_country = col.get("country", col.get("code"))
    i_admin1 = col.get("admin1")
    i_population = col.get("population")
    i_subtype = col.get("subtype")
    i_powiat = col.get("powiat")
    places = []
    for row in rows:
        kind = row[i_kind]
        places.append(
            Place(
                row[i_id],
                row[i_name],
                kind,  # type: ignore[arg-type]
                (row[i_country] or None) if i_country is not None else None,
                _float(row[i_lat]),
                _float(row[i_lon]),
                (row[i_admin1] or None) if i_admin1 is not None else None,
                _int(row[i_population]) if i_population is not None else None,
                _aliases(row[i_aliases]),
                (row[i_subtype] or None) if i_subtype is not None else (subtype if kind == "other" else None),
                (row[i_powiat] or None) if i_powiat is not None else None,
            )
        )
    return places


@lru_cache(maxsize=1)
def _places() -> tuple[Place, ...]:
    return tuple(
        [
            *_read_places("places_pl.tsv", subtype="district"),
            *_read_places("regions_pl.tsv"),
            *_read_places("countries.tsv", subtype="area"),
            *_read_places("places_world.tsv"),
        ]
    )


def load_places() -> list[Place]:
    """All places of all files, ids unique. The list is a fresh copy; the Place objects are shared."""
    return list(_places())


@lru_cache(maxsize=1)
def _zones() -> tuple[Zone, ...]:
    col, rows = _read("economic_zones.tsv")
    return tuple(
        Zone(
            id=row[col["id"]],
            name=row[col["name"]],
            aliases=_aliases(row[col["aliases"]]),
            seat=row[col["seat"]],
            lat=float(row[col["lat"]]),
            lon=float(row[col["lon"]]),
            admin1=row[col["admin1"]],
            manager=row[col["manager"]] or None,
        )
        for row in rows
    )


def load_economic_zones() -> list[Zone]:
    """The 14 Polish special economic zones."""
    return list(_zones())


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    col, rows = _read("countries.tsv")
    i_code, i_name, i_kind = col["code"], col["name"], col["kind"]
    return {row[i_code]: row[i_name] for row in rows if row[i_kind] == "country"}


def load_countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code → Polish short name ("KR" → "Korea Południowa")."""
    return dict(_countries())
