"""The rules and rows of session 12's organisation-precision work (org13), each with a sentence it handles and a near
miss it must leave alone. Every firm, person and sentence is invented."""

from __future__ import annotations

import pytest

from kooperacja import extract


def _orgs(text: str) -> dict[str, str | None]:
    record = extract(text, doc_id="rules-s12org13", published="2026-06-02")
    return {e["name"]: e.get("subtype") for e in record["entities"] if e["type"] == "organization"}


def _entities(text: str) -> dict[str, str]:
    record = extract(text, doc_id="rules-s12org13", published="2026-06-02")
    return {e["name"]: e["type"] for e in record["entities"]}


@pytest.mark.parametrize(
    "text",
    [
        "Kurs spółki Dalmet wzrósł, a WIG20 i mWIG40 zakończyły sesję na plusie.",
        "Akcje firmy Dalmet trafiły do indeksu sWIG80.",
        "Zakład firmy Dalmet otrzymał certyfikaty IATF 16949 i HACCP, a biurowiec ma certyfikat BREEAM.",
    ],
)
def test_indices_and_certificates_are_no_organisations(text: str) -> None:
    assert set(_orgs(text)) == {"Dalmet"}


def test_an_unknown_acronym_is_still_an_organisation() -> None:
    assert "PZRT" in _orgs("Inwestycję wspiera PZRT. Według PZRT firma Dalmet zatrudni 100 osób.")


def test_a_plant_with_its_number_is_no_organisation() -> None:
    orgs = _orgs("Zakład Produkcyjny nr 2 firmy Dalmet w Nysie zostanie rozbudowany.")
    assert set(orgs) == {"Dalmet"}


def test_a_school_with_its_number_stays_an_organisation() -> None:
    orgs = _orgs("Uczniowie Szkoły Podstawowej nr 4 odwiedzili zakład firmy Dalmet.")
    assert orgs.get("Szkoła Podstawowa nr 4") == "research_education"


@pytest.mark.parametrize(
    "text",
    [
        "Zarząd Emitenta informuje, że firma Dalmet podpisała umowę.",
        "Rada Nadzorcza Emitenta zatwierdziła umowę z firmą Dalmet.",
        "Zarząd Inwestora przyjął ofertę firmy Dalmet.",
    ],
)
def test_a_board_of_an_unnamed_party_is_no_organisation(text: str) -> None:
    assert set(_orgs(text)) == {"Dalmet"}


def test_a_board_of_a_named_company_is_the_company() -> None:
    assert "Dalmet" in _orgs("Zarząd Spółki Dalmet informuje o zawarciu umowy.")


def test_a_logistics_park_is_a_place() -> None:
    ents = _entities("Firma Dalmet wynajęła halę w Parku Logistycznym Borowo Zachód.")
    assert ents.get("Park Logistyczny Borowo Zachód") == "place"
    assert "Dalmet" in _orgs("Firma Dalmet wynajęła halę w Parku Logistycznym Borowo Zachód.")


def test_a_logistics_park_with_a_legal_form_is_an_organisation() -> None:
    ents = _entities("Park Logistyczny Borowo sp. z o.o. otrzymał decyzję o wsparciu.")
    assert ents.get("Park Logistyczny Borowo sp. z o.o.") == "organization"


def test_a_technology_or_industrial_park_stays_an_organisation() -> None:
    orgs = _orgs(
        "Firma Dalmet otworzy biuro w Parku Technologicznym Borowo, a halę w Parku Przemysłowym Lasowice."
    )
    assert orgs.get("Park Technologiczny Borowo") == "technology_park"
    assert orgs.get("Park Przemysłowy Lasowice") == "technology_park"


