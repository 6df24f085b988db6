"""The organisation rules of session 11, second wave (org12), each with a sentence of our own and a guard that a
near miss does not fire. Every firm, person and sentence is invented."""

from __future__ import annotations

from typing import Any

from kooperacja import extract


def _orgs(text: str) -> dict[str, Any]:
    record = extract(text, doc_id="rules-s11org12", published="2026-05-04")
    return {e["name"]: e.get("subtype") for e in record["entities"] if e["type"] == "organization"}


def test_a_speaker_tag_in_capitals_is_no_organisation() -> None:
    orgs = _orgs("PROWADZĄCY: Co dalej z fabryką?\nTOMASZ WRONA: Ruszy w maju. Pomaga nam spółka Elmontex.")
    assert "TOMASZ WRONA" not in orgs
    assert "Elmontex" in orgs


def test_an_acronym_opening_a_line_before_a_colon_stays_an_organisation() -> None:
    # guard: capitals at a line's start before a colon that open with no first name are no speaker
    orgs = _orgs("Wyniki kwartału.\nKGHM: zysk netto wzrósł o 12 proc. rok do roku.")
    assert "KGHM" in orgs


def test_a_table_header_line_is_no_name() -> None:
    text = (
        "Najwięksi inwestorzy w strefie.\n\nInwestor Miejscowość Nakłady (mln zł)\nBorotex Sp. z o.o. Zamość 40,5\n"
        "Welmax S.A. Biłgoraj 12,0\n"
    )
    orgs = _orgs(text)
    assert not any("Miejscowość" in n for n in orgs)
    assert set(orgs) == {"Borotex Sp. z o.o.", "Welmax S.A."}


def test_a_line_of_capitalised_words_not_all_column_names_is_read() -> None:
    # guard: a firm's name on a line of its own with a column word in it ("Firma") is still a name
    orgs = _orgs("Nagrodę otrzymała:\nFirma Handlowa Lisbud\nGratulujemy laureatom.")
    assert any("Lisbud" in n for n in orgs)


def test_a_foreign_regional_administration_is_regional_government() -> None:
    orgs = _orgs("Marszałek spotkał się z przedstawicielami Wołyńskiej Obwodowej Administracji Państwowej.")
    assert orgs.get("Wołyńska Obwodowa Administracja Państwowa") == "regional_government"


def test_a_national_administration_is_national_government() -> None:
    orgs = _orgs("Kontrolę w spółce Dremar przeprowadziła Krajowa Administracja Skarbowa.")
    assert orgs.get("Krajowa Administracja Skarbowa") == "national_government"


def test_an_administration_with_no_regional_word_is_national_government() -> None:
    # a federal agency and a country's administration are no regional bodies
    orgs = _orgs("Federalna Administracja Lotnictwa (FAA) dopuściła nowy silnik do lotów.")
    assert orgs.get("Federalna Administracja Lotnictwa") == "national_government"
    orgs = _orgs("Administracja Stanów Zjednoczonych zapowiedziała nowe cła na stal.")
    assert "regional_government" not in orgs.values()


def test_an_administration_of_a_region_is_regional_government() -> None:
    # guard: a region's noun in the name ("Obwodu") makes it regional
    orgs = _orgs("Delegacja Administracji Obwodu Lwowskiego odwiedziła Rzeszów.")
    assert orgs.get("Administracja Obwodu Lwowskiego") == "regional_government"


def test_administration_in_lower_case_is_no_organisation() -> None:
    # guard: the common noun in lower case names no body
    orgs = _orgs("Administracja samorządowa coraz częściej korzysta z usług chmurowych.")
    assert not any("dministracja" in n for n in orgs)


def test_the_building_of_an_office_names_the_office() -> None:
    # a building of an office is no named venue: the office is the organisation, and the amount is its own
    record = extract("Budynek Urzędu Miasta Leszna przejdzie gruntowny remont wart 6 mln zł.", doc_id="r")
    names = {e["name"]: (e["type"], e.get("subtype")) for e in record["entities"]}
    assert names.get("Urząd Miasta Leszna") == ("organization", "municipality")
    assert not any(n.startswith("Budynek") for n in names)
    assert [f["value"] for f in record["figures"]] == [6_000_000]


def test_a_lettered_building_is_no_place() -> None:
    record = extract("Budynek C parku biurowego wynajmie firma Korvitex.", doc_id="r")
    assert not any(e["name"].startswith("Budynek") for e in record["entities"])


def test_an_office_not_named_by_its_building_stays_an_organisation() -> None:
    # guard: without the building noun the office is the body
    assert _orgs("Wniosek złożono w Urzędzie Miasta Kielce.").get("Urząd Miasta Kielce") == "municipality"


def test_a_zone_written_in_lower_case_is_named() -> None:
    orgs = _orgs("Hala stanie w tarnobrzeskiej specjalnej strefie ekonomicznej, w podstrefie Mielec.")
    assert orgs.get("Tarnobrzeska Specjalna Strefa Ekonomiczna") == "economic_zone"


