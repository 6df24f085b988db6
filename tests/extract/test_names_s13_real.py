"""A blind battery of organisation names in shapes that real Polish news uses and that the tuned sets rarely show
(issue 8, session 13, name20), written before the name code was read. It aims at: a name cut at an abbreviation's
dot inside it ("Woj.", "pow.", "im.", "św.", "St."), at a spaced hyphen inside a quoted name, or at a comma; a list of
sectors or fields after "w branżach/sektorach (takich jak):" read as companies; a geographic name ("Dolina
Krzemowa", "w porcie X") read as an organisation. Near misses: a real firm with "Sp. z o.o.", "Zakład Produkcyjny
nr 2", a real list of investors after a colon, a real cluster "Dolina Lotnicza", a port authority that is a firm.

Each passage gives the EXACT set of organisations it must yield (subtype not checked; a trailing legal form, quotes
and letter case ignored, as the scorer does), and phrases no entity of any type may contain. Every firm, person and
sentence is invented.

Pass count on the old code (s13-int 53df586): 8 of 18. After name20's rules: 15 of 18 (a capitalised
abbreviation's dot inside a name, name_cues inner_abbreviation; "św." a connector like "im."; a list of fields after
a field's noun and a list opener, name_cues field_noun; "Dolina Krzemowa" a region, name_not_orgs). After
fixname20 narrowed them on the review's misfires (the tests at the end): 16 of 18 (the foreign two-word port is lost
to the narrowed 'port' row, a strict xfail)."""

from __future__ import annotations

import pytest

from kooperacja import extract

from .battery import OrgPassage, battery_tests, org_checker, org_passage_adder, print_pass_count

CASES: dict[str, OrgPassage] = {}
_p = org_passage_adder(CASES)


