"""The date rules and rows of session 10, each with a sentence in our own words: relative phrases counted back from
the article's date ("dwa dni temu", "przed tygodniem", "na początku tygodnia", "w minionym miesiącu"), the weekday
after "miniony", a past month later in the year than the article's (last year's), a link line's date that is no
dateline, a day that narrows the sentence's year, and a "since" date that is no time of a signing."""

from __future__ import annotations

import pytest

from kooperacja import extract
from kooperacja.text.dates import find_dateline, find_dates

# (phrase in a sentence, the article's date, the value the phrase takes)
RELATIVE: list[tuple[str, str, str]] = [
    ("Dwa dni temu gmina ogłosiła przetarg.", "2022-03-10", "2022-03-08"),
    ("Trzy dni temu spółka zmieniła zarząd.", "2022-03-10", "2022-03-07"),
    ("Cztery dni temu ruszyła budowa hali.", "2022-03-10", "2022-03-06"),
    ("Pięć dni temu otwarto nowe biuro.", "2022-03-10", "2022-03-05"),
    ("Przed dwoma dniami podpisano aneks.", "2022-03-10", "2022-03-08"),
    ("Przed trzema dniami przyjechali goście.", "2022-03-10", "2022-03-07"),
    ("Tydzień temu firma przeniosła siedzibę.", "2022-03-10", "2022-03-03"),
    ("Przed tygodniem zakończono odbiory.", "2022-03-10", "2022-03-03"),
    ("Dwa tygodnie temu ruszyła produkcja.", "2022-03-10", "2022-02-24"),
    ("Przed dwoma tygodniami wmurowano kamień węgielny.", "2022-03-10", "2022-02-24"),
    ("Na początku tygodnia ruszyły zapisy.", "2022-03-10", "2022-03-07/2022-03-13"),
    ("W połowie tygodnia zbierze się rada.", "2022-03-10", "2022-03-07/2022-03-13"),
    ("Pod koniec tygodnia poznamy wyniki.", "2022-03-10", "2022-03-07/2022-03-13"),
    ("Na początku ubiegłego tygodnia otwarto biuro.", "2022-03-10", "2022-02-28/2022-03-06"),
    ("Pod koniec ubiegłego tygodnia podpisano aneks.", "2022-03-10", "2022-02-28/2022-03-06"),
    ("W minionym tygodniu gościliśmy inwestorów.", "2022-03-10", "2022-02-28/2022-03-06"),
    ("Na początku miesiąca ruszyła rekrutacja.", "2022-03-10", "2022-03"),
    ("W połowie miesiąca zapadnie decyzja.", "2022-03-10", "2022-03"),
    ("Pod koniec miesiąca odbędzie się sesja.", "2022-03-10", "2022-03"),
    ("Na początku ubiegłego miesiąca zmieniono regulamin.", "2022-03-10", "2022-02"),
    ("Pod koniec ubiegłego miesiąca otwarto halę.", "2022-03-10", "2022-02"),
    ("W minionym miesiącu przybyło pięciu inwestorów.", "2022-03-10", "2022-02"),
    ("Miesiąc temu gmina kupiła grunty.", "2022-03-10", "2022-02"),
    ("Przed miesiącem zmienił się prezes.", "2022-03-10", "2022-02"),
    ("Dwa miesiące temu ruszył nabór.", "2022-03-10", "2022-01"),
    ("Przed dwoma miesiącami rozpoczęto prace.", "2022-03-10", "2022-01"),
    ("W minionym roku strefa sprzedała 40 ha.", "2022-03-10", "2021"),
    ("Dwa lata temu firma weszła do Polski.", "2022-03-10", "2020"),
    ("Przed dwoma laty powstał klaster.", "2022-03-10", "2020"),
    ("Przed dwoma latami otwarto biuro w Łodzi.", "2022-03-10", "2020"),
    ("Trzy lata temu zakład zatrudniał 50 osób.", "2022-03-10", "2019"),
    ("Przed trzema laty gmina uchwaliła plan.", "2022-03-10", "2019"),
    ("Przed trzema latami spółka zmieniła nazwę.", "2022-03-10", "2019"),
    ("Podczas ubiegłotygodniowego forum firmy podpisały umowy.", "2022-03-10", "2022-02-28/2022-03-06"),
    ("Na zeszłotygodniowej sesji radni przyjęli plan.", "2022-03-10", "2022-02-28/2022-03-06"),
    ("Na przyszłotygodniowej konferencji poznamy wyniki.", "2022-03-10", "2022-03-14/2022-03-20"),
    # a day of the article's month
    ("Umowę podpisano 7 bm. w Kielcach.", "2022-03-10", "2022-03-07"),
    ("Dnia 4 b.m. zebrała się rada.", "2022-03-10", "2022-03-04"),
    # a weekday after "miniony" is the last such day before the article's
    ("W miniony wtorek zebrała się rada nadzorcza.", "2022-03-10", "2022-03-08"),
    ("W minioną środę odbyło się spotkanie.", "2022-03-10", "2022-03-09"),
]


