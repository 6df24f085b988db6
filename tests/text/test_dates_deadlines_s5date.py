"""Date grammar, session 5: limits before a date ("do końca 2021 r.") and parts of the current year."""

from __future__ import annotations

import pytest

from kooperacja.text.dates import find_dates

# one invented phrase for each row of role deadline (and deadline_link) in data/pl/date_words.tsv
DEADLINES = [
    "Hala stanie do 2025 r.",
    "Prace potrwają do końca 2021 r.",
    "Nabór potrwa do połowy 2024 r.",
    "Umowa obowiązuje aż do 2026 roku.",
    "Wnioski przyjmujemy do dnia 15 maja 2023 r.",
    "Strefa działa do roku 2026.",
    "Zakład ruszy najpóźniej w 2023 r.",
    "Zakład ruszy najpóźniej do 2023 r.",
    "Plan przyjmą nie później niż w 2024 roku.",
    "Budowa skończy się przed końcem 2020 roku.",
    "Dotacja przysługuje nie dłużej niż do 2027 r.",
    "Spłata nastąpi ostatecznie do 2030 r.",
    "Firma dostała grant z terminem 30 czerwca 2022 r.",
    "Raport trzeba złożyć w terminie do 10 marca 2021 r.",
    "Termin 12 kwietnia 2022 r. jest ostateczny.",
    "Inwestycja ma być gotowa najpóźniej we wrześniu 2022 r.",
    "Odbiór nastąpi najpóźniej dnia 4 maja 2022 r.",
    "Kontrakt wygaśnie nie później niż do dnia 1 lipca 2025 r.",
    "Prace potrwają najpóźniej do końca 2024 r.",
]


@pytest.mark.parametrize("text", DEADLINES)
def test_a_date_after_a_limit_is_a_deadline(text: str) -> None:
    found = find_dates(text, "2020-01-10")
    assert found and all(m.deadline for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Umowę podpisano 5 marca 2020 r. w Opolu.",
        "Od 3 do 5 czerwca 2019 r. trwały targi.",
        "W latach 2019-2021 strefa wydała 40 zezwoleń.",
        "W 2020 r. firma otworzyła zakład.",
    ],
)
def test_a_date_or_a_range_without_a_limit_is_no_deadline(text: str) -> None:
    found = find_dates(text, "2020-01-10")
    assert found and not any(m.deadline for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Na początku roku firma przeniosła biuro.",
        "Z początkiem roku gmina zmieniła plan.",
        "W połowie roku klaster przyjął nowych członków.",
        "Pod koniec roku otwarto halę.",
        "Z końcem roku wygasła umowa najmu.",
        "Na koniec roku strefa miała 90 inwestorów.",
    ],
)
def test_a_part_of_the_year_is_the_year_of_publication(text: str) -> None:
    assert [m.value for m in find_dates(text, "2022-05-12")] == ["2022"]
