"""Sentences of our own for the fixes made when the review of the session's (s9) organisation-name rules found
counter-examples (orgfix3): a place in the genitive after "sieć sklepów" names no firm, and an indeclinable brand
after "Spółka"/"Firma" is a name, not a genitive complement."""

from __future__ import annotations

import pytest

import kooperacja

PUBLISHED = "2024-03-13"


def _orgs(text: str) -> set[str]:
    rec = kooperacja.extract(text, doc_id="r", published=PUBLISHED)
    return {e["name"] for e in rec["entities"] if e["type"] == "organization"}


def _events(text: str) -> set[str]:
    rec = kooperacja.extract(text, doc_id="r", published=PUBLISHED)
    return {ev["type"] for ev in rec["events"]}


# 1. "noun + plural genitive + Name" is a firm only where the name reads in the nominative (apposition)


@pytest.mark.parametrize(
    "text",
    [
        "Producent okien z Kalisza liczy, że sieć sklepów Europy Zachodniej kupi jej okna.",
        "Firma wyśle okna do sieci sklepów Ameryki Północnej.",
        "Spółka przygotowała ofertę dla sieci sklepów Europy Środkowej.",
        "Producent liczy na sieć sklepów Dolnego Śląska.",
    ],
)
def test_a_place_in_the_genitive_after_a_chain_names_no_firm(text: str) -> None:
    assert _orgs(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Okna trafią do sieci sklepów Promyk.", "Promyk"),
        ("Fabryka mebli Dąbek zatrudni 40 osób.", "Dąbek"),
        ("Umowę podpisała sieć sklepów Społem.", "Społem"),
    ],
)
def test_a_name_in_apposition_after_a_chain_is_still_a_firm(text: str, name: str) -> None:
    assert name in _orgs(text)


# 2. an indeclinable noun after a generic company noun reads in the nominative too: it may be the brand (named
#    without the company noun, as "spółka Kiwi" is; session 10)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spółka Kiwi zbuduje halę za 10 mln zł.", "Kiwi"),
        ("Spółka Taxi otworzy bazę w Łodzi.", "Taxi"),
        ("Spółka Rho zbuduje magazyn.", "Rho"),
        ("Firma Kakadu otworzy sklep w Opolu.", "Kakadu"),
    ],
)
def test_an_indeclinable_brand_after_a_company_noun_is_a_company(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_an_indeclinable_brand_keeps_its_investment() -> None:
    assert "investment" in _events("Spółka Kiwi zbuduje halę za 10 mln zł.")


@pytest.mark.parametrize(
    "text",
    [
        "Spółki Skarbu Państwa inwestują w energetykę.",
        "Nowy Zakład Produkcji Opakowań powstanie w Kutnie.",
    ],
)
def test_common_nouns_in_the_genitive_still_describe_a_kind(text: str) -> None:
    assert _orgs(text) == set()
