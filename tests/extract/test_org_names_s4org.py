"""Organisations without a head noun, names cut or glued wrongly, and names that are no organisations
(issue 8, item 4; session 4). Every sentence is our own; names of firms are invented."""

from __future__ import annotations

from typing import Any

from kooperacja import extract


def _record(text: str) -> dict[str, Any]:
    return extract(text, doc_id="t", published="2025-03-02")


def _orgs(text: str) -> set[str]:
    return {e["name"] for e in _record(text)["entities"] if e["type"] == "organization"}


# ---- bare company names recognised from their context -----------------------------------------------


def test_a_legal_form_makes_a_bare_name_a_company() -> None:
    assert "Brenvox sp. z o.o." in _orgs("Umowę podpisała firma Brenvox sp. z o.o. z Poznania.")
    assert "Delvora GmbH" in _orgs("Kontrakt zdobyło konsorcjum Delvora GmbH z Monachium.")


def test_a_company_noun_before_a_bare_name_makes_it_a_company() -> None:
    record = _record("Koncern Halvorsen zainwestuje w Polsce 200 mln zł.")
    orgs = [e for e in record["entities"] if e["type"] == "organization"]
    assert [(e["name"], e["subtype"]) for e in orgs] == [("Halvorsen", "company")], orgs
    assert "Merotix" in _orgs("Spółka Merotix rozbuduje swój zakład w Lublinie.")


def test_a_bare_name_in_apposition_to_a_producer_is_a_company() -> None:
    assert _orgs("Zelmarco, producent opakowań z Radomia, zatrudni 150 osób.") == {"Zelmarco"}
    assert _orgs("Producent opakowań, Zelmarco, zatrudni 150 osób.") == {"Zelmarco"}


def test_the_bare_subject_of_an_investment_verb_is_a_company() -> None:
    assert _orgs("Trevanto zbuduje w Gliwicach nowe centrum logistyczne.") == {"Trevanto"}
    assert "Ostrava Motors" in _orgs("W Rzeszowie zainwestuje Ostrava Motors.")


def test_investors_named_by_a_copula_and_a_list_are_companies() -> None:
    orgs = _orgs("Największymi inwestorami w strefie są Norvix, Baltera i Kromex.")
    assert orgs == {"Norvix", "Baltera", "Kromex"}, orgs


def test_a_foreign_surname_as_subject_stays_no_company() -> None:
    orgs = _orgs("Delegację przyjął Olaf Brenn. Brenn otworzył też nowe biuro w Gdańsku.")
    assert "Brenn" not in orgs, orgs


def test_an_acronym_defined_in_brackets_is_an_alias_of_its_name() -> None:
    record = _record(
        "Polska Agencja Rozwoju Turystyki (PART) podpisała umowę z miastem. PART sfinansuje kampanię."
    )
    orgs = [e for e in record["entities"] if e["type"] == "organization"]
    assert [(e["name"], e["aliases"]) for e in orgs] == [("Polska Agencja Rozwoju Turystyki", ["PART"])], orgs


def test_a_zone_acronym_later_in_the_text_is_the_zone() -> None:
    record = _record("Katowicka Specjalna Strefa Ekonomiczna wydała zezwolenie. KSSE zapowiada kolejne.")
    orgs = [e for e in record["entities"] if e["type"] == "organization"]
    assert len(orgs) == 1 and "KSSE" in orgs[0]["aliases"], orgs


# ---- names cut or joined at "i" ---------------------------------------------------------------------


def test_and_inside_a_research_institute_name_keeps_one_name() -> None:
    orgs = _orgs("Umowę zawarł Instytut Nawozów i Środków Ochrony Roślin z Politechniką Opolską.")
    assert orgs == {"Instytut Nawozów i Środków Ochrony Roślin", "Politechnika Opolska"}, orgs


