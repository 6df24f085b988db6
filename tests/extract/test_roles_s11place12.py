"""Rules of session 11 (place12) for persons and their roles, each with a test sentence in our own words and a
guard that a near miss does not fire."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja import extract


def _people(text: str) -> dict[str, list[tuple[str, str | None]]]:
    rec: dict[str, Any] = extract(text, doc_id="t", published="2025-06-02")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {
        e["name"]: [(r["title"], names.get(r["organization"])) for r in e.get("roles") or []]
        for e in rec["entities"]
        if e["type"] == "person"
    }


# a foreign man's name the dictionary does not know, in the case a declined title before it sets


def test_foreign_name_after_title_in_genitive() -> None:
    people = _people("Pismo w sprawie targów przekazano na ręce konsula Rolanda Verbeeka.")
    assert "Roland Verbeek" in people


def test_foreign_name_after_title_in_instrumental_past_the_organisation() -> None:
    people = _people("Minister spotkał się z Prezesem Gruzińskiej Izby Handlowej Levanem Abashidzem.")
    assert "Levan Abashidz" in people or "Levan Abashidze" in people


def test_foreign_name_after_preposition_of_accusative() -> None:
    people = _people("List podpisał klaster reprezentowany przez Ondreja Dvoraka – dyrektora biura.")
    assert "Ondrej Dvorak" in people


def test_foreign_womans_name_in_instrumental() -> None:
    assert "Jitka Novakova" in _people("Rozmawialiśmy z prezes Jitką Novakovą o eksporcie.")


def test_guard_foreign_name_after_title_in_nominative_keeps_its_ending() -> None:
    people = _people("W spotkaniu udział wziął dyrektor Ondra Dvorak z Ostrawy.")
    assert "Ondra Dvorak" in people


def test_foreign_name_after_preposition_of_accusative_with_one_word_in_a() -> None:
    assert "Radim Lomauri" in _people(
        "Umowę podpisał klaster reprezentowany przez Radima Lomauri – dyrektora biura."
    )


def test_guard_nominative_name_after_a_title_of_a_title() -> None:
    """ "Zastępca dyrektora X": the name is the deputy's, in the nominative, not the director's genitive."""
    assert "Hiroki Sakata" in _people("Zastępca dyrektora Hiroki Sakata zapowiedział nowe zamówienia.")


def test_guard_undeclined_foreign_name_in_a_after_a_genitive_title() -> None:
    assert "Kenta Nakata" in _people("List wręczono w obecności ambasadora Japonii Kenta Nakata.")


def test_czech_surname_gets_its_fleeting_e_back() -> None:
    text = (
        "Władze Opola poinformowały, że wczoraj prezydent miasta spotkał się w ratuszu z dyrektorem Radimem "
        "Vaníčkem, by rozmawiać o wspólnych inwestycjach i nowych miejscach pracy w regionie."
    )
    assert "Radim Vaníček" in _people(text)


def test_guard_foreign_name_with_no_title_keeps_its_ending() -> None:
    assert "Mirela Kostova" in _people("Mirela Kostova otworzyła biuro w Sofii.")


# a noun of an organisation's kind inside the title points back at the organisation of that kind


def test_plant_director_serves_the_company_named_before() -> None:
    people = _people(
        "Firma Termobud z Kielc rozbuduje halę. Kamień węgielny wmurował dyrektor zakładu Jan Wierzba."
    )
    assert people["Jan Wierzba"] == [("dyrektor zakładu", "Termobud")]


def test_title_after_the_name_ending_the_sentence() -> None:
    people = _people("Spółka Polmet otworzyła nową linię. – To duży krok – mówi Iwona Kos, dyrektor zakładu.")
    assert people["Iwona Kos"] == [("dyrektor zakładu", "Polmet")]


def test_cluster_coordinator_serves_the_cluster() -> None:
    people = _people(
        "Klaster Dolina Lnu zrzesza 40 firm. – Szukamy partnerów – mówi koordynatorka klastra Ewa Lis."
    )
    assert people["Ewa Lis"] == [("koordynatorka klastra", "Klaster Dolina Lnu")]


def test_the_last_kind_noun_of_a_long_title_decides() -> None:
    people = _people(
        "Izba Przemysłowa Górnej Saksonii zaprosiła firmy. Jan Berger, dyrektor działu eksportu izby, "
        "zapowiedział misję."
    )
    assert people["Jan Berger"] == [("dyrektor działu eksportu izby", "Izba Przemysłowa Górnej Saksonii")]


def test_guard_no_organisation_of_the_kind() -> None:
    people = _people("Mieszkańcy Kielc spotkali się z radnymi. Dyrektor zakładu Jan Kot nie przyszedł.")
    assert people["Jan Kot"] == [("dyrektor zakładu", None)]


def test_guard_kind_noun_does_not_take_an_organisation_of_another_kind() -> None:
    people = _people("Uniwersytet Opolski gościł przedsiębiorców. Głos zabrał koordynator klastra Adam Mróz.")
    assert people["Adam Mróz"] == [("koordynator klastra", None)]


def test_guard_kind_noun_with_an_adjective_of_its_own_names_another_organisation() -> None:
    """ "dyrektor zakładu cieplnego w Nysie", "prezes kupowanej spółki", "dyrektor parku narodowego": the kind
    noun's own modifiers describe another organisation than the document's own of that kind."""
    people = _people(
        "Firma Termobud z Kielc rozbuduje halę. Głos zabrał Jan Wierzba, dyrektor zakładu cieplnego w Nysie."
    )
    assert [org for _, org in people["Jan Wierzba"]] == [None]
    people = _people(
        "Koncern Delmet kupił spółkę Ferrox. – Zostajemy w Radomiu – mówi Ewa Kruk, prezes kupowanej spółki."
    )
    assert "Delmet" not in [org for _, org in people["Ewa Kruk"]]
    people = _people(
        "Park Technologiczny Borowo zaprosił gości. Przyszedł Adam Mróz, dyrektor parku narodowego."
    )
    assert [org for _, org in people["Adam Mróz"]] == [None]


def test_guard_kind_noun_with_a_town_after_it_names_another_organisation() -> None:
    people = _people(
        "Politechnika Borowska podpisała umowę z Uniwersytetem Wileńskim. – To szansa – mówi Olga Sito, "
        "rektor uczelni z Wilna."
    )
    assert "Politechnika Borowska" not in [org for _, org in people["Olga Sito"]]


def test_board_member_of_a_county_does_not_serve_the_only_company() -> None:
    people = _people(
        "Firma Kotlex z Brzegu otworzyła magazyn. Wstęgę przeciął Adam Bury, członek zarządu powiatu brzeskiego."
    )
    assert [org for _, org in people["Adam Bury"]] == [None]


def test_board_member_of_a_county_does_not_serve_the_firm_named_before() -> None:
    people = _people(
        "Rozbudowę hali firmy Kotlex w Brzegu poparł Adam Bury, członek zarządu powiatu brzeskiego."
    )
    assert [org for _, org in people["Adam Bury"]] == [None]


def test_board_member_of_a_foundation_does_not_serve_the_only_company() -> None:
    people = _people(
        "Firma Kotlex z Brzegu otworzyła magazyn. Wstęgę przeciął Adam Bury, członek zarządu fundacji."
    )
    assert [org for _, org in people["Adam Bury"]] == [None]


def test_guard_a_bare_board_member_serves_the_only_company() -> None:
    people = _people("Firma Kotlex z Brzegu otworzyła magazyn. Wstęgę przeciął Adam Bury, członek zarządu.")
    assert [org for _, org in people["Adam Bury"]] == ["Kotlex"]


# places


def _places(text: str) -> dict[str, str | None]:
    rec: dict[str, Any] = extract(text, doc_id="t", published="2025-06-02")
    return {e["name"]: e.get("country") for e in rec["entities"] if e["type"] == "place"}


@pytest.mark.xfail(
    strict=True,
    reason="rule removed (fixplace): a country adjective before a word no gazetteer or dictionary knows names a "
    "firm as often as a town ('niemieckiego Hochtiefu')",
)
def test_country_adjective_before_an_unknown_word_in_a_list_of_towns() -> None:
    assert _places("Burmistrzowie Kłodzka i czeskiego Hronova podpisali umowę o współpracy.") == {
        "Kłodzko": "PL",
        "Hronov": "CZ",
    }


@pytest.mark.xfail(
    strict=True,
    reason="rule removed (fixplace): a country adjective before a word no gazetteer or dictionary knows names a "
    "firm as often as a town ('niemieckiego Hochtiefu')",
)
def test_country_adjective_town_in_the_nominative() -> None:
    assert _places("Współpracują ze sobą Opole i szwedzki Ljusdal.").get("Ljusdal") == "SE"


def test_guard_country_adjective_before_a_company() -> None:
    places = _places("Spółki z Katowic i niemiecki Siemens podpisały umowę.")
    assert "Siemens" not in places


def test_guard_country_adjective_before_an_unknown_firm_after_a_town() -> None:
    assert "Baumwerk" not in _places("Umowę podpisały firmy z Radomia i niemieckiego Baumwerku.")
    assert "Baumwerka" not in _places("Umowę podpisały firmy z Radomia i niemieckiego Baumwerku.")


def test_guard_country_adjective_with_no_town_listed_before() -> None:
    assert "Ljusdal" not in _places("Rozmawialiśmy o tym, jak szwedzki Ljusdal przyciąga firmy.")


def test_hyphenated_town_keeps_its_hyphen() -> None:
    assert "Jelcz-Laskowice" in _places("Inwestor kupił działki w Jelczu-Laskowicach.")


def test_dateline_with_an_agency_tag_is_boilerplate() -> None:
    assert _places("Kielce, 12.03.2025 (PAP) – Spółka Alfa otworzy zakład w Radomiu.") == {"Radom": "PL"}


def test_guard_dateline_town_named_again_is_a_place() -> None:
    assert "Kielce" in _places("Kielce, 12.03.2025 (PAP) – Spółka Alfa otworzy zakład w Kielcach.")


# sectors: products of the electrical industry


def _sectors(text: str) -> list[str]:
    rec: dict[str, Any] = extract(text, doc_id="t", published="2025-06-02")
    return list(rec["sectors"])


def test_inverters_are_electronics() -> None:
    assert "electronics" in _sectors("Producent falowników z Kalisza podwoi zatrudnienie.")


def test_switchgear_and_control_cabinets_are_electronics() -> None:
    assert "electronics" in _sectors(
        "W Mielcu działa fabryka rozdzielnic i szaf sterowniczych dla przemysłu."
    )


def test_a_cable_factory_is_electronics() -> None:
    assert "electronics" in _sectors("W Koninie powstanie fabryka kabli średniego napięcia.")


def test_a_verb_of_making_before_the_product_names_the_field() -> None:
    assert "electronics" in _sectors("Zakład z Sanoka produkuje aparaturę elektryczną dla kopalń.")
    assert "machinery" in _sectors("Firma wytwarzająca maszyny budowlane otworzy serwis w Pile.")


def test_guard_a_cable_alone_is_no_sector() -> None:
    assert _sectors("Pracownik ratusza podłączył kabel do rzutnika przed spotkaniem.") == []


def test_guard_an_installer_of_inverters_is_no_electronics() -> None:
    """Fitting or replacing equipment is no making of it: "montażem paneli i falowników", "wymieni
    transformatory"."""
    assert "electronics" not in _sectors(
        "Firma z Leszna zajmuje się montażem paneli słonecznych i falowników."
    )
    assert "electronics" not in _sectors(
        "Operator sieci wymieni transformatory w rozdzielniach na Podkarpaciu."
    )