def test_a_project_named_with_an_organisation_head_is_no_organisation() -> None:
    assert set(_orgs("Projekt Srebrna Dolina, prowadzony przez firmę Dalmet, obejmie budowę szklarni.")) == {
        "Dalmet"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "W ramach projektu Uniwersytet Nadrzeczny zbuduje nowe laboratorium za 12 mln zł.",
            "Uniwersytet Nadrzeczny",
        ),
        ("W projekcie Politechnika Borowska pełni rolę lidera.", "Politechnika Borowska"),
        ("Na ten projekt Gmina Lasowice otrzymała 2 mln zł dotacji.", "Gmina Lasowice"),
        (
            "Przy realizacji projektu Fundacja Rozwoju Rzemiosła współpracuje z firmą Dalmet.",
            "Fundacja Rozwoju Rzemiosła",
        ),
        ("Projekt Klaster Energii Borowo podpisał umowę z firmą Dalmet.", "Klaster Energii Borowo"),
    ],
)
def test_a_headed_name_after_project_with_a_verb_in_its_clause_is_the_subject(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_a_project_of_a_named_cluster_keeps_the_cluster() -> None:
    orgs = _orgs("Firma Dalmet realizuje projekt Klastra Energii Borowo.")
    assert orgs.get("Klaster Energii Borowo") == "cluster"


def test_a_programme_named_by_its_rules_is_no_organisation() -> None:
    orgs = _orgs(
        "Ministerstwo Rozwoju zmieniło Regulamin Programu Wsparcia Przetwórstwa. Wsparcie dostanie Dalmet."
    )
    assert "Program Wsparcia Przetwórstwa" not in orgs
    assert "Ministerstwo Rozwoju" in orgs


def test_a_programme_named_by_its_call_is_no_organisation() -> None:
    orgs = _orgs("Ruszył nabór Programu Wsparcia Przetwórstwa. Wnioski złożyła Gmina Nysa.")
    assert "Program Wsparcia Przetwórstwa" not in orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Beneficjent Borowskiego Funduszu Rozwoju, spółka Dalmet, otrzymał pożyczkę na rozbudowę zakładu.",
            "Borowski Fundusz Rozwoju",
        ),
        (
            "Nabór Regionalnego Funduszu Ochrony Wód potrwa do marca. Fundusz przeznaczy na dotacje 20 mln zł.",
            "Regionalny Fundusz Ochrony Wód",
        ),
    ],
)
def test_a_fund_named_by_its_call_or_its_beneficiary_is_the_acting_fund(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_the_rules_of_a_named_cluster_keep_the_cluster() -> None:
    orgs = _orgs("Członkowie przyjęli regulamin Klastra Energii Borowo.")
    assert orgs.get("Klaster Energii Borowo") == "cluster"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fabrykę w Nysie zbuduje Krenz Maschinenbau.", "Krenz Maschinenbau"),
        ("Niemiecki Hollmer Kunststoff zainwestuje w Polsce 30 mln euro.", "Hollmer Kunststoff"),
        ("Japońska Tanaka Seiki otworzy zakład pod Wrocławiem.", "Tanaka Seiki"),
    ],
)
def test_a_foreign_company_word_makes_a_company(text: str, name: str) -> None:
    assert _orgs(text).get(name) == "company"


@pytest.mark.parametrize(
    "text",
    [
        "Firma Dalmet wdrożyła rozwiązania Industrie 4.0 w zakładzie w Nysie.",
        "Firma Dalmet wdrożyła standard Industrial Ethernet w nowej hali.",
    ],
)
def test_a_technology_named_with_an_industry_word_is_no_company(text: str) -> None:
    assert set(_orgs(text)) == {"Dalmet"}


def test_a_polish_word_like_a_foreign_company_word_names_none() -> None:
    assert set(_orgs("Technik z firmy Dalmet naprawił linię.")) == {"Dalmet"}


def test_a_zone_acronym_after_a_subzone_town_is_the_zone() -> None:
    orgs = _orgs("Hala firmy Dalmet powstanie w podstrefie Nysa KSSE.")
    assert "KSSE" in orgs and "Dalmet" in orgs


