"""Polish date grammar: finding date expressions and resolving them to date values."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kooperacja.text.dates import date_spans, find_dateline, find_dates, parse_published

TODAY = dt.date(2026, 11, 1)


def values(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, published, today=TODAY)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # full dates
        ("Porozumienie podpisano 9 maja 2023 r. w Katowicach.", None, [("9 maja 2023 r.", "2023-05-09")]),
        ("Polska przystąpiła do Unii 1 kwietnia 2004 roku.", None, [("1 kwietnia 2004 roku", "2004-04-01")]),
        ("Spotkanie odbyło się 27 marca 2012 r. w ratuszu.", None, [("27 marca 2012 r.", "2012-03-27")]),
        ("List podpisano 15.04.2011 w Opolu.", None, [("15.04.2011", "2011-04-15")]),
        ("List podpisano 15.04.2011 r. w Opolu.", None, [("15.04.2011 r.", "2011-04-15")]),
        ("Data wpisu: 2011-04-15, autor: redakcja", None, [("2011-04-15", "2011-04-15")]),
        ("kwi 9, 2011 | Katowice | Gospodarka", None, [("kwi 9, 2011", "2011-04-09")]),
        ("Spotkanie zaplanowano na 9 IV 2011 r.", None, [("9 IV 2011 r.", "2011-04-09")]),
        ("Dokument z dnia 3 stycznia 2020 roku.", None, [("3 stycznia 2020 roku", "2020-01-03")]),
        ("Wizyta 12 października 2019 w Seulu.", None, [("12 października 2019", "2019-10-12")]),
        # ranges
        (
            "Targi potrwają 23-24 kwietnia br. w Kielcach.",
            "2014-03-02",
            [("23-24 kwietnia br.", "2014-04-23/2014-04-24")],
        ),
        (
            "Targi odbyły się 23–24 kwietnia 2014 w Kielcach.",
            None,
            [("23–24 kwietnia 2014", "2014-04-23/2014-04-24")],
        ),
        (
            "Misja trwała 6 – 9 kwietnia 2011 roku.",
            None,
            [("6 – 9 kwietnia 2011 roku", "2011-04-06/2011-04-09")],
        ),
        ("Forum: 16 – 19 maja 2011, Poznań.", None, [("16 – 19 maja 2011", "2011-05-16/2011-05-19")]),
        (
            "Delegacja przebywała w Chinach od 6 do 9 kwietnia.",
            "2011-04-12",
            [("6 do 9 kwietnia", "2011-04-06/2011-04-09")],
        ),
        (
            "Konferencja odbędzie się w dniach 23-24 kwietnia.",
            "2015-01-10",
            [("23-24 kwietnia", "2015-04-23/2015-04-24")],
        ),
        (
            "Wystawa czynna od 30 kwietnia do 2 maja 2014 r.",
            None,
            [("30 kwietnia do 2 maja 2014 r.", "2014-04-30/2014-05-02")],
        ),
        (
            "Ferie trwały 30 grudnia 2013 – 2 stycznia 2014.",
            None,
            [("30 grudnia 2013 – 2 stycznia 2014", "2013-12-30/2014-01-02")],
        ),
        ("Szkolenie 15-17.04.2011 w Gdyni.", None, [("15-17.04.2011", "2011-04-15/2011-04-17")]),
        # months and years
        ("Umowę podpisano w maju 2023 roku.", None, [("maju 2023 roku", "2023-05")]),
        ("Fabryka ruszy w maju.", "2022-02-03", [("maju", "2022-05")]),
        ("Fabryka ruszy w maju.", None, [("maju", None)]),
        ("Raport za maj 2023 już dostępny.", None, [("maj 2023", "2023-05")]),
        ("Od października br. strefa ma nowego prezesa.", "2016-11-20", [("października br.", "2016-10")]),
        ("Zakład powstał w 2010 r. w Legnicy.", None, [("2010 r.", "2010")]),
        ("W 2016 roku strefa przyciągnęła inwestorów.", None, [("2016 roku", "2016")]),
        ("Firma działa od 1994 roku.", None, [("1994 roku", "1994")]),
        ("Budowę zakończono w 2015 w terminie.", None, [("2015", "2015")]),
        (
            "Na przełomie lat 2009 i 2010 powstał klaster.",
            None,
            [("Na przełomie lat 2009 i 2010", "2009/2010")],
        ),
        (
            "Na przełomie kwietnia i maja 2012 ruszy budowa.",
            None,
            [("Na przełomie kwietnia i maja 2012", "2012-04/2012-05")],
        ),
        ("Inwestycja ruszy w I kwartale 2024 r.", None, [("I kwartale 2024 r.", "2024-01/2024-03")]),
        ("Wyniki za III kwartał 2021 roku.", None, [("III kwartał 2021 roku", "2021-07/2021-09")]),
        (
            "W drugiej połowie 2023 roku otwarto biuro.",
            None,
            [("drugiej połowie 2023 roku", "2023-07/2023-12")],
        ),
        (
            "W pierwszym półroczu br. eksport wzrósł.",
            "2020-08-05",
            [("pierwszym półroczu br.", "2020-01/2020-06")],
        ),
        ("Program na lata 2014-2020 wspiera firmy.", None, [("2014-2020", "2014/2020")]),
        ("Projekt realizowany od maja do lipca 2023.", None, [("maja do lipca 2023", "2023-05/2023-07")]),
        # relative
        ("Wczoraj podpisano list intencyjny.", "2014-04-25", [("Wczoraj", "2014-04-24")]),
        ("Dziś w ratuszu gościła delegacja.", "2014-04-25", [("Dziś", "2014-04-25")]),
        ("Przedwczoraj otwarto biuro.", "2014-04-25", [("Przedwczoraj", "2014-04-23")]),
        ("Jutro (21.05) odbędzie się forum.", "2014-05-20", [("Jutro (21.05)", "2014-05-21")]),
        ("Pojutrze ruszą rozmowy.", "2014-05-20", [("Pojutrze", "2014-05-22")]),
        ("W piątek podpisano umowę.", "2014-04-23", [("piątek", "2014-04-18")]),
        ("W piątek odbędzie się spotkanie.", "2014-04-23", [("piątek", "2014-04-25")]),
        (
            "W najbliższą niedzielę odbędzie się festyn.",
            "2014-04-23",
            [("najbliższą niedzielę", "2014-04-27")],
        ),
        ("W ubiegły czwartek gościła delegacja.", "2014-04-23", [("ubiegły czwartek", "2014-04-17")]),
        (
            "W przyszłym tygodniu ruszą rozmowy.",
            "2014-04-23",
            [("W przyszłym tygodniu", "2014-04-28/2014-05-04")],
        ),
        ("W przyszłym miesiącu ruszą rozmowy.", "2014-12-23", [("W przyszłym miesiącu", "2015-01")]),
        ("Umowy zawarte w br. były liczne.", "2014-04-23", [("br.", "2014")]),
        ("Eksport w ub.r. wzrósł o 5 proc.", "2014-04-23", [("ub.r.", "2013")]),
        ("Eksport w ubiegłym roku wzrósł.", "2014-04-23", [("w ubiegłym roku", "2013")]),
        ("W tym roku strefa się powiększy.", "2019-06-01", [("W tym roku", "2019")]),
        # relative words need a published date at the right precision
        ("Wczoraj podpisano list intencyjny.", None, [("Wczoraj", None)]),
        ("Wczoraj podpisano list intencyjny.", "2014-04", [("Wczoraj", None)]),
        ("Targi potrwają 23-24 kwietnia br.", None, [("23-24 kwietnia br.", None)]),
        ("W piątek podpisano umowę.", None, [("piątek", None)]),
    ],
)
def test_find_dates(text: str, published: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stopa procentowa wynosi 2,75 proc.",
        "W projekcie uczestniczy 300 osób.",
        "Umowę zawarto z 11 partnerami z regionu.",
        "Eksport wzrósł o 45% w skali roku.",
        "Inwestycja warta 20 mld zł.",
        "Firmy mają nowe zamówienia i majątek rośnie.",
        "Majówka i majster nie są datami.",
        "Zabytki z XX wieku i XIX wieku.",
        "Dom przy ul. 3 Maja 12 w Opolu.",
        "Zatrudnienie znajdzie do 2020 osób.",
        "Spotkania odbywają się w piątki.",
        "Piątek to dobry dzień.",
        "Uchwała nr 12.2021 została przyjęta.",
        "Rozdział 4.1.1. opisuje zasady.",
        "Maja Kowalska została prezesem.",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert values(text, "2014-04-25") == []


def test_mention_fields() -> None:
    [m] = find_dates("Umowę podpisano 9 maja 2023 r. w Katowicach.")
    assert (m.start, m.end) == (16, 30)
    assert m.precision == "day"
    assert m.kind == "absolute"
    assert m.explicit_year is True
    [p] = find_dates("Umowę podpisano 9 maja.", "2023-06-01")
    assert p.kind == "partial" and p.explicit_year is False and p.value == "2023-05-09"
    [r] = find_dates("w dniach 6-9 kwietnia 2011")
    assert r.kind == "range" and r.precision == "day"
    [y] = find_dates("w 2010 r.")
    assert y.kind == "year" and y.precision == "year"
    [mo] = find_dates("w maju 2023")
    assert mo.kind == "month" and mo.precision == "month"
    [rel] = find_dates("wczoraj", "2014-04-25")
    assert rel.kind == "relative"
    [wd] = find_dates("w piątek", "2014-04-25")
    assert wd.kind == "weekday" and wd.weekday == 4
    [yr] = find_dates("w latach 2009-2014")
    assert yr.kind == "year_range" and yr.value == "2009/2014"


def test_year_from_full_date_in_same_sentence() -> None:
    text = "Wstępne rozmowy prowadzono 3 marca 2022 r., a targi zaplanowano na 20–22 marca."
    assert values(text) == [("3 marca 2022 r.", "2022-03-03"), ("20–22 marca", "2022-03-20/2022-03-22")]


def test_year_from_full_date_in_previous_sentence() -> None:
    text = "Umowę podpisano 3 marca 2022 r. Targi zaplanowano na 20–22 marca."
    assert values(text)[1] == ("20–22 marca", "2022-03-20/2022-03-22")


def test_no_year_from_sentences_further_away() -> None:
    text = "Umowę podpisano 3 marca 2022 r. Potem długo negocjowano. Targi zaplanowano na 20–22 marca."
    assert values(text)[1] == ("20–22 marca", None)


def test_published_wins_over_context() -> None:
    text = "Umowę podpisano 3 marca 2022 r. Targi zaplanowano na 20–22 marca."
    assert values(text, "2023-01-10")[1] == ("20–22 marca", "2023-03-20/2023-03-22")


def test_bare_year_is_no_context_for_partial_dates() -> None:
    assert values("W 2022 r. targi odbyły się 20 marca.") == [("2022 r.", "2022"), ("20 marca", None)]


def test_weekday_with_date_takes_matching_year_nearest_to_written_year() -> None:
    # 9 May was a Tuesday in 2017 and 2023; the text mentions 2016
    text = "Program na 2016 rok. Rozmowy odbyły się we wtorek 9 maja w Łodzi."
    assert values(text)[-1] == ("wtorek 9 maja", "2017-05-09")


def test_weekday_with_date_without_year_in_text_uses_latest_year_before_today() -> None:
    assert values("Rozmowy odbyły się we wtorek 9 maja w Łodzi.") == [("wtorek 9 maja", "2023-05-09")]
    early = find_dates("we wtorek 9 maja", today=dt.date(2023, 5, 8))
    assert early[0].value == "2017-05-09"


def test_weekday_with_date_and_published() -> None:
    assert values("We wtorek 9 maja ruszy budowa.", "2023-04-20") == [("wtorek 9 maja", "2023-05-09")]
    # the weekday fits the year after the published one (a December article about January)
    assert values("W środę 10 stycznia ruszy budowa.", "2023-12-20") == [("środę 10 stycznia", "2024-01-10")]


def test_two_dates_joined_by_conjunction() -> None:
    assert values("Spotkania 15 i 22 kwietnia 2015 w Opolu.") == [
        ("15", "2015-04-15"),
        ("22 kwietnia 2015", "2015-04-22"),
    ]


def test_published_value_forms_accepted() -> None:
    assert values("Wczoraj podpisano umowę.", "25.04.2014") == [("Wczoraj", "2014-04-24")]
    assert values("Wczoraj podpisano umowę.", "2014-04-25T08:00:00+02:00") == [("Wczoraj", "2014-04-24")]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("2014-04-25", "2014-04-25"),
        ("25.04.2014", "2014-04-25"),
        ("kwi 9, 2011", "2011-04-09"),
        ("9 kwietnia 2011", "2011-04-09"),
        ("2023-10", "2023-10"),
        ("2011", "2011"),
        ("2014-04-25T10:00:00+02:00", "2014-04-25"),
        ("2014-04-25 10:00", "2014-04-25"),
        ("Fri, 25 Apr 2014 10:00:00 +0200", "2014-04-25"),
        ("April 9, 2011", "2011-04-09"),
        ("maj 2023", "2023-05"),
        ("", None),
        ("jutro", None),
        ("2014-13-01", None),
    ],
)
def test_parse_published(raw: str, value: str | None) -> None:
    assert parse_published(raw) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nowa umowa strefy\ndate 2023-10\n\nKatowicka strefa podpisała umowę.", "2023-10"),
        ("Spotkanie w Katowicach 12.09.2023\nW ratuszu odbyło się spotkanie.", "2023-09-12"),
        ("kwi 9, 2011 | Katowice\nStrefa podpisała umowę.", "2011-04-09"),
        ("15 marca 2015\nStrefa podpisała umowę.", "2015-03-15"),
        ("Opublikowano: 3 lutego 2020 r.\nTreść artykułu.", "2020-02-03"),
        ("Umowa o współpracy\nStrefa podpisała umowę 9 maja 2011 r. z miastem i partnerami.", None),
        ("Krótki tytuł\nTreść bez żadnej daty.", None),
    ],
)
def test_find_dateline(text: str, value: str | None) -> None:
    assert find_dateline(text) == value


def test_dateline_only_in_the_head_of_the_text() -> None:
    # a date line in the middle of the text is none (one closing the text is: tests/extract/test_dates_s3.py)
    text = "Tytuł\n" + "Zdanie bez daty. " * 30 + "\n12.09.2023\n" + "Dalsze zdanie bez daty. " * 3
    assert find_dateline(text) is None


def test_date_spans_match_find_dates() -> None:
    text = "Umowę podpisano 9 maja 2023 r., a targi 23-24 kwietnia br. odbędą się w Kielcach."
    assert date_spans(text) == [(m.start, m.end) for m in find_dates(text)]


def test_speed_on_a_news_sized_text() -> None:
    text = (
        "Katowicka Specjalna Strefa Ekonomiczna podpisała we wtorek 9 maja porozumienie z agencją. "
        "Dokument podpisali przedstawiciele 11 partnerów z regionu. W ciągu trzech lat może powstać "
        "nawet 2 tys. miejsc pracy, a wartość inwestycji sięga 44 mld zł. Strefa działa od 1996 roku i "
        "obejmuje ponad 2,7 tys. ha terenów w 50 gminach. W ub.r. wydano 120 decyzji o wsparciu. "
        "Kolejne spotkanie zaplanowano na 23-24 kwietnia br. w Dąbrowie Górniczej. "
    ) * 4
    text = text[:2000]
    find_dates(text, "2024-05-10")
    runs = 50
    t0 = time.process_time()  # CPU time: other processes on the machine do not count
    for _ in range(runs):
        find_dates(text, "2024-05-10")
    per_call = (time.process_time() - t0) / runs
    # a guard against runaway patterns (catastrophic backtracking), not a benchmark: well under 1 ms a call
    assert per_call < 0.05


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Porozumienie\n\nTreść artykułu o współpracy.\n\nOpublikował: redakcja | Data publikacji: 23-09-2010 13:05",
            "2010-09-23",
        ),
        (
            "Photo News\n\n  • writer Biuro\n    Date2022-10-19 Views720\n\nOn Friday the zone signed.",
            "2022-10-19",
        ),
        ("Kluster\n3 июня 2015\nIn the beginning of June the cluster signed.", "2015-06-03"),
    ],
)
def test_find_dateline_labels_and_foreign_months(text: str, value: str) -> None:
    assert find_dateline(text) == value


def test_foreign_month_names_need_a_year() -> None:
    assert values("am 9. Mai 2014 in Berlin") == [("9. Mai 2014", "2014-05-09")]
    assert values("on 9 May 2011 in Warsaw") == [("9 May 2011", "2011-05-09")]
    assert values("Gościem był 2 Jan Kowalski, a 1 list intencyjny podpisano.") == []
