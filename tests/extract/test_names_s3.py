"""Organisation names on unseen news (issue 8): what is no organisation (programmes, prizes, statuses),
where a name begins and ends, and its base form. Every sentence is our own."""

from __future__ import annotations

from kooperacja import extract


def _entities(text: str, typ: str = "organization") -> dict[str, dict]:
    record = extract(text, doc_id="t", published="2025-03-02")
    return {e["name"]: e for e in record["entities"] if e["type"] == typ}


def _orgs(text: str) -> set[str]:
    return set(_entities(text))


def test_a_genitive_region_after_an_adjective_stays_as_written() -> None:
    orgs = _orgs("Przedstawiciele Klastra Morskiego Pomorza Zachodniego odwiedzili port w Gdyni.")
    assert "Klaster Morski Pomorza Zachodniego" in orgs, orgs


def test_a_place_name_followed_by_its_own_adjective_is_a_complement() -> None:
    orgs = _orgs("Przedstawiciele Domu Polski Wschodniej przyjechali wczoraj do Rzeszowa.")
    assert "Dom Polski Wschodniej" in orgs, orgs


def test_a_place_name_right_after_a_commune_still_goes_to_the_nominative() -> None:
    orgs = _orgs("Umowę z Gminą Herby podpisał wczoraj zarząd spółki Betamax Sp. z o.o.")
    assert "Gmina Herby" in orgs, orgs


def test_a_programme_that_frames_an_action_is_no_organisation() -> None:
    orgs = _orgs("Szkolenia prowadzono w ramach Regionalnego Programu Rozwoju Wsi Sosnowskiej 2030.")
    assert not any("Program" in o for o in orgs), orgs


def test_a_fund_that_frames_an_action_is_no_organisation() -> None:
    orgs = _orgs("Gmina Borowo kupiła autobusy w ramach Funduszu Czystego Transportu.")
    assert "Gmina Borowo" in orgs and not any("Fundusz" in o for o in orgs), orgs


def test_names_after_programme_order_and_category_nouns_are_no_organisations() -> None:
    text = (
        "Stypendyści programu Green Bridge Fellows odwiedzili Kraków. Weteran otrzymał order Polonia "
        "Restituta. Spółka Betamax wygrała w kategorii „Najlepszy Pracodawca Roku”."
    )
    orgs = _orgs(text)
    assert orgs == {"Betamax"}, orgs


def test_a_government_programme_and_a_rank_are_no_organisations() -> None:
    text = (
        "Spółka Betamax dostała ulgę w Polskiej Strefie Inwestycji Podkarpacie, a Klaster Leśny Borowa "
        "jest odtąd klastrem rangi KKK."
    )
    orgs = _orgs(text)
    assert "Betamax" in orgs and "Klaster Leśny Borowa" in orgs, orgs
    assert not any("Strefa Inwestycji" in o or o == "KKK" for o in orgs), orgs


def test_a_memorandum_abbreviation_is_no_organisation() -> None:
    orgs = _orgs("Spółka Betamax podpisała z Uniwersytetem Leśnym memorandum (MoU) o współpracy.")
    assert "MoU" not in orgs, orgs


def test_a_foreign_name_after_a_title_and_a_comma_is_a_person() -> None:
    text = "Na targach mówił wiceprezes Betamaxu, Dwight Crowley. Gości witała Mei Zhaolin, radca handlowy."
    people = set(_entities(text, "person"))
    assert {"Dwight Crowley", "Mei Zhaolin"} <= people, people
    assert not {"Dwight Crowley", "Mei Zhaolin"} & _orgs(text)


def test_a_foreign_officer_closing_an_organisation_name_is_cut_off() -> None:
    text = "Wiceprezes Gruzińskiej Izby Handlowej Zviad Kobakhidze odwiedził Kielce."
    assert "Gruzińska Izba Handlowa" in _orgs(text)
    assert "Zviad Kobakhidze" in _entities(text, "person")


