"""Figures (s9, fig6): each new row of the figure tables and each new rule with a sentence of its own, written for
these tests: plant nouns whose price is an investment, taxes and fees that are no figures, a verb of going beyond
that makes an amount a lower bound, a list of investors with their amounts after dashes, a country's investment
named after the investment noun, and what a company earmarks being its investment."""

from __future__ import annotations

import pytest

import kooperacja


def figures_of(text: str) -> list[tuple[str, str, float, str]]:
    rec = kooperacja.extract(text, doc_id="t")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return sorted(
        (names.get(f["entity"], "?"), f["metric"], f["value"], f["qualifier"]) for f in rec["figures"]
    )


@pytest.mark.parametrize(
    ("text", "owner", "value"),
    [
        ("Spółka Kornik zbuduje w Braniewie tartak za 14 mln zł.", "Kornik", 14_000_000),
        ("Grupa Stalbud kupiła nieczynną hutę i zmodernizuje ją za 60 mln zł.", "Grupa Stalbud", 60_000_000),
        ("Firma Printex otworzy w Kutnie drukarnię za 9 mln zł.", "Printex", 9_000_000),
        ("Przedsiębiorstwo Agrosok postawi w Łącku wytwórnię soków za 30 mln zł.", "Agrosok", 30_000_000),
        ("Spółka Rybex uruchomi w Ustce przetwórnię ryb za 25 mln zł.", "Rybex", 25_000_000),
        (
            "Firma Solaris Energia wybuduje pod Koninem elektrownię słoneczną za 80 mln zł.",
            "Solaris Energia",
            80_000_000,
        ),
        ("Spółka Termal postawi w Ełku ciepłownię na biomasę za 45 mln zł.", "Termal", 45_000_000),
        ("Koncern Cemrock zmodernizuje cementownię w Chełmie za 200 mln zł.", "Cemrock", 200_000_000),
        ("Spółka Fibrex zbuduje w Ostrołęce celulozownię za 1 mld zł.", "Fibrex", 1_000_000_000),
        ("Firma Metodlew uruchomi w Śremie odlewnię aluminium za 70 mln zł.", "Metodlew", 70_000_000),
        ("Grupa Rolstal wybuduje w Zawierciu walcownię za 400 mln zł.", "Grupa Rolstal", 400_000_000),
        (
            "Spółdzielnia Mlekpol otworzy w Zambrowie mleczarnię za 150 mln zł.",
            "Spółdzielnia Mlekpol",
            150_000_000,
        ),
        ("Firma Chlebex postawi w Radomiu piekarnię przemysłową za 20 mln zł.", "Chlebex", 20_000_000),
        ("Spółka Aquavit zbuduje w Nałęczowie rozlewnię wody za 35 mln zł.", "Aquavit", 35_000_000),
        ("Firma Recyklon uruchomi w Koninie sortownię odpadów za 16 mln zł.", "Recyklon", 16_000_000),
        ("Spółka Ekoterm wybuduje w Gnieźnie spalarnię odpadów za 300 mln zł.", "Ekoterm", 300_000_000),
        ("Firma Drewsusz postawi w Mońkach suszarnię drewna za 6 mln zł.", "Drewsusz", 6_000_000),
        ("Spółka Aquaclean zbuduje w Płońsku oczyszczalnię ścieków za 40 mln zł.", "Aquaclean", 40_000_000),
        ("Firma Piwnica Kaszubska otworzy w Kartuzach browar za 12 mln zł.", "Piwnica Kaszubska", 12_000_000),
        ("Spółka Wiatromax postawi na Pomorzu farmę wiatrową za 500 mln zł.", "Wiatromax", 500_000_000),
        ("Firma Drobex zbuduje w Sokółce fermę drobiu za 15 mln zł.", "Drobex", 15_000_000),
        ("Spółka Officepark wybuduje w Gdyni biurowiec za 90 mln zł.", "Officepark", 90_000_000),
        (
            "Firma Cargonet zbuduje w Małaszewiczach terminal przeładunkowy za 120 mln zł.",
            "Cargonet",
            120_000_000,
        ),
        ("Grupa Hotelis otworzy w Zakopanem hotel za 60 mln zł.", "Grupa Hotelis", 60_000_000),
        ("Spółka Sportpark zbuduje w Toruniu kompleks magazynowy za 75 mln zł.", "Sportpark", 75_000_000),
        # nouns of a works by their ending (facility_ending): -ownia, -arnia, -alnia, -ojnia, -ernia
        ("Spółka Sugarland odbuduje w Glinojecku cukrownię za 160 mln zł.", "Sugarland", 160_000_000),
        ("Firma Skórpol otworzy w Radomiu garbarnię za 14 mln zł.", "Skórpol", 14_000_000),
        ("Spółka Szwalmex uruchomi w Łukowie szwalnię za 8 mln zł.", "Szwalmex", 8_000_000),
        ("Spółka Drobimex wybuduje w Sokołowie ubojnię za 200 milionów złotych.", "Drobimex", 200_000_000),
        ("Firma Sweetex otworzy w Bochni cukiernię za 3 mln zł.", "Sweetex", 3_000_000),
    ],
)
def test_price_of_a_plant_is_an_investment(text: str, owner: str, value: int) -> None:
    assert figures_of(text) == [(owner, "investment", value, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Firma Optiframe odprowadza do kasy gminy Ostrzeszów 3 mln zł podatków rocznie.",
        "Spółka Portal Logistyka płaci miastu Gdynia 2 mln zł opłat za dzierżawę nabrzeża.",
    ],
)
def test_taxes_and_fees_are_no_figures(text: str) -> None:
    assert figures_of(text) == []