def test_two_units_in_the_genitive_inside_one_name_are_not_cut() -> None:
    orgs = _orgs("W posiedzeniu Klastra Energii Gmin i Powiatu Leśnego wzięli udział wójtowie.")
    assert orgs == {"Klaster Energii Gmin i Powiatu Leśnego"}, orgs


def test_a_commune_and_a_town_joined_by_and_are_one_unit() -> None:
    assert _orgs("Burmistrz Gminy i Miasta Borowo przyjął gości z Litwy.") == {"Gmina i Miasto Borowo"}


def test_a_plural_commune_head_over_a_list_names_one_commune_each() -> None:
    expected = {"Gmina Borowo", "Gmina Lasowice", "Gmina Polana"}
    assert _orgs("Porozumienie podpisali wójtowie Gmin Borowo, Lasowice i Polana.") == expected
    assert _orgs("Spotkali się przedstawiciele Samorządów Gmin Borowo, Lasowice i Polana.") == expected


# ---- titles glued onto names; oblique base forms ------------------------------------------------------


def test_an_officer_title_before_a_commune_leaves_the_commune_as_the_organisation() -> None:
    record = _record("Burmistrz Miasta i Gminy Pieniężno Jan Kowalski przyjął delegację z Litwy.")
    ids = {e["id"]: e["name"] for e in record["entities"]}
    people = [e for e in record["entities"] if e["type"] == "person"]
    assert [p["name"] for p in people] == ["Jan Kowalski"], people
    assert [ids.get(r["organization"]) for r in people[0]["roles"]] == ["Miasto i Gmina Pieniężno"]


def test_a_title_after_a_name_points_at_the_commune() -> None:
    record = _record("W spotkaniu uczestniczył Jan Kowalski, wójt Gminy Kobylnica.")
    ids = {e["id"]: e["name"] for e in record["entities"]}
    people = [e for e in record["entities"] if e["type"] == "person"]
    assert [(r["title"], ids.get(r["organization"])) for r in people[0]["roles"]] == [
        ("wójt", "Gmina Kobylnica")
    ]


def test_an_undeclined_commune_name_keeps_its_form_in_every_case() -> None:
    assert _orgs("Porozumienie z Gminą Kobylnica podpisał zarząd spółki.") == {"Gmina Kobylnica"}
    assert _orgs("Radni Gminy Nowa Dęba przyjęli uchwałę.") == {"Gmina Nowa Dęba"}
    assert _orgs("Przedstawiciele Gminy Łomianki odwiedzili Wilno.") == {"Gmina Łomianki"}


# ---- generic phrases, statuses, prizes and slogans ---------------------------------------------------


def test_a_town_office_with_no_town_named_is_no_organisation() -> None:
    assert _orgs("Spotkanie odbyło się w Urzędzie Miasta, a następnie w Urzędzie Miejskim.") == set()
    orgs = _orgs("Przedstawiciele Urzędu Marszałkowskiego oraz Urzędu Miasta omówili projekt.")
    assert "Urząd Miasta" not in orgs, orgs


def test_a_town_office_with_its_town_stays_an_organisation() -> None:
    assert "Urząd Miasta Borowo" in _orgs("Wniosek złożono w Urzędzie Miasta Borowo.")


def test_prizes_titles_statuses_and_slogans_are_no_organisations() -> None:
    assert _orgs("Firma otrzymała tytuł Gazela Biznesu oraz nagrodę Lider Innowacji.") == set()
    assert _orgs("Klaster uzyskał status Krajowego Klastra Kluczowego.") == set()
    assert _orgs("Pod hasłem Zielona Energia odbyło się spotkanie samorządowców.") == set()
    assert _orgs("Nagrodę Złoty Inwestor otrzymała firma Tarmelix.") == {"Tarmelix"}


def test_a_declined_town_after_an_office_goes_to_the_larger_town_s_base_form() -> None:
    assert _orgs("Prezydent Miasta Głogowa przyjął delegację.") == {"Miasto Głogów"}
    assert _orgs("Władze Miasta Kościana podpisały umowę.") == {"Miasto Kościan"}
    assert _orgs("Wójt Gminy Kobylnica przyjął delegację.") == {"Gmina Kobylnica"}


