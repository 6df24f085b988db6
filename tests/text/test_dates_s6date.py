"""Date grammar, session 6: seasons and editions written with a two-digit second year, and datelines that carry
the weekday or a place of two words."""

from __future__ import annotations

import pytest

from kooperacja.text.dates import find_dateline, find_dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("W rankingu Miasta Jutra 2022/23 Gdynia wypadła dobrze.", "2022/2023"),
        ("w sezonie 2019/20 klub grał w lidze", "2019/2020"),
        ("Edycja 1999/00 konkursu była pierwsza.", "1999/2000"),
        ("w latach 2020/2021 trwała budowa", "2020/2021"),
    ],
)
def test_season_with_two_digit_second_year(text: str, value: str) -> None:
    ranges = [m.value for m in find_dates(text) if m.kind == "year_range"]
    assert ranges == [value]


@pytest.mark.parametrize("text", ["Zamówienie 2022/24 wpłynęło.", "Pismo 2021/19 zostało wysłane."])
def test_two_digit_second_year_must_be_the_next(text: str) -> None:
    assert not [m for m in find_dates(text) if m.kind == "year_range"]


@pytest.mark.parametrize(
    ("head", "value"),
    [
        ("Kraków, 14 czerwca 2021 (poniedziałek)", "2021-06-14"),
        ("Szczecin, 22 października 2021 (piątek)", "2021-10-22"),
        ("Gorzów Wielkopolski, 16.06.2020", "2020-06-16"),
        ("Bielsko-Biała, wtorek 16.06.2020", "2020-06-16"),
    ],
)
def test_dateline_with_weekday_or_long_place(head: str, value: str) -> None:
    text = head + "\nFirma Alfa podpisała umowę z firmą Beta.\nDrugi akapit bez dat."
    assert find_dateline(text) == value


def test_a_sentence_with_a_place_and_a_date_is_no_dateline() -> None:
    text = "Nowa hala w Opolu\nPoznań, Kraków i Wrocław podpisały 5 maja 2020 r. porozumienie o współpracy.\n"
    assert find_dateline(text) is None
