"""Organisation names that generalise (issue 8, round 3): bare company names recognised from their context.
Every sentence is our own."""

from __future__ import annotations

from kooperacja import extract


def _orgs(text: str) -> set[str]:
    record = extract(text, doc_id="t", published="2025-03-02")
    return {e["name"] for e in record["entities"] if e["type"] == "organization"}


def test_unknown_words_listed_with_an_organisation_are_organisations() -> None:
    orgs = _orgs("Do parku technologicznego dołączyły Alpatek, Norvento i Grupa Azoty.")
    assert {"Alpatek", "Norvento", "Grupa Azoty"} <= orgs, orgs


def test_an_acronym_coordinated_with_a_university_is_an_organisation() -> None:
    orgs = _orgs("Porozumienie pomiędzy WZK-2 a Politechniką Łódzką obejmuje praktyki studentów.")
    assert {"WZK-2", "Politechnika Łódzka"} <= orgs, orgs


def test_an_unknown_word_before_an_organisation_in_a_list_is_one_too() -> None:
    orgs = _orgs("Umowę o współpracy zawarły wczoraj Kelvato oraz Uniwersytet Rzeszowski.")
    assert "Kelvato" in orgs, orgs


def test_an_abbreviated_title_in_a_list_is_no_organisation() -> None:
    orgs = _orgs("W panelu wystąpili przedstawiciele Politechniki Gdańskiej i prof. Jan Nowak.")
    assert orgs == {"Politechnika Gdańska"}, orgs


def test_english_service_and_design_words_close_a_company_name() -> None:
    orgs = _orgs("Halę magazynową w Borowie zbuduje Lumo Service, a meble zaprojektuje pracownia KT Design.")
    assert {"Lumo Service", "KT Design"} <= orgs, orgs


def test_international_closes_a_company_name() -> None:
    orgs = _orgs("Nowe biuro w Gdańsku otworzyła Alcor International.")
    assert "Alcor International" in orgs, orgs


def test_a_maker_named_by_its_product_noun_after_an_officer_title() -> None:
    orgs = _orgs("O planach szkolenia pilotów mówił wiceprezes Airbusa, Olaf Brenn.")
    assert "Airbus" in orgs, orgs


def test_a_board_after_an_officer_title_is_no_maker() -> None:
    orgs = _orgs("Głos zabrał prezes Zarządu, Jan Nowak.")
    assert orgs == set(), orgs


def test_case_forms_of_an_undeclined_foreign_name_are_one_organisation() -> None:
    record = extract(
        "Koncern Intel zbuduje nową fabrykę. Inwestycja Intela w Magdeburgu jest jednak opóźniona.",
        doc_id="t",
        published="2025-03-02",
    )
    orgs = [e for e in record["entities"] if e["type"] == "organization"]
    assert [e["name"] for e in orgs] == ["Intel"], orgs


def test_a_name_after_a_company_noun_is_the_base_form_of_its_case_forms() -> None:
    text = (
        "Firma Norvento otworzyła biuro w Gdańsku. Prezes Norventa zapowiedział kolejne inwestycje, "
        "a z Norventem rozmawiają już dwie gminy."
    )
    orgs = _orgs(text)
    assert orgs == {"Norvento"}, orgs


def test_plural_chambers_named_by_common_words_are_no_organisation() -> None:
    orgs = _orgs("W komisji zasiedli radcy ambasad oraz przewodniczący Izb Handlowych.")
    assert orgs == set(), orgs


def test_feminine_case_forms_of_a_foreign_name_meet_their_base_form() -> None:
    orgs = _orgs(
        "Fabrykę w Borowie otworzyła firma Lumina. Wiceprezes Luminy zapowiedział zatrudnienie 80 osób."
    )
    assert orgs == {"Lumina"}, orgs
