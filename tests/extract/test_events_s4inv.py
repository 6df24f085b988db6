"""Events, session 4 (issue 8, items 3, 5 and 7): parties named in the sentence before ("obie strony"), the
passive to come ("ma być podpisana"), and a plan dated by the occasion it belongs to (sentences written for the
tests)."""

from __future__ import annotations

import pytest
from tests.extract.test_events_figures import events_of


@pytest.mark.parametrize(
    "second",
    [
        "Wczoraj obie strony podpisały umowę o współpracy.",
        "Strony podpisały wczoraj umowę o współpracy.",
        "Wczoraj współpraca obu instytucji została potwierdzona podpisaniem umowy.",
    ],
)
def test_both_parties_are_the_ones_named_in_the_sentence_before(second: str) -> None:
    text = "Metalex S.A. i Politechnika Łódzka od lat prowadzą wspólne badania. " + second
    agreements = [e for e in events_of(text, published="2024-05-10") if e["type"] == "agreement"]
    assert [{n for n, _ in e["roles"]} for e in agreements] == [{"Metalex S.A.", "Politechnika Łódzka"}], text


def test_both_parties_do_not_reach_over_a_paragraph() -> None:
    text = (
        "Metalex S.A. i Politechnika Łódzka od lat prowadzą wspólne badania.\n\nObie strony podpisały umowę."
    )
    assert [e for e in events_of(text, published="2024-05-10") if e["type"] == "agreement"] == []


def test_a_signing_to_come_with_no_date_is_no_event() -> None:
    assert (
        events_of("Umowa między Gminą Kutno a Spółką Metalex ma być podpisana.", published="2024-05-10") == []
    )


def test_may_be_is_still_no_plan() -> None:
    evs = events_of(
        "Gmina Kutno podpisała umowę ze Spółką Metalex, a współpraca ma być bardzo owocna.",
        published="2024-05-10",
    )
    assert [(e["type"], e["status"]) for e in evs] == [("agreement", "done")]


def test_an_investment_to_be_placed_is_announced() -> None:
    evs = events_of("W Kutnie ma być ulokowana inwestycja spółki Metalex.", published="2024-05-10")
    assert [(e["type"], e["status"]) for e in evs] == [("investment", "done")]


def test_a_signing_planned_within_a_dated_visit_takes_the_visits_date() -> None:
    text = (
        "W dniach 12-13 listopada 2015 r. delegacja Izby Rzemieślniczej w Kutnie złoży wizytę w Lipsku. "
        "W ramach wizyty ma być podpisana umowa o współpracy między Izbą Rzemieślniczą w Kutnie a Izbą "
        "Rzemieślniczą w Lipsku."
    )
    agreements = [e for e in events_of(text) if e["type"] == "agreement"]
    assert [(e["date"], e["status"]) for e in agreements] == [("2015-11-12/2015-11-13", "planned")]


def test_a_plan_that_names_no_occasion_stays_dropped() -> None:
    text = (
        "W dniach 12-13 listopada 2015 r. delegacja Izby Rzemieślniczej w Kutnie złoży wizytę w Lipsku. "
        "Kiedyś ma być podpisana umowa o współpracy między Izbą Rzemieślniczą w Kutnie a Izbą "
        "Rzemieślniczą w Lipsku."
    )
    assert [e for e in events_of(text) if e["type"] == "agreement"] == []


def test_took_place_is_no_plan() -> None:
    text = "W dniach 6-9 czerwca 2023 r. miała miejsce misja gospodarcza Izby Handlowej Alfa do Kairu."
    evs = events_of(text, published="2023-06-20")
    assert [(e["type"], e["status"]) for e in evs] == [("visit", "done")]
