"""Sentences of our own for the fixes made after rev4's review of the session's (s10) event rules (fixev12):
each counter-example in other words, beside a guard that the rule's own case still works where the rule stays."""

from __future__ import annotations

import pytest

import kooperacja

PUBLISHED = "2024-05-10"


def _parties(text: str, typ: str) -> list[set[str]]:
    """The names taking part in each event of type `typ` of a text."""
    rec = kooperacja.extract(text, doc_id="r", published=PUBLISHED)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [{names[p["entity"]] for p in ev["participants"]} for ev in rec["events"] if ev["type"] == typ]


# 1. an organisation right after an unnamed gathering noun acts: it is no name of the gathering


@pytest.mark.parametrize(
    ("text", "typ", "parties"),
    [
        (
            "Podczas forum Orlen i Enea podpisały list intencyjny w sprawie magazynów energii.",
            "letter_of_intent",
            {"Orlen", "Enea"},
        ),
        ("W czasie targów Kolmex podpisał umowę ze spółką Dravit.", "agreement", {"Kolmex", "Dravit"}),
        ("W ramach kongresu Lubtex zawarł umowę z firmą Orvit.", "agreement", {"Lubtex", "Orvit"}),
    ],
)
def test_an_actor_after_a_gathering_noun_is_no_name_of_it(text: str, typ: str, parties: set[str]) -> None:
    assert parties in _parties(text, typ)
    for conf in _parties(text, "conference"):
        assert conf >= parties or not conf, "the gathering may not take one signatory as its name"


@pytest.mark.parametrize(
    "text",
    [
        "Podczas targów Expo Nord spółka Korvix i firma Baltmet podpisały umowę o dostawach.",
        "Podczas targów Expo Nord w Gdyni spółka Korvix i firma Baltmet podpisały umowę o dostawach.",
    ],
)
def test_a_named_fair_before_its_actors_stays_a_conference(text: str) -> None:
    assert {"Korvix", "Baltmet"} in _parties(text, "agreement")
    assert any(conf >= {"Korvix", "Baltmet"} for conf in _parties(text, "conference"))


def test_a_named_fair_before_an_acronym_stays_a_conference() -> None:
    text = (
        "Pomorski Klaster Technologiczny (PKT) szuka partnerów za granicą. Podczas targów Nordexpo w Hamburgu PKT "
        "i niemiecka firma Nordnetz podpisały umowę o współpracy."
    )
    parties = {"Pomorski Klaster Technologiczny", "Nordnetz"}
    assert parties in _parties(text, "agreement")
    assert any(conf >= parties for conf in _parties(text, "conference"))


# 2-5. "dzięki/we współpracy z X" is no cooperation of its own (the trigger rows went): a list after it paired
# among itself, a plan or a wish told with it, a study or a training made with a partner


@pytest.mark.parametrize(
    "text",
    [
        "Dzięki współpracy z firmami Hydrex, Lamet i Polbud spółka Orvit podwoiła eksport.",
        "Dzięki współpracy z firmą Hydrex zamierzamy w przyszłym roku wejść na rynek czeski – zapowiada prezes "
        "spółki Orvit Adam Kos.",
        "– Dzięki współpracy z firmą Hydrex moglibyśmy zwiększyć produkcję – mówi prezes spółki Orvit.",
        "Raport przygotowała spółka Orvit we współpracy z firmą Deloitte.",
        "Analizę rynku wykonała firma Dravit we współpracy z Uniwersytetem Łódzkim.",
        "Cech Rzemiosł Orvit we współpracy z Urzędem Miasta Radom zorganizował szkolenie dla eksporterów.",
    ],
)
def test_a_phrase_of_means_is_no_cooperation(text: str) -> None:
    assert _parties(text, "cooperation") == []


def test_the_action_told_with_a_phrase_of_means_stays() -> None:
    text = "Spółka Orvit we współpracy z firmą Hydrex uruchomiła nową linię produkcyjną w Radomiu."
    assert any("Orvit" in parties for parties in _parties(text, "investment"))


def test_a_cooperation_stated_by_its_verb_stays() -> None:
    text = "Spółka Orvit nawiązała współpracę z firmą Hydrex w zakresie dostaw stali."
    assert {"Orvit", "Hydrex"} in _parties(text, "cooperation")
