"""Dates whose year the text leaves to the reader (issue 8, point 7). Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

from kooperacja.text.dates import find_dates

TODAY = dt.date(2026, 12, 4)


def values(text: str, published: str | None = None) -> list[str | None]:
    return [d.value for d in find_dates(text, published, today=TODAY)]


def test_this_year_with_a_weekday_and_no_document_date_takes_the_weekdays_year() -> None:
    # 5 March fell on a Wednesday in 2025: "br." cannot be read without the article's date, the weekday can
    assert values("Rektor, który w środę, 5 marca br. podpisał umowę z miastem, mówił o stażach.") == [
        "2025-03-05"
    ]


def test_this_year_with_a_weekday_and_a_document_date_keeps_the_document_year() -> None:
    assert values("W środę, 5 marca br. podpisano umowę.", "2025-03-07") == ["2025-03-05"]


def test_this_year_without_a_weekday_and_without_a_document_date_stays_unknown() -> None:
    assert values("Umowę podpisano 5 marca br. w ratuszu.") == [None]