@pytest.mark.parametrize(("text", "published", "value"), RELATIVE, ids=[t for t, _, _ in RELATIVE])
def test_relative_phrase(text: str, published: str, value: str) -> None:
    values = [m.value for m in find_dates(text, published)]
    assert values == [value]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a month later in the year than the article's, told in the past, was last year's
        ("W listopadzie spółka otworzyła nowy magazyn.", "2023-02-14", "2022-11"),
        ("12 grudnia spółka podpisała umowę z gminą.", "2023-01-20", "2022-12-12"),
        ("Od 1 do 3 października spółka gościła inwestorów.", "2023-02-14", "2022-10-01/2022-10-03"),
        # told to come, or earlier in the year: this year's
        ("W listopadzie spółka otworzy nowy magazyn.", "2023-02-14", "2023-11"),
        ("W styczniu spółka otworzyła nowy magazyn.", "2023-02-14", "2023-01"),
    ],
)
def test_past_month_after_the_article_is_last_years(text: str, published: str, value: str) -> None:
    assert [m.value for m in find_dates(text, published)] == [value]


@pytest.mark.parametrize(
    "link",
    ["Czytaj także", "Zobacz też", "Przeczytaj również", "Polecamy", "Czytaj więcej", "Powiązane artykuły"],
)
def test_a_link_lines_date_is_no_dateline(link: str) -> None:
    text = f"Nowa hala w Kaliszu\n{link}: Strefa sprzedała działki (03.04.2019)\nSpółka Termo otworzyła halę."
    assert find_dateline(text) is None
    assert find_dateline("Nowa hala w Kaliszu\nStrefa sprzedała działki 03.04.2019\nSpółka otworzyła halę.")


def test_a_day_narrows_the_sentences_year() -> None:
    text = (
        "Tegoroczna konferencja Forum Metali odbyła się 14 maja w Kielcach. Zorganizowała ją Izba Hutnicza."
    )
    record = extract(text, doc_id="narrow", published="2024-06-02")
    assert [e["date"] for e in record["events"] if e["type"] == "conference"] == ["2024-05-14"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Spółka Alfabud, notowana na giełdzie od 1 marca 2021 r., podpisała umowę o współpracy z Politechniką Opolską.",
            None,
        ),
        ("Spółka Alfabud od 1 kwietnia 2021 r. podpisała umowę o współpracy z Politechniką Opolską.", None),
        # a state told by a noun dates from when it holds
        ("Rybnik i Dorsten są miastami partnerskimi od 1995 roku.", "1995"),
        (
            "Spółka Alfabud podpisała 1 kwietnia 2021 r. umowę o współpracy z Politechniką Opolską.",
            "2021-04-01",
        ),
    ],
)
def test_a_since_date_is_no_time_of_a_signing(text: str, date: str | None) -> None:
    record = extract(text, doc_id="since")
    dates = [e["date"] for e in record["events"] if e["type"] == "agreement"]
    assert dates == [date]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We wtorek i środę w Opolu trwało forum.", "2025-06-24/2025-06-25"),
        ("W poniedziałek i we wtorek odbyły się warsztaty.", "2025-06-23/2025-06-24"),
        ("Od poniedziałku do środy trwały targi.", "2025-06-23/2025-06-25"),
        ("W czwartek–piątek odbyły się targi.", "2025-06-19/2025-06-20"),
        ("W piątek i wtorek odbyły się dwa spotkania.", "2025-06-20"),
    ],
)
def test_two_weekdays_make_a_range(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, "2025-06-26")][0] == value