def test_a_town_glued_to_a_foreign_name_after_a_preposition_is_a_place() -> None:
    ents = _entities("Firma Dalmet otworzy w Gdańsku Global Services Center.")
    assert ents.get("Gdańsk") == "place"
    assert not any(n.startswith("Gdańsku") for n in ents)


def test_a_town_in_the_nominative_opening_a_foreign_name_stays_in_it() -> None:
    assert "Poznań Science Park" in _orgs("Umowę podpisano z Poznań Science Park.")


def test_a_project_noun_closing_a_headline_names_nothing_after_it() -> None:
    orgs = _orgs("Firma Ruszy z Nowym Projektem\nKlaster Dolina Wody zrzesza 20 firm.")
    assert orgs.get("Klaster Dolina Wody") == "cluster"


@pytest.mark.parametrize(
    "text",
    [
        "Według Reutersa firma Dalmet rozważa budowę zakładu w Nysie.",
        "Firma Dalmet zbuduje zakład w Nysie.\n(PAP Biznes)",
    ],
)
def test_an_agency_credit_in_any_case_is_no_organisation(text: str) -> None:
    assert set(_orgs(text)) == {"Dalmet"}


def test_a_firm_ending_like_an_agency_credit_stays() -> None:
    assert "Reutersona" in _orgs("Firma Reutersona zbuduje zakład w Nysie.")


@pytest.mark.parametrize(
    ("text", "name", "subtype"),
    [
        ("Dalmet złożył wniosek do Urzędu Regulacji Energetyki.", "Urząd Regulacji Energetyki", "agency"),
        ("Dźwigi firmy Dalmet odebrał Urząd Dozoru Technicznego.", "Urząd Dozoru Technicznego", "agency"),
        (
            "Generalna Dyrekcja Dróg Krajowych i Autostrad przebuduje węzeł.",
            "Generalna Dyrekcja Dróg Krajowych i Autostrad",
            "national_government",
        ),
        ("Wniosek firmy Dalmet trafił do Urzędu Miasta Nysa.", "Urząd Miasta Nysa", "municipality"),
        (
            "Umowę podpisała Dyrekcja Generalna ds. Energii Komisji Europejskiej.",
            "Dyrekcja Generalna ds. Energii Komisji Europejskiej",
            "international_org",
        ),
    ],
)
def test_the_subtype_of_a_central_office(text: str, name: str, subtype: str) -> None:
    assert _orgs(text).get(name) == subtype


@pytest.mark.parametrize(
    "text",
    [
        "Na stoisku obok wystawiały się Hydrotek i Polwat.",
        "Porozumienie podpisały Hydrotek oraz Polwat.",
        "W targach wzięły udział Hydrotek, Polwat i Kormax.",
    ],
)
def test_firms_listed_after_a_plural_verb(text: str) -> None:
    assert {"Hydrotek", "Polwat"} <= set(_orgs(text))


@pytest.mark.parametrize(
    "text",
    [
        "Przyjechały Anna i Ewa z Nysy.",  # names the dictionary knows
        "Wzrosły ceny i Polwat podniósł stawki.",  # the word after the verb is a common noun
    ],
)
def test_no_list_of_unknown_words_after_a_plural_verb(text: str) -> None:
    orgs = _orgs(text)
    assert "Anna" not in orgs and "Ewa" not in orgs and "Ceny" not in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Najlepiej sprzedawały się Vexora, Lumiro i Tavix.",
        "Do salonów trafiły Vexora i Lumiro w nowych wersjach.",
    ],
)
def test_products_listed_after_a_plural_verb_of_selling_or_arriving_are_no_firms(text: str) -> None:
    assert not {"Vexora", "Lumiro", "Tavix"} & set(_orgs(text))


def test_a_quoted_project_title_with_an_organisation_head_is_no_organisation() -> None:
    text = "Gmina Nysa przygotowała teren w ramach projektu „Nyska Dolina Przemysłowa”. Halę zbuduje firma Dalmet."
    assert set(_orgs(text)) == {"Gmina Nysa", "Dalmet"}