def test_an_adjective_after_the_head_takes_its_full_masculine_form() -> None:
    orgs = _orgs("Spotkał się z przedstawicielami Rządu Wolnego Państwa Saksonia.")
    assert not any("Wolen " in o for o in orgs), orgs
    assert _orgs("Przedstawiciele Instytutu Górnośląskiego przyjechali.") == {"Instytut Górnośląski"}


# ---- short forms linked to their full name -----------------------------------------------------------


def test_a_brand_is_short_for_the_only_longer_company_name_it_begins() -> None:
    record = _record("Spółka Betamax Polska otworzyła biuro w Gdańsku. Betamax zatrudni tam 50 osób.")
    orgs = [e for e in record["entities"] if e["type"] == "organization"]
    assert len(orgs) == 1 and orgs[0]["name"] == "Betamax Polska" and "Betamax" in orgs[0]["aliases"], orgs
    record = _record(
        "Ostrava Motors Manufacturing Poland zbuduje zakład. Ostrava Motors zainwestuje 100 mln zł."
    )
    orgs = [e for e in record["entities"] if e["type"] == "organization"]
    assert [e["name"] for e in orgs] == ["Ostrava Motors Manufacturing Poland"], orgs


def test_a_brand_beginning_two_longer_names_stays_apart() -> None:
    text = "Umowę podpisały spółki Betamax Polska i Betamax Logistics. Betamax ma 30 zakładów."
    orgs = _orgs(text)
    assert {"Betamax Polska", "Betamax Logistics"} <= orgs, orgs


def test_oraz_joins_two_names_never_parts_of_one() -> None:
    orgs = _orgs("Wyróżnienia otrzymały: Izba Rzemiosła i Przedsiębiorczości oraz Cech Rzemiosł Różnych.")
    assert orgs == {"Izba Rzemiosła i Przedsiębiorczości", "Cech Rzemiosł Różnych"}, orgs


def test_an_unknown_adjective_in_owy_after_a_head_takes_its_base_form() -> None:
    assert _orgs("Umowę podpisano w siedzibie Instytutu Wodorowego.") == {"Instytut Wodorowy"}
    assert _orgs("Do Inicjatywy Klastrowej Dolina Wody dołączyła gmina.") == {
        "Inicjatywa Klastrowa Dolina Wody"
    }


def test_headless_names_listed_after_a_colon_about_permits_are_companies() -> None:
    assert _orgs("Zezwolenia otrzymały: Norvix, Baltera oraz Kromex.") == {"Norvix", "Baltera", "Kromex"}


def test_people_listed_after_a_colon_stay_people() -> None:
    record = _record("Zezwolenia wręczyli: Jan Kowalski i Anna Nowak.")
    assert {e["name"] for e in record["entities"] if e["type"] == "person"} == {"Jan Kowalski", "Anna Nowak"}
    assert _orgs("Zezwolenia wręczyli: Jan Kowalski i Anna Nowak.") == set()


def test_a_programme_named_in_apposition_after_program_is_no_organisation_whatever_its_head() -> None:
    assert (
        _orgs("Projekt otrzyma dofinansowanie z programu Fundusze Europejskie dla Polski Wschodniej.")
        == set()
    )
    assert _orgs("Stypendia przyznano w ramach programu Agencji Rozwoju Przemysłu.") == {
        "Agencja Rozwoju Przemysłu"
    }


# ---- names around a spaced dash ----------------------------------------------------------------------


def test_a_name_before_a_dash_and_a_headed_organisation_is_its_alias() -> None:
    record = _record("Delegacja odwiedziła Aeropolis – Podkarpacki Park Naukowo-Technologiczny.")
    orgs = [e for e in record["entities"] if e["type"] == "organization"]
    assert [(e["name"], e["aliases"]) for e in orgs] == [
        ("Podkarpacki Park Naukowo-Technologiczny", ["Aeropolis"])
    ], orgs