def test_construction_machines_are_machinery() -> None:
    assert "machinery" in _sectors("Spółka z Kutna jest producentem maszyn budowlanych.")


def test_guard_construction_machines_bought_are_no_machinery() -> None:
    """Machines bought or used name neither their maker's field nor the buyer's ("maszyna budowlana" is longer
    than the construction term "budowlany")."""
    sectors = _sectors("Firma Budrex kupiła koparki i maszyny budowlane na nowy sezon.")
    assert "machinery" not in sectors and "construction" not in sectors


def test_guard_a_building_firm_is_construction() -> None:
    assert "construction" in _sectors("Firma budowlana z Kutna postawi nowe osiedle.")


# a list of officers, one a line: the title after the dash is that line's person's, though the next line opens
# with another name; a board member with no organisation named serves the document's only company


def test_officers_listed_one_a_line() -> None:
    people = _people(
        "Zarząd spółki Drewmet S.A. informuje o zawarciu umowy z Gminą Wieluń.\n"
        "Osoby reprezentujące spółkę:\nAdam Czajka – Prezes Zarządu\nBeata Rosół – Członek Zarządu"
    )
    assert people["Adam Czajka"] == [("prezes Zarządu", "Drewmet S.A.")]
    assert people["Beata Rosół"] == [("członek Zarządu", "Drewmet S.A.")]


