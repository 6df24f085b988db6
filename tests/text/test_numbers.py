"""Numbers and amounts: multipliers, currencies, units, qualifiers, ranges and what is not a number."""

from __future__ import annotations

import time

import pytest

from kooperacja.text.dates import find_dates
from kooperacja.text.numbers import find_amounts, parse_number, parse_number_word


def amounts(text: str) -> list[tuple[str, object, str, str]]:
    return [(a.text, a.value, a.unit, a.qualifier) for a in find_amounts(text) if not a.is_range]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inwestycja warta 44 mld zł powstanie w strefie.", ("44 mld zł", 44_000_000_000, "PLN", "exact")),
        ("Budżet projektu to 2,75 mld EUR.", ("2,75 mld EUR", 2_750_000_000, "EUR", "exact")),
        ("Pracę znajdzie ok. 100 tys. osób.", ("ok. 100 tys.", 100_000, "count", "approx")),
        ("W programie bierze udział ponad 240 firm.", ("ponad 240", 240, "count", "more_than")),
        ("Dotacja wyniesie 1,5 mln euro.", ("1,5 mln euro", 1_500_000, "EUR", "exact")),
        ("Fabryka kosztowała 4,6 mld dolarów.", ("4,6 mld dolarów", 4_600_000_000, "USD", "exact")),
        ("Rząd przeznaczy 20 mld zł na rozwój.", ("20 mld zł", 20_000_000_000, "PLN", "exact")),
        ("Powstanie ok. 2 tys. miejsc pracy.", ("ok. 2 tys.", 2000, "count", "approx")),
        ("Koszt wyniesie 300 mln złotych.", ("300 mln złotych", 300_000_000, "PLN", "exact")),
        ("Zakład zatrudni tysiąc osób.", ("tysiąc", 1000, "count", "exact")),
        ("Zakład zatrudni ponad tysiąc osób.", ("ponad tysiąc", 1000, "count", "more_than")),
        ("Zakład zatrudni 1 200 osób.", ("1 200", 1200, "count", "exact")),
        ("Zakład zatrudni 1\u00a0200 osób.", ("1\u00a0200", 1200, "count", "exact")),
        ("Dotacja: 1 200 000 zł.", ("1 200 000 zł", 1_200_000, "PLN", "exact")),
        ("Dotacja: 1.200.000 zł.", ("1.200.000 zł", 1_200_000, "PLN", "exact")),
        ("Eksport wzrósł o 12,5%.", ("12,5%", 12.5, "percent", "exact")),
        ("Udział wynosi 30 proc. rynku.", ("30 proc.", 30, "percent", "exact")),
        ("Teren ma powierzchnię 57 ha.", ("57 ha", 57, "ha", "exact")),
        ("Strefa zajmuje 2,7 tys. hektarów.", ("2,7 tys. hektarów", 2700, "ha", "exact")),
        ("Hala o powierzchni 12 000 m2 powstanie jesienią.", ("12 000 m2", 12000, "m2", "exact")),
        ("Obszar ma 1 km² powierzchni.", ("1 km²", 1, "km2", "exact")),
        ("Wartość to 0,5 mld.", ("0,5 mld", 500_000_000, "count", "exact")),
        ("The company will build a $4.6 billion plant.", ("$4.6 billion", 4_600_000_000, "USD", "exact")),
        ("A deal worth €2.75 billion was signed.", ("€2.75 billion", 2_750_000_000, "EUR", "exact")),
        ("Investments of PLN 20 bn are planned.", ("PLN 20 bn", 20_000_000_000, "PLN", "exact")),
        ("Umowa na 3,5 mln USD.", ("3,5 mln USD", 3_500_000, "USD", "exact")),
        ("Kontrakt opiewa na 15 mln funtów.", ("15 mln funtów", 15_000_000, "GBP", "exact")),
        ("Kredyt we frankach: 2 mln CHF.", ("2 mln CHF", 2_000_000, "CHF", "exact")),
        ("Inwestor z Japonii wyłoży 5 mld jenów.", ("5 mld jenów", 5_000_000_000, "JPY", "exact")),
        ("Chiński partner wniesie 100 mln juanów.", ("100 mln juanów", 100_000_000, "CNY", "exact")),
        ("W spotkaniu wzięło udział blisko 300 osób.", ("blisko 300", 300, "count", "approx")),
        ("Zrzeszenie liczy prawie 50 firm.", ("prawie 50", 50, "count", "approx")),
        ("Powstanie nawet 500 miejsc pracy.", ("nawet 500", 500, "count", "up_to")),
        ("Park przyjmie do 200 firm.", ("do 200", 200, "count", "up_to")),
        ("Klaster ma co najmniej 10 partnerów.", ("co najmniej 10", 10, "count", "more_than")),
        ("Zatrudnienie powyżej 100 osób.", ("powyżej 100", 100, "count", "more_than")),
        ("Bezrobocie spadło poniżej 5 proc.", ("poniżej 5 proc.", 5, "percent", "less_than")),
        ("Firma zatrudnia mniej niż 30 osób.", ("mniej niż 30", 30, "count", "less_than")),
        ("Zakład zatrudnia około 1 200 osób.", ("około 1 200", 1200, "count", "approx")),
        ("Umowę podpisało dwóch partnerów.", ("dwóch", 2, "count", "exact")),
        ("Do klastra przystąpiło trzech nowych członków.", ("trzech", 3, "count", "exact")),
        ("Przyjechało czterech przedstawicieli.", ("czterech", 4, "count", "exact")),
        ("Wsparcie otrzymało pięciu przedsiębiorców.", ("pięciu", 5, "count", "exact")),
        ("Strefa ma sto hektarów.", ("sto hektarów", 100, "ha", "exact")),
        ("Powstanie dwa tysiące miejsc pracy.", ("dwa tysiące", 2000, "count", "exact")),
        ("Grant wynosi pół miliona złotych.", ("pół miliona złotych", 500_000, "PLN", "exact")),
        (
            "Dotacja sięgnie półtora miliarda złotych.",
            ("półtora miliarda złotych", 1_500_000_000, "PLN", "exact"),
        ),
        ("Zatrudnienie znajdzie sto dwadzieścia pięć osób.", ("sto dwadzieścia pięć", 125, "count", "exact")),
        ("Strefa zatrudnia 2000 osób.", ("2000", 2000, "count", "exact")),
        ("Zakład da pracę ponad 2000 osobom.", ("ponad 2000", 2000, "count", "more_than")),
        ("Umowę zawarto z 11 partnerami.", ("11", 11, "count", "exact")),
        ("Inwestycja za 44mld zł.", ("44mld zł", 44_000_000_000, "PLN", "exact")),
    ],
)
def test_amount(text: str, expected: tuple[str, object, str, str]) -> None:
    assert amounts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Inwestorzy zapowiadają kilkaset nowych miejsc pracy.",
        "Do klastra należy kilkanaście firm.",
        "Projekt kosztował kilka miliardów złotych.",
        "Na targi przyjechały setki wystawców i tysiące gości.",
        "Jeden z partnerów wycofał się z projektu.",
        "W 2016 roku strefa się powiększyła.",
        "Firma działa od 1994 roku.",
        "W latach 2009-2014 zrealizowano program.",
        "Umowę podpisano dnia 15.04.2011 r.",
        "Umowę podpisano 9 maja 2023 w Łodzi.",
        "Spotkanie zaplanowano na 23-24 kwietnia.",
        "To już 7-ego edycja targów i 20-lecie firmy.",
        "To już 7. edycja targów.",
        "Kontakt: tel. 32 123 45 67.",
        "Infolinia: +48 12 345 67 89.",
        "Zasady opisuje rozdział 4.1.1. regulaminu.",
        "Spółka KRS 0000123456 złożyła wniosek.",
        "NIP 123-456-78-90 i REGON 123456789.",
        "Biuro: ul. Wojewódzka 42, 40-026 Katowice.",
        "Dom przy ul. 3 Maja 12 w Opolu.",
        "Spotkanie o godz. 10.30 w ratuszu.",
        "Spotkanie o 10:30.",
        "Targi Inotex 2018 to sukces.",
        "Umowa nr 12/2023 z sezonu 2014/2015.",
        "Zgodnie z art. 15 ust. 2 ustawy.",
        "Zadanie ma kod 0012.",
        "Do 2020 r. strefa się rozrośnie.",
    ],
)
def test_no_amount(text: str) -> None:
    assert [a.text for a in find_amounts(text)] == []


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Wartość inwestycji to 280–300 mln zł.", 280_000_000, 300_000_000, "PLN"),
        ("Koszt wyniesie od 2 do 3 mld zł.", 2_000_000_000, 3_000_000_000, "PLN"),
        ("Firma zatrudni 100-150 osób.", 100, 150, "count"),
        ("Wzrost o 5–7%.", 5, 7, "percent"),
    ],
)
def test_ranges(text: str, low: int, high: int, unit: str) -> None:
    [a] = find_amounts(text)
    assert a.is_range and a.kind == "range"
    assert a.value is None
    assert (a.low, a.high, a.unit) == (low, high, unit)