def test_a_verb_of_going_beyond_makes_a_lower_bound() -> None:
    assert figures_of("Nakłady firmy Tarbex na nową linię przekroczyły 45 mln zł.") == [
        ("Tarbex", "investment", 45_000_000, "more_than")
    ]
    assert figures_of("Nakłady firmy Tarbex na nową linię przekroczą ok. 45 mln zł.") == [
        ("Tarbex", "investment", 45_000_000, "approx")
    ]


def test_amounts_after_dashes_belong_to_the_names_before() -> None:
    assert figures_of(
        "Nowe zakłady zbudują w podstrefie trzy firmy: spółka Alumet – 18 mln zł, firma Kotlex – 9 mln zł i spółka "
        "Mebline – 31 mln zł."
    ) == [
        ("Alumet", "investment", 18_000_000, "exact"),
        ("Kotlex", "investment", 9_000_000, "exact"),
        ("Mebline", "investment", 31_000_000, "exact"),
    ]


def test_a_country_named_after_the_investment_noun_owns_it() -> None:
    assert figures_of("Inwestycje Japonii w województwie łódzkim sięgnęły 900 mln zł.") == [
        ("Japonia", "investment", 900_000_000, "exact")
    ]


def test_what_a_company_earmarks_is_its_investment_but_a_commune_has_a_budget() -> None:
    assert figures_of(
        "Spółka Lakmet rozbuduje lakiernię w Oleśnicy. Firma przeznaczy na ten cel 22 mln zł."
    ) == [("Lakmet", "investment", 22_000_000, "exact")]
    assert figures_of("Gmina Wolsztyn przeznaczy na drogi do strefy 6 mln zł.") == [
        ("Gmina Wolsztyn", "budget", 6_000_000, "exact")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Firma Kolbex zwolni w zakładzie w Nysie 120 pracowników.",
        "Spółka Drewmax zwalnia 60 osób z działu montażu.",
        "Grupa Ferrum zredukuje 90 etatów w hucie w Sosnowcu.",
        "Spółka Odzieżpol redukuje 35 etatów w szwalni w Kaliszu.",
        "Zakład firmy Bielmet czeka redukcja 70 etatów.",
    ],
)
def test_layoffs_are_no_jobs(text: str) -> None:
    assert figures_of(text) == []


def test_an_exempted_firm_still_creates_jobs() -> None:
    assert figures_of("Firma Retex, zwolniona z podatku, zatrudni 150 osób.") == [
        ("Retex", "jobs", 150, "exact")
    ]


def test_a_year_between_the_verb_of_going_beyond_and_the_amount() -> None:
    assert figures_of("Przychody spółki Motoserwis przekroczyły w 2023 roku 15 mld zł.") == [
        ("Motoserwis", "revenue", 15_000_000_000, "more_than")
    ]


def test_money_after_a_dash_in_a_clause_naming_a_plant_is_its_investment() -> None:
    assert figures_of("Spółka Termik buduje w Kole nową halę – 40 mln zł.") == [
        ("Termik", "investment", 40_000_000, "exact")
    ]
    assert figures_of("Spółka Termik świętuje jubileusz – 40 lat na rynku.") == []
    # parts after a total stated before them in the sentence are no figures of their own
    assert figures_of(
        "Spółka Kartex zbuduje w Kole zakład. Koszt inwestycji to 25 mln zł: budowa hali – 20 mln zł, zakup "
        "maszyn – 5 mln zł."
    ) == [("Kartex", "investment", 25_000_000, "exact")]


def test_bare_strefa_as_subject_of_a_sentence_naming_no_organisation() -> None:
    text = (
        "Firma Optel zbuduje zakład w Pomorskiej Specjalnej Strefie Ekonomicznej za 50 mln zł. "
        "W ubiegłym roku strefa przyciągnęła 30 inwestorów, a ich nakłady sięgnęły 1,1 mld zł."
    )
    assert figures_of(text) == [
        ("Optel", "investment", 50_000_000, "exact"),
        ("Pomorska Specjalna Strefa Ekonomiczna", "companies", 30, "exact"),
        ("Pomorska Specjalna Strefa Ekonomiczna", "investment", 1_100_000_000, "exact"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gmina Kobylnica otrzymała 8 mln zł z funduszu rządowego na budowę drogi do strefy.",
            [("Gmina Kobylnica", "budget", 8_000_000, "exact")],
        ),
        (
            "Klaster Ekoenergia dostał 2 mln zł na projekt badawczy.",
            [("Klaster Ekoenergia", "budget", 2_000_000, "exact")],
        ),
        ("Spółka Biomet otrzymała 40 mln zł kredytu na nową linię.", []),
        ("Firma Gamrat otrzymała 10 mln zł pożyczki z funduszu regionalnego.", []),
        (
            "Spółka Biomet otrzymała zezwolenie na inwestycję o wartości 40 mln zł.",
            [("Biomet", "investment", 40_000_000, "exact")],
        ),
    ],
)
def test_money_received_is_a_budget_but_a_loan_is_none(
    text: str, expected: list[tuple[str, str, int, str]]
) -> None:
    assert figures_of(text) == expected