def test_a_quoted_project_title_with_no_polish_head_is_left_to_the_quote_rules() -> None:
    assert "Invest in Borowia" in _orgs("Agencja realizuje projekt „Invest in Borowia”.")


def test_a_cooperative_bank_is_named_by_its_seat() -> None:
    orgs = _orgs("Inwestycję firmy Dalmet kredytuje Bank Spółdzielczy w Nysie.")
    assert orgs.get("Bank Spółdzielczy w Nysie") == "company"


def test_a_national_cooperative_body_keeps_its_town_apart() -> None:
    ents = _entities("Krajowa Rada Spółdzielcza w Nysie zorganizowała kongres spółdzielców.")
    assert ents.get("Krajowa Rada Spółdzielcza") == "organization" and ents.get("Nysa") == "place"


def test_a_local_cooperative_bank_named_polish_keeps_its_seat() -> None:
    orgs = _orgs("Kredytu firmie Dalmet udzielił Polski Bank Spółdzielczy w Nysie.")
    assert "Polski Bank Spółdzielczy w Nysie" in orgs


def test_a_bank_with_a_name_keeps_its_town_apart() -> None:
    ents = _entities("Kredytu firmie Dalmet udzielił Bank Pekao w Nysie.")
    assert ents.get("Bank Pekao") == "organization" and ents.get("Nysa") == "place"


def test_the_board_of_a_company_named_with_its_legal_form_is_the_company() -> None:
    orgs = _orgs("Zarząd Termik S.A. z siedzibą w Nysie informuje o zawarciu umowy.")
    assert set(orgs) == {"Termik S.A."}


def test_a_board_named_in_the_genitive_before_a_legal_form_stays_the_company_of_that_name() -> None:
    assert "Zarząd Portu Morskiego Hel sp. z o.o." in _orgs(
        "Zarząd Portu Morskiego Hel sp. z o.o. ogłosił przetarg."
    )


def test_a_board_named_by_a_noun_and_a_genitive_adjective_before_a_legal_form_is_the_company() -> None:
    ents = _entities("Zarząd Nieruchomości Miejskich sp. z o.o. w Nysie ogłosił przetarg.")
    assert (
        ents.get("Zarząd Nieruchomości Miejskich sp. z o.o.") == "organization"
        and ents.get("Nysa") == "place"
    )


def test_a_town_closed_by_a_legal_form_is_part_of_the_company_name() -> None:
    orgs = _orgs("Firma Dalmet zawarła umowę z Bankiem Handlowym w Warszawie S.A.")
    assert "Bank Handlowy w Warszawie S.A." in orgs and "Warszawa S.A." not in orgs


def test_a_product_series_with_its_number_is_no_organisation() -> None:
    assert set(_orgs("Firma Dalmet będzie produkować kotły z serii EcoMax 300.")) == {"Dalmet"}


def test_an_adjective_and_a_head_in_a_headline_are_short_for_the_full_name() -> None:
    text = (
        "Rekordowy rok w Nyskiej Strefie\nNyska Specjalna Strefa Ekonomiczna wydała 40 decyzji. Wsparcie dostała "
        "firma Dalmet."
    )
    assert set(_orgs(text)) == {"Nyska Specjalna Strefa Ekonomiczna", "Dalmet"}


def test_a_head_and_a_town_are_not_short_for_another_unit_of_that_town() -> None:
    orgs = _orgs("Umowę podpisały Gmina Borowo i Gmina Miasto Borowo.")
    assert {"Gmina Borowo", "Gmina Miasto Borowo"} <= set(orgs)


def test_an_adjective_and_a_head_shared_by_two_longer_names_stay_apart() -> None:
    orgs = _orgs(
        "Polska Agencja ogłosiła nabór. Polska Agencja Inwestycji i Handlu oraz Polska Agencja Rozwoju "
        "Przedsiębiorczości podpisały umowę."
    )
    assert {"Polska Agencja Inwestycji i Handlu", "Polska Agencja Rozwoju Przedsiębiorczości"} <= set(orgs)
