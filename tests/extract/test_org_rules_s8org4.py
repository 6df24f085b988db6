"""Name rules and data rows of org4 (session 8, issue 8 item 4), from the own-words set's kinds of error;
each with sentences of our own."""

from __future__ import annotations

from typing import Any

from kooperacja import extract


def _entities(text: str) -> list[dict[str, Any]]:
    return extract(text, doc_id="rules-s8org4", published="2026-05-04")["entities"]


def _names(text: str, typ: str) -> list[str]:
    return [e["name"] for e in _entities(text) if e["type"] == typ]


def test_nordic_legal_forms_close_the_name() -> None:
    orgs = _names(
        "Spółka Termo Holding należy do duńskiej grupy Varmeland A/S, a jej partnerem jest fińska firma "
        "Lumipuu Oyj oraz duńska Skovhus ApS.",
        "organization",
    )
    assert "Varmeland A/S" in orgs
    assert "Lumipuu Oyj" in orgs
    assert "Skovhus ApS" in orgs


def test_a_unit_the_dictionary_knows_as_a_firm_is_no_company() -> None:
    orgs = _names("Farma o mocy 400 MW, która powstanie koło Łeby, da pracę 40 osobom.", "organization")
    assert "MW" not in orgs


def test_a_company_named_board_keeps_its_board_word() -> None:
    orgs = _names("Kontrakt zawarto z Zarządem Portu Morskiego Kołobrzeg Sp. z o.o. w marcu.", "organization")
    assert orgs == ["Zarząd Portu Morskiego Kołobrzeg Sp. z o.o."]


def test_a_patron_after_an_adjective_belongs_to_the_name() -> None:
    ents = _entities(
        "List podpisała Akademia Morska im. Jana Długosza, a wraz z nią Politechnika Kielecka im. Anny Lis."
    )
    orgs = [e["name"] for e in ents if e["type"] == "organization"]
    assert "Akademia Morska im. Jana Długosza" in orgs
    assert "Politechnika Kielecka im. Anny Lis" in orgs
    assert not [e for e in ents if e["type"] == "person"]


def test_feminine_titles_and_a_firm_noun_before_the_officer() -> None:
    ents = _entities(
        "Koordynatorka klastra Joanna Brzoza przywitała gości. Spotkanie prowadziła dyrektorka Ewa Lis."
    )
    assert {e["name"] for e in ents if e["type"] == "person"} == {"Joanna Brzoza", "Ewa Lis"}
    assert not [e for e in ents if e["type"] == "organization"]


def test_an_authors_byline_is_no_person() -> None:
    people = _names(
        "Nowa hala w Kutnie\nJan Nowak / 2024-03-02 10:15\n\nHalę otworzył prezes spółki Adam Lis.", "person"
    )
    assert people == ["Adam Lis"]


def test_a_particle_inside_a_foreign_name() -> None:
    people = _names("Gości przywitał Hans von Berg, wiceprezes spółki Lumatex.", "person")
    assert people == ["Hans von Berg"]


def test_an_acronym_or_a_subsidiary_then_its_officer() -> None:
    ents = _entities(
        "Umowę podpisał prezes BTK Lars Henriksen. Zakład otworzył prezes Nordfab Polska Henrik Lindqvist."
    )
    by_id = {e["id"]: e["name"] for e in ents}
    people = {e["name"]: e for e in ents if e["type"] == "person"}
    assert set(people) == {"Lars Henriksen", "Henrik Lindqvist"}
    assert {by_id[r["organization"]] for r in people["Lars Henriksen"]["roles"]} == {"BTK"}
    assert {by_id[r["organization"]] for r in people["Henrik Lindqvist"]["roles"]} == {"Nordfab Polska"}


def test_a_title_after_its_person_keeps_the_company_whole() -> None:
    ents = _entities("Na spotkaniu był Jan Kos – dyrektor PKM Nordvik Aksjer, a także burmistrz miasta.")
    assert [e["name"] for e in ents if e["type"] == "person"] == ["Jan Kos"]
    assert "PKM Nordvik Aksjer" in [e["name"] for e in ents if e["type"] == "organization"]


def test_a_foreign_name_in_brackets_is_the_alias_of_the_polish_one() -> None:
    ents = _entities(
        "Klaster Dolina Lnu podpisał umowę z Saksońskim Klastrem Wodnym (Wasser-Cluster Sachsen). "
        "Wasser-Cluster Sachsen zrzesza 80 firm."
    )
    orgs = {e["name"]: e for e in ents if e["type"] == "organization"}
    assert "Wasser-Cluster Sachsen" not in orgs
    assert "Wasser-Cluster Sachsen" in orgs["Saksoński Klaster Wodny"]["aliases"]


def test_a_bare_name_goes_with_the_same_name_and_its_legal_form() -> None:
    orgs = _names(
        "Nordcell zbuduje fabrykę\n\nSpółka Nordcell Battery Poland Sp. z o.o., należąca do grupy Nordcell AB, "
        "zbuduje fabrykę w Brzegu.",
        "organization",
    )
    assert sorted(orgs) == ["Nordcell AB", "Nordcell Battery Poland Sp. z o.o."]


def test_person_base_forms_from_the_first_name() -> None:
    people = _names(
        "Na pytanie radnej Marty Zając odpowiedział burmistrz. Porozumienie podpisano z Tymoteuszem Myrda.",
        "person",
    )
    assert sorted(people) == ["Marta Zając", "Tymoteusz Myrda"]


def test_an_office_with_its_seat_is_its_unit() -> None:
    ents = _entities(
        "Województwo Lubuskie podpisało list. Spotkanie odbyło się w Urzędzie Marszałkowskim Województwa "
        "Lubuskiego w Zielonej Górze."
    )
    assert len([e for e in ents if e["type"] == "organization"]) == 1


def test_each_part_of_a_double_surname_takes_its_base_form() -> None:
    people = _names(
        "Umowę podpisano z prezes Elżbietą Wroną-Kos. Zaproszenie wysłano do Jana Kowalskiego-Nowaka. "
        "Rozmawiano też z Adamem Kosem-Nowakiem.",
        "person",
    )
    assert sorted(people) == ["Adam Kos-Nowak", "Elżbieta Wrona-Kos", "Jan Kowalski-Nowak"]


def test_a_particle_vouches_for_a_first_name_polish_also_knows() -> None:
    people = _names("– Rynek rośnie – powiedział Pieter de Vries, dyrektor ds. sprzedaży.", "person")
    assert people == ["Pieter de Vries"]
