"""The name rules and data rows of session 8 (issue 8, item 4), each with a sentence of our own."""

from __future__ import annotations

from typing import Any

from kooperacja import extract


def _entities(text: str) -> list[dict[str, Any]]:
    return extract(text, doc_id="rules-s8org", published="2026-05-04")["entities"]


def _orgs(text: str) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in _entities(text) if e["type"] == "organization"}


def test_title_case_headline_names_nothing() -> None:
    orgs = _orgs("Nowa Fabryka Opakowań Pod Radomiem\n\nFirma Lumatex kupiła halę pod Radomiem.")
    assert "Lumatex" in orgs
    assert not any("Fabryka" in name for name in orgs)


def test_title_case_needs_a_linking_word_not_an_abbreviation() -> None:
    orgs = _orgs("Umowę podpisały dwie firmy:\nPolskie Magazyny S.A.\nKormet Sp. z o.o.")
    assert any(name.startswith("Polskie Magazyny") for name in orgs)


def test_officer_after_board_and_company_noun() -> None:
    ents = _entities("Umowę podpisał wiceprezes zarządu firmy Baltex Anna Kowal.")
    by_id = {e["id"]: e["name"] for e in ents}
    orgs = [e["name"] for e in ents if e["type"] == "organization"]
    person = next(e for e in ents if e["type"] == "person")
    assert orgs == ["Baltex"]
    assert person["name"] == "Anna Kowal"
    assert {by_id.get(r["organization"]) for r in person["roles"]} == {"Baltex"}


def test_unknown_word_before_a_masculine_verb_of_agreeing() -> None:
    assert "Tarmex" in _orgs("Tarmex zawarł w marcu umowę z miastem na budowę parkingu.")


def test_unknown_word_before_to_and_a_company_noun() -> None:
    assert "Lumarex" in _orgs("W Łomży działa od lat Lumarex. Lumarex to producent okien z Podlasia.")


def test_feminine_case_forms_meet_the_base_form() -> None:
    orgs = _orgs(
        "Umowę z Dorvitą podpisano w maju. Zarząd Dorvity liczy na zyski. Dorvita to dostawca części."
    )
    assert "Dorvita" in orgs
    assert not {"Dorvity", "Dorvitą"} & set(orgs)


def test_brand_is_short_for_the_headed_company_name() -> None:
    orgs = _orgs("Grupa Dravex Polska otworzyła biuro w Lublinie. Dravex szuka teraz inżynierów.")
    assert "Dravex" not in orgs
    assert "Dravex" in orgs["Grupa Dravex Polska"]["aliases"]


def test_brand_does_not_join_a_foundation_of_its_name() -> None:
    orgs = _orgs("Fundacja Dravex Polska wspiera szkoły. Dravex zbuduje nową halę w Lublinie.")
    assert "Dravex" in orgs


def test_title_name_in_any_case_is_no_organisation() -> None:
    orgs = _orgs("Klaster Wodny otrzymał w tym roku tytuł Krajowego Klastra Kluczowego.")
    assert "Klaster Wodny" in orgs
    assert not any("Kluczow" in name for name in orgs)


def test_instrumental_after_a_copula_is_a_status() -> None:
    orgs = _orgs(
        "Wschodni Klaster Budowlany został Krajowym Klastrem Kluczowym. Firma Dormex została Liderem Eksportu."
    )
    assert {"Wschodni Klaster Budowlany", "Dormex"} <= set(orgs)
    assert not any("Kluczow" in name or "Lider" in name for name in orgs)


def test_nominative_after_a_copula_stays_an_organisation() -> None:
    orgs = _orgs("Organizatorem forum była Dolnośląska Agencja Współpracy Gospodarczej.")
    assert "Dolnośląska Agencja Współpracy Gospodarczej" in orgs


def test_compound_adjective_written_apart_agrees_with_the_head() -> None:
    orgs = _orgs("Umowę podpisano z Kieleckim Parkiem Naukowo Technologicznym w czwartek.")
    assert "Kielecki Park Naukowo Technologiczny" in orgs


def test_branch_after_the_name_is_folded_into_the_organisation() -> None:
    orgs = _orgs("Wniosek trafił do Agencji Rozwoju Przemysłu Oddział Mielec w poniedziałek.")
    assert set(orgs) == {"Agencja Rozwoju Przemysłu"}


def test_branch_with_its_adjective_before_the_organisation() -> None:
    orgs = _orgs("Kredytu udzielił gminie Oddział Regionalny Banku Gospodarstwa Krajowego.")
    assert set(orgs) == {"Bank Gospodarstwa Krajowego"}


def test_foreign_name_ending_with_park_stays_whole() -> None:
    orgs = _orgs("Umowę podpisano z Lublin Science Park (LSP) w maju. LSP wspiera młode firmy.")
    assert orgs["Lublin Science Park"]["subtype"] == "technology_park"
    assert "LSP" in orgs["Lublin Science Park"]["aliases"]


def test_names_of_reports_applications_and_campaigns_are_no_organisations() -> None:
    text = (
        "Raport Polskie Klastry Przemysłowe przygotowała Agencja Rozwoju Pomorza. Aplikacja Mobilny Urząd "
        "działa od maja. Kampania Zielona Gmina ruszy jesienią."
    )
    assert set(_orgs(text)) == {"Agencja Rozwoju Pomorza"}


def test_owner_in_the_genitive_after_a_report_noun_stays() -> None:
    assert "Politechnika Gdańska" in _orgs("Raport Politechniki Gdańskiej omawia rynek pracy w regionie.")


def test_unknown_word_before_a_verb_of_paying_or_selling() -> None:
    assert "Kolvetra" in _orgs("Miasto sprzedało grunt w marcu. Kolvetra zapłacił za niego 3 mln zł.")


def test_supplier_named_by_a_future_copula() -> None:
    assert "Dravelon" in _orgs("Hala stanie w maju. Dostawcą maszyn będzie Dravelon.")


def test_title_case_with_a_verb_after_a_colon_names_nothing() -> None:
    orgs = _orgs(
        "Czytaj też: Fabryka Opakowań Ruszyła Pełną Parą\n\nSpółka Lumatex kupiła halę pod Radomiem."
    )
    assert "Lumatex" in orgs
    assert not any("Fabryka" in name for name in orgs)


def test_a_list_after_a_colon_is_no_headline() -> None:
    assert {"Polbet", "Wikomax"} <= set(_orgs("Zezwolenia otrzymały firmy: Polbet, Wikomax i Stalgor."))


def test_a_venue_after_and_starts_a_name_of_its_own() -> None:
    orgs = _orgs("Goście odwiedzili Hutę Szkła Borowo i Zamek Królewski w Lisowie.")
    assert not any("Zamek" in name for name in orgs)
