"""The gazetteer of well-known companies (data/gazetteer/companies.tsv): bare and inflected brand names with no
cue word around them are organisations, in the base form the table gives; a like-named person with a first name
stays a person. The sentences are our own."""

from __future__ import annotations

import csv
from importlib import resources
from typing import Any

import pytest

from kooperacja import extract
from kooperacja.extract.gazetteer import companies, gazetteer, token_keys
from kooperacja.text.morphology import morphology


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    record: dict[str, Any] = extract(text, doc_id="gaz", published="2025-05-12")
    return {e["name"]: (e["type"], e.get("subtype")) for e in record["entities"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nowy magazyn pod Gnieznem wynajmie Volkswagenowi lokalny deweloper.", "Volkswagen"),
        ("Rozmowy z Toyotą trwały dwa lata.", "Toyota"),
        ("Radni spotkali się z przedstawicielami Siemensa.", "Siemens"),
        ("Kontrakt z Samsungiem wart jest kilkaset milionów złotych.", "Samsung"),
        ("Dostawy dla Mercedesa-Benza ruszą jesienią.", "Mercedes-Benz"),
        ("Od marca w fabryce LG pracuje tysiąc osób.", "LG"),
        ("Zakład Boscha w Mirkowie zatrudni stu inżynierów.", "Bosch"),
        ("Tej zimy Huawei otworzy w Warszawie centrum badawcze.", "Huawei"),
        ("Porozumienie z Grupą Azoty podpisano w Tarnowie.", "Grupa Azoty"),
        ("Umowę z Orlenem gmina zawarła na dziesięć lat.", "Orlen"),
    ],
)
def test_inflected_bare_brands_are_companies_in_base_form(text: str, name: str) -> None:
    found = _entities(text)
    assert found.get(name) == ("organization", "company"), found


def test_the_inflected_form_is_not_kept_as_a_name() -> None:
    found = _entities("Rada miasta rozmawiała z Volkswagenem o nowej hali.")
    assert "Volkswagen" in found
    assert "Volkswagenem" not in found


def test_a_state_development_bank_is_an_agency() -> None:
    found = _entities("Kredyt dla gminy udzielił w końcu Bank Gospodarstwa Krajowego.")
    assert found.get("Bank Gospodarstwa Krajowego") == ("organization", "agency"), found


def test_a_name_in_capitals_keeps_the_text_spelling() -> None:
    found = _entities("W konferencji udział wzięli przedstawiciele PKN ORLEN i gminy.")
    assert found.get("PKN ORLEN") == ("organization", "company"), found


def test_a_surname_brand_after_a_first_name_is_a_person() -> None:
    found = _entities("Na spotkanie przyjechał Karol Siemens, sołtys wsi.")
    assert found.get("Karol Siemens", ("",))[0] == "person", found
    assert "Siemens" not in found


def test_a_common_noun_brand_at_a_sentence_start_is_left_alone() -> None:
    # "toyota" is a car to the dictionary: only a capital letter inside the sentence makes it a name
    found = _entities("Toyota stała na parkingu przed urzędem.")
    assert "Toyota" not in found


def test_a_company_after_a_plant_noun_that_opens_the_sentence() -> None:
    found = _entities("Fabryka Toyoty w Wałbrzychu zwiększy zatrudnienie.")
    assert found.get("Toyota") == ("organization", "company"), found
    assert not any(n.startswith("Fabryka") for n in found), found


def test_a_longer_name_that_starts_with_a_brand_is_not_cut() -> None:
    found = _entities("Spółka Toyota Motor Manufacturing Poland rozbuduje zakład.")
    assert not ({"Toyota"} & set(found)), found


def _rows() -> list[dict[str, str]]:
    text = resources.files("kooperacja.data.gazetteer").joinpath("companies.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_table_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 300
    names: list[str] = []
    for r in rows:
        assert r["name"] and r["subtype"] in ("company", "agency") and len(r["country"]) == 2, r
        names += [r["name"], *filter(None, r["aliases"].split("|"))]
    assert len(names) == len(set(names)), "a name or alias is listed twice"
    assert companies().max_words >= 3


def test_no_company_name_is_a_polish_place() -> None:
    """A Polish town of the same name ("Kęty", "Ursus") would be read as the company: such rows stay out."""
    m, gaz = morphology(), gazetteer()
    clashes = []
    for r in _rows():
        for name in (r["name"], *filter(None, r["aliases"].split("|"))):
            words = name.split()
            place = gaz.lookup([token_keys(w, m.analyse(w)) for w in words])
            if place is not None and place.country == "PL":
                clashes.append((name, place.name))
    assert not clashes


def test_no_one_word_name_is_only_a_first_name() -> None:
    """A first name ("Leonardo", "Atlas") would find companies in people's names: such rows stay out, unless
    the dictionary also knows the word as a common or proper noun of another kind."""
    m = morphology()
    only_first = []
    for r in _rows():
        for name in (r["name"], *filter(None, r["aliases"].split("|"))):
            if " " in name or name.isupper():
                continue
            rs = m.analyse(name)
            if rs and all(x.first_name for x in rs):
                only_first.append(name)
    assert not only_first
