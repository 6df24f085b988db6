"""Event dates and status, session 11: the rules for an investment's time to come, each with its near miss.

Every sentence is written for this test. What the real gold does: a stated completion or production start of an
investment only to come is its time (`planned` then: dev 051, tune v029); a limit ("do końca 2021 roku") is no
time of the investment (dev 073)."""

from __future__ import annotations

from kooperacja import extract


def _investment(text: str, published: str | None = None) -> dict:
    events = [e for e in extract(text, published=published)["events"] if e["type"] == "investment"]
    assert len(events) == 1, events
    return events[0]


def test_ready_in_the_middle_of_a_year_is_the_planned_time() -> None:
    e = _investment(
        "Opole, 10.04.2026\nSpółka Kerbud otrzymała decyzję o wsparciu w Wałbrzyskiej Specjalnej Strefie "
        "Ekonomicznej. Firma wybuduje halę magazynową za 25 mln zł.\n\nNowa hala ma być gotowa w połowie 2028 roku."
    )
    assert (e["date"], e.get("status")) == ("2028", "planned")


def test_ready_by_the_end_of_a_year_is_a_limit_not_a_time() -> None:
    e = _investment(
        "Opole, 10.04.2026\nSpółka Kerbud otrzymała decyzję o wsparciu w Wałbrzyskiej Specjalnej Strefie "
        "Ekonomicznej. Firma wybuduje halę magazynową za 25 mln zł.\n\nNowa hala ma być gotowa do końca 2028 roku."
    )
    assert e["date"] is None
    assert e.get("status", "done") == "done"


def test_decision_then_start_of_production_is_planned() -> None:
    e = _investment(
        "Kutno, 3 czerwca 2025\nFirma Lenpol otrzymała decyzję o wsparciu od Łódzkiej Specjalnej Strefy "
        "Ekonomicznej na budowę zakładu w Kutnie. Produkcja ruszy w przyszłym roku."
    )
    assert (e["date"], e.get("status")) == ("2026", "planned")


def test_plant_opened_then_start_of_production_stays_done() -> None:
    e = _investment(
        "Kutno, 3 czerwca 2025\nFirma Lenpol otworzyła w Łódzkiej Specjalnej Strefie Ekonomicznej nowy zakład. "
        "Produkcja seryjna ruszy w przyszłym roku."
    )
    assert e.get("status", "done") == "done"


def test_investing_this_year_is_planned_in_the_year() -> None:
    e = _investment(
        "Gliwice, 20 stycznia 2024 r.\nSpółka Metalform zainwestuje w tym roku 14 mln zł w nową linię lakierniczą "
        "w Katowickiej Specjalnej Strefie Ekonomicznej."
    )
    assert (e["date"], e.get("status")) == ("2024", "planned")


def test_invested_this_year_stays_done() -> None:
    e = _investment(
        "Gliwice, 20 listopada 2024 r.\nSpółka Metalform uruchomiła w tym roku nową linię lakierniczą w Katowickiej "
        "Specjalnej Strefie Ekonomicznej."
    )
    assert e.get("status", "done") == "done"
