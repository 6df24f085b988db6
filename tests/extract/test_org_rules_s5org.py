"""The organisation rules of session 5 (issue 8, item 4), one sentence of our own per data row: law firms,
bodies inside a firm, funds named as a source of money, credit lines, campaigns, a company named after a
maker's noun, a spaced dash inside a company's legal name and a board before an unknown name."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja import extract


def _orgs(text: str) -> dict[str, Any]:
    record = extract(text, doc_id="t", published="2025-05-12")
    return {e["name"]: e["subtype"] for e in record["entities"] if e["type"] == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Transakcję obsługiwała Kancelaria Adwokacka Lis.", "Kancelaria Adwokacka Lis"),
        ("Opinię wydała Kancelaria Prawna Orbis.", "Kancelaria Prawna Orbis"),
        ("Umowę sprawdziła Kancelaria Radców Prawnych Marzec.", "Kancelaria Radców Prawnych Marzec"),
        ("Akt sporządziła Kancelaria Notarialna Omega.", "Kancelaria Notarialna Omega"),
        ("Rozliczenia prowadzi Kancelaria Podatkowa Lexa.", "Kancelaria Podatkowa Lexa"),
        ("Spółkę wspiera Kancelaria Doradcza Prymus.", "Kancelaria Doradcza Prymus"),
        ("Wniosek złożyła Kancelaria Patentowa Wynalazca.", "Kancelaria Patentowa Wynalazca"),
        ("Przejęcie przygotowała kancelaria Wrzos Lipa Partnerzy.", "Wrzos Lipa Partnerzy"),
    ],
)
def test_a_law_firm_is_a_company(text: str, name: str) -> None:
    assert _orgs(text).get(name) == "company", _orgs(text)


def test_the_chancellery_of_an_office_stays_government() -> None:
    assert _orgs("Projekt wspiera Kancelaria Prezesa Rady Ministrów.") == {
        "Kancelaria Prezesa Rady Ministrów": "national_government"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Do Rady Nadzorczej spółki Wartex weszło dwóch członków.",
        "Komisja Rewizyjna stowarzyszenia Vermo zbadała sprawozdanie.",
        "Walne Zgromadzenie spółki Dorsel podjęło uchwałę.",
        "Rada Programowa klastra Enerlink zebrała się w Opolu.",
    ],
)
def test_a_body_inside_an_organisation_is_no_organisation(text: str) -> None:
    orgs = _orgs(text)
    assert len(orgs) == 1 and not any(" " in n for n in orgs), orgs  # only the firm, stowarzyszenie, klaster


@pytest.mark.parametrize(
    "text",
    [
        "Gmina pozyskała pieniądze z Funduszu Dróg Samorządowych.",
        "Drogę wyremontowano ze środków Krajowego Planu Odnowy.",
        "Część kosztów pokryto z Rządowego Programu Odbudowy Zabytków.",
    ],
)
def test_a_fund_named_as_the_source_of_money_is_no_organisation(text: str) -> None:
    assert _orgs(text) == {}, _orgs(text)


def test_a_fund_that_acts_or_signs_stays_an_organisation() -> None:
    assert "Fundusz Rozwoju Spółek" in _orgs("Umowę z Funduszem Rozwoju Spółek podpisała firma Kelvor.")
    assert "Wojewódzki Fundusz Ochrony Środowiska" in _orgs(
        "Wojewódzki Fundusz Ochrony Środowiska przyznał gminie pożyczkę."
    )
    # a fund with a legal form is a company, wherever the money comes from
    assert "Fundusz Górski S.A." in _orgs("Pożyczkę otrzymano z Funduszu Górskiego S.A. w Nowym Sączu.")


@pytest.mark.parametrize(
    "text",
    [
        "Nowa hala ma 5 tys. m kw. Fot. Studio Lumen",
        "Zakład zatrudni 80 osób. Źródło: Urząd Gminy Lipno",
        "Strefa się powiększa. Foto: Agencja Obrazu Kadr",
        "Inwestor kupił działkę. Autor: Redakcja Portalu Biznes",
        "Ranking opublikowano wczoraj. Opracowanie: Biuro Analiz Rynku",
    ],
)
def test_a_name_in_a_credit_line_is_boilerplate(text: str) -> None:
    assert _orgs(text) == {}, _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kampania „Zielona Dolina Biznesu” zachęca inwestorów do regionu.",
        "Miasto promuje się pod hasłem „Opole Otwarte dla Biznesu”.",
        "Ruszyła akcja „Kupuj Lokalnie w Borowie”.",
    ],
)
def test_a_quoted_campaign_or_slogan_is_no_organisation(text: str) -> None:
    assert _orgs(text) == {}, _orgs(text)


def test_a_makers_noun_with_its_complement_names_the_unknown_word_after_it() -> None:
    assert _orgs("Umowę z uczelnią podpisał producent okien Vitrex.") == {"Vitrex": "company"}
    assert "Kolvex" in _orgs("Kontrakt otrzymał polski dostawca części Kolvex.")


def test_a_spaced_dash_inside_a_legal_name_keeps_one_name() -> None:
    assert _orgs("Tarvel – Budownictwo Przemysłowe Sp. z o.o. wygrała przetarg.") == {
        "Tarvel – Budownictwo Przemysłowe Sp. z o.o.": "company"
    }
    assert "Orlen – Serwis S.A." in _orgs("Firma Orlen – Serwis S.A. podpisała kontrakt.")


def test_a_dash_before_a_title_or_after_an_office_does_not_join() -> None:
    orgs = _orgs("Umowę podpisali Jan Lis – Prezes Zarządu Galmex SA i wójt gminy.")
    assert not any("Lis" in n or "Prezes" in n for n in orgs), orgs
    orgs = _orgs("Umowę podpisały: Gmina Borowo – Betamax sp. z o.o. oraz Alfa S.A.")
    assert "Gmina Borowo" in orgs and "Betamax sp. z o.o." in orgs, orgs


def test_a_board_before_an_unknown_name_is_the_company() -> None:
    assert _orgs("Prezes Zarządu Trelmax SA Adam Nowak mówił o planach.") == {"Trelmax SA": "company"}
    # a company whose own name opens with the board's noun keeps it
    assert "Zarząd Portów Morskich Borowo S.A." in _orgs(
        "Umowę podpisał Zarząd Portów Morskich Borowo S.A. z armatorem."
    )


def _people(text: str) -> set[str]:
    record = extract(text, doc_id="t", published="2025-05-12")
    return {e["name"] for e in record["entities"] if e["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Umowę podpisał Wicemarszałek Województwa Leśnego.", "Województwo Leśne"),
        ("Gości przyjął Wiceprezydent Miasta Borowo.", "Miasto Borowo"),
        ("Dyplomy wręczył Wiceburmistrz Miasta Sosnowo.", "Miasto Sosnowo"),
        ("List podpisał Wicestarosta Powiatu Polnego.", "Powiat Polny"),
        ("Inwestora powitał Wicewójt Gminy Dębowo.", "Gmina Dębowo"),
    ],
)
def test_a_deputy_title_with_no_person_names_the_unit(text: str, unit: str) -> None:
    orgs = _orgs(text)
    assert set(orgs) == {unit}, orgs


def test_a_unit_whose_name_ends_like_a_first_name_keeps_it() -> None:
    text = "Wójt Gminy Stare Pole Jan Kos podpisał umowę."
    assert set(_orgs(text)) == {"Gmina Stare Pole"}, _orgs(text)
    assert _people(text) == {"Jan Kos"}


def test_two_first_names_that_agree_belong_to_one_person() -> None:
    assert _people("Wizytę złożyła Ewa Anna Kos.") == {"Ewa Anna Kos"}
    assert _people("Umowę podpisali Jan Kos i Anna Nowak.") == {"Jan Kos", "Anna Nowak"}


@pytest.mark.parametrize(
    "text",
    [
        "Specjalna Strefa Ekonomiczna to instrument wspierania inwestycji.",
        "Park Naukowo-Technologiczny to miejsce dla młodych firm.",
        "Firma chce zbudować Centrum Badawczo-Rozwojowe.",
        "Park Przemysłowy daje pracę wielu osobom.",
        "Centrum Logistyczne powstanie przy autostradzie.",
        "Studentów ma przyciągnąć Centrum Innowacyjne.",
        "Instytut Naukowy i Centrum Technologiczne to dwie różne rzeczy.",
        "Klaster Biznesowy to forma współpracy firm.",
    ],
)
def test_a_head_with_only_adjectives_of_its_kind_names_no_organisation(text: str) -> None:
    assert _orgs(text) == {}, _orgs(text)


def test_a_head_with_a_name_or_a_town_after_its_kind_stays_an_organisation() -> None:
    assert "Wałbrzyska Specjalna Strefa Ekonomiczna" in _orgs(
        "Wałbrzyska Specjalna Strefa Ekonomiczna rośnie."
    )
    assert "Park Przemysłowy Borowo" in _orgs("Umowę podpisał Park Przemysłowy Borowo.")
    assert "Specjalna Strefa Ekonomiczna Sosnowo" in _orgs("Specjalna Strefa Ekonomiczna Sosnowo rośnie.")


def test_a_club_of_firms_is_an_organisation() -> None:
    assert _orgs("Spółka Borex jest członkiem Klubu Eksportera.") == {
        "Borex": "company",
        "Klub Eksportera": "business_association",
    }


def test_a_brand_is_no_organisation() -> None:
    assert _orgs("Meble sprzedawane są pod marką Zielony Dom.") == {}
    assert _orgs("Spółka Borex sprzedaje rowery pod marką Kross Polska.") == {"Borex": "company"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Firma jest członkiem Business Centre Club.", "Business Centre Club"),
        ("Eksporterom doradza Regional Trade Network.", "Regional Trade Network"),
        ("Umowę podpisała Baltic Energy Alliance.", "Baltic Energy Alliance"),
        ("Grant przyznała Hartmann Foundation.", "Hartmann Foundation"),
    ],
)
def test_foreign_words_of_clubs_networks_alliances_and_foundations_mark_organisations(
    text: str, name: str
) -> None:
    assert name in _orgs(text), _orgs(text)


@pytest.mark.parametrize(
    ("text", "name", "subtype"),
    [
        (
            "Ulgi omówił Departament Innowacji Ministerstwa Zdrowia.",
            "Departament Innowacji Ministerstwa Zdrowia",
            "national_government",
        ),
        ("Ofertę przygotował Departament Gospodarki.", "Departament Gospodarki", "regional_government"),
        (
            "Umowę podpisał Wydział Chemiczny Politechniki Leśnej.",
            "Wydział Chemiczny Politechniki Leśnej",
            "research_education",
        ),
        (
            "Misję zorganizował Wydział Handlu Ambasady RP w Oslo.",
            "Wydział Handlu Ambasady RP w Oslo",
            "national_government",
        ),
        (
            "Folder wydał Wydział Promocji Urzędu Miasta Borowo.",
            "Wydział Promocji Urzędu Miasta Borowo",
            "municipality",
        ),
    ],
)
def test_a_department_takes_the_kind_of_the_office_it_belongs_to(text: str, name: str, subtype: str) -> None:
    assert _orgs(text).get(name) == subtype, _orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ofertę przedstawił Radca Handlowy Ambasady RP w Berlinie.", "Ambasada RP w Berlinie"),
        ("Radca Handlowy Ambasady RP w Berlinie przedstawił ofertę.", "Ambasada RP w Berlinie"),
        ("Dyrektor Generalny Izby Handlowej w Borowie otworzył forum.", "Izba Handlowa w Borowie"),
        ("Wyniki przedstawił Dyrektor Finansowy Betamax SA.", "Betamax SA"),
        ("Plany zdradził Dyrektor Zarządzający Borex Polska.", "Borex Polska"),
    ],
)
def test_a_title_with_its_adjective_is_cut_off_the_organisation(text: str, name: str) -> None:
    assert set(_orgs(text)) == {name}, _orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Przedstawiciele KSSE-u odwiedzili Japonię. KSSE zaprosiła gości.", "KSSE"),
        ("Kredytu udzieliło BGK. Umowę z BGK-iem podpisano w maju.", "BGK"),
        ("Umowę z PFR-em podpisano w maju. PFR pomoże firmom.", "PFR"),
        ("Umowę zawarto z ZUT-em. Rektor ZUT-u podpisał list.", "ZUT"),
    ],
)
def test_an_acronym_with_a_case_ending_after_a_hyphen_is_the_acronym(text: str, name: str) -> None:
    orgs = _orgs(text)
    assert name in orgs and not any("-" in n for n in orgs), orgs


def test_a_code_with_capitals_after_the_hyphen_is_no_inflected_acronym() -> None:
    assert not any(n.startswith("PPN") for n in _orgs("Wojsko kupiło sprzęt PPN-T od firmy Borex."))


def test_an_adjective_that_does_not_agree_with_the_head_is_no_part_of_the_name() -> None:
    assert _orgs("Zakład rośnie. Informacja Prasowa Urzędu Miasta Borowo") == {
        "Urząd Miasta Borowo": "municipality"
    }
    assert "Śląska Izba Rolnicza" in _orgs("Umowę podpisała Śląska Izba Rolnicza.")
    assert "Łódzka Specjalna Strefa Ekonomiczna" in _orgs(
        "Do Łódzkiej Specjalnej Strefy Ekonomicznej dołączył Borex."
    )


@pytest.mark.parametrize(
    ("text", "name"), [("Ustawę przyjął Senat.", "Senat"), ("Projekt trafi do Sejmu w maju.", "Sejm")]
)
def test_a_sole_institution_is_named_by_its_head_alone(text: str, name: str) -> None:
    assert _orgs(text) == {name: "national_government"}


@pytest.mark.parametrize(
    "text",
    [
        "Wsparcie zapewniają Fundusze Norweskie i EOG.",
        "Firma Borex wdraża systemy ERP i CRM oraz rozwiązania IoT.",
        "Na dachu hali zamontowano instalację PV, a projekt powstał w technologii BIM.",
        "Spółka Borex rozwija usługi SaaS.",
    ],
)
def test_terms_in_capitals_are_no_organisations(text: str) -> None:
    assert set(_orgs(text)) <= {"Borex"}, _orgs(text)


def test_a_brand_with_a_capital_inside_stays_a_company() -> None:
    assert _orgs("Spółka BetaSoft rozwija usługi chmurowe.") == {"BetaSoft": "company"}


@pytest.mark.parametrize(
    "text",
    [
        "Pismo wysłała Kancelaria Prezydenta Miasta.",
        "Wniosek rozpatrzy Biuro Rady Gminy.",
        "Projekt przygotował Zespół Rady Powiatu.",
    ],
)
def test_an_office_of_a_unit_that_is_not_named_is_no_organisation(text: str) -> None:
    assert _orgs(text) == {}, _orgs(text)


def test_an_office_of_a_named_unit_or_a_matter_of_the_town_stays() -> None:
    assert "Rada Miasta Borowo" in _orgs("Sesję zwołał Przewodniczący Rady Miasta Borowo.")
    assert "Referat Promocji Miasta" in _orgs("Referat Promocji Miasta przygotował folder.")