def test_a_board_of_a_company_is_the_company() -> None:
    text = (
        "Umowę podpisał Prezes Zarządu Spółki BORAL TECH Sp. z o.o., a list przekazał członek Zarządu "
        "OMX Polska. Obecny był też Dyrektor Generalny Betamax S.A. Oddział Kielce."
    )
    orgs = _orgs(text)
    assert {"BORAL TECH Sp. z o.o.", "OMX Polska", "Betamax S.A."} <= orgs, orgs
    assert not any(o.startswith(("Zarząd", "Generalny", "Spółka")) for o in orgs), orgs


def test_the_board_of_a_region_is_the_region_with_the_board_as_alias() -> None:
    ents = _entities("Wniosek poparł jednogłośnie Zarząd Województwa Borowskiego na wtorkowym posiedzeniu.")
    assert "Województwo Borowskie" in ents, ents
    assert "Zarząd Województwa Borowskiego" in ents["Województwo Borowskie"]["aliases"]


def test_the_board_of_a_named_organisation_is_that_organisation() -> None:
    orgs = _orgs("Stanowisko przyjął Zarząd Leśnej Izby Gospodarczej na środowym zebraniu.")
    assert "Leśna Izba Gospodarcza" in orgs, orgs


def test_a_board_of_plural_ports_is_a_name_of_its_own() -> None:
    orgs = _orgs("Umowę podpisano w siedzibie Zarządu Rzecznych Portów Kraków i Tarnów S.A. w piątek.")
    assert "Zarząd Rzecznych Portów Kraków i Tarnów S.A." in orgs, orgs


def test_a_branch_named_by_its_town_before_the_company_is_the_company() -> None:
    orgs = _orgs("Oddział Kielce Betamax Energia S.A. podpisał porozumienie z Politechniką Świętokrzyską.")
    assert "Betamax Energia S.A." in orgs, orgs


def test_an_acronym_with_a_country_in_brackets_is_an_alias() -> None:
    ents = _entities(
        "Rozmowy prowadziła Polsko-Duńska Izba Gospodarcza (PDIG Polska). PDIG Polska zrzesza firmy."
    )
    assert "PDIG Polska" in ents["Polsko-Duńska Izba Gospodarcza"]["aliases"], ents
    assert "PDIG Polska" not in ents


def test_a_head_with_only_the_kind_of_another_body_is_no_name() -> None:
    orgs = _orgs("W imieniu Rady Klastra głos zabrał prezes, a Urząd Gminy przygotował salę.")
    assert not orgs, orgs


def test_a_name_after_a_dash_at_the_end_of_a_sentence_holding_its_acronym_is_one_entity() -> None:
    ents = _entities("Agencja jest częścią Grupy BFR – Borowskiego Funduszu Rozwoju. Działa od roku.")
    assert "Borowski Fundusz Rozwoju" in ents, ents
    assert "Grupa BFR" in ents["Borowski Fundusz Rozwoju"]["aliases"]


def test_a_second_name_after_a_dash_at_the_end_of_a_line_is_an_alias() -> None:
    ents = _entities(
        "Porozumienie podpisali przedstawiciele:\nLeśnego Klastra Drzewnego – Dolina Drewna\nKoniec."
    )
    assert "Dolina Drewna" in ents["Leśny Klaster Drzewny"]["aliases"], ents


def test_an_acronym_with_a_hyphenated_part_is_an_organisation() -> None:
    text = "Umowę zawarto pomiędzy ZRK-2 a Politechniką Leśną. Dzięki niej ZRK-2 przyjmie stażystów."
    assert "ZRK-2" in _orgs(text)


def test_a_capitalised_foreign_region_acts_as_its_government() -> None:
    text = (
        "Wicemarszałek podpisał list z Obwodem Żytomirskim, a w maju przyjedzie delegacja Kraju Libereckiego."
    )
    ents = _entities(text)
    assert ents["Obwód Żytomirski"]["subtype"] == "regional_government", ents
    assert "Kraj Liberecki" in ents, ents


def test_a_lower_case_region_stays_a_place() -> None:
    text = "Firma Betamax otworzyła zakład w obwodzie lwowskim."
    assert "obwód lwowski" in _entities(text, "place")


def test_a_title_after_a_person_opens_the_rest_of_the_chunk_again() -> None:
    text = (
        "Dyplom wręczyła Burmistrz Borowa Olga Lisowska Marszałkowi Województwa Leśnego Tadeuszowi Brzozie."
    )
    orgs = _orgs(text)
    assert "Województwo Leśne" in orgs, orgs
    assert not any(o.startswith("Marsza") for o in orgs), orgs