def test_a_compound_zone_adjective_written_apart_is_joined() -> None:
    orgs = _orgs("Rząd powiększył obszar warmińsko mazurskiej specjalnej strefy ekonomicznej o 20 ha.")
    assert "Warmińsko-Mazurska Specjalna Strefa Ekonomiczna" in orgs


def test_a_zone_in_lower_case_after_no_town_adjective_is_no_name() -> None:
    # guards: a country's adjective, any other adjective
    assert not _orgs("Ulgi w polskiej specjalnej strefie ekonomicznej przysługują do 2030 r.")
    assert not _orgs("Każda nowa specjalna strefa ekonomiczna potrzebuje zarządu.")


def test_a_foreign_country_adjective_before_a_zone_in_lower_case_is_no_name() -> None:
    # a zone of another country described in lower case names no zone: only the zones the gazetteer knows
    for adjective in ("chińskiej", "tureckiej", "indyjskiej", "azjatyckiej"):
        text = f"Koncern otworzył fabrykę w {adjective} specjalnej strefie ekonomicznej nad morzem."
        assert not any(s == "economic_zone" for s in _orgs(text).values()), adjective


def test_a_known_zone_in_lower_case_is_named_with_its_investor() -> None:
    # guard: a zone of the gazetteer keeps its name
    orgs = _orgs("Spółka Korvitex zbuduje halę w suwalskiej specjalnej strefie ekonomicznej.")
    assert orgs.get("Suwalska Specjalna Strefa Ekonomiczna") == "economic_zone"


def test_a_zone_in_lower_case_joins_its_known_acronym() -> None:
    record = extract(
        "KSSE wydała w tym roku 20 decyzji o wsparciu. Od początku działania katowickiej specjalnej strefy "
        "ekonomicznej zainwestowano tam miliardy złotych.",
        doc_id="r",
    )
    zones = [e for e in record["entities"] if e.get("subtype") == "economic_zone"]
    assert len(zones) == 1
    assert zones[0]["name"] == "Katowicka Specjalna Strefa Ekonomiczna"


def test_an_acronym_of_another_zone_stays_apart() -> None:
    # guard: the acronym of one zone does not take in another zone named in lower case
    record = extract(
        "ŁSSE wydała w tym roku 20 decyzji. Inwestor wybrał jednak teren w wałbrzyskiej specjalnej strefie "
        "ekonomicznej.",
        doc_id="r",
    )
    zones = [e for e in record["entities"] if e.get("subtype") == "economic_zone"]
    assert len(zones) == 2
    assert "Wałbrzyska Specjalna Strefa Ekonomiczna" in {e["name"] for e in zones}


def test_a_finnish_association_keeps_its_legal_form() -> None:
    record = extract(
        "Umowę podpisało fińskie stowarzyszenie Sahateollisuus ry. Sahateollisuus skupia 40 tartaków.",
        doc_id="r",
    )
    orgs = [e for e in record["entities"] if e["type"] == "organization"]
    assert [(e["name"], e["subtype"], len(e["mentions"])) for e in orgs] == [
        ("Sahateollisuus ry", "other", 2)
    ]


def test_a_finnish_company_form_stays_a_company() -> None:
    # guard: "Oy" is a company's form, not an association's
    assert _orgs("Dostawcą jest fińska spółka Lumivaara Oy.").get("Lumivaara Oy") == "company"


def test_a_speaker_tag_names_a_person() -> None:
    record = extract("PROWADZĄCA: Witam.\nEWA ROSIŃSKA: Dzień dobry, cieszę się z rozmowy.", doc_id="r")
    assert ("Ewa Rosińska", "person") in {(e["name"], e["type"]) for e in record["entities"]}


def test_a_hyphened_surname_in_a_speaker_tag_keeps_both_capitals() -> None:
    record = extract("EWA KOT-MAJEWSKA, prezes spółki Dremar: Ruszamy w maju.", doc_id="r")
    people = {e["name"] for e in record["entities"] if e["type"] == "person"}
    assert "Ewa Kot-Majewska" in people


def test_a_plain_surname_in_a_speaker_tag_with_a_role() -> None:
    # guard: a surname without a hyphen keeps one capital
    record = extract("JAN WIDERA, prezes spółki Dremar: Ruszamy w maju.", doc_id="r")
    assert "Jan Widera" in {e["name"] for e in record["entities"] if e["type"] == "person"}


def test_ranking_rows_headed_by_unknown_words_are_firms() -> None:
    orgs = _orgs("Ranking eksporterów regionu:\nTelvimo – 310 mln zł\nKardexa – 120 mln zł\n")
    assert {"Telvimo", "Kardexa"} <= set(orgs)


