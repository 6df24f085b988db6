"""Figures (s9, fixfig): the review's counter-examples to this session's figure rules, each in sentences of our own:
a negated verb of going beyond bounds an amount from above, money a company earmarks for a purpose that is no
investment (sponsorship, awards, training) stays a budget, money received as a payment, a fine or a compensation
is no grant, a room is no plant while a shop or a café is one, and a hyphen before an amount works as the other
dashes do."""

from __future__ import annotations

import pytest
from tests.extract.test_figures_s9fig_rules import figures_of

from kooperacja.extract.figure_lexicon import _words
from kooperacja.text.tokens import DASHES


# 1. "nie przekroczy X": at most X, an upper bound (extraction.md's `up_to`), never `more_than`
@pytest.mark.parametrize(
    "text",
    [
        "Koszt tej inwestycji nie przekroczy 15 mln zł.",
        "Inwestycje firmy Alfamet w Kielcach nie przekroczą 15 mln zł.",
        "Koszt budowy nowej hali spółki Alfamet nie przekroczy 15 mln zł.",
        "Nakłady firmy Gammaplast na nowy zakład nie przekraczają 8 mln zł.",
    ],
)
def test_a_negated_verb_of_going_beyond_gives_no_lower_bound(text: str) -> None:
    figures = figures_of(text)
    assert all(q != "more_than" for *_, q in figures), figures


@pytest.mark.parametrize(
    ("text", "owner", "value"),
    [
        ("Inwestycje firmy Alfamet w Kielcach nie przekroczą 15 mln zł.", "Alfamet", 15_000_000),
        ("Nakłady firmy Gammaplast na nowy zakład nie przekraczają 8 mln zł.", "Gammaplast", 8_000_000),
    ],
)
def test_a_negated_verb_of_going_beyond_gives_an_upper_bound(text: str, owner: str, value: int) -> None:
    assert (owner, "investment", value, "up_to") in figures_of(text)


def test_the_verb_of_going_beyond_unnegated_still_gives_a_lower_bound() -> None:
    figures = figures_of("Inwestycje firmy Alfamet w Kielcach przekroczą 15 mln zł.")
    assert ("Alfamet", "investment", 15_000_000, "more_than") in figures


# 2. what a company earmarks for a purpose that is no investment is a budget; for a plant, a purchase, automation or
# a purpose named before ("na ten cel"), its investment
@pytest.mark.parametrize(
    "text",
    [
        "Firma Betamet przeznaczy 500 tys. zł na wsparcie lokalnych klubów sportowych.",
        "Spółka Deltanet przeznaczyła 200 tys. zł na stypendia dla uczniów technikum.",
        "Firma Omegabud przeznaczy 1 mln zł na nagrody dla najlepszych pracowników.",
        "Spółka Kappatex przeznaczy w tym roku 400 tys. zł na szkolenia załogi.",
        "Grupa Sigmatech przeznaczy 30 mln zł na dywidendę dla akcjonariuszy.",
        "Firma Omegabud przeznaczyła 150 tys. zł na sponsoring miejscowej drużyny.",
        "Spółka Kappatex przeznaczy 600 tys. zł na promocję nowej marki.",
        "Firma Betamet przeznaczy 100 tys. zł na pomoc dla powodzian.",
        "Spółka Betamet przeznaczy 100 tys. zł na wsparcie szkoły przy swojej nowej fabryce.",
    ],
)
def test_money_a_company_earmarks_for_no_plant_is_no_investment(text: str) -> None:
    figures = figures_of(text)
    assert figures and all(m == "budget" for _, m, *_ in figures), figures


@pytest.mark.parametrize(
    ("text", "owner", "value"),
    [
        ("Firma Betamet przeznaczy 5 mln zł na nową halę produkcyjną.", "Betamet", 5_000_000),
        ("Spółka Betamet przeznaczy na ten cel 12 mln zł.", "Betamet", 12_000_000),
        ("Spółka Deltanet przeznaczy 3 mln zł na zakup nowych obrabiarek.", "Deltanet", 3_000_000),
        ("Firma Omegabud przeznaczy 20 mln zł na automatyzację produkcji.", "Omegabud", 20_000_000),
    ],
)
def test_money_a_company_earmarks_for_a_plant_or_a_purchase_is_its_investment(
    text: str, owner: str, value: int
) -> None:
    assert (owner, "investment", value, "exact") in figures_of(text)