# --- A. a name cut at an abbreviation's dot, a spaced hyphen or a comma ------------------------------------------
_p(
    "abbr_woj_office",
    "Umowę o dofinansowanie podpisał Urząd Marszałkowski Woj. Lubuskiego. Firma Termalis otrzyma 4 mln zł na "
    "nową linię produkcyjną w Żarach.",
    orgs={"Urząd Marszałkowski Woj. Lubuskiego": None, "Termalis": None},
    no_entity={"Marszałkowski Woj "},
)
_p(
    "abbr_pow_starostwo",
    "Starostwo Pow. Kraśnickiego przekazało spółce Dramex działkę pod rozbudowę magazynu.",
    orgs={"Starostwo Pow. Kraśnickiego": None, "Dramex": None},
)
_p(
    "abbr_im_school",
    "Technikum im. Jana Kilińskiego w Zgierzu podpisało porozumienie o współpracy z firmą Polvent, która "
    "zapewni uczniom praktyki.",
    # a school's seat is part of its name, as the gold writes a school ("Liceum ... w Mieście"): fixed in s14 (name14)
    orgs={"Technikum im. Jana Kilińskiego w Zgierzu": None, "Polvent": None},
)
_p(
    "abbr_st_foreign_house",
    "Delegację z Bawarii przyjął Dom Kultury St. Martin, partner miasta od dziesięciu lat. Goście odwiedzili też "
    "zakład firmy Wiklomet.",
    orgs={"Dom Kultury St. Martin": None, "Wiklomet": None},
    no_entity={"Kultury St "},
)
_p(
    "abbr_sw_hospital",
    "Szpital Specjalistyczny św. Łukasza kupi od firmy Medrolax dwa nowe tomografy za 9 mln zł.",
    orgs={"Szpital Specjalistyczny św. Łukasza": None, "Medrolax": None},
)
_p(
    "quoted_spaced_hyphen",
    "Stowarzyszenie „Baltic - Polish Business Club” z Gdyni zorganizowało spotkanie 200 przedsiębiorców. Firma "
    "Navimar podpisała tam list intencyjny z partnerem z Estonii.",
    orgs={"Stowarzyszenie Baltic - Polish Business Club": None, "Navimar": None},
    no_entity={},
)
_p(
    "comma_in_list_of_names",
    "W projekcie biorą udział Politechnika Opolska, Instytut Ceramiki i Materiałów Budowlanych oraz spółka "
    "Keramos.",
    orgs={"Politechnika Opolska": None, "Instytut Ceramiki i Materiałów Budowlanych": None, "Keramos": None},
)
# --- B. a list of sectors or fields read as companies -----------------------------------------------------------
_p(
    "sectors_after_colon_tech",
    "Park wspiera firmy w obszarach takich jak: FoodTech, CleanTech, EduTech. Do programu zgłosiło się 40 "
    "startupów.",
    orgs={},
    no_entity={"FoodTech", "CleanTech", "EduTech"},
)
_p(
    "sectors_it_bpo",
    "Najwięcej nowych miejsc pracy w regionie powstaje w branżach takich jak IT, BPO i automotive.",
    orgs={},
    no_entity={"BPO"},
)
_p(
    "sectors_in_sektorach",
    "Inwestorzy z Korei są zainteresowani sektorami: HealthTech, AgroTech oraz SmartGrid. Rozmowy prowadzi "
    "Agencja Rozwoju Przemysłu.",
    orgs={"Agencja Rozwoju Przemysłu": None},
    no_entity={"HealthTech", "AgroTech", "SmartGrid"},
)
# --- C. a geographic name read as an organisation ---------------------------------------------------------------
_p(
    "silicon_valley_giant",
    "Gigant z Doliny Krzemowej otworzy w Warszawie centrum badawcze. Firma Dataforge zatrudni tam 300 "
    "inżynierów.",
    orgs={"Dataforge": None},
    no_entity={"Dolina Krzemowa", "Doliny Krzemowej"},
)
_p(
    "port_as_place",
    "Spółka Portline zbuduje terminal kontenerowy w porcie Świnoujście. Inwestycja pochłonie 600 mln zł.",
    orgs={"Portline": None},
)
_p(
    "port_as_place_foreign",
    "Operator logistyczny Kargomax otworzył biuro w porcie Tanjung Pelepas w Malezji i zatrudni tam 20 osób.",
    orgs={"Kargomax": None},
)
# --- guards -----------------------------------------------------------------------------------------------------
_p(
    "guard_puk_sp_zoo",
    "Przedsiębiorstwo Usług Komunalnych Sp. z o.o. w Łowiczu kupiło sześć autobusów elektrycznych od firmy "
    "Autosan.",
    orgs={"Przedsiębiorstwo Usług Komunalnych Sp. z o.o.": None, "Autosan": None},
)
_p(
    "guard_plant_nr_2",
    "Zakład Produkcyjny nr 2 spółki Metalbud w Radomiu zwiększy zatrudnienie o 80 osób.",
    orgs={"Metalbud": None},
    no_entity={"Zakład Produkcyjny nr"},
)
_p(
    "guard_investors_after_colon",
    "W strefie zainwestowały w tym roku trzy firmy: Kronvel, Boltrex i Amaplast. Łącznie wydadzą 210 mln zł.",
    orgs={"Kronvel": None, "Boltrex": None, "Amaplast": None},
)
_p(
    "guard_dolina_lotnicza",
    "Stowarzyszenie Grupy Przedsiębiorców Przemysłu Lotniczego Dolina Lotnicza przyjęło do swojego grona firmę "
    "Aerotek.",
    orgs={"Stowarzyszenie Grupy Przedsiębiorców Przemysłu Lotniczego Dolina Lotnicza": None, "Aerotek": None},
)
_p(
    "guard_port_authority",
    "Zarząd Morskiego Portu Gdynia S.A. podpisał umowę z firmą Hydromar na pogłębienie toru wodnego.",
    orgs={"Zarząd Morskiego Portu Gdynia S.A.": None, "Hydromar": None},
)


check = org_checker("battery-s13name20", "2026-11-20")


FAILING: dict[str, str] = {
    "port_as_place_foreign": "the 'port' row takes one word or a gazetteer place only (a longer name may be the "
    "port's own, 'portu Nordic Terminal'): a foreign port of two unknown words is read as an organisation",
}

test_the_battery_is_large_and_varied, test_battery_case = battery_tests(CASES, FAILING, check, minimum=18)


if __name__ == "__main__":
    print_pass_count(CASES, lambda k: check(CASES[k]), lambda k: CASES[k].text, show_failing=True)


# --- the rules of this battery, each with a near miss -----------------------------------------------------------


def _orgs(text: str) -> set[str]:
    record = extract(text, doc_id="rule-s13name20", published="2026-11-20")
    return {e["name"] for e in record["entities"] if e["type"] == "organization"}