def test_offsets_cover_qualifier_and_unit() -> None:
    text = "Powstanie ok. 2 tys. miejsc pracy i fabryka za 44 mld zł."
    found = find_amounts(text)
    assert [text[a.start : a.end] for a in found] == ["ok. 2 tys.", "44 mld zł"]
    assert [a.text for a in found] == ["ok. 2 tys.", "44 mld zł"]


def test_percent_kind_and_several_amounts() -> None:
    text = "W ub.r. eksport wzrósł o 15 proc., a strefa wydała 120 decyzji na 3,5 mld zł."
    found = find_amounts(text)
    assert [(a.value, a.unit, a.kind) for a in found] == [
        (15, "percent", "percent"),
        (120, "count", "amount"),
        (3_500_000_000, "PLN", "amount"),
    ]


def test_values_are_plain_numbers() -> None:
    [a] = find_amounts("Budżet: 1,1 mld zł.")
    assert a.value == 1_100_000_000 and isinstance(a.value, int)
    [b] = find_amounts("Stopa wynosi 2,75 proc.")
    assert b.value == 2.75 and isinstance(b.value, float)


def test_date_offsets_can_be_passed_in() -> None:
    text = "Umowę podpisano 9 maja 2023 r., koszt 5 mln zł."
    offsets = [(m.start, m.end) for m in find_dates(text)]
    assert [a.text for a in find_amounts(text, offsets)] == ["5 mln zł"]


