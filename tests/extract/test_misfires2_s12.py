"""Misfires other helpers of session s12 named and left (issue 8, mis14): each fix has a sentence of our own that
shows the misfire (it failed before the fix) and a near miss of the rule's intended case that must still fire.
Every firm, place and sentence is invented."""

from __future__ import annotations

from typing import Any

import pytest

import kooperacja.extract as ex


def _record(text: str) -> dict[str, Any]:
    return ex.extract(text, published="2025-03-01")


def _types(text: str) -> list[str]:
    return sorted(ev["type"] for ev in _record(text)["events"])


def _orgs(text: str) -> set[str]:
    return {e["name"] for e in _record(text)["entities"] if e["type"] == "organization"}


# --- 1. a work that comes into being beside a plant noun builds nothing


def test_a_sculpture_arising_in_a_plants_yard_is_no_investment() -> None:
    assert _types("Przed bramą fabryki firmy Oknolux w Kole powstał pomnik założyciela.") == []


def test_a_hall_arising_is_still_an_investment() -> None:
    assert "investment" in _types("W Kole powstała nowa hala firmy Oknolux.")


# --- 2. a crowd counted by a plural noun of quantity visits nobody


@pytest.mark.parametrize("many", ["Setki", "Dziesiątki", "Tłumy"])
def test_a_crowd_of_guests_is_no_visit(many: str) -> None:
    assert _types(f"{many} gości przybyły na dni otwarte do Gniezna.") == []


def test_a_named_delegation_still_visits() -> None:
    assert _types("Do Gniezna przyjechali przedstawiciele spółki Oknolux z Kalisza.") == ["visit"]


# --- 4. a verb of coming before an amount of land or money: a quantity grows, nobody arrives


def test_hectares_added_to_a_park_are_no_visit() -> None:
    assert _types("Parkowi przemysłowemu w Kole przybywa 15 ha terenów pod fabrykę firmy Oknolux.") == []


def test_a_counted_delegation_of_a_firm_still_visits() -> None:
    assert _types("Do Koła przybyło 8 przedstawicieli koncernu Oknolux.") == ["visit"]


# --- 5. a dream is no event


@pytest.mark.parametrize(
    "text",
    [
        "Marzeniem burmistrza jest fabryka firmy Oknolux w Kole.",
        "Zarząd spółki Oknolux marzy o budowie drugiego zakładu w Kole.",
    ],
)
def test_a_dreamt_plant_is_no_investment(text: str) -> None:
    assert _types(text) == []


def test_a_plant_built_that_was_dreamt_of_is_an_investment() -> None:
    assert _types("Spółka Oknolux otworzyła w Kole zakład, o którym marzyła od dekady.") == ["investment"]


# --- 9. a conditional glued to a conjunction opens no name


@pytest.mark.parametrize("word", ["Gdybyście", "Gdybyśmy", "Jeślibyśmy"])
def test_a_conjunction_with_a_glued_conditional_is_no_firm(word: str) -> None:
    assert _orgs(f"{word} otworzyli tu biuro, pomoglibyśmy – powiedział wójt prezesowi firmy Oknolux.") == {
        "Oknolux"
    }


def test_a_past_verb_with_a_glued_conditional_is_still_a_wish() -> None:
    assert _types("Spółka Oknolux zbudowałaby zakład w Kole, gdyby dostała grunt.") == []