def test_abbreviation_dot_inside_a_name_does_not_end_it() -> None:
    assert "Urząd Marszałkowski Woj. Polnego" in _orgs(
        "Wniosek rozpatrzy Urząd Marszałkowski Woj. Polnego w marcu."
    )


def test_abbreviation_dot_before_a_lower_case_word_ends_the_name() -> None:
    # near miss: "Gm." as the last word, a lower-case word after it: nothing to carry the name on
    names = _orgs("Umowę z firmą Betoplast podpisała Gmina Borowo, pow. leśny. Inwestor zbuduje halę.")
    assert not any(n.endswith("pow") or "pow." in n for n in names)


def test_sw_is_a_connector_inside_a_name() -> None:
    assert "Szpital Powiatowy św. Józefa" in _orgs(
        "Szpital Powiatowy św. Józefa kupił od firmy Medrolax nowy rezonans."
    )


def test_camel_case_items_after_a_field_noun_are_fields() -> None:
    names = _orgs("Fundusz inwestuje w spółki z branż takich jak: PetTech, InsurTech i AgroBot.")
    assert not names & {"PetTech", "InsurTech", "AgroBot"}


def test_camel_case_items_after_a_company_noun_stay_firms() -> None:
    # near miss: a list of firms, not of fields
    names = _orgs("W strefie inwestują takie firmy jak: DataVolt, GreenPak i MetaLine.")
    assert {"DataVolt", "GreenPak", "MetaLine"} <= names


def test_silicon_valley_is_a_region() -> None:
    assert "Dolina Krzemowa" not in _orgs("Firma z Doliny Krzemowej otworzy biuro w Krakowie.")


def test_a_cluster_named_dolina_stays_an_organisation() -> None:
    # near miss: a real cluster named with the same head noun
    assert "Klaster Dolina Ekoenergii" in _orgs(
        "Klaster Dolina Ekoenergii przyjął do swojego grona firmę Solvent."
    )


def test_field_noun_with_its_complement_before_the_list() -> None:
    names = _orgs(
        "Rozmawiano o projektach w sektorach nowych usług cyfrowych, takich jak: EduCloud, MedBot i AgriData."
    )
    assert not names & {"EduCloud", "MedBot", "AgriData"}


def test_spaced_dash_inside_a_quoted_name_keeps_it_whole() -> None:
    assert "Nordic - Baltic Forum" in _orgs("Umowę podpisało stowarzyszenie „Nordic - Baltic Forum” z Gdyni.")


def test_dash_after_a_quoted_word_then_lower_case_ends_the_name() -> None:
    # near miss: the dash opens an aside, not the rest of the name
    names = _orgs("Umowę podpisała spółka „Alfatex” - jak podał jej zarząd - w Gdyni.")
    assert not any("jak" in n for n in names)


def test_a_name_after_a_lower_case_port_is_a_place() -> None:
    names = _orgs("Spółka Egiptol zbuduje magazyn w porcie Safaga nad Morzem Czerwonym.")
    assert "Safaga" not in names and "Egiptol" in names


def test_a_port_authority_with_capital_port_stays_an_organisation() -> None:
    # near miss: "Port" capitalised inside a firm's name
    assert "Zarząd Morskiego Portu Police S.A." in _orgs(
        "Zarząd Morskiego Portu Police S.A. ogłosił przetarg na budowę nabrzeża."
    )


def _org_entities(text: str) -> list[str]:
    record = extract(text, doc_id="rule-s13name20", published="2026-11-20")
    return [e["name"] for e in record["entities"] if e["type"] == "organization"]


@pytest.mark.xfail(
    strict=True,
    reason="the seat's words are compared by their dictionary lemma (fixname20): a foreign town the dictionary does "
    "not know ('w Safadze') has no lemma to match the bare form ('Safaga')",
)
def test_a_name_with_its_seat_after_w_and_written_bare_is_one_organisation() -> None:
    names = _org_entities(
        "Polski Park Przemysłowy w Safadze przyjmie pierwsze firmy w maju. Polski Park Przemysłowy Safaga ma 200 "
        "ha. Polski Park Przemysłowy oferuje ulgi podatkowe."
    )
    assert len([n for n in names if n.startswith("Polski Park")]) == 1


def test_two_seats_of_one_kind_of_body_stay_apart() -> None:
    # near miss: two co-operative banks of two towns
    names = _org_entities("Bank Spółdzielczy w Grójcu udzielił kredytu. Bank Spółdzielczy Grodków też.")
    assert len([n for n in names if n.startswith("Bank Spółdzielczy")]) == 2


