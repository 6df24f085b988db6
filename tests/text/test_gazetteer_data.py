"""Tests of the gazetteer data files and their loader."""

from __future__ import annotations

from collections import Counter

import pytest

from kooperacja.text.gazetteer_data import Place, load_countries, load_economic_zones, load_places

POLAND_BBOX = (49.0, 54.9, 14.1, 24.2)  # lat min, lat max, lon min, lon max


def by_name(name: str, kind: str | None = None) -> list[Place]:
    return [
        p for p in load_places() if (p.name == name or name in p.aliases) and (kind is None or p.kind == kind)
    ]


def test_ids_are_unique_and_fields_are_well_formed() -> None:
    places = load_places()
    assert len(places) > 10_000
    counts = Counter(p.id for p in places)
    assert [i for i, n in counts.items() if n > 1] == []
    for place in places:
        assert place.name and place.name == place.name.strip()
        assert place.kind in {"city", "region", "country", "other"}
        assert place.country is None or len(place.country) == 2
        assert (place.lat is None) == (place.lon is None)
        if place.lat is not None and place.lon is not None:
            assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180
        assert "" not in place.aliases


@pytest.mark.parametrize(
    "name",
    [
        "Dąbrowa Górnicza",
        "Starachowice",
        "Jaworzno",
        "Lublin",
        "Czechowice-Dziedzice",
        "Działdowo",
        "Kostrzyn nad Odrą",
        "Warszawa",
        "Bielsko-Biała",
        "Jastrzębie-Zdrój",
    ],
)
def test_polish_cities(name: str) -> None:
    matches = [p for p in load_places() if p.name == name and p.kind == "city" and p.country == "PL"]
    assert matches, name
    lat_min, lat_max, lon_min, lon_max = POLAND_BBOX
    for place in matches:
        assert place.lat is not None and place.lon is not None
        assert lat_min <= place.lat <= lat_max and lon_min <= place.lon <= lon_max
        assert place.admin1 is not None and place.admin1.startswith("PL-")
        assert place.id.startswith("gn:")


def test_polish_city_details() -> None:
    [starachowice] = [p for p in load_places() if p.name == "Starachowice" and p.kind == "city"]
    assert starachowice.admin1 == "PL-26"
    assert starachowice.powiat == "powiat starachowicki"
    assert starachowice.population and starachowice.population > 30_000
    polish_cities = [p for p in load_places() if p.kind == "city" and p.country == "PL"]
    assert len(polish_cities) >= 1000
    # Districts of cities with county rights are not cities.
    [mokotow] = [p for p in load_places() if p.name == "Mokotów"]
    assert mokotow.kind == "other" and mokotow.powiat == "Warszawa"


def test_voivodeships_powiats_and_historical_regions() -> None:
    voivodeships = [p for p in load_places() if p.subtype == "voivodeship"]
    assert len(voivodeships) == 16
    assert {p.admin1 for p in voivodeships} == {f"PL-{n:02d}" for n in range(2, 33, 2)}
    [swietokrzyskie] = by_name("województwo świętokrzyskie")
    assert swietokrzyskie.kind == "region" and swietokrzyskie.country == "PL"
    assert swietokrzyskie.admin1 == "PL-26" and "woj. świętokrzyskie" in swietokrzyskie.aliases
    [slaskie] = by_name("woj. śląskie")
    assert slaskie.name == "województwo śląskie"
    zgorzelecki = by_name("powiat zgorzelecki", kind="region")
    assert len(zgorzelecki) == 1 and zgorzelecki[0].admin1 == "PL-02"
    assert len([p for p in load_places() if p.subtype == "powiat"]) > 300
    for name in (
        "Śląsk",
        "Górny Śląsk",
        "Dolny Śląsk",
        "Pomorze",
        "Mazowsze",
        "Małopolska",
        "Wielkopolska",
        "Podkarpacie",
        "Kujawy",
        "Warmia",
        "Mazury",
        "Podlasie",
        "Kaszuby",
        "Podhale",
        "Trójmiasto",
    ):
        assert [p for p in by_name(name) if p.country == "PL" and p.kind == "region"], name


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Seul", "KR"),
        ("Saint-Etienne", "FR"),
        ("Saint-Étienne", "FR"),
        ("Liège", "BE"),
        ("Monachium", "DE"),
        ("Kolonia", "DE"),
        ("Wiedeń", "AT"),
        ("Pekin", "CN"),
        ("Nowy Jork", "US"),
        ("Lwów", "UA"),
        ("Wilno", "LT"),
        ("Kijów", "UA"),
        ("Ołomuniec", "CZ"),
        ("Lipsk", "DE"),
        ("Frankfurt nad Odrą", "DE"),
    ],
)
def test_world_cities(name: str, country: str) -> None:
    matches = [p for p in by_name(name, kind="city") if p.country != "PL"]
    assert any(p.country == country for p in matches), (name, matches)


