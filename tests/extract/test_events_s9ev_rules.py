"""Session 9 (ev6) rules, each with passages written for this file (invented companies, real towns): an investment
announced in the future is planned where a time is stated, by its own sentence or by a later sentence that tells a
step of the plant still to come (`milestone_word` and `plant_verb` of event_cues.tsv; a passage per milestone word); told as done, dated
before the article, or with no time stated, it stays done."""

from __future__ import annotations

import pytest

import kooperacja

PUBLISHED = "2024-05-10"


def investments(text: str, published: str | None = PUBLISHED) -> list[tuple[str | None, str]]:
    rec = kooperacja.extract(text, doc_id="t", published=published)
    return [(e.get("date"), e.get("status", "done")) for e in rec["events"] if e["type"] == "investment"]


@pytest.mark.parametrize(
    ("word", "text", "date"),
    [
        ("ruszyć", "Firma Lamex wybuduje zakład w Opolu. Produkcja ruszy w 2026 roku.", "2026"),
        ("ruszać", "Spółka Dremet postawi halę w Sanoku. Linia ma ruszać w październiku.", "2024-10"),
        ("wystartować", "W Nysie powstanie fabryka firmy Kolbex. Zakład ma wystartować w 2027 r.", "2027"),
        (
            "produkcja",
            "Koncern Pirex zbuduje fabrykę w Żarach. Początek produkcji przewidziano na 2026 rok.",
            "2026",
        ),
        (
            "otworzyć (gerund)",
            "W Płocku powstanie centrum danych spółki Serwit. Otwarcie zaplanowano na marzec 2025 roku.",
            "2025-03",
        ),
        (
            "uruchomić (gerund)",
            "Firma Wentra zbuduje nową linię w Kole. Uruchomienie linii przewidziano na lipiec.",
            "2024-07",
        ),
        (
            "rozpocząć (gerund)",
            "Grupa Stelko wybuduje magazyn w Strykowie. Rozpoczęcie budowy zaplanowano na wrzesień.",
            "2024-09",
        ),
        (
            "zakończyć (gerund)",
            "Spółka Ormet rozbuduje odlewnię w Śremie. Zakończenie prac przewidziano na 2025 rok.",
            "2025",
        ),
        ("zakończyć", "Firma Bortex zbuduje halę w Kaliszu. Budowa ma się zakończyć w grudniu.", "2024-12"),
        (
            "kończyć",
            "Spółka Tamex rozbuduje zakład w Turku. Prace będą się kończyć w listopadzie.",
            "2024-11",
        ),
    ],
)
def test_a_later_step_to_come_dates_an_announced_investment(word: str, text: str, date: str) -> None:
    assert investments(text) == [(date, "planned")], word


@pytest.mark.parametrize(
    "text",
    [
        # the plant told as done: a later date is no plan of it
        "Firma Lamex otworzyła zakład w Opolu. Produkcja ruszy w 2026 roku.",
        # the step told in the past
        "Firma Lamex wybuduje drugi zakład w Opolu. Produkcja w pierwszym ruszyła w 2019 roku.",
        # a limit, not a time
        "Spółka Metalex zbuduje halę w Gorzowie, która ma powstać do końca 2026 roku.",
        # no time stated
        "Spółka Metalex zbuduje halę w Gorzowie. Zatrudni w niej 80 osób.",
    ],
)
def test_an_investment_done_or_with_no_time_to_come_stays_done(text: str) -> None:
    assert [status for _d, status in investments(text)] == ["done"], text


def test_a_stated_time_before_the_article_is_no_plan() -> None:
    assert [
        s for _d, s in investments("Firma Lamex zbuduje zakład w Opolu. Produkcja ruszy w 2023 roku.")
    ] == ["done"]