def test_guard_title_before_the_next_name_on_one_line_is_that_persons() -> None:
    people = _people("Umowę podpisali Adam Czajka, wójt Gminy Wieluń Beata Rosół oraz inni.")
    assert ("wójt Gminy Wieluń", "Gmina Wieluń") not in people.get("Adam Czajka", [])


# speaker tags of a transcript: a name in capitals that opens a line, then a colon or a bracket


def test_speaker_tag_in_capitals_is_a_person() -> None:
    rec = extract(
        "Rozmawiamy o nowej strefie.\nTOMASZ WILK: Mamy już dwóch inwestorów.\nPYTANIE: A kolejni?",
        doc_id="t",
    )
    assert [(e["name"], e["type"]) for e in rec["entities"]] == [("Tomasz Wilk", "person")]


def test_speaker_tag_with_a_title_in_brackets() -> None:
    people = _people("HANNA GRYGIEL (prezes Klastra Mebli Kaszub): Szukamy partnerów w Danii.")
    assert people["Hanna Grygiel"] == [("prezes", "Klaster Mebli Kaszub")]


def test_title_in_brackets_after_a_name_in_running_text() -> None:
    people = _people("Na pytania odpowiadał Jan Lis (prezes spółki Termex), a później goście zwiedzili halę.")
    assert people["Jan Lis"] == [("prezes spółki", "Termex")]