def test_world_city_names_are_polish() -> None:
    [saint_etienne] = [p for p in by_name("Saint-Etienne", kind="city") if p.country == "FR"]
    assert "Saint-Étienne" in (saint_etienne.name, *saint_etienne.aliases)
    [munich] = [p for p in load_places() if p.name == "Monachium"]
    assert "Munich" in munich.aliases and munich.population and munich.population > 1_000_000


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Walonia", "BE"),
        ("Flandria", "BE"),
        ("Bawaria", "DE"),
        ("Saksonia", "DE"),
        ("Katalonia", "ES"),
        ("Lombardia", "IT"),
        ("Syczuan", "CN"),
        ("Hubei", "CN"),
        ("obwód lwowski", "UA"),
        ("kraj morawsko-śląski", "CZ"),
        ("Minas Gerais", "BR"),
        ("Region Stołeczny Brukseli", "BE"),
    ],
)
def test_foreign_regions(name: str, country: str) -> None:
    matches = by_name(name, kind="region")
    assert [p for p in matches if p.country == country and p.lat is not None], (name, matches)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Korea Południowa", "KR"),
        ("Korea", "KR"),
        ("Belgia", "BE"),
        ("Stany Zjednoczone", "US"),
        ("USA", "US"),
        ("Wielka Brytania", "GB"),
        ("Zjednoczone Królestwo", "GB"),
        ("Czechy", "CZ"),
        ("Republika Czeska", "CZ"),
        ("Niemcy", "DE"),
        ("RFN", "DE"),
        ("Chiny", "CN"),
        ("ChRL", "CN"),
        ("Holandia", "NL"),
        ("Niderlandy", "NL"),
    ],
)
def test_countries(name: str, code: str) -> None:
    matches = by_name(name, kind="country")
    assert [p.country for p in matches] == [code]
    assert matches[0].id == f"cc:{code}" and matches[0].lat is not None


def test_country_names() -> None:
    countries = load_countries()
    assert len(countries) > 240
    assert countries["KR"] == "Korea Południowa"
    assert countries["BE"] == "Belgia"
    assert countries["PL"] == "Polska"


def test_continents_and_areas() -> None:
    for name in (
        "Europa",
        "Azja",
        "Afryka",
        "Ameryka Północna",
        "Ameryka Południowa",
        "Oceania",
        "Bliski Wschód",
        "Skandynawia",
        "Bałkany",
    ):
        [area] = by_name(name)
        assert area.kind == "other" and area.country is None, name
    assert not by_name("Unia Europejska")


ZONE_ACRONYMS = {
    "Kamiennogórska Specjalna Strefa Ekonomiczna Małej Przedsiębiorczości": "K-SSEMP",
    "Katowicka Specjalna Strefa Ekonomiczna": "KSSE",
    "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna": "K-S SSE",
    "Krakowska Specjalna Strefa Ekonomiczna": "Krakowski Park Technologiczny",
    "Legnicka Specjalna Strefa Ekonomiczna": "LSSE",
    "Łódzka Specjalna Strefa Ekonomiczna": "ŁSSE",
    "Pomorska Specjalna Strefa Ekonomiczna": "PSSE",
    "Słupska Specjalna Strefa Ekonomiczna": "SSSE",
    "Specjalna Strefa Ekonomiczna EURO-PARK MIELEC": "Euro-Park Mielec",
    "Specjalna Strefa Ekonomiczna Starachowice": "SSE Starachowice",
    "Suwalska Specjalna Strefa Ekonomiczna": "SSSE",
    "Tarnobrzeska Specjalna Strefa Ekonomiczna EURO-PARK WISŁOSAN": "TSSE",
    "Wałbrzyska Specjalna Strefa Ekonomiczna INVEST-PARK": "WSSE",
    "Warmińsko-Mazurska Specjalna Strefa Ekonomiczna": "WMSSE",
}


def test_economic_zones() -> None:
    zones = load_economic_zones()
    assert len(zones) == 14
    assert len({z.id for z in zones}) == 14
    assert {z.name: a for z in zones for a in z.aliases if a == ZONE_ACRONYMS[z.name]} == ZONE_ACRONYMS
    lat_min, lat_max, lon_min, lon_max = POLAND_BBOX
    for zone in zones:
        assert lat_min <= zone.lat <= lat_max and lon_min <= zone.lon <= lon_max
        assert zone.admin1.startswith("PL-")
    ksse = [z.name for z in zones if "KSSE" in z.aliases]
    assert sorted(ksse) == [
        "Katowicka Specjalna Strefa Ekonomiczna",
        "Krakowska Specjalna Strefa Ekonomiczna",
    ]
    [starachowice] = [z for z in zones if z.seat == "Starachowice"]
    assert starachowice.admin1 == "PL-26"


def test_results_are_copies() -> None:
    places = load_places()
    places.clear()
    assert load_places()
    countries = load_countries()
    countries.clear()
    assert load_countries()["DE"] == "Niemcy"
