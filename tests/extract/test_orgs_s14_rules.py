"""The rules of session 14 (helper name14) on organisation names, each with its own sentence and a near miss that
must not fire. Every sentence is invented."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja import extract


def _entities(text: str) -> list[dict[str, Any]]:
    return extract(text, doc_id="rules-s14-name14", published="2026-12-05")["entities"]


def _orgs(text: str) -> dict[str, list[str]]:
    return {e["name"]: e.get("aliases", []) for e in _entities(text) if e["type"] == "organization"}


# --- a school's head before its patron opens a name at a sentence's start ("Technikum im. X")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Technikum im. Jana Lisa w Opolu zaprosiło firmę Kormax.", "Technikum im. Jana Lisa w Opolu"),
        ("Liceum im. Marii Wolnej w Sanoku gościło firmę Kormax.", "Liceum im. Marii Wolnej w Sanoku"),
    ],
)
def test_a_head_before_its_patron_opens_a_name(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_a_common_school_noun_is_no_name() -> None:
    assert set(_orgs("Absolwenci technikum w Opolu znajdą pracę w firmie Kormax.")) == {"Kormax"}


# --- an inner abbreviation glued to the next word of the name ("St.Anna")


def test_an_abbreviation_glued_to_the_next_word_stays_in_the_name() -> None:
    assert "Dom Kultury St.Anna" in _orgs('Umowę podpisano w oparciu o "Dom Kultury St.Anna".')


def test_an_abbreviation_with_a_space_still_joins() -> None:
    assert "Dom Kultury St. Anna" in _orgs("Dom Kultury St. Anna gościł firmę Kormax.")


def test_a_glued_and_a_spaced_saint_key_alike() -> None:
    orgs = _orgs("Dom Kultury Saint-Anne otwarto w maju. W oparciu o Dom Kultury St.Anne działa klub.")
    assert [n for n in orgs if n.startswith("Dom Kultury")] == ["Dom Kultury Saint-Anne"]


# --- a foreign translation in brackets after a Polish name is its alias, and never its main name


def test_a_translation_with_foreign_connectors_is_an_alias() -> None:
    orgs = _orgs(
        "Mazurska Agencja Rozwoju i Handlu (Masurian Development and Trade Agency) wsparła firmę Kormax."
    )
    assert orgs["Mazurska Agencja Rozwoju i Handlu"] == ["Masurian Development and Trade Agency"]


def test_a_longer_translation_does_not_become_the_name() -> None:
    orgs = _orgs("Śląski Klaster Wodny (Water Cluster of Silesia) zrzesza 30 firm.")
    assert orgs.get("Śląski Klaster Wodny") == ["Water Cluster of Silesia"]


def test_polish_words_in_brackets_are_no_translation() -> None:
    orgs = _orgs("Umowę podpisała Agencja Rozwoju Miasta (Nowak i Synowie) oraz firma Kormax.")
    assert "Nowak i Synowie" not in orgs.get("Agencja Rozwoju Miasta", [])


# --- a name with its town after "w" and the same name opened by the town's adjective are one body


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Izba Gospodarcza w Sanoku podpisała umowę z firmą Kormax. Sanocka Izba Gospodarcza zorganizuje kursy.",
            "Izba Gospodarcza w Sanoku",
            "Sanocka Izba Gospodarcza",
        ),
        (
            "Urząd Skarbowy w Łodzi wydał decyzję. Łódzki Urząd Skarbowy poinformował firmę Kormax.",
            "Urząd Skarbowy w Łodzi",
            "Łódzki Urząd Skarbowy",
        ),
    ],
)
def test_a_town_adjective_and_a_seat_name_one_body(text: str, name: str, alias: str) -> None:
    assert alias in _orgs(text)[name]


def test_another_towns_adjective_is_another_body() -> None:
    orgs = _orgs(
        "Izba Gospodarcza w Sanoku podpisała umowę z firmą Kormax. Krośnieńska Izba Gospodarcza zorganizuje kursy."
    )
    assert "Krośnieńska Izba Gospodarcza" in orgs
    assert "Izba Gospodarcza w Sanoku" in orgs


# --- a social medium's handle inside a sentence names nothing in its base form


def test_a_handle_in_a_sentence_is_no_name() -> None:
    assert [e["name"] for e in _entities("Wizyta ministra @JanKowal w fabryce firmy Kormax.")] == ["Kormax"]


def test_a_handle_of_one_name_stays() -> None:
    assert "Kormax" in [e["name"] for e in _entities("Spółka @Kormax zatrudni 50 osób.")]


def test_a_name_without_the_at_sign_stays() -> None:
    names = [e["name"] for e in _entities("Wizyta ministra Jana Kowala w fabryce firmy Kormax.")]
    assert "Jan Kowal" in names


def test_an_abbreviated_saint_is_short_for_the_seated_name() -> None:
    orgs = _orgs(
        "Dom Kultury Saint-Anne w Opolu otwarto w maju. W oparciu o Dom Kultury St.Anne działa klub."
    )
    assert "Dom Kultury St.Anne" in orgs["Dom Kultury Saint-Anne w Opolu"]


def test_an_abbreviated_name_beside_two_seated_ones_stays_apart() -> None:
    orgs = _orgs(
        "Dom Kultury Saint-Anne w Opolu i Dom Kultury Saint-Anne w Nysie otwarto w maju. Dom Kultury St.Anne gości."
    )
    assert "Dom Kultury St.Anne" not in orgs.get("Dom Kultury Saint-Anne w Opolu", [])


# --- a generic company noun opening a sentence before an adjective and a firm's own head: the firm's name after it


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spółka Mazurskie Huty Szkła otworzyła nowy piec.", "Mazurskie Huty Szkła"),
        ("Firma Podlaskie Zakłady Mięsne zbuduje chłodnię.", "Podlaskie Zakłady Mięsne"),
    ],
)
def test_a_company_noun_before_a_headed_name_is_no_part_of_it(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_a_company_noun_with_its_own_genitive_complement_stays_whole() -> None:
    orgs = _orgs("Przedsiębiorstwo Państwowej Komunikacji Miejskiej otworzyło zajezdnię.")
    assert "Przedsiębiorstwo Państwowej Komunikacji Miejskiej" in orgs
