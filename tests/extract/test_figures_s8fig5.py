"""Figures (s8, fig5): a fronted cue noun of jobs ("Pracę … znajdzie 70 osób"), "tyle" after an amount, a part of a
total counted over firms in a phrase, counts of an organisation's branches, and rounded restatements. Sentences
written for these tests."""

from __future__ import annotations

import pytest

import kooperacja


def figures_of(text: str) -> list[tuple[str, str, float]]:
    rec = kooperacja.extract(text, doc_id="t")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return sorted((names.get(f["entity"], "?"), f["metric"], f["value"]) for f in rec["figures"])


@pytest.mark.parametrize(
    ("text", "owner", "value"),
    [
        (
            "Spółka Termex z Opola buduje nową fabrykę. Pracę w nowym zakładzie znajdzie 70 osób.",
            "Termex",
            70,
        ),
        (
            "Firma Drewpol otwiera halę w Kole. Zatrudnienie w nowej hali produkcyjnej znajdzie docelowo 120 osób.",
            "Drewpol",
            120,
        ),
        (
            "Spółka Metalbud rozbuduje zakład w Kielcach. Pracę w rozbudowanej części fabryki otrzyma 45 osób.",
            "Metalbud",
            45,
        ),
        (
            "Spółka Polwax planuje inwestycję w Jaśle. Nowe miejsca pracy w zakładzie znajdzie tam 60 mieszkańców.",
            "Polwax",
            60,
        ),
    ],
)
def test_fronted_cue_noun_of_jobs(text: str, owner: str, value: int) -> None:
    assert (owner, "jobs", value) in figures_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spółka Alfa Tech zainwestuje w Łodzi 40 mln zł. Tyle samo wyda na rozbudowę centrum badawczego.",
            [("Alfa Tech", "investment", 40000000)],
        ),
        (
            "Spółka Beta Plast zatrudni w Rzeszowie 200 osób. Drugie tyle znajdzie pracę u poddostawców.",
            [("Spółka Beta Plast", "jobs", 200)],
        ),
    ],
)
def test_tyle_after_an_amount_is_no_new_figure(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert figures_of(text) == expected


def test_count_over_firms_in_a_phrase_is_a_part_of_a_total() -> None:
    figs = figures_of(
        "Kielecka Strefa Ekonomiczna skupia 80 firm. W 50 firmach z branży metalowej pracuje 26 tys. osób."
    )
    assert figs == [("Kielecka Strefa Ekonomiczna", "companies", 80)]
    figs = figures_of(
        "Dla 40 spółek z kapitałem niemieckim w Wałbrzyskiej Specjalnej Strefie Ekonomicznej pracuje 9 tys. osób."
    )
    assert not [f for f in figs if f[2] == 9000]


def test_firms_of_the_subject_still_give_its_figure() -> None:
    assert figures_of("Grupa Kapitałowa Boryszew zatrudnia w 12 spółkach 9 tys. osób.") == [
        ("Grupa Kapitałowa Boryszew", "employees", 9000)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Krajowa Izba Gospodarcza ma 25 oddziałów regionalnych w całym kraju.",
        "Polska Izba Handlu działa poprzez 16 oddziałów regionalnych.",
        "Związek Pracodawców Pomorza posiada 12 biur terenowych w regionie.",
    ],
)
def test_branches_are_no_members(text: str) -> None:
    assert figures_of(text) == []


def test_membership_verb_counts_members() -> None:
    assert figures_of("Izba Przemysłowa Śląska zrzesza 300 firm.") == [
        ("Izba Przemysłowa Śląska", "members", 300)
    ]


def test_rounded_repeat_is_one_figure() -> None:
    figs = figures_of(
        "Spółka Gamma Steel zainwestuje 118,5 mln zł w Mielcu. Inwestycja o wartości ok. 120 mln zł ruszy w maju."
    )
    assert figs == [("Gamma Steel", "investment", 118500000)]


def test_repeat_of_the_same_amount_is_one_figure() -> None:
    figs = figures_of(
        "Spółka Delta Foods wyda 50 mln zł na zakład w Kutnie. Spółka Delta Foods zainwestuje te 50 mln zł "
        "w ciągu dwóch lat."
    )
    assert figs == [("Delta Foods", "investment", 50000000)]


def test_a_bound_beside_the_exact_amount_stays() -> None:
    figs = figures_of(
        "Spółka Omega Chem zainwestuje w Płocku ponad 200 mln zł. Dokładnie inwestycja spółki Omega Chem "
        "pochłonie 204 mln zł."
    )
    assert ("Omega Chem", "investment", 200000000) in figs
    assert ("Omega Chem", "investment", 204000000) in figs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "45 mln zł na centrum badawcze\n\nTyle samo zainwestuje firma Delta Lab w Gliwicach.",
            [("Delta Lab", "investment", 45000000)],
        ),
        (
            "80 mln zł na nową halę w Radomiu\n\nTyle wyda spółka Kermet na rozbudowę zakładu. Prace ruszą jesienią.",
            [("Kermet", "investment", 80000000)],
        ),
        ("10 mln zł od gminy\n\nTyle wynosi dotacja dla Fundacji Rozwoju.", []),
    ],
)
def test_tyle_after_a_headline_amount_takes_its_verb_and_subject(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Krajowa Izba Gospodarcza zrzesza 25 regionalnych izb i ponad 150 firm.",
            [("Krajowa Izba Gospodarcza", "members", 150)],
        ),
        (
            "Izba Handlowa Lwowa zrzesza 14 izb powiatowych oraz 800 członków.",
            [("Izba Handlowa Lwowa", "members", 800)],
        ),
        ("Klaster Lubelski zrzesza 60 firm i 4 uczelnie.", [("Klaster Lubelski", "members", 60)]),
    ],
)
def test_own_units_of_a_body_are_no_members(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert figures_of(text) == expected


def test_qualified_count_of_firms_in_a_phrase_is_a_part() -> None:
    assert (
        figures_of(
            "W Kieleckiej Specjalnej Strefie Ekonomicznej w blisko 60 firmach z branży spożywczej pracuje ok. 8 tys. osób."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Łódzka Specjalna Strefa Ekonomiczna wydała w tym roku 40 decyzji. Tylko ostatnie dwa miesiące przyniosły "
            "12 nowych projektów o wartości ok. 900 mln zł i 500 nowych miejsc pracy.",
            [],
        ),
        ("Pierwszy kwartał przyniósł Kieleckiej Strefie Ekonomicznej inwestycje warte 300 mln zł.", []),
        (
            "Spółka Wagmet zainwestuje 50 mln zł w Żywcu. Pierwsze półrocze przyniosło jej 120 nowych miejsc pracy.",
            [("Wagmet", "investment", 50000000)],
        ),
        ("Miesiąc temu spółka Wagmet zainwestowała 50 mln zł w Żywcu.", [("Wagmet", "investment", 50000000)]),
        (
            "W ostatnim kwartale spółka Wagmet zainwestowała 50 mln zł w Żywcu.",
            [("Wagmet", "investment", 50000000)],
        ),
        (
            "Łódzka Specjalna Strefa Ekonomiczna przyciągnęła w tym roku inwestycje warte 2 mld zł.",
            [("Łódzka Specjalna Strefa Ekonomiczna", "investment", 2000000000)],
        ),
    ],
)
def test_sum_for_part_of_a_period_is_no_figure(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert figures_of(text) == expected