@pytest.mark.parametrize(
    ("body", "english", "value"),
    [
        ("1 200", False, "1200"),
        ("1.200.000", False, "1200000"),
        ("2,75", False, "2.75"),
        ("4.6", False, "4.6"),
        ("1.200", False, "1200"),
        ("4.6", True, "4.6"),
        ("1,200", True, "1200"),
        ("1.200,50", False, "1200.50"),
    ],
)
def test_parse_number(body: str, english: bool, value: str) -> None:
    from decimal import Decimal

    assert parse_number(body, english) == Decimal(value)


def test_parse_number_word() -> None:
    assert parse_number_word("tysiąc") == 1000
    assert parse_number_word("Dwóch") == 2
    assert parse_number_word("kilkaset") is None
    assert parse_number_word("stół") is None


def test_speed() -> None:
    text = (
        "Strefa podpisała porozumienie z 11 partnerami. Powstanie nawet 2 tys. miejsc pracy, a wartość "
        "inwestycji sięga 44 mld zł. Strefa obejmuje ponad 2,7 tys. ha w 50 gminach, a w ub.r. wydano "
        "120 decyzji, o 15 proc. więcej niż rok wcześniej. Kontakt: tel. 32 123 45 67. "
    ) * 5
    text = text[:2000]
    find_amounts(text)
    runs = 30
    t0 = time.process_time()  # CPU time: other processes on the machine do not count
    for _ in range(runs):
        find_amounts(text)
    # a guard against runaway patterns (catastrophic backtracking), not a benchmark: a call takes about 1 ms
    assert (time.process_time() - t0) / runs < 0.05


def test_english_notation_in_an_english_text() -> None:
    text = (
        "The free zone is home to nearly 10,000 companies and more than 85,000 employees, and "
        "the park of the city covers 1,234.5 sqm with 2.5 million visitors."
    )
    found = [(a.value, a.unit, a.qualifier) for a in find_amounts(text)]
    assert found == [
        (10000, "count", "approx"),
        (85000, "count", "more_than"),
        (1234.5, "m2", "exact"),
        (2_500_000, "count", "exact"),
    ]


def test_polish_notation_by_default() -> None:
    assert [a.value for a in find_amounts("Obszar 350,0367 ha i 1.234,5 ha w strefie.")] == [350.0367, 1234.5]
    assert [a.value for a in find_amounts("10,000 firm", english=True)] == [10000]


def test_comma_after_abbreviated_multiplier() -> None:
    [a] = find_amounts("Strefa obejmuje blisko 1,4 tys., ha gruntów.")
    assert (a.value, a.unit, a.qualifier) == (1400, "ha", "approx")
    [b] = find_amounts("Zatrudni 2 tys., a potem więcej.")
    assert (b.text, b.value) == ("2 tys.", 2000)
