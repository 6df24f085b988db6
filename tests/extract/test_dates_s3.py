"""Event dates, session 3: relative adjectives of the year, and (below) more ways a text dates its events."""

from __future__ import annotations

from kooperacja import extract
from kooperacja.text.dates import find_dates


def _dates(text: str, typ: str, published: str | None = "2024-03-20") -> list[str | None]:
    record = extract(text, doc_id="t", published=published)
    return [e.get("date") for e in record["events"] if e["type"] == typ]


def test_this_years_edition_is_the_publication_year() -> None:
    values = [d.value for d in find_dates("W tegorocznej edycji konkursu wygrała firma z Opola.", "2024-03-20")]
    assert values == ["2024"]


def test_last_years_winner_dates_nothing() -> None:
    assert find_dates("Pokonał ubiegłorocznego zwycięzcę konkursu.", "2024-03-20") == []
