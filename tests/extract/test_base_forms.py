"""Base forms come from morphology over the whole phrase, not from a table of known names."""

from __future__ import annotations

import pytest

import kooperacja


def names_of(text: str, typ: str | None = None) -> set[str]:
    record = kooperacja.extract(text, doc_id="t")
    return {e["name"] for e in record["entities"] if typ is None or e["type"] == typ}


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Umowę podpisano w siedzibie Legnickiej Specjalnej Strefy Ekonomicznej.",
            "Legnicka Specjalna Strefa Ekonomiczna",
        ),
        ("Firmy należą do Śląskiego Klastra Lotniczego.", "Śląski Klaster Lotniczy"),
        ("Przedstawiciele Urzędu Miasta Lublin przyjechali z wizytą.", "Urząd Miasta Lublin"),
        (
            "Rozmawiano z Pomorską Specjalną Strefą Ekonomiczną o inwestycjach.",
            "Pomorska Specjalna Strefa Ekonomiczna",
        ),
        ("Delegacja odwiedziła Wyższą Szkołę Biznesu w Nowym Sączu.", "Wyższa Szkoła Biznesu w Nowym Sączu"),
        (
            "Porozumienie z Górnośląską Agencją Przekształceń Przedsiębiorstw podpisano wczoraj.",
            "Górnośląska Agencja Przekształceń Przedsiębiorstw",
        ),
        (
            "Spotkanie odbyło się w Izbie Handlowo-Przemysłowej w Saint-Etienne.",
            "Izba Handlowo-Przemysłowa w Saint-Etienne",
        ),
        (
            "Współpracę nawiązano z Parkiem Naukowo-Technologicznym Euro-Centrum.",
            "Park Naukowo-Technologiczny Euro-Centrum",
        ),
    ],
)
def test_organisation_base_forms(sentence: str, name: str) -> None:
    assert name in names_of(sentence, "organization")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Goście z Lublina przyjechali w poniedziałek do Starachowic.", "Starachowice"),
        ("Fabryka powstała w Dąbrowie Górniczej.", "Dąbrowa Górnicza"),
        ("Porozumienie podpisano w Korei Południowej.", "Korea Południowa"),
        ("Zakład działa w województwie świętokrzyskim.", "województwo świętokrzyskie"),
    ],
)
def test_place_base_forms(sentence: str, name: str) -> None:
    assert name in names_of(sentence, "place")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Porozumienie podpisał burmistrz Grzegorz Mrowiński.", "Grzegorz Mrowiński"),
        ("Gminę reprezentował wójt Mirosław Zieliński.", "Mirosław Zieliński"),
        ("Rozmawialiśmy z prezesem Pawłem Cieślińskim.", "Paweł Cieśliński"),
        ("Umowę podpisano w obecności prezesa zarządu Gabriela Chojaka.", "Gabriel Chojak"),
    ],
)
def test_person_base_forms(sentence: str, name: str) -> None:
    assert name in names_of(sentence, "person")


def test_acronym_is_linked_to_its_full_name() -> None:
    rec = kooperacja.extract(
        "Katowicka Specjalna Strefa Ekonomiczna (KSSE) podpisała umowę. Prezes KSSE podkreślił jej znaczenie.",
        doc_id="t",
    )
    zones = [e for e in rec["entities"] if e["type"] == "organization"]
    assert len(zones) == 1
    assert zones[0]["name"] == "Katowicka Specjalna Strefa Ekonomiczna"
    assert "KSSE" in zones[0]["aliases"]
    assert zones[0]["subtype"] == "economic_zone"
    assert len(zones[0]["mentions"]) == 3  # the full name, "(KSSE)" and "KSSE"


def test_unknown_organisation_found_from_its_head_noun() -> None:
    rec = kooperacja.extract(
        "Do współpracy zaprosiło nas Stowarzyszenie Producentów Żywności Ekologicznej.", "t"
    )
    orgs = {e["name"]: e["subtype"] for e in rec["entities"] if e["type"] == "organization"}
    assert orgs == {"Stowarzyszenie Producentów Żywności Ekologicznej": "business_association"}