def test_guard_a_company_in_capitals_before_a_colon_is_no_person() -> None:
    rec = extract("ORLEN PETROBALTIC: wyniki za trzeci kwartał są lepsze.", doc_id="t")
    assert all(e["type"] != "person" for e in rec["entities"])


def test_guard_a_place_in_capitals_before_a_bracket_is_no_person() -> None:
    text = "KAROLINA POŁUDNIOWA (USA): hala dla producenta okien z Lublina\nFirma Oknex zatrudni 80 osób."
    assert _persons(text) == set()


def test_guard_a_plural_first_name_in_capitals_is_no_speaker() -> None:
    text = "MARKI PREMIUM: sieć podwaja sprzedaż\nSieć Delta otworzyła 12 sklepów."
    assert _persons(text) == set()


def test_guard_a_word_in_capitals_before_a_colon_is_no_person() -> None:
    rec = extract("UWAGA KIEROWCY: od poniedziałku objazd przez Stary Sącz.", doc_id="t")
    assert all(e["type"] != "person" for e in rec["entities"])


# a title, its country or region, then a foreign name (name_classify: the title's country, then the person)


def test_title_country_and_a_foreign_first_name_the_dictionary_does_not_know() -> None:
    rec = extract("Ambasador Kanady Margaux Tremblay odwiedziła port w Gdyni.", doc_id="t")
    kinds = {e["name"]: e["type"] for e in rec["entities"]}
    assert kinds.get("Kanada") == "place" and kinds.get("Margaux Tremblay") == "person"


def test_title_region_unknown_to_the_dictionary_then_a_name_in_the_instrumental() -> None:
    rec = extract("Z gubernatorem Limburgii Pieterem Haasem rozmawiano o logistyce.", doc_id="t")
    kinds = {e["name"]: e["type"] for e in rec["entities"]}
    assert kinds.get("Limburgia") == "place" and kinds.get("Pieter Haas") == "person"


def test_guard_a_unit_of_a_body_after_a_title_is_no_person() -> None:
    rec = extract("Kierownik Działu Marketingu Spółki odpowiada za promocję.", doc_id="t")
    assert all(e["type"] != "person" for e in rec["entities"])


# an interviewer's credit line (boilerplate): "Rozmawiał Jan Kos" with no colon, "Prowadzi: Ewa Lis"


def _persons(text: str) -> set[str]:
    return {e["name"] for e in extract(text, doc_id="t")["entities"] if e["type"] == "person"}


def test_interviewer_credit_with_no_colon_is_boilerplate() -> None:
    assert _persons("Burmistrz Jan Lis mówi o nowej strefie.\nRozmawiała Zofia Krawczyk") == {"Jan Lis"}


def test_host_credit_with_a_colon_is_boilerplate() -> None:
    assert _persons(
        "Audycja o gospodarce regionu.\nProwadzi: Zofia Krawczyk\nGość: Jan Lis, burmistrz Iławy."
    ) == {"Jan Lis"}


def test_guard_interviewer_verb_in_a_sentence_keeps_its_people() -> None:
    assert "Adam Kot" in _persons("Wczoraj w Iławie.\nRozmawiał z nim Adam Kot, prezes spółki Termex.")


def test_guard_a_hosts_speaker_label_is_no_credit() -> None:
    text = "PROWADZĄCA: Dziś w studiu burmistrz Iławy Jan Lis.\nJAN LIS: Witam państwa."
    assert "Jan Lis" in _persons(text)


# a region's land name and its administrative unit, both named in one text, are one place