def test_a_town_or_a_sentence_opening_word_before_a_dash_is_no_alias() -> None:
    for text in (
        "Rzeszów – Podkarpacka Izba Gospodarcza podpisała umowę.",
        "Gospodarze – Politechnika Opolska – przygotowali program.",
    ):
        orgs = [e for e in _record(text)["entities"] if e["type"] == "organization"]
        assert len(orgs) == 1 and orgs[0]["aliases"] == [], orgs


def test_a_congress_centre_is_a_venue_not_an_organisation() -> None:
    record = _record("Gala odbyła się w Międzynarodowym Centrum Kongresowym w Katowicach.")
    assert {(e["name"], e["type"]) for e in record["entities"]} == {
        ("Międzynarodowe Centrum Kongresowe", "place"),
        ("Katowice", "place"),
    }
    assert _orgs("Umowę podpisało Centrum Badań Kosmicznych.") == {"Centrum Badań Kosmicznych"}


def test_a_common_head_in_the_nominative_is_not_read_as_a_surname_in_another_case() -> None:
    assert _orgs("Huta Borowo otworzyła walcownię.") == {"Huta Borowo"}
    assert _orgs("Umowę podpisała Huta Borowo.") == {"Huta Borowo"}
    assert _orgs("W Urzędzie Miasta Borowo złożono wniosek.") == {"Urząd Miasta Borowo"}


def test_za_continues_an_organisation_name_after_its_head() -> None:
    orgs = _orgs("Konferencję zorganizowało Stowarzyszenie Polskich Firm za Granicą.")
    assert orgs == {"Stowarzyszenie Polskich Firm za Granicą"}, orgs


def test_the_army_is_an_organisation_not_a_street() -> None:
    record = _record("Pomnik upamiętnia pułkownika Wojska Polskiego, który walczył pod Borowem.")
    assert "Wojsko Polskie" in {e["name"] for e in record["entities"] if e["type"] == "organization"}
    assert "Wojska Polskiego" not in {e["name"] for e in record["entities"] if e["type"] == "place"}


def test_a_named_library_building_is_a_venue() -> None:
    record = _record("Wystawę otwarto w Książnicy Borowskiej.")
    assert {(e["name"], e["type"]) for e in record["entities"]} == {("Książnica Borowska", "place")}


def test_a_country_s_official_name_with_an_organisation_head_is_the_country() -> None:
    record = _record("Ambasador RP w Federacji Rosyjskiej przyjął delegację.")
    assert ("Rosja", "place") in {(e["name"], e["type"]) for e in record["entities"]}
    assert _orgs("Ambasador RP w Federacji Rosyjskiej przyjął delegację.") == set()
    assert _orgs("Delegacja Federacji Przedsiębiorców Polskich przyjechała.") == {
        "Federacja Przedsiębiorców Polskich"
    }


def test_the_unknown_word_opening_a_company_name_names_it_when_alone() -> None:
    text = (
        "Zezwolenie otrzymały Vantex Polska i Grupa Tervola. Vantex wybuduje halę w Świdnicy. "
        "Tervola, fiński producent papieru, przeniesie do Polski część produkcji."
    )
    orgs = {e["name"]: e["aliases"] for e in _record(text)["entities"] if e["type"] == "organization"}
    assert "Vantex" in orgs["Vantex Polska"] and "Tervola" in orgs["Grupa Tervola"], orgs
    assert set(orgs) == {"Vantex Polska", "Grupa Tervola"}, orgs


def test_an_acronym_inside_markup_brackets_is_no_organisation() -> None:
    assert _orgs("Umowę podpisała firma Norvix. [ZT]24262[/ZT] [ZT]24263[/ZT]") == {"Norvix"}