def test_rows_of_metrics_beside_a_noun_are_no_firms() -> None:
    # a block of rows one of which opens with a noun of the language names metrics, not firms
    text = "Wyniki grupy za 2025 r.:\nEbitda – 18 mln zł\nCapex – 52 mln zł\nPrzychody – 420 mln zł\n"
    assert not _orgs(text)


def test_rows_counting_products_are_no_firms() -> None:
    # the row's number is no money: a product ranking ("szt."), and a noun ("Corolla") beside
    assert not _orgs("Najczęściej rejestrowane auta w powiecie:\nOctavia – 1240 szt.\nCorolla – 980 szt.\n")


def test_numbered_programmes_beside_a_known_name_are_no_firms() -> None:
    assert not _orgs("Projekty szkoły finansowano z programów:\n1. Interreg\n2. Erasmus\n")


def test_a_ranking_with_a_total_row_keeps_its_firms() -> None:
    # guard: a total row ("Razem", "Pozostałe") is no noun in the nominative and keeps the firms above it
    text = "Ranking eksporterów regionu:\nTelvimo – 310 mln zł\nKardexa – 120 mln zł\nRazem – 430 mln zł\n"
    orgs = _orgs(text)
    assert {"Telvimo", "Kardexa"} <= set(orgs)
    assert "Razem" not in orgs


def test_a_row_with_a_dash_but_no_amount_is_no_firm() -> None:
    # guard: an unknown word opening a line before a dash and words is no ranking's row
    assert "Zgrzebłowo" not in _orgs("Zgrzebłowo – wieś w gminie, liczy 300 mieszkańców.\n")


def test_numbered_items_alone_on_their_lines_are_firms() -> None:
    orgs = _orgs("Do klastra przystąpiły:\n1. Hydrovex\n2. Armetal\nGratulujemy!")
    assert {"Hydrovex", "Armetal"} <= set(orgs)


def test_numbered_firms_read_as_a_genitive_of_a_word_stay_firms() -> None:
    # guard: a coined name beside it that the dictionary reads only as a genitive ("Ekobud": "ekobuda") is no noun
    # that makes the list one of things ("Ekobud" itself, known to the dictionary, is not taken by this rule)
    orgs = _orgs("Do klastra przystąpiły:\n1. Ekobud\n2. Flexbud\nGratulujemy!")
    assert "Flexbud" in orgs


def test_a_single_numbered_unknown_word_is_no_firm() -> None:
    # guard: one numbered line with one unknown word and no other item like it
    assert not _orgs("Program spotkania:\n1. Powitanie gości i omówienie planu prac.\n2. Zarbulon\n")


def test_a_hyphened_firm_name_alone_in_the_body_is_the_firm() -> None:
    record = extract(
        "Decyzję otrzymała firma Ceramix-Końskie Sp. z o.o. W przyszłym roku Ceramix-Końskie uruchomi piec.",
        doc_id="r",
    )
    orgs = [e for e in record["entities"] if e["type"] == "organization"]
    assert [(e["name"], len(e["mentions"])) for e in orgs] == [("Ceramix-Końskie Sp. z o.o.", 2)]


def test_a_hyphened_town_opening_a_firm_name_stays_a_place_alone() -> None:
    # guard: a town the gazetteer knows is no brand where it stands alone
    record = extract(
        "Umowę podpisała spółka Kędzierzyn-Koźle Logistyka Sp. z o.o. Kędzierzyn-Koźle rozbuduje port.",
        doc_id="r",
    )
    assert ("Kędzierzyn-Koźle", "place") in {(e["name"], e["type"]) for e in record["entities"]}


def test_firms_listed_after_an_abbreviation_and_a_company_noun() -> None:
    orgs = _orgs("Oferty pracy przedstawi 25 pracodawców, m.in. Welvox Technics, Ramtex Kalisz i Polimerix.")
    assert {"Welvox Technics", "Ramtex Kalisz", "Polimerix"} <= set(orgs)


def test_nationality_nouns_listed_after_the_abbreviation_are_no_firms() -> None:
    # plural common nouns (here nationalities) after "dostawców, m.in." / "inwestorzy, m.in." are groups, no firms
    assert not _orgs("W regionie działa wielu dostawców, m.in. Węgrzy, Czesi i Słowacy.")
    assert not _orgs("Z kolei inwestorzy, m.in. Kanadyjczycy, Amerykanie i Brytyjczycy, wstrzymali decyzje.")


def test_firms_beside_a_proper_name_the_dictionary_knows_stay_firms() -> None:
    # guard: unknown words and a firm's proper name in the same kind of list are firms
    orgs = _orgs("Na targi przyjechali producenci, m.in. Korvitex, Dremar i Ikea.")
    assert {"Korvitex", "Dremar", "Ikea"} <= set(orgs)


def test_people_listed_after_the_abbreviation_stay_people() -> None:
    # guard: after a noun of people the list is no list of firms
    record = extract("Na gali pojawili się goście, m.in. Tomasz Lewak i Olga Sitnik.", doc_id="r")
    assert {e["type"] for e in record["entities"]} == {"person"}