# --- misfires the review found (revname20), each a passage in new words, beside the rule's guard -----------------


def test_abbreviation_dot_before_a_common_word_that_opens_a_sentence_ends_the_name() -> None:
    # "Woj." closes the sentence: the next word is a noun that opens the next one, no adjective of a place
    names = _orgs("Wnioski zebrał Urząd Marszałkowski Woj. Pomoc dostanie 15 zakładów z okolicy.")
    assert not any("Pomoc" in n for n in names)


def test_abbreviation_dot_before_an_adverb_ends_the_name() -> None:
    names = _orgs("Obrady toczyły się w Urzędzie Miasta St. Potem zarząd spółki Kalmet przedstawił plan.")
    assert not any("Potem" in n for n in names)


def test_a_town_after_gm_stays_a_place() -> None:
    record = extract(
        "Razem z Urzędem Gminy Gm. Nowa Wieś spółka Leśmat przejmie część zadań.",
        doc_id="rule-s13name20",
        published="2026-11-20",
    )
    assert not any("Nowa Wieś" in e["name"] for e in record["entities"] if e["type"] == "organization")


def test_the_full_name_of_an_office_after_woj() -> None:
    assert "Urząd Marszałkowski Woj. Świętokrzyskiego" in _orgs(
        "Z Urzędem Marszałkowskim Woj. Świętokrzyskiego spółka Kielmax podpisała umowę."
    )


def test_grant_cue_before_a_field_noun_keeps_the_list_of_firms() -> None:
    names = _orgs("Zezwolenia na produkcję w sektorze chemicznym dostały: Chemplast, Barwex oraz Lakmet.")
    assert {"Chemplast", "Barwex", "Lakmet"} <= names


def test_a_verb_between_a_field_noun_and_the_list_keeps_the_firms() -> None:
    names = _orgs("W segmencie mebli największe inwestycje zapowiedzieli: Meblox, Drewnotex i Sofamax.")
    assert {"Meblox", "Drewnotex", "Sofamax"} <= names


def test_a_company_noun_after_a_field_noun_keeps_the_firms() -> None:
    names = _orgs("W tej branży działają już firmy jak Betonmax i Stalprofil.")
    assert {"Betonmax", "Stalprofil"} <= names


def _places(text: str) -> set[str]:
    record = extract(text, doc_id="rule-s13name20", published="2026-11-20")
    return {e["name"] for e in record["entities"] if e["type"] == "place"}


def test_port_before_a_longer_name_takes_no_first_word_for_a_place() -> None:
    assert "Nordic" not in _places("Kontenerowce przypływają teraz do portu Nordic Terminal w Gdyni.")


def test_port_before_an_adjective_and_a_name_takes_no_place() -> None:
    assert "Lotniczy Szymany" not in _places(
        "Spółka Aerocargo i port Lotniczy Szymany podpisały list intencyjny."
    )


def test_a_seat_of_another_town_with_the_same_first_letters_stays_apart() -> None:
    names = _org_entities("Bank Spółdzielczy w Brodnicy dał kredyt. Bank Spółdzielczy Brody także.")
    assert len([n for n in names if n.startswith("Bank Spółdzielczy")]) == 2


def test_a_labour_office_of_another_town_stays_apart() -> None:
    names = _org_entities(
        "Powiatowy Urząd Pracy w Tarnowie i Powiatowy Urząd Pracy Tarnobrzeg ruszyły z naborem."
    )
    assert len([n for n in names if n.startswith("Powiatowy Urząd Pracy")]) == 2


def test_a_park_with_its_seat_in_the_locative_and_bare_is_one() -> None:
    names = _org_entities(
        "Park Przemysłowy w Nowym Targu przyjmie firmy. Park Przemysłowy Nowy Targ ma 30 ha. Park Przemysłowy "
        "oferuje ulgi."
    )
    assert len([n for n in names if n.startswith("Park Przemysłowy")]) == 1


def test_camel_case_items_after_specjalizacja_are_fields() -> None:
    # name_cues field_noun "specjalizacja": a region's smart specialisations listed after it are fields, no firms
    names = _orgs("Województwo stawia na specjalizacje takie jak: HealthTech, AgroTech i CleanTech.")
    assert not {"HealthTech", "AgroTech", "CleanTech"} & names