@pytest.mark.parametrize(
    "purpose",
    [
        "sponsorowanie ligi juniorów",
        "premie dla kierowców",
        "podwyżki dla załogi",
        "pensje kadry",
        "darowiznę dla hospicjum",
        "reklamę w telewizji",
        "kampanię wizerunkową",
        "imprezę dla mieszkańców",
        "festyn rodzinny",
        "koncert charytatywny",
    ],
)
def test_each_purpose_that_is_no_investment(purpose: str) -> None:
    figures = figures_of(f"Spółka Alfamet przeznaczy 2 mln zł na {purpose}.")
    assert figures == [("Alfamet", "budget", 2_000_000, "exact")]


# 3. money received for goods or work, a fine or a compensation is no grant and no figure
@pytest.mark.parametrize(
    "text",
    [
        "Spółka Betamet otrzymała 2 mln zł zapłaty za dostawy dla wojska.",
        "Firma Betamet dostała 300 tys. zł odszkodowania od ubezpieczyciela.",
        "Spółka Omegabud otrzymała 1 mln zł wynagrodzenia za prace projektowe.",
        "Firma Omegabud otrzymała wreszcie 4 mln zł należności od kontrahenta.",
        "Spółka Omegabud dostała 50 tys. zł kary od sanepidu.",
    ],
)
def test_money_received_as_a_payment_is_no_figure(text: str) -> None:
    assert figures_of(text) == []


def test_a_grant_received_is_still_a_budget() -> None:
    figures = figures_of("Spółka Betamet otrzymała 2 mln zł dotacji na rozbudowę zakładu.")
    assert ("Betamet", "budget", 2_000_000, "exact") in figures


# 4. a shop or a café is a firm's place of business, its price an investment; a room is no plant
@pytest.mark.parametrize(
    ("text", "owner", "value"),
    [
        ("Sieć Kawex otworzy w Opolu kawiarnię za 2 mln zł.", "Sieć Kawex", 2_000_000),
        ("Spółka Papirus otworzy w Lublinie księgarnię za 3 mln zł.", "Papirus", 3_000_000),
        ("Firma Cukrex uruchomi w Płocku cukiernię za 4 mln zł.", "Cukrex", 4_000_000),
    ],
)
def test_the_price_of_a_shop_or_a_cafe_is_an_investment(text: str, owner: str, value: int) -> None:
    assert (owner, "investment", value, "exact") in figures_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Firma Domex wyremontuje sypialnię za 50 tys. zł.",
        "Spółka Domex urządzi w biurze jadalnię dla pracowników za 300 tys. zł.",
        "Firma Domex odnowi poczekalnię za 80 tys. zł.",
        "Spółka Domex urządzi nową przebieralnię dla załogi za 90 tys. zł.",
        "Firma Domex wyremontuje umywalnię za 40 tys. zł.",
        "Spółka Domex odnowi spiżarnię za 20 tys. zł.",
    ],
)
def test_the_price_of_a_room_is_no_investment(text: str) -> None:
    assert all(m != "investment" for _, m, *_ in figures_of(text))


# 5. one set of dashes: a hyphen works as an en dash and an em dash do
@pytest.mark.parametrize("dash", sorted(DASHES))
def test_a_plant_priced_after_any_dash_is_an_investment(dash: str) -> None:
    text = f"Spółka Alfamet buduje w Kielcach nową halę {dash} 20 mln zł."
    assert ("Alfamet", "investment", 20_000_000, "exact") in figures_of(text)


@pytest.mark.parametrize("dash", sorted(DASHES))
def test_a_list_of_investors_with_amounts_after_any_dash(dash: str) -> None:
    text = (
        f"Zezwolenia na działalność w strefie dostały: spółka Alfamet {dash} 20 mln zł "
        f"oraz firma Betaplast {dash} 12 mln zł."
    )
    figures = figures_of(text)
    assert ("Alfamet", "investment", 20_000_000, "exact") in figures
    assert ("Betaplast", "investment", 12_000_000, "exact") in figures


def test_the_price_marks_hold_every_dash() -> None:
    assert DASHES <= _words("pl").price