def _place_entities(text: str) -> list[tuple[str, list[str]]]:
    rec: dict[str, Any] = extract(text, doc_id="t")
    return [(e["name"], e.get("aliases") or []) for e in rec["entities"] if e["type"] == "place"]


def test_land_name_and_voivodeship_are_one_place() -> None:
    places = _place_entities(
        "Firmy z Lubelszczyzny szukają partnerów. Województwo lubelskie wyda na to 2 mln zł."
    )
    assert places == [("województwo lubelskie", ["Lubelszczyzna"])]


def test_land_name_and_foreign_unit_read_from_its_words_are_one_place() -> None:
    places = _place_entities("Zakarpacie zaprasza inwestorów. Władze obwodu zakarpackiego obiecały ulgi.")
    assert [name for name, _ in places] == ["obwód zakarpacki"]


def test_guard_land_name_alone_keeps_its_name() -> None:
    assert _place_entities("Firmy z Lubelszczyzny szukają partnerów w Wilnie.") == [
        ("Lubelszczyzna", []),
        ("Wilno", []),
    ]


def test_guard_a_part_of_a_voivodeship_stays_its_own_place() -> None:
    places = [
        n for n, _ in _place_entities("Na Kaszubach i w całym województwie pomorskim rośnie turystyka.")
    ]
    assert "Kaszuby" in places and "województwo pomorskie" in places


def test_of_two_clusters_the_kind_noun_takes_the_one_named_first() -> None:
    people = _people(
        "Klaster Zielona Dolina nawiązał współpracę z Bawarskim Klastrem Wodoru. – Bawarczycy mają wiedzę, a my "
        "firmy – mówi koordynatorka klastra Ewa Lis."
    )
    assert people["Ewa Lis"] == [("koordynatorka klastra", "Klaster Zielona Dolina")]


# a short word in capitals is a place only as written ("USA"), not as the inflected form of a place


def test_short_acronym_is_no_inflected_place() -> None:
    assert _places("Spółka przekazała raport bieżący zgodnie z rozporządzeniem MAR.") == {}


def test_guard_short_country_acronyms_stay_places() -> None:
    assert set(_places("Spółka eksportuje do USA i RPA.")) == {
        "Stany Zjednoczone",
        "Republika Południowej Afryki",
    }


def test_a_foreign_city_goes_by_its_polish_name() -> None:
    assert "Montreal" in _places("Delegacja z Montrealu odwiedziła park w Gliwicach.")


# a first name read only in the plural starts no person ("Lwów", "Lwy": the plural of "Lew" and of "lew")


def test_an_award_named_after_lions_is_no_person() -> None:
    assert _persons("Podczas Gali Lwów Eksportu nagrodzono pięć firm z Opola.") == set()


def test_an_award_in_the_nominative_plural_is_no_person() -> None:
    assert _persons("W konkursie Lwy Eksportu wygrała firma Termex.") == set()


def test_guard_a_first_name_in_the_singular_still_starts_a_person() -> None:
    assert _persons("Nagrody wręczył Lew Kowal, a potem przemawiała Marta Zając.") == {
        "Lew Kowal",
        "Marta Zając",
    }


def test_czech_and_french_womens_names_in_ie_start_a_person() -> None:
    """ "Marie", "Lucie", "Julie" read in Polish only as plurals of Maria, Lucia, Julia, but are singular names
    in Czech and French: they start a person and make no town."""
    text = "Do Brna pojechały Marie Horáková i Lucie Černá z morawskiej izby. Rozmawiano też z Julie Moreau z Lille."
    rec: dict[str, Any] = extract(text, doc_id="t", published="2025-06-02")
    people = {e["name"] for e in rec["entities"] if e["type"] == "person"}
    assert {"Marie Horáková", "Lucie Černá", "Julie Moreau"} <= people
    assert "Julia" not in {e["name"] for e in rec["entities"] if e["type"] == "place"}


def test_interviewer_verb_opening_a_news_sentence_keeps_its_people() -> None:
    """A line that opens with "Rozmawiali" but goes on with "z …" and "o …" is a sentence of news, no credit."""
    text = "Targi w Katowicach.\nRozmawiali Marek Sowa i Irena Kruk z klastra Alfa Motion o wspólnych zamówieniach."
    assert {"Marek Sowa", "Irena Kruk"} <= _persons(text)


def test_a_panels_moderator_with_a_title_is_no_credit() -> None:
    text = "Program konferencji.\nProwadzi: Marek Sowa, prezes Klastra Obróbki Metali"
    assert "Marek Sowa" in _persons(text)