def test_a_pair_of_regions_the_gazetteer_knows_as_one_is_one_place() -> None:
    places = _entities("Nowe hotele powstaną na Warmii i Mazurach w przyszłym roku.", "place")
    assert "Warmia i Mazury" in places, places


def test_two_towns_joined_by_and_stay_two_places() -> None:
    places = _entities("Firmy z Gdańska i Gdyni podpisały porozumienie.", "place")
    assert {"Gdańsk", "Gdynia"} <= set(places), places


def test_more_organisation_heads() -> None:
    text = (
        "Goście odwiedzą Powiatowy Szpital Specjalistyczny, Zrzeszenie Gmin Ziemi Leśnej oraz Akcelerator "
        "Technologii Wodnych. Prom zawinie do portu, gdzie działa Terminal Kontenerowy Borowo."
    )
    orgs = _orgs(text)
    assert {
        "Powiatowy Szpital Specjalistyczny",
        "Zrzeszenie Gmin Ziemi Leśnej",
        "Akcelerator Technologii Wodnych",
        "Terminal Kontenerowy Borowo",
    } <= orgs, orgs


def test_names_in_a_list_after_company_nouns_are_companies() -> None:
    text = "Do klastra należą takie firmy, jak: Data Forge, Betamax Polska, GRAFIT, Lumenix SA i inne."
    orgs = _orgs(text)
    assert {"Data Forge", "Betamax Polska", "GRAFIT"} <= orgs, orgs


def test_a_town_in_a_list_of_companies_stays_a_place() -> None:
    text = "Inwestorzy: Betamax, Kraków i Lumenix SA ogłosili plany."
    assert "Kraków" not in _orgs(text)


def test_two_plural_genitives_joined_by_and_stay_in_one_name() -> None:
    text = "Umowę podpisało Stowarzyszenie Inżynierów i Techników Leśnictwa Polskiego wraz z gminą."
    assert "Stowarzyszenie Inżynierów i Techników Leśnictwa Polskiego" in _orgs(text)


def test_a_courtesy_title_before_a_person_closing_a_chunk_is_cut_off() -> None:
    text = "Porozumienie podpisali Rektor Uniwersytetu Leśnego i Panią Olgę Brzozowską z firmy Betamax."
    orgs = _orgs(text)
    assert "Uniwersytet Leśny" in orgs, orgs
    assert "Olga Brzozowska" in _entities(text, "person")


def test_a_name_introduced_by_a_naming_phrase_is_an_organisation() -> None:
    text = (
        "Gminy założyły klaster energii pn.: „Borowski Klaster Energii”. Koncert da orkiestra pod nazwą "
        "Silver Brass Band – grupa młodych muzyków."
    )
    orgs = _orgs(text)
    assert "Silver Brass Band" in orgs, orgs


def test_a_generic_name_before_a_naming_phrase_is_an_alias_of_the_name() -> None:
    ents = _entities("Podpisano list w sprawie Klastra Energii pn. „Borowski Klaster Energii” w Borowie.")
    assert "Klaster Energii" in ents["Borowski Klaster Energii"]["aliases"], ents


def test_a_head_with_only_its_seat_is_no_organisation_but_the_town_is_a_place() -> None:
    text = "Szef biura Agencji w Kairze przedstawił ofertę, a Izba Handlowa w Kairze ją poparła."
    orgs = _orgs(text)
    assert orgs == {"Izba Handlowa w Kairze"}, orgs
    assert "Kair" in _entities(text, "place")


def test_a_university_is_named_by_its_seat() -> None:
    orgs = _orgs("Studenci z Uniwersytetu w Borowie odbyli praktyki w fabryce w Kairze.")
    assert "Uniwersytet w Borowie" in orgs, orgs


def test_the_town_office_and_its_commune_are_one_entity() -> None:
    text = (
        "Delegację przyjął Urząd Miejski w Borowie. Burmistrz przedstawił gościom Gminę Borowo i jej "
        "tereny inwestycyjne."
    )
    orgs = _orgs(text)
    assert len(orgs) == 1, orgs