@pytest.mark.parametrize(
    ("ordinal", "date"),
    [("Pierwszego dnia", "2024-06-03"), ("Drugiego dnia", "2024-06-04"), ("Ostatniego dnia", "2024-06-05")],
)
def test_an_ordinal_day_of_the_occasion_dates_a_signing(ordinal: str, date: str) -> None:
    text = (
        "Forum Przemysłu odbyło się 3-5 czerwca 2024 r. w Kielcach. Organizatorem była Izba Alfa. "
        f"{ordinal} forum Miasto Kielce podpisało umowę o współpracy z Politechniką Świętokrzyską."
    )
    record = extract(text, doc_id="nth")
    assert [e["date"] for e in record["events"] if e["type"] == "agreement"] == [date]
    assert {e["date"] for e in record["events"] if e["type"] == "conference"} == {"2024-06-03/2024-06-05"}


def test_one_of_a_series_takes_the_series_date() -> None:
    text = (
        "Kielce, 12 marca 2024\nZarząd Strefy Alfa wydał w poniedziałek trzy decyzje o wsparciu. Pierwszą "
        "otrzymała spółka Metalbud.\n\nDrugą decyzję otrzymała firma Kowex z Buska. Spółka wybuduje halę."
    )
    record = extract(text, doc_id="series")
    assert [e["date"] for e in record["events"] if e["type"] == "investment"] == ["2024-03-11", "2024-03-11"]
    # with no series named before, the ordinal dates nothing
    alone = extract("Kielce, 12 marca 2024\n\nDrugą decyzję otrzymała firma Kowex z Buska.", doc_id="alone")
    assert [e["date"] for e in alone["events"] if e["type"] == "investment"] in ([], [None])


@pytest.mark.parametrize(
    ("lead", "date"), [("Od stycznia", None), ("W styczniu", "2024-01")], ids=["since", "in"]
)
def test_a_since_date_is_no_time_of_an_investment(lead: str, date: str | None) -> None:
    text = f"{lead} spółka Metalbud zainwestowała w zakład w Kielcach 20 mln zł."
    record = extract(text, doc_id="since-inv", published="2024-05-10")
    assert [e["date"] for e in record["events"] if e["type"] == "investment"] == [date]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Opole / 14.05.2025 / Aut. Jan Lis", "2025-05-14"),
        ("Nysa, 3.02.2025 r. / JK", "2025-02-03"),
        ("Radio Opole, 30.11.2025, 16:45 | Oprac. MK", "2025-11-30"),
        ("Opole, 14.05.2025, Anna Lis", "2025-05-14"),
        ("Opole, 14 maja 2025 r. (PAP)", "2025-05-14"),
        ("14.05.2025 r. godz. 10.15", "2025-05-14"),
        # words of a sentence after the date: a title, no byline
        ("Targi w Opolu, 14.05.2025, zapraszamy wystawców", None),
    ],
)
def test_a_byline_with_place_date_and_credit_is_a_dateline(line: str, value: str | None) -> None:
    assert find_dateline(f"Nowa hala w strefie\n\n{line}\n\nSpółka Termo otworzyła halę.") == value


@pytest.mark.parametrize(
    ("noun", "after"),
    [
        ("Giełda Kooperacyjna Metal odbyła", "Podczas giełdy"),
        ("Konwent Przedsiębiorców odbył", "Na konwencie"),
    ],
)
def test_a_signing_at_a_named_gathering_takes_its_day(noun: str, after: str) -> None:
    text = (
        f"Toruń, 23 października 2026\n{noun} się we wtorek w Toruniu. Organizatorem była Izba Alfa.\n\n"
        f"{after} firma Elbud i spółka Kowex podpisały list intencyjny."
    )
    record = extract(text, doc_id="gathering")
    assert [e["date"] for e in record["events"] if e["type"] == "letter_of_intent"] == ["2026-10-20"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Spółka Metalbud podpisała list intencyjny z Politechniką Świętokrzyską.", "2024-05-05"),
        (
            "Już w poniedziałek spółka Metalbud podpisała list intencyjny z Politechniką Świętokrzyską.",
            "2024-04-29",
        ),
    ],
)
def test_a_signing_reported_as_news_takes_the_article_day_or_its_own(text: str, date: str | None) -> None:
    record = extract(f"Kielce, 5 maja 2024\n{text}", doc_id="already")
    assert [e["date"] for e in record["events"] if e["type"] == "letter_of_intent"] == [date]
